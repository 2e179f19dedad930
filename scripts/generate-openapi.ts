/**
 * `npm run openapi`: writes the OpenAPI document generated from the endpoint inventory to
 * public/openapi.json (served by the app at /openapi.json). Commit the result; the unit test
 * tests/unit/openapi.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, serializeOpenApiDocument } from '../src/api/openapi/build-openapi-document.ts';

const target = fileURLToPath(new URL('../public/openapi.json', import.meta.url));
const document = buildOpenApiDocument();
writeFileSync(target, serializeOpenApiDocument(document));
const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
const schemas = Object.keys(document.components.schemas).length;
console.log(`Wrote public/openapi.json: ${operations} operations, ${schemas} schemas.`);
