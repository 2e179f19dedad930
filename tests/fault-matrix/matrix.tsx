import { act, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Endpoint } from '@/api/contracts/endpoint';
import { endpoints, type EndpointName } from '@/api/contracts/endpoints';
import { MATRIX_FAULTS, type FaultName, type MatrixFault } from './faults';
import {
  SETTLE_WITHIN_MS,
  busyThings,
  expectDefinedState,
  expectTryAgainWorks,
  requestsTo,
  shownFailures,
  startCell,
  warmUp,
  watchUnhandledRejections,
} from './harness';
import { SCENARIOS, type Scenario } from './scenarios';

/**
 * The UI fault matrix, generated from the inventory (`endpoints`, which public/openapi.json is
 * built from) and the scenario table. Its columns are spread over three test files so that vitest
 * can run them side by side (tests/integration/fault-matrix*.test.tsx); FILE_COLUMNS says which
 * file runs which faults, and a meta-test checks that together they run all ten.
 */
export const FILE_COLUMNS = {
  'fault-matrix.test.tsx': ['500', '503', '429'],
  'fault-matrix-no-answer.test.tsx': ['network', 'timeout'],
  'fault-matrix-refusals.test.tsx': ['401', '403', '404', '409', '422'],
} as const satisfies Record<string, readonly FaultName[]>;

export const inventory = Object.values(endpoints) as Endpoint[];

export const rows = inventory.map((endpoint) => {
  const scenario = SCENARIOS[endpoint.operationId as EndpointName] as Scenario | undefined;
  return [`${endpoint.operationId} (${endpoint.method} ${endpoint.path})`, endpoint, scenario] as const;
});

const ok = (status: number) => status >= 200 && status < 300;

async function noUnhandledRejections(seen: unknown[]): Promise<void> {
  // Rejections are reported after the microtasks of the turn that dropped them.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(
    seen.map((reason) => (reason instanceof Error ? reason.message : String(reason))),
    'unhandled rejections',
  ).toEqual([]);
}

/** A changing scenario whose success leaves its button busy on purpose (the browser is leaving). */
const BUSY_ON_SUCCESS = new Set<string>(['createCheckoutSession']);

/** The recovery sample: once the fault has passed, "Try again" (or the person's own button) works. */
const TRY_AGAIN_COLUMN: FaultName = '503';

function scenarioOf(endpoint: Endpoint, scenario: Scenario | undefined): Scenario {
  if (!scenario) throw new Error(`No scenario for ${endpoint.operationId} in tests/fault-matrix/scenarios.ts`);
  return scenario;
}

/** One test per endpoint × fault of these columns (and, with `baseline`, one run without a fault). */
export function describeFaultColumns(columns: readonly FaultName[], { baseline = false } = {}): void {
  const faults = MATRIX_FAULTS.filter((fault) => columns.includes(fault.name));
  beforeAll(warmUp, 60_000);

  describe('fault matrix, UI: every endpoint × every fault', () => {
    describe.each(rows)('%s', (_label, endpoint, maybeScenario) => {
      if (baseline) {
        it('without a fault: the scenario reaches the endpoint, which answers, and nothing shows a failure', async () => {
          const scenario = scenarioOf(endpoint, maybeScenario);
          const seen = watchUnhandledRejections();
          const cell = await startCell(scenario, endpoint, null);
          // The page settles without a failure (a success may move on to another page first).
          await waitFor(
            () => {
              expect(
                requestsTo(cell.sent, endpoint).some((s) => ok(s.status)),
                'a 2xx answer',
              ).toBe(true);
              if (!BUSY_ON_SUCCESS.has(endpoint.operationId)) expect(busyThings(), 'still busy').toEqual([]);
              expect(
                shownFailures().map((f) => `${f.kind}: ${f.text}`),
                'failures shown',
              ).toEqual([]);
            },
            { timeout: SETTLE_WITHIN_MS },
          );
          await noUnhandledRejections(seen);
        });
      }

      it.each(faults.map((fault) => [fault.name, fault] as const))('%s', async (_name, fault: MatrixFault) => {
        const scenario = scenarioOf(endpoint, maybeScenario);
        const seen = watchUnhandledRejections();
        const cell = await startCell(scenario, endpoint, { ...fault.spec, times: Infinity });
        await expectDefinedState(cell, fault);
        if (fault.name === TRY_AGAIN_COLUMN) await expectTryAgainWorks(cell);
        await noUnhandledRejections(seen);
      });
    });
  });
}

/** A passing fault on a page's data: the query retries by itself and the page comes up. */
const PASSING: readonly FaultName[] = ['500', '503', 'network', '429'];

export function describeSelfRecovery(): void {
  const loadingRows = rows.filter(([, endpoint, scenario]) => endpoint.method === 'GET' && scenario && !scenario.act);
  describe('fault matrix, UI: a page recovers by itself from a passing fault (GET, times: 1)', () => {
    it.each(
      loadingRows.map(([label, endpoint, scenario], i) => {
        const fault = MATRIX_FAULTS.find((f) => f.name === PASSING[i % PASSING.length]) as MatrixFault;
        return [`${label} · one ${fault.name}`, endpoint, scenario as Scenario, fault] as const;
      }),
    )('%s', async (_label, endpoint, scenario, fault) => {
      const seen = watchUnhandledRejections();
      const cell = await startCell(scenario, endpoint, { ...fault.spec, times: 1 });
      await waitFor(
        () => {
          const answers = requestsTo(cell.sent, endpoint);
          expect(answers.length, 'the failed request and its retry').toBeGreaterThanOrEqual(2);
          expect(
            answers.some((s) => ok(s.status)),
            'a 2xx answer',
          ).toBe(true);
          expect(busyThings(), 'still busy').toEqual([]);
          expect(
            shownFailures().map((f) => `${f.kind}: ${f.text}`),
            'failures shown',
          ).toEqual([]);
        },
        { timeout: SETTLE_WITHIN_MS },
      );
      await noUnhandledRejections(seen);
    });
  });
}
