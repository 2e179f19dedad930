import { useState } from 'react';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { Session } from '@/api/contracts/session';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { demoAccountsQueryOptions } from '../api/demo-accounts-queries';
import { describeSignInError } from '../api/session-cookie-check';
import { useSignInRequest } from '../api/sign-in';

/** Every demo account signs in with this password (see docs/product.md). */
const DEMO_PASSWORD = 'demo';

/** One-click sign-in for each demo account, with who they are, so a demo needs no typing. */
export function DemoAccountList({ onSignedIn }: { onSignedIn: (session: Session) => Promise<void> }) {
  const { data } = useSuspenseQuery(demoAccountsQueryOptions());
  const signIn = useSignInRequest();
  const [afterSignIn, setAfterSignIn] = useState<unknown>(null);
  const pendingEmail = signIn.isPending ? signIn.variables.email : null;
  const failure = signIn.isError ? signIn.error : afterSignIn;

  return (
    <div className="space-y-4">
      {failure !== null && (
        <Alert tone="danger" role="alert" title="That didn't work">
          {describeSignInError(failure)}
        </Alert>
      )}
      <ul className="divide-y divide-slate-200">
        {data.items.map((account) => (
          <li
            key={account.email}
            className="flex flex-col gap-2 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between sm:gap-6"
          >
            <div className="min-w-0">
              <p className="font-semibold text-slate-900">{account.name}</p>
              <p className="text-[0.9375rem] text-slate-600">{account.description}</p>
              <p className="text-sm break-all text-slate-600">{account.email}</p>
            </div>
            <Button
              variant="secondary"
              size="sm"
              className="shrink-0 self-start sm:self-center"
              pending={pendingEmail === account.email}
              onClick={() => {
                setAfterSignIn(null);
                signIn.mutate(
                  { email: account.email, password: DEMO_PASSWORD },
                  {
                    onSuccess: (session) => {
                      onSignedIn(session).catch(setAfterSignIn);
                    },
                  },
                );
              }}
            >
              Sign in <span className="sr-only">as {account.name}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
