// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRouteTable } from '@/api/openapi/build-route-table';

describe('the route table the fetch client sends with', () => {
  it('is generated from the current endpoint inventory (run `npm run openapi` when this fails)', async () => {
    const committed = readFileSync(
      fileURLToPath(new URL('../../src/api/contracts/routes.generated.ts', import.meta.url)),
      'utf8',
    );
    expect(committed).toBe(await buildRouteTable());
  });
});
