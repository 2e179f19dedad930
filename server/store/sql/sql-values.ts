/**
 * PostgreSQL gives an instant back in its own text form ("2026-11-26 15:00:00.5+00", the offset
 * that of the session's zone); the rules and the contract use ISO 8601 in UTC, to the millisecond.
 */
const PG_INSTANT = /^(\d{4,}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.(\d+))?(?:([+-]\d\d)(?::?(\d\d))?(?::?(\d\d))?|Z)?$/;

export function instantFromSql(value: string): string {
  const match = PG_INSTANT.exec(value);
  if (!match) throw new Error(`not an instant: ${value}`);
  const [, day, time, fraction = '', hours, minutes = '00', seconds = '00'] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  const offset = hours === undefined ? 'Z' : `${hours}:${minutes}`;
  const parsed = new Date(`${day}T${time}.${millis}${offset}`);
  // Offsets with seconds (historic zones only) are folded in by hand.
  const extra = Number(seconds) * (hours?.startsWith('-') ? 1 : -1) * 1000;
  return new Date(parsed.getTime() + extra).toISOString();
}

/** PostgreSQL's code for a broken unique constraint (a key or unique value already held). */
const UNIQUE_VIOLATION = '23505';

/** The PostgreSQL error code under drizzle's wrapper (DrizzleQueryError keeps the driver's error as cause). */
export function pgCode(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** Whether a unique constraint refused the write. */
export function isUniqueViolation(error: unknown): boolean {
  return pgCode(error) === UNIQUE_VIOLATION;
}
