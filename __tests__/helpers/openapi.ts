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

interface Operation {
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; examples: Record<string, { value: unknown }> };
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
    ajv.addSchema({ components: description().components }, 'github');
  }
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

function schemaValidator(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    // Point the description's local references at the components registered as `github`.
    const rooted = JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/')
    ) as object;
    validate = validator().compile(rooted);
    compiled.set(key, validate);
  }
  return validate;
}

/** The operation a request is for, as `METHOD /template`, with its description. */
export function findOperation(
  method: string,
  pathname: string
): { key: string; operation: Operation } | undefined {
  const lower = method.toLowerCase();
  for (const [template, operations] of Object.entries(description().paths)) {
    const operation = operations[lower];
    if (!operation) continue;
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
    if (new RegExp(`^${pattern}$`).test(pathname))
      return { key: `${method.toUpperCase()} ${template}`, operation };
  }
  return undefined;
}

/** Problems with a body against the operation's schema; empty when it conforms. */
export function bodyProblems(
  key: string,
  operation: Operation,
  part: 'request' | number,
  body: unknown
): string[] {
  const content =
    part === 'request'
      ? operation.requestBody?.content
      : operation.responses[String(part)]?.content;
  if (part !== 'request' && !operation.responses[String(part)])
    return [`${key}: GitHub does not answer ${part}`];
  const schema = content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`${key}: no ${part} body is described`];
  const validate = schemaValidator(`${key} ${part}`, schema);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .slice(0, 5)
    .map(error => `${key} ${part}: ${error.instancePath || '/'} ${error.message ?? ''}`);
}
