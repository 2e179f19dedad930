// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillPath } from '../../src/api/contracts/endpoint';
import { endpoints } from '../../src/api/contracts/endpoints';
import { routedOperationIds } from '../lib/route';
import { call, resetApi, setApiClock, signIn, startPreview, type DemoAccount } from './api';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

interface Viewpoint {
  account: DemoAccount;
  memberId: string;
  personId: string;
  /** Endpoints this viewpoint is not allowed to read, with the status it gets. */
  denied?: Record<string, number>;
}

const NOT_STAFF = {
  listStaffMembers: 403,
  listStaffInbox: 403,
  listStaffOutbox: 403,
  getStaffMemoRequest: 403,
  getStaffTravelSupport: 403,
  getStaffAssistanceRequest: 403,
  getStaffApplication: 403,
  listStaffInvoices: 403,
  getStaffInvoice: 403,
  listStaffMeetings: 403,
  getStaffMeeting: 403,
  listMeetingAttendees: 403,
  getMeetingAttendeesCsv: 403,
  listStaffBooks: 403,
  getStaffBook: 403,
  getStaffCity: 403,
  listStaffAccounts: 403,
};
/** Morgan works programs and policy: financial assistance is confidential to finance (403). */
const NOT_FINANCE = {
  listStaffAccounts: 403, // admins only: Morgan isn't one either
  getStaffAssistanceRequest: 403,
  getStaffApplication: 403,
  listStaffInvoices: 403,
  getStaffInvoice: 403,
};
/** A prospective city has no memo requests (reading one answers 404) and no memos to draft (403). */
const NO_MEMOS = { getMemoRequest: 404, getMemoDocument: 404, getMemoDraft: 403 };
/** The network directory is for member cities: a prospective city (or its preview) can't search it or be listed. */
const NO_DIRECTORY = { searchDirectory: 403, getDirectoryListing: 403 };
/** A person's directory listing and e-mail updates are their own: not even a delegate reads them. */
const NOT_OWN = { getDirectoryListing: 404, getEmailPreferences: 404 };
/** A delivered memo of each city, so the memo reads (and its document) answer 200. */
const DELIVERED_MEMO: Record<string, string> = {
  riverton: 'memo-riverton-adu',
  lakeport: 'memo-lakeport-crisis',
  'cedar-falls': 'memo-cedar-falls-childcare',
};
/** Only Riverton's ADU memo came with a file in the seed: the other memos' file reads answer 404. */
const withoutMemoFile = (operationId: string, memoRequestId: string) =>
  operationId === 'getMemoAttachment' && memoRequestId !== 'memo-riverton-adu';
/** Only Riverton has a finished card checkout in the seed; the other cities' reads answer 404. */
const NO_CHECKOUT = { getCheckoutSession: 404 };
/** Only a prospective city has a membership application. */
const NO_APPLICATION = { getApplication: 404 };
/** A prospective city has no invoice yet. */
const NO_INVOICE = { getInvoice: 404, ...NO_CHECKOUT };
/**
 * The seed has sent no welcome link: a token nobody was sent answers 404 to everyone, signed in or
 * not (welcome-links.test.ts reads a live one; the authorisation matrix, who may).
 */
const NO_WELCOME_LINK = { getWelcomeLink: 404 };
/** The application and delegation are the mayor's: a delegate gets 403 mayor_only, like the access history. */
const DELEGATE = { ...NOT_STAFF, ...NO_WELCOME_LINK, getAccessLog: 403, getApplication: 403, listDelegations: 403 };
const SEEDED_CHECKOUT = 'cs-seed-inv-riverton-2026-1';
const VIEWPOINTS: Viewpoint[] = [
  {
    account: 'ana',
    memberId: 'riverton',
    personId: 'ana-ortiz',
    denied: { ...NOT_STAFF, ...NO_APPLICATION, ...NO_WELCOME_LINK },
  },
  {
    account: 'marcus',
    memberId: 'lakeport',
    personId: 'marcus-bell',
    denied: { ...NOT_STAFF, ...NO_APPLICATION, ...NO_CHECKOUT, ...NO_WELCOME_LINK },
  },
  {
    account: 'dana',
    memberId: 'cedar-falls',
    personId: 'dana-whitfield',
    denied: { ...NOT_STAFF, ...NO_APPLICATION, ...NO_CHECKOUT, ...NO_WELCOME_LINK },
  },
  { account: 'jordan', memberId: 'riverton', personId: 'jordan-lee', denied: DELEGATE },
  {
    account: 'jordan',
    memberId: 'cedar-falls',
    personId: 'dana-whitfield',
    // A delegate acts for the mayor, but bookmarks are the mayor's own: not visible (404). Without
    // the memos scope there is no memo to draft (403).
    denied: {
      ...DELEGATE,
      getDues: 403,
      getInvoice: 403,
      listBookmarks: 404,
      getMemoDraft: 403,
      ...NOT_OWN,
      ...NO_CHECKOUT,
    },
  },
  {
    account: 'morgan',
    memberId: 'riverton',
    personId: 'ana-ortiz',
    denied: { ...NO_APPLICATION, ...NOT_FINANCE, ...NO_WELCOME_LINK },
  },
  {
    account: 'morgan',
    memberId: 'millbrook',
    personId: 'lee-chen',
    // MIP staff read any request by id, but Millbrook has none: 404.
    denied: {
      ...NO_MEMOS,
      ...NO_DIRECTORY,
      ...NO_INVOICE,
      getStaffMemoRequest: 404,
      ...NOT_FINANCE,
      ...NO_WELCOME_LINK,
    },
  },
  {
    account: 'lee',
    memberId: 'millbrook',
    personId: 'lee-chen',
    denied: { ...NOT_STAFF, ...NO_MEMOS, ...NO_DIRECTORY, ...NO_INVOICE, ...NO_WELCOME_LINK },
  },
];

const reads = Object.values(endpoints).filter((e) => e.method === 'GET');

describe('every GET answer matches the contract, for every demo account', () => {
  it.each(VIEWPOINTS)('$account on $memberId', async ({ account, memberId, personId, denied = {} }) => {
    await signIn(account);
    if (account === 'morgan') expect((await startPreview(memberId)).status).toBe(201);
    for (const endpoint of reads) {
      const memoRequestId = DELIVERED_MEMO[memberId] ?? 'memo-none';
      const path = fillPath(endpoint.path, {
        memberId,
        personId,
        meetingId: 'winter-2027',
        memoRequestId,
        // Lakeport's mayor's travel-support request: MIP staff read any city's by id.
        registrationId: 'reg-housing-affordability-convening-lakeport-2',
        assistanceRequestId: `assist-${memberId}-2026`,
        // Millbrook's application (the seed's only one): MIP finance staff read any by id.
        applicationId: 'app-millbrook',
        bookId: 'bb-winter-2026',
        trackId: 'first-term',
        invoiceId: `inv-${memberId}-2026`,
        checkoutSessionId: memberId === 'riverton' ? SEEDED_CHECKOUT : 'cs-none',
        token: 'welcome-none',
      });
      // Extra query keys are ignored by the schemas, so one query fits every endpoint.
      const query = endpoint.query ? `?memberId=${memberId}&population=212000` : '';
      const answer = await call('GET', `${path}${query}`);
      // The route helper validates every answer with the endpoint's schema (500 when it drifts).
      expect(answer.status, `${endpoint.operationId}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(
        denied[endpoint.operationId] ?? (withoutMemoFile(endpoint.operationId, memoRequestId) ? 404 : 200),
      );
    }
  });

  it('has a mock route for every endpoint of the inventory', () => {
    const missing = Object.values(endpoints)
      .map((e) => e.operationId)
      .filter((id) => !routedOperationIds().has(id));
    expect(missing).toEqual([]);
  });
});
