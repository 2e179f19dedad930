import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { forgetData } from '@/api/queries/forget-on-arrival';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { paths } from '@/config/paths';

/**
 * What a previewing tab shows once the preview is over (its 60 minutes ran out, or it was ended in
 * another tab): no more of the member's data, and no way to extend it, only to start a new one.
 */
export function PreviewEndedNotice() {
  const queryClient = useQueryClient();
  useEffect(() => forgetData(queryClient, 'preview'), [queryClient]);
  return (
    <div className="max-w-2xl">
      <PageHeading>Your preview has ended</PageHeading>
      <p className="mt-4 text-lg text-slate-700">
        A preview of a member's hub lasts 60 minutes at most and can't be extended. To look again, start a new preview
        with its reason; the member sees each one in their access history.
      </p>
      <p className="mt-6">
        <TextLink to={paths.staff.members.href()}>Back to member cities</TextLink>
      </p>
    </div>
  );
}
