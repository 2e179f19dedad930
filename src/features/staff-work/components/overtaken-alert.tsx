import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';

/** Says a decision was not sent because a colleague's came first (useOvertaken); `children` say what the page shows now. */
export function OvertakenAlert({ children }: { children: ReactNode }) {
  return (
    <Alert tone="warning" role="alert" title="Your decision was not sent">
      {children}
    </Alert>
  );
}
