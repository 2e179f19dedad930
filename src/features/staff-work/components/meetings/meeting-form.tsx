import type { ReactNode } from 'react';
import { useFieldArray, useForm, useWatch, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { MeetingInput } from '@/api/contracts/staff-meetings';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Checkbox, Input, Select, Textarea } from '@/components/ui/input';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { US_STATES } from '@/lib/us-states';
import { US_TIME_ZONES } from '@/lib/us-time-zones';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { meetingFormSchema, type MeetingFormValues } from '../../api/meeting-form-values';
import { Options } from '@/components/ui/options';
import { RecordFormProblems } from '../record-form-problems';

type FieldName = Path<MeetingFormValues>;

const FIELDS: readonly FieldName[] = [
  'kind',
  'title',
  'summary',
  'timeZone',
  'startsAt',
  'endsAt',
  'venue.name',
  'venue.address',
  'venue.city',
  'venue.state',
  'capacity',
  'registrationOpensAt',
  'registrationClosesAt',
  'agenda',
];

const fieldId = (field: string) => `meeting-${field.replace(/\./g, '-')}`;

const KIND_WORDS: Record<MeetingInput['kind'], string> = {
  invite_only: 'Invite-only convening (topic or regional)',
  summer: 'Summer Meeting (open to every member)',
  winter: 'Winter Meeting (open to every member)',
};

interface MeetingFormProps {
  initial: MeetingFormValues;
  heading: string;
  submitLabel: string;
  pendingLabel: string;
  /** Sends the meeting (the page's mutation), then moves on; rejects to keep the form as typed. */
  send: (input: MeetingInput) => Promise<unknown>;
  draftKey: string;
  /** What the page says above the form (what saving changes for members). */
  intro?: ReactNode;
}

/** A meeting as MIP's programs staff write it: what, when (in the venue's zone), where, seats, agenda. */
export function MeetingForm({ initial, heading, submitLabel, pendingLabel, send, draftKey, intro }: MeetingFormProps) {
  const form = useForm<MeetingFormValues, unknown, MeetingInput>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: readDraft<MeetingFormValues>(draftKey) ?? initial,
  });
  useDraftAutosave(form, draftKey);
  const agenda = useFieldArray({ control: form.control, name: 'agenda' });
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    // The API names fields as the contract does: "venue.name", "agenda.2.title".
    fieldForApi: (apiField) => apiField as FieldName,
    send: async (input: MeetingInput) => {
      await send(input);
      clearDraft(draftKey);
    },
  });
  const { errors } = form.formState;
  const agendaErrors = errors.agenda;
  const error = (field: FieldName) => form.getFieldState(field, form.formState).error?.message;
  const kind = useWatch({ control: form.control, name: 'kind' });

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="meeting-form-heading" className="max-w-3xl space-y-8">
      <h2 id="meeting-form-heading" className="sr-only">
        {heading}
      </h2>
      {intro}
      <RecordFormProblems
        errors={summary(fieldId)}
        focusKey={focusKey}
        requestError={requestError}
        requestErrorRef={requestErrorRef}
        submitLabel={submitLabel}
      />

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">The meeting</legend>
        <Field
          id={fieldId('kind')}
          label="Kind of meeting"
          hint={kind === 'invite_only' ? 'Only the cities you invite see it.' : 'Every member city sees it.'}
          error={error('kind')}
        >
          {(control) => (
            <Select {...control} {...form.register('kind')} className="max-w-md">
              <Options choices={KIND_WORDS} />
            </Select>
          )}
        </Field>
        <Field id={fieldId('title')} label="Title" error={error('title')}>
          {(control) => <Input {...control} {...form.register('title')} />}
        </Field>
        <Field
          id={fieldId('summary')}
          label="Description"
          hint="Members read it in the list of meetings and on the meeting's page."
          error={error('summary')}
        >
          {(control) => <Textarea {...control} {...form.register('summary')} rows={4} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">When</legend>
        <Field
          id={fieldId('timeZone')}
          label="Time zone of the venue"
          hint="Every time below is in this zone. Members see it in this zone and their own."
          error={error('timeZone')}
        >
          {(control) => (
            <Select {...control} {...form.register('timeZone')} className="max-w-md">
              <Options choices={US_TIME_ZONES} none="Choose a time zone" />
            </Select>
          )}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id={fieldId('startsAt')} label="Starts" error={error('startsAt')}>
            {(control) => <Input {...control} {...form.register('startsAt')} type="datetime-local" />}
          </Field>
          <Field id={fieldId('endsAt')} label="Ends" error={error('endsAt')}>
            {(control) => <Input {...control} {...form.register('endsAt')} type="datetime-local" />}
          </Field>
          <Field id={fieldId('registrationOpensAt')} label="Registration opens" error={error('registrationOpensAt')}>
            {(control) => <Input {...control} {...form.register('registrationOpensAt')} type="datetime-local" />}
          </Field>
          <Field
            id={fieldId('registrationClosesAt')}
            label="Registration closes"
            hint="No later than the start."
            error={error('registrationClosesAt')}
          >
            {(control) => <Input {...control} {...form.register('registrationClosesAt')} type="datetime-local" />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">Where</legend>
        <Field id={fieldId('venue.name')} label="Venue" error={error('venue.name')}>
          {(control) => <Input {...control} {...form.register('venue.name')} />}
        </Field>
        <Field id={fieldId('venue.address')} label="Street address" error={error('venue.address')}>
          {(control) => <Input {...control} {...form.register('venue.address')} autoComplete="off" />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id={fieldId('venue.city')} label="City" error={error('venue.city')}>
            {(control) => <Input {...control} {...form.register('venue.city')} />}
          </Field>
          <Field id={fieldId('venue.state')} label="State" error={error('venue.state')}>
            {(control) => (
              <Select {...control} {...form.register('venue.state')}>
                <Options choices={US_STATES} none="Choose a state" />
              </Select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">Seats and support</legend>
        <Field
          id={fieldId('capacity')}
          label="Seats"
          hint="Leave it empty for no limit. With more seats, people waiting get them in the order they registered."
          error={error('capacity')}
        >
          {(control) => <Input {...control} {...form.register('capacity')} inputMode="numeric" className="max-w-40" />}
        </Field>
        <Checkbox
          id={fieldId('travelSupportOffered')}
          label="MIP offers travel support"
          hint="Attendees can ask MIP to cover part of their travel when they register."
          {...form.register('travelSupportOffered')}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">Agenda</legend>
        <p id={fieldId('agenda')} tabIndex={-1} className="text-slate-700">
          {agenda.fields.length === 0
            ? 'No agenda items yet. Members see the agenda by day on the meeting page.'
            : 'Members see the agenda by day, in the order of the start times.'}
        </p>
        {agendaErrors?.root?.message || agendaErrors?.message ? (
          <p className="font-semibold text-red-800">
            <span className="sr-only">Error:</span> {agendaErrors.root?.message ?? agendaErrors.message}
          </p>
        ) : null}
        <ol className="space-y-6">
          {agenda.fields.map((item, index) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <fieldset className="space-y-4">
                <legend className="font-semibold text-slate-900">Agenda item {index + 1}</legend>
                <Field
                  id={fieldId(`agenda.${index}.startsAt`)}
                  label={`Agenda item ${index + 1} starts`}
                  error={error(`agenda.${index}.startsAt`)}
                >
                  {(control) => (
                    <Input
                      {...control}
                      {...form.register(`agenda.${index}.startsAt`)}
                      type="datetime-local"
                      className="max-w-64"
                    />
                  )}
                </Field>
                <Field
                  id={fieldId(`agenda.${index}.title`)}
                  label={`Agenda item ${index + 1} title`}
                  error={error(`agenda.${index}.title`)}
                >
                  {(control) => <Input {...control} {...form.register(`agenda.${index}.title`)} />}
                </Field>
                <Field
                  id={fieldId(`agenda.${index}.description`)}
                  label={`Agenda item ${index + 1} description (optional)`}
                  error={error(`agenda.${index}.description`)}
                >
                  {(control) => <Textarea {...control} {...form.register(`agenda.${index}.description`)} rows={2} />}
                </Field>
                <Button type="button" variant="secondary" onClick={() => agenda.remove(index)}>
                  Remove agenda item {index + 1}
                </Button>
              </fieldset>
            </li>
          ))}
        </ol>
        <Button
          type="button"
          variant="secondary"
          onClick={() => agenda.append({ startsAt: form.getValues('startsAt'), title: '', description: '' })}
        >
          Add an agenda item
        </Button>
      </fieldset>

      <Button type="submit" variant="primary" pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </form>
  );
}
