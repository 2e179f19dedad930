import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { PreviewBanner } from '@/features/preview/components/preview-banner';
import { UserMenu } from '@/features/session/components/user-menu';
import { DemoNotice } from './demo-notice';

/**
 * Every signed-in page: the preview banner (when previewing; above everything, undismissable),
 * the header with the account menu, the page, and the footer.
 */
export function SignedInShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <PreviewBanner />
      <SiteHeader actions={<UserMenu />} />
      {children}
      <SiteFooter demo={<DemoNotice />} />
    </div>
  );
}
