import { describe, expect, it } from '@jest/globals';
import { endpointsOf, names, placed, readContract } from './read-contract.js';

const GARDEN = [
  '# Community garden plots',
  'scalar DateTime',
  '',
  'type Plot {',
  '  id: ID!',
  '  owner: String',
  '}',
  '',
  'input ReservePlotInput { plotId: ID! }',
  'enum Season { SPRING AUTUMN }',
  'interface Node { id: ID! }',
  '',
  'type Query {',
  '  plots(first: Int = 10): [Plot!]!',
  '  getPlot(id: ID!): Plot',
  '}',
  '',
  'type Mutation {',
  '  reservePlot(input: ReservePlotInput!): Plot',
  '}',
  '',
  'type Subscription {',
  '  plotFreed: Plot',
  '}'
];

describe('GraphQL SDL: root operation fields', () => {
  it('reads the fields of Query, Mutation and Subscription at the line and column of their name', () => {
    expect(endpointsOf('garden.graphql', GARDEN).map(placed)).toEqual([
      'Query.plots @14:3',
      'Query.getPlot @15:3',
      'Mutation.reservePlot @19:3',
      'Subscription.plotFreed @23:3'
    ]);
  });

  it('gives each field its operation as method, its name as path and operationId, and a resource', () => {
    const [plots, getPlot, reserve, freed] = endpointsOf('garden.graphql', GARDEN);
    expect(plots).toMatchObject({
      kind: 'graphql',
      method: 'QUERY',
      path: 'plots',
      operationId: 'plots',
      tags: [],
      resource: 'plots'
    });
    expect(getPlot).toMatchObject({ method: 'QUERY', resource: 'plot' });
    expect(reserve).toMatchObject({ method: 'MUTATION', resource: 'reserve-plot' });
    expect(freed).toMatchObject({ method: 'SUBSCRIPTION', resource: 'plot-freed' });
  });

  it('does not read fields of other types, inputs, enums or interfaces', () => {
    const types = endpointsOf('garden.graphql', GARDEN).map(found => found.name.split('.')[0]);
    expect([...new Set(types)]).toEqual(['Query', 'Mutation', 'Subscription']);
  });

  it('does not take a type whose name only starts like a root type for one', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'type QueryResult { total: Int }',
      'type Mutations { undo: Boolean }'
    ]);
    expect(endpoints).toEqual([]);
  });

  it('reads the fields of `extend type Query` at their place in the extension', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'type Query {',
      '  plots: [String]',
      '}',
      '',
      'extend type Query {',
      '  waitingList: [String]',
      '}',
      'extend type Mutation {',
      '  joinWaitingList: Boolean',
      '}'
    ]);
    expect(endpoints.map(placed)).toEqual([
      'Query.plots @2:3',
      'Query.waitingList @6:3',
      'Mutation.joinWaitingList @9:3'
    ]);
  });

  it('places a field that has a description at its name, not at the description above it', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'type Query {',
      '  """',
      '  Every plot of the garden,',
      '  free ones first.',
      '  """',
      '  plots: [String]',
      '  "The one plot" plot(id: ID!): String',
      '}'
    ]);
    expect(endpoints.map(placed)).toEqual(['Query.plots @6:3', 'Query.plot @7:18']);
  });

  it('places a field whose arguments span several lines at its first line', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'type Query {',
      '  plots(',
      '    season: Season',
      '    first: Int',
      '  ): [String]',
      '  owners: [String]',
      '}'
    ]);
    expect(endpoints.map(placed)).toEqual(['Query.plots @2:3', 'Query.owners @6:3']);
  });
});

describe('GraphQL SDL: a schema block naming the root types', () => {
  it('reads the types a `schema { … }` block names as roots', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'schema {',
      '  query: GardenQuery',
      '  mutation: GardenChanges',
      '}',
      'type GardenQuery { plots: [String] }',
      'type GardenChanges { reservePlot(id: ID!): Boolean }'
    ]);
    expect(endpoints.map(endpoint => `${endpoint.method} ${endpoint.name}`)).toEqual([
      'QUERY GardenQuery.plots',
      'MUTATION GardenChanges.reservePlot'
    ]);
  });

  it('reads the root a later `extend schema` adds', () => {
    const endpoints = endpointsOf('garden.graphql', [
      'type Query { plots: [String] }',
      'extend schema { subscription: GardenFeed }',
      'type GardenFeed { plotFreed: String }'
    ]);
    expect(endpoints.map(endpoint => `${endpoint.method} ${endpoint.name}`)).toEqual([
      'QUERY Query.plots',
      'SUBSCRIPTION GardenFeed.plotFreed'
    ]);
  });

  it('still reads a type named Query when a schema block names another query root', () => {
    // Lenient on purpose: a hand-written contract with both most likely means both.
    const endpoints = endpointsOf('garden.graphql', [
      'schema { query: GardenQuery }',
      'type GardenQuery { plots: [String] }',
      'type Query { owners: [String] }'
    ]);
    expect(names(endpoints)).toEqual(['GardenQuery.plots', 'Query.owners']);
  });
});

describe('GraphQL SDL that does not parse', () => {
  it('reports a syntax error as a parse-error naming the file, line and column, without throwing', () => {
    const { contract, findings } = readContract('garden.graphql', [
      'type Query {',
      '  plots: [String]',
      '  plot(: ID): String',
      '}'
    ]);
    expect(contract.format).toBe('graphql');
    expect(contract.endpoints.map(placed)).toEqual(['Query.plots @2:1', 'Query.plot @3:1']);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'parse-error',
      severity: 'warning',
      location: { file: 'specs/001-x/contracts/garden.graphql', line: 3, column: 8 }
    });
    expect(findings[0]!.message).toMatch(
      /^Cannot parse specs\/001-x\/contracts\/garden\.graphql as GraphQL: Syntax Error/
    );
  });

  it('keeps what its lines still say: the root fields, not their arguments, and the other types', () => {
    const { contract, findings } = readContract('orders.graphql', [
      '"Orders of one shop"',
      'type Order @key(fields: "id") {',
      '  id: ID!',
      '  items(first: Int): [Item!]!',
      '}',
      '',
      'extend type Query {',
      '  order(id: ID!): Order',
      '  ordersByShop(',
      '    shopId: ID!',
      '    after: String',
      '  ): [Order!]!',
      '  broken(: ID): Order',
      '}'
    ]);
    expect(findings.map(found => found.ruleId)).toEqual(['parse-error']);
    expect(contract.endpoints.map(placed)).toEqual([
      'Query.order @8:1',
      'Query.ordersByShop @9:1',
      'Query.broken @13:1'
    ]);
    expect(contract.names).toEqual(['Order']);
  });

  it('reports a type left open at the end of the file, on its last line', () => {
    const { findings } = readContract('garden.graphql', ['type Query {', '  plots: [String]', '']);
    expect(findings.map(found => [found.ruleId, found.location.line])).toEqual([
      ['parse-error', 3]
    ]);
  });

  it('reports an empty .graphql file, which holds no definition', () => {
    const { findings } = readContract('garden.graphql', '');
    expect(findings.map(found => [found.ruleId, found.location.line])).toEqual([
      ['parse-error', 1]
    ]);
  });

  it('reads a file holding only comments and types as no endpoints, without a finding', () => {
    const { contract, findings } = readContract('garden.graphql', [
      '# only the shapes for now',
      'type Plot { id: ID! }'
    ]);
    expect(contract.endpoints).toEqual([]);
    expect(findings).toEqual([]);
  });
});
