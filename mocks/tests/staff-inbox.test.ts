// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Inbox, WorkItem } from '../../src/api/contracts/staff-work';
import { clock } from '../clock';
import { call, errorCode, signIn, startPreview, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

async function inbox(query = ''): Promise<Inbox> {
  const answer = await call<Inbox>('GET', `/staff/inbox${query}`);
  expect(answer.status).toBe(200);
  return answer.body;
}

/** Every item on every page, for a query. */
async function everything(query = ''): Promise<WorkItem[]> {
  const items: WorkItem[] = [];
  for (let page = 1; ; page += 1) {
    const body = await inbox(`?pageSize=100&page=${page}${query}`);
    items.push(...body.items);
    if (items.length >= body.total) return items;
  }
}

describe('the staff work inbox', () => {
  it("shows each of MIP's staff only their areas' work, with counts per kind", async () => {
    await signIn('morgan'); // programs and policy
    const morgan = await everything();
    console.log(JSON.stringify((await inbox()).counts), morgan.length);
    expect(new Set(morgan.map((i) => i.kind))).toEqual(new Set(['memo_request', 'travel_support']));
    expect((await inbox()).counts.map((c) => c.kind)).toEqual(['memo_request', 'travel_support']);

    await signIn('theo'); // finance
    const theo = await everything();
    console.log(JSON.stringify((await inbox()).counts), theo.length);
    expect(new Set(theo.map((i) => i.kind))).toEqual(new Set(['assistance_request', 'application', 'invoice_request']));
    expect(theo).toContainEqual(
      expect.objectContaining({ kind: 'assistance_request', memberId: 'cedar-falls', stage: 'in_progress' }),
    );
    expect(theo).toContainEqual(expect.objectContaining({ kind: 'application', memberId: 'millbrook', stage: 'new' }));
    const counts = Object.fromEntries((await inbox()).counts.map((c) => [c.kind, c.count]));
    expect(counts).toEqual({
      assistance_request: theo.filter((i) => i.kind === 'assistance_request').length,
      application: theo.filter((i) => i.kind === 'application').length,
      invoice_request: theo.filter((i) => i.kind === 'invoice_request').length,
    });
  });

  it('keeps financial assistance confidential to finance, whatever the filters ask', async () => {
    await signIn('morgan');
    expect((await inbox('?kind=assistance_request')).items).toEqual([]);
    expect((await inbox('?city=cedar-falls')).items.map((i) => i.kind)).not.toContain('assistance_request');
    const finance = await call('GET', '/staff/inbox?area=finance');
    expect(finance.status).toBe(403);
    expect(errorCode(finance)).toBe('outside_staff_area');
  });

  it('puts the longest-waiting first by default, the newest first on request, and pages', async () => {
    await signIn('morgan');
    const oldest = await everything();
    const since = oldest.map((i) => i.waitingSince);
    expect(since).toEqual([...since].sort());
    const newest = await everything('&sort=newest');
    expect(newest.map((i) => i.id)).toEqual(oldest.map((i) => i.id).reverse());

    const first = await inbox('?pageSize=1');
    const second = await inbox('?pageSize=1&page=2');
    expect(first.total).toBe(oldest.length);
    expect([first.items[0]?.id, second.items[0]?.id]).toEqual(oldest.slice(0, 2).map((i) => i.id));
  });

  it('filters by kind, stage, city and "assigned to me", and counts each kind under the other filters', async () => {
    await signIn('morgan');
    const all = await everything();
    const memos = await everything('&kind=memo_request');
    expect(memos).toEqual(all.filter((i) => i.kind === 'memo_request'));
    const fresh = await everything('&stage=new');
    expect(fresh).toEqual(all.filter((i) => i.stage === 'new'));
    const riverton = await everything('&city=riverton');
    expect(riverton).toEqual(all.filter((i) => i.memberId === 'riverton'));
    const mine = await everything('&assigned=me');
    expect(mine).toEqual(all.filter((i) => i.assignee?.id === 'morgan-hale'));

    const counted = await inbox('?stage=new&kind=memo_request');
    const memoCount = counted.counts.find((c) => c.kind === 'memo_request')?.count;
    const travelCount = counted.counts.find((c) => c.kind === 'travel_support')?.count;
    expect(memoCount).toBe(fresh.filter((i) => i.kind === 'memo_request').length);
    expect(travelCount).toBe(fresh.filter((i) => i.kind === 'travel_support').length);
  });

  it('shows a memo request the moment a mayor sends it, as new, with who asked', async () => {
    await signIn('jordan');
    const sent = await call<{ id: string }>('POST', '/members/riverton/memo-requests', {
      body: { title: 'Curbside composting pilots', policyAreaId: 'climate-energy', question: 'What did pilots cost?' },
      headers: { 'Idempotency-Key': 'staff-inbox-new-memo' },
    });
    expect(sent.status).toBe(201);

    await signIn('morgan');
    const newest = await inbox('?sort=newest&kind=memo_request');
    expect(newest.items[0]).toMatchObject({
      id: sent.body.id,
      kind: 'memo_request',
      area: 'policy',
      stage: 'new',
      city: 'Riverton',
      title: 'Curbside composting pilots',
      requestedBy: { id: 'jordan-lee' },
      onBehalfOf: { id: 'ana-ortiz' },
      assignee: null,
    });
  });

  it('can be read during a preview, and by nobody outside MIP', async () => {
    await signIn('morgan');
    await startPreview('riverton', 'Checking the inbox during a preview');
    expect((await call('GET', '/staff/inbox')).status).toBe(200);
    await call('DELETE', '/session');

    await signIn('ana');
    const mayor = await call('GET', '/staff/inbox');
    expect(mayor.status).toBe(403);
    expect(errorCode(mayor)).toBe('staff_only');
  });
});
