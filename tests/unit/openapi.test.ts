// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '@/api/contracts/endpoint';
import { endpoints } from '@/api/contracts/endpoints';
import {
  buildOpenApiDocument,
  errorStatusesFor,
  pathParams,
  serializeOpenApiDocument,
  SESSION_SECURITY_SCHEME,
} from '@/api/openapi/build-openapi-document';

const committedPath = fileURLToPath(new URL('../../public/openapi.json', import.meta.url));
const document = buildOpenApiDocument();
const inventory = Object.entries(endpoints) as [string, Endpoint][];

function operationOf(endpoint: Endpoint) {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  return document.paths[endpoint.path]?.[method];
}

function collectRefs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => collectRefs(item, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') into.push(inner);
      else collectRefs(inner, into);
    }
  }
  return into;
}

describe('public/openapi.json', () => {
  it('is up to date with the contracts (run `npm run openapi` and commit the result)', () => {
    const committed = readFileSync(committedPath, 'utf8');
    // A readable failure: which operations are missing or extra, before the full diff.
    const committedDoc = JSON.parse(committed) as typeof document;
    const ids = (doc: typeof document) =>
      Object.values(doc.paths)
        .flatMap((item) => Object.values(item).map((op) => op.operationId))
        .sort();
    expect(ids(committedDoc), 'operations in public/openapi.json — run `npm run openapi`').toEqual(ids(document));
    expect(
      committed === serializeOpenApiDocument(document),
      'public/openapi.json is stale — run `npm run openapi`',
    ).toBe(true);
  });
});

describe('the generated OpenAPI document', () => {
  it('is OpenAPI 3.1 with the Member Hub info, base path and cookie security scheme', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('MIP Member Hub API');
    expect(document.servers).toEqual([expect.objectContaining({ url: '/api/v1' })]);
    expect(document.components.securitySchemes[SESSION_SECURITY_SCHEME]).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
    });
  });

  it('has every endpoint of the inventory, and nothing else', () => {
    const operationCount = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(operationCount).toBe(inventory.length);
    const operationIds = inventory.map(([, endpoint]) => endpoint.operationId);
    expect(new Set(operationIds).size, 'operationIds are unique').toBe(operationIds.length);
  });

  it.each(inventory)('%s: operation, parameters, body, responses and security', (_name, endpoint) => {
    const operation = operationOf(endpoint);
    expect(operation, `${endpoint.method} ${endpoint.path}`).toBeDefined();
    if (!operation) return;
    expect(operation.operationId).toBe(endpoint.operationId);
    expect(operation.summary).toBe(endpoint.summary);
    expect(operation.tags).toEqual([endpoint.tag]);
    expect(document.tags.map((tag) => tag.name)).toContain(endpoint.tag);

    const parameters = operation.parameters ?? [];
    for (const param of pathParams(endpoint.path)) {
      expect(parameters).toContainEqual(expect.objectContaining({ name: param, in: 'path', required: true }));
    }
    for (const field of Object.keys(endpoint.query?._zod.def.shape ?? {})) {
      expect(parameters).toContainEqual(expect.objectContaining({ name: field, in: 'query' }));
    }
    const idempotencyHeader = parameters.find((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    if (endpoint.idempotencyKey) expect(idempotencyHeader?.required).toBe(true);
    else expect(idempotencyHeader).toBeUndefined();

    if (endpoint.body) expect(operation.requestBody?.content['application/json'].schema).toBeDefined();
    else expect(operation.requestBody).toBeUndefined();

    const success = String(endpoint.successStatus ?? 200);
    expect(operation.responses[success]).toBeDefined();
    if (endpoint.responseType === 'file') {
      for (const type of endpoint.fileMediaTypes ?? []) {
        expect(operation.responses[success]).toHaveProperty(['content', type, 'schema', 'format'], 'binary');
      }
    } else if (success !== '204') {
      expect(operation.responses[success]).toHaveProperty([
        'content',
        endpoint.responseType ?? 'application/json',
        'schema',
      ]);
    }
    for (const status of errorStatusesFor(endpoint)) {
      expect(operation.responses[status]).toHaveProperty('$ref', expect.stringMatching(/^#\/components\/responses\//));
    }
    if (endpoint.auth === 'session') {
      expect(operation.security).toEqual([{ [SESSION_SECURITY_SCHEME]: [] }]);
      expect(operation.responses['401']).toBeDefined();
    } else {
      expect(operation.security).toEqual([]);
    }
  });

  it('answers errors with the ErrorBody schema', () => {
    for (const response of Object.values(document.components.responses)) {
      expect(response).toHaveProperty(
        ['content', 'application/json', 'schema', '$ref'],
        '#/components/schemas/ErrorBody',
      );
    }
    expect(document.components.schemas.ErrorBody).toMatchObject({ type: 'object', required: ['error'] });
  });

  it('resolves every $ref to a component', () => {
    for (const ref of collectRefs(document)) {
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
      expect(section, ref).toBeDefined();
      const components = document.components as unknown as Record<string, Record<string, unknown>>;
      expect(components[section ?? '']?.[name ?? ''], ref).toBeDefined();
    }
  });

  it('keeps null in nullable references (Session.preview is a Preview or null)', () => {
    expect(document.components.schemas.Session).toHaveProperty(
      ['properties', 'preview', 'anyOf'],
      [{ $ref: '#/components/schemas/Preview' }, { type: 'null' }],
    );
  });
});
