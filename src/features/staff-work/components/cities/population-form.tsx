import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import type { StaffCity } from '@/api/contracts/staff-cities';
import { useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, draftKey, readDraft } from '@/lib/drafts';
import { duesTierFor, tierRange } from '@/lib/dues-tiers';
import { formatDate, formatPrice } from '@/lib/format';
import { isoDateOf } from '@/lib/membership-year';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useNow } from '@/lib/use-now';
import {
  BLANK_POPULATION,
  POPULATION_FIELDS,
  populationFormSchema,
  populationTyped,
  toPopulationInput,
  type PopulationFormValues,
} from '../../api/population-form-values';
import { useRecordPopulation } from '../../api/staff-city-mutations';

/** What saving the figure typed would do to the city's dues, said before it is saved. */
function tierEffect(city: StaffCity, population: number | null): string {
  const from = `from the ${city.nextYear.label} membership year's invoice (${formatDate(city.nextYear.startsOn)})`;
  if (population === null) return `A new figure sets the dues tier ${from}; this year's invoice stays as it is.`;
  const tier = duesTierFor(population);
  if (tier.feeCents === city.tier.feeCents) {
    return `${city.city}'s dues stay ${formatPrice(tier.feeCents)} a year (${tierRange(tier)}) ${from}.`;
  }
  return `${city.city}'s dues go from ${formatPrice(city.tier.feeCents)} to ${formatPrice(tier.feeCents)} a year (${tierRange(tier)}) ${from}. This year's invoice stays as it is.`;
}

/** Finance or admin staff record a city's population with its source and date. */
export function PopulationForm({ city }: { city: StaffCity }) {
  const record = useRecordPopulation(city);
  const today = isoDateOf(new Date(useNow()));
  const key = draftKey('staff-city-population', useSession().person.id, city.id);
  const form = useForm<PopulationFormValues>({
    resolver: zodResolver(populationFormSchema),
    defaultValues: { ...BLANK_POPULATION, ...readDraft<Partial<PopulationFormValues>>(key) },
  });
  useDraftAutosave(form, key);
  const typed = populationTyped(useWatch({ control: form.control, name: 'population' }));
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: POPULATION_FIELDS,
    focus: 'field',
    send: async (values) => {
      const updated = await record.mutateAsync(toPopulationInput(values));
      clearDraft(key);
      form.reset(BLANK_POPULATION);
      showToast(
        'success',
        `Population recorded: it applies from ${formatDate(updated.populationChange?.appliesFrom ?? updated.nextYear.startsOn)}`,
      );
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="population-heading" className="space-y-4">
      <h3 id="population-heading" className="text-lg font-bold text-slate-900">
        Record a new population
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Population not recorded"
        words={describeError}
      />
      <Field id="population-population" label="Population" error={errors.population?.message}>
        {(control) => <Input {...control} {...form.register('population')} inputMode="numeric" className="max-w-56" />}
      </Field>
      <Field
        id="population-source"
        label="Where the figure comes from"
        hint="The count or estimate, like “US Census Bureau, 2024 population estimate”."
        error={errors.source?.message}
      >
        {(control) => <Input {...control} {...form.register('source')} />}
      </Field>
      <Field
        id="population-asOf"
        label="The date the figure counts"
        hint="The census day or the estimate's date, not today's."
        error={errors.asOf?.message}
      >
        {(control) => <Input {...control} type="date" max={today} className="max-w-56" {...form.register('asOf')} />}
      </Field>
      <p aria-live="polite" className="rounded-md bg-slate-100 px-4 py-3 text-slate-800">
        {tierEffect(city, typed)}
      </p>
      <Button type="submit" pending={record.isPending} pendingLabel="Recording…">
        Record population
      </Button>
    </form>
  );
}
