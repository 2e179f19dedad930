import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import type { BookInput } from '@/api/contracts/staff-library';
import { SECTION_KIND_WORDS } from '@/components/book-content';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input, Select, Textarea } from '@/components/ui/input';
import type { BookFormValues } from '../../api/book-form-values';
import { MARKUP_HINT, bookFieldId, type BookFieldError } from './book-form-words';
import { Options } from '@/components/ui/options';

interface SectionProps {
  form: UseFormReturn<BookFormValues, unknown, BookInput>;
  index: number;
  error: BookFieldError;
  onRemove: () => void;
}

/** One section of a book: its kind, title and text, and the speakers and readings it lists. */
export function BookSectionFields({ form, index, error, onRemove }: SectionProps) {
  const n = index + 1;
  const at = `sections.${index}` as const;
  const speakers = useFieldArray({ control: form.control, name: `${at}.speakers` });
  const readings = useFieldArray({ control: form.control, name: `${at}.readings` });
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold text-slate-900">Section {n}</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={bookFieldId(`${at}.kind`)} label={`Section ${n} kind`} error={error(`${at}.kind`)}>
          {(control) => (
            <Select {...control} {...form.register(`${at}.kind`)}>
              <Options choices={SECTION_KIND_WORDS} />
            </Select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field id={bookFieldId(`${at}.title`)} label={`Section ${n} title`} error={error(`${at}.title`)}>
            {(control) => <Input {...control} {...form.register(`${at}.title`)} />}
          </Field>
        </div>
      </div>
      <Field
        id={bookFieldId(`${at}.bodyHtml`)}
        label={`Section ${n} text`}
        hint={MARKUP_HINT}
        error={error(`${at}.bodyHtml`)}
      >
        {(control) => <Textarea {...control} {...form.register(`${at}.bodyHtml`)} rows={6} />}
      </Field>

      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">Section {n} speakers</legend>
        {speakers.fields.map((speaker, s) => (
          <div key={speaker.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-3">
            <Field
              id={bookFieldId(`${at}.speakers.${s}.name`)}
              label={`Speaker ${s + 1} name`}
              error={error(`${at}.speakers.${s}.name`)}
            >
              {(control) => <Input {...control} {...form.register(`${at}.speakers.${s}.name`)} />}
            </Field>
            <Field
              id={bookFieldId(`${at}.speakers.${s}.title`)}
              label={`Speaker ${s + 1} title (optional)`}
              error={error(`${at}.speakers.${s}.title`)}
            >
              {(control) => <Input {...control} {...form.register(`${at}.speakers.${s}.title`)} />}
            </Field>
            <Field
              id={bookFieldId(`${at}.speakers.${s}.city`)}
              label={`Speaker ${s + 1} city (optional)`}
              error={error(`${at}.speakers.${s}.city`)}
            >
              {(control) => <Input {...control} {...form.register(`${at}.speakers.${s}.city`)} />}
            </Field>
            <div className="sm:col-span-3">
              <Button type="button" variant="secondary" onClick={() => speakers.remove(s)}>
                Remove speaker {s + 1} from section {n}
              </Button>
            </div>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => speakers.append({ name: '', title: '', city: '' })}>
          Add a speaker to section {n}
        </Button>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-900">Section {n} readings</legend>
        {readings.fields.map((reading, r) => (
          <div key={reading.id} className="grid gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-2">
            <Field
              id={bookFieldId(`${at}.readings.${r}.title`)}
              label={`Reading ${r + 1} title`}
              error={error(`${at}.readings.${r}.title`)}
            >
              {(control) => <Input {...control} {...form.register(`${at}.readings.${r}.title`)} />}
            </Field>
            <Field
              id={bookFieldId(`${at}.readings.${r}.source`)}
              label={`Reading ${r + 1} source (optional)`}
              error={error(`${at}.readings.${r}.source`)}
            >
              {(control) => <Input {...control} {...form.register(`${at}.readings.${r}.source`)} />}
            </Field>
            <div className="sm:col-span-2">
              <Field
                id={bookFieldId(`${at}.readings.${r}.url`)}
                label={`Reading ${r + 1} web address (optional)`}
                hint="Its own page, starting with https://"
                error={error(`${at}.readings.${r}.url`)}
              >
                {(control) => (
                  <Input {...control} {...form.register(`${at}.readings.${r}.url`)} type="url" inputMode="url" />
                )}
              </Field>
            </div>
            <div className="sm:col-span-2">
              <Button type="button" variant="secondary" onClick={() => readings.remove(r)}>
                Remove reading {r + 1} from section {n}
              </Button>
            </div>
          </div>
        ))}
        <Button type="button" variant="secondary" onClick={() => readings.append({ title: '', url: '', source: '' })}>
          Add a reading to section {n}
        </Button>
      </fieldset>

      <Button type="button" variant="secondary" onClick={onRemove}>
        Remove section {n}
      </Button>
    </fieldset>
  );
}
