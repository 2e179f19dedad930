import { useSuspenseQuery } from '@tanstack/react-query';
import { useSession } from '@/api/queries/session-queries';
import { Card } from '@/components/ui/card';
import { StatusTag } from '@/components/ui/status-tag';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';
import { directoryListingQueryOptions, settingsPersonId } from '../api/network-queries';
import { DirectoryEntryCard } from './directory-entry-card';

/** How the signed-in person appears to others (or that they don't), and where to change it. */
export function YourEntry({ memberId }: { memberId: string }) {
  const { data } = useSuspenseQuery(directoryListingQueryOptions(settingsPersonId(useSession())));
  return (
    <Card>
      <h2 className="text-lg font-bold text-slate-900">Your entry</h2>
      <p className="mt-2">
        <StatusTag tone={data.listed ? 'success' : 'neutral'}>{data.listed ? 'Listed' : 'Not listed'}</StatusTag>
      </p>
      <p className="mt-2 text-slate-700">
        {data.listed ? 'Other members see you like this:' : 'If you choose to be listed, other members will see:'}
      </p>
      <div className="mt-3 rounded-md border border-slate-200 p-3">
        <DirectoryEntryCard entry={data.entry} />
      </div>
      <p className="mt-3">
        <TextLink to={paths.member.settings.href(memberId)}>Change this in Settings</TextLink>
      </p>
    </Card>
  );
}
