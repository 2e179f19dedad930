import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { WelcomeLink } from '@/api/contracts/welcome-links';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import {
  SET_PASSWORD_FIELDS,
  setPasswordFormSchema,
  useAcceptWelcomeLink,
  type SetPasswordFormValues,
} from '../api/welcome-link';
import { describeSignInError } from '../api/session-cookie-check';

const ids = { password: 'set-up-password', confirmation: 'set-up-confirmation' } as const;

interface SetPasswordFormProps {
  token: string;
  link: WelcomeLink;
  /** What follows once the password is set and the person signed in. */
  onSignedIn: () => Promise<void>;
}

/** The first password of an account MIP made: chosen twice, then the person is signed in. */
export function SetPasswordForm({ token, link, onSignedIn }: SetPasswordFormProps) {
  const form = useForm<SetPasswordFormValues>({
    resolver: zodResolver(setPasswordFormSchema),
    defaultValues: { password: '', confirmation: '' },
    shouldFocusError: false, // the error summary takes focus instead
  });
  const accept = useAcceptWelcomeLink(token);
  const { errors } = form.formState;
  const { onSubmit, focusKey, requestError, requestErrorRef, summary } = useGuardedSubmit(form, {
    fields: SET_PASSWORD_FIELDS,
    send: async ({ password }) => {
      await accept.mutateAsync(password);
      await onSignedIn();
    },
  });
  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summary((field) => ids[field])} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Your password is not set yet"
        words={describeSignInError}
      />
      {/* Lets a password manager file the new password under the account's address. */}
      <input type="hidden" name="username" autoComplete="username" value={link.email} />
      <Field
        id={ids.password}
        label="Choose a password"
        hint="At least 10 characters. A few words you'll remember make a strong one."
        error={errors.password?.message}
      >
        {(control) => <Input {...control} {...form.register('password')} type="password" autoComplete="new-password" />}
      </Field>
      <Field id={ids.confirmation} label="Type it again" error={errors.confirmation?.message}>
        {(control) => (
          <Input {...control} {...form.register('confirmation')} type="password" autoComplete="new-password" />
        )}
      </Field>
      <Button type="submit" pending={accept.isPending} pendingLabel="Setting your password…">
        Set password and sign in
      </Button>
    </form>
  );
}
