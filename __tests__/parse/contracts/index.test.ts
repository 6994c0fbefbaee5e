import { describe, expect, it } from '@jest/globals';
import { parseFeature } from '../../../src/core/parse/feature.js';
import type { SourceDocument } from '../../../src/core/model.js';
import { FEATURE_DIR, readContract } from './read-contract.js';

function doc(relativePath: string, text: string): SourceDocument {
  return { path: `${FEATURE_DIR}/${relativePath}`, relativePath, text };
}

const PLAN = doc('plan.md', '# Implementation Plan: Parcel lockers\n');

describe('parseContract: what every contract carries', () => {
  it('keeps the path, the file name and a source at the top of the file', () => {
    const { contract } = readContract('lockers-api.yaml', ['openapi: 3.0.3', 'paths: {}']);
    expect(contract).toMatchObject({
      path: 'specs/001-x/contracts/lockers-api.yaml',
      fileName: 'lockers-api.yaml',
      source: { file: 'specs/001-x/contracts/lockers-api.yaml', line: 1, column: 1 }
    });
  });

  it.each([
    ['notes.txt', 'GET /lockers is described here'],
    ['Makefile', 'contract-test:\n\tnpm test'],
    ['LockerRepository.kt', 'interface LockerRepository {\n  fun open(id: String)\n}'],
    ['diagram.puml', '@startuml\nA -> B\n@enduml']
  ])('keeps %s, a format it cannot read, as a contract with no endpoints', (name, text) => {
    const { contract, findings } = readContract(name, text);
    expect(contract.format).toBe('unknown');
    expect(contract.fileName).toBe(name);
    expect(contract.endpoints).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('keeps a YAML contract that does not parse, as a contract with a parse-error finding', () => {
    const { contract, findings } = readContract('broken.yaml', ['openapi: 3.0.0', 'paths: [']);
    expect(contract.format).toBe('unknown');
    expect(contract.endpoints).toEqual([]);
    expect(findings.map(found => found.ruleId)).toEqual(['parse-error']);
  });

  it('keeps the operationIds the lines of a YAML or JSON contract that does not parse still name', () => {
    const yaml = readContract('lockers-api.yaml', [
      'openapi: 3.0.0',
      'paths:',
      '  /lockers:',
      '    get:',
      '      operationId: listLockers',
      '   post:',
      '      operationId: "reserveLocker"'
    ]);
    expect(yaml.findings.map(found => found.ruleId)).toEqual(['parse-error']);
    expect(yaml.contract.names).toEqual(['listLockers', 'reserveLocker']);
    const json = readContract(
      'lockers.json',
      '{"paths": {"/lockers": {"get": {"operationId": "listLockers",}'
    );
    expect(json.contract.names).toEqual(['listLockers']);
  });

  it('reads extensions without regard to case', () => {
    expect(readContract('LOCKERS.YAML', 'openapi: 3.0.0').contract.format).toBe('openapi');
    expect(readContract('Guide.MD', '# Guide').contract.format).toBe('markdown');
  });

  it.each(['api.md', 'api.markdown', 'api.mdx'])('reads %s as markdown', name => {
    const { contract } = readContract(name, ['# Lockers', '', '## GET /lockers']);
    expect(contract.format).toBe('markdown');
    expect(contract.title).toBe('Lockers');
    expect(contract.endpoints).toHaveLength(1);
  });
});

describe('parseContract: structured files', () => {
  it.each(['api.yaml', 'api.yml'])('reads OpenAPI in %s with the title of info', name => {
    const { contract } = readContract(name, [
      'openapi: 3.1.0',
      'info:',
      '  title: Locker Service',
      'paths: {}'
    ]);
    expect(contract.format).toBe('openapi');
    expect(contract.title).toBe('Locker Service');
  });

  it('reads OpenAPI written as JSON', () => {
    const { contract } = readContract(
      'api.json',
      '{"openapi": "3.0.0", "info": {"title": "Lockers"}, "paths": {"/lockers": {"get": {}}}}'
    );
    expect(contract.format).toBe('openapi');
    expect(contract.title).toBe('Lockers');
    expect(contract.endpoints.map(endpoint => endpoint.name)).toEqual(['GET /lockers']);
  });

  it('reads an OpenAPI file that only defines components as an OpenAPI contract with no endpoints', () => {
    const { contract } = readContract('dtos.yaml', [
      'openapi: 3.0.3',
      'info:',
      '  title: Locker DTOs',
      'components:',
      '  schemas:',
      '    LockerDto:',
      '      type: object',
      '      properties:',
      '        id: {type: string}'
    ]);
    expect(contract.format).toBe('openapi');
    expect(contract.title).toBe('Locker DTOs');
    expect(contract.endpoints).toEqual([]);
  });

  it.each([
    ['$schema', '{"$schema": "http://json-schema.org/draft-07/schema#", "title": "Door events"}'],
    ['definitions', '{"title": "Door events", "definitions": {"door": {"type": "object"}}}'],
    ['$defs', '{"title": "Door events", "$defs": {"door": {"type": "object"}}}'],
    ['properties', '{"title": "Door events", "properties": {"door": {"type": "string"}}}'],
    ['a type and a title', '{"type": "object", "title": "Door events"}']
  ])('reads a JSON Schema recognised by %s as a schema contract with no endpoints', (_, text) => {
    const { contract, findings } = readContract('events.json', text);
    expect(contract.format).toBe('json-schema');
    expect(contract.title).toBe('Door events');
    expect(contract.endpoints).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('reads a JSON Schema written in YAML', () => {
    const { contract } = readContract('door.schema.yaml', [
      '$schema: https://json-schema.org/draft/2020-12/schema',
      'title: Door',
      'type: object'
    ]);
    expect(contract.format).toBe('json-schema');
    expect(contract.title).toBe('Door');
  });

  it('leaves the title of a JSON Schema undefined when it is not a string', () => {
    const { contract } = readContract('events.json', '{"properties": {}, "title": 7}');
    expect(contract.format).toBe('json-schema');
    expect(contract.title).toBeUndefined();
  });

  it('reads OpenAPI before JSON Schema when a document has keys of both', () => {
    const { contract } = readContract('api.yaml', ['openapi: 3.0.0', 'properties: {}']);
    expect(contract.format).toBe('openapi');
  });

  it.each([
    ['a type without a title', '{"type": "object"}'],
    [
      'schemas only below the top level',
      '{"topics": {"door.opened": {"valueSchema": {"properties": {}}}}}'
    ],
    ['a list', '[{"properties": {}}]'],
    ['a scalar', '"just text"']
  ])('keeps a JSON file with %s as a contract of unknown format', (_, text) => {
    const { contract, findings } = readContract('topics.json', text);
    expect(contract.format).toBe('unknown');
    expect(contract.endpoints).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('keeps a YAML file that is neither OpenAPI nor JSON Schema (AsyncAPI) as unknown', () => {
    const { contract } = readContract('events.yaml', ['asyncapi: 2.6.0', 'channels: {}']);
    expect(contract.format).toBe('unknown');
  });

  it('keeps an empty YAML file as a contract with no endpoints and no finding', () => {
    const { contract, findings } = readContract('later.yaml', '');
    expect(contract.format).toBe('unknown');
    expect(findings).toEqual([]);
  });

  it('reports an empty JSON file, which is not JSON, but keeps it as a contract', () => {
    const { contract, findings } = readContract('later.json', '');
    expect(contract.fileName).toBe('later.json');
    expect(findings.map(found => found.ruleId)).toEqual(['parse-error']);
  });
});

describe('parseContract: GraphQL and protobuf files', () => {
  it.each(['schema.graphql', 'schema.gql', 'schema.graphqls'])('reads %s as GraphQL', name => {
    const { contract } = readContract(name, ['type Query {', '  lockers: [String]', '}']);
    expect(contract.format).toBe('graphql');
    expect(contract.endpoints.map(endpoint => endpoint.name)).toEqual(['Query.lockers']);
  });

  it('keeps a .graphqls file that holds no SDL as unknown, without a parse error', () => {
    const { contract, findings } = readContract('notes.graphqls', 'Lockers open with a code.');
    expect(contract.format).toBe('unknown');
    expect(findings).toEqual([]);
  });

  it('reads the rpc methods of a .proto file, whose format has no name of its own', () => {
    const { contract } = readContract('lockers.proto', [
      'service Lockers {',
      '  rpc Open(OpenRequest) returns (OpenReply);',
      '}'
    ]);
    expect(contract.format).toBe('unknown');
    expect(contract.endpoints.map(endpoint => endpoint.name)).toEqual(['Lockers.Open']);
  });
});

describe('parseFeature: the contracts of a folder', () => {
  it('makes every file under contracts/, nested or unreadable, a contract in load order', () => {
    const feature = parseFeature({
      dir: FEATURE_DIR,
      name: '001-x',
      documents: [
        PLAN,
        doc('contracts/api.yaml', 'openapi: 3.0.0\npaths:\n  /lockers:\n    get: {}\n'),
        doc('contracts/v2/extra.yaml', 'openapi: 3.0.0\n'),
        doc('contracts/README.txt', 'What the contracts are for.'),
        doc('contracts/broken.json', '{"openapi": '),
        doc('research.md', '# Research\n\n## GET /not-a-contract\n')
      ],
      findings: []
    });
    expect(feature.contracts.map(contract => [contract.fileName, contract.format])).toEqual([
      ['api.yaml', 'openapi'],
      ['extra.yaml', 'openapi'],
      ['README.txt', 'unknown'],
      ['broken.json', 'unknown']
    ]);
    expect(feature.findings.map(found => [found.ruleId, found.location.file])).toEqual([
      ['parse-error', 'specs/001-x/contracts/broken.json']
    ]);
  });

  it('leaves out what is no contract: an empty file, and a README or index naming the contracts beside it', () => {
    const feature = parseFeature({
      dir: FEATURE_DIR,
      name: '001-x',
      documents: [
        PLAN,
        doc('contracts/README.md', '# Contracts\n\n- [Lockers API](lockers-api.yaml)\n'),
        doc('contracts/lockers-api.yaml', 'openapi: 3.0.0\npaths:\n  /lockers:\n    get: {}\n'),
        doc('contracts/placeholder.md', '\n  \n'),
        doc('contracts/v2/index.md', 'The v2 API is still open.')
      ],
      findings: []
    });
    expect(feature.contracts.map(contract => contract.fileName)).toEqual([
      'lockers-api.yaml',
      'index.md'
    ]);
  });

  it('nearest miss: a README alone in contracts/ is the contract', () => {
    const feature = parseFeature({
      dir: FEATURE_DIR,
      name: '001-x',
      documents: [PLAN, doc('contracts/README.md', '# Locker API\n\n## GET /lockers\n')],
      findings: []
    });
    expect(feature.contracts.map(contract => contract.endpoints.length)).toEqual([1]);
  });

  it('has no contracts when contracts/ holds no file', () => {
    const feature = parseFeature({
      dir: FEATURE_DIR,
      name: '001-x',
      documents: [PLAN],
      findings: []
    });
    expect(feature.contracts).toEqual([]);
    expect(feature.findings).toEqual([]);
  });

  it('does not take a file whose name only starts like the folder as a contract', () => {
    const feature = parseFeature({
      dir: FEATURE_DIR,
      name: '001-x',
      documents: [PLAN, doc('contracts.md', '# Contracts\n\n## GET /lockers\n')],
      findings: []
    });
    expect(feature.contracts).toEqual([]);
  });
});
