import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { PublicShell } from '../shell/public-shell';

export function Component() {
  return (
    <PublicShell>
      <div className="max-w-2xl">
        <PageHeading>Page not found</PageHeading>
        <p className="mt-4 text-lg text-slate-700">
          If you typed the web address, check it is correct. If you followed a link, the page may have moved.
        </p>
        <p className="mt-6">
          <TextLink to={paths.home.href()}>Go to your home page</TextLink>
        </p>
      </div>
    </PublicShell>
  );
}
