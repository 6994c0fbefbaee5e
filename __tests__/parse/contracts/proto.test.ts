import { describe, expect, it } from '@jest/globals';
import { rpcEndpoints, type RpcLine } from '../../../src/core/parse/contracts/proto.js';
import { endpointsOf, names, placed } from './read-contract.js';

const LIBRARY = [
  'syntax = "proto3";',
  '',
  'package library.v1;',
  '',
  '// Lending desk of the library.',
  'service LendingDesk {',
  '  rpc Borrow(BorrowRequest) returns (BorrowReply);',
  '  rpc ReturnBook (ReturnRequest) returns (ReturnReply) {',
  '    option deprecated = false;',
  '  }',
  '    rpc WatchDueDates(WatchRequest) returns (stream DueDate);',
  '  // rpc Renew(RenewRequest) returns (RenewReply);',
  '}',
  '',
  'message BorrowRequest {',
  '  string rpc_host = 1;',
  '  string isbn = 2;',
  '}',
  '',
  'service Catalogue {',
  '  rpc Search(SearchRequest) returns (SearchReply);',
  '}'
];

describe('protobuf service definitions', () => {
  it('reads one endpoint per rpc, at the line and column of the `rpc` keyword', () => {
    expect(endpointsOf('library.proto', LIBRARY).map(placed)).toEqual([
      'LendingDesk.Borrow @7:3',
      'LendingDesk.ReturnBook @8:3',
      'LendingDesk.WatchDueDates @11:5',
      'Catalogue.Search @21:3'
    ]);
  });

  it('names the method, its service as tag, and the resource from the method name', () => {
    const [borrow, giveBack, watch] = endpointsOf('library.proto', LIBRARY);
    expect(borrow).toMatchObject({
      kind: 'rpc',
      method: undefined,
      path: 'Borrow',
      operationId: 'Borrow',
      tags: ['LendingDesk'],
      resource: 'borrow'
    });
    expect(giveBack!.resource).toBe('return-book');
    expect(watch!.resource).toBe('due-dates');
  });

  it('skips commented-out rpc lines and fields whose name starts with rpc', () => {
    const found = names(endpointsOf('library.proto', LIBRARY));
    expect(found).not.toContain('LendingDesk.Renew');
    expect(found).toHaveLength(4);
  });

  it('keeps two services with a method of the same name apart', () => {
    const endpoints = endpointsOf('library.proto', [
      'service Members {',
      '  rpc Get(GetRequest) returns (Member);',
      '}',
      'service Books {',
      '  rpc Get(GetRequest) returns (Book);',
      '}'
    ]);
    expect(names(endpoints)).toEqual(['Members.Get', 'Books.Get']);
  });

  it('reads an rpc outside any service under its bare name', () => {
    const endpoints = endpointsOf('library.proto', ['rpc Ping(Empty) returns (Empty);']);
    expect(endpoints.map(endpoint => [endpoint.name, endpoint.tags])).toEqual([['Ping', []]]);
  });

  it('does not read `rpc Name` without a parameter list', () => {
    expect(endpointsOf('library.proto', ['service Desk {', '  rpc Borrow;', '}'])).toEqual([]);
  });
});

describe('rpcEndpoints on lines that start elsewhere in a file', () => {
  it('adds the indentation of `rpc` to the column the line starts at', () => {
    const lines: RpcLine[] = ['service Desk {', '      rpc Borrow(A) returns (B);'].map(
      (text, index) => ({ text, position: { file: 'doc.md', line: 40 + index, column: 1 } })
    );
    expect(rpcEndpoints(lines).map(placed)).toEqual(['Desk.Borrow @41:7']);
  });
});
