import { describe, expect, it } from '@jest/globals';
import { endpointsOf, names, placed, readContract } from './read-contract.js';

/** Line 3 starts the document after a comment; components come before paths, as in real files. */
const LOCKERS_V3 = [
  '# Locker service, first draft',
  '',
  'openapi: 3.0.3',
  'info:',
  '  title: Locker Service',
  '  version: 0.1.0',
  'components:',
  '  schemas:',
  '    Locker:',
  '      type: object',
  'paths:',
  '  /v1/lockers:',
  '    parameters:',
  '      - name: site',
  '        in: query',
  '    summary: Lockers of one site',
  '    get:',
  '      operationId: listLockers',
  '      tags: [Lockers]',
  '    post:',
  '      operationId: createLocker',
  '      tags:',
  '        - Lockers',
  '        - Admin',
  '  "/v1/lockers/{lockerId}":',
  '    description: One locker',
  '    servers: []',
  '    x-owner: door-team',
  '    delete:',
  '      operationId: removeLocker'
];

describe('OpenAPI 3 in YAML', () => {
  it('reads one endpoint per path and method, at the line and column of the method key', () => {
    expect(endpointsOf('lockers.yaml', LOCKERS_V3).map(placed)).toEqual([
      'GET /v1/lockers @17:5',
      'POST /v1/lockers @20:5',
      'DELETE /v1/lockers/{lockerId} @29:5'
    ]);
  });

  it('keeps operationId and tags, and names the resource from the path', () => {
    const [list, create, remove] = endpointsOf('lockers.yaml', LOCKERS_V3);
    expect(list).toMatchObject({
      kind: 'http',
      method: 'GET',
      path: '/v1/lockers',
      operationId: 'listLockers',
      tags: ['Lockers'],
      resource: 'lockers'
    });
    expect(create).toMatchObject({ operationId: 'createLocker', tags: ['Lockers', 'Admin'] });
    expect(remove).toMatchObject({ operationId: 'removeLocker', tags: [], resource: 'lockers' });
  });

  it('does not take path-level keys (parameters, summary, description, servers, x-…) for methods', () => {
    const methods = endpointsOf('lockers.yaml', LOCKERS_V3).map(endpoint => endpoint.method);
    expect(methods).toEqual(['GET', 'POST', 'DELETE']);
  });

  it('reads the title from info, and none when info has no string title', () => {
    expect(readContract('lockers.yaml', LOCKERS_V3).contract.title).toBe('Locker Service');
    expect(readContract('a.yaml', ['openapi: 3.0.0', 'info: {title: 3}']).contract.title).toBe(
      undefined
    );
    expect(readContract('b.yaml', ['openapi: 3.0.0', 'info: Lockers']).contract.title).toBe(
      undefined
    );
  });
});

describe('Swagger 2', () => {
  const PARCELS = [
    'swagger: "2.0"',
    'info:',
    '  title: Parcel API',
    'basePath: /api',
    'paths:',
    '  /parcels:',
    '    GET:',
    '      operationId: listParcels',
    '    options: {}',
    '    head: null',
    '    trace:',
    '    patch:',
    '      tags: [7, Parcels, {name: Admin}]',
    '      operationId: 42',
    '    put: just some words'
  ];

  it('reads a Swagger 2 document as swagger, with its endpoints', () => {
    const { contract } = readContract('parcels.yaml', PARCELS);
    expect(contract.format).toBe('swagger');
    expect(contract.title).toBe('Parcel API');
    expect(contract.endpoints.map(placed)).toEqual([
      'GET /parcels @7:5',
      'OPTIONS /parcels @9:5',
      'HEAD /parcels @10:5',
      'TRACE /parcels @11:5',
      'PATCH /parcels @12:5',
      'PUT /parcels @15:5'
    ]);
  });

  it('keeps paths as written, without the basePath', () => {
    expect(endpointsOf('parcels.yaml', PARCELS)[0]!.path).toBe('/parcels');
  });

  it('reads an upper-case method key as that method, at its own key', () => {
    expect(endpointsOf('parcels.yaml', PARCELS)[0]).toMatchObject({
      method: 'GET',
      operationId: 'listParcels'
    });
  });

  it('reads empty or odd operations as endpoints without operationId, keeping only string tags', () => {
    const byMethod = new Map(
      endpointsOf('parcels.yaml', PARCELS).map(endpoint => [endpoint.method, endpoint])
    );
    for (const method of ['OPTIONS', 'HEAD', 'TRACE', 'PUT']) {
      expect(byMethod.get(method)).toMatchObject({ operationId: undefined, tags: [] });
    }
    expect(byMethod.get('PATCH')).toMatchObject({ operationId: undefined, tags: ['Parcels'] });
  });

  it('reads a document with both keys as OpenAPI', () => {
    const { contract } = readContract('both.yaml', ['swagger: "2.0"', 'openapi: 3.0.0']);
    expect(contract.format).toBe('openapi');
  });
});

describe('OpenAPI documents without usable paths', () => {
  it.each([
    ['no paths key', ['openapi: 3.0.0']],
    ['an empty paths key', ['openapi: 3.0.0', 'paths:']],
    ['paths written as a list', ['openapi: 3.0.0', 'paths:', '  - /lockers']],
    ['path items that are empty or text', ['openapi: 3.0.0', 'paths:', '  /a:', '  /b: soon']]
  ])('reads %s as an OpenAPI contract with no endpoints and no finding', (_, lines) => {
    const { contract, findings } = readContract('draft.yaml', lines);
    expect(contract.format).toBe('openapi');
    expect(contract.endpoints).toEqual([]);
    expect(findings).toEqual([]);
  });
});

describe('OpenAPI in JSON', () => {
  const DOORS = [
    '{',
    '  "openapi": "3.0.0",',
    '  "paths": {',
    '    "/doors/{doorId}": {',
    '      "get": { "operationId": "getDoor", "tags": ["Doors"] },',
    '      "patch": {',
    '        "operationId": "updateDoor"',
    '      }',
    '    }',
    '  }',
    '}'
  ];

  it('reads endpoints with the line and column of the quoted method key', () => {
    const endpoints = endpointsOf('doors.json', DOORS);
    expect(endpoints.map(placed)).toEqual([
      'GET /doors/{doorId} @5:7',
      'PATCH /doors/{doorId} @6:7'
    ]);
    expect(endpoints[0]).toMatchObject({ operationId: 'getDoor', tags: ['Doors'] });
  });

  it('places endpoints of a minified file on line 1 at the column of their key', () => {
    const text = '{"swagger":"2.0","paths":{"/doors":{"get":{},"post":{}}}}';
    expect(endpointsOf('doors.json', text).map(placed)).toEqual([
      `GET /doors @1:${text.indexOf('"get"') + 1}`,
      `POST /doors @1:${text.indexOf('"post"') + 1}`
    ]);
  });

  it('places endpoints of a tab-indented file (a tab counts as one column)', () => {
    const text =
      '{\n\t"openapi": "3.0.0",\n\t"paths": {\n\t\t"/doors": {\n\t\t\t"get": {}\n\t\t}\n\t}\n}';
    expect(endpointsOf('doors.json', text).map(placed)).toEqual(['GET /doors @5:4']);
  });

  it('reports JSON with a comment, which YAML would misread, instead of losing its endpoints', () => {
    const commented = [DOORS[0]!, '  // owned by the door team', ...DOORS.slice(1)];
    const { contract, findings } = readContract('doors.json', commented);
    expect(contract.endpoints).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'parse-error',
      location: { file: 'specs/001-x/contracts/doors.json', line: 2, column: 3 }
    });
    expect(findings[0]!.message).toMatch(
      /^Cannot parse specs\/001-x\/contracts\/doors\.json as JSON/
    );
  });

  it('reports a trailing comma, which JSON does not allow', () => {
    const { findings } = readContract('doors.json', '{"openapi": "3.0.0",\n "paths": {},\n}');
    expect(findings.map(found => [found.ruleId, found.location.line])).toEqual([
      ['parse-error', 3]
    ]);
  });

  it('reports a JSON file cut short at the line where it breaks', () => {
    const { findings } = readContract('doors.json', DOORS.slice(0, 6));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]!.ruleId).toBe('parse-error');
    expect(findings[0]!.location.line).toBeGreaterThan(1);
  });
});

describe('YAML features inside OpenAPI', () => {
  it('reads the last of two equal path keys, and places its endpoints at that later key', () => {
    const endpoints = endpointsOf('dup.yaml', [
      'openapi: 3.0.0',
      'paths:',
      '  /slots:',
      '    get: {}',
      '  /sites:',
      '    get: {}',
      '  /slots:',
      '    post: {}'
    ]);
    expect(endpoints.map(placed)).toEqual(['POST /slots @8:5', 'GET /sites @6:5']);
  });

  it('reads a path item given by an alias, placed at the aliased path key', () => {
    const endpoints = endpointsOf('alias.yaml', [
      'openapi: 3.0.0',
      'paths:',
      '  /slots: &slot',
      '    get: {operationId: listSlots}',
      '  /legacy/slots: *slot'
    ]);
    expect(endpoints.map(placed)).toEqual(['GET /slots @4:5', 'GET /legacy/slots @5:3']);
    expect(endpoints[1]!.operationId).toBe('listSlots');
  });

  it('does not merge `<<` keys: an operation only merged in is not an endpoint', () => {
    const endpoints = endpointsOf('merge.yaml', [
      'openapi: 3.0.0',
      'x-shared: &shared',
      '  get: {operationId: sharedGet}',
      'paths:',
      '  /slots:',
      '    <<: *shared',
      '    post: {operationId: createSlot}'
    ]);
    expect(names(endpoints)).toEqual(['POST /slots']);
  });
});
