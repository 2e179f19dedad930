import { customType, date, timestamp } from 'drizzle-orm/pg-core';

/** An instant (the mock's ISO `…At` strings): always with its zone, read back as a string. */
export const instant = () => timestamp({ withTimezone: true, mode: 'string' });

/** A calendar date (the mock's `…On` strings, "YYYY-MM-DD"). */
export const calendarDate = () => date({ mode: 'string' });

/** Raw bytes (a memo's file): bytea, as a Uint8Array in JavaScript on both drivers. */
export const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType() {
    return 'bytea';
  },
  fromDriver(value) {
    // node-postgres hands back a Buffer (a Uint8Array subclass); give callers a plain view.
    return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  },
});
