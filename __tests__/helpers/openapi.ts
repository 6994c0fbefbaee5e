/**
 * GitHub's own OpenAPI description (@octokit/openapi), so the fake API of the action tests answers
 * in the shapes the real one does and is asked in the shapes the real one accepts: every request
 * body and every response body the fake sends is validated against the operation it belongs to.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);

interface Response {
  $ref?: string;
  content?: Record<string, { schema?: unknown }>;
}

interface Operation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, Response>;
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    examples: Record<string, { value: unknown }>;
    responses: Record<string, Response>;
  };
}

let loaded: Description | undefined;

export function description(): Description {
  loaded ??= JSON.parse(
    fs.readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
  ) as Description;
  return loaded;
}

/** An example response of the description, a fresh copy to adjust. */
export function example(name: string): Record<string, unknown> {
  return exampleValue(name) as Record<string, unknown>;
}

/** The first item of an example list response. */
export function exampleItem(name: string): Record<string, unknown> {
  return (exampleValue(name) as Record<string, unknown>[])[0]!;
}

function exampleValue(name: string): unknown {
  const value = description().components.examples[name]?.value;
  if (value === undefined) throw new Error(`no example ${name} in GitHub's OpenAPI description`);
  return structuredClone(value);
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let ajv: Ajv | undefined;

function validator(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(ajv);
    ajv.addSchema({ components: withNullables(description().components) }, 'github');
  }
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

function schemaValidator(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    // Point the description's local references at the components registered as `github`.
    const rooted = withNullables(
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/'))
    ) as object;
    validate = validator().compile(rooted);
    compiled.set(key, validate);
  }
  return validate;
}

let routes: { method: string; pattern: RegExp; key: string; operation: Operation }[] | undefined;

/** Every operation of the description with a pattern matching its paths. */
function allRoutes(): NonNullable<typeof routes> {
  routes ??= Object.entries(description().paths).flatMap(([template, operations]) => {
    const pattern = template
      .split('/')
      .map(segment =>
        /^\{(?:path|ref|basehead)\}$/.test(segment)
          ? '.+'
          : segment.startsWith('{')
            ? '[^/]+'
            : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      )
      .join('/');
    return Object.entries(operations).map(([method, operation]) => ({
      method,
      pattern: new RegExp(`^${pattern}$`),
      key: `${method.toUpperCase()} ${template}`,
      operation
    }));
  });
  return routes;
}

/** The operation a request is for, as `METHOD /template`, with its description. */
export function findOperation(
  method: string,
  pathname: string
): { key: string; operation: Operation } | undefined {
  const lower = method.toLowerCase();
  return allRoutes().find(route => route.method === lower && route.pattern.test(pathname));
}

/**
 * OpenAPI 3.0's `nullable: true` beside `allOf` or `$ref` (no `type`), which JSON Schema cannot
 * say that way: written as "null, or the schema".
 */
function withNullables<T>(value: T): T {
  if (Array.isArray(value)) return value.map(item => withNullables(item)) as T;
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([key, item]) => [key, withNullables(item)] as const);
  const object = Object.fromEntries(entries) as Record<string, unknown>;
  if (object.nullable !== true || 'type' in object) return object as T;
  delete object.nullable;
  return { anyOf: [{ type: 'null' }, object] } as T;
}

/** A response, or the shared one it refers to (`#/components/responses/not_found`). */
function resolve(response: Response | undefined): Response | undefined {
  if (!response?.$ref) return response;
  return description().components.responses[response.$ref.split('/').at(-1)!];
}

/** Problems with a body against the operation's schema; empty when it conforms. */
export function bodyProblems(
  key: string,
  operation: Operation,
  part: 'request' | number,
  body: unknown
): string[] {
  const response = part === 'request' ? undefined : resolve(operation.responses[String(part)]);
  if (part !== 'request' && !response) return [`${key}: GitHub does not answer ${part}`];
  const content = part === 'request' ? operation.requestBody?.content : response?.content;
  const schema = content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`${key}: no ${part} body is described`];
  const validate = schemaValidator(`${key} ${part}`, schema);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .slice(0, 5)
    .map(error => `${key} ${part}: ${error.instancePath || '/'} ${error.message ?? ''}`);
}

/**
 * Compiles the validators of these operations' bodies now: compiling takes a second or two, which
 * would otherwise stall the server's first answers.
 */
export function warmUp(calls: readonly [method: string, pathname: string, status: number][]): void {
  for (const [method, pathname, status] of calls) {
    const found = findOperation(method, pathname);
    if (!found) continue;
    const response = resolve(found.operation.responses[String(status)]);
    const schema = response?.content?.['application/json']?.schema;
    if (schema) schemaValidator(`${found.key} ${status}`, schema);
    const request = found.operation.requestBody?.content?.['application/json']?.schema;
    if (request) schemaValidator(`${found.key} request`, request);
  }
}
