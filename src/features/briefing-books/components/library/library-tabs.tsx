import { TabLinks } from '@/components/ui/tab-links';
import { paths } from '@/config/paths';

/** All books, or the ones this person saved. */
export function LibraryTabs({ memberId, current }: { memberId: string; current: 'all' | 'saved' }) {
  return (
    <TabLinks
      label="Library views"
      current={current}
      tabs={[
        { id: 'all', label: 'All books and resources', to: paths.member.library.href(memberId) },
        { id: 'saved', label: 'Saved', to: paths.member.savedBooks.href(memberId) },
      ]}
    />
  );
}
