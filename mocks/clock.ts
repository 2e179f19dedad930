/**
 * The mock API's notion of "now". Everything date-related in the mock (seed, idle expiry, preview
 * expiry, invoice status, "due in 14 days") reads it, so a test can move time with `clock.set()`.
 */
let frozenAt: Date | null = null;
/** Added to the real time while the clock runs: `startAt` moves the mock to another day. */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return frozenAt ? new Date(frozenAt.getTime()) : new Date(Date.now() + offsetMs);
  },
  /** Freezes time at `date`; `null` lets it run again from where `startAt` put it. */
  set(date: Date | string | null): void {
    frozenAt = date === null ? null : new Date(date);
  },
  /** Lets time run from `date` at real speed (idle expiry and ordering by time still work). */
  startAt(date: Date | string): void {
    frozenAt = null;
    offsetMs = new Date(date).getTime() - Date.now();
  },
  /** Moves a frozen clock forward (freezing it at the running time first if it was running). */
  advance(ms: number): void {
    frozenAt = new Date(clock.now().getTime() + ms);
  },
};
