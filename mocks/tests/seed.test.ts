// @vitest-environment node
// API-level tests need no DOM; session.test.ts runs in jsdom, where the UI tests meet this mock.
import { describe, expect, it } from 'vitest';
import { duesTierFor } from '../../src/lib/dues-tiers';
import { buildSeed } from '../db/seed/seed-db';
import { SEED_DATE } from './api';

describe('the seed', () => {
  it('is deterministic: the same date gives deep-equal data, whatever the time of day', () => {
    expect(buildSeed(new Date(SEED_DATE))).toEqual(buildSeed(new Date(SEED_DATE)));
    expect(buildSeed(new Date('2026-11-26T00:00:00Z'))).toEqual(buildSeed(new Date('2026-11-26T23:59:59Z')));
  });

  it('depends on the date', () => {
    const other = buildSeed(new Date('2027-03-02T15:00:00Z'));
    expect(other.meetings.map((m) => m.id)).toContain('winter-2028');
    expect(other).not.toEqual(buildSeed(new Date(SEED_DATE)));
  });

  it('has the fixed demo ids, ~45 cities and ~3,000 library items', () => {
    const db = buildSeed(new Date(SEED_DATE));
    for (const id of ['riverton', 'lakeport', 'cedar-falls', 'millbrook'])
      expect(db.members.some((m) => m.id === id)).toBe(true);
    for (const id of ['ana-ortiz', 'marcus-bell', 'dana-whitfield', 'jordan-lee', 'morgan-hale', 'lee-chen'])
      expect(db.people.some((p) => p.id === id)).toBe(true);
    expect(db.members.length).toBeGreaterThanOrEqual(44);
    expect(db.briefingBooks.length).toBeGreaterThan(2_900);
    expect(new Set(db.briefingBooks.map((b) => b.id)).size).toBe(db.briefingBooks.length);
    expect(new Set(db.briefingBooks.map((b) => b.policyAreaId)).size).toBe(15);
  });

  it('links meetings to briefing books that exist, and registrations to meetings and members that exist', () => {
    const db = buildSeed(new Date(SEED_DATE));
    const books = new Set(db.briefingBooks.map((b) => b.id));
    for (const m of db.meetings) if (m.briefingBookId) expect(books.has(m.briefingBookId), m.id).toBe(true);
    const meetings = new Set(db.meetings.map((m) => m.id));
    const members = new Set(db.members.map((m) => m.id));
    for (const r of db.registrations) expect(meetings.has(r.meetingId) && members.has(r.memberId), r.id).toBe(true);
    expect(new Set(db.registrations.map((r) => r.id)).size).toBe(db.registrations.length);
  });

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    const db = buildSeed(new Date(SEED_DATE));
    expect(JSON.parse(JSON.stringify(db))).toEqual(db);
  });

  it('bills each city by the dues tier of its population', () => {
    const db = buildSeed(new Date(SEED_DATE));
    for (const invoice of db.invoices) {
      const member = db.members.find((m) => m.id === invoice.memberId);
      expect(invoice.amountCents).toBe(duesTierFor(member?.population ?? -1).feeCents);
      expect(invoice.instalments.reduce((sum, i) => sum + i.amountCents, 0)).toBe(invoice.amountCents);
    }
  });

  it('numbers invoices like invoices: MIP-<year>-<4 digits>, one sequence per year with no gaps', () => {
    const db = buildSeed(new Date(SEED_DATE));
    const byYear = new Map<string, number[]>();
    for (const invoice of db.invoices) {
      const match = /^MIP-(\d{4})-(\d{4})$/.exec(invoice.number);
      expect(match, invoice.number).not.toBeNull();
      const [, year = '', sequence = ''] = match ?? [];
      expect(invoice.membershipYearLabel.startsWith(year)).toBe(true);
      byYear.set(year, [...(byYear.get(year) ?? []), Number(sequence)]);
    }
    for (const sequences of byYear.values()) {
      expect([...sequences].sort((a, b) => a - b)).toEqual(sequences.map((_, i) => i + 1));
    }
    // The same day gives the same numbers.
    expect(buildSeed(new Date(SEED_DATE)).invoices.map((i) => i.number)).toEqual(db.invoices.map((i) => i.number));
  });

  it('keeps benefit rules per year: 2 memos before 2020–21, 3 since', () => {
    const rules = buildSeed(new Date(SEED_DATE)).benefitRules;
    expect(rules.find((r) => r.membershipYearLabel === '2019–20')?.memoAllowance).toBe(2);
    expect(rules.find((r) => r.membershipYearLabel === '2020–21')?.memoAllowance).toBe(3);
  });
});
