/** Formatting for US readers: "Jun 30, 2027", "$4,000", "212,000". */

/**
 * Intl formatters are slow to make (all of these together took ~200 ms at a phone's speed when
 * the page's code loaded), so each is made on its first use, then kept.
 */
function madeOnFirstUse<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const dateFormat = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const longDateFormat = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat('en-US', {
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);
const wholeDollars = madeOnFirstUse(
  () => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
);
const dollarsAndCents = madeOnFirstUse(() => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }));
const count = madeOnFirstUse(() => new Intl.NumberFormat('en-US'));

/** Formatting is slow next to a lookup, and a page shows the same few hundred dates again and again. */
const formattedDates = new Map<string, string>();

/** A calendar date (YYYY-MM-DD) as "Jun 30, 2027". Calendar dates carry no zone, so read them as UTC. */
export function formatDate(isoDate: string): string {
  const day = isoDate.slice(0, 10);
  let text = formattedDates.get(day);
  if (text === undefined) {
    text = dateFormat().format(new Date(`${day}T00:00:00Z`));
    formattedDates.set(day, text);
  }
  return text;
}

export function formatLongDate(isoDate: string): string {
  return longDateFormat().format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

/** An instant shown as a date in a given time zone (a meeting's own zone, say). */
export function formatDateInZone(isoDateTime: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone }).format(
    new Date(isoDateTime),
  );
}

const localDate = madeOnFirstUse(
  () => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric' }),
);

/** An instant (a request sent, a status changed) as a date in the reader's own time zone. */
export function formatInstantDate(isoDateTime: string): string {
  return localDate().format(new Date(isoDateTime));
}

export function formatDateTimeInZone(isoDateTime: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(isoDateTime));
}

/**
 * "$2,000.00", "$187.50": every amount of a city's own money (dues, invoices, payments, requests)
 * is written to the cent, so amounts on one page always read alike.
 */
export function formatMoney(amountCents: number): string {
  return dollarsAndCents().format(amountCents / 100);
}

/**
 * "$4,000": a price in the dues price list (the tiers, a quote for a population), which is whole
 * dollars; those pages show no other money. Anything else to the cent, as formatMoney.
 */
export function formatPrice(amountCents: number): string {
  return amountCents % 100 === 0 ? wholeDollars().format(amountCents / 100) : formatMoney(amountCents);
}

export function formatCount(n: number): string {
  return count().format(n);
}

/** "1 person", "3 people", "1,204 results": a count with the noun that agrees with it. */
export function countOf(n: number, one: string, many: string): string {
  return `${count().format(n)} ${n === 1 ? one : many}`;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  const from = Date.parse(`${fromIsoDate.slice(0, 10)}T00:00:00Z`);
  const to = Date.parse(`${toIsoDate.slice(0, 10)}T00:00:00Z`);
  return Math.round((to - from) / 86_400_000);
}

const localDateTime = madeOnFirstUse(
  () =>
    new Intl.DateTimeFormat('en-US', {
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
    }),
);
const localTime = madeOnFirstUse(() => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }));

/** An instant as "Nov 20, 2026, 3:15 PM" in the reader's own time zone (the access history). */
export function formatInstant(isoDateTime: string): string {
  return localDateTime().format(new Date(isoDateTime));
}

/** An instant's time of day, "3:15 PM", in the reader's own time zone. */
export function formatInstantTime(isoDateTime: string): string {
  return localTime().format(new Date(isoDateTime));
}
