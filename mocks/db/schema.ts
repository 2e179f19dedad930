import type {
  BenefitRuleRow,
  BookmarkRow,
  BriefingBookRow,
  MemoDraftRow,
  MemoFileRow,
  MemoRequestRow,
  PolicyAreaRow,
  TrackMembershipRow,
  TrackRow,
} from './rows/benefits';
import type {
  AssistanceRequestRow,
  CheckoutSessionRow,
  InvoiceRow,
  PacketRow,
  PaymentPlanRow,
  ReceivedPaymentRow,
} from './rows/dues';
import type { MeetingRow, RegistrationRow } from './rows/meetings';
import type {
  AccessLogRow,
  ApplicationRow,
  DelegationRow,
  EmailPreferencesRow,
  IdempotencyRow,
  MemberRow,
  PersonRow,
  PreviewRow,
  SessionRow,
  SignInFailureRow,
  WelcomeLinkRow,
} from './rows/people';
import type { OutboxRow, StaffActionRow } from './rows/staff';

/**
 * The mock API's tables. Every row is plain JSON (strings, numbers, booleans, arrays), so the whole
 * database can be structuredClone'd, cached per seed date and stored in IndexedDB. Rows reference
 * each other by id; handlers turn them into contract shapes. The row types live in db/rows/.
 */
export interface MockDb {
  /** Bumped when the seed's shape changes, so a stored copy of an older shape is discarded. */
  seedVersion: number;
  seededAt: string;
  /** Counter behind every id the mock creates after seeding. */
  sequence: number;
  members: MemberRow[];
  people: PersonRow[];
  delegations: DelegationRow[];
  sessions: SessionRow[];
  /** Recent refused sign-ins, for the limits per account and per address (older ones are removed). */
  signInFailures: SignInFailureRow[];
  /** The links of MIP's welcome e-mails, by the SHA-256 of their token. */
  welcomeLinks: WelcomeLinkRow[];
  previews: PreviewRow[];
  meetings: MeetingRow[];
  registrations: RegistrationRow[];
  memoRequests: MemoRequestRow[];
  /** Unsent memo requests, kept per person and city until sent or discarded. */
  memoDrafts: MemoDraftRow[];
  /** Delivered memos' files; the request's `memo.attachment` names the one it has. */
  memoFiles: MemoFileRow[];
  benefitRules: BenefitRuleRow[];
  policyAreas: PolicyAreaRow[];
  briefingBooks: BriefingBookRow[];
  bookmarks: BookmarkRow[];
  tracks: TrackRow[];
  trackMemberships: TrackMembershipRow[];
  /** One row per person who changed their e-mail updates (or was seeded with their own). */
  emailPreferences: EmailPreferencesRow[];
  invoices: InvoiceRow[];
  paymentPlans: PaymentPlanRow[];
  packets: PacketRow[];
  receivedPayments: ReceivedPaymentRow[];
  checkoutSessions: CheckoutSessionRow[];
  assistanceRequests: AssistanceRequestRow[];
  accessLog: AccessLogRow[];
  idempotency: IdempotencyRow[];
  applications: ApplicationRow[];
  /** What MIP's staff did to members' records (memo requests so far), oldest first; staff-only. */
  staffActions: StaffActionRow[];
  /** E-mails queued about members' requests, oldest first; staff read them (GET /staff/outbox). */
  outbox: OutboxRow[];
}
