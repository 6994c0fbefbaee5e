/**
 * What the product knows about how contracts write an endpoint: the HTTP methods, the labels
 * before a route, RPC and proto keywords, GraphQL's schema keywords and root types, the words
 * that make a contract about a CLI, and the words of a route that name no resource.
 */
import { alternation, escapePattern, pattern } from './build.js';

/** Decides which first word of a markdown line, heading or table row makes it an HTTP endpoint. */
export const HTTP_METHOD_NAMES = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
export const HTTP_METHODS: ReadonlySet<string> = new Set(HTTP_METHOD_NAMES);
/** The same methods as they are written in lower case in routes and task prose. */
export const HTTP_METHODS_LOWER = HTTP_METHOD_NAMES.map(method => method.toLowerCase());

/** Decides which keys of an OpenAPI path item are operations (the others are parameters, servers…). */
export const OPENAPI_METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace'
];

/** Decides which label before a route is dropped: `Endpoint: POST /x`, `Route - GET /y`. */
export const ENDPOINT_LABELS = ['endpoint', 'route', 'api', 'operation', 'request'];

export const ENDPOINT_LABEL = pattern(
  'contract-endpoint-label',
  `^${alternation(ENDPOINT_LABELS)}\\s{0,3}[:\\-–—]\\s{0,3}`,
  'i'
);

/** Decides which label before a colon names an RPC in a heading: `## RPC: Stack`, `## Method: Stack`. */
export const RPC_LABELS = ['rpc', 'method', 'grpc'];

/** The proto keywords that open an RPC, a service and the types a proto file declares. */
export const PROTO_RPC = 'rpc';
export const PROTO_SERVICE = 'service';
export const PROTO_RETURNS = 'returns';
/** Decides which proto declarations name something tests may call the contract by. */
export const PROTO_DECLARATIONS = ['message', 'enum', 'service'];
/** Decides which fence languages hold proto; a block without one is proto when it has all of these. */
export const PROTO_FENCE_LANGUAGES = ['proto', 'protobuf'];
export const PROTO_BLOCK_KEYWORDS = [`${PROTO_SERVICE} `, `${PROTO_RPC} `];

export const RPC_LABEL = pattern(
  'contract-rpc-label',
  `^${alternation(RPC_LABELS)}\\s{0,3}:\\s{0,3}\`?(\\w{1,100})`,
  'i'
);
/** `## rpc Stack(StackRequest) returns (Shelf)`: a heading written as the RPC's signature. */
export const RPC_SIGNATURE = pattern(
  'contract-rpc-signature',
  `^(?:${escapePattern(PROTO_RPC)}\\s{1,3})?\`?(\\w{1,100})\\s{0,2}\\([\\w.\\s]{0,100}\\)\\s{1,3}${escapePattern(PROTO_RETURNS)}\\b`
);
export const PROTO_SERVICE_LINE = pattern(
  'proto-service-line',
  `^${escapePattern(PROTO_SERVICE)}\\s{1,8}(\\w{1,100})`
);
export const PROTO_RPC_LINE = pattern(
  'proto-rpc-line',
  `^${escapePattern(PROTO_RPC)}\\s{1,8}(\\w{1,100})\\s{0,8}\\(`
);
export const PROTO_DECLARATION_LINE = pattern(
  'proto-declaration-line',
  `^\\s{0,12}${alternation(PROTO_DECLARATIONS)}\\s{1,8}(\\w{1,100})`
);

/** Decides which texts are GraphQL SDL: a line that opens a definition with one of these. */
export const GRAPHQL_DEFINITION_KEYWORDS = [
  'type',
  'schema',
  'interface',
  'input',
  'enum',
  'scalar',
  'union'
];
export const GRAPHQL_EXTEND = 'extend';

export const GRAPHQL_DEFINITION_LINE = pattern(
  'graphql-definition-line',
  `^\\s{0,8}(?:${escapePattern(GRAPHQL_EXTEND)}\\s{1,4})?${alternation(GRAPHQL_DEFINITION_KEYWORDS)}\\b`,
  'm'
);

/** Decides which types hold a schema's operations when no `schema { … }` block renames them. */
export const GRAPHQL_ROOT_TYPES: readonly (readonly [
  string,
  'QUERY' | 'MUTATION' | 'SUBSCRIPTION'
])[] = [
  ['Query', 'QUERY'],
  ['Mutation', 'MUTATION'],
  ['Subscription', 'SUBSCRIPTION']
];

/** Decides which contracts list CLI commands as code headings: their path or title says `cli` … */
export const CLI_CONTRACT_WORDS = ['cli'];
/** … or holds one of these anywhere (`commands.md`, "Command reference"). */
export const CLI_CONTRACT_STEMS = ['command'];

export const CLI_CONTRACT = pattern(
  'contract-cli',
  `\\b${alternation(CLI_CONTRACT_WORDS)}\\b|${alternation(CLI_CONTRACT_STEMS)}`
);

/** Decides which route segments name no resource (`/api/v1/admin/jobs` acts on `jobs`). */
export const NOT_RESOURCES: ReadonlySet<string> = new Set([
  'api',
  'rest',
  'rpc',
  'graphql',
  'internal',
  'public',
  'admin'
]);

/** Decides which first word of an operation's name is dropped to name its resource: `getUser` → `user`. */
export const RESOURCE_NAME_VERBS: ReadonlySet<string> = new Set([
  'get',
  'list',
  'create',
  'update',
  'delete',
  'remove',
  'add',
  'set',
  'fetch',
  'find',
  'search',
  'put',
  'post',
  'patch',
  'upsert',
  'on',
  'handle',
  'query',
  'mutate',
  'subscribe',
  'watch',
  'stream',
  'do'
]);
