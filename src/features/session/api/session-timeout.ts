/**
 * The timing of the idle-timeout warning, as pure functions of two timestamps: when the session
 * will end (`deadline`) and the time now, both in the browser's milliseconds. Nothing here counts
 * ticks, so a tab that slept for an hour is judged by the clock when it wakes.
 */

/** The warning opens this long before the session's idle end (quality.md: at least 2 minutes). */
export const WARNING_LEAD_MS = 2 * 60_000;

/**
 * When the time left is read out again while the warning is open: at 1 minute and at 30 seconds
 * (and it is read when the warning opens). Once a second would drown a screen reader.
 */
const ANNOUNCE_AT_MS = [60_000, 30_000];

export type TimeoutPhase = 'idle' | 'warning' | 'ended';

export function timeoutPhase(deadline: number, now: number): TimeoutPhase {
  const left = deadline - now;
  if (left <= 0) return 'ended';
  return left <= WARNING_LEAD_MS ? 'warning' : 'idle';
}

/**
 * The next moment after `now` at which what the person sees changes: the warning opens, the time
 * left is read out again, or the session ends. Null once it has ended: nothing more to wait for.
 */
export function nextTimeoutMoment(deadline: number, now: number): number | null {
  const moments = [deadline - WARNING_LEAD_MS, ...ANNOUNCE_AT_MS.map((ms) => deadline - ms), deadline];
  return moments.find((moment) => moment > now) ?? null;
}

/**
 * The time left in words, rounded to what is true at the moments it is read out: "2 minutes",
 * "1 minute", "30 seconds" ("a few seconds" for a tab that wakes just before the end).
 */
export function timeLeftInWords(ms: number): string {
  if (ms <= 15_000) return 'a few seconds';
  if (ms <= 45_000) return '30 seconds';
  const minutes = Math.max(1, Math.round(ms / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
