import { welcomeTokenIn } from '@mocks/lib/outbox-words';
import { apiRequest, apiUrl } from '@/api/client';
import type { EndpointName } from '@/api/contracts/endpoints';
import { demo } from '../setup/render-app';
import type { FaultName } from './faults';
import type { Hands } from './harness';

/**
 * How a person makes the app call each endpoint of the inventory: the scenario table of the UI
 * fault matrix (tests/integration/fault-matrix*.test.tsx). A loading scenario opens a URL whose
 * page loads the endpoint's data; a changing one (and a download) opens a URL, waits for the
 * page, and does what a person does to send the request. A meta-test fails when an endpoint of
 * the inventory has no row here, or a row names one that no longer exists.
 *
 * Where an endpoint has no page of its own, the closest path a person takes is used and `note`
 * says so.
 */

/** Who: a demo account (password "demo"), nobody signed in, or MIP staff previewing Riverton. */
export type Actor = keyof typeof demo | 'anonymous' | 'morganPreviewingRiverton';

export interface Scenario {
  actor: Actor;
  /** The URL the person opens (worked out after `setup` when it depends on what setup made). */
  url: string | (() => string);
  /** Records the seed lacks, made through the API as the actor before the app starts. */
  setup?: () => Promise<void>;
  /** The page's h1 once the person can act (any h1 when left out). */
  ready?: string | RegExp;
  /** What the person does to send the request (changing endpoints, downloads). */
  act?: (hands: Hands) => Promise<void>;
  /** The control to use again once the fault has passed, when it is not a "Try again" button. */
  again?: string | RegExp;
  /**
   * Where a fault has a meaning of its own for this endpoint, the words that show instead of a
   * failure (the application's 404 is "not applied yet").
   */
  shows?: Partial<Record<FaultName, string | RegExp>>;
  /** How the endpoint is reached, where that is not its own page. */
  note?: string;
}

const RIVERTON = '/m/riverton';
const MEETING = `${RIVERTON}/meetings/winter-2027`;

/** Ana's registration for the Winter Meeting 2027 (the seed has none for an upcoming meeting). */
async function registerAnaForWinter2027(): Promise<void> {
  await apiRequest('createRegistrations', {
    params: { memberId: 'riverton' },
    body: {
      meetingId: 'winter-2027',
      attendees: [
        {
          kind: 'mayor',
          name: 'Ana Ortiz',
          title: 'Mayor',
          email: 'ana.ortiz@riverton.example',
        },
      ],
    },
    idempotencyKey: 'fault-matrix-registration',
  });
}

/** A memo request MIP has not started on (withdrawable); the seed's are all further along. */
const SUBMITTED_MEMO = 'fault-matrix-memo';
let submittedMemoId = '';
async function submitMemoRequest(): Promise<void> {
  const created = await apiRequest('createMemoRequest', {
    params: { memberId: 'riverton' },
    body: {
      title: 'Curbside compost',
      policyAreaId: 'housing',
      question: 'What did a mid-sized city pay to start curbside compost?',
      background: '',
      desiredDate: null,
    },
    idempotencyKey: SUBMITTED_MEMO,
  });
  submittedMemoId = created.id;
}

/** A memo request MIP has not started on, made as Ana, for Morgan to work (he signs in again after). */
const STAFF_MEMO = 'fault-matrix-staff-memo';
let staffMemoId = '';
async function submitMemoForStaff(): Promise<void> {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  const created = await apiRequest('createMemoRequest', {
    params: { memberId: 'riverton' },
    body: {
      title: 'Speed cameras near schools',
      policyAreaId: 'public-safety',
      question: 'What have cities learned from speed cameras in school zones?',
      background: '',
      desiredDate: null,
    },
    idempotencyKey: STAFF_MEMO,
  });
  staffMemoId = created.id;
  await apiRequest('signIn', { body: { email: demo.morgan, password: 'demo' } });
}

/** Morgan on that request's staff page, where every change to it starts. */
const onStaffMemo = (act: NonNullable<Scenario['act']>, again: string): Scenario => ({
  actor: 'morgan',
  get url() {
    return `/staff/memo-requests/${staffMemoId}`;
  },
  setup: submitMemoForStaff,
  ready: 'Speed cameras near schools',
  act,
  again,
  note: 'A request made through the API as Ana first, so that every action is open.',
});

/** Morgan on the seed's waiting travel-support request (Lakeport's mayor), where a decision starts. */
const STAFF_TRAVEL = '/staff/travel-support/reg-housing-affordability-convening-lakeport-2';
const STAFF_TRAVEL_READY = 'Marcus Bell to the Housing Affordability Convening';
const onStaffTravel = (act: NonNullable<Scenario['act']>, again: string): Scenario => ({
  actor: 'morgan',
  url: STAFF_TRAVEL,
  ready: STAFF_TRAVEL_READY,
  act,
  again,
});

/** Morgan (programs) on the seed's invite-only Housing Affordability Convening, upcoming, with people registered. */
const STAFF_MEETING = '/staff/meetings/housing-affordability-convening';
const STAFF_MEETING_READY = 'Housing Affordability Convening';
const onStaffMeeting = (act: NonNullable<Scenario['act']>, again: string | RegExp, url = STAFF_MEETING): Scenario => ({
  actor: 'morgan',
  url,
  ready: url === STAFF_MEETING ? STAFF_MEETING_READY : /Housing Affordability Convening/,
  act,
  again,
});

/** Morgan (programs and policy) on a book: the seed's draft of the next Winter Meeting's, or last winter's, published. */
const DRAFT_BOOK = '/staff/library/bb-winter-2027';
const PUBLISHED_BOOK = '/staff/library/bb-winter-2026';
const onStaffBook = (
  url: string,
  ready: string | RegExp,
  act: NonNullable<Scenario['act']>,
  again: string,
): Scenario => ({
  actor: 'morgan',
  url,
  ready,
  act,
  again,
});

/** Theo (finance) on the seed's open request for financial assistance (Cedar Falls), where a decision starts. */
const STAFF_ASSISTANCE = '/staff/assistance-requests/assist-cedar-falls-2026';
const onStaffAssistance = (act: NonNullable<Scenario['act']>, again: string): Scenario => ({
  actor: 'theo',
  url: STAFF_ASSISTANCE,
  ready: 'Help with 2026–27 dues',
  act,
  again,
});

/** Riverton's invoice this year, asked for by purchase order as Ana, for Theo to keep (he signs in again after). */
let staffInvoice = { id: '', number: '', owedCents: 0 };
async function invoiceForFinance({ paid }: { paid: boolean }): Promise<void> {
  await apiRequest('signIn', { body: { email: demo.ana, password: 'demo' } });
  const invoice = await apiRequest('requestInvoice', {
    params: { memberId: 'riverton' },
    body: {
      contactName: 'Riverton Finance Department',
      contactEmail: 'finance@riverton.example',
      addressLine1: 'City Hall, Room 210',
      addressLine2: '',
      city: 'Riverton',
      state: 'WI',
      postalCode: '53703',
      purchaseOrderNumber: 'PO 2026-118',
    },
    idempotencyKey: 'fault-matrix-staff-invoice',
  });
  staffInvoice = { id: invoice.id, number: invoice.number, owedCents: invoice.amountCents - invoice.paidCents };
  await apiRequest('signIn', { body: { email: demo.theo, password: 'demo' } });
  if (!paid) return;
  await apiRequest('recordInvoicePayment', {
    params: { invoiceId: invoice.id },
    body: {
      method: 'check',
      amountCents: staffInvoice.owedCents,
      receivedOn: invoice.issuedOn,
      reference: '10442',
    },
  });
}

/** Theo on that invoice's staff page, where every change to it starts. */
const onStaffInvoice = (paid: boolean, act: NonNullable<Scenario['act']>, again: string): Scenario => ({
  actor: 'theo',
  get url() {
    return `/staff/invoices/${staffInvoice.id}`;
  },
  setup: () => invoiceForFinance({ paid }),
  ready: /^Invoice MIP-/,
  act,
  again,
  note: paid
    ? 'Asked for as Ana and paid by check through the API first, so the packet is to post.'
    : 'Asked for by purchase order as Ana through the API first, so it waits to be sent.',
});

/** Theo (finance) on Lee Chen's application for Millbrook (the seed's, undecided), where a decision starts. */
const STAFF_APPLICATION = '/staff/applications/app-millbrook';
const STAFF_APPLICATION_READY = 'Millbrook, New York applies to join';
const onStaffApplication = (act: NonNullable<Scenario['act']>, again: string): Scenario => ({
  actor: 'theo',
  url: STAFF_APPLICATION,
  ready: STAFF_APPLICATION_READY,
  act,
  again,
});

/** MIP asks Lee a question about Millbrook's application, made through the API as Theo; Lee signs in again after. */
async function askLeeAQuestion(): Promise<void> {
  await apiRequest('signIn', { body: { email: demo.theo, password: 'demo' } });
  await apiRequest('askApplicationQuestion', {
    params: { applicationId: 'app-millbrook' },
    body: { question: 'Has your council voted to fund the membership this year?' },
  });
  await apiRequest('signIn', { body: { email: demo.leeChen, password: 'demo' } });
}

/** The newest welcome link's token in a mailbox: what only its person reads (test control). */
async function welcomeTokenOf(address: string): Promise<string> {
  const response = await fetch(apiUrl('/__test/outbox', { to: address }));
  const { items } = (await response.json()) as { items: { body: string }[] };
  const token = items.map((email) => welcomeTokenIn(email.body)).find(Boolean);
  if (!token) throw new Error(`No welcome link for ${address}`);
  return token;
}

const PRIYA = 'priya.raman@mayorsinnovation.example';
let welcomeToken = '';

/** Elena invites Priya Raman (the actor is signed in as Elena or signs in as her). */
async function inviteAColleague(): Promise<void> {
  await apiRequest('signIn', { body: { email: demo.elena, password: 'demo' } });
  await apiRequest('inviteStaffAccount', {
    body: { name: 'Priya Raman', email: PRIYA, title: '', areas: ['programs'] },
    idempotencyKey: crypto.randomUUID(),
  });
  welcomeToken = await welcomeTokenOf(PRIYA);
}

/** Priya opens her welcome link, signed out. */
async function priyaHasALink(): Promise<void> {
  await inviteAColleague();
  await apiRequest('signOut');
}

/** Theo records Riverton's new mayor, Rosa Delgado, who hasn't set a password yet. */
async function recordRosaAsMayor(): Promise<void> {
  const city = await apiRequest('getStaffCity', { params: { memberId: 'riverton' } });
  await apiRequest('recordNewMayor', {
    params: { memberId: 'riverton' },
    body: { name: 'Rosa Delgado', email: 'rosa.delgado@riverton.example', termStartedOn: '2026-11-02' },
    ifMatch: `"${String(city.version)}"`,
  });
}

export const SCENARIOS: Record<EndpointName, Scenario> = {
  // ── session ────────────────────────────────────────────────────────────────────────────────
  signIn: {
    actor: 'anonymous',
    url: '/sign-in',
    ready: 'Sign in',
    act: async ({ fill, click }) => {
      await fill('E-mail address', 'ana.ortiz@riverton.example');
      await fill('Password', 'demo');
      await click('button', /^Sign in$/);
    },
    again: /^Sign in$/,
  },
  getSession: { actor: 'ana', url: RIVERTON, note: 'Every signed-in page reads the session first (its loader).' },
  getWelcomeLink: {
    actor: 'anonymous',
    setup: priyaHasALink,
    url: () => `/set-up/${welcomeToken}`,
    shows: { '404': 'This link no longer works' },
    note: 'The page of the link in the welcome e-mail of an account MIP made.',
  },
  acceptWelcomeLink: {
    actor: 'anonymous',
    setup: priyaHasALink,
    url: () => `/set-up/${welcomeToken}`,
    ready: 'Set up your account',
    act: async ({ click, fill }) => {
      await fill('Choose a password', 'river-bend-lantern');
      await fill('Type it again', 'river-bend-lantern');
      await click('button', 'Set password and sign in');
    },
    again: 'Set password and sign in',
  },
  signOut: {
    actor: 'ana',
    url: RIVERTON,
    ready: 'Dashboard',
    act: ({ click }) => click('button', 'Sign out'),
    again: 'Sign out',
  },
  listDemoAccounts: {
    actor: 'anonymous',
    url: '/sign-in',
    note: 'Only the sign-in page of the mock build lists demo accounts, in its own section.',
  },

  // ── member hub ─────────────────────────────────────────────────────────────────────────────
  getOverview: { actor: 'ana', url: RIVERTON },

  // ── meetings ───────────────────────────────────────────────────────────────────────────────
  listMeetings: { actor: 'ana', url: `${RIVERTON}/meetings` },
  getMeeting: { actor: 'ana', url: MEETING },
  listRegistrations: { actor: 'ana', url: MEETING },
  createRegistrations: {
    actor: 'ana',
    url: `${MEETING}/register`,
    ready: 'Register for the Winter Meeting 2027',
    act: async ({ fill, click }) => {
      await fill('Dietary needs (optional)', 'Vegetarian');
      await click('button', 'Register 1 person');
    },
    again: 'Register 1 person',
  },
  updateRegistration: {
    actor: 'ana',
    url: MEETING,
    setup: registerAnaForWinter2027,
    ready: 'Winter Meeting 2027',
    act: async ({ fill, click, dialog }) => {
      await click('button', 'Change needs for Ana Ortiz');
      const needs = await dialog('Needs for Ana Ortiz');
      await fill('Dietary needs', 'Vegan', needs);
      await click('button', 'Save', needs);
    },
    again: 'Save',
  },
  cancelRegistration: {
    actor: 'ana',
    url: MEETING,
    setup: registerAnaForWinter2027,
    ready: 'Winter Meeting 2027',
    act: async ({ click, dialog }) => {
      await click('button', "Cancel Ana Ortiz's registration");
      await click('button', 'Cancel registration', await dialog("Cancel Ana Ortiz's registration?"));
    },
  },
  getMeetingCalendar: {
    actor: 'ana',
    url: MEETING,
    ready: 'Winter Meeting 2027',
    act: ({ click }) => click('button', 'Add to calendar'),
    again: 'Add to calendar',
    note: 'A download: the meeting page’s "Add to calendar" button.',
  },

  // ── memos ──────────────────────────────────────────────────────────────────────────────────
  getMemoAllowance: { actor: 'ana', url: `${RIVERTON}/memos` },
  listMemoRequests: { actor: 'ana', url: `${RIVERTON}/memos` },
  createMemoRequest: {
    actor: 'ana',
    url: `${RIVERTON}/memos/new`,
    ready: 'Request a policy memo',
    act: async ({ fill, select, click }) => {
      await fill('Title', 'Short-term rentals');
      await select('Policy area', 'Housing');
      await fill('Your question', 'How have cities like ours regulated short-term rentals?');
      await click('button', 'Send request');
    },
    again: 'Send request',
  },
  getMemoDraft: { actor: 'ana', url: `${RIVERTON}/memos/new` },
  saveMemoDraft: {
    actor: 'ana',
    url: `${RIVERTON}/memos/new`,
    ready: 'Request a policy memo',
    act: ({ fill }) => fill('Title', 'Curbside compost'),
    note: 'Saved to the account when typing pauses (1 s); a failure says so under the form, with "Try again".',
  },
  deleteMemoDraft: {
    actor: 'ana',
    url: `${RIVERTON}/memos/new`,
    ready: 'Request a policy memo',
    act: async ({ fill, click, dialog }) => {
      await fill('Title', 'Curbside compost');
      await click('button', 'Discard draft');
      await click('button', 'Discard draft', await dialog('Discard this draft?'));
    },
    again: 'Try again',
  },
  getMemoRequest: { actor: 'ana', url: `${RIVERTON}/memos/memo-riverton-adu` },
  withdrawMemoRequest: {
    actor: 'ana',
    get url() {
      return `${RIVERTON}/memos/${submittedMemoId}`;
    },
    setup: submitMemoRequest,
    ready: 'Curbside compost',
    act: async ({ click, dialog }) => {
      await click('button', 'Withdraw request');
      await click('button', 'Withdraw request', await dialog('Withdraw this request?'));
    },
    note: 'A request made through the API first: the seed has none MIP has not started on.',
  },
  updateMemoPublication: {
    actor: 'ana',
    url: `${RIVERTON}/memos/memo-riverton-adu`,
    ready: 'Accessory dwelling unit permitting',
    act: ({ click }) => click('button', 'Let MIP publish it de-identified'),
    again: 'Let MIP publish it de-identified',
  },
  getMemoDocument: {
    actor: 'ana',
    url: `${RIVERTON}/memos/memo-riverton-adu`,
    ready: 'Accessory dwelling unit permitting',
    act: ({ click }) => click('button', 'Download'),
    again: 'Download',
    note: 'A download: the delivered memo’s "Download" button.',
  },
  getMemoAttachment: {
    actor: 'ana',
    url: `${RIVERTON}/memos/memo-riverton-adu`,
    ready: 'Accessory dwelling unit permitting',
    act: ({ click }) => click('button', /^Download the PDF/),
    again: /^Download the PDF/,
    note: 'A download: the PDF MIP attached to the seeded ADU memo.',
  },
  listPolicyAreas: { actor: 'ana', url: `${RIVERTON}/memos/new` },

  // ── briefing books ─────────────────────────────────────────────────────────────────────────
  listBriefingBooks: { actor: 'ana', url: `${RIVERTON}/library` },
  getBriefingBook: { actor: 'ana', url: `${RIVERTON}/library/bb-winter-2026` },
  listBookmarks: { actor: 'ana', url: `${RIVERTON}/library/saved` },
  addBookmark: {
    actor: 'ana',
    url: `${RIVERTON}/library/bb-winter-2025`,
    act: ({ click }) => click('button', /^Save /),
    again: /^Save /,
  },
  removeBookmark: {
    actor: 'ana',
    url: `${RIVERTON}/library/bb-winter-2026`,
    act: ({ click }) => click('button', /Remove from saved$/),
    again: /Remove from saved$/,
  },

  // ── tracks ─────────────────────────────────────────────────────────────────────────────────
  listTracks: { actor: 'ana', url: `${RIVERTON}/tracks` },
  getTrack: { actor: 'ana', url: `${RIVERTON}/tracks/first-term` },
  joinTrack: {
    actor: 'ana',
    url: `${RIVERTON}/tracks/womens-network`,
    act: async ({ click, dialog }) => {
      await click('button', "Join the Women Mayors' Network");
      await click('button', "Join the Women Mayors' Network", await dialog("Join the Women Mayors' Network"));
    },
  },
  leaveTrack: {
    actor: 'ana',
    url: `${RIVERTON}/tracks/first-term`,
    act: async ({ click, dialog }) => {
      await click('button', 'Leave First-Term Mayors');
      await click('button', 'Leave', await dialog('Leave First-Term Mayors?'));
    },
  },
  getPersonTracks: { actor: 'ana', url: `${RIVERTON}/tracks` },

  // ── network ────────────────────────────────────────────────────────────────────────────────
  searchDirectory: { actor: 'ana', url: `${RIVERTON}/directory` },
  getDirectoryListing: { actor: 'ana', url: `${RIVERTON}/settings` },
  updateDirectoryListing: {
    actor: 'ana',
    url: `${RIVERTON}/settings`,
    ready: 'Your settings',
    act: async ({ click }) => {
      await click('checkbox', 'List me in the directory');
      await click('button', 'Save directory choice');
    },
    again: 'Save directory choice',
  },
  getEmailPreferences: { actor: 'ana', url: `${RIVERTON}/settings` },
  updateEmailPreferences: {
    actor: 'ana',
    url: `${RIVERTON}/settings`,
    ready: 'Your settings',
    act: async ({ click }) => {
      await click('checkbox', 'Track news');
      await click('button', 'Save e-mail choices');
    },
    again: 'Save e-mail choices',
  },

  // ── dues ───────────────────────────────────────────────────────────────────────────────────
  getDues: { actor: 'ana', url: `${RIVERTON}/dues` },
  getInvoice: { actor: 'ana', url: `${RIVERTON}/dues/invoices/inv-riverton-2026` },
  createCheckoutSession: {
    actor: 'ana',
    url: `${RIVERTON}/dues`,
    ready: 'Dues',
    act: ({ click }) => click('button', 'Pay $2,000.00 by card'),
    again: 'Pay $2,000.00 by card',
  },
  getCheckoutSession: {
    actor: 'ana',
    url: `${RIVERTON}/dues?checkout=cs-seed-inv-riverton-2026-1`,
    again: 'Check again',
    note: 'Read when the person comes back from the hosted checkout (?checkout=).',
  },
  requestInvoice: {
    actor: 'ana',
    url: `${RIVERTON}/dues/invoice-request`,
    ready: 'Request an invoice',
    act: async ({ fill, select, click }) => {
      await fill("Billing contact's name", 'Pat Lindqvist');
      await fill("Billing contact's e-mail", 'ap@riverton.example');
      await fill('Address line 1', '200 Main Street');
      await fill('City', 'Riverton');
      await select('State', 'Wisconsin');
      await fill('ZIP code', '53703');
      await click('button', 'Request the invoice');
    },
    again: 'Request the invoice',
  },
  updatePaymentPlan: {
    actor: 'ana',
    url: `${RIVERTON}/dues/plan`,
    ready: 'Payment schedule',
    act: async ({ click }) => {
      await click('radio', 'Four payments');
      await click('button', 'Confirm four payments');
    },
    again: 'Confirm four payments',
  },
  createAssistanceRequest: {
    actor: 'ana',
    url: `${RIVERTON}/dues/assistance`,
    act: async ({ fill, click }) => {
      await fill(
        'Why does the city need help with dues this year?',
        'Our largest employer closed and the council cut every department this year.',
      );
      await fill('What can the city pay this year, in dollars?', '500');
      await click('button', 'Send the request to MIP');
    },
    again: 'Send the request to MIP',
  },
  listDuesTiers: { actor: 'anonymous', url: '/join', note: "The public Join page's fee calculator." },
  quoteDues: {
    actor: 'leeChen',
    url: '/welcome',
    note: "The prospective mayor's welcome page: the fee for the population on file.",
  },

  // ── access history and MIP staff ───────────────────────────────────────────────────────────
  getAccessLog: { actor: 'ana', url: `${RIVERTON}/access/history` },
  listStaffMembers: { actor: 'morgan', url: '/staff/members' },
  startPreview: {
    actor: 'morgan',
    url: '/staff/members',
    ready: 'Member cities',
    act: async ({ click, fill, dialog }) => {
      await click('button', 'Preview as member: Riverton');
      const start = await dialog("Preview Riverton's hub");
      await fill('Reason for this preview', 'The mayor asked about her invoice', start);
      await click('button', 'Start preview', start);
    },
    again: 'Start preview',
  },
  listStaffInbox: { actor: 'morgan', url: '/staff', note: "MIP staff's home: the work inbox." },
  listStaffOutbox: { actor: 'morgan', url: '/staff/outbox' },
  getStaffMemoRequest: {
    actor: 'morgan',
    get url() {
      return `/staff/memo-requests/${staffMemoId}`;
    },
    setup: submitMemoForStaff,
    ready: 'Speed cameras near schools',
  },
  assignMemoRequest: onStaffMemo(async ({ click, select }) => {
    await select('Assigned to', 'Nadia Brooks, Senior Policy Analyst');
    await click('button', 'Assign');
  }, 'Assign'),
  progressMemoRequest: onStaffMemo(async ({ click, fill }) => {
    await fill('Message to the member', 'We are scoping this with your office this week.');
    await click('button', 'Send and move it along');
  }, 'Send and move it along'),
  addMemoNote: onStaffMemo(async ({ click, fill }) => {
    await fill('Note', 'Check the state law first.');
    await click('button', 'Add note');
  }, 'Add note'),
  declineMemoRequest: onStaffMemo(async ({ click, fill }) => {
    await fill('Why MIP declines it', 'Outside the memo program: an enforcement question for counsel.');
    await click('button', 'Decline the request');
  }, 'Decline the request'),
  deliverMemoRequest: onStaffMemo(async ({ click, fill }) => {
    await fill('The memo', 'Speed cameras in school zones cut speeding sharply where they were used. '.repeat(4));
    await click('button', 'Deliver the memo');
  }, 'Deliver the memo'),
  getStaffTravelSupport: { actor: 'morgan', url: STAFF_TRAVEL, ready: STAFF_TRAVEL_READY },
  // The amount starts as the member's estimate ($780): approved in full, with a message.
  approveTravelSupport: onStaffTravel(async ({ click, fill }) => {
    await fill('Message to the member (optional)', 'We cover the flight and both hotel nights.');
    await click('button', 'Approve the request');
  }, 'Approve the request'),
  declineTravelSupport: onStaffTravel(async ({ click, fill }) => {
    await fill('Why MIP declines it', 'This year our travel fund covers first-term mayors only.');
    await click('button', 'Decline the request');
  }, 'Decline the request'),
  listStaffMeetings: { actor: 'morgan', url: '/staff/meetings', ready: 'Meetings' },
  getStaffMeeting: { actor: 'morgan', url: STAFF_MEETING, ready: STAFF_MEETING_READY },
  listMeetingAttendees: {
    actor: 'morgan',
    url: STAFF_MEETING,
    ready: STAFF_MEETING_READY,
    note: "Who's coming loads with the meeting's page.",
  },
  getMeetingAttendeesCsv: onStaffMeeting(
    ({ click }) => click('button', 'Download the list (CSV)'),
    'Download the list (CSV)',
  ),
  createMeeting: {
    actor: 'morgan',
    url: '/staff/meetings/new',
    ready: 'Create a meeting',
    act: async ({ click, fill, select }) => {
      await fill('Title', 'Climate Resilience Roundtable');
      await fill('Description', 'A day on flood maps, cooling centers and resilient infrastructure.');
      await select('Time zone of the venue', 'Central (Chicago)');
      await fill('Starts', '2027-03-10T09:00');
      await fill('Ends', '2027-03-10T16:00');
      await fill('Registration opens', '2026-12-01T09:00');
      await fill('Registration closes', '2027-03-01T17:00');
      await fill('Venue', 'Milwaukee Public Library');
      await fill('Street address', '814 W Wisconsin Ave');
      await fill('City', 'Milwaukee');
      await select('State', 'Wisconsin');
      await fill('Seats', '30');
      await click('button', 'Create the meeting');
    },
    again: 'Create the meeting',
  },
  updateMeeting: onStaffMeeting(
    async ({ click, fill }) => {
      await fill('Seats', '80');
      await click('button', 'Save the changes');
    },
    'Save the changes',
    `${STAFF_MEETING}/edit`,
  ),
  setMeetingInvitations: onStaffMeeting(async ({ click, fill }) => {
    await fill('Find member cities', 'Cedar Falls');
    await click('checkbox', /^Cedar Falls/);
    await click('button', 'Invite 1 city');
  }, 'Invite 1 city'),
  cancelMeeting: onStaffMeeting(async ({ click, fill }) => {
    await fill('Message to the registered cities (optional)', 'The venue flooded; we will set a new date.');
    await click('button', 'Cancel the meeting');
  }, 'Cancel the meeting'),
  listStaffBooks: { actor: 'morgan', url: '/staff/library', ready: 'Library' },
  getStaffBook: { actor: 'morgan', url: DRAFT_BOOK, ready: 'Winter Meeting 2027 briefing book' },
  createBook: {
    actor: 'morgan',
    url: '/staff/library/new',
    ready: 'Write a book or resource',
    act: async ({ click, fill, select }) => {
      await fill('Title', 'Cooling centers that people use');
      await fill('Summary', 'What makes residents go to a cooling center on the hottest days.');
      await select('Policy area', 'Public health');
      await fill('Introduction (optional)', 'Cities can **act** before the next heat wave.');
      await click('button', 'Save as a draft');
    },
    again: 'Save as a draft',
  },
  updateBook: onStaffBook(
    `${PUBLISHED_BOOK}/edit`,
    /Winter Meeting 2026 briefing book/,
    async ({ click, fill }) => {
      await fill('Summary', 'Panels, speakers and readings for the Winter Meeting 2026, with the slides.');
      await click('button', 'Save the changes');
    },
    'Save the changes',
  ),
  publishBook: onStaffBook(
    DRAFT_BOOK,
    'Winter Meeting 2027 briefing book',
    async ({ click }) => {
      await click('button', 'Publish to the library');
      await click('button', 'Yes, publish it');
    },
    'Yes, publish it',
  ),
  unpublishBook: onStaffBook(
    PUBLISHED_BOOK,
    'Winter Meeting 2026 briefing book',
    async ({ click }) => {
      await click('button', 'Unpublish');
      await click('button', 'Yes, unpublish it');
    },
    'Yes, unpublish it',
  ),
  getStaffCity: { actor: 'theo', url: '/staff/members/riverton', ready: 'Riverton, WI' },
  recordCityPopulation: {
    actor: 'theo',
    url: '/staff/members/riverton',
    ready: 'Riverton, WI',
    act: async ({ click, fill }) => {
      await fill('Population', '305,000');
      await fill('Where the figure comes from', 'US Census Bureau, 2025 population estimate');
      await fill('The date the figure counts', '2025-07-01');
      await click('button', 'Record population');
    },
    again: 'Record population',
  },
  listStaffAccounts: { actor: 'elena', url: '/staff/accounts', ready: 'Staff accounts' },
  inviteStaffAccount: {
    actor: 'elena',
    url: '/staff/accounts',
    ready: 'Staff accounts',
    act: async ({ click, fill }) => {
      await fill('Name', 'Priya Raman');
      await fill('E-mail address', 'priya.raman@mayorsinnovation.example');
      await click('checkbox', 'Programs');
      await click('button', 'Invite colleague');
    },
    again: 'Invite colleague',
  },
  changeStaffAreas: {
    actor: 'elena',
    url: '/staff/accounts',
    ready: 'Staff accounts',
    act: async ({ click, dialog }) => {
      await click('button', 'Change areas for Morgan Hale');
      const areas = await dialog("Morgan Hale's areas of work");
      await click('checkbox', 'Finance', areas);
      await click('button', 'Save areas', areas);
    },
    again: 'Save areas',
  },
  deactivateStaffAccount: {
    actor: 'elena',
    url: '/staff/accounts',
    ready: 'Staff accounts',
    act: async ({ click, dialog }) => {
      await click('button', "Deactivate Morgan Hale's account");
      await click('button', 'Deactivate account', await dialog("Deactivate Morgan Hale's account?"));
    },
  },
  resendStaffWelcome: {
    actor: 'elena',
    setup: inviteAColleague,
    url: '/staff/accounts',
    ready: 'Staff accounts',
    act: async ({ click, dialog }) => {
      await click('button', 'Send Priya Raman the welcome link again');
      await click('button', 'Send the new link', await dialog('Send Priya Raman a new welcome link?'));
    },
  },
  resendMayorWelcome: {
    actor: 'theo',
    setup: recordRosaAsMayor,
    url: '/staff/members/riverton',
    ready: 'Riverton, WI',
    act: async ({ click, dialog }) => {
      await click('button', 'Send Mayor Rosa Delgado the welcome link again');
      await click('button', 'Send the new link', await dialog('Send Mayor Rosa Delgado a new welcome link?'));
    },
  },
  recordNewMayor: {
    actor: 'theo',
    url: '/staff/members/riverton',
    ready: 'Riverton, WI',
    act: async ({ click, fill }) => {
      await fill("The new mayor's name", 'Rosa Delgado');
      await fill('Their e-mail address', 'rosa.delgado@riverton.example');
      await fill('The day their term started', '2026-11-02');
      await click('button', 'Record new mayor');
    },
    again: 'Record new mayor',
  },
  listStaffInvoices: { actor: 'theo', url: '/staff/invoices', ready: 'Invoices' },
  getStaffInvoice: {
    actor: 'theo',
    get url() {
      return `/staff/invoices/${staffInvoice.id}`;
    },
    setup: () => invoiceForFinance({ paid: false }),
    ready: /^Invoice MIP-/,
  },
  issueInvoice: onStaffInvoice(
    false,
    async ({ click }) => {
      await click('button', 'Mark the invoice sent');
    },
    'Mark the invoice sent',
  ),
  recordInvoicePayment: onStaffInvoice(
    false,
    async ({ click, fill }) => {
      await fill('Amount (dollars)', (staffInvoice.owedCents / 100).toFixed(2));
      await fill('Check number or transfer reference', '10442');
      await click('button', 'Record payment');
    },
    'Record payment',
  ),
  markPacketSent: onStaffInvoice(
    true,
    async ({ click }) => {
      await click('button', 'Mark the packet sent');
    },
    'Mark the packet sent',
  ),
  getStaffAssistanceRequest: { actor: 'theo', url: STAFF_ASSISTANCE, ready: 'Help with 2026–27 dues' },
  approveAssistanceRequest: onStaffAssistance(async ({ click, fill }) => {
    await fill('The year’s new fee, in dollars', '250');
    await fill('Message to the member', 'MIP reduced this year’s dues after the plant closure.');
    await click('button', 'Approve');
  }, 'Approve'),
  declineAssistanceRequest: onStaffAssistance(async ({ click, fill }) => {
    await fill('Why MIP declines it', 'The assistance fund for this year is spent; ask again in July.');
    await click('button', 'Decline the request');
  }, 'Decline the request'),
  endPreview: {
    actor: 'morganPreviewingRiverton',
    url: RIVERTON,
    ready: 'Dashboard',
    act: async ({ click, region }) => click('button', 'Exit preview', await region('Preview')),
    again: 'Exit preview',
  },
  listDelegations: { actor: 'ana', url: `${RIVERTON}/access` },
  createDelegation: {
    actor: 'ana',
    url: `${RIVERTON}/access`,
    ready: 'Delegates',
    act: async ({ fill, click }) => {
      await fill('Their name', 'Rosa Díaz');
      await fill('Their work e-mail address', 'rosa.diaz@riverton.example');
      await click('checkbox', 'Meetings');
      await click('button', 'Add delegate');
    },
    again: 'Add delegate',
  },
  updateDelegation: {
    actor: 'ana',
    url: `${RIVERTON}/access`,
    ready: 'Delegates',
    act: async ({ click, dialog }) => {
      await click('button', 'Change access for Jordan Lee');
      const change = await dialog("Change Jordan Lee's access");
      await click('checkbox', 'Dues', change);
      await click('button', 'Save access', change);
    },
    again: 'Save access',
  },
  revokeDelegation: {
    actor: 'ana',
    url: `${RIVERTON}/access`,
    ready: 'Delegates',
    act: async ({ click, dialog }) => {
      await click('button', 'Revoke access for Jordan Lee');
      await click('button', 'Revoke access', await dialog("Revoke Jordan Lee's access?"));
    },
  },

  // ── joining ────────────────────────────────────────────────────────────────────────────────
  createApplication: {
    actor: 'anonymous',
    url: '/join',
    ready: 'Join the Mayors Innovation Project',
    act: async ({ fill, select, click, region }) => {
      const form = await region('Apply to join');
      await fill('City', 'Fairhaven', form);
      await select('State', 'Oregon', form);
      await fill('Population', '62000', form);
      await fill("Mayor's full name", 'Priya Natarajan', form);
      await fill("Mayor's e-mail address", 'priya.natarajan@fairhaven.example', form);
      await fill("When did the mayor's current term start?", '2025-01-06', form);
      await fill("Billing contact's name", 'Sam Ortega', form);
      await fill("Billing contact's e-mail address", 'finance@fairhaven.example', form);
      await fill('Choose a password', 'correct horse battery', form);
      await click('button', 'Send application', form);
    },
    again: 'Send application',
  },
  getApplication: {
    actor: 'leeChen',
    url: '/welcome',
    shows: { '404': /hasn't applied to join yet/ },
    note: "The prospective mayor's welcome page: where the application stands.",
  },
  answerApplicationQuestion: {
    actor: 'leeChen',
    url: '/welcome',
    setup: askLeeAQuestion,
    ready: 'Welcome, Mayor Chen',
    act: async ({ click, fill }) => {
      await fill('Your answer', 'Yes: the council approved it on March 3.');
      await click('button', 'Send your answer');
    },
    again: 'Send your answer',
    note: 'A question asked through the API as Theo first, so that one waits for Lee.',
  },

  // ── membership applications, as MIP's finance staff decide them ────────────────────────────
  getStaffApplication: { actor: 'theo', url: STAFF_APPLICATION, ready: STAFF_APPLICATION_READY },
  approveApplication: onStaffApplication(async ({ click }) => {
    await click('button', 'Approve: make Millbrook a member');
  }, 'Approve: make Millbrook a member'),
  declineApplication: onStaffApplication(async ({ click, fill }) => {
    await fill('Why MIP declines it', 'MIP takes cities once the council has voted to fund membership.');
    await click('button', 'Decline the application');
  }, 'Decline the application'),
  askApplicationQuestion: onStaffApplication(async ({ click, fill }) => {
    await fill('Your question to the applicant', 'Has your council voted to fund the membership this year?');
    await click('button', 'Ask the applicant');
  }, 'Ask the applicant'),
};
