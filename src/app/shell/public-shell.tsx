import type { ReactNode } from 'react';
import { PageMain } from '@/components/layout/page-main';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { DemoNotice } from './demo-notice';

/** Pages outside the signed-in area (sign-in, not found): the header without an account. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <SiteHeader />
      <PageMain>{children}</PageMain>
      <SiteFooter demo={<DemoNotice />} />
    </div>
  );
}
