import { hashPassword, verifyPassword, type ScryptParams } from './auth/passwords';
import { CLIENT_ADDRESS_HEADER } from './http/app';
import type { HubRuntime } from './runtime';
import type { HubDatabase } from './store/sql/open-database';
import { createSqlStore } from './store/sql/sql-store';

/**
 * The server's runtime: the SQL store, scrypt passwords, and the address the HTTP app saw.
 * `hashParams` is for test mode only, where thousands of sign-ins must not each cost 32 MiB.
 */
export function sqlRuntime(db: HubDatabase, hashParams?: Partial<ScryptParams>): HubRuntime {
  return {
    store: createSqlStore(db),
    passwords: { hash: (plain) => hashPassword(plain, hashParams), verify: verifyPassword },
    clientAddress: (request) => request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
  };
}
