import { describe, expect, it } from '@jest/globals';
import { endpointsOf, names, placed } from './read-contract.js';

const COMMANDS = [
  '# Command Reference: `shelf`', //                   1
  '',
  '## Commands', //                                    3
  '',
  '### `shelf init`', //                               5
  '',
  '### `shelf show <book-id> [--json]`', //            7
  '',
  '### `shelf sync` — push local changes', //          9
  '',
  '### `shelf cache clear`', //                       11
  '',
  '### `shelf a` and `shelf b`', //                   13
  '',
  '### Exit codes', //                                15
  '',
  '### `/shelf/path`', //                             17
  '',
  '# `shelf everything`' //                           19
];

describe('markdown contracts: CLI commands', () => {
  it('reads code-span headings of a CLI contract as commands, without arguments or options', () => {
    expect(endpointsOf('reference.md', COMMANDS).map(placed)).toEqual([
      'shelf init @5:1',
      'shelf show @7:1',
      'shelf sync @9:1',
      'shelf cache clear @11:1'
    ]);
  });

  it('gives a command its kind, its words as path and its last word as resource', () => {
    expect(endpointsOf('reference.md', COMMANDS)[3]).toMatchObject({
      kind: 'cli',
      method: undefined,
      path: 'shelf cache clear',
      operationId: undefined,
      resource: 'clear'
    });
  });

  it('knows a CLI contract by its file name as well as by its title', () => {
    const lines = ['# Shelf', '', '### `shelf init`'];
    expect(names(endpointsOf('cli-contract.md', lines))).toEqual(['shelf init']);
    expect(names(endpointsOf('shelf-commands.md', lines))).toEqual(['shelf init']);
    expect(names(endpointsOf('operator.md', ['# Shelf CLI', '', '### `shelf init`']))).toEqual([
      'shelf init'
    ]);
  });

  it('does not read code-span headings as commands in a contract that is not about a CLI', () => {
    const endpoints = endpointsOf('operator-api.md', [
      '# Operator Interface',
      '',
      '## Shell',
      '',
      '### `shelf-server add-book <isbn>`'
    ]);
    expect(endpoints).toEqual([]);
  });
});

describe('markdown contracts: RPC methods in headings', () => {
  it('reads `RPC:` and `Method:` labels and proto-style signatures as RPC methods', () => {
    const endpoints = endpointsOf('reading-room.md', [
      '# Reading Room', //                                         1
      '',
      '## RPC: Reserve', //                                        3
      '',
      '## Method: `ReleaseSeat`', //                               5
      '',
      '## gRPC: ListSeats', //                                     7
      '',
      '### WatchSeats(WatchRequest) returns (stream Seat)', //     9
      '',
      '### rpc CloseRoom (CloseRequest) returns (Empty)' //       11
    ]);
    expect(endpoints.map(placed)).toEqual([
      'Reserve @3:1',
      'ReleaseSeat @5:1',
      'ListSeats @7:1',
      'WatchSeats @9:1',
      'CloseRoom @11:1'
    ]);
    expect(endpoints[0]).toMatchObject({ kind: 'rpc', path: 'Reserve', tags: [] });
  });

  it.each([
    '## gRPC Service Definition',
    '## Method Overview',
    '## RPC Details',
    '### rpc Reserve',
    '## Methods',
    '## Proto Definition'
  ])('does not read the section heading %j as a method', heading => {
    expect(endpointsOf('reading-room.md', ['# Reading Room', '', heading])).toEqual([]);
  });
});

describe('markdown contracts: RPC methods in proto code blocks', () => {
  const PROTO_DOC = [
    '# Contract: Reading Room gRPC', //          1
    '',
    '## Proto Definition', //                    3
    '',
    '```protobuf', //                            5
    'service ReadingRoom {', //                  6
    '  rpc Reserve (ReserveRequest) returns (Seat);', // 7
    '  rpc Release(ReleaseRequest) returns (Empty);', // 8
    '}', //                                      9
    '```',
    '',
    '## RPC: Reserve', //                       12
    '',
    'Holds a seat for an hour.'
  ];

  it('reads each rpc of a protobuf block at its line in the markdown file', () => {
    expect(endpointsOf('room-grpc.md', PROTO_DOC).map(placed)).toEqual([
      'ReadingRoom.Reserve @7:3',
      'ReadingRoom.Release @8:3'
    ]);
  });

  it('reads a method given both in a proto block and as a heading once, at its first place', () => {
    const headingFirst = [
      '# Room',
      '',
      '## RPC: Release',
      '',
      '```proto',
      'service ReadingRoom {',
      '  rpc Release(ReleaseRequest) returns (Empty);',
      '}',
      '```'
    ];
    expect(endpointsOf('room-grpc.md', headingFirst).map(placed)).toEqual(['Release @3:1']);
    expect(names(endpointsOf('room-grpc.md', PROTO_DOC))).not.toContain('Reserve');
  });

  it('keeps methods of the same name in two services of one block apart', () => {
    const endpoints = endpointsOf('library-grpc.md', [
      '# Library',
      '',
      '```proto',
      'service Members {',
      '  rpc Get(GetRequest) returns (Member);',
      '}',
      'service Books {',
      '  rpc Get(GetRequest) returns (Book);',
      '}',
      '```'
    ]);
    expect(endpoints.map(placed)).toEqual(['Members.Get @5:3', 'Books.Get @8:3']);
  });

  it('reads an unlabelled block that holds a service with rpc lines, and not a lone rpc line', () => {
    const endpoints = endpointsOf('room.md', [
      '# Room',
      '',
      '```',
      'service Desk {',
      '  rpc Open(OpenRequest) returns (Empty);',
      '}',
      '```',
      '',
      '```text',
      'rpc Lonely(A) returns (B);',
      '```'
    ]);
    expect(names(endpoints)).toEqual(['Desk.Open']);
  });
});
