import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { ApiError, describeError, isApiError } from '@/api/api-error';
import type { Session, SignInBody } from '@/api/contracts/session';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { signInFormSchema, type SignInFormValues } from '../api/sign-in-form-schema';
import { describeSignInError } from '../api/session-cookie-check';
import { useSignInRequest } from '../api/sign-in';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

export const WRONG_CREDENTIALS = "That e-mail and password don't match an account";

const FIELDS = ['email', 'password'] as const;

/**
 * Why signing in failed, as an error on the e-mail field: wrong credentials (401) and any failure
 * that names no field are about the account as a whole, which the e-mail address stands for.
 */
function onTheEmailField(error: unknown): unknown {
  if (isApiError(error) && FIELDS.some((field) => error.fieldErrors[field]?.length)) return error;
  const message = !isApiError(error)
    ? describeError(error)
    : error.status === 401
      ? WRONG_CREDENTIALS
      : error.code === 'too_many_sign_in_attempts'
        ? tooManyAttempts(error.retryAfterSeconds)
        : describeError(error);
  return new ApiError({
    status: isApiError(error) ? error.status : 0,
    code: isApiError(error) ? error.code : 'sign_in_failed',
    message,
    fieldErrors: { email: [message] },
  });
}

/** After repeated wrong passwords the API refuses for a while and says how long (Retry-After). */
function tooManyAttempts(retryAfterSeconds: number | null): string {
  const minutes = Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60));
  return `Too many sign-in attempts. Wait ${String(minutes)} ${minutes === 1 ? 'minute' : 'minutes'}, then try again.`;
}

interface SignInFormProps {
  /** Keeps field ids unique when the page and the dialog both hold a form. */
  idPrefix: string;
  defaultEmail?: string;
  /** What signing in means here; a failure it throws shows above the form. */
  onSignedIn: (session: Session) => void | Promise<void>;
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
  const ids = { email: `${idPrefix}-email`, password: `${idPrefix}-password` };
  const { errors } = form.formState;
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: FIELDS,
    send: async (values) => {
      const session = await signIn.mutateAsync(values).catch((error: unknown) => {
        throw onTheEmailField(error);
      });
      await onSignedIn(session);
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary((field) => ids[field])} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="You are not signed in"
        words={describeSignInError}
      />
      <Field id={ids.email} label="E-mail address" error={errors.email?.message}>
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
