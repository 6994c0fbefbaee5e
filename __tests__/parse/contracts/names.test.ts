import { describe, expect, it } from '@jest/globals';
import { readContract } from './read-contract.js';

function namesOf(file: string, lines: string[] | string): string[] {
  return readContract(file, lines).contract.names;
}

function fenced(lang: string, lines: string[]): string[] {
  return ['```' + lang, ...lines, '```', ''];
}

describe('contract names: markdown headings', () => {
  it('takes identifiers, code spans and source file names from headings', () => {
    expect(
      namesOf('pantry.md', [
        '# Repository Contract: PantryStockRepository',
        '',
        '## Overview',
        '',
        '### 1. PantryRepository.kt',
        '',
        '### `list_pantry_items`',
        '',
        '## IPantryService',
        '',
        '### `Restock(shelf Shelf) → RestockResult`',
        '',
        '### `GET /pantry` — Pantry page',
        '',
        '## Health gRPC Service on macOS'
      ])
    ).toEqual([
      'PantryStockRepository',
      'PantryRepository',
      'list_pantry_items',
      'IPantryService',
      'PantryService',
      'Restock'
    ]);
  });

  it('takes no name from a heading of plain words', () => {
    expect(
      namesOf('notes.md', ['# Storage Contract', '', '## Error Handling', '## Validate'])
    ).toEqual([]);
  });
});

describe('contract names: code in markdown', () => {
  it('takes a C# interface, without its I too, and its methods, not its properties', () => {
    expect(
      namesOf('services.md', [
        '# Services',
        '',
        ...fenced('csharp', [
          'public interface IBrewService',
          '{',
          '    Task<BrewDto?> GetLatestBrewAsync();',
          '    Task<PagedResult<BrewDto>> GetBrewHistoryAsync(int page, int size);',
          '    string Name { get; }',
          '}'
        ])
      ])
    ).toEqual(['IBrewService', 'BrewService', 'GetLatestBrewAsync', 'GetBrewHistoryAsync']);
  });

  it('takes Kotlin interface functions, not the calls and state an implementation makes', () => {
    expect(
      namesOf('repository.md', [
        '# Repository',
        '',
        ...fenced('kotlin', [
          'interface RideStateRepository {',
          '    fun getCurrentPace(): StateFlow<Double>',
          '    val pace: StateFlow<Double>',
          '}',
          '',
          'class RideStateRepositoryImpl @Inject constructor(',
          '    private val store: PaceStore',
          ') : RideStateRepository {',
          '    private val _pace = MutableStateFlow(0.0)',
          '    val shared = _pace.asStateFlow()',
          '        .stateIn(scope, SharingStarted.Eagerly, 0.0)',
          '}',
          '',
          'fun `pace starts at zero`() = runTest { }'
        ])
      ])
    ).toEqual(['RideStateRepository', 'getCurrentPace', 'RideStateRepositoryImpl']);
  });

  it('takes Python classes and functions, not dunder methods', () => {
    expect(
      namesOf('client.md', [
        '# Client',
        '',
        ...fenced('python', [
          'class StreamPiece:',
          '    text: str',
          '',
          'class FeedClient:',
          '    def __init__(self, addr: str) -> None: ...',
          '    async def complete_stream(self, prompt: str) -> AsyncIterator[StreamPiece]: ...'
        ])
      ])
    ).toEqual(['StreamPiece', 'FeedClient', 'complete_stream']);
  });

  it('takes a TypeScript interface and its methods', () => {
    expect(
      namesOf('board.md', [
        '# Board',
        '',
        ...fenced('ts', [
          'export interface BoardApi {',
          '  moveCard(id: string, column: string): Promise<void>;',
          '  readonly columns: Column[];',
          '}'
        ])
      ])
    ).toEqual(['BoardApi', 'moveCard']);
  });

  it('takes tRPC procedures qualified by their router, and the router', () => {
    expect(
      namesOf('api.md', [
        '# API',
        '',
        ...fenced('typescript', [
          'export const inviteRouter = router({',
          '  create: ownerProcedure.input(createInviteInput).mutation(async ({ ctx, input }) => {',
          '    return ctx.db.insert(input);',
          '  }),',
          '  redeemCode: authedProcedure.input(redeemInput).mutation(async () => {}),',
          '  get: publicProcedure.query(() => null),',
          '});'
        ])
      ])
    ).toEqual(['inviteRouter', 'invite.create', 'invite.redeemCode', 'redeemCode', 'invite.get']);
  });

  it('takes proto services, RPCs and messages, and GraphQL types and root fields', () => {
    expect(
      namesOf('wire.md', [
        '# Wire',
        '',
        ...fenced('proto', [
          'service Pantry {',
          '  rpc Restock (RestockRequest) returns (RestockReply);',
          '}',
          'message RestockRequest {}'
        ]),
        ...fenced('graphql', [
          'type Query {',
          '  pantryShelves(first: Int): [Shelf!]!',
          '  currentUser: User',
          '}',
          'input ShelfInput {',
          '  label: String',
          '}'
        ])
      ])
    ).toEqual([
      'Pantry',
      'Restock',
      'RestockRequest',
      'pantryShelves',
      'currentUser',
      'ShelfInput'
    ]);
  });

  it('takes nothing from data, shell and diagram blocks', () => {
    expect(
      namesOf('examples.md', [
        '# Examples',
        '',
        ...fenced('json', ['{ "note": "class PantryShelf {" }']),
        ...fenced('bash', ['function restock_all() { :; }']),
        ...fenced('mermaid', ['classDiagram', 'class PantryShelf'])
      ])
    ).toEqual([]);
  });

  it('drops one-letter and common names, and single lower-case words', () => {
    expect(
      namesOf('types.md', [
        '# Types',
        '',
        ...fenced('ts', [
          'class Error {}',
          'interface Result {}',
          'type Status = "ok" | "failed";',
          'function a() {}',
          'function restock() {}',
          'class ErrorResponse {}',
          'class Shelf {}'
        ])
      ])
    ).toEqual(['Shelf']);
  });

  it('keeps the first 200 names, in document order, each once', () => {
    const declarations = Array.from({ length: 250 }, (_, at) => `interface Shelf${at}Probe {}`);
    const names = namesOf('many.md', [
      '# Many',
      '',
      ...fenced('ts', [...declarations, 'interface Shelf0Probe {}'])
    ]);
    expect(names).toHaveLength(200);
    expect(names[0]).toBe('Shelf0Probe');
    expect(names[199]).toBe('Shelf199Probe');
    expect(new Set(names).size).toBe(200);
  });
});

describe('contract names: operation tables', () => {
  it('takes the first column of a table of operations, and nothing from a table of fields', () => {
    expect(
      namesOf('services.md', [
        '# Services',
        '',
        '| Operation | Input | Output |',
        '|---|---|---|',
        '| restockShelf | Shelf | Shelf |',
        '| list | — | [Shelf] |',
        '',
        '| Field | Type |',
        '|---|---|',
        '| shelfLabel | string |'
      ])
    ).toEqual(['restockShelf']);
  });
});

describe('contract names: JSON and YAML that is not OpenAPI', () => {
  it('takes MCP tools by name, resources by name and uri, and schema definitions and titles', () => {
    const tools = JSON.stringify({
      $schema: 'http://json-schema.org/draft-07/schema#',
      title: 'Pantry MCP Tools',
      definitions: {
        restock_input: { type: 'object', title: 'RestockInput' },
        Shelf: { type: 'object' }
      },
      tools: [{ name: 'restock_shelf', inputSchema: {} }, { name: 'list' }]
    });
    expect(namesOf('tools.json', tools)).toEqual([
      'Pantry MCP Tools',
      'restock_shelf',
      'restock_input',
      'RestockInput',
      'Shelf'
    ]);
    const resources = JSON.stringify({
      resources: [{ uri: 'pantry://shelves/current', name: 'Current Shelves' }],
      $defs: { ShelfSnapshot: { type: 'object' } }
    });
    expect(namesOf('resources.json', resources)).toEqual([
      'Current Shelves',
      'pantry://shelves/current',
      'ShelfSnapshot'
    ]);
  });

  it('takes tools written as a map by their name, and topics by key', () => {
    const text = [
      'tools:',
      '  plan_route:',
      '    name: plan_route',
      '  gates_near:',
      '    description: no name of its own',
      'topics:',
      '  pantry.stock.changed:',
      '    partitions: 3'
    ];
    expect(namesOf('mcp.yaml', text)).toEqual(['plan_route', 'gates_near', 'pantry.stock.changed']);
  });
});

describe('contract names: OpenAPI, GraphQL and proto files', () => {
  it('names a schema catalogue by its title and schemas, an API with many paths by its title only', () => {
    expect(
      namesOf('shelf-dtos.yaml', [
        'openapi: 3.0.3',
        'info:',
        '  title: Shelf DTOs',
        '  version: 1.0.0',
        'components:',
        '  schemas:',
        '    ShelfResponseDto:',
        '      type: object',
        '    ErrorResponse:',
        '      type: object'
      ])
    ).toEqual(['Shelf DTOs', 'ShelfResponseDto']);
    const paths = ['/a', '/b', '/c', '/d'].flatMap(path => [`  ${path}:`, '    get: {}']);
    expect(
      namesOf('pantry-api.yaml', [
        'openapi: 3.0.3',
        'info:',
        '  title: Pantry API',
        'components:',
        '  schemas:',
        '    ShelfResponseDto:',
        '      type: object',
        'paths:',
        ...paths
      ])
    ).toEqual(['Pantry API']);
  });

  it('names a Swagger 2 document with no paths by its definitions', () => {
    expect(
      namesOf('legacy.json', JSON.stringify({ swagger: '2.0', definitions: { LegacyShelf: {} } }))
    ).toEqual(['LegacyShelf']);
  });

  it('names a GraphQL schema by its own types, not its root types', () => {
    expect(
      namesOf('schema.graphql', [
        'type Query { shelves: [Shelf!]! }',
        'type Mutation { restock(input: RestockInput!): Shelf }',
        'type Shelf { id: ID! }',
        'input RestockInput { shelfId: ID! }',
        'enum ShelfKind { DRY COLD }'
      ])
    ).toEqual(['Shelf', 'RestockInput', 'ShelfKind']);
  });

  it('names a proto file by its services, messages and enums', () => {
    expect(
      namesOf('pantry.proto', [
        'syntax = "proto3";',
        'service PantryService {',
        '  rpc Restock (RestockRequest) returns (RestockReply);',
        '}',
        'message RestockRequest {',
        '  enum Urgency { LOW = 0; }',
        '}'
      ])
    ).toEqual(['PantryService', 'RestockRequest', 'Urgency']);
  });
});
