// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clock } from '../clock';
import { API, call, signIn, useSeedDate } from './api';

beforeEach(() => {
  useSeedDate();
});
afterEach(() => {
  clock.set(null);
});

const calendar = (meetingId: string, memberId: string) =>
  fetch(`${API}/meetings/${meetingId}/calendar.ics?memberId=${memberId}`, { credentials: 'include' });

describe('the meeting calendar file (.ics)', () => {
  it('answers text/calendar with one event for a visible meeting', async () => {
    await signIn('ana');
    const response = await calendar('winter-2027', 'riverton');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('UID:winter-2027@mayorsinnovation.example\r\n');
    expect(text).toContain('SUMMARY:Winter Meeting 2027\r\n');
  });

  it('answers 404 for an invite-only meeting the city was not invited to', async () => {
    await signIn('dana');
    const response = await calendar('housing-affordability-convening', 'cedar-falls');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
  });

  it('answers 401 without a session, and for another city exactly as getMeeting does', async () => {
    expect((await calendar('winter-2027', 'riverton')).status).toBe(401);
    await signIn('dana');
    const meeting = await call('GET', '/meetings/winter-2027?memberId=riverton');
    expect(meeting.status).toBeGreaterThanOrEqual(403);
    expect((await calendar('winter-2027', 'riverton')).status).toBe(meeting.status);
  });
});
