import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import { registrationNeedsSchema, type Registration, type RegistrationNeeds } from '@/api/contracts/meetings';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { useUpdateRegistration } from '../../api/registration-mutations';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface EditNeedsDialogProps {
  memberId: string;
  registration: Registration | null;
  onClose: () => void;
}

/** Changes one attendee's dietary and accessibility needs and arrival, without e-mailing anyone. */
export function EditNeedsDialog({ memberId, registration, onClose }: EditNeedsDialogProps) {
  return (
    <Dialog
      open={registration !== null}
      onOpenChange={(open) => !open && onClose()}
      title={registration ? `Needs for ${registration.attendee.name}` : 'Needs'}
      description="MIP's events team sees the change right away."
    >
      {registration && <NeedsForm memberId={memberId} registration={registration} onDone={onClose} />}
    </Dialog>
  );
}

const FIELDS = ['dietaryNeeds', 'accessibilityNeeds', 'arrival'] as const;

function NeedsForm({
  memberId,
  registration,
  onDone,
}: {
  memberId: string;
  registration: Registration;
  onDone: () => void;
}) {
  const { attendee } = registration;
  const form = useForm<RegistrationNeeds>({
    resolver: zodResolver(registrationNeedsSchema),
    defaultValues: {
      dietaryNeeds: attendee.dietaryNeeds,
      accessibilityNeeds: attendee.accessibilityNeeds,
      arrival: attendee.arrival,
    },
  });
  const update = useUpdateRegistration(memberId);
  const attribution = useAttributionNote(memberId);
  const errors = form.formState.errors;
  const { onSubmit, requestError, requestErrorRef } = useGuardedSubmit(form, {
    fields: FIELDS,
    focus: 'field',
    send: async (needs) => {
      await update.mutateAsync({ registrationId: registration.id, needs });
      showToast('success', `Needs saved for ${attendee.name}.${attribution}`);
      onDone();
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-5">
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="The change was not saved"
        words={(error) => <>{describeError(error)} Your changes are still here: press “Save” to try again.</>}
      />
      <Field id="needs-dietary" label="Dietary needs" hint="Leave empty for none." error={errors.dietaryNeeds?.message}>
        {(control) => <Input {...control} {...form.register('dietaryNeeds')} />}
      </Field>
      <Field
        id="needs-accessibility"
        label="Accessibility needs"
        hint="Leave empty for none."
        error={errors.accessibilityNeeds?.message}
      >
        {(control) => <Input {...control} {...form.register('accessibilityNeeds')} />}
      </Field>
      <Field
        id="needs-arrival"
        label="Arrival"
        hint="For example: Sunday evening, flight UA 412."
        error={errors.arrival?.message}
      >
        {(control) => <Input {...control} {...form.register('arrival')} />}
      </Field>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={update.isPending} pendingLabel="Saving…">
          Save
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Close without saving
        </Button>
      </div>
    </form>
  );
}
