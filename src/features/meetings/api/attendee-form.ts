import * as z from 'zod/mini';
import { MAX_ATTENDEES_PER_SUBMISSION, attendeeInputSchema, type AttendeeInput } from '@/api/contracts/meetings';
import { dollarsToCents } from '@/lib/money';

/**
 * One person on the registration form, as typed. The contract's rules and messages, plus what a
 * form needs on top: a plain "Enter their e-mail" before format talk, stray spaces trimmed, and
 * travel support asked as a yes/no with a cost in dollars (the API takes cents).
 */
const attendeeFields = z.pick(attendeeInputSchema, {
  kind: true,
  name: true,
  title: true,
  dietaryNeeds: true,
  accessibilityNeeds: true,
  arrival: true,
});

const MAX_TRAVEL_DOLLARS = 20_000;

export const attendeeFormSchema = z
  .extend(attendeeFields, {
    email: z.pipe(
      z.string().check(z.trim(), z.minLength(1, { error: 'Enter their e-mail address' })),
      attendeeInputSchema.shape.email,
    ),
    wantsTravelSupport: z.boolean(),
    travelCost: z.string(),
    travelNote: z.string().check(z.trim(), z.maxLength(500, { error: 'Keep the note under 500 characters' })),
  })
  .check(
    z.superRefine((values, ctx) => {
      if (!values.wantsTravelSupport) return;
      const problem = travelCostProblem(values.travelCost);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['travelCost'], input: values.travelCost });
    }),
  );

export const registrationFormSchema = z.object({
  attendees: z.array(attendeeFormSchema).check(
    z.minLength(1, { error: 'Add at least one person to register' }),
    // The API's limit, said here first: its 422 on `attendees` has no field of the form to sit on.
    z.maxLength(MAX_ATTENDEES_PER_SUBMISSION, {
      error: `Register at most ${MAX_ATTENDEES_PER_SUBMISSION} people at a time`,
    }),
  ),
});

export type AttendeeFormValues = z.input<typeof attendeeFormSchema>;
export type RegistrationFormValues = z.input<typeof registrationFormSchema>;

function travelCostProblem(text: string): string | null {
  if (text.trim() === '') return 'Enter the estimated cost of travel, in dollars';
  const cents = dollarsToCents(text);
  if (cents === null) return 'Enter the estimated cost in dollars, like 850 or 1,250.50';
  if (cents === 0) return 'Enter an estimated cost above $0';
  if (cents > MAX_TRAVEL_DOLLARS * 100) return 'Enter an estimated cost of $20,000 or less';
  return null;
}

export function blankAttendee(overrides: Partial<AttendeeFormValues> = {}): AttendeeFormValues {
  return {
    kind: 'staff',
    name: '',
    title: '',
    email: '',
    dietaryNeeds: '',
    accessibilityNeeds: '',
    arrival: '',
    wantsTravelSupport: false,
    travelCost: '',
    travelNote: '',
    ...overrides,
  };
}

const ATTENDEE_KINDS: readonly AttendeeFormValues['kind'][] = ['mayor', 'staff', 'council'];

/**
 * The people of a registration draft kept in this tab (drafts.ts), as the form's values: only
 * fields of the right type are taken, the rest start blank; no draft, or an empty one, gives null.
 */
export function attendeesFromDraft(draft: Partial<RegistrationFormValues> | null): AttendeeFormValues[] | null {
  if (!draft || !Array.isArray(draft.attendees) || draft.attendees.length === 0) return null;
  return draft.attendees.map((saved: unknown) => {
    const fields = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
    const base = blankAttendee();
    const text = (key: keyof AttendeeFormValues) => (typeof fields[key] === 'string' ? fields[key] : base[key]);
    return {
      ...base,
      kind: ATTENDEE_KINDS.find((kind) => kind === fields.kind) ?? base.kind,
      name: text('name') as string,
      title: text('title') as string,
      email: text('email') as string,
      dietaryNeeds: text('dietaryNeeds') as string,
      accessibilityNeeds: text('accessibilityNeeds') as string,
      arrival: text('arrival') as string,
      wantsTravelSupport: fields.wantsTravelSupport === true,
      travelCost: text('travelCost') as string,
      travelNote: text('travelNote') as string,
    };
  });
}

/** The form's values, already checked, as the API's body. */
export function toAttendeeInput(values: AttendeeFormValues): AttendeeInput {
  const cents = values.wantsTravelSupport ? dollarsToCents(values.travelCost) : null;
  return {
    kind: values.kind,
    name: values.name.trim(),
    title: values.title.trim(),
    email: values.email.trim(),
    dietaryNeeds: (values.dietaryNeeds ?? '').trim(),
    accessibilityNeeds: (values.accessibilityNeeds ?? '').trim(),
    arrival: (values.arrival ?? '').trim(),
    travelSupport: cents === null ? null : { estimatedCostCents: cents, note: values.travelNote.trim() },
  };
}

/**
 * Where an API field error belongs on the form: `attendees.2.travelSupport.estimatedCostCents`
 * is the third person's cost field. Unknown paths go to the summary only.
 */
export function formFieldOfApiError(apiField: string): string | null {
  const match = /^attendees\.(\d+)\.(\w+)/.exec(apiField);
  if (!match) return null;
  const [, index, field] = match;
  const formField = field === 'travelSupport' ? 'travelCost' : field;
  return ['kind', 'name', 'title', 'email', 'dietaryNeeds', 'accessibilityNeeds', 'arrival', 'travelCost'].includes(
    formField ?? '',
  )
    ? `attendees.${index}.${formField}`
    : null;
}
