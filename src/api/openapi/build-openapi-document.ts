/**
 * Builds the OpenAPI 3.1 document of the Member Hub API from the one endpoint inventory
 * (`contracts/endpoints.ts`). `npm run openapi` writes it to public/openapi.json (the app serves it
 * at /openapi.json); tests/unit/openapi.test.ts fails when that file is stale.
 *
 * Schemas are converted with zod 4's own `z.toJSONSchema` (JSON Schema 2020-12, the dialect of
 * OpenAPI 3.1). Schemas named with `.meta({ id })` become `components/schemas/<id>`. We don't use
 * @asteasolutions/zod-to-openapi 9.1.0: it drops `null` from a nullable reference
 * (`preview: previewSchema.nullable()` came out as a bare `$ref`) and marks the referenced component
 * itself nullable instead, which is wrong in both places.
 *
 * Relative imports only: `tsx` runs this outside Vite and does not resolve the `@/` alias.
 */
import { z } from 'zod';
import type * as core from 'zod/v4/core';
import { errorBodySchema } from '../contracts/common';
import type { Endpoint } from '../contracts/endpoint';
import { endpoints } from '../contracts/endpoints';

/** The session cookie set by `POST /session` (HttpOnly); see mocks/http/server.ts. */
export const SESSION_COOKIE_NAME = 'mip_session';
export const SESSION_SECURITY_SCHEME = 'sessionCookie';

export type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; identifier: string } };
  servers: { url: string; description: string }[];
  tags: { name: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', Operation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

const TAG_DESCRIPTIONS: Record<string, string> = {
  session: 'Signing in and out, and who the signed-in person is.',
  members: "A member city's dashboard data.",
  meetings: 'Winter, Summer and invite-only meetings, and registrations for them.',
  memos: 'Policy memo requests and the yearly memo allowance.',
  'briefing-books': 'The library of meeting briefing books and policy resources, and bookmarks.',
  tracks: "Special programs (Women Mayors' Network, first-term mayors), the directory and e-mail preferences.",
  network: 'The directory of member mayors, city staff and policy experts, and e-mail preferences.',
  dues: 'Dues, invoices, payment plans and financial assistance.',
  delegation: 'Delegates acting on behalf of a mayor.',
  access: "Who acted for a member and who previewed the member's hub.",
  staff: "MIP staff: the member list and read-only previews of a member's hub.",
  public: 'Public information and the membership application; no session needed.',
};

/** The standard error responses: status → [component name, description]. */
const ERROR_RESPONSES = {
  '400': ['BadRequest', 'Malformed request (unparsable JSON, wrong parameter types).'],
  '401': ['Unauthorized', 'No session, or the session has expired.'],
  '403': ['Forbidden', 'Not allowed: e.g. `preview_read_only`, `delegate_scope`, wrong role or city.'],
  '404': ['NotFound', 'Not found, or not visible to this session.'],
  '409': ['Conflict', 'Conflict: allowance exhausted, meeting full, or the same Idempotency-Key still in flight.'],
  '422': ['UnprocessableContent', 'Validation failed; `error.fieldErrors` names each field.'],
  '429': ['TooManyRequests', 'Too many requests; retry after `Retry-After` seconds.'],
} as const;
export type ErrorStatus = keyof typeof ERROR_RESPONSES;

/** Which of the standard errors an endpoint can answer, from what it is and what it takes. */
export function errorStatusesFor(endpoint: Endpoint): ErrorStatus[] {
  const statuses: ErrorStatus[] = ['400'];
  const changes = endpoint.method !== 'GET';
  if (endpoint.auth === 'session') statuses.push('401', '403');
  if (endpoint.auth === 'session' || pathParams(endpoint.path).length > 0) statuses.push('404');
  if (changes && endpoint.auth === 'session') statuses.push('409');
  if (endpoint.body !== undefined || endpoint.query !== undefined || endpoint.idempotencyKey) statuses.push('422');
  statuses.push('429');
  return statuses;
}

export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const FORMATS_WITH_ZOD_PATTERNS = new Set(['date-time', 'date', 'time', 'email', 'uri', 'uuid']);

/**
 * Zod → JSON Schema for one schema, with the contract's conventions: objects are not closed
 * (clients ignore unknown fields, so `additionalProperties: false` would be a false promise), the
 * regex zod adds next to a `format` is dropped (the format says it exactly), and the safe-integer
 * bounds zod adds to every `.int()` are dropped.
 */
function toJsonSchema(schema: core.$ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; catchall?: unknown };
      if (def.type === 'object' && def.catchall === undefined && jsonSchema.additionalProperties === false) {
        delete jsonSchema.additionalProperties;
      }
      if (typeof jsonSchema.format === 'string' && FORMATS_WITH_ZOD_PATTERNS.has(jsonSchema.format)) {
        delete jsonSchema.pattern;
      }
      if (jsonSchema.maximum === MAX_SAFE) delete jsonSchema.maximum;
      if (jsonSchema.minimum === -MAX_SAFE) delete jsonSchema.minimum;
    },
  });
}

/** Replaces every `$ref` in a JSON value. */
function rewriteRefs(value: unknown, rewrite: (ref: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, rewrite));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? rewrite(inner) : rewriteRefs(inner, rewrite),
      ]),
    );
  }
  return value;
}

/**
 * Collects named schemas into `components/schemas`. Response schemas are converted as zod
 * *output* and request schemas as zod *input* (defaults make fields optional on the way in); when a
 * named schema differs between the two, the request variant is named `<id>Input`.
 */
class ComponentCollector {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly inputNames = new Map<string, string>();

  add(schema: core.$ZodType, io: 'input' | 'output'): JsonSchema {
    const {
      $defs,
      $schema: _dialect,
      ...root
    } = toJsonSchema(schema, io) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
      $schema?: string;
    };
    const names = new Map<string, string>();
    for (const [id, definition] of Object.entries($defs ?? {})) names.set(id, this.nameFor(id, definition, io));
    const rewrite = (ref: string) => {
      const id = ref.replace(/^#\/\$defs\//, '');
      return ref.startsWith('#/$defs/') ? `#/components/schemas/${names.get(id) ?? id}` : ref;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) {
      const name = names.get(id) ?? id;
      const rewritten = rewriteRefs(definition, rewrite) as JsonSchema;
      const existing = this.schemas[name];
      if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(rewritten)) {
        throw new Error(`Two different schemas are named "${name}" (.meta({ id })): give them distinct ids.`);
      }
      this.schemas[name] = rewritten;
    }
    return rewriteRefs(root, rewrite) as JsonSchema;
  }

  private nameFor(id: string, definition: JsonSchema, io: 'input' | 'output'): string {
    if (io === 'output') return id;
    const known = this.inputNames.get(id);
    if (known) return known;
    const output = this.schemas[id];
    // Compare with the output variant; nested refs are compared after the same renaming.
    const asComponent = rewriteRefs(definition, (ref) => ref.replace(/^#\/\$defs\//, '#/components/schemas/'));
    const name = output === undefined || JSON.stringify(output) === JSON.stringify(asComponent) ? id : `${id}Input`;
    this.inputNames.set(id, name);
    return name;
  }
}

/** A file endpoint answers bytes in any of its media types; every other endpoint one schema in one type. */
function successContent(endpoint: Endpoint, components: ComponentCollector): Record<string, unknown> {
  if (endpoint.responseType === 'file') {
    const binary = { schema: { type: 'string', format: 'binary' } };
    return Object.fromEntries((endpoint.fileMediaTypes ?? ['application/octet-stream']).map((type) => [type, binary]));
  }
  return { [endpoint.responseType ?? 'application/json']: { schema: components.add(endpoint.response, 'output') } };
}

function operationFor(name: string, endpoint: Endpoint, components: ComponentCollector): Operation {
  const successStatus = String(endpoint.successStatus ?? 200);
  const responses: Record<string, unknown> = {
    [successStatus]:
      successStatus === '204'
        ? { description: 'No content.' }
        : {
            description: successStatus === '201' ? 'Created.' : 'OK.',
            content: successContent(endpoint, components),
          },
  };
  for (const status of errorStatusesFor(endpoint)) {
    responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSES[status][0]}` };
  }

  const parameters: Parameter[] = pathParams(endpoint.path).map((param) => ({
    name: param,
    in: 'path',
    required: true,
    schema: { type: 'string', minLength: 1 },
  }));
  if (endpoint.query) {
    const query = components.add(endpoint.query, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [param, schema] of Object.entries(query.properties ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({
        name: param,
        in: 'query',
        required: query.required?.includes(param) ?? false,
        ...(typeof description === 'string' ? { description } : {}),
        schema: rest,
      });
    }
  }
  if (endpoint.idempotencyKey) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'A unique key per logical request (e.g. a UUID). Replaying the same key returns the first response; ' +
        'the same key with another body answers 422.',
      schema: { type: 'string', minLength: 8, maxLength: 255 },
    });
  }

  return {
    operationId: endpoint.operationId || name,
    summary: endpoint.summary,
    tags: [endpoint.tag],
    // Public endpoints override the document-wide cookie requirement with "no security".
    security: endpoint.auth === 'session' ? [{ [SESSION_SECURITY_SCHEME]: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: components.add(endpoint.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

export interface BuildOptions {
  version?: string;
}

export function buildOpenApiDocument(options: BuildOptions = {}): OpenApiDocument {
  const components = new ComponentCollector();
  const all = Object.entries(endpoints) as [string, Endpoint][];
  // All responses first, so request variants are compared against the response shapes (see above).
  components.add(errorBodySchema, 'output');
  for (const [, endpoint] of all) if (endpoint.successStatus !== 204) components.add(endpoint.response, 'output');
  const operations = all.map(([name, endpoint]) => ({ endpoint, operation: operationFor(name, endpoint, components) }));

  const paths: OpenApiDocument['paths'] = {};
  for (const { endpoint, operation } of operations) {
    const method = endpoint.method.toLowerCase() as Lowercase<Endpoint['method']>;
    const item = (paths[endpoint.path] ??= {});
    if (item[method]) throw new Error(`Two endpoints for ${endpoint.method} ${endpoint.path}`);
    item[method] = operation;
  }

  const errorResponses: Record<string, unknown> = {};
  for (const [status, [name, description]] of Object.entries(ERROR_RESPONSES)) {
    errorResponses[name] = {
      description,
      ...(status === '429'
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before retrying.',
                schema: { type: 'integer', minimum: 1 },
              },
            },
          }
        : {}),
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }

  const tags = [...new Set(all.map(([, endpoint]) => endpoint.tag))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'MIP Member Hub API',
      version: options.version ?? '1.0.0',
      description:
        'The API of the Mayors Innovation Project Member Hub, generated from the zod contracts in ' +
        '`src/api/contracts/`. JSON in and out; times are ISO 8601 with an offset; money is integer cents. ' +
        'Errors are `{ "error": { "code", "message", "fieldErrors"? } }` with stable codes. The acting ' +
        'context is in the path (`/members/{memberId}/…`) and checked against the session.',
      license: { name: 'Proprietary', identifier: 'LicenseRef-MIP-Proprietary' },
    },
    servers: [{ url: '/api/v1', description: 'The Member Hub API, relative to the app origin or VITE_API_URL.' }],
    tags: tags.map((tag) => ({ name: tag, description: TAG_DESCRIPTIONS[tag] ?? `The ${tag} endpoints.` })),
    security: [{ [SESSION_SECURITY_SCHEME]: [] }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components.schemas).sort(([a], [b]) => a.localeCompare(b))),
      responses: errorResponses,
      securitySchemes: {
        [SESSION_SECURITY_SCHEME]: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE_NAME,
          description: 'The HttpOnly session cookie set by `POST /session`. Send requests with credentials included.',
        },
      },
    },
  };
}

/** The document as written to public/openapi.json: two-space indent, final newline. */
export function serializeOpenApiDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
