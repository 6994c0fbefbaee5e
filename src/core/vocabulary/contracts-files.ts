/**
 * What the contract reader knows about the files of contracts/ beyond their formats: which files
 * are no contract, and the lines that still name a GraphQL type, a field or an OpenAPI operation
 * when a file as a whole does not parse.
 */
import { alternation, escapePattern, pattern } from './build.js';
import { GRAPHQL_EXTEND } from './contracts-endpoints.js';

/**
 * Decides which files of contracts/ may describe the others rather than be a contract (their
 * name's stem, lower case): a README or index that names the contracts beside it.
 */
export const FOLDER_INDEX_STEMS = ['readme', 'index', 'overview'];

/** Decides which GraphQL definitions hold fields a test may name: `type Order {`, `input …`. */
export const GRAPHQL_FIELD_HOLDERS = ['type', 'input', 'interface'];

/** `type Order {`, `extend type Query {`, `interface Node @key(…) {`, with the type's name captured. */
export const GRAPHQL_TYPE_OPENING = pattern(
  'contracts-text.graphql-type-opening',
  `^\\s{0,8}(?:${escapePattern(GRAPHQL_EXTEND)}\\s{1,4})?${alternation(GRAPHQL_FIELD_HOLDERS)}\\s{1,4}(\\w{1,100})`
);

/** `  items(filter: ItemFilter): [Item!]!` or `  total: Int`: a field, its name captured. */
export const GRAPHQL_FIELD_LINE = pattern(
  'contracts-text.graphql-field-line',
  '^\\s{1,12}(\\w{1,100})\\s{0,4}[(:]'
);

/** The key that names an OpenAPI operation, in YAML or JSON. */
export const OPERATION_ID_KEY = 'operationId';

/** `operationId: listOrders`, `"operationId": "listOrders"`, the ID captured. */
export const OPERATION_ID_LINE = pattern(
  'contracts-text.operation-id-line',
  `["']?${escapePattern(OPERATION_ID_KEY)}["']?\\s{0,4}:\\s{0,4}["']?([\\w.-]{1,100})`
);
