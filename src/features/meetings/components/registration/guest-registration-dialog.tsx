import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { registrationNeedsSchema, type MeetingSummary, type RegistrationNeeds } from '@/api/contracts/meetings';
import { useSession } from '@/api/queries/session-queries';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Fact, Facts } from '@/components/ui/facts';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useCreateRegistrations } from '../../api/registration-mutations';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface GuestRegistrationDialogProps {
  memberId: string;
  meeting: MeetingSummary;
  open: boolean;
  onClose: () => void;
}

/**
 * A prospective mayor registers themselves, free, for their first Winter Meeting: only their needs
 * are asked, since who is coming is already known.
 */
export function GuestRegistrationDialog({ memberId, meeting, open, onClose }: GuestRegistrationDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onClose()}
      title={`Register for the ${meeting.title}`}
      description="Free for the mayor of a city that has not joined yet, once."
    >
      <GuestForm memberId={memberId} meeting={meeting} onDone={onClose} />
    </Dialog>
  );
}

const FIELDS = ['dietaryNeeds', 'accessibilityNeeds', 'arrival'] as const;

function GuestForm({ memberId, meeting, onDone }: { memberId: string; meeting: MeetingSummary; onDone: () => void }) {
  const { person } = useSession();
  const form = useForm<RegistrationNeeds>({
    resolver: zodResolver(registrationNeedsSchema),
    defaultValues: { dietaryNeeds: '', accessibilityNeeds: '', arrival: '' },
  });
  const register = useCreateRegistrations(memberId);
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: FIELDS,
    focus: 'field',
    send: async (needs) => {
      const attendee = {
        kind: 'mayor',
        name: person.name,
        title: 'Mayor',
        email: person.email,
        dietaryNeeds: needs.dietaryNeeds ?? '',
        accessibilityNeeds: needs.accessibilityNeeds ?? '',
        arrival: needs.arrival ?? '',
        travelSupport: null,
      } as const;
      await register.mutateAsync({ meetingId: meeting.id, attendees: [attendee] });
      showToast('success', `You are registered for the ${meeting.title}.`);
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="You are not registered"
        words={describeError}
      />
      <Facts>
        <Fact term="Attendee">
          Mayor {person.name}
          <span className="block font-normal text-slate-700">{person.email}</span>
        </Fact>
      </Facts>
      <Field id="guest-dietary" label="Dietary needs (optional)" error={errors.dietaryNeeds?.message}>
        {(control) => <Input {...control} {...form.register('dietaryNeeds')} />}
      </Field>
      <Field id="guest-accessibility" label="Accessibility needs (optional)" error={errors.accessibilityNeeds?.message}>
        {(control) => <Input {...control} {...form.register('accessibilityNeeds')} />}
      </Field>
      <Field
        id="guest-arrival"
        label="Arrival (optional)"
        hint="For example: Tuesday evening, flight UA 412."
        error={errors.arrival?.message}
      >
        {(control) => <Input {...control} {...form.register('arrival')} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={register.isPending} pendingLabel="Registering…">
          Register
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Not now
        </Button>
      </div>
    </form>
  );
}
