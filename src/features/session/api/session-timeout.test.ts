import { describe, expect, it } from 'vitest';
import { nextTimeoutMoment, timeLeftInWords, timeoutPhase, WARNING_LEAD_MS } from './session-timeout';

const END = Date.parse('2026-11-26T16:30:00Z');
const S = 1000;

describe('session timeout timing', () => {
  it('is idle until 2 minutes before the end, then warns, then has ended', () => {
    expect(timeoutPhase(END, END - WARNING_LEAD_MS - 1)).toBe('idle');
    expect(timeoutPhase(END, END - WARNING_LEAD_MS)).toBe('warning');
    expect(timeoutPhase(END, END - 1)).toBe('warning');
    expect(timeoutPhase(END, END)).toBe('ended');
    expect(timeoutPhase(END, END + 60 * 60 * S)).toBe('ended');
  });

  it('wakes at the warning, at 1 minute, at 30 seconds and at the end, then no more', () => {
    expect(nextTimeoutMoment(END, END - 20 * 60 * S)).toBe(END - 120 * S);
    expect(nextTimeoutMoment(END, END - 120 * S)).toBe(END - 60 * S);
    expect(nextTimeoutMoment(END, END - 60 * S)).toBe(END - 30 * S);
    expect(nextTimeoutMoment(END, END - 30 * S)).toBe(END);
    expect(nextTimeoutMoment(END, END)).toBeNull();
  });

  it('judges a tab that slept by the clock, not by the moments it missed', () => {
    expect(nextTimeoutMoment(END, END - 10 * S)).toBe(END);
    expect(timeoutPhase(END, END - 10 * S)).toBe('warning');
    expect(timeLeftInWords(10 * S)).toBe('a few seconds');
  });

  it('says the time left in words', () => {
    expect(timeLeftInWords(120 * S)).toBe('2 minutes');
    expect(timeLeftInWords(100 * S)).toBe('2 minutes');
    expect(timeLeftInWords(80 * S)).toBe('1 minute');
    expect(timeLeftInWords(60 * S)).toBe('1 minute');
    expect(timeLeftInWords(30 * S)).toBe('30 seconds');
  });
});
