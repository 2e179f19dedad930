import * as z from 'zod/mini';
import { isoDate } from '@/api/contracts/common';

/**
 * A date a form needs (a date input gives "" or YYYY-MM-DD): missing, it says what to enter;
 * typed half-way (a browser without a date picker), it says how.
 */
export const requiredDateField = (missing: string) =>
  z.string().check(
    z.refine((value) => value !== '', { error: missing }),
    z.refine((value) => value === '' || z.safeParse(isoDate, value).success, {
      error: 'Enter the date as month, day and year',
    }),
  );
