import { memo, type ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { PreviewBanner } from '@/features/preview/components/preview-banner';
import { SessionTimeoutWarning } from '@/features/session/components/session-timeout-warning';
import { UserMenu } from '@/features/session/components/user-menu';
import { DemoNotice } from './demo-notice';

// The frame does not change from page to page: memo keeps a navigation (every search typed in the
// library is one) from re-rendering it, which on a slow phone is time taken from the page.
const Header = memo(function Header() {
  return <SiteHeader actions={<UserMenu />} />;
});
const Footer = memo(function Footer() {
  return <SiteFooter demo={<DemoNotice />} />;
});
const Banner = memo(PreviewBanner);
const TimeoutWarning = memo(SessionTimeoutWarning);

/**
 * Every signed-in page: the preview banner (when previewing; above everything, undismissable),
 * the header with the account menu, the page, the footer, and the warning before the session
 * ends for want of activity.
 */
export function SignedInShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink />
      <Banner />
      <Header />
      {children}
      <Footer />
      <TimeoutWarning />
    </div>
  );
}
