/**
 * The Hub's data on PostgreSQL (PGlite or a server), translated from the mock's rows
 * (mocks/db/rows). Columns are camelCase here and snake_case in SQL (`casing: 'snake_case'`).
 */
export * from './people';
export * from './benefits';
export * from './meetings';
export * from './dues';
export * from './staff';
export * from './meta';
