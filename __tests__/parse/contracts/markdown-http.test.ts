import { describe, expect, it } from '@jest/globals';
import { endpointsOf, names, placed, readContract } from './read-contract.js';

describe('markdown contracts: HTTP endpoints in headings', () => {
  const HEADINGS = [
    '# Bike Share API', //                                     1
    '',
    '## POST /api/bikes', //                                   3
    '',
    '### `GET /v1/bikes/{bikeId}`', //                         5
    '',
    '## Endpoint: DELETE /bikes/{bikeId}', //                  7
    '',
    '### Endpoint: `PUT /api/bikes/{bikeId}/lock`', //         9
    '',
    '#### **PATCH** `/bikes/{bikeId}`', //                    11
    '',
    '### `GET /stations` — Station map', //                   13
    '',
    '## Route - HEAD /bikes' //                               15
  ];

  it('reads a method and path written as a heading, at the heading line', () => {
    expect(endpointsOf('bikes.md', HEADINGS).map(placed)).toEqual([
      'POST /api/bikes @3:1',
      'GET /v1/bikes/{bikeId} @5:1',
      'DELETE /bikes/{bikeId} @7:1',
      'PUT /api/bikes/{bikeId}/lock @9:1',
      'PATCH /bikes/{bikeId} @11:1',
      'GET /stations @13:1',
      'HEAD /bikes @15:1'
    ]);
  });

  it('gives a markdown endpoint its kind, method, path and resource, and no operationId', () => {
    expect(endpointsOf('bikes.md', HEADINGS)[3]).toMatchObject({
      kind: 'http',
      method: 'PUT',
      path: '/api/bikes/{bikeId}/lock',
      operationId: undefined,
      tags: [],
      resource: 'lock'
    });
  });

  it('reads the first level-one heading as the title, code spans as their text', () => {
    expect(readContract('bikes.md', HEADINGS).contract.title).toBe('Bike Share API');
    const { contract } = readContract('cli.md', ['Intro.', '', '# Contract: `bikes` API']);
    expect(contract.title).toBe('Contract: bikes API');
    expect(readContract('none.md', ['## GET /x']).contract.title).toBeUndefined();
  });

  it.each([
    ['a lower-case method', '## get /bikes'],
    ['a method without a path', '## GET bikes'],
    ['a route without a method', '## Route: `/portal/bikes`'],
    ['a word that is not an HTTP method', '## FETCH /bikes'],
    ['a method after other words', '## Calls GET /bikes'],
    ['a path alone', '### `/bikes/{bikeId}`']
  ])('does not read a heading with %s as an endpoint', (_, heading) => {
    expect(endpointsOf('bikes.md', ['# Bikes', '', heading])).toEqual([]);
  });
});

describe('markdown contracts: HTTP endpoints in list items', () => {
  const LIST = [
    '# Docks', //                                                  1
    '',
    '- `POST /api/docks` — register a dock', //                   3
    '- GET /api/docks: every dock', //                            4
    '- The `GET /api/depots` call feeds the dashboard', //        5
    '- **notify_url**: callback (planned: `POST /api/hooks`)', // 6
    '* **PUT** /api/docks/{dockId}', //                           7
    '1. `GET /health`', //                                        8
    '', //
    '3. **Health probes**', //                                   10
    '   - `GET /live`: liveness', //                             11
    '   - `GET /ready`: readiness' //                            12
  ];

  it('reads items that start with a method and a path, at the item', () => {
    expect(endpointsOf('docks.md', LIST).map(placed)).toEqual([
      'POST /api/docks @3:1',
      'GET /api/docks @4:1',
      'PUT /api/docks/{dockId} @7:1',
      'GET /health @8:1',
      'GET /live @11:4',
      'GET /ready @12:4'
    ]);
  });

  it('does not read an item that only mentions an endpoint in its text', () => {
    const found = names(endpointsOf('docks.md', LIST));
    expect(found).not.toContain('GET /api/depots');
    expect(found).not.toContain('POST /api/hooks');
  });

  it('cuts the query string off a path and reads an endpoint written twice once, at its first place', () => {
    const endpoints = endpointsOf('docks.md', [
      '# Docks',
      '',
      '## GET /api/docks',
      '',
      '- `GET /api/docks?limit=5&sort=name` → the nearest five',
      '- `GET /api/docks?{filters}` → filtered',
      '- `POST /api/docks`'
    ]);
    expect(endpoints.map(placed)).toEqual(['GET /api/docks @3:1', 'POST /api/docks @7:1']);
  });
});

describe('markdown contracts: HTTP endpoints in paragraphs', () => {
  it('reads a labelled endpoint line, such as **Endpoint**: `GET /healthz`', () => {
    const endpoints = endpointsOf('health.md', [
      '# Health',
      '',
      '**Endpoint**: `GET /healthz`',
      '**Server**: the gateway'
    ]);
    expect(endpoints.map(placed)).toEqual(['GET /healthz @3:1']);
  });

  it('reads each line of a paragraph that is about one endpoint, at its own line', () => {
    const endpoints = endpointsOf('reports.md', [
      '# Reports',
      '',
      'GET /reports — every report',
      '`POST /reports` (runs in the background)',
      'DELETE /reports/{id}: removes one',
      'GET /reports/search?q=term — search by title'
    ]);
    expect(endpoints.map(placed)).toEqual([
      'GET /reports @3:1',
      'POST /reports @4:1',
      'DELETE /reports/{id} @5:1',
      'GET /reports/search @6:1'
    ]);
  });

  it.each([
    ['a sentence that goes on after the path', 'GET /reports returns what the caller may see.'],
    ['two endpoints in one sentence', '`GET /reports`, `GET /reports/{id}` and the CLI share it.'],
    ['a method in the middle of a line', 'Clients call `GET /reports` first.'],
    ['a label before prose', '**Query parameters**: the same as GET /reports']
  ])('does not read a paragraph line with %s', (_, line) => {
    expect(endpointsOf('reports.md', ['# Reports', '', line])).toEqual([]);
  });
});

describe('markdown contracts: HTTP endpoints in tables', () => {
  it('reads rows with a method cell and a path cell, and rows whose first cell is both', () => {
    const endpoints = endpointsOf('tables.md', [
      '# Tables', //                                  1
      '',
      '| Method | Path | Reply |', //                  3
      '|---|---|---|',
      '| `POST` | `/v1/tickets` | 201 |', //           5
      '| GET | /v1/tickets | 200 |', //                6
      '| — | (none) | — |', //                         7
      '',
      '| Endpoint | Purpose |', //                     9
      '|---|---|',
      '| `DELETE /v1/tickets/{id}` | close one |' //   11
    ]);
    expect(endpoints.map(placed)).toEqual([
      'POST /v1/tickets @5:1',
      'GET /v1/tickets @6:1',
      'DELETE /v1/tickets/{id} @11:1'
    ]);
  });

  it('does not read a table whose method and path sit after a description cell', () => {
    const endpoints = endpointsOf('tables.md', [
      '# Tables',
      '',
      '| Action | Call |',
      '|---|---|',
      '| Fetch a ticket | `GET /v1/tickets/{id}` |'
    ]);
    expect(endpoints).toEqual([]);
  });
});

describe('markdown contracts: what is not an endpoint', () => {
  it('does not read requests shown in code blocks, indented code or quotes', () => {
    const endpoints = endpointsOf('samples.md', [
      '# Samples',
      '',
      '```http',
      'GET /healthz HTTP/1.1',
      '```',
      '',
      '    POST /indented',
      '',
      '> GET /quoted'
    ]);
    expect(endpoints).toEqual([]);
  });

  it('reads a contract that describes no endpoint as a markdown contract with none', () => {
    const { contract, findings } = readContract('storage.md', [
      '# Storage Contract',
      '',
      '## Tables',
      '',
      '- `wallet_events` keyed by owner id',
      '',
      'Every write goes through `IWalletStore`.'
    ]);
    expect(contract).toMatchObject({
      format: 'markdown',
      title: 'Storage Contract',
      endpoints: []
    });
    expect(findings).toEqual([]);
  });

  it('reads an empty markdown file as a contract with no title and no endpoints', () => {
    const { contract } = readContract('later.md', '');
    expect(contract).toMatchObject({ format: 'markdown', title: undefined, endpoints: [] });
  });
});
