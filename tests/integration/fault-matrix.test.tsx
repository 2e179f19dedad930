import { describe, expect, it } from 'vitest';
import type { EndpointName } from '@/api/contracts/endpoints';
import openapi from '../../public/openapi.json';
import { MATRIX_FAULTS } from '../fault-matrix/faults';
import { FILE_COLUMNS, describeFaultColumns, describeSelfRecovery, inventory, rows } from '../fault-matrix/matrix';
import { SCENARIOS } from '../fault-matrix/scenarios';

/**
 * The fault matrix, in the UI (quality.md, "Data is never lost or doubled"): every endpoint of the
 * inventory × {500, 503, network error, timeout, 401, 403, 404, 409, 422, 429 with Retry-After}.
 * Each cell makes that one endpoint fail every time (method + path glob, `times: Infinity`, so the
 * retries fail too), does what a person does to make the app call it (the scenario table,
 * tests/fault-matrix/scenarios.ts), and checks the defined state within a bounded time
 * (tests/fault-matrix/harness.tsx):
 *   - the failure in words (an alert, an error page, a toast, a status line, a section's notice);
 *   - nothing left busy or loading, and no white screen;
 *   - a way to try again where that helps (5xx, no answer, 429), and (in the 503 column) that it
 *     works once the fault has passed;
 *   - focus where the person acted or on the message; what they typed still there;
 *   - a 401 on a session endpoint: the sign-in-again dialog over the page (on the very first load,
 *     before that dialog exists: the sign-in page, or a section whose "Try again" opens it);
 *   - no console error (tests/setup/vitest-setup.ts) and no unhandled rejection.
 * This file runs each scenario once without a fault (proof that it reaches its endpoint), the
 * 5xx and 429 columns, a page recovering by itself from one passing fault, and the meta-tests;
 * fault-matrix-no-answer.test.tsx and fault-matrix-refusals.test.tsx run the other columns.
 */

describeFaultColumns(FILE_COLUMNS['fault-matrix.test.tsx'], { baseline: true });
describeSelfRecovery();

describe('the UI fault matrix covers the inventory', () => {
  const operationIds = inventory.map((endpoint) => endpoint.operationId);

  it('has a scenario for every endpoint of the inventory, and none for an endpoint that is gone', () => {
    expect(operationIds.filter((id) => !(id in SCENARIOS))).toEqual([]);
    expect(Object.keys(SCENARIOS).filter((id) => !operationIds.includes(id))).toEqual([]);
  });

  it('covers every operation of the OpenAPI document', () => {
    const paths = openapi.paths as Record<string, Record<string, { operationId: string }>>;
    const documented = Object.values(paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(documented.filter((id) => !(id in SCENARIOS))).toEqual([]);
    expect(documented.sort()).toEqual([...operationIds].sort());
  });

  it('acts for every changing endpoint: opening a page sends no change', () => {
    const passive = inventory.filter((e) => e.method !== 'GET' && !SCENARIOS[e.operationId as EndpointName].act);
    expect(passive.map((e) => e.operationId)).toEqual([]);
  });

  it('runs each of the ten faults for every endpoint, in exactly one of the three files', () => {
    const columns = Object.values(FILE_COLUMNS).flat();
    expect([...columns].sort()).toEqual(MATRIX_FAULTS.map((fault) => fault.name).sort());
    expect(new Set(columns).size).toBe(10);
    expect(rows.filter(([, , scenario]) => !scenario).map(([label]) => label)).toEqual([]);
  });
});
