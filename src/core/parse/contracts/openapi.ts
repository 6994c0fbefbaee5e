/**
 * OpenAPI 3.x and Swagger 2 documents (YAML or JSON) → one endpoint per path and method.
 * Real contracts are hand-written and often half-finished, so every shape is checked before use.
 */
import type { Endpoint } from '../../model.js';
import { OPENAPI_METHODS } from '../../vocabulary/contracts-endpoints.js';
import type { YamlResult } from '../yaml.js';
import { httpResource } from './resource.js';

export function isOpenApi(value: unknown): value is Record<string, unknown> {
  return isMapping(value) && ('openapi' in value || 'swagger' in value);
}

export function openApiFormat(value: Record<string, unknown>): 'openapi' | 'swagger' {
  return 'swagger' in value && !('openapi' in value) ? 'swagger' : 'openapi';
}

export function openApiTitle(value: Record<string, unknown>): string | undefined {
  const info = value.info;
  return isMapping(info) && typeof info.title === 'string' ? info.title : undefined;
}

export function openApiEndpoints(value: Record<string, unknown>, yaml: YamlResult): Endpoint[] {
  const paths = value.paths;
  if (!isMapping(paths)) return [];
  const basePath = serverBasePath(value);
  const endpoints: Endpoint[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isMapping(item)) continue;
    for (const [key, operation] of Object.entries(item)) {
      const method = key.toLowerCase();
      if (!OPENAPI_METHODS.includes(method)) continue;
      endpoints.push({
        ...endpoint(path, method.toUpperCase(), operation, yaml.positionOf(['paths', path, key])),
        basePath
      });
    }
  }
  return endpoints;
}

function endpoint(
  path: string,
  method: string,
  operation: unknown,
  source: Endpoint['source']
): Endpoint {
  const details = isMapping(operation) ? operation : {};
  const operationId = typeof details.operationId === 'string' ? details.operationId : undefined;
  const tags = Array.isArray(details.tags)
    ? details.tags.filter((tag): tag is string => typeof tag === 'string')
    : [];
  return {
    kind: 'http',
    method,
    path,
    name: `${method} ${path}`,
    operationId,
    tags,
    resource: httpResource(path),
    basePath: undefined,
    consumed: false,
    source
  };
}

/**
 * The path part of the first server (`https://api.example.com/shelving/v1` → `/shelving/v1`, or a
 * relative `/api/v1`), or Swagger 2's `basePath`. None for `/` or a URL whose path is a template.
 */
function serverBasePath(value: Record<string, unknown>): string | undefined {
  const servers = value.servers;
  const first = Array.isArray(servers) ? (servers[0] as unknown) : undefined;
  const url = isMapping(first) && typeof first.url === 'string' ? first.url : undefined;
  const raw =
    url !== undefined ? urlPath(url) : typeof value.basePath === 'string' ? value.basePath : '';
  let path = raw.slice(0, firstIndex(raw, ['?', '#']));
  while (path.endsWith('/')) path = path.slice(0, -1);
  if (!path.startsWith('/') || /[{}\s]/.test(path)) return undefined;
  return path;
}

function firstIndex(text: string, chars: string[]): number {
  const found = chars.map(char => text.indexOf(char)).filter(at => at >= 0);
  return found.length > 0 ? Math.min(...found) : text.length;
}

function urlPath(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/]*/i.exec(url.trim());
  if (scheme) return url.trim().slice(scheme[0].length);
  // `{scheme}://{host}/v1` is all template until its path.
  const templated = /^\{[^}]{1,40}\}:\/\/[^/]*/.exec(url.trim());
  return templated ? url.trim().slice(templated[0].length) : url.trim();
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
