import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Checkbox, Input } from '@/components/ui/input';
import { SCOPE_CHOICES } from '../api/delegate-form';

interface DelegateAccessFieldsProps {
  /** Prefix for the controls' ids, so two forms on one page (invite, change) never share one. */
  idPrefix: string;
  /** The form's registrations of its `scopes` and `endsOn` fields. */
  scopes: UseFormRegisterReturn;
  endsOn: UseFormRegisterReturn;
  errors: { scopes?: string; endsOn?: string };
}

export const scopeFieldId = (idPrefix: string) => `${idPrefix}-scope-${SCOPE_CHOICES[0]?.scope ?? 'meetings'}`;
export const endsOnFieldId = (idPrefix: string) => `${idPrefix}-endsOn`;

/** What a delegate may do (one or more areas) and until when: shared by the invitation and the change. */
export function DelegateAccessFields({ idPrefix, scopes, endsOn, errors }: DelegateAccessFieldsProps) {
  const scopesError = errors.scopes;
  const scopesErrorId = `${idPrefix}-scopes-error`;
  return (
    <>
      <fieldset
        className={scopesError ? 'border-l-4 border-red-700 pl-4' : undefined}
        aria-describedby={scopesError ? scopesErrorId : undefined}
      >
        <legend className="font-semibold text-slate-900">What may they do for you?</legend>
        <p className="mt-0.5 text-[0.9375rem] text-slate-600">
          Choose one or more. They can always read your hub; these let them act in it.
        </p>
        {scopesError && (
          <p id={scopesErrorId} className="mt-1 font-semibold text-red-800">
            <span className="sr-only">Error:</span> {scopesError}
          </p>
        )}
        <div className="mt-3 space-y-3">
          {SCOPE_CHOICES.map((choice) => (
            <Checkbox
              key={choice.scope}
              id={`${idPrefix}-scope-${choice.scope}`}
              value={choice.scope}
              label={choice.label}
              hint={choice.hint}
              {...scopes}
            />
          ))}
        </div>
      </fieldset>
      <Field
        id={endsOnFieldId(idPrefix)}
        label="Last day of access (optional)"
        hint="Leave empty to keep access until you revoke it."
        error={errors.endsOn}
      >
        {(control) => <Input {...control} type="date" className="max-w-56" {...endsOn} />}
      </Field>
    </>
  );
}
