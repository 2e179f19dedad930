import type { UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/input';
import type { RegistrationFormValues } from '../../api/attendee-form';
import { attendeeKindLabel } from '@/lib/attendee-kind-words';

interface AttendeeFieldsetProps {
  form: UseFormReturn<RegistrationFormValues>;
  index: number;
  travelSupportOffered: boolean;
  /** Absent when this is the only person: a registration needs at least one. */
  onRemove?: () => void;
}

const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/** One person's questions. Ids carry the index, so error links and labels stay unique. */
export function AttendeeFieldset({ form, index, travelSupportOffered, onRemove }: AttendeeFieldsetProps) {
  const errors = form.formState.errors.attendees?.[index];
  const id = (field: string) => `attendee-${index}-${field}`;
  const name = form.watch(`attendees.${index}.name`);
  const wantsTravelSupport = form.watch(`attendees.${index}.wantsTravelSupport`);
  const legend = `Person ${index + 1}`;
  return (
    <fieldset className="rounded-lg border border-slate-300 bg-white p-4 sm:p-5">
      <legend className="px-1 text-lg font-bold text-slate-900">
        {legend}
        {name.trim() && <span className="font-normal text-slate-700">: {name.trim()}</span>}
      </legend>
      <div className="space-y-5">
        <Field id={id('kind')} label="Attending as" error={errors?.kind?.message}>
          {(control) => (
            <Select {...control} {...form.register(`attendees.${index}.kind`)}>
              {(['mayor', 'staff', 'council'] as const).map((kind) => (
                <option key={kind} value={kind}>
                  {attendeeKindLabel[kind]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id={id('name')} label="Full name" error={errors?.name?.message}>
            {(control) => <Input {...control} autoComplete="off" {...form.register(`attendees.${index}.name`)} />}
          </Field>
          <Field id={id('title')} label="Job title" error={errors?.title?.message}>
            {(control) => <Input {...control} autoComplete="off" {...form.register(`attendees.${index}.title`)} />}
          </Field>
        </div>
        <Field
          id={id('email')}
          label="E-mail"
          hint="MIP sends the confirmation and meeting details here."
          error={errors?.email?.message}
        >
          {(control) => (
            <Input
              {...control}
              type="email"
              autoComplete="off"
              spellCheck={false}
              {...form.register(`attendees.${index}.email`, { setValueAs: trim })}
            />
          )}
        </Field>
        <Field
          id={id('dietaryNeeds')}
          label="Dietary needs (optional)"
          hint="For example: vegetarian, nut allergy."
          error={errors?.dietaryNeeds?.message}
        >
          {(control) => <Input {...control} {...form.register(`attendees.${index}.dietaryNeeds`)} />}
        </Field>
        <Field
          id={id('accessibilityNeeds')}
          label="Accessibility needs (optional)"
          hint="For example: step-free access, a seat near the front, captioning."
          error={errors?.accessibilityNeeds?.message}
        >
          {(control) => <Input {...control} {...form.register(`attendees.${index}.accessibilityNeeds`)} />}
        </Field>
        <Field
          id={id('arrival')}
          label="Arrival (optional)"
          hint="When they expect to arrive, for example: Sunday evening, flight UA 412."
          error={errors?.arrival?.message}
        >
          {(control) => <Input {...control} {...form.register(`attendees.${index}.arrival`)} />}
        </Field>
        {travelSupportOffered && (
          <div className="space-y-4 rounded-md bg-slate-50 p-4">
            <Checkbox
              id={id('wantsTravelSupport')}
              label="Request travel support"
              hint="MIP reviews each request and tells you whether it is approved."
              {...form.register(`attendees.${index}.wantsTravelSupport`)}
            />
            {wantsTravelSupport && (
              <>
                <Field
                  id={id('travelCost')}
                  label="Estimated cost of travel, in dollars"
                  hint="Flights or mileage and hotel nights, for example 850."
                  error={errors?.travelCost?.message}
                >
                  {(control) => (
                    <Input
                      {...control}
                      inputMode="decimal"
                      className="max-w-48"
                      {...form.register(`attendees.${index}.travelCost`)}
                    />
                  )}
                </Field>
                <Field id={id('travelNote')} label="Note for MIP (optional)" error={errors?.travelNote?.message}>
                  {(control) => <Textarea {...control} rows={2} {...form.register(`attendees.${index}.travelNote`)} />}
                </Field>
              </>
            )}
          </div>
        )}
        {onRemove && (
          <Button variant="secondary" size="sm" onClick={onRemove}>
            Remove {name.trim() || legend.toLowerCase()}
          </Button>
        )}
      </div>
    </fieldset>
  );
}
