// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { pathMatcher } from '../lib/route';
import { call, errorCode, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});

describe('the contract router', () => {
  it('matches a path with its parameters decoded, with or without a trailing slash', () => {
    const match = pathMatcher('/members/{memberId}/meetings/{meetingId}');
    expect(match('/members/riverton/meetings/summer-2027')).toEqual({ memberId: 'riverton', meetingId: 'summer-2027' });
    expect(match('/members/river%20ton/meetings/a%2Fb/')).toEqual({ memberId: 'river ton', meetingId: 'a/b' });
    expect(match('/members/riverton/meetings')).toBeNull();
    expect(match('/members/riverton/meetings/x/y')).toBeNull();
    expect(match('/members/%E0%A4%A/meetings/x')).toBeNull();
  });

  it('treats a route’s dots and other characters literally', () => {
    expect(pathMatcher('/calendar/{id}.ics')('/calendar/abc.ics')).toEqual({ id: 'abc' });
    expect(pathMatcher('/calendar/{id}.ics')('/calendar/abcxics')).toBeNull();
  });

  it('answers each route through the whole pipeline, and 404 for what no route takes', async () => {
    await signIn('ana');
    expect((await call('GET', '/members/riverton/overview')).status).toBe(200);
    expect((await call('GET', '/members/riverton/overview/')).status).toBe(200);
    // A known path with a method it does not have, and a path nobody serves.
    const wrongMethod = await call('DELETE', '/members/riverton/overview');
    expect([wrongMethod.status, errorCode(wrongMethod)]).toEqual([404, 'not_found']);
    const nowhere = await call('GET', '/members/riverton/nowhere');
    expect([nowhere.status, errorCode(nowhere)]).toEqual([404, 'not_found']);
  });
});
