import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { getDb } from '@mocks/db/db';
import { clock } from '@mocks/clock';
import type { AssistanceRequestRow, InvoiceRow, PacketRow, ReceivedPaymentRow } from '@mocks/db/rows/dues';
import { currentInvoiceOf } from '@mocks/tests/seed-records';
import { paidInvoiceWithPacketToPostOf, requestedInvoiceOf } from '@mocks/tests/seed-records';
import { isoDateOf } from '@/lib/membership-year';
import type { MeetingRow, RegistrationRow } from '@mocks/db/rows/meetings';
import type { BriefingBookRow } from '@mocks/db/rows/benefits';
import { markupToHtml } from '@/lib/rich-text-markup';
import type { ApplicationRow, MemberRow, PersonRow, WelcomeLinkRow } from '@mocks/db/rows/people';
import type { EndpointName } from '@/api/contracts/endpoints';
import { demo, type renderApp } from '../setup/render-app';
import { hostile, LONG } from './values';

/**
 * Every form of the app that takes free text or choices, as a table: where it is, who uses it, how
 * each field is filled (with a hostile value at the field's limit, see values.ts), how it is sent,
 * where the record lands, and which of the resilience cases apply. A case that doesn't apply says
 * why ("n/a: …"); one that should apply but the app doesn't do yet says so ("gap: …", a todo test).
 * `form-resilience.test.tsx` runs every cell, and fails when a form in src/ is missing here.
 */

export const CASES = [
  '401 on submit',
  'session expired while typing',
  'reload before submitting',
  '5xx on submit',
  'timeout on submit',
  'offline on submit',
] as const;
export type CaseName = (typeof CASES)[number];
export type Coverage = 'run' | `n/a: ${string}` | `gap: ${string}`;

export type View = Awaited<ReturnType<typeof renderApp>>;
export type Actor = keyof typeof demo;

interface FieldBase<Row> {
  /** The field's label, inside the form's scope (exact). */
  label: string;
  /** The value as stored in the record, when it is stored (compared strictly with `expected`). */
  stored?: (row: Row) => unknown;
  /** What the record holds; by default the value (text: after the contract's trim). */
  expected?: unknown;
}

export type FieldSpec<Row> = FieldBase<Row> &
  (
    | {
        kind: 'text';
        value: string;
        /** The contract trims it (the default): the record holds `value.trim()`. */
        trimmed?: boolean;
        /** Written to the draft (the default where the form keeps one): a password never is. */
        inDraft?: boolean;
      }
    | { kind: 'select'; option: string; value: string }
    | { kind: 'date'; value: string }
    | { kind: 'check'; checked: boolean }
  );

export interface FormSpec<Row> {
  name: string;
  /** The files under src/ that hold this form (its `useForm` or `<form>`). */
  sources: readonly string[];
  url: string;
  /** Who is signed in; null: a public page, nobody is. */
  actor: Actor | null;
  /** Before the app starts (the mock is fresh): set up what the form needs. */
  prepare?: () => void;
  /** From the page at `url` to the form (open a dialog…): answers the element the fields are in. */
  open: (view: View) => Promise<HTMLElement>;
  fields: readonly FieldSpec<Row>[];
  /** The submit button's name, inside the scope. */
  submit: string | RegExp;
  /** The request the submit sends; a `*` param matches any value. */
  endpoint: EndpointName;
  params: Readonly<Record<string, string>>;
  /** After the submit worked: waits for the page to say so. */
  done: (view: View) => Promise<void>;
  /** Where the record lands: the rows that the submit created or changed (must end up exactly one). */
  landed: () => readonly Row[];
  cases: Readonly<Record<CaseName, Coverage>>;
}

/** A form of any row type: the table holds them all. */
export type AnyForm = FormSpec<never>;
const defineForm = <Row>(spec: FormSpec<Row>): AnyForm => spec as unknown as AnyForm;

/** Search and filter forms: they send nothing to keep (the query is the URL), so no case applies. */
export const NOT_RESILIENCE_FORMS: Readonly<Record<string, string>> = {
  'src/features/briefing-books/components/library/library-search-form.tsx':
    'a search box: nothing is created or changed; the query lives in the URL, which a reload keeps',
  'src/features/network/components/directory-search-form.tsx':
    'a search box: nothing is created or changed; the query lives in the URL, which a reload keeps',
  'src/features/meetings/components/meeting-list-filters.tsx':
    'filters of a list: nothing is created or changed; the choice lives in the URL, which a reload keeps',
  'src/features/staff-work/components/inbox-filters.tsx':
    'filters of a list: nothing is created or changed; the choice lives in the URL, which a reload keeps',
  'src/features/staff-work/components/library/staff-book-list.tsx':
    'a search box: nothing is created or changed; the query lives in the URL, which a reload keeps',
  'src/features/staff-work/components/accounts/areas-dialog.tsx':
    'boxes ticked in a dialog, nothing typed: a failure keeps the dialog and the choice, and says why (staff-accounts.test.tsx)',
};

// ---------------------------------------------------------------------------------------------
// How forms are reached and how they finish.

const H1 = (name: string | RegExp) => ({ level: 1, name });

/** A form on its own page: the scope is the <form> that holds the submit button. */
function pageForm(heading: string | RegExp, submit: string | RegExp) {
  return async (_view: View): Promise<HTMLElement> => {
    await screen.findByRole('heading', H1(heading));
    const button = await screen.findByRole('button', { name: submit });
    const form = button.closest('form');
    if (!form) throw new Error(`the "${String(submit)}" button is not in a form`);
    return form;
  };
}

/** A form in a dialog, opened by a button (inside `region` when given). */
function dialogForm(opener: string, dialog: string, region?: string) {
  return async ({ user }: View): Promise<HTMLElement> => {
    const inRegion = region ? within(await screen.findByRole('region', { name: region })) : screen;
    await user.click(await inRegion.findByRole('button', { name: opener }));
    return screen.findByRole('dialog', { name: dialog });
  };
}

/** The submit worked when the app moved on to `path`, and that page is up. */
function movesTo(path: RegExp) {
  return async ({ router }: View) => {
    await waitFor(() => expect(router.state.location.pathname).toMatch(path));
    await screen.findByRole('heading', { level: 1 });
  };
}

/** The submit worked when the dialog closed. */
function closes(dialog: string) {
  return async () => {
    await waitFor(() => expect(screen.queryByRole('dialog', { name: dialog })).not.toBeInTheDocument());
  };
}

function says(text: string | RegExp) {
  return async () => {
    expect(await screen.findByText(text)).toBeInTheDocument();
  };
}

const ALL: Readonly<Record<CaseName, Coverage>> = {
  '401 on submit': 'run',
  'session expired while typing': 'run',
  'reload before submitting': 'run',
  '5xx on submit': 'run',
  'timeout on submit': 'run',
  'offline on submit': 'run',
};
const PUBLIC = {
  '401 on submit':
    'n/a: a public endpoint (auth: public): there is no session to expire, and the client asks to sign in again only for session endpoints',
  'session expired while typing': 'n/a: nobody is signed in on a public page, so no session can expire',
} as const;
const NO_DRAFT_DIALOG =
  'n/a: a dialog over a saved record, without a draft by design: a reload closes it, and opening it again starts from the record as saved';
const NO_DRAFT_CHOICES =
  'n/a: choices kept in the page only (no draft by design): after a reload the page shows what is saved, and the choice is one click';

// ---------------------------------------------------------------------------------------------
// Values: each field's hostile value at exactly its limit in the contract (src/api/contracts/*).

const LIMIT = {
  memoTitle: 120, // memos.ts memoRequestBodySchema.title
  memoQuestion: 4000, // …question
  memoBackground: 4000, // …background
  attendeeName: 120, // meetings.ts attendeeInputSchema.name
  attendeeTitle: 120, // …title
  needs: 500, // meetings.ts NEEDS_MAX (dietary, accessibility)
  arrival: 200, // meetings.ts needsFields.arrival
  travelNote: 500, // meetings.ts travelSupportRequestSchema.note
  contactName: 120, // dues.ts invoiceRequestBodySchema.contactName
  addressLine: 120, // …addressLine1, addressLine2
  billingCity: 80, // …city
  purchaseOrder: 40, // …purchaseOrderNumber
  assistanceReason: 4000, // dues.ts assistanceRequestBodySchema.reason
  applicationCity: 80, // joining.ts applicationBodySchema.city
  mayorName: 120, // …mayorName
  billingContactName: 120, // …billingContactName
  applicationPassword: 200, // …password (not trimmed)
  delegateName: 120, // delegations.ts delegationCreateBodySchema.name
  previewReason: 500, // access.ts previewCreateBodySchema.reason
  staffMessage: 2000, // staff-work.ts MESSAGE_MAX (message, note, reason)
  paymentReference: 60, // staff-invoices.ts paymentRecordBodySchema.reference
  populationSource: 200, // staff-cities.ts populationInputSchema.source
  staffName: 120, // staff-accounts.ts staffInviteSchema.name
  staffTitle: 120, // …title
  memoText: 100_000, // staff-memos.ts MEMO_TEXT_MAX
  applicationAnswer: 2000, // joining.ts APPLICATION_ANSWER_MAX
  meetingTitle: 160, // staff-meetings.ts meetingFields.title
  venueName: 160, // …venue.name
  bookTitle: 160, // staff-library.ts bookFields.title
  bookSummary: 600, // …summary
  // …introductionHtml holds 20,000 characters of HTML: the markup typed, with its tags, must fit.
  bookIntroduction: 4000,
  // session.ts signInBodySchema.password has no maximum: it gets the full 10,000.
} as const;

/** A single-line field's value; `tag` makes it this field's own (see values.ts). */
const text = (max: number, tag: string) => hostile(max, { tag });
const textarea = (max: number, tag: string) => hostile(max, { multiline: true, tag });
/** Typed into the book editor's markup textarea, as is (the contract does not trim rich text). */
const BOOK_INTRODUCTION = hostile(LIMIT.bookIntroduction, { multiline: true, trimmed: false, tag: 'Intro' });

// ---------------------------------------------------------------------------------------------
// Rows.

const db = () => getDb();
/** Riverton's invoice this year (its id and dates follow the clock). */
const rivertonInvoice = (): InvoiceRow => {
  const invoice = currentInvoiceOf('riverton');
  if (!invoice) throw new Error('Riverton has no invoice this year');
  return invoice;
};
/** What Riverton owed when the payment form's case began (the payment then settles it). */
let rivertonOwed = 0;
const owedCents = (invoice: InvoiceRow) =>
  invoice.instalments.reduce((sum, i) => sum + (i.paidOn ? 0 : i.amountCents), 0);
/**
 * A form on Riverton's invoice page, as MIP finance staff (Theo) use it: the page's address follows
 * the invoice `prepare` made, and the form is the one that holds the submit button.
 */
function invoiceForm<Row>(spec: Omit<FormSpec<Row>, 'url' | 'actor' | 'open' | 'params'>): AnyForm {
  return defineForm<Row>({
    ...spec,
    get url() {
      return `/staff/invoices/${rivertonInvoice().id}`;
    },
    actor: 'theo',
    open: pageForm(/^Invoice MIP-/, spec.submit),
    params: { invoiceId: '*' },
  });
}
const personByEmail = (email: string) => db().people.find((p) => p.email === email);

/** A colleague Elena invited, whose welcome link (this token) waits in her mailbox. */
const WELCOME_TOKEN = 'form-resilience-welcome-token-0123456789abcdefghij';
const WELCOME_PASSWORD = hostile(LIMIT.applicationPassword, { trimmed: false, tag: 'Password' });
function priyaInvited(): void {
  const now = clock.now().toISOString();
  db().people.push({
    id: 'priya-raman',
    name: 'Priya Raman',
    email: 'priya.raman@mayorsinnovation.example',
    password: 'nobody-knows-it',
    title: null,
    role: 'mip_staff',
    memberId: null,
    termStartedOn: null,
    identifiesAsWoman: false,
    listedInDirectory: false,
    policyAreas: [],
    staffAreas: ['programs'],
    deactivatedAt: null,
  });
  db().welcomeLinks.push({
    id: createHash('sha256').update(WELCOME_TOKEN).digest('hex'),
    personId: 'priya-raman',
    createdAt: now,
    expiresAt: new Date(clock.now().getTime() + 14 * 24 * 3_600_000).toISOString(),
    usedAt: null,
  });
}
const mayorGrantOf = (delegateEmail: string, memberId: string) =>
  db().delegations.filter(
    (d) => d.memberId === memberId && d.delegateId === personByEmail(delegateEmail)?.id && d.revokedAt === null,
  );
const activeRegistrations = (memberId: string, meetingId: string) =>
  db().registrations.filter((r) => r.memberId === memberId && r.meetingId === meetingId && r.status !== 'cancelled');

/** The optional fields every attendee has, on the registration form and the first-meeting RSVP. */
const attendeeNeedsFields = (): FieldSpec<RegistrationRow>[] => [
  {
    kind: 'text',
    label: 'Dietary needs (optional)',
    value: text(LIMIT.needs, 'Dietary'),
    stored: (r) => r.attendee.dietaryNeeds,
  },
  {
    kind: 'text',
    label: 'Accessibility needs (optional)',
    value: text(LIMIT.needs, 'Access'),
    stored: (r) => r.attendee.accessibilityNeeds,
  },
  {
    kind: 'text',
    label: 'Arrival (optional)',
    value: text(LIMIT.arrival, 'Arrival'),
    stored: (r) => r.attendee.arrival,
  },
];

const NEW_DELEGATE = 'rosa.diaz@riverton.example';
/** Ana's password in the sign-in rows: 10,000 hostile characters (the contract sets no maximum, and trims nothing). */
export const SIGN_IN_PASSWORD = hostile(LONG, { trimmed: false });
const APPLICANT = 'priya.natarajan@fairhaven.example';

/** Lakeport's open memo requests in the seed: one in progress, one being scoped. */
const LAND_BANK = 'memo-lakeport-land-bank';
const EV_CHARGING = 'memo-lakeport-ev';
const memoRow = (id: string) => db().memoRequests.filter((m) => m.id === id);
const stepsOf = (id: string, status: string) =>
  memoRow(id).flatMap((m) => m.history.filter((h) => h.status === status));
/** A staff action's form is done when the request's page no longer offers to answer it. */
const answered = async () => {
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Answer the request' })).not.toBeInTheDocument());
};

/** Lakeport's mayor's travel-support request in the seed, waiting for MIP's decision. */
const MARCUS_TRAVEL = 'reg-housing-affordability-convening-lakeport-2';
const MARCUS_TRAVEL_HEADING = 'Marcus Bell to the Housing Affordability Convening';
const travelRow = (id: string) => db().registrations.filter((r) => r.id === id);
/** A decision's form is done when the request's page no longer offers to decide it. */
const decided = async () => {
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Decide the request' })).not.toBeInTheDocument());
};

/** Cedar Falls' request for financial assistance in the seed, waiting for MIP's decision. */
const CEDAR_FALLS_ASSISTANCE = 'assist-cedar-falls-2026';
const ASSISTANCE_HEADING = 'Help with 2026–27 dues';
const assistanceRow = (id: string) => db().assistanceRequests.filter((r) => r.id === id);

/** Lee Chen's application for Millbrook in the seed, waiting for MIP's decision. */
const MILLBROOK_APPLICATION = 'app-millbrook';
const APPLICATION_HEADING = 'Millbrook, New York applies to join';
const applicationRow = () => db().applications.filter((a) => a.id === MILLBROOK_APPLICATION);
/** A decision's form is done when the application's page no longer offers to decide it. */
const applicationDecided = async () => {
  await waitFor(() => expect(screen.queryByRole('region', { name: 'Decide the application' })).not.toBeInTheDocument());
};
/** MIP asked Lee a question about Millbrook's application, which waits for his answer. */
function askLee(): void {
  const row = applicationRow()[0];
  if (!row) throw new Error('The seed has no Millbrook application');
  row.status = 'information_requested';
  row.questions.push({
    id: 'question-form-resilience',
    question: 'Has your council voted to fund the membership this year?',
    askedAt: new Date().toISOString(),
    askedById: 'theo-grant',
    answer: null,
    answeredAt: null,
  });
}

export const FORMS: readonly AnyForm[] = [
  defineForm({
    name: 'memo request',
    sources: ['src/features/memos/components/memo-request-form.tsx'],
    url: '/m/riverton/memos/new',
    actor: 'ana',
    open: pageForm('Request a policy memo', 'Send request'),
    fields: [
      { kind: 'text', label: 'Title', value: text(LIMIT.memoTitle, 'Title'), stored: (r) => r.title },
      { kind: 'select', label: 'Policy area', option: 'Housing', value: 'housing', stored: (r) => r.policyAreaId },
      {
        kind: 'text',
        label: 'Your question',
        value: textarea(LIMIT.memoQuestion, 'Question'),
        stored: (r) => r.question,
      },
      {
        kind: 'text',
        label: 'Background (optional)',
        value: textarea(LIMIT.memoBackground, 'Background'),
        stored: (r) => r.background,
      },
      {
        kind: 'date',
        label: 'When would the memo help most? (optional)',
        value: '2099-03-15',
        stored: (r) => r.desiredDate,
      },
    ],
    submit: 'Send request',
    endpoint: 'createMemoRequest',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/memos\/memo-/),
    landed: () => db().memoRequests.filter((m) => m.memberId === 'riverton' && m.status === 'submitted'),
    cases: ALL,
  }),

  defineForm({
    name: 'meeting registration',
    // The fields themselves are in attendee-fieldset.tsx.
    sources: ['src/features/meetings/components/registration/register-form.tsx'],
    url: '/m/riverton/meetings/winter-2027/register',
    actor: 'ana',
    open: pageForm('Register for the Winter Meeting 2027', 'Register 1 person'),
    fields: [
      { kind: 'text', label: 'Full name', value: text(LIMIT.attendeeName, 'Name'), stored: (r) => r.attendee.name },
      { kind: 'text', label: 'Job title', value: text(LIMIT.attendeeTitle, 'Job'), stored: (r) => r.attendee.title },
      ...attendeeNeedsFields(),
    ],
    submit: 'Register 1 person',
    endpoint: 'createRegistrations',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/meetings\/winter-2027$/),
    landed: () => activeRegistrations('riverton', 'winter-2027'),
    cases: ALL,
  }),

  defineForm({
    name: 'meeting RSVP with travel support',
    sources: ['src/features/meetings/components/registration/register-form.tsx'],
    url: '/m/riverton/meetings/housing-affordability-convening/register',
    actor: 'ana',
    open: pageForm('RSVP for the Housing Affordability Convening', 'Register 1 person'),
    fields: [
      { kind: 'check', label: 'Request travel support', checked: true },
      {
        kind: 'text',
        label: 'Estimated cost of travel, in dollars',
        // An amount: digits by the form's rules; stored in cents.
        value: '1,250.50',
        stored: (r) => r.travelSupport?.estimatedCostCents,
        expected: 125_050,
      },
      {
        kind: 'text',
        label: 'Note for MIP (optional)',
        value: textarea(LIMIT.travelNote, 'Travel'),
        stored: (r) => r.travelSupport?.note,
      },
    ],
    submit: 'Register 1 person',
    endpoint: 'createRegistrations',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/meetings\/housing-affordability-convening$/),
    landed: () => activeRegistrations('riverton', 'housing-affordability-convening'),
    cases: ALL,
  }),

  defineForm({
    name: 'change needs (dialog)',
    sources: ['src/features/meetings/components/registration/edit-needs-dialog.tsx'],
    url: '/m/lakeport/meetings/winter-2027',
    actor: 'marcus',
    open: dialogForm('Change needs for Marcus Bell', 'Needs for Marcus Bell', "Your city's registrations"),
    fields: [
      {
        kind: 'text',
        label: 'Dietary needs',
        value: text(LIMIT.needs, 'Dietary'),
        stored: (r) => r.attendee.dietaryNeeds,
      },
      {
        kind: 'text',
        label: 'Accessibility needs',
        value: text(LIMIT.needs, 'Access'),
        stored: (r) => r.attendee.accessibilityNeeds,
      },
      { kind: 'text', label: 'Arrival', value: text(LIMIT.arrival, 'Arrival'), stored: (r) => r.attendee.arrival },
    ],
    submit: 'Save',
    endpoint: 'updateRegistration',
    params: { registrationId: '*' },
    done: closes('Needs for Marcus Bell'),
    landed: () => activeRegistrations('lakeport', 'winter-2027').filter((r) => r.attendee.name === 'Marcus Bell'),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_DIALOG },
  }),

  defineForm({
    name: 'free first Winter Meeting (prospective mayor, dialog)',
    sources: ['src/features/meetings/components/registration/guest-registration-dialog.tsx'],
    url: '/welcome',
    actor: 'leeChen',
    open: dialogForm(
      'Register for the Winter Meeting 2027',
      'Register for the Winter Meeting 2027',
      'Your first Winter Meeting is free',
    ),
    fields: [...attendeeNeedsFields()],
    submit: 'Register',
    endpoint: 'createRegistrations',
    params: { memberId: 'millbrook' },
    done: closes('Register for the Winter Meeting 2027'),
    landed: () => activeRegistrations('millbrook', 'winter-2027'),
    cases: {
      ...ALL,
      'reload before submitting':
        'n/a: a dialog of three optional notes without a draft: a reload closes it, and the widget offers it again empty',
    },
  }),

  defineForm({
    name: 'invoice request',
    sources: ['src/features/dues/components/invoice-request-form.tsx'],
    url: '/m/riverton/dues/invoice-request',
    actor: 'ana',
    open: pageForm('Request an invoice', 'Request the invoice'),
    fields: [
      {
        kind: 'text',
        label: "Billing contact's name",
        value: text(LIMIT.contactName, 'Contact'),
        stored: (r) => r.billing?.contactName,
      },
      {
        kind: 'text',
        label: "Billing contact's e-mail",
        // An e-mail address is ASCII by the contract (z.email): no hostile text fits.
        value: 'ap@riverton.example',
        stored: (r) => r.billing?.contactEmail,
      },
      {
        kind: 'text',
        label: 'Address line 1',
        value: text(LIMIT.addressLine, 'Street'),
        stored: (r) => r.billing?.addressLine1,
      },
      {
        kind: 'text',
        label: 'Address line 2 (optional)',
        // The same as line 1, on purpose: the invoice once keyed its address lines by their text,
        // and two equal lines made React drop one (billing-details.tsx, invoice-document.tsx).
        value: text(LIMIT.addressLine, 'Street'),
        stored: (r) => r.billing?.addressLine2,
      },
      { kind: 'text', label: 'City', value: text(LIMIT.billingCity, 'City'), stored: (r) => r.billing?.city },
      { kind: 'select', label: 'State', option: 'Wisconsin', value: 'WI', stored: (r) => r.billing?.state },
      // A ZIP code is digits by the contract: no hostile text fits.
      { kind: 'text', label: 'ZIP code', value: '53703-1234', stored: (r) => r.billing?.postalCode },
      {
        kind: 'text',
        label: 'Purchase order number (optional)',
        value: text(LIMIT.purchaseOrder, 'PO'),
        stored: (r) => r.billing?.purchaseOrderNumber,
      },
    ],
    submit: 'Request the invoice',
    endpoint: 'requestInvoice',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/dues\/invoices\//),
    // Riverton's invoices start without billing details; a second request would replace them, so
    // "once" is: one invoice carries them.
    landed: () => db().invoices.filter((i) => i.memberId === 'riverton' && i.billing !== null),
    cases: ALL,
  }),

  defineForm({
    name: 'financial assistance',
    sources: ['src/features/dues/components/assistance-form.tsx'],
    url: '/m/riverton/dues/assistance',
    actor: 'ana',
    open: pageForm('Ask for financial assistance', 'Send the request to MIP'),
    fields: [
      {
        kind: 'text',
        label: 'Why does the city need help with dues this year?',
        value: textarea(LIMIT.assistanceReason, 'Reason'),
        stored: (r) => r.reason,
      },
      {
        kind: 'text',
        label: 'What can the city pay this year, in dollars?',
        // An amount: digits by the form's rules; stored in cents.
        value: '1,250.50',
        stored: (r) => r.canPayCents,
        expected: 125_050,
      },
    ],
    submit: 'Send the request to MIP',
    endpoint: 'createAssistanceRequest',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/dues$/),
    landed: () => db().assistanceRequests.filter((r) => r.memberId === 'riverton'),
    cases: ALL,
  }),

  defineForm({
    name: 'membership application (public)',
    sources: ['src/features/joining/components/application-form.tsx'],
    url: '/join',
    actor: null,
    open: pageForm('Join the Mayors Innovation Project', 'Send application'),
    fields: [
      { kind: 'text', label: 'City', value: text(LIMIT.applicationCity, 'City'), stored: (r) => r.city },
      { kind: 'select', label: 'State', option: 'Oregon', value: 'OR', stored: (r) => r.state },
      // A number by the contract; stored as one.
      { kind: 'text', label: 'Population', value: '62000', stored: (r) => r.population, expected: 62_000 },
      { kind: 'text', label: "Mayor's full name", value: text(LIMIT.mayorName, 'Mayor'), stored: (r) => r.mayorName },
      // ASCII by the contract (z.email).
      { kind: 'text', label: "Mayor's e-mail address", value: APPLICANT, stored: (r) => r.email },
      {
        kind: 'date',
        label: "When did the mayor's current term start?",
        value: '2025-01-06',
        stored: (r) => r.termStartedOn,
      },
      {
        kind: 'text',
        label: "Billing contact's name",
        value: text(LIMIT.billingContactName, 'Billing'),
        stored: (r) => r.billingContactName,
      },
      {
        kind: 'text',
        label: "Billing contact's e-mail address",
        value: 'finance@fairhaven.example',
        stored: (r) => r.billingContactEmail,
      },
      {
        kind: 'text',
        label: 'Choose a password',
        value: hostile(LIMIT.applicationPassword, { trimmed: false, tag: 'Password' }),
        trimmed: false,
        inDraft: false,
        stored: (r) => db().people.find((p) => p.id === r.personId)?.password,
      },
    ],
    submit: 'Send application',
    endpoint: 'createApplication',
    params: {},
    done: movesTo(/^\/welcome$/),
    landed: () => db().applications.filter((a) => a.email === APPLICANT),
    cases: { ...ALL, ...PUBLIC },
  }),

  defineForm({
    name: 'delegate invitation',
    sources: ['src/features/access/components/invite-delegate-form.tsx'],
    url: '/m/riverton/access',
    actor: 'ana',
    open: pageForm('Delegates', 'Add delegate'),
    fields: [
      {
        kind: 'text',
        label: 'Their name',
        value: text(LIMIT.delegateName, 'Delegate'),
        stored: (r) => db().people.find((p) => p.id === r.delegateId)?.name,
      },
      // ASCII by the contract (z.email).
      {
        kind: 'text',
        label: 'Their work e-mail address',
        value: NEW_DELEGATE,
        stored: (r) => db().people.find((p) => p.id === r.delegateId)?.email,
      },
      { kind: 'check', label: 'Meetings', checked: true },
      { kind: 'check', label: 'Policy memos', checked: true },
      { kind: 'check', label: 'Dues', checked: false, stored: (r) => r.scopes, expected: ['meetings', 'memos'] },
      { kind: 'date', label: 'Last day of access (optional)', value: '2099-12-31', stored: (r) => r.endsOn },
    ],
    submit: 'Add delegate',
    endpoint: 'createDelegation',
    params: { memberId: 'riverton' },
    // A fresh, empty form takes its place once the delegate was added. (Not the toast alone: the
    // toast store outlives a test, so the last test's "… can now act for you" may still show.)
    done: async () => {
      await waitFor(() => expect(screen.getByLabelText('Their name')).toHaveValue(''));
      expect(screen.getAllByText(/can now act for you/).length).toBeGreaterThan(0);
    },
    landed: () => mayorGrantOf(NEW_DELEGATE, 'riverton'),
    cases: ALL,
  }),

  defineForm({
    name: 'change access (dialog)',
    sources: ['src/features/access/components/change-access-dialog.tsx'],
    url: '/m/riverton/access',
    actor: 'ana',
    open: dialogForm('Change access for Jordan Lee', "Change Jordan Lee's access"),
    fields: [
      { kind: 'check', label: 'Meetings', checked: true },
      { kind: 'check', label: 'Policy memos', checked: false },
      { kind: 'check', label: 'Dues', checked: true, stored: (r) => r.scopes, expected: ['meetings', 'dues'] },
      { kind: 'date', label: 'Last day of access (optional)', value: '2099-12-31', stored: (r) => r.endsOn },
    ],
    // After a failure the button says "Try again".
    submit: /^(Save access|Try again)$/,
    endpoint: 'updateDelegation',
    params: { delegationId: '*' },
    done: closes("Change Jordan Lee's access"),
    landed: () => mayorGrantOf(demo.jordan, 'riverton'),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_DIALOG },
  }),

  defineForm({
    name: 'preview reason (MIP staff, dialog)',
    sources: ['src/features/preview/components/start-preview-dialog.tsx'],
    url: '/staff/members',
    actor: 'morgan',
    open: dialogForm('Preview as member: Riverton', "Preview Riverton's hub"),
    fields: [
      {
        kind: 'text',
        label: 'Reason for this preview',
        value: textarea(LIMIT.previewReason, 'Reason'),
        stored: (r) => r.reason,
      },
    ],
    submit: 'Start preview',
    endpoint: 'startPreview',
    params: {},
    done: movesTo(/^\/m\/riverton$/),
    // The seed holds an earlier (ended) preview of Riverton by Morgan: only this test's counts.
    landed: () =>
      db().previews.filter(
        (p) =>
          p.memberId === 'riverton' && p.staffId === personByEmail(demo.morgan)?.id && p.id !== 'preview-seed-riverton',
      ),
    cases: {
      ...ALL,
      'reload before submitting':
        'n/a: a one-question dialog without a draft by design: a reload closes it, and a preview needs its reason given again',
    },
  }),

  defineForm({
    name: 'directory listing (settings)',
    sources: ['src/features/network/components/directory-listing-form.tsx'],
    url: '/m/riverton/settings',
    actor: 'ana',
    open: pageForm('Your settings', 'Save directory choice'),
    fields: [{ kind: 'check', label: 'List me in the directory', checked: false, stored: (r) => r.listedInDirectory }],
    submit: 'Save directory choice',
    endpoint: 'updateDirectoryListing',
    params: { personId: 'ana-ortiz' },
    done: says('Saved. You are not listed.'),
    landed: () => db().people.filter((p) => p.email === demo.ana),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_CHOICES },
  }),

  defineForm({
    name: 'e-mail preferences (settings)',
    sources: ['src/features/network/components/email-preferences-form.tsx'],
    url: '/m/riverton/settings',
    actor: 'ana',
    open: pageForm('Your settings', 'Save e-mail choices'),
    fields: [
      { kind: 'check', label: 'Monthly newsletter', checked: false, stored: (r) => r.newsletter },
      { kind: 'check', label: 'Meeting announcements', checked: true, stored: (r) => r.meetingAnnouncements },
      { kind: 'check', label: 'Track news', checked: false, stored: (r) => r.trackNews },
      {
        kind: 'check',
        label: 'Updates on your city’s requests',
        checked: false,
        stored: (r) => r.requestUpdates,
      },
    ],
    submit: 'Save e-mail choices',
    endpoint: 'updateEmailPreferences',
    params: { personId: 'ana-ortiz' },
    done: says('Saved. Your e-mail choices are up to date.'),
    landed: () => db().emailPreferences.filter((p) => p.personId === 'ana-ortiz'),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_CHOICES },
  }),

  defineForm({
    name: 'payment schedule',
    sources: ['src/features/dues/components/payment-plan-form.tsx'],
    url: '/m/riverton/dues/plan',
    actor: 'ana',
    open: pageForm('Payment schedule', /^Confirm /),
    fields: [{ kind: 'check', label: 'Four payments', checked: true, stored: (r) => r.instalments, expected: 4 }],
    submit: 'Confirm four payments',
    endpoint: 'updatePaymentPlan',
    params: { memberId: 'riverton' },
    done: movesTo(/^\/m\/riverton\/dues$/),
    landed: () => db().paymentPlans.filter((p) => p.memberId === 'riverton'),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_CHOICES },
  }),

  defineForm({
    name: 'sign-in (public; also the sign-in-again dialog)',
    sources: ['src/features/session/components/sign-in-form.tsx'],
    url: '/sign-in',
    actor: null,
    // The contract sets no maximum on a password: Ana's becomes a 10,000-character hostile one.
    prepare: () => {
      const ana = personByEmail(demo.ana);
      if (ana) ana.password = SIGN_IN_PASSWORD;
    },
    open: pageForm('Sign in', 'Sign in'),
    fields: [
      { kind: 'text', label: 'E-mail address', value: demo.ana },
      { kind: 'text', label: 'Password', value: SIGN_IN_PASSWORD, trimmed: false, inDraft: false },
    ],
    submit: 'Sign in',
    endpoint: 'signIn',
    params: {},
    done: movesTo(/^\/m\/riverton$/),
    landed: () => db().sessions.filter((s) => s.personId === personByEmail(demo.ana)?.id),
    cases: {
      ...ALL,
      ...PUBLIC,
      'reload before submitting':
        'n/a: never kept, by design: a password is never written to storage, and an e-mail alone is retyped in seconds',
    },
  }),
  defineForm({
    name: 'assign a memo request (MIP policy staff)',
    sources: ['src/features/staff-work/components/memo/assign-form.tsx'],
    url: `/staff/memo-requests/${LAND_BANK}`,
    actor: 'morgan',
    open: pageForm('Land bank strategy for vacant lots', 'Assign'),
    fields: [
      {
        kind: 'select',
        label: 'Assigned to',
        option: 'Nadia Brooks, Senior Policy Analyst',
        value: 'nadia-brooks',
        stored: (r) => r.assigneeId,
      },
    ],
    submit: 'Assign',
    endpoint: 'assignMemoRequest',
    params: { memoRequestId: LAND_BANK },
    done: async () => {
      await screen.findByText('Assigned to Nadia Brooks', { selector: 'span' });
    },
    landed: () => memoRow(LAND_BANK).filter((m) => m.assigneeId === 'nadia-brooks'),
    cases: { ...ALL, 'reload before submitting': NO_DRAFT_CHOICES },
  }),

  defineForm({
    name: 'move a memo request along (MIP policy staff)',
    sources: ['src/features/staff-work/components/memo/progress-form.tsx'],
    url: `/staff/memo-requests/${EV_CHARGING}`,
    actor: 'morgan',
    open: pageForm('Curbside EV charging', 'Send and move it along'),
    fields: [
      {
        kind: 'text',
        label: 'Message to the member',
        value: textarea(LIMIT.staffMessage, 'Message'),
        stored: (r) => r.message,
      },
    ],
    submit: 'Send and move it along',
    endpoint: 'progressMemoRequest',
    params: { memoRequestId: EV_CHARGING },
    // In progress is the last step before delivery: the form leaves the page.
    done: async () => {
      await waitFor(() => expect(screen.queryByLabelText('Message to the member')).not.toBeInTheDocument());
    },
    landed: () => stepsOf(EV_CHARGING, 'in_progress'),
    cases: ALL,
  }),

  defineForm({
    name: 'internal note on a memo request (MIP policy staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/memo-requests/${LAND_BANK}`,
    actor: 'morgan',
    open: pageForm('Land bank strategy for vacant lots', 'Add note'),
    fields: [{ kind: 'text', label: 'Note', value: textarea(LIMIT.staffMessage, 'Note'), stored: (r) => r.text }],
    submit: 'Add note',
    endpoint: 'addMemoNote',
    params: { memoRequestId: LAND_BANK },
    done: async () => {
      await waitFor(() => expect(screen.getByLabelText('Note')).toHaveValue(''));
    },
    landed: () => memoRow(LAND_BANK).flatMap((m) => m.internalNotes),
    cases: ALL,
  }),

  defineForm({
    name: 'decline a memo request (MIP policy staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/memo-requests/${LAND_BANK}`,
    actor: 'morgan',
    open: pageForm('Land bank strategy for vacant lots', 'Decline the request'),
    fields: [
      {
        kind: 'text',
        label: 'Why MIP declines it',
        value: textarea(LIMIT.staffMessage, 'Reason'),
        stored: (r) => r.message,
      },
    ],
    submit: 'Decline the request',
    endpoint: 'declineMemoRequest',
    params: { memoRequestId: LAND_BANK },
    done: answered,
    landed: () => stepsOf(LAND_BANK, 'declined'),
    cases: ALL,
  }),

  defineForm({
    name: 'deliver a memo (MIP policy staff)',
    // The memo's file is optional and can't be kept as a draft; its checks are in staff-memos.test.tsx.
    sources: ['src/features/staff-work/components/memo/deliver-form.tsx'],
    url: `/staff/memo-requests/${LAND_BANK}`,
    actor: 'morgan',
    open: pageForm('Land bank strategy for vacant lots', 'Deliver the memo'),
    // The record holds the memo as HTML made from the text (checked in mocks/tests/staff-memos.test.ts).
    fields: [{ kind: 'text', label: 'The memo', value: textarea(LIMIT.memoText, 'Memo') }],
    submit: 'Deliver the memo',
    endpoint: 'deliverMemoRequest',
    params: { memoRequestId: LAND_BANK },
    done: answered,
    landed: () => stepsOf(LAND_BANK, 'delivered'),
    cases: ALL,
  }),

  invoiceForm<InvoiceRow>({
    name: 'send the invoice a city asked for (MIP finance staff)',
    sources: ['src/features/staff-work/components/invoices/issue-form.tsx'],
    prepare: () => requestedInvoiceOf('riverton'),
    fields: [
      {
        kind: 'text',
        label: 'Purchase order number',
        value: hostile(LIMIT.purchaseOrder, { tag: 'PO' }),
        stored: (r) => r.billing?.purchaseOrderNumber,
      },
    ],
    submit: 'Mark the invoice sent',
    endpoint: 'issueInvoice',
    done: async () => {
      await waitFor(() => expect(screen.queryByLabelText('Purchase order number')).not.toBeInTheDocument());
    },
    landed: () => [rivertonInvoice()].filter((i) => i.billing?.issuedAt),
    cases: {
      ...ALL,
      'reload before submitting':
        "n/a: one field that opens filled with the city's purchase order (no draft by design): after a reload it shows the number on file again, and a correction is a few keystrokes",
    },
  }),

  invoiceForm<ReceivedPaymentRow>({
    name: 'record a check or transfer (MIP finance staff)',
    sources: ['src/features/staff-work/components/invoices/payment-form.tsx'],
    prepare: () => {
      requestedInvoiceOf('riverton');
      rivertonOwed = owedCents(rivertonInvoice());
    },
    fields: [
      {
        kind: 'text',
        label: 'Amount (dollars)',
        // What Riverton still owes, as dollars: a payment covers whole payments of the schedule.
        get value() {
          return (rivertonOwed / 100).toFixed(2);
        },
        stored: (r) => r.amountCents,
        get expected() {
          return rivertonOwed;
        },
      },
      {
        kind: 'date',
        label: 'Date received',
        get value() {
          return rivertonInvoice().issuedOn;
        },
        stored: (r) => r.receivedOn,
      },
      {
        kind: 'text',
        label: 'Check number or transfer reference',
        value: hostile(LIMIT.paymentReference, { tag: 'Ref' }),
        stored: (r) => r.reference,
      },
    ],
    submit: 'Record payment',
    endpoint: 'recordInvoicePayment',
    done: says('Payments received'),
    landed: () => db().receivedPayments,
    cases: ALL,
  }),

  defineForm<MemberRow>({
    name: "record a city's population (MIP finance staff)",
    sources: ['src/features/staff-work/components/cities/population-form.tsx'],
    url: '/staff/members/riverton',
    actor: 'theo',
    open: pageForm('Riverton, WI', 'Record population'),
    params: { memberId: 'riverton' },
    fields: [
      {
        kind: 'text',
        label: 'Population',
        value: '305,000',
        stored: (r) => r.populationChange?.population,
        expected: 305_000,
      },
      {
        kind: 'text',
        label: 'Where the figure comes from',
        value: hostile(LIMIT.populationSource, { tag: 'Source' }),
        stored: (r) => r.populationChange?.source,
      },
      {
        kind: 'date',
        label: 'The date the figure counts',
        value: '2025-07-01',
        stored: (r) => r.populationChange?.asOf,
      },
    ],
    submit: 'Record population',
    endpoint: 'recordCityPopulation',
    done: says('Population recorded: it applies from Jul 1, 2027'),
    landed: () => db().members.filter((m) => m.id === 'riverton' && m.populationChange !== null),
    cases: ALL,
  }),

  defineForm<PersonRow>({
    name: 'invite a colleague (MIP admin)',
    sources: ['src/features/staff-work/components/accounts/invite-form.tsx'],
    url: '/staff/accounts',
    actor: 'elena',
    open: pageForm('Staff accounts', 'Invite colleague'),
    params: {},
    fields: [
      { kind: 'text', label: 'Name', value: hostile(LIMIT.staffName, { tag: 'Colleague' }), stored: (r) => r.name },
      {
        kind: 'text',
        label: 'E-mail address',
        value: 'priya.raman@mayorsinnovation.example',
        stored: (r) => r.email,
      },
      {
        kind: 'text',
        label: 'Job title (optional)',
        value: hostile(LIMIT.staffTitle, { tag: 'Title' }),
        stored: (r) => r.title,
      },
      { kind: 'check', label: 'Programs', checked: true },
    ],
    submit: 'Invite colleague',
    endpoint: 'inviteStaffAccount',
    done: says(/now has a staff account: a welcome e-mail .* on its way to priya\.raman@mayorsinnovation\.example$/),
    landed: () => db().people.filter((p) => p.email === 'priya.raman@mayorsinnovation.example'),
    cases: ALL,
  }),

  defineForm<PersonRow>({
    name: "record a city's new mayor (MIP finance staff)",
    sources: ['src/features/staff-work/components/cities/new-mayor-form.tsx'],
    url: '/staff/members/riverton',
    actor: 'theo',
    open: pageForm('Riverton, WI', 'Record new mayor'),
    params: { memberId: 'riverton' },
    fields: [
      {
        kind: 'text',
        label: "The new mayor's name",
        value: hostile(LIMIT.mayorName, { tag: 'Mayor' }),
        stored: (r) => r.name,
      },
      { kind: 'text', label: 'Their e-mail address', value: 'rosa.delgado@riverton.example', stored: (r) => r.email },
      { kind: 'date', label: 'The day their term started', value: '2026-11-02', stored: (r) => r.termStartedOn },
    ],
    submit: 'Record new mayor',
    endpoint: 'recordNewMayor',
    done: says(/is now Riverton's mayor in the Hub$/),
    landed: () => db().people.filter((p) => p.memberId === 'riverton' && p.email === 'rosa.delgado@riverton.example'),
    cases: ALL,
  }),

  invoiceForm<PacketRow>({
    name: 'mark the membership packet sent (MIP finance staff)',
    sources: ['src/features/staff-work/components/invoices/packet-form.tsx'],
    prepare: () => paidInvoiceWithPacketToPostOf('riverton'),
    fields: [
      {
        kind: 'date',
        label: 'Date posted',
        get value() {
          return isoDateOf(clock.now());
        },
        stored: (r) => r.sentOn,
      },
    ],
    submit: 'Mark the packet sent',
    endpoint: 'markPacketSent',
    done: async () => {
      expect(await screen.findByText(/^Posted /)).toBeInTheDocument();
    },
    landed: () => db().packets.filter((p) => p.memberId === 'riverton' && p.sentOn !== null),
    cases: {
      ...ALL,
      'reload before submitting':
        'n/a: one date that opens on today (no draft by design): after a reload it shows today again, and any other date is one pick',
    },
  }),

  defineForm<ApplicationRow>({
    name: 'approve an application (MIP finance staff)',
    sources: ['src/features/staff-work/components/application/approve-form.tsx'],
    url: `/staff/applications/${MILLBROOK_APPLICATION}`,
    actor: 'theo',
    open: pageForm(APPLICATION_HEADING, 'Approve: make Millbrook a member'),
    fields: [
      {
        kind: 'text',
        label: 'Welcome message (optional)',
        value: textarea(LIMIT.staffMessage, 'Welcome'),
        stored: (r) => r.welcomeMessage,
      },
    ],
    submit: 'Approve: make Millbrook a member',
    endpoint: 'approveApplication',
    params: { applicationId: MILLBROOK_APPLICATION },
    done: applicationDecided,
    landed: () => applicationRow().filter((r) => r.status === 'approved'),
    cases: ALL,
  }),

  defineForm<ApplicationRow>({
    name: 'ask an applicant for more information (MIP finance staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/applications/${MILLBROOK_APPLICATION}`,
    actor: 'theo',
    open: pageForm(APPLICATION_HEADING, 'Ask the applicant'),
    fields: [
      {
        kind: 'text',
        label: 'Your question to the applicant',
        value: textarea(LIMIT.staffMessage, 'Question'),
        stored: (r) => r.questions.at(-1)?.question,
      },
    ],
    submit: 'Ask the applicant',
    endpoint: 'askApplicationQuestion',
    params: { applicationId: MILLBROOK_APPLICATION },
    done: async () => {
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Ask the applicant' })).not.toBeInTheDocument());
    },
    landed: () => applicationRow().filter((r) => r.status === 'information_requested'),
    cases: ALL,
  }),

  defineForm<ApplicationRow>({
    name: 'decline an application (MIP finance staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/applications/${MILLBROOK_APPLICATION}`,
    actor: 'theo',
    open: pageForm(APPLICATION_HEADING, 'Decline the application'),
    fields: [
      {
        kind: 'text',
        label: 'Why MIP declines it',
        value: textarea(LIMIT.staffMessage, 'Reason'),
        stored: (r) => r.declineReason,
      },
    ],
    submit: 'Decline the application',
    endpoint: 'declineApplication',
    params: { applicationId: MILLBROOK_APPLICATION },
    done: applicationDecided,
    landed: () => applicationRow().filter((r) => r.status === 'declined'),
    cases: ALL,
  }),

  defineForm<ApplicationRow>({
    name: "answer MIP's question about the application (prospective mayor)",
    sources: ['src/features/joining/components/answer-question-form.tsx'],
    url: '/welcome',
    actor: 'leeChen',
    prepare: askLee,
    open: pageForm('Welcome, Mayor Chen', 'Send your answer'),
    fields: [
      {
        kind: 'text',
        label: 'Your answer',
        value: textarea(LIMIT.applicationAnswer, 'Answer'),
        stored: (r) => r.questions.at(-1)?.answer,
      },
    ],
    submit: 'Send your answer',
    endpoint: 'answerApplicationQuestion',
    params: { memberId: 'millbrook' },
    done: async () => {
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Send your answer' })).not.toBeInTheDocument());
    },
    landed: () => applicationRow().filter((r) => r.status === 'answered'),
    cases: ALL,
  }),

  defineForm<RegistrationRow>({
    name: 'approve travel support (MIP programs staff)',
    sources: ['src/features/staff-work/components/travel/approve-form.tsx'],
    url: `/staff/travel-support/${MARCUS_TRAVEL}`,
    actor: 'morgan',
    open: pageForm(MARCUS_TRAVEL_HEADING, 'Approve the request'),
    fields: [
      {
        kind: 'text',
        label: 'Amount MIP covers, in dollars',
        value: '650',
        expected: 65_000,
        stored: (r) => r.travelSupport?.approvedCents,
      },
      {
        kind: 'text',
        label: 'Message to the member (optional)',
        value: textarea(LIMIT.staffMessage, 'Message'),
        stored: (r) => r.travelSupport?.decisionNote,
      },
    ],
    submit: 'Approve the request',
    endpoint: 'approveTravelSupport',
    params: { registrationId: MARCUS_TRAVEL },
    done: decided,
    landed: () => travelRow(MARCUS_TRAVEL).filter((r) => r.travelSupport?.status === 'approved'),
    cases: ALL,
  }),

  defineForm<RegistrationRow>({
    name: 'decline travel support (MIP programs staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/travel-support/${MARCUS_TRAVEL}`,
    actor: 'morgan',
    open: pageForm(MARCUS_TRAVEL_HEADING, 'Decline the request'),
    fields: [
      {
        kind: 'text',
        label: 'Why MIP declines it',
        value: textarea(LIMIT.staffMessage, 'Reason'),
        stored: (r) => r.travelSupport?.decisionNote,
      },
    ],
    submit: 'Decline the request',
    endpoint: 'declineTravelSupport',
    params: { registrationId: MARCUS_TRAVEL },
    done: decided,
    landed: () => travelRow(MARCUS_TRAVEL).filter((r) => r.travelSupport?.status === 'declined'),
    cases: ALL,
  }),

  defineForm<AssistanceRequestRow>({
    name: 'approve financial assistance (MIP finance staff)',
    sources: ['src/features/staff-work/components/assistance/approve-form.tsx'],
    url: `/staff/assistance-requests/${CEDAR_FALLS_ASSISTANCE}`,
    actor: 'theo',
    open: pageForm(ASSISTANCE_HEADING, 'Approve'),
    // A reduced amount, the kind chosen first.
    fields: [
      {
        kind: 'text',
        label: 'The year’s new fee, in dollars',
        value: '250',
        expected: 25_000,
        stored: (r) => r.decision?.amountCents,
      },
      {
        kind: 'text',
        label: 'Message to the member',
        value: textarea(LIMIT.staffMessage, 'Message'),
        stored: (r) => r.decision?.reason,
      },
    ],
    submit: 'Approve',
    endpoint: 'approveAssistanceRequest',
    params: { assistanceRequestId: CEDAR_FALLS_ASSISTANCE },
    done: decided,
    landed: () => assistanceRow(CEDAR_FALLS_ASSISTANCE).filter((r) => r.status === 'approved'),
    cases: ALL,
  }),

  defineForm<AssistanceRequestRow>({
    name: 'decline financial assistance (MIP finance staff)',
    sources: ['src/features/staff-work/components/text-action-form.tsx'],
    url: `/staff/assistance-requests/${CEDAR_FALLS_ASSISTANCE}`,
    actor: 'theo',
    open: pageForm(ASSISTANCE_HEADING, 'Decline the request'),
    fields: [
      {
        kind: 'text',
        label: 'Why MIP declines it',
        value: textarea(LIMIT.staffMessage, 'Reason'),
        stored: (r) => r.decision?.reason,
      },
    ],
    submit: 'Decline the request',
    endpoint: 'declineAssistanceRequest',
    params: { assistanceRequestId: CEDAR_FALLS_ASSISTANCE },
    done: decided,
    landed: () => assistanceRow(CEDAR_FALLS_ASSISTANCE).filter((r) => r.status === 'declined'),
    cases: ALL,
  }),

  defineForm<MeetingRow>({
    name: 'create a meeting (MIP programs staff)',
    sources: ['src/features/staff-work/components/meetings/meeting-form.tsx'],
    url: '/staff/meetings/new',
    actor: 'morgan',
    open: pageForm('Create a meeting', 'Create the meeting'),
    fields: [
      { kind: 'text', label: 'Title', value: text(LIMIT.meetingTitle, 'Title'), stored: (m) => m.title },
      { kind: 'text', label: 'Description', value: textarea(LIMIT.staffMessage, 'Summary'), stored: (m) => m.summary },
      {
        kind: 'select',
        label: 'Time zone of the venue',
        option: 'Central (Chicago)',
        value: 'America/Chicago',
        stored: (m) => m.timeZone,
      },
      { kind: 'text', label: 'Starts', value: '2027-03-10T09:00', stored: (m) => m.startsAt.slice(0, 16) },
      { kind: 'text', label: 'Ends', value: '2027-03-10T16:00', stored: (m) => m.endsAt.slice(0, 16) },
      { kind: 'text', label: 'Registration opens', value: '2026-12-01T09:00' },
      { kind: 'text', label: 'Registration closes', value: '2027-03-01T17:00' },
      { kind: 'text', label: 'Venue', value: text(LIMIT.venueName, 'Venue'), stored: (m) => m.venue.name },
      { kind: 'text', label: 'Street address', value: '814 W Wisconsin Ave', stored: (m) => m.venue.address },
      { kind: 'text', label: 'City', value: 'Milwaukee', stored: (m) => m.venue.city },
      { kind: 'select', label: 'State', option: 'Wisconsin', value: 'WI', stored: (m) => m.venue.state },
      { kind: 'text', label: 'Seats', value: '30', expected: 30, stored: (m) => m.capacity },
      { kind: 'check', label: 'MIP offers travel support', checked: true, stored: (m) => m.travelSupportOffered },
    ],
    submit: 'Create the meeting',
    endpoint: 'createMeeting',
    params: {},
    done: movesTo(/^\/staff\/meetings\/meeting-/),
    landed: () => db().meetings.filter((m) => m.id.startsWith('meeting-')),
    cases: ALL,
  }),

  defineForm<MeetingRow>({
    name: 'edit a meeting (MIP programs staff)',
    sources: ['src/features/staff-work/components/meetings/meeting-form.tsx'],
    url: '/staff/meetings/housing-affordability-convening/edit',
    actor: 'morgan',
    open: pageForm('Edit the Housing Affordability Convening', 'Save the changes'),
    fields: [
      { kind: 'text', label: 'Title', value: text(LIMIT.meetingTitle, 'Title'), stored: (m) => m.title },
      { kind: 'text', label: 'Seats', value: '80', expected: 80, stored: (m) => m.capacity },
    ],
    submit: 'Save the changes',
    endpoint: 'updateMeeting',
    params: { meetingId: 'housing-affordability-convening' },
    done: movesTo(/^\/staff\/meetings\/housing-affordability-convening$/),
    landed: () => db().meetings.filter((m) => m.id === 'housing-affordability-convening' && m.version > 0),
    cases: ALL,
  }),

  defineForm<BriefingBookRow>({
    name: 'write a book or resource (MIP programs and policy staff)',
    sources: ['src/features/staff-work/components/library/book-form.tsx'],
    url: '/staff/library/new',
    actor: 'morgan',
    open: pageForm('Write a book or resource', 'Save as a draft'),
    fields: [
      { kind: 'text', label: 'Title', value: text(LIMIT.bookTitle, 'Title'), stored: (b) => b.title },
      { kind: 'text', label: 'Summary', value: textarea(LIMIT.bookSummary, 'Summary'), stored: (b) => b.summary },
      { kind: 'select', label: 'Policy area', option: 'Public health', value: 'health', stored: (b) => b.policyAreaId },
      {
        kind: 'text',
        label: 'Introduction (optional)',
        value: BOOK_INTRODUCTION,
        // The editor's markup, made HTML on the way out (and sanitized on the way in): not trimmed.
        trimmed: false,
        expected: markupToHtml(BOOK_INTRODUCTION),
        stored: (b) => b.content?.introductionHtml,
      },
    ],
    submit: 'Save as a draft',
    endpoint: 'createBook',
    params: {},
    done: movesTo(/^\/staff\/library\/book-/),
    landed: () => db().briefingBooks.filter((b) => b.id.startsWith('book-')),
    cases: ALL,
  }),

  defineForm<BriefingBookRow>({
    name: 'edit a book or resource (MIP programs and policy staff)',
    sources: ['src/features/staff-work/components/library/book-form.tsx'],
    url: '/staff/library/bb-winter-2026/edit',
    actor: 'morgan',
    open: pageForm('Edit Winter Meeting 2026 briefing book', 'Save the changes'),
    fields: [
      { kind: 'text', label: 'Title', value: text(LIMIT.bookTitle, 'Title'), stored: (b) => b.title },
      { kind: 'text', label: 'Summary', value: textarea(LIMIT.bookSummary, 'Summary'), stored: (b) => b.summary },
    ],
    submit: 'Save the changes',
    endpoint: 'updateBook',
    params: { bookId: 'bb-winter-2026' },
    done: movesTo(/^\/staff\/library\/bb-winter-2026$/),
    landed: () => db().briefingBooks.filter((b) => b.id === 'bb-winter-2026' && b.version > 0),
    cases: ALL,
  }),

  defineForm<WelcomeLinkRow>({
    name: "set up an account from MIP's welcome link (public)",
    sources: ['src/features/session/components/set-password-form.tsx'],
    url: `/set-up/${WELCOME_TOKEN}`,
    actor: null,
    prepare: priyaInvited,
    open: pageForm('Set up your account', 'Set password and sign in'),
    fields: [
      {
        kind: 'text',
        label: 'Choose a password',
        value: WELCOME_PASSWORD,
        trimmed: false,
        inDraft: false,
        stored: (r) => db().people.find((p) => p.id === r.personId)?.password,
      },
      { kind: 'text', label: 'Type it again', value: WELCOME_PASSWORD, trimmed: false, inDraft: false },
    ],
    submit: 'Set password and sign in',
    endpoint: 'acceptWelcomeLink',
    params: { token: WELCOME_TOKEN },
    done: movesTo(/^\/staff$/),
    landed: () => db().welcomeLinks.filter((link) => link.usedAt !== null),
    cases: {
      ...ALL,
      ...PUBLIC,
      'reload before submitting': 'n/a: never kept, by design: a password is never written to storage',
    },
  }),
];
