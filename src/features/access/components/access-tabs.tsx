import { TabLinks } from '@/components/ui/tab-links';
import { paths } from '@/config/paths';

/** The two views of who has access to the mayor's hub. */
export function AccessTabs({ memberId, current }: { memberId: string; current: 'delegates' | 'history' }) {
  return (
    <TabLinks
      label="Access to your hub"
      current={current}
      tabs={[
        { id: 'delegates', label: 'Delegates', to: paths.member.delegates.href(memberId) },
        { id: 'history', label: 'Access history', to: paths.member.accessHistory.href(memberId) },
      ]}
    />
  );
}
