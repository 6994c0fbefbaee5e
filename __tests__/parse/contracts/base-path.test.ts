import { describe, expect, it } from '@jest/globals';
import { endpointsOf } from './read-contract.js';

function basePathOf(server: string[]): string | undefined {
  const endpoints = endpointsOf('lockers.yaml', [
    'openapi: 3.0.3',
    'info:',
    '  title: Lockers',
    ...server,
    'paths:',
    '  /lockers:',
    '    get: {}',
    '  /lockers/{id}:',
    '    delete: {}'
  ]);
  expect(new Set(endpoints.map(endpoint => endpoint.basePath)).size).toBe(1);
  return endpoints[0]!.basePath;
}

describe('endpoint base paths', () => {
  it('reads the path of the first OpenAPI server on every endpoint', () => {
    expect(
      basePathOf([
        'servers:',
        '  - url: https://api.lockers.example/storage/v1/',
        '  - url: http://localhost:8081/other'
      ])
    ).toBe('/storage/v1');
  });

  it('reads a relative server URL', () => {
    expect(basePathOf(['servers:', '  - url: /api/v2'])).toBe('/api/v2');
  });

  it('reads no base path from a host-only, root, templated or missing server', () => {
    expect(basePathOf(['servers:', '  - url: http://localhost:8080'])).toBeUndefined();
    expect(basePathOf(['servers:', '  - url: /'])).toBeUndefined();
    expect(basePathOf(['servers:', "  - url: '{scheme}://{host}'"])).toBeUndefined();
    expect(basePathOf(['servers:', '  - url: https://lockers.example/{version}'])).toBeUndefined();
    expect(basePathOf([])).toBeUndefined();
  });

  it('reads the path after a templated host', () => {
    expect(basePathOf(['servers:', "  - url: '{scheme}://{host}/lockers-api'"])).toBe(
      '/lockers-api'
    );
  });

  it('reads Swagger 2 basePath, but not a bare slash', () => {
    const swagger = (basePath: string) =>
      endpointsOf(
        'legacy.json',
        JSON.stringify({ swagger: '2.0', basePath, paths: { '/lockers': { get: {} } } })
      )[0]!.basePath;
    expect(swagger('/legacy/v1')).toBe('/legacy/v1');
    expect(swagger('/')).toBeUndefined();
  });

  it('gives markdown endpoints no base path', () => {
    expect(endpointsOf('lockers.md', ['# Lockers', '', '## GET /lockers'])[0]!.basePath).toBe(
      undefined
    );
  });
});
