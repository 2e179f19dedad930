import { useRef, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { zodResolver } from '@hookform/resolvers/zod';
import { describeError, isApiError } from '@/api/api-error';
import type { Meeting } from '@/api/contracts/meetings';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { buttonClasses } from '@/components/ui/button-styles';
import { ChangeButton } from '@/components/ui/change-button';
import { ErrorSummary, type SummaryError } from '@/components/ui/error-summary';
import { showToast } from '@/components/ui/toast';
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
  const [requestError, setRequestError] = useState<string | null>(null);
  const [focusKey, setFocusKey] = useState(0);
  const requestErrorRef = useRef<HTMLDivElement>(null);
  const inFlight = useRef(false);
  const count = attendees.fields.length;
  const notice = capacityNotice(meeting, count);
  // The button says what pressing it does: with no seat free, everyone on the form waits in line.
  const submitLabel = seatsFree(meeting) === 0 ? `Add ${people(count)} to the waitlist` : `Register ${people(count)}`;

  function onValid(values: RegistrationFormValues) {
    // A double click submits twice before the button re-renders as busy, and a fast answer can
    // arrive between the two clicks: send once, and nothing more once it has worked.
    if (inFlight.current) return;
    inFlight.current = true;
    setRequestError(null);
    register.mutate(
      { meetingId: meeting.id, attendees: values.attendees.map(toAttendeeInput) },
      {
        onSuccess: ({ items }) => {
          clearDraft(draftKey);
          showToast('success', `${registrationOutcomeText(items)} for the ${meeting.title}.${attribution}`);
          void navigate(paths.member.meeting.href(memberId, meeting.id));
        },
        onError: (error) => {
          // Only a failure unlocks the form; after success the page moves on to the meeting.
          inFlight.current = false;
          const placed = isApiError(error) ? placeFieldErrors(error.fieldErrors) : 0;
          if (placed > 0) {
            setFocusKey((k) => k + 1);
            return;
          }
          setRequestError(describeError(error));
          requestAnimationFrame(() => requestErrorRef.current?.focus());
        },
      },
    );
  }

  /** Puts the API's per-person problems next to their fields; answers how many it placed. */
  function placeFieldErrors(fieldErrors: Record<string, string[]>): number {
    let placed = 0;
    for (const [apiField, messages] of Object.entries(fieldErrors)) {
      const formField = formFieldOfApiError(apiField);
      const message = messages[0];
      if (!formField || !message) continue;
      form.setError(formField as `attendees.${number}.name`, { message });
      placed += 1;
    }
    return placed;
  }

  return (
    <form
      noValidate
      onSubmit={(event) => void form.handleSubmit(onValid, () => setFocusKey((k) => k + 1))(event)}
      className="space-y-6"
    >
      <ErrorSummary errors={summaryOf(form.formState.errors)} focusKey={focusKey} />
      {requestError && (
        <div ref={requestErrorRef} tabIndex={-1}>
          <Alert tone="danger" role="alert" title="Nobody was registered">
            {requestError} Everything you typed is still here: check it and press “{submitLabel}” again.
          </Alert>
        </div>
      )}
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
