import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { describeError } from '@/api/api-error';
import type { Application } from '@/api/contracts/joining';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { Field } from '@/components/ui/field';
import { Checkbox, Input, Select } from '@/components/ui/input';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { clearDraft, readDraft } from '@/lib/drafts';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { formatCount } from '@/lib/format';
import { US_STATE_CODES, US_STATES } from '@/lib/us-states';
import {
  APPLICATION_FIELDS,
  applicationFormResolver,
  restoreDraft,
  toApplicationBody,
  toDraft,
  type ApplicationField,
  type ApplicationFormInput,
  type ApplicationFormValues,
} from '../api/application-form';
import { useCreateApplication } from '../api/application-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

const fieldId = (field: ApplicationField | 'billingSameAsMayor') => `join-${field}`;
const legendClasses = 'text-lg font-bold text-slate-900';

interface ApplicationFormProps {
  /** Where the draft lives (this tab only); the password is never written there. */
  draftKey: string;
  /** The population typed into the fee calculator, if any: it fills the population field until the person types there. */
  suggestedPopulation: number | null;
  /** After MIP has the application (and the API has signed the new mayor in): where to go next. */
  onApplied: (application: Application) => Promise<void>;
}

/**
 * The membership application that replaces MIP's PDF. GOV.UK style: messages next to the fields
 * and a summary that takes focus; what is typed is kept as a draft in this tab; a retry sends the
 * same Idempotency-Key, and a double click sends one request.
 */
export function ApplicationForm({ draftKey, suggestedPopulation, onApplied }: ApplicationFormProps) {
  const form = useForm<ApplicationFormInput, unknown, ApplicationFormValues>({
    resolver: applicationFormResolver(),
    // Focus goes to the error summary (GOV.UK), which links to each field.
    shouldFocusError: false,
    defaultValues: restoreDraft(readDraft<ApplicationFormInput>(draftKey)),
  });
  const create = useCreateApplication();
  const [finishing, setFinishing] = useState(false);
  const errors = form.formState.errors;
  const sameAsMayor = useWatch({ control: form.control, name: 'billingSameAsMayor' });

  // Every change is kept in this tab (all but the password), so a reload or a failure loses nothing.
  useDraftAutosave(form, draftKey, toDraft);

  // The calculator's population fills the field, until the person types a different one here.
  const mirrored = useRef<string | null>(null);
  useEffect(() => {
    if (suggestedPopulation === null) return;
    const current = form.getValues('population');
    if (current !== '' && current !== mirrored.current) return;
    const text = formatCount(suggestedPopulation);
    mirrored.current = text;
    form.setValue('population', text, { shouldValidate: form.getFieldState('population').invalid });
  }, [suggestedPopulation, form]);

  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: APPLICATION_FIELDS,
    // With "the mayor handles the invoice" ticked, the billing fields are hidden: the mayor's carry their messages.
    fieldForApi: (apiField) => {
      const field = APPLICATION_FIELDS.find((f) => f === apiField);
      return field && sameAsMayor ? mayorFieldFor(field) : field;
    },
    send: async (values) => {
      const application = await create.mutateAsync(toApplicationBody(values));
      clearDraft(draftKey);
      // The button stays busy (and the guard shut) while the page moves on to the welcome page.
      setFinishing(true);
      void onApplied(application);
    },
  });

  const visibleFields = APPLICATION_FIELDS.filter(
    (field) => !(sameAsMayor && (field === 'billingContactName' || field === 'billingContactEmail')),
  );
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-8">
      <ErrorSummary errors={summary(fieldId, visibleFields)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your application was not sent"
        words={(error) => <>{describeError(error)} Everything you typed is still here, so you can send it again.</>}
      />

      <fieldset className="space-y-6">
        <legend className={legendClasses}>Your city</legend>
        <Field id={fieldId('city')} label="City" error={errors.city?.message}>
          {(control) => <Input {...control} autoComplete="address-level2" {...form.register('city')} />}
        </Field>
        <Field id={fieldId('state')} label="State" error={errors.state?.message}>
          {(control) => (
            <Select {...control} autoComplete="address-level1" className="max-w-80" {...form.register('state')}>
              <option value="">Choose the state</option>
              {US_STATE_CODES.map((code) => (
                <option key={code} value={code}>
                  {US_STATES[code]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={fieldId('population')}
          label="Population"
          hint="The latest census figure. It sets the annual fee."
          error={errors.population?.message}
        >
          {(control) => (
            <Input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              className="max-w-56"
              {...form.register('population')}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="space-y-6">
        <legend className={legendClasses}>The mayor</legend>
        <Field id={fieldId('mayorName')} label="Mayor's full name" error={errors.mayorName?.message}>
          {(control) => <Input {...control} autoComplete="name" {...form.register('mayorName')} />}
        </Field>
        <div className="space-y-2">
          <Field
            id={fieldId('email')}
            label="Mayor's e-mail address"
            hint="MIP writes to the mayor here, and the mayor signs in with it."
            error={errors.email?.message}
          >
            {(control) => (
              <Input {...control} type="email" autoComplete="email" spellCheck={false} {...form.register('email')} />
            )}
          </Field>
          {errors.email?.type === 'email_taken' && (
            <p className="text-slate-800">
              Already have an account? <TextLink to={paths.signIn.href()}>Sign in instead</TextLink>
            </p>
          )}
        </div>
        <Field
          id={fieldId('termStartedOn')}
          label="When did the mayor's current term start?"
          hint="MIP offers programming for mayors in their first term."
          error={errors.termStartedOn?.message}
        >
          {(control) => <Input {...control} type="date" className="max-w-56" {...form.register('termStartedOn')} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-6">
        <legend className={legendClasses}>Who handles the invoice</legend>
        <Checkbox
          id={fieldId('billingSameAsMayor')}
          label="The mayor handles the invoice"
          hint="Leave this unchecked if someone else, such as the city's finance office, pays it."
          {...form.register('billingSameAsMayor')}
        />
        {!sameAsMayor && (
          <>
            <Field
              id={fieldId('billingContactName')}
              label="Billing contact's name"
              error={errors.billingContactName?.message}
            >
              {(control) => <Input {...control} {...form.register('billingContactName')} />}
            </Field>
            <Field
              id={fieldId('billingContactEmail')}
              label="Billing contact's e-mail address"
              hint="MIP sends the invoice here."
              error={errors.billingContactEmail?.message}
            >
              {(control) => (
                <Input {...control} type="email" spellCheck={false} {...form.register('billingContactEmail')} />
              )}
            </Field>
          </>
        )}
      </fieldset>

      <fieldset className="space-y-6">
        <legend className={legendClasses}>Your account</legend>
        <Field
          id={fieldId('password')}
          label="Choose a password"
          hint="At least 10 characters. The mayor signs in with the e-mail address above and this password. For your security, this browser doesn't keep it if you reload the page."
          error={errors.password?.message}
        >
          {(control) => (
            <Input
              {...control}
              type="password"
              autoComplete="new-password"
              className="max-w-96"
              {...form.register('password')}
            />
          )}
        </Field>
      </fieldset>

      <div className="border-t border-slate-200 pt-6">
        <Button type="submit" pending={create.isPending || finishing} pendingLabel="Sending…">
          Send application
        </Button>
      </div>
    </form>
  );
}

function mayorFieldFor(field: ApplicationField): ApplicationField {
  if (field === 'billingContactName') return 'mayorName';
  if (field === 'billingContactEmail') return 'email';
  return field;
}
