import { useForm } from 'react-hook-form';
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
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import {
  BLANK_NEW_MAYOR,
  NEW_MAYOR_FIELDS,
  newMayorFormSchema,
  toNewMayorInput,
  type NewMayorFormValues,
} from '../../api/new-mayor-form-values';
import { useRecordNewMayor } from '../../api/staff-city-mutations';

/** Finance or admin staff record a city's new mayor; the form says what happens to the former one first. */
export function NewMayorForm({ city }: { city: StaffCity }) {
  const record = useRecordNewMayor(city);
  const key = draftKey('staff-city-mayor', useSession().person.id, city.id);
  const form = useForm<NewMayorFormValues>({
    resolver: zodResolver(newMayorFormSchema),
    defaultValues: { ...BLANK_NEW_MAYOR, ...readDraft<Partial<NewMayorFormValues>>(key) },
  });
  useDraftAutosave(form, key);
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: NEW_MAYOR_FIELDS,
    focus: 'field',
    send: async (values) => {
      const updated = await record.mutateAsync(toNewMayorInput(values));
      clearDraft(key);
      form.reset(BLANK_NEW_MAYOR);
      showToast('success', `Mayor ${updated.mayor.name} is now ${city.city}'s mayor in the Hub`);
    },
  });
  const former = `Mayor ${city.mayor.name}`;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="new-mayor-heading"
      className="space-y-4 border-t border-slate-200 pt-8"
    >
      <h3 id="new-mayor-heading" className="text-lg font-bold text-slate-900">
        Record a new mayor
      </h3>
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="New mayor not recorded"
        words={describeError}
      />
      <Field id="new-mayor-name" label="The new mayor's name" error={errors.name?.message}>
        {(control) => <Input {...control} {...form.register('name')} autoComplete="off" />}
      </Field>
      <Field
        id="new-mayor-email"
        label="Their e-mail address"
        hint="Their own address at the city: they sign in to the Hub with it."
        error={errors.email?.message}
      >
        {(control) => <Input {...control} type="email" {...form.register('email')} autoComplete="off" />}
      </Field>
      <Field
        id="new-mayor-termStartedOn"
        label="The day their term started"
        hint="The first-term mayors track follows it."
        error={errors.termStartedOn?.message}
      >
        {(control) => <Input {...control} type="date" className="max-w-56" {...form.register('termStartedOn')} />}
      </Field>
      <div className="rounded-md bg-slate-100 px-4 py-3 text-slate-800">
        <p>{`Saving makes a new account for the new mayor and e-mails them a link to choose their password (it works for 14 days). ${former}'s account leaves ${city.city}:`}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{`they are signed out, and can no longer sign in to ${city.city}'s hub;`}</li>
          <li>the access they gave their staff ends: the new mayor grants it again;</li>
          <li>their tracks end, and nothing of them passes to the new mayor.</li>
        </ul>
      </div>
      <Button type="submit" pending={record.isPending} pendingLabel="Recording…">
        Record new mayor
      </Button>
    </form>
  );
}
