import type { Inbox } from '@/api/contracts/staff-work';
import { TabLinks } from '@/components/ui/tab-links';
import { paths } from '@/config/paths';
import { inboxSearchString, type InboxSearch } from '../api/inbox-search';
import { workKindWords } from './work-words';

/** One tab per kind of work the person's areas reach, each with how many wait under the other filters. */
export function InboxTabs({ search, counts }: { search: InboxSearch; counts: Inbox['counts'] }) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const href = (kind: InboxSearch['kind']) => paths.staff.href(inboxSearchString({ ...search, kind, page: 1 }));
  return (
    <TabLinks
      label="Kinds of work"
      current={search.kind ?? 'all'}
      tabs={[
        { id: 'all', label: `Everything (${total})`, to: href(undefined) },
        ...counts.map(({ kind, count }) => ({
          id: kind,
          label: `${workKindWords[kind].many} (${count})`,
          to: href(kind),
        })),
      ]}
    />
  );
}
