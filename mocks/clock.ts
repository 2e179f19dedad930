/**
 * The mock API's notion of "now". Everything date-related in the mock (seed, idle expiry, preview
 * expiry, invoice status, "due in 14 days") reads it, so a test can move time with `clock.set()`.
 */
let frozenAt: Date | null = null;

export const clock = {
  now(): Date {
    return frozenAt ? new Date(frozenAt.getTime()) : new Date();
  },
  /** Freezes time at `date`; `null` goes back to real time. */
  set(date: Date | string | null): void {
    frozenAt = date === null ? null : new Date(date);
  },
  /** Moves a frozen clock forward (freezing it at real time first if it was running). */
  advance(ms: number): void {
    frozenAt = new Date((frozenAt ?? new Date()).getTime() + ms);
  },
};
