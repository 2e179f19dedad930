// @vitest-environment node
// API-level tests need no DOM. A black-box suite: it runs on every runtime (tests/black-box).
// City records MIP's staff keep (issue 19): a city's population, recorded with its source and
// date, bills from the next membership year's invoice; the membership status says why it is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dues, Invoice } from '../../src/api/contracts/dues';
import type { StaffMemberListItem } from '../../src/api/contracts/access';
import type { PopulationInput, StaffCity } from '../../src/api/contracts/staff-cities';
import type { PersonTracks } from '../../src/api/contracts/tracks';
import {
  call,
  EMAILS,
  errorCode,
  resetApi,
  RIVERTON_INVOICE_REQUEST,
  setApiClock,
  signIn,
  startPreview,
  type ApiAnswer,
  type ErrorAnswer,
} from './api';
import { signInWith } from './api-records';

beforeEach(() => resetApi());
afterEach(() => setApiClock(null));

/** A newer count that moves Riverton (212,000: the $4,000 tier) into the $5,000 one. */
const ESTIMATE: PopulationInput = {
  population: 305_000,
  source: 'US Census Bureau, 2025 population estimate',
  asOf: '2025-07-01',
};

const ifMatch = (version: number | undefined): Record<string, string> =>
  version === undefined ? {} : { 'If-Match': `"${String(version)}"` };
const fieldErrors = (answer: ApiAnswer) => (answer.body as ErrorAnswer).error.fieldErrors ?? {};

const readCity = (memberId: string) => call<StaffCity>('GET', `/staff/cities/${memberId}`);
const record = (memberId: string, input: unknown, version?: number) =>
  call<StaffCity>('POST', `/staff/cities/${memberId}/population`, { body: input, headers: ifMatch(version) });

async function theoRecords(memberId: string, input: PopulationInput = ESTIMATE): Promise<StaffCity> {
  await signIn('theo');
  const before = await readCity(memberId);
  const answer = await record(memberId, input, before.body.version);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

describe("a city's record, as MIP's staff read it", () => {
  it("shows the mayor, the population with its source and the tier this year's dues follow", async () => {
    await signIn('morgan');
    const riverton = await readCity('riverton');
    expect(riverton.status).toBe(200);
    expect(riverton.body).toMatchObject({
      city: 'Riverton',
      state: 'WI',
      kind: 'member',
      mayor: { name: 'Ana Ortiz', email: 'ana.ortiz@riverton.example' },
      population: { population: 212_000, source: 'US Census Bureau, 2020 Census', asOf: '2020-04-01' },
      tier: { feeCents: 400_000 },
      populationChange: null,
      nextYear: { label: '2027–28', startsOn: '2027-07-01' },
      actions: [],
    });
  });

  it('says why the membership status is what it is, from dues and dates', async () => {
    await signIn('theo');
    const cedarFalls = (await readCity('cedar-falls')).body;
    expect(cedarFalls.membership.status).toBe('grace');
    expect(cedarFalls.membershipReason).toMatch(/^A payment due .+ is unpaid: the city is in its 90 days of grace/);
    const millbrook = (await readCity('millbrook')).body;
    expect(millbrook.membership.status).toBe('prospective');
    expect(millbrook.membershipReason).toBe('The city has applied to join; MIP has not approved it yet.');
  });

  it('is for MIP staff only, and an unknown city is not found', async () => {
    await signIn('ana');
    expect(errorCode(await readCity('riverton'))).toBe('staff_only');
    await signIn('theo');
    expect((await readCity('atlantis')).status).toBe(404);
  });
});

describe("recording a city's population", () => {
  it("keeps this year's tier, and says which membership year the new one bills from", async () => {
    const recorded = await theoRecords('riverton');
    expect(recorded.population.population).toBe(212_000);
    expect(recorded.tier.feeCents).toBe(400_000);
    expect(recorded.populationChange).toMatchObject({
      ...ESTIMATE,
      appliesFrom: '2027-07-01',
      yearLabel: '2027–28',
      tier: { feeCents: 500_000 },
      recordedBy: { name: 'Theo Grant' },
    });
    expect(recorded.actions).toHaveLength(1);
    expect(recorded.actions[0]).toMatchObject({
      by: { name: 'Theo Grant' },
      action: 'Recorded a population of 305,000, applying from Jul 1, 2027',
      detail: 'US Census Bureau, 2025 population estimate, as of Jul 1, 2025',
    });

    // The city's own dues page still shows this year's figure and tier, and tells next year's.
    await signIn('ana');
    const before = await call<Dues>('GET', '/members/riverton/dues');
    expect(before.body).toMatchObject({ population: 212_000, tier: { feeCents: 400_000 } });
    expect(before.body.nextYear).toMatchObject({
      population: 305_000,
      tier: { feeCents: 500_000 },
      yearLabel: '2027–28',
      startsOn: '2027-07-01',
    });
    // Once that year has begun, the figure is this year's, and nothing waits for the next.
    await setApiClock(new Date('2027-07-02T15:00:00Z'));
    await signIn('ana');
    const after = await call<Dues>('GET', '/members/riverton/dues');
    expect(after.body).toMatchObject({ population: 305_000, tier: { feeCents: 500_000 }, nextYear: null });
  });

  it("bills the next membership year's invoice at the new tier", async () => {
    await theoRecords('riverton');
    await setApiClock(new Date('2027-07-06T15:00:00Z'));

    await signIn('theo');
    const city = (await readCity('riverton')).body;
    expect(city).toMatchObject({
      population: ESTIMATE,
      tier: { feeCents: 500_000 },
      populationChange: null,
      nextYear: { label: '2028–29', startsOn: '2028-07-01' },
    });

    await signIn('ana');
    expect((await call<Dues>('GET', '/members/riverton/dues')).body).toMatchObject({
      population: 305_000,
      tier: { feeCents: 500_000 },
    });
    const invoice = await call<Invoice>('POST', '/members/riverton/invoice-requests', {
      body: RIVERTON_INVOICE_REQUEST,
      headers: { 'Idempotency-Key': 'staff-cities-next-year-invoice' },
    });
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    expect(invoice.body).toMatchObject({ membershipYearLabel: '2027–28', amountCents: 500_000 });
  });

  it("leaves this year's invoice at its tier, even one a lapsed city asks for after the change", async () => {
    await signIn('theo');
    const cities = await call<{ items: StaffMemberListItem[] }>('GET', '/staff/members');
    const lapsed = cities.body.items.find((c) => c.membershipStatus === 'lapsed');
    if (!lapsed) throw new Error('The seed has a lapsed city');
    const before = (await readCity(lapsed.id)).body;
    const grown: PopulationInput = { ...ESTIMATE, population: before.population.population * 3 + 1_000_000 };
    await theoRecords(lapsed.id, grown);

    await signInWith(before.mayor.email);
    const invoice = await call<Invoice>('POST', `/members/${lapsed.id}/invoice-requests`, {
      body: RIVERTON_INVOICE_REQUEST,
      headers: { 'Idempotency-Key': 'staff-cities-lapsed-invoice' },
    });
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    expect(invoice.body.amountCents).toBe(before.tier.feeCents);
  });

  it('replaces a change not yet applied when a second one is recorded in the same year', async () => {
    await theoRecords('riverton');
    const second = await theoRecords('riverton', { ...ESTIMATE, population: 198_500, source: 'City planning office' });
    expect(second.populationChange).toMatchObject({ population: 198_500, tier: { feeCents: 300_000 } });
    expect(second.population.population).toBe(212_000);
    expect(second.actions).toHaveLength(2);
  });

  it('refuses a page that read an older version (412), and a count dated in the future (422 at the field)', async () => {
    await signIn('theo');
    const { version } = (await readCity('riverton')).body;
    expect((await record('riverton', ESTIMATE, version)).status).toBe(200);
    const stale = await record('riverton', ESTIMATE, version);
    expect(stale.status).toBe(412);
    expect(errorCode(stale)).toBe('changed_meanwhile');

    const future = await record('riverton', { ...ESTIMATE, asOf: '2026-12-01' });
    expect(future.status).toBe(422);
    expect(fieldErrors(future)).toEqual({ asOf: ['Enter the date the figure counts: it must be today or earlier'] });
  });

  it('says what is wrong with each field, in words about the city', async () => {
    await signIn('theo');
    const answer = await record('riverton', { population: 0, source: '   ', asOf: 'July' });
    expect(answer.status).toBe(422);
    expect(fieldErrors(answer)).toMatchObject({
      population: ["Enter the city's population: it can't be 0"],
      source: ['Say where the figure comes from, like "US Census Bureau, 2024 estimate"'],
      asOf: ['Enter a real date as year, month and day, like 2027-06-30'],
    });
  });

  it('is for finance and admin staff: programs and policy staff may read the record, not change it', async () => {
    await signIn('morgan');
    const answer = await record('riverton', ESTIMATE);
    expect(answer.status).toBe(403);
    expect(errorCode(answer)).toBe('outside_staff_area');
    await signIn('ana');
    expect(errorCode(await record('riverton', ESTIMATE))).toBe('staff_only');
  });
});

describe("recording a city's new mayor", () => {
  const ROSA = { name: 'Rosa Delgado', email: 'rosa.delgado@riverton.example', termStartedOn: '2026-11-02' };
  const recordMayor = (memberId: string, input: unknown, version?: number) =>
    call<StaffCity>('POST', `/staff/cities/${memberId}/mayor`, { body: input, headers: ifMatch(version) });

  async function theoRecordsMayor(memberId: string, input = ROSA): Promise<StaffCity> {
    await signIn('theo');
    const before = await readCity(memberId);
    const answer = await recordMayor(memberId, input, before.body.version);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }

  it('puts the new mayor on the record, and says who did it', async () => {
    const riverton = await theoRecordsMayor('riverton');
    expect(riverton.mayor).toMatchObject({ name: 'Rosa Delgado', email: ROSA.email, termStartedOn: '2026-11-02' });
    expect(riverton.actions.map((a) => [a.by.name, a.action])).toEqual([
      ['Theo Grant', 'Recorded Mayor Rosa Delgado in place of Mayor Ana Ortiz'],
    ]);
  });

  it("ends the former mayor's access: they can't sign in, and their delegates' access ends", async () => {
    await signIn('jordan');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    await theoRecordsMayor('riverton');
    await signIn('jordan');
    expect(errorCode(await call('GET', '/members/riverton/overview'))).toBe('delegation_revoked');
    const ana = await call('POST', '/session', { body: { email: EMAILS.ana, password: 'demo' } });
    expect(ana.status).toBe(401);
  });

  it("gives the new mayor first-term eligibility from their term, and none of the former mayor's tracks", async () => {
    // Marcus Bell began in 2017: not a first-term mayor. His successor is.
    const lakeport = await theoRecordsMayor('lakeport', { ...ROSA, email: 'rosa.delgado@lakeport.example' });
    await startPreview('lakeport', 'Checking the new mayor’s tracks');
    const tracks = await call<PersonTracks>('GET', `/people/${lakeport.mayor.id}/tracks`);
    expect(tracks.status).toBe(200);
    expect(tracks.body.memberships).toEqual([]);
    expect(tracks.body.eligibility.find((e) => e.trackId === 'first-term')?.eligible).toBe(true);
  });

  it('answers a retried request with the mayor in place, and refuses a page that read an older version', async () => {
    const before = (await signIn('theo'), await readCity('riverton')).body;
    expect((await recordMayor('riverton', ROSA, before.version)).status).toBe(200);
    const retried = await recordMayor('riverton', ROSA, before.version);
    expect([retried.status, retried.body.mayor.name, retried.body.actions.length]).toEqual([200, 'Rosa Delgado', 1]);
    const other = await recordMayor('riverton', { ...ROSA, email: 'sam.ito@riverton.example' }, before.version);
    expect(other.status).toBe(412);
  });

  it('says at the field when the e-mail is taken or the term starts before the former mayor’s', async () => {
    await signIn('theo');
    const { version } = (await readCity('riverton')).body;
    const taken = await recordMayor('riverton', { ...ROSA, email: EMAILS.jordan }, version);
    expect([taken.status, Object.keys(fieldErrors(taken))]).toEqual([409, ['email']]);
    const early = await recordMayor('riverton', { ...ROSA, termStartedOn: '2024-01-02' }, version);
    expect(fieldErrors(early)).toEqual({
      termStartedOn: ["Enter a term start after Mayor Ana Ortiz's (Jan 6, 2025)"],
    });
    const blank = await recordMayor('riverton', { name: ' ', email: 'not an address', termStartedOn: '' }, version);
    expect(Object.keys(fieldErrors(blank)).sort()).toEqual(['email', 'name', 'termStartedOn']);
    expect((await readCity('riverton')).body.mayor.name).toBe('Ana Ortiz');
  });

  it("is for finance and admin, and only for a member city (an applicant's mayor is its application's)", async () => {
    await signIn('morgan');
    expect(errorCode(await recordMayor('riverton', ROSA))).toBe('outside_staff_area');
    await signIn('theo');
    const millbrook = await recordMayor('millbrook', { ...ROSA, email: 'rosa@millbrook.example' });
    expect([millbrook.status, errorCode(millbrook)]).toEqual([409, 'not_a_member']);
  });
});
