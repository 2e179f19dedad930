import { daysBetween } from '../../src/lib/format';
import { dateInZone } from '../db/dates';

/** Within this many days a weekday name is clearer than a date ("closes Friday"). */
const WEEKDAY_WITHIN_DAYS = 6;

/**
 * A coming instant as a person would say it, counted in calendar days where it happens (a
 * meeting's own zone): "today", "tomorrow", "Friday" within the week, else "Jan 6", with the year
 * only when it is not this year's ("Jan 6, 2027"). Pure, so it is tested without the mock's clock.
 */
export function relativeDay(instant: string, timeZone: string, now: Date): string {
  const today = dateInZone(now.toISOString(), timeZone);
  const day = dateInZone(instant, timeZone);
  const days = daysBetween(today, day);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  const date = new Date(instant);
  if (days > 1 && days <= WEEKDAY_WITHIN_DAYS) {
    return new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone }).format(date);
  }
  const sameYear = today.slice(0, 4) === day.slice(0, 4);
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(date);
}
