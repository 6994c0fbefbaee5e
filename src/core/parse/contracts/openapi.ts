/**
 * OpenAPI 3.x and Swagger 2 documents (YAML or JSON) → one endpoint per path and method.
 * Real contracts are hand-written and often half-finished, so every shape is checked before use.
 */
import type { Endpoint } from '../../model.js';
import type { YamlResult } from '../yaml.js';
import { httpResource } from './resource.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

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
  const endpoints: Endpoint[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isMapping(item)) continue;
    for (const [key, operation] of Object.entries(item)) {
      const method = key.toLowerCase();
      if (!METHODS.includes(method)) continue;
      endpoints.push(
        endpoint(path, method.toUpperCase(), operation, yaml.positionOf(['paths', path, key]))
      );
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

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
