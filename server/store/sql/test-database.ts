import pg from 'pg';

/** A PostgreSQL server's database kept for tests (scripts/start-test-postgres.sh), or '' for none. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() ?? '';

/**
 * A new, empty database beside TEST_DATABASE_URL's, named for one test file: test files run at
 * the same time, and each must have a database no other file empties under it.
 */
export async function freshTestDatabase(name: string): Promise<string> {
  const url = new URL(TEST_DATABASE_URL);
  const database = `${url.pathname.slice(1)}_${name}`;
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`not a test database name: ${database}`);
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.query(`create database "${database}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${database}`;
  return url.toString();
}

/** Drops a database `freshTestDatabase` made, once its test file is done with it. */
export async function dropTestDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`not a test database name: ${database}`);
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${database}" with (force)`);
  } finally {
    await admin.end();
  }
}
