/**
 * Every test runs on the same day, whatever the machine's date: the demo data follows "today", so a
 * test that read the real date would assert what was true on the day it was written.
 * Thursday 26 November 2026, 15:00 UTC: mid membership year, before the Winter Meeting.
 */
export const PINNED_NOW = '2026-11-26T15:00:00.000Z';

/**
 * Self-contained (no reference to this module), so Playwright can also run it in the page before
 * the app's scripts (`page.addInitScript(pinClock, PINNED_NOW)`).
 *
 * Replaces the global Date with one whose "now" starts at `at` and then runs at real speed, so
 * timeouts, idle expiry and durations behave as usual. Only "now" moves: dates built from a value
 * are untouched, and `instanceof Date` still holds for every date, whichever constructor made it.
 */
export function pinClock(at: string): void {
  const RealDate = globalThis.Date;
  if ((RealDate as { pinned?: boolean }).pinned) return;
  const offset = Date.parse(at) - RealDate.now();

  class PinnedDate extends RealDate {
    static pinned = true;
    constructor(...args: ConstructorParameters<DateConstructor> | []) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = PinnedDate as unknown as DateConstructor;
}
