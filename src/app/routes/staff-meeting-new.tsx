import { useNavigate } from 'react-router';
import { PageHeading } from '@/components/ui/page-heading';
import { TextLink } from '@/components/ui/text-link';
import { showToast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { useSession } from '@/api/queries/session-queries';
import { draftKey } from '@/lib/drafts';
import { EMPTY_MEETING } from '@/features/staff-work/api/meeting-form-values';
import { useCreateMeeting } from '@/features/staff-work/api/staff-meeting-mutations';
import { MeetingForm } from '@/features/staff-work/components/meetings/meeting-form';

/** A new meeting: saved, it opens on its own page, where an invite-only one gets its cities. */
export function Component() {
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const personId = useSession().person.id;
  return (
    <>
      <p>
        <TextLink to={paths.staff.meetings.href()}>All meetings</TextLink>
      </p>
      <PageHeading className="mt-4" documentTitle="Create a meeting">
        Create a meeting
      </PageHeading>
      <div className="mt-6">
        <MeetingForm
          initial={EMPTY_MEETING}
          heading="The new meeting"
          submitLabel="Create the meeting"
          pendingLabel="Creating…"
          draftKey={draftKey('staff-meeting-new', personId, 'new')}
          intro={
            <p className="text-slate-700">
              An invite-only meeting starts with no city invited: you invite cities on its page once it is created.
            </p>
          }
          send={async (input) => {
            const created = await create.mutateAsync(input);
            showToast('success', `${created.title} created`);
            await navigate(paths.staff.meeting.href(created.id));
          }}
        />
      </div>
    </>
  );
}
