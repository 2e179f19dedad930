/** Writes src/api/contracts/routes.generated.ts from the endpoint inventory (see build-route-table.ts). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRouteTable } from '../src/api/openapi/build-route-table';

const target = fileURLToPath(new URL('../src/api/contracts/routes.generated.ts', import.meta.url));
writeFileSync(target, await buildRouteTable());
console.log(`Wrote ${target}`);
