import type { HubDatabase } from './open-database';

/** A transaction on either driver: what the SQL store's tables and queries read and write through. */
export type SqlTx = Parameters<Parameters<HubDatabase['transaction']>[0]>[0];
