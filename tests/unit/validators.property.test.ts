// @vitest-environment node
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { parseBody } from '@mocks/lib/route-steps';
import { HttpError } from '@mocks/lib/http-error';
import { previewCreateBodySchema } from '@/api/contracts/access';
import { memoDraftBodySchema } from '@/api/contracts/memos';
import {
  MEMO_TEXT_MAX,
  memoAssignBodySchema,
  memoDeclineBodySchema,
  memoDeliverBodySchema,
  memoNoteBodySchema,
  memoProgressBodySchema,
} from '@/api/contracts/staff-memos';
import { MESSAGE_MAX } from '@/api/contracts/staff-work';
import { travelDeclineBodySchema } from '@/api/contracts/staff-travel';
import { assistanceDeclineBodySchema } from '@/api/contracts/staff-assistance';
import type { Invoice } from '@/api/contracts/dues';
import {
  approveFieldForApi,
  approveFormSchema as assistanceApproveFormSchema,
  toApproveBody,
  type ApproveFormValues as AssistanceApproveFormValues,
} from '@/features/staff-work/api/assistance-approve-form';
import { approveFormSchema, type ApproveFormValues } from '@/features/staff-work/components/travel/approve-form';
import { applicationAnswerBodySchema, APPLICATION_ANSWER_MAX } from '@/api/contracts/joining';
import { applicationAskBodySchema, applicationDeclineBodySchema } from '@/api/contracts/staff-applications';
import {
  approveFormSchema as applicationApproveFormSchema,
  type ApproveFormValues as ApplicationApproveFormValues,
} from '@/features/staff-work/components/application/approve-form';
import { invoiceIssueBodySchema, packetSentBodySchema } from '@/api/contracts/staff-invoices';
import { paymentFormSchema, toPaymentRecordBody, type PaymentFormValues } from '@/features/staff-work/api/payment-form';
import {
  populationFormSchema,
  toPopulationInput,
  type PopulationFormValues,
} from '@/features/staff-work/api/population-form-values';
import { staffInviteSchema, type StaffInvite } from '@/api/contracts/staff-accounts';
import { setPasswordFormSchema, type SetPasswordFormValues } from '@/features/session/api/welcome-link';
import {
  newMayorFormSchema,
  toNewMayorInput,
  type NewMayorFormValues,
} from '@/features/staff-work/api/new-mayor-form-values';
import type { Endpoint } from '@/api/contracts/endpoint';
import { endpoints } from '@/api/contracts/endpoints';
import { registrationNeedsSchema } from '@/api/contracts/meetings';
import { US_STATE_CODES } from '@/lib/us-states';
import { dollarsToCents } from '@/lib/money';
import { formatMoney } from '@/lib/format';
import {
  inviteDelegateFormSchema,
  delegateAccessFormSchema,
  toDelegationCreateBody,
  toDelegationUpdateBody,
  type DelegateAccessFormValues,
  type InviteDelegateFormValues,
} from '@/features/access/api/delegate-form';
import {
  assistanceFormSchema,
  toAssistanceRequestBody,
  type AssistanceFormValues,
} from '@/features/dues/api/assistance-form';
import { invoiceRequestFormSchema, type InvoiceRequestFormValues } from '@/features/dues/api/invoice-request-form';
import {
  applicationFormResolver,
  toApplicationBody,
  type ApplicationFormInput,
  type ApplicationFormValues,
} from '@/features/joining/api/application-form';
import { MAX_POPULATION, POPULATION_MESSAGES, readPopulation } from '@/features/joining/api/population';
import {
  registrationFormSchema,
  toAttendeeInput,
  type AttendeeFormValues,
  type RegistrationFormValues,
} from '@/features/meetings/api/attendee-form';
import {
  memoRequestFormSchema,
  toMemoDraftBody,
  toMemoRequestBody,
  whyDraftNotKept,
  type MemoRequestFormValues,
} from '@/features/memos/api/memo-request-form';
import { signInFormSchema, type SignInFormValues } from '@/features/session/api/sign-in-form-schema';
import {
  meetingFormSchema,
  meetingInputOf,
  type MeetingFormValues,
} from '@/features/staff-work/api/meeting-form-values';
import { cancelMessageSchema } from '@/api/contracts/staff-meetings';
import { bookFormSchema, bookInputOf, type BookFormValues } from '@/features/staff-work/api/book-form-values';
import { US_TIME_ZONE_IDS } from '@/lib/us-time-zones';
import type { UsStateCode } from '@/lib/us-states';
import { NAUGHTY_STRINGS } from '../fixtures/naughty-strings';

/**
 * Issue 9: every validator of the client, property-tested against the API's. For each form, fast-check
 * generates what a person could type (unicode, whitespace, lone surrogates, the naughty strings,
 * lengths right at each limit, numbers as text, e-mails, dates) and checks that the client and the
 * mock API agree:
 *  - whenever the form accepts, the body it sends is accepted by the body schema the mock validates
 *    with (`parseBody`, the mock's own step), and arrives unchanged (the client already trimmed);
 *  - wherever the API would refuse a field the form sends as typed, the form refuses that field too,
 *    so a person never meets a refusal only the server explains.
 */

// ── What a person can type ──────────────────────────────────────────────────────────────────

/** One "character" as a keyboard, a paste or a screen reader may produce it. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('a', 'Z', '7', '.', ',', '-', '@') },
  { weight: 3, arbitrary: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000', '\uFEFF', '\u200B') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('🏠', '👩🏽‍💻', 'é', 'e\u0301', 'م', 'ש', '字', '\u202E', '<', '>', '&', '"', "'", '%', '$'),
  },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\u0000') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/** Text of exactly `n` units. */
const textOfLength = (n: number): fc.Arbitrary<string> =>
  fc.array(unit, { minLength: n, maxLength: n }).map((units) => units.join(''));

/** Text around the field's limits (one below, at, one above, in code points and in UTF-16 units), or anything. */
function text(...limits: number[]): fc.Arbitrary<string> {
  const near = limits.flatMap((limit) => [limit - 2, limit - 1, limit, limit + 1, Math.ceil(limit / 2) + 1]);
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...NAUGHTY_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(...near.filter((n) => n >= 0)).chain(textOfLength),
    },
    // Surrounding whitespace around a value that fits: what trimming must take off on both sides alike.
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.constantFrom(' ', '\t', '\u3000', '\n '),
          fc.constantFrom(...near.filter((n) => n > 0)).chain(textOfLength),
        )
        .map(([ws, t]) => `${ws}${t}${ws}`),
    },
  );
}

/** One code point each: what a length limit (counted in code points, like zod) sees exactly. */
const codePoint = fc.constantFrom(
  ...['a', 'Z', '7', '.', ',', '-', '@', ' ', '\u00A0', '\t', '🏠', 'é', '\u0301', 'م', 'ש', '字'],
  ...['<', '>', '&', '"', "'", '%', '\u200B', '\u202E', '\uFEFF', '\uD800', '\u0000'],
);
/** Not trimmed away: the ends of a value that must keep its length. */
const edge = fc.constantFrom('a', 'Z', '7', '🏠', '字', '<', '\u200B', '\u0301');

/** Text the field takes: between `min` and `max` code points after trimming, often right at a limit. */
function fitting(min: number, max: number): fc.Arbitrary<string> {
  const low = Math.max(min, 1);
  const built = fc
    .oneof(fc.constantFrom(low, max), fc.integer({ min: low, max: Math.min(max, low + 40) }))
    .chain((n) =>
      n === 1
        ? edge
        : fc
            .tuple(edge, fc.array(codePoint, { minLength: n - 2, maxLength: n - 2 }), edge)
            .map(([first, middle, last]) => `${first}${middle.join('')}${last}`),
    );
  const naughty = NAUGHTY_STRINGS.filter((value) => {
    const length = Array.from(value.trim()).length;
    return length >= min && length <= max;
  });
  return fc.oneof(
    { weight: 3, arbitrary: built },
    { weight: 2, arbitrary: fc.constantFrom(...naughty) },
    { weight: min === 0 ? 1 : 0, arbitrary: fc.constant('') },
  );
}

/** A field as people fill it in: mostly a value it takes, sometimes anything at all. */
const field = (min: number, max: number): fc.Arbitrary<string> =>
  fc.oneof({ weight: 5, arbitrary: fitting(min, max) }, { weight: 1, arbitrary: text(min, max) });

const emailText = fc.oneof(
  fc.emailAddress(),
  fc.emailAddress().map((e) => ` ${e.toUpperCase()} `),
  fc.constantFrom('name@city.gov', 'name@city', '@city.gov', 'a@b.c', 'ünïcode@city.gov', 'a b@city.gov', ''),
  text(1, 200),
);

const isoDateText = fc
  .date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A last day still ahead whenever these tests run. */
const futureDateText = fc
  .date({ min: new Date('2090-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** What `<input type="date">` hands over: a real date, or '' when empty (it never gives "2027-02-30"). */
const dateInputText = fc.oneof(fc.constant(''), isoDateText);

/** Dollars as people write them, and what they might type instead. */
const dollarsText = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000_00 }).map((c) => formatMoney(c)),
  fc
    .integer({ min: 0, max: 10_000_000_00 })
    .map((c) => `${String(Math.floor(c / 100))}.${String(c % 100).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.constantFrom('', ' ', '0', '0.5', '.75', '-5', '1e3', '12.345', '1,25', 'about 900', '$', '٣٠٠', '１２３'),
  text(1, 12),
);

const scopes = fc.array(fc.constantFrom('meetings', 'memos', 'dues'), { maxLength: 4 });
const scopesField = fc.oneof(
  { weight: 5, arbitrary: fc.subarray(['meetings', 'memos', 'dues'] as const, { minLength: 1 }) },
  { weight: 1, arbitrary: scopes },
);
const validEmail = fc.oneof(
  fc.constantFrom('name@city.gov', 'Ana.Ortiz@Riverton.example', "o'brien@city.gov", 'a+b@sub.city.gov'),
  fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,12}$/))
    .filter(([local]) => !local.includes('..'))
    .map(([local, domain]) => `${local}@${domain}.gov`),
);
/** Mostly an address (pasted with spaces round it now and then), sometimes anything. */
const emailField = fc.oneof(
  { weight: 4, arbitrary: validEmail },
  { weight: 1, arbitrary: validEmail.map((e) => ` ${e}\t`) },
  { weight: 1, arbitrary: emailText },
);
const dateField = fc.oneof({ weight: 5, arbitrary: isoDateText }, { weight: 1, arbitrary: dateInputText });
/** An amount up to `maxCents` as people write it, or anything typed instead. */
const amountField = (maxCents: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: maxCents }).map(formatMoney) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: Math.floor(maxCents / 100) }).map(String) },
    { weight: 1, arbitrary: dollarsText },
  );
const stateText = fc.oneof(
  fc.constantFrom('', 'WI', 'TN', 'DC', 'XX', 'wi', ' WI'),
  fc.constantFrom(...US_STATE_CODES),
);
/** Mostly a state from the select, sometimes whatever a tampered or stale draft holds. */
const stateField: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...US_STATE_CODES) },
  { weight: 1, arbitrary: stateText },
);

// ── Client and API verdicts ─────────────────────────────────────────────────────────────────

type Verdict = { ok: true; data: unknown } | { ok: false; fields: Set<string> };

/** The mock's own validation step for an endpoint's body, on the body as it crosses the wire (JSON). */
function apiVerdict(endpoint: Endpoint, body: unknown): Verdict {
  if (!endpoint.body) throw new Error(`${endpoint.operationId} takes no body`);
  try {
    return { ok: true, data: parseBody(endpoint.body, JSON.parse(JSON.stringify(body)) as unknown) };
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 422) throw error;
    return { ok: false, fields: new Set(Object.keys(error.fieldErrors ?? {})) };
  }
}

function clientVerdict(schema: z.ZodMiniType, values: unknown): Verdict {
  const parsed = z.safeParse(schema, values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, fields: new Set(parsed.error.issues.map((i) => i.path.map(String).join('.') || '_form')) };
}

/** JSON as the wire carries it: lone surrogates and all (JSON.stringify escapes them). */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

interface FormCase<V> {
  values: fc.Arbitrary<V>;
  client: (values: V) => Verdict | Promise<Verdict>;
  /** The body the form sends once it accepts (built from what the resolver hands over). */
  submitted: (values: V, accepted: unknown) => unknown;
  /** The body as typed, without the client's checks: what the API would see. */
  asTyped: (values: V) => unknown;
  endpoint: Endpoint;
  /** API field → the form field a person fixes, for the fields sent as typed. */
  sentAsTyped: (apiField: string, values: V) => string | null;
}

async function checkAgreement<V>(form: FormCase<V>, values: V): Promise<void> {
  const client = await form.client(values);
  if (client.ok) {
    const body = form.submitted(values, client.data);
    const api = apiVerdict(form.endpoint, body);
    expect(
      api,
      `the form accepted ${JSON.stringify(values)}; the API must accept ${JSON.stringify(body)}`,
    ).toMatchObject({ ok: true });
    // Nothing left for the API to change: the client sent what the API stores.
    if (api.ok) expect(api.data).toEqual(wire(body));
  }
  const api = apiVerdict(form.endpoint, form.asTyped(values));
  if (api.ok) return;
  const clientFields = client.ok ? new Set<string>() : client.fields;
  const missed = [...api.fields]
    .map((field) => [field, form.sentAsTyped(field, values)] as const)
    .filter(([, formField]) => formField !== null && !clientFields.has(formField));
  expect(missed, `the API refuses these fields of ${JSON.stringify(values)}; the form must too`).toEqual([]);
}

const RUNS = { numRuns: 300 };
const identity = (field: string): string => field;

// ── The forms ───────────────────────────────────────────────────────────────────────────────

const TODAY = '2026-11-26';

const memoForm: FormCase<MemoRequestFormValues> = {
  values: fc.record({
    title: field(1, 120),
    policyAreaId: fc.oneof(fc.constantFrom('', 'housing', 'transportation'), text(1)),
    question: field(20, 4000),
    background: field(0, 4000),
    desiredDate: fc.oneof(fc.constant(''), futureDateText, dateField),
  }),
  client: (values) => clientVerdict(memoRequestFormSchema(TODAY), values),
  submitted: (_values, accepted) => toMemoRequestBody(accepted as MemoRequestFormValues),
  asTyped: toMemoRequestBody,
  endpoint: endpoints.createMemoRequest,
  sentAsTyped: identity,
};

/**
 * The same form's draft, saved to the account while typed: the form checks the draft's limits
 * before saving (an incomplete draft is fine, one over a limit is kept in the tab only).
 */
const memoDraftForm: FormCase<MemoRequestFormValues> = {
  values: memoForm.values,
  client: (values) => {
    const body = toMemoDraftBody(values);
    return whyDraftNotKept(body) === null ? { ok: true, data: body } : clientVerdict(memoDraftBodySchema, body);
  },
  submitted: (_values, accepted) => z.parse(memoDraftBodySchema, accepted),
  asTyped: toMemoDraftBody,
  endpoint: endpoints.saveMemoDraft,
  sentAsTyped: identity,
};

const inviteForm: FormCase<InviteDelegateFormValues> = {
  values: fc.record({
    name: field(1, 120),
    email: emailField,
    scopes: scopesField,
    endsOn: fc.oneof(dateInputText, futureDateText),
  }),
  client: (values) => clientVerdict(inviteDelegateFormSchema, values),
  submitted: (_values, accepted) => toDelegationCreateBody(accepted as InviteDelegateFormValues),
  // The form's own mapping (trim, '' → null), with the areas as ticked: duplicates are the API's to refuse.
  asTyped: (values) => ({ ...toDelegationCreateBody(values), scopes: values.scopes }),
  endpoint: endpoints.createDelegation,
  sentAsTyped: identity,
};

const accessForm: FormCase<DelegateAccessFormValues> = {
  values: fc.record({ scopes: scopesField, endsOn: fc.oneof(dateInputText, futureDateText) }),
  client: (values) => clientVerdict(delegateAccessFormSchema, values),
  submitted: (_values, accepted) => toDelegationUpdateBody(accepted as DelegateAccessFormValues),
  asTyped: (values) => ({ ...toDelegationUpdateBody(values), scopes: values.scopes }),
  endpoint: endpoints.updateDelegation,
  sentAsTyped: identity,
};

/** Riverton's dues this year (the API refuses an amount that covers them; the form says so first). */
const DUES_CENTS = 1_500_000;
const assistanceForm: FormCase<AssistanceFormValues> = {
  values: fc.record({ reason: field(20, 4000), canPay: amountField(DUES_CENTS - 1) }),
  client: (values) => clientVerdict(assistanceFormSchema(DUES_CENTS), values),
  submitted: (_values, accepted) => toAssistanceRequestBody(accepted as AssistanceFormValues),
  asTyped: toAssistanceRequestBody,
  endpoint: endpoints.createAssistanceRequest,
  // canPay is read into cents first: not sent as typed.
  sentAsTyped: (field) => (field === 'reason' ? field : null),
};

const invoiceForm: FormCase<InvoiceRequestFormValues> = {
  values: fc.record({
    contactName: field(1, 120),
    contactEmail: emailField,
    addressLine1: field(1, 120),
    addressLine2: field(0, 120),
    city: field(1, 80),
    state: stateField,
    postalCode: fc.oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^\d{5}(-\d{4})?$/) },
      fc.constantFrom('53703', '53703-1234', ' 53703 ', '5370', '537031', '53703-12', '٥٣٧٠٣', '53703\n'),
      fc.stringMatching(/^\d{5}(-\d{4})?$/),
      field(5, 10),
    ),
    purchaseOrderNumber: field(0, 40),
  }),
  client: (values) => clientVerdict(invoiceRequestFormSchema, values),
  // The form sends what its resolver hands over: the parsed, trimmed values.
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.requestInvoice,
  sentAsTyped: identity,
};

const applicationForm: FormCase<ApplicationFormInput> = {
  values: fc.record({
    city: field(1, 80),
    state: stateField,
    population: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: MAX_POPULATION }).map((n) => n.toLocaleString('en-US')) },
      fc.integer({ min: -5, max: MAX_POPULATION + 5 }).map(String),
      fc.integer({ min: 0, max: MAX_POPULATION }).map((n) => n.toLocaleString('en-US')),
      fc.constantFrom('', ' ', '45 000', '4.5e4', '45,000.5', '-0', '٤٥٠٠٠', '0x10', '45000000000000000000000'),
      field(1, 9),
    ),
    mayorName: field(2, 120),
    email: emailField,
    termStartedOn: dateField,
    billingSameAsMayor: fc.boolean(),
    billingContactName: field(1, 120),
    billingContactEmail: emailField,
    password: field(10, 200),
  }),
  // The form's own resolver (zod plus "the mayor handles the invoice").
  client: async (values) => {
    const result = await applicationFormResolver()(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const fields = Object.keys(result.errors);
    return fields.length === 0 ? { ok: true, data: result.values } : { ok: false, fields: new Set(fields) };
  },
  submitted: (_values, accepted) => toApplicationBody(accepted as ApplicationFormValues),
  asTyped: (values) => {
    const { billingSameAsMayor, ...typed } = values;
    const reading = readPopulation(values.population);
    return {
      ...typed,
      population: reading.kind === 'number' ? reading.population : values.population,
      ...(billingSameAsMayor && { billingContactName: values.mayorName, billingContactEmail: values.email }),
    };
  },
  endpoint: endpoints.createApplication,
  // With "the mayor handles the invoice" ticked, the billing fields are the mayor's: fixed there.
  sentAsTyped: (field, values) =>
    values.billingSameAsMayor && field === 'billingContactName'
      ? 'mayorName'
      : values.billingSameAsMayor && field === 'billingContactEmail'
        ? 'email'
        : field,
};

const attendee: fc.Arbitrary<AttendeeFormValues> = fc.record({
  kind: fc.constantFrom('mayor', 'staff', 'council'),
  name: field(1, 120),
  title: field(1, 120),
  email: emailField,
  dietaryNeeds: field(0, 500),
  accessibilityNeeds: field(0, 500),
  arrival: field(0, 200),
  wantsTravelSupport: fc.oneof(
    { weight: 3, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) },
  ),
  travelCost: amountField(2_000_000),
  travelNote: field(0, 500),
});

const ATTENDEE_FIELDS: Record<string, string> = {
  kind: 'kind',
  name: 'name',
  title: 'title',
  email: 'email',
  dietaryNeeds: 'dietaryNeeds',
  accessibilityNeeds: 'accessibilityNeeds',
  arrival: 'arrival',
  'travelSupport.note': 'travelNote',
};

const registrationForm: FormCase<RegistrationFormValues> = {
  values: fc.record({
    attendees: fc.oneof(
      { weight: 8, arbitrary: fc.array(attendee, { minLength: 1, maxLength: 3 }) },
      // The form's "Add another person" has no upper bound of its own: around the API's 20 a submission.
      {
        weight: 2,
        arbitrary: fc.integer({ min: 19, max: 22 }).chain((n) => fc.array(attendee, { minLength: n, maxLength: n })),
      },
    ),
  }),
  client: (values) => clientVerdict(registrationFormSchema, values),
  submitted: (_values, accepted) => ({
    meetingId: 'winter-2027',
    attendees: (accepted as RegistrationFormValues).attendees.map(toAttendeeInput),
  }),
  asTyped: (values) => ({ meetingId: 'winter-2027', attendees: values.attendees.map(toAttendeeInput) }),
  endpoint: endpoints.createRegistrations,
  sentAsTyped: (field) => {
    if (field === 'attendees') return field;
    const match = /^attendees\.(\d+)\.(.+)$/.exec(field);
    const formField = match?.[2] === undefined ? undefined : ATTENDEE_FIELDS[match[2]];
    return match && formField ? `attendees.${String(match[1])}.${formField}` : null;
  },
};

type Needs = { dietaryNeeds: string; accessibilityNeeds: string; arrival: string };
const needsForm: FormCase<Needs> = {
  values: fc.record({ dietaryNeeds: field(0, 500), accessibilityNeeds: field(0, 500), arrival: text(200) }),
  // The "Needs" dialog validates with the contract's own schema and sends what it hands over.
  client: (values) => clientVerdict(registrationNeedsSchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.updateRegistration,
  sentAsTyped: identity,
};

const signInForm: FormCase<SignInFormValues> = {
  values: fc.record({ email: emailField, password: fc.oneof(fc.constant(''), field(1, 10)) }),
  client: (values) => clientVerdict(signInFormSchema, values),
  submitted: (_values, accepted) => accepted,
  // The form trims the e-mail before anything else (a pasted address often ends in a space).
  asTyped: (values) => ({ ...values, email: values.email.trim() }),
  endpoint: endpoints.signIn,
  sentAsTyped: identity,
};

/** The reason MIP staff give for a preview (start-preview-dialog.tsx picks it from the contract). */
const previewReasonSchema = z.pick(previewCreateBodySchema, { reason: true });
const previewForm: FormCase<{ reason: string }> = {
  values: fc.record({ reason: field(10, 500) }),
  client: (values) => clientVerdict(previewReasonSchema, values),
  submitted: (_values, accepted) => ({ memberId: 'riverton', reason: (accepted as { reason: string }).reason }),
  asTyped: (values) => ({ memberId: 'riverton', reason: values.reason }),
  endpoint: endpoints.startPreview,
  sentAsTyped: identity,
};

/**
 * A staff action that sends one typed text under the contract's own rule for it
 * (staff-work/components/text-action-form.tsx): a note, a reason, the memo.
 */
const textActionForm = (
  endpoint: Endpoint,
  apiField: string,
  rule: z.ZodMiniType<string, string>,
  max: number,
): FormCase<{ text: string }> => ({
  values: fc.record({ text: field(1, max) }),
  client: (values) => clientVerdict(z.object({ text: rule }), values),
  submitted: (_values, accepted) => ({ [apiField]: (accepted as { text: string }).text }),
  asTyped: (values) => ({ [apiField]: values.text }),
  endpoint,
  sentAsTyped: (field) => (field === apiField ? 'text' : null),
});

/** Who works on a memo request (assign-form.tsx: the contract's schema as its resolver). */
const assignForm: FormCase<{ assigneeId: string }> = {
  values: fc.record({ assigneeId: fc.oneof(fc.constant(''), field(1, 40)) }),
  client: (values) => clientVerdict(memoAssignBodySchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.assignMemoRequest,
  sentAsTyped: identity,
};

/** The next step and the member's message (progress-form.tsx: the contract's schema as its resolver). */
const progressForm: FormCase<{ status: 'scoping' | 'in_progress'; message: string }> = {
  values: fc.record({
    status: fc.constantFrom('scoping' as const, 'in_progress' as const),
    message: field(10, MESSAGE_MAX),
  }),
  client: (values) => clientVerdict(memoProgressBodySchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.progressMemoRequest,
  sentAsTyped: identity,
};

/**
 * Approving travel support (staff-work/components/travel/approve-form.tsx): the amount in dollars
 * under the contract's rules (the estimate here is the API's own cap, $20,000), and the message.
 */
const approveTravelForm: FormCase<ApproveFormValues> = {
  values: fc.record({ amount: amountField(2_000_000), message: field(0, MESSAGE_MAX) }),
  client: (values) => clientVerdict(approveFormSchema(2_000_000), values),
  submitted: (_values, accepted) => {
    const { amount, message } = accepted as ApproveFormValues;
    return { amountCents: dollarsToCents(amount), message };
  },
  asTyped: (values) => ({ amountCents: dollarsToCents(values.amount) ?? values.amount, message: values.message }),
  endpoint: endpoints.approveTravelSupport,
  sentAsTyped: (field) => (field === 'amountCents' ? 'amount' : field === 'message' ? 'message' : null),
};

/** The purchase order as it goes on the invoice (issue-form.tsx: the contract's schema as its resolver). */
const issueInvoiceForm: FormCase<{ purchaseOrderNumber: string }> = {
  values: fc.record({ purchaseOrderNumber: field(0, 40) }),
  client: (values) => clientVerdict(invoiceIssueBodySchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.issueInvoice,
  sentAsTyped: identity,
};

/**
 * A check or transfer received (staff-work/api/payment-form.ts): the amount in dollars, sent as
 * cents; the method, date and reference as the contract has them. Which payments it pays is the
 * API's rule on the stored schedule, not the body's.
 */
const paymentForm: FormCase<PaymentFormValues> = {
  values: fc.record({
    method: fc.constantFrom('check' as const, 'transfer' as const),
    amount: amountField(10_000_000),
    receivedOn: dateField,
    reference: field(1, 60),
  }),
  client: (values) => clientVerdict(paymentFormSchema, values),
  submitted: (_values, accepted) => toPaymentRecordBody(accepted as PaymentFormValues),
  asTyped: (values) => ({ ...values, amountCents: dollarsToCents(values.amount) ?? values.amount, amount: undefined }),
  endpoint: endpoints.recordInvoicePayment,
  sentAsTyped: (field) => (field === 'amountCents' ? 'amount' : field === 'amount' ? null : field),
};

/**
 * A city's population as finance staff record it (population-form-values.ts): the figure as text,
 * read as the application reads it, in words about the city; the source and the date as typed.
 */
const populationForm: FormCase<PopulationFormValues> = {
  values: fc.record({
    population: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 1, max: MAX_POPULATION }).map((n) => n.toLocaleString('en-US')) },
      fc.integer({ min: -5, max: MAX_POPULATION + 5 }).map(String),
      fc.constantFrom('', ' ', '45 000', '4.5e4', '45,000.5', '-0', '0x10', '45000000000000000000000'),
      field(1, 9),
    ),
    source: field(1, 200),
    asOf: dateField,
  }),
  client: (values) => clientVerdict(populationFormSchema, values),
  submitted: (_values, accepted) => toPopulationInput(accepted as PopulationFormValues),
  asTyped: (values) => {
    const reading = readPopulation(values.population);
    return { ...values, population: reading.kind === 'number' ? reading.population : values.population };
  },
  endpoint: endpoints.recordCityPopulation,
  sentAsTyped: identity,
};

/** A city's new mayor (new-mayor-form-values.ts): the name and e-mail as the contract has them, the date as typed. */
const newMayorForm: FormCase<NewMayorFormValues> = {
  values: fc.record({ name: field(1, 130), email: emailField, termStartedOn: dateField }),
  client: (values) => clientVerdict(newMayorFormSchema, values),
  submitted: (_values, accepted) => toNewMayorInput(accepted as NewMayorFormValues),
  asTyped: (values) => values,
  endpoint: endpoints.recordNewMayor,
  sentAsTyped: identity,
};

/** A colleague invited (invite-form.tsx: the contract's schema as its resolver). */
const staffInviteForm: FormCase<StaffInvite> = {
  values: fc.record({
    name: field(1, 130),
    email: emailField,
    title: field(0, 130),
    areas: fc.subarray(['programs', 'policy', 'finance', 'admin'] as const).map((areas) => [...areas]),
  }),
  client: (values) => clientVerdict(staffInviteSchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.inviteStaffAccount,
  sentAsTyped: identity,
};

/**
 * The first password of an account MIP made (set-password-form.tsx, welcome-link.ts): typed twice;
 * only the password is sent, and only once both match.
 */
const setPasswordForm: FormCase<SetPasswordFormValues> = {
  values: field(10, 200).chain((password) =>
    fc.record({
      password: fc.constant(password),
      confirmation: fc.oneof(
        { weight: 4, arbitrary: fc.constant(password) },
        { weight: 1, arbitrary: fc.constant('') },
        { weight: 1, arbitrary: field(10, 200) },
      ),
    }),
  ),
  client: (values) => clientVerdict(setPasswordFormSchema, values),
  submitted: (_values, accepted) => ({ password: (accepted as SetPasswordFormValues).password }),
  asTyped: (values) => ({ password: values.password }),
  endpoint: endpoints.acceptWelcomeLink,
  sentAsTyped: identity,
};

/** The date the packet was posted (packet-form.tsx: the contract's schema as its resolver). */
const packetForm: FormCase<{ sentOn: string }> = {
  values: fc.record({ sentOn: dateField }),
  client: (values) => clientVerdict(packetSentBodySchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.markPacketSent,
  sentAsTyped: identity,
};

/** Cedar Falls' invoice in the seed: $750, one payment, nothing paid, overdue. */
const ASSISTED_INVOICE: Invoice = {
  id: 'inv-cedar-falls-2026',
  memberId: 'cedar-falls',
  number: 'MIP-2026-0007',
  membershipYearLabel: '2026–27',
  amountCents: 75_000,
  paidCents: 0,
  status: 'overdue',
  issuedOn: '2026-07-01',
  dueOn: '2026-07-31',
  paidOn: null,
  instalments: [{ number: 1, dueOn: '2026-07-31', amountCents: 75_000, status: 'overdue', paidOn: null }],
  billing: null,
};

/**
 * Approving financial assistance (staff-work/api/assistance-approve-form.ts): the kind, the fields
 * it needs (dollars, a count, a date) and the member's message, checked with the contract's own
 * union and the invoice's rule. Fields the chosen kind does not need are not sent.
 */
const approveAssistanceForm: FormCase<AssistanceApproveFormValues> = {
  values: fc.record({
    kind: fc.constantFrom('reduced' as const, 'waiver' as const, 'longer_schedule' as const),
    amount: amountField(100_000),
    payments: fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), field(0, 4)),
    firstDueOn: fc.oneof({ weight: 3, arbitrary: isoDateText }, { weight: 1, arbitrary: field(0, 12) }),
    reason: field(10, MESSAGE_MAX),
  }),
  client: (values) => clientVerdict(assistanceApproveFormSchema(ASSISTED_INVOICE, TODAY), values),
  submitted: (_values, accepted) => toApproveBody(accepted as AssistanceApproveFormValues),
  asTyped: toApproveBody,
  endpoint: endpoints.approveAssistanceRequest,
  sentAsTyped: (field) => approveFieldForApi(field) ?? null,
};

/**
 * Approving an application (staff-work/components/application/approve-form.tsx): an optional
 * welcome, sent only when written (trimmed, as the contract keeps it).
 */
const welcomeBody = (message: string | undefined) => (message === undefined || message === '' ? {} : { message });
const approveApplicationForm: FormCase<ApplicationApproveFormValues> = {
  values: fc.record({ message: fc.oneof(fc.constant(''), field(0, MESSAGE_MAX)) }),
  client: (values) => clientVerdict(applicationApproveFormSchema, values),
  submitted: (_values, accepted) => welcomeBody((accepted as ApplicationApproveFormValues).message?.trim()),
  asTyped: (values) => welcomeBody(values.message),
  endpoint: endpoints.approveApplication,
  sentAsTyped: (field) => (field === 'message' ? 'message' : null),
};

/** The applicant's answer to MIP's question (answer-question-form.tsx: the contract's schema as its resolver). */
const answerQuestionForm: FormCase<{ answer: string }> = {
  values: fc.record({ answer: field(0, APPLICATION_ANSWER_MAX) }),
  client: (values) => clientVerdict(applicationAnswerBodySchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: (values) => values,
  endpoint: endpoints.answerApplicationQuestion,
  sentAsTyped: identity,
};

/** What a datetime-local field hands over ("2027-07-14T09:00", or '' when empty), or anything typed. */
const wallTimeField: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      '2026-11-01T09:00',
      '2027-06-30T17:00',
      '2027-07-14T09:00',
      '2027-07-14T09:30',
      '2027-07-15T16:00',
      '2027-07-16T08:00',
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 16)),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '2027-07-14', '2027-07-14T9:00', '2027-07-14 09:00') },
  { weight: 1, arbitrary: text(16) },
);

/**
 * A meeting as programs staff write it (staff-work/api/meeting-form-values.ts: the contract's
 * MeetingInput on what the form sends): times from datetime-local fields, the capacity as text.
 */
const meetingForm: (endpoint: Endpoint) => FormCase<MeetingFormValues> = (endpoint) => ({
  values: fc.record({
    kind: fc.constantFrom('winter' as const, 'summer' as const, 'invite_only' as const),
    title: field(1, 160),
    summary: field(1, MESSAGE_MAX),
    timeZone: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...US_TIME_ZONE_IDS) },
      { weight: 1, arbitrary: fc.constant('' as const) },
    ),
    startsAt: wallTimeField,
    endsAt: wallTimeField,
    venue: fc.record({
      name: field(1, 160),
      address: field(1, 200),
      city: field(1, 80),
      state: stateField.map((state) => state as UsStateCode | ''),
    }),
    capacity: fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      { weight: 3, arbitrary: fc.integer({ min: -2, max: 10_002 }).map(String) },
      { weight: 1, arbitrary: fc.constantFrom('1,000', ' 40 ', '12.5', '1e3', 'lots', '０') },
    ),
    registrationOpensAt: wallTimeField,
    registrationClosesAt: wallTimeField,
    travelSupportOffered: fc.boolean(),
    agenda: fc.array(fc.record({ startsAt: wallTimeField, title: field(1, 160), description: field(0, 1000) }), {
      maxLength: 3,
    }),
  }),
  client: (values) => clientVerdict(meetingFormSchema, values),
  submitted: (_values, accepted) => accepted,
  // A capacity that is no number goes as typed (JSON would make NaN a null: no limit).
  asTyped: (values) => {
    const input = meetingInputOf(values);
    return input.capacity === null || Number.isFinite(input.capacity) ? input : { ...input, capacity: values.capacity };
  },
  endpoint,
  sentAsTyped: identity,
});

/**
 * A book as programs and policy staff write it (staff-work/api/book-form-values.ts): the rich text
 * as the editor's markup, made HTML on the way; the policy area and meeting chosen from lists.
 */
const bookForm: (endpoint: Endpoint) => FormCase<BookFormValues> = (endpoint) => ({
  values: fc.record({
    kind: fc.constantFrom('briefing_book' as const, 'resource' as const),
    title: field(1, 160),
    summary: field(1, 600),
    policyArea: fc.constantFrom('', 'housing', 'health'),
    meetingId: fc.constantFrom('', 'winter-2027'),
    introductionHtml: field(0, 2000),
    sections: fc.array(
      fc.record({
        kind: fc.constantFrom('panel' as const, 'workshop' as const, 'reading_list' as const, 'background' as const),
        title: field(1, 160),
        bodyHtml: field(0, 500),
        speakers: fc.array(fc.record({ name: field(1, 120), title: field(0, 160), city: field(0, 80) }), {
          maxLength: 2,
        }),
        readings: fc.array(
          fc.record({
            title: field(1, 200),
            url: fc.oneof(fc.constant(''), fc.constant('https://example.org/report'), text(12)),
            source: field(0, 120),
          }),
          { maxLength: 2 },
        ),
      }),
      { maxLength: 2 },
    ),
  }),
  client: (values) => clientVerdict(bookFormSchema, values),
  submitted: (_values, accepted) => accepted,
  asTyped: bookInputOf,
  endpoint,
  sentAsTyped: identity,
});

/** A form's check, with the type of its values sealed inside. */
interface FormCheck {
  endpoint: Endpoint;
  run: () => Promise<void>;
}

const checkOf = <V>(form: FormCase<V>): FormCheck => ({
  endpoint: form.endpoint,
  run: () =>
    fc.assert(
      fc.asyncProperty(form.values, (values) => checkAgreement(form, values)),
      RUNS,
    ),
});

const FORMS: Record<string, FormCheck> = {
  'memo request (memo-request-form.ts → createMemoRequest)': checkOf(memoForm),
  'memo draft (memo-request-form.ts → saveMemoDraft)': checkOf(memoDraftForm),
  'invite a delegate (delegate-form.ts → createDelegation)': checkOf(inviteForm),
  "change a delegate's access (delegate-form.ts → updateDelegation)": checkOf(accessForm),
  'financial assistance (assistance-form.ts → createAssistanceRequest)': checkOf(assistanceForm),
  'invoice request (invoice-request-form.ts → requestInvoice)': checkOf(invoiceForm),
  'application to join (application-form.ts → createApplication)': checkOf(applicationForm),
  'meeting registration (attendee-form.ts → createRegistrations)': checkOf(registrationForm),
  'attendee needs (registrationNeedsSchema → updateRegistration)': checkOf(needsForm),
  'sign-in (sign-in-form-schema.ts → signIn)': checkOf(signInForm),
  'preview reason (previewCreateBodySchema → startPreview)': checkOf(previewForm),
  'assign a memo request (assign-form.tsx → assignMemoRequest)': checkOf(assignForm),
  'move a memo request along (progress-form.tsx → progressMemoRequest)': checkOf(progressForm),
  'internal note (text-action-form.tsx → addMemoNote)': checkOf(
    textActionForm(endpoints.addMemoNote, 'text', memoNoteBodySchema.shape.text, MESSAGE_MAX),
  ),
  'decline a memo request (text-action-form.tsx → declineMemoRequest)': checkOf(
    textActionForm(endpoints.declineMemoRequest, 'reason', memoDeclineBodySchema.shape.reason, MESSAGE_MAX),
  ),
  'deliver a memo (text-action-form.tsx → deliverMemoRequest)': checkOf(
    textActionForm(endpoints.deliverMemoRequest, 'text', memoDeliverBodySchema.shape.text, MEMO_TEXT_MAX),
  ),
  'approve an application (application/approve-form.tsx → approveApplication)': checkOf(approveApplicationForm),
  'send an invoice (invoices/issue-form.tsx → issueInvoice)': checkOf(issueInvoiceForm),
  'record a payment (api/payment-form.ts → recordInvoicePayment)': checkOf(paymentForm),
  'mark the packet sent (invoices/packet-form.tsx → markPacketSent)': checkOf(packetForm),
  'ask an applicant (text-action-form.tsx → askApplicationQuestion)': checkOf(
    textActionForm(endpoints.askApplicationQuestion, 'question', applicationAskBodySchema.shape.question, MESSAGE_MAX),
  ),
  'decline an application (text-action-form.tsx → declineApplication)': checkOf(
    textActionForm(endpoints.declineApplication, 'reason', applicationDeclineBodySchema.shape.reason, MESSAGE_MAX),
  ),
  "answer MIP's question (answer-question-form.tsx → answerApplicationQuestion)": checkOf(answerQuestionForm),
  'approve travel support (approve-form.tsx → approveTravelSupport)': checkOf(approveTravelForm),
  'approve financial assistance (assistance-approve-form.ts → approveAssistanceRequest)':
    checkOf(approveAssistanceForm),
  'decline financial assistance (text-action-form.tsx → declineAssistanceRequest)': checkOf(
    textActionForm(endpoints.declineAssistanceRequest, 'reason', assistanceDeclineBodySchema.shape.reason, MESSAGE_MAX),
  ),
  'decline travel support (text-action-form.tsx → declineTravelSupport)': checkOf(
    textActionForm(endpoints.declineTravelSupport, 'reason', travelDeclineBodySchema.shape.reason, MESSAGE_MAX),
  ),
  'create a meeting (meeting-form-values.ts → createMeeting)': checkOf(meetingForm(endpoints.createMeeting)),
  'edit a meeting (meeting-form-values.ts → updateMeeting)': checkOf(meetingForm(endpoints.updateMeeting)),
  'cancel a meeting (text-action-form.tsx → cancelMeeting)': checkOf(
    textActionForm(endpoints.cancelMeeting, 'message', cancelMessageSchema, MESSAGE_MAX),
  ),
  'write a book (book-form-values.ts → createBook)': checkOf(bookForm(endpoints.createBook)),
  'edit a book (book-form-values.ts → updateBook)': checkOf(bookForm(endpoints.updateBook)),
  'record a population (population-form-values.ts → recordCityPopulation)': checkOf(populationForm),
  'record a new mayor (new-mayor-form-values.ts → recordNewMayor)': checkOf(newMayorForm),
  'invite a colleague (invite-form.tsx → inviteStaffAccount)': checkOf(staffInviteForm),
  'set the first password (set-password-form.tsx → acceptWelcomeLink)': checkOf(setPasswordForm),
};

describe('every form and the API agree on every verdict', () => {
  for (const [name, form] of Object.entries(FORMS)) {
    it(name, () => form.run());
  }

  it('covers every endpoint whose body a form of the app fills in', () => {
    const covered = new Set(Object.values(FORMS).map((f) => f.endpoint.operationId));
    // Bodies no person types: a choice of buttons or a switch, or made by the app itself.
    const noTyping = [
      'updateMemoPublication',
      'updateDirectoryListing',
      'updateEmailPreferences',
      'createCheckoutSession',
      'updatePaymentPlan',
      // The cities invited: boxes ticked in a list, and a confirmation button.
      'setMeetingInvitations',
      // Publishing and unpublishing a book: a button, and a confirmation.
      'publishBook',
      'unpublishBook',
      // A colleague's areas: boxes ticked in a dialog; deactivating: a button and a confirmation.
      'changeStaffAreas',
      'deactivateStaffAccount',
      // Sending a welcome link again: a button.
      'resendStaffWelcome',
      'resendMayorWelcome',
    ];
    const withBody = Object.values(endpoints as Record<string, Endpoint>)
      .filter((e) => e.body)
      .map((e) => e.operationId);
    expect(withBody.filter((op) => !covered.has(op) && !noTyping.includes(op))).toEqual([]);
  });
});

// ── The small parsers ───────────────────────────────────────────────────────────────────────

describe('dollarsToCents', () => {
  const cents = fc.integer({ min: 0, max: 99_999_999_999_999 });
  const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const written = cents.chain((c) => {
    const dollars = String(Math.floor(c / 100));
    const rest = String(c % 100).padStart(2, '0');
    return fc
      .tuple(
        fc.constantFrom(dollars, group(dollars)),
        fc.constantFrom(
          `.${rest}`,
          ...(rest.endsWith('0') ? [`.${rest.slice(0, 1)}`] : []),
          ...(rest === '00' ? [''] : []),
        ),
        fc.constantFrom('', '$', '$ '),
        fc.constantFrom('', ' ', '\t', ' \n'),
      )
      .map(([d, r, sign, ws]) => ({ c, text: `${ws}${sign}${d}${r}${ws}` }));
  });

  it('reads every way of writing an amount back to the exact cents', () => {
    fc.assert(
      fc.property(written, ({ c, text: typed }) => {
        expect(dollarsToCents(typed)).toBe(c);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back what formatMoney and formatMoney write', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (c) => {
        expect(dollarsToCents(formatMoney(c))).toBe(c);
        expect(dollarsToCents(formatMoney(c))).toBe(c);
      }),
      { numRuns: 300 },
    );
  });

  it('answers null or whole, non-negative, exact cents for anything typed, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(text(1, 20), dollarsText, fc.string({ unit: 'binary' })), (typed) => {
        const result = dollarsToCents(typed);
        if (result !== null) {
          expect(Number.isSafeInteger(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
          // Only digits, commas, one point and a dollar sign: nothing else reads as money.
          expect(typed.trim()).toMatch(/^\$?\s*[\d,]*(\.\d{1,2})?$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readPopulation', () => {
  const MESSAGES: string[] = Object.values(POPULATION_MESSAGES);

  it('reads every way of writing a population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_POPULATION }),
        fc.constantFrom('plain', 'commas', 'spaces', 'padded'),
        (n, style) => {
          const plain = String(n);
          const typed =
            style === 'commas'
              ? n.toLocaleString('en-US')
              : style === 'spaces'
                ? plain.replace(/\B(?=(\d{3})+(?!\d))/g, ' ')
                : style === 'padded'
                  ? ` ${plain}\t`
                  : plain;
          expect(readPopulation(typed)).toEqual({ kind: 'number', population: n });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses above the largest population and below zero, in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_POPULATION + 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(readPopulation(String(n))).toEqual({ kind: 'invalid', message: POPULATION_MESSAGES.tooLarge });
        expect(readPopulation(`-${String(n)}`)).toEqual({ kind: 'invalid', message: POPULATION_MESSAGES.negative });
      }),
    );
  });

  it('answers empty, a whole number in range, or one of its plain messages for anything typed', () => {
    fc.assert(
      fc.property(fc.oneof(text(1, 12), fc.string({ unit: 'binary' })), (typed) => {
        const reading = readPopulation(typed);
        if (reading.kind === 'number') {
          expect(Number.isInteger(reading.population)).toBe(true);
          expect(reading.population).toBeGreaterThanOrEqual(1);
          expect(reading.population).toBeLessThanOrEqual(MAX_POPULATION);
        }
        if (reading.kind === 'invalid') expect(MESSAGES).toContain(reading.message);
        if (reading.kind === 'empty') expect(typed.replace(/[\s,]/g, '')).toBe('');
      }),
      { numRuns: 500 },
    );
  });
});
