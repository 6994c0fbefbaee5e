/**
 * A field of a GraphQL root operation type as an endpoint: `Query.shelves`. The schema parser and
 * the line-by-line fallback for a schema that does not parse both read fields into this one shape.
 */
import type { Endpoint, SourceDocument } from '../../model.js';
import { nameResource } from './resource.js';

export type GraphqlOperation = 'QUERY' | 'MUTATION' | 'SUBSCRIPTION';

/** The endpoint for field `name` of root type `typeName`, found at `at` in `doc`. */
export function graphqlFieldEndpoint(
  doc: SourceDocument,
  typeName: string,
  operation: GraphqlOperation,
  name: string,
  at: { line: number; column: number }
): Endpoint {
  return {
    kind: 'graphql',
    method: operation,
    path: name,
    name: `${typeName}.${name}`,
    operationId: name,
    tags: [],
    resource: nameResource(name),
    basePath: undefined,
    consumed: false,
    source: { file: doc.path, line: at.line, column: at.column }
  };
}
