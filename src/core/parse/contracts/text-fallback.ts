/**
 * What can still be read of a contract whose parser refused it (a GraphQL schema with one syntax
 * error, an OpenAPI file with a bad indent): the operations and types its lines name, so a test
 * naming one of them still counts as testing the contract. Line by line, nothing guessed beyond
 * what a line says on its own.
 */
import type { Endpoint, SourceDocument } from '../../model.js';
import { GRAPHQL_ROOT_TYPES } from '../../vocabulary/contracts-endpoints.js';
import {
  GRAPHQL_FIELD_LINE,
  GRAPHQL_TYPE_OPENING,
  OPERATION_ID_LINE
} from '../../vocabulary/contracts-files.js';
import { graphqlFieldEndpoint } from './graphql-field.js';

const ROOTS = new Map(GRAPHQL_ROOT_TYPES);

/**
 * The root fields of `type Query { … }` (and Mutation, Subscription, their `extend`s) as
 * endpoints, and the other types' names, from the lines of a schema that does not parse.
 */
export function graphqlFromText(doc: SourceDocument): { endpoints: Endpoint[]; names: string[] } {
  const endpoints: Endpoint[] = [];
  const names: string[] = [];
  let type: string | undefined;
  let depth = 0;
  // Inside a field's argument list, `filter: ItemFilter` is an argument, not a field.
  let parens = 0;
  doc.text.split('\n').forEach((line, index) => {
    const opening = depth === 0 ? GRAPHQL_TYPE_OPENING.exec(line) : null;
    if (opening) {
      type = opening[1]!;
      if (!ROOTS.has(type)) names.push(type);
    } else if (depth === 1 && parens === 0 && type) {
      const field = GRAPHQL_FIELD_LINE.exec(line);
      const operation = ROOTS.get(type);
      if (field && operation) {
        const at = { line: index + 1, column: 1 };
        endpoints.push(graphqlFieldEndpoint(doc, type, operation, field[1]!, at));
      }
    }
    depth = Math.max(0, depth + count(line, '{') - count(line, '}'));
    parens = Math.max(0, parens + count(line, '(') - count(line, ')'));
    if (depth === 0 && !opening) type = undefined;
  });
  return { endpoints, names };
}

/** The operationIds an OpenAPI document's lines declare. */
export function operationIdsFromText(text: string): string[] {
  return text.split('\n').flatMap(line => {
    const match = OPERATION_ID_LINE.exec(line);
    return match ? [match[1]!] : [];
  });
}

function count(line: string, ch: string): number {
  return line.split(ch).length - 1;
}
