import { useFieldArray, useForm, type FieldErrors, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError } from '@/api/api-error';
import type { Meeting } from '@/api/contracts/meetings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { buttonClasses } from '@/components/ui/button-styles';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { showToast } from '@/components/ui/toast';
import { useGuardedSubmit } from '@/components/ui/use-guarded-submit';
import { paths } from '@/config/paths';
import {
  attendeesFromDraft,
  blankAttendee,
  formFieldOfApiError,
  registrationFormSchema,
  toAttendeeInput,
  type AttendeeFormValues,
  type RegistrationFormValues,
} from '../../api/attendee-form';
import { useCreateRegistrations } from '../../api/registration-mutations';
import { AttendeeFieldset } from './attendee-fieldset';
import { capacityNotice, registrationOutcomeText, seatsFree } from './registration-outcome';
import { clearDraft, readDraft } from '@/lib/drafts';
import { countOf } from '@/lib/format';
import { useDraftAutosave } from '@/lib/use-draft-autosave';
import { useAttributionNote } from '@/api/queries/attribution-note';
import { RequestErrorAlert } from '@/components/ui/request-error-alert';

interface RegisterFormProps {
  memberId: string;
  meeting: Meeting;
  firstAttendee: AttendeeFormValues;
  /** Where this tab keeps what was typed (drafts.ts): per person, city and meeting. */
  draftKey: string;
}

const FIELD_ORDER = [
  'kind',
  'name',
  'title',
  'email',
  'dietaryNeeds',
  'accessibilityNeeds',
  'arrival',
  'travelCost',
  'travelNote',
] as const;

/** Every problem on the form, in page order, worded so it makes sense out of context. */
function summaryOf(errors: FieldErrors<RegistrationFormValues>): SummaryError[] {
  const out: SummaryError[] = [];
  const attendees = errors.attendees;
  // A rule about the whole list ("at most 20 people") arrives as the field array's root error.
  const listMessage = attendees?.root?.message ?? attendees?.message;
  if (listMessage) out.push({ fieldId: 'add-attendee', message: listMessage });
  if (!Array.isArray(attendees)) return out;
  attendees.forEach((attendee: FieldErrors<AttendeeFormValues> | undefined, index: number) => {
    for (const field of FIELD_ORDER) {
      const message = attendee?.[field]?.message;
      if (message) out.push({ fieldId: `attendee-${index}-${field}`, message: `Person ${index + 1}: ${message}` });
    }
  });
  return out;
}

const people = (n: number): string => countOf(n, 'person', 'people');

/** Registers the mayor and any number of staff or council members in one submission. */
export function RegisterForm({ memberId, meeting, firstAttendee, draftKey }: RegisterFormProps) {
  const form = useForm<RegistrationFormValues>({
    resolver: zodResolver(registrationFormSchema),
    // Focus goes to the error summary (GOV.UK), which links to each field.
    shouldFocusError: false,
    // A reload, an expired session or a lost connection gives back everyone typed in this tab.
    defaultValues: {
      attendees: attendeesFromDraft(readDraft<RegistrationFormValues>(draftKey)) ?? [firstAttendee],
    },
  });
  useDraftAutosave(form, draftKey);
  const attendees = useFieldArray({ control: form.control, name: 'attendees' });
  const register = useCreateRegistrations(memberId);
  const attribution = useAttributionNote(memberId);
  const navigate = useNavigate();
  const count = attendees.fields.length;
  const notice = capacityNotice(meeting, count);
  // The button says what pressing it does: with no seat free, everyone on the form waits in line.
  const submitLabel = seatsFree(meeting) === 0 ? `Add ${people(count)} to the waitlist` : `Register ${people(count)}`;

  const { onSubmit, focusKey, requestError, requestErrorRef } = useGuardedSubmit(form, {
    // The summary is built from the field array below (summaryOf), not from a list of fields.
    fields: [],
    fieldForApi: (apiField) => (formFieldOfApiError(apiField) as Path<RegistrationFormValues> | null) ?? undefined,
    send: async (values) => {
      const { items } = await register.mutateAsync({
        meetingId: meeting.id,
        attendees: values.attendees.map(toAttendeeInput),
      });
      clearDraft(draftKey);
      showToast('success', `${registrationOutcomeText(items)} for the ${meeting.title}.${attribution}`);
      void navigate(paths.member.meeting.href(memberId, meeting.id));
    },
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-6">
      <ErrorSummary errors={summaryOf(form.formState.errors)} focusKey={focusKey} />
      <RequestErrorAlert
        error={requestError}
        focusRef={requestErrorRef}
        title="Nobody was registered"
        words={(error) => (
          <>
            {describeError(error)} Everything you typed is still here: check it and press “{submitLabel}” again.
          </>
        )}
      />
      {notice && <Alert tone="warning">{notice}</Alert>}
      {attendees.fields.map((field, index) => (
        <AttendeeFieldset
          key={field.id}
          form={form}
          index={index}
          travelSupportOffered={meeting.travelSupportOffered}
          {...(count > 1 && { onRemove: () => attendees.remove(index) })}
        />
      ))}
      <Button id="add-attendee" variant="secondary" onClick={() => attendees.append(blankAttendee())}>
        Add another person
      </Button>
      <div className="flex flex-wrap items-start gap-3 border-t border-slate-200 pt-6">
        <ChangeButton
          type="submit"
          change={{ memberId, scope: 'meetings' }}
          pending={register.isPending}
          pendingLabel="Registering…"
        >
          {submitLabel}
        </ChangeButton>
        <Link to={paths.member.meeting.href(memberId, meeting.id)} className={buttonClasses('secondary')}>
          Back to the meeting
        </Link>
      </div>
    </form>
  );
}
