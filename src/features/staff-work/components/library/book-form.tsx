import type { ReactNode } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { BookInput } from '@/api/contracts/staff-library';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { EMPTY_SECTION, bookFormSchema, type BookFormValues } from '../../api/book-form-values';
import { BookSectionFields } from './book-section-fields';
import { BOOK_KIND_WORDS, MARKUP_HINT, bookFieldId, type BookFieldName } from './book-form-words';
import { Options } from '@/components/ui/options';
import { RecordFormProblems } from '../record-form-problems';

const FIELDS: readonly BookFieldName[] = [
  'kind',
  'title',
  'summary',
  'policyArea',
  'meetingId',
  'introductionHtml',
  'sections',
];

export interface Choice {
  id: string;
  name: string;
}

interface BookFormProps {
  initial: BookFormValues;
  heading: string;
  submitLabel: string;
  pendingLabel: string;
  policyAreas: readonly Choice[];
  /** The meetings a briefing book may be for (the book's own among them). */
  meetings: readonly Choice[];
  /** Sends the book (the page's mutation), then moves on; rejects to keep the form as typed. */
  send: (input: BookInput) => Promise<unknown>;
  draftKey: string;
  intro?: ReactNode;
}

/** A briefing book or resource as MIP's staff write it: what it is, its introduction, its sections. */
export function BookForm(props: BookFormProps) {
  const { initial, heading, submitLabel, pendingLabel, policyAreas, meetings, send, draftKey, intro } = props;
  const form = useForm<BookFormValues, unknown, BookInput>({
    resolver: zodResolver(bookFormSchema),
    defaultValues: readDraft<BookFormValues>(draftKey) ?? initial,
  });
  useDraftAutosave(form, draftKey);
  const sections = useFieldArray({ control: form.control, name: 'sections' });
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    // The API names fields as the contract does, which the form's names follow: "sections.2.title".
    fieldForApi: (apiField) => apiField as BookFieldName,
    send: async (input: BookInput) => {
      await send(input);
      clearDraft(draftKey);
    },
  });
  const sectionErrors = form.formState.errors.sections;
  const error = (field: BookFieldName) => form.getFieldState(field, form.formState).error?.message;
  const kind = useWatch({ control: form.control, name: 'kind' });

  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="book-form-heading" className="max-w-3xl space-y-8">
      <h2 id="book-form-heading" className="sr-only">
        {heading}
      </h2>
      {intro}
      <RecordFormProblems
        errors={summary(bookFieldId)}
        focusKey={focusKey}
        requestError={requestError}
        requestErrorRef={requestErrorRef}
        submitLabel={submitLabel}
      />

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">What it is</legend>
        <Field id={bookFieldId('kind')} label="Kind" error={error('kind')}>
          {(control) => (
            <Select {...control} {...form.register('kind')} className="max-w-md">
              <Options choices={BOOK_KIND_WORDS} />
            </Select>
          )}
        </Field>
        <Field id={bookFieldId('title')} label="Title" error={error('title')}>
          {(control) => <Input {...control} {...form.register('title')} />}
        </Field>
        <Field
          id={bookFieldId('summary')}
          label="Summary"
          hint="Members read it in the library's results."
          error={error('summary')}
        >
          {(control) => <Textarea {...control} {...form.register('summary')} rows={3} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id={bookFieldId('policyArea')} label="Policy area" error={error('policyArea')}>
            {(control) => (
              <Select {...control} {...form.register('policyArea')}>
                <Options choices={policyAreas} none="Choose a policy area" />
              </Select>
            )}
          </Field>
          <Field
            id={bookFieldId('meetingId')}
            label={kind === 'briefing_book' ? 'Meeting' : 'Meeting (optional)'}
            error={error('meetingId')}
          >
            {(control) => (
              <Select {...control} {...form.register('meetingId')}>
                <Options choices={meetings} none={kind === 'briefing_book' ? 'Choose a meeting' : 'No meeting'} />
              </Select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-slate-900">Introduction</legend>
        <Field
          id={bookFieldId('introductionHtml')}
          label="Introduction (optional)"
          hint={MARKUP_HINT}
          error={error('introductionHtml')}
        >
          {(control) => <Textarea {...control} {...form.register('introductionHtml')} rows={8} />}
        </Field>
      </fieldset>

      <section aria-labelledby="book-sections-heading" className="space-y-5">
        <h2 id="book-sections-heading" className="text-xl font-bold text-slate-900">
          Sections
        </h2>
        <p id={bookFieldId('sections')} tabIndex={-1} className="text-slate-700">
          {sections.fields.length === 0
            ? 'No sections yet: panels with their speakers, workshops, background and readings.'
            : 'Members read the sections in this order.'}
        </p>
        {sectionErrors?.root?.message || sectionErrors?.message ? (
          <p className="font-semibold text-red-800">
            <span className="sr-only">Error:</span> {sectionErrors.root?.message ?? sectionErrors.message}
          </p>
        ) : null}
        <ol className="space-y-6">
          {sections.fields.map((section, index) => (
            <li key={section.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <BookSectionFields form={form} index={index} error={error} onRemove={() => sections.remove(index)} />
            </li>
          ))}
        </ol>
        <Button type="button" variant="secondary" onClick={() => sections.append({ ...EMPTY_SECTION })}>
          Add a section
        </Button>
      </section>

      <Button type="submit" variant="primary" pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
        {submitLabel}
      </Button>
    </form>
  );
}
