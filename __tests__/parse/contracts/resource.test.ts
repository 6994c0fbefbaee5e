import { describe, expect, it } from '@jest/globals';
import {
  commandResource,
  httpResource,
  nameResource
} from '../../../src/core/parse/contracts/resource.js';
import { endpointsOf } from './read-contract.js';

describe('httpResource: the resource of an HTTP path', () => {
  it.each([
    ['/v1/metrics/{id}', 'metrics'],
    ['/v1/metrics', 'metrics'],
    ['/api/v2.1/rooms/:roomId', 'rooms'],
    ['/V3/Rooms', 'rooms'],
    ['/rooms/<id>/', 'rooms'],
    ['/files/*', 'files'],
    ['/api/roomBookings', 'room-bookings'],
    ['/room_bookings', 'room-bookings'],
    ['/internal/rooms', 'rooms'],
    ['/admin/rooms', 'rooms'],
    ['/rest/rooms', 'rooms'],
    ['/graphql/rooms', 'rooms']
  ])('names %s after %s, skipping versions, parameters and API prefixes', (path, resource) => {
    expect(httpResource(path)).toBe(resource);
  });

  it.each([
    ['/rooms/{id}/checkout', 'checkout'],
    ['/api/v1/imports/{importId}/retry', 'retry']
  ])('names %s after its last word, an action on a resource', (path, resource) => {
    expect(httpResource(path)).toBe(resource);
  });

  it.each([
    ['/api', 'api'],
    ['/admin', 'admin'],
    ['/api/internal', 'api']
  ])('keeps a prefix word when nothing else names the resource: %s → %s', (path, resource) => {
    expect(httpResource(path)).toBe(resource);
  });

  it.each(['/', '', '/v1', '/{id}'])('names %j the root', path => {
    expect(httpResource(path)).toBe('root');
  });
});

describe('nameResource: the resource of a GraphQL field or RPC method', () => {
  it.each([
    ['getRoom', 'room'],
    ['listRooms', 'rooms'],
    ['list_rooms', 'rooms'],
    ['CreateBooking', 'booking'],
    ['onCheckIn', 'check-in'],
    ['subscribeRoomFreed', 'room-freed']
  ])('drops the leading verb of %s → %s', (name, resource) => {
    expect(nameResource(name)).toBe(resource);
  });

  it.each([
    ['rooms', 'rooms'],
    ['CompleteStream', 'complete-stream'],
    ['get', 'get'],
    ['HTTPStatus', 'http-status']
  ])('keeps a name that does not start with a verb, or is only one: %s → %s', (name, resource) => {
    expect(nameResource(name)).toBe(resource);
  });

  it('names an empty name the root', () => {
    expect(nameResource('')).toBe('root');
  });
});

describe('commandResource: the resource of a CLI command', () => {
  it.each([
    ['rooms list', 'list'],
    ['rooms export <file>', 'export'],
    ['rooms cache clear-all', 'clear-all'],
    ['rooms', 'rooms']
  ])('names %s after its last word without arguments: %s', (command, resource) => {
    expect(commandResource(command)).toBe(resource);
  });

  it('names a command without words the root', () => {
    expect(commandResource('<file>')).toBe('root');
  });
});

describe('endpoints carry the resource their tasks are matched by', () => {
  it('names OpenAPI, GraphQL, RPC and markdown endpoints by their resource', () => {
    const openapi = endpointsOf('metrics.yaml', [
      'openapi: 3.0.0',
      'paths:',
      '  /v1/metrics/{id}:',
      '    get: {}'
    ]);
    const graphql = endpointsOf('metrics.graphql', ['type Query { getMetric(id: ID!): Int }']);
    const rpc = endpointsOf('metrics.proto', [
      'service M {',
      '  rpc ListMetrics(A) returns (B);',
      '}'
    ]);
    const markdown = endpointsOf('metrics.md', ['# Metrics', '', '## `DELETE /v1/metrics/{id}`']);
    expect([...openapi, ...graphql, ...rpc, ...markdown].map(found => found.resource)).toEqual([
      'metrics',
      'metric',
      'metrics',
      'metrics'
    ]);
  });
});
