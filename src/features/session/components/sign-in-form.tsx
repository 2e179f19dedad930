import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError, isApiError } from '@/api/api-error';
import type { Session, SignInBody } from '@/api/contracts/session';
import { Button } from '@/components/ui/button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { signInFormSchema, type SignInFormValues } from '../api/sign-in-form-schema';
import { useSignInRequest } from '../api/sign-in';

export const WRONG_CREDENTIALS = "That e-mail and password don't match an account";

interface SignInFormProps {
  /** Keeps field ids unique when the page and the dialog both hold a form. */
  idPrefix: string;
  defaultEmail?: string;
  onSignedIn: (session: Session) => void;
  submitLabel?: string;
  /** Extra actions next to the submit button (the dialog's "Sign out instead"). */
  secondaryAction?: ReactNode;
}

/**
 * E-mail and password, GOV.UK style: on a failed submit an error summary at the top takes focus
 * and links to each field, each field shows its own message, and nothing typed is cleared.
 */
export function SignInForm({
  idPrefix,
  defaultEmail = '',
  onSignedIn,
  submitLabel = 'Sign in',
  secondaryAction,
}: SignInFormProps) {
  const form = useForm<SignInFormValues, unknown, SignInBody>({
    resolver: zodResolver(signInFormSchema),
    defaultValues: { email: defaultEmail, password: '' },
    shouldFocusError: false, // the error summary takes focus instead
  });
  const signIn = useSignInRequest();
  const [requestError, setRequestError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const ids = { email: `${idPrefix}-email`, password: `${idPrefix}-password` };
  const { errors } = form.formState;

  const submit = form.handleSubmit(
    (values) => {
      setRequestError(null);
      signIn.mutate(values, {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (isApiError(error) && error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
            for (const [field, messages] of Object.entries(error.fieldErrors)) {
              if (field === 'email' || field === 'password') form.setError(field, { message: messages[0] });
            }
          } else {
            setRequestError(isApiError(error) && error.status === 401 ? WRONG_CREDENTIALS : describeError(error));
          }
          setFocusKey((key) => key + 1);
        },
      });
    },
    () => {
      setRequestError(null);
      setFocusKey((key) => key + 1);
    },
  );

  const emailError = errors.email?.message ?? requestError ?? undefined;
  const summary: SummaryError[] = [
    ...(emailError ? [{ fieldId: ids.email, message: emailError }] : []),
    ...(errors.password?.message ? [{ fieldId: ids.password, message: errors.password.message }] : []),
  ];

  return (
    <form noValidate onSubmit={submit} className="space-y-6">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Field id={ids.email} label="E-mail address" error={emailError}>
        {(control) => (
          <Input {...control} {...form.register('email')} type="email" autoComplete="username" spellCheck={false} />
        )}
      </Field>
      <Field id={ids.password} label="Password" error={errors.password?.message}>
        {(control) => (
          <Input {...control} {...form.register('password')} type="password" autoComplete="current-password" />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={signIn.isPending} pendingLabel="Signing in…">
          {submitLabel}
        </Button>
        {secondaryAction}
      </div>
    </form>
  );
}
