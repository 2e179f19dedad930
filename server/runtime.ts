import type { Store } from './store/store';

/** How passwords are kept: scrypt on the server (server/auth/passwords.ts); see each runtime. */
export interface PasswordKeeper {
  hash(plain: string): Promise<string>;
  verify(plain: string, stored: string): Promise<boolean>;
}

/**
 * What the rules run on, chosen by the runtime serving them: the store, how passwords are kept,
 * and who is asking. The server gives the SQL store and scrypt; the embedded mock its memory store.
 */
export interface HubRuntime {
  store: Store;
  passwords: PasswordKeeper;
  /** The address a request came from, for limits per address ('local' where there is none). */
  clientAddress: (request: Request) => string;
}
