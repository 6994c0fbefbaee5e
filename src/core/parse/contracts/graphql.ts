/**
 * GraphQL SDL → the fields of the root operation types (Query, Mutation, Subscription, or the
 * types a `schema { … }` block names), including `extend type Query` blocks.
 */
import { GraphQLError, Kind, parse, type DocumentNode, type FieldDefinitionNode } from 'graphql';
import type { Endpoint, Finding, SourceDocument } from '../../model.js';
import {
  GRAPHQL_DEFINITION_LINE,
  GRAPHQL_ROOT_TYPES
} from '../../vocabulary/contracts-endpoints.js';
import { parseError } from '../finding.js';
import { graphqlFieldEndpoint, type GraphqlOperation } from './graphql-field.js';
import { graphqlFromText } from './text-fallback.js';

export function looksLikeGraphql(text: string): boolean {
  return GRAPHQL_DEFINITION_LINE.test(text);
}

export function graphqlEndpoints(doc: SourceDocument): {
  endpoints: Endpoint[];
  /** The schema's own types (`Shelf`, `StackInput`), beside its root operations. */
  names: string[];
  findings: Finding[];
} {
  let ast: DocumentNode;
  try {
    ast = parse(doc.text, { noLocation: false });
  } catch (error) {
    const location = error instanceof GraphQLError ? error.locations?.[0] : undefined;
    const message = error instanceof GraphQLError ? error.message : String(error);
    // What its lines still say is kept: a test naming `Query.orders` tests this contract all the same.
    const { endpoints, names } = graphqlFromText(doc);
    return {
      endpoints,
      names,
      findings: [
        parseError(
          { file: doc.path, line: location?.line ?? 1, column: location?.column ?? 1 },
          `Cannot parse ${doc.path} as GraphQL: ${message}`
        )
      ]
    };
  }
  const roots = rootTypes(ast);
  const endpoints: Endpoint[] = [];
  const names: string[] = [];
  for (const definition of ast.definitions) {
    if (TYPE_DEFINITIONS.has(definition.kind) && 'name' in definition && definition.name) {
      if (!roots.has(definition.name.value)) names.push(definition.name.value);
    }
    if (definition.kind !== 'ObjectTypeDefinition' && definition.kind !== 'ObjectTypeExtension')
      continue;
    const operation = roots.get(definition.name.value);
    if (!operation) continue;
    for (const field of definition.fields ?? [])
      endpoints.push(endpoint(doc, definition.name.value, operation, field));
  }
  return { endpoints, names, findings: [] };
}

const TYPE_DEFINITIONS = new Set<string>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION
]);

/** `Query`, `Mutation`, `Subscription` unless a `schema { query: Root }` block renames them. */
function rootTypes(ast: DocumentNode): Map<string, GraphqlOperation> {
  const roots = new Map<string, GraphqlOperation>(GRAPHQL_ROOT_TYPES);
  for (const definition of ast.definitions) {
    if (definition.kind !== 'SchemaDefinition' && definition.kind !== 'SchemaExtension') continue;
    for (const operation of definition.operationTypes ?? []) {
      roots.set(operation.type.name.value, operation.operation.toUpperCase() as GraphqlOperation);
    }
  }
  return roots;
}

function endpoint(
  doc: SourceDocument,
  typeName: string,
  operation: GraphqlOperation,
  field: FieldDefinitionNode
): Endpoint {
  // The field's own location starts at its description, which can be lines above the name.
  const token = field.name.loc?.startToken;
  return graphqlFieldEndpoint(doc, typeName, operation, field.name.value, {
    line: token?.line ?? 1,
    column: token?.column ?? 1
  });
}
