/**
 * What the product knows about the words of contracts: how the classes a contract declares are
 * named (services, routers, payloads, messages), which verbs start an operation, and which words
 * make a contract section about someone else's API.
 */
import {
  alternation,
  escapePattern,
  pattern,
  trailingPattern,
  wholeValuePattern,
  wholeWordPattern
} from './build.js';

// ---------------------------------------------------------------------------------------------
// The classes a contract declares

/** Decides which declared class is a group: a service, repository, router or client one file implements. */
export const GROUP_SUFFIXES = [
  'Service',
  'Repository',
  'Router',
  'Controller',
  'Handler',
  'Provider',
  'Executor',
  'Collector',
  'Client',
  'Manager',
  'ViewModel',
  'UseCase',
  'Gateway',
  'Adapter',
  'Store',
  'Servicer',
  'Resolver'
];

/** Decides that a camelCase name is a router of procedures (`orderRouter`), whose procedures are always qualified. */
export const ROUTER_SUFFIX = 'Router';

/** Decides which suffix names an implementation of the group it follows (`OrderServiceImpl` is `OrderService`). */
export const IMPLEMENTATION_SUFFIXES = ['Impl'];

/** Decides which prefix marks an interface of the group it precedes (`IOrderService` is `OrderService`). */
export const INTERFACE_PREFIX = 'I';

/** Decides which group-shaped names are tests of a contract, not code built from it. */
export const TEST_CLASS_SUFFIXES = ['Test', 'Tests', 'Spec'];

/** Decides which group-shaped names are generic bases a contract mentions, not groups it declares (pattern sources). */
export const GENERIC_GROUP_NAMES = ['I?ViewModel', 'Service', 'Repository', 'Router', 'Client'];

/** Decides which groups serve requests, and so go where the endpoints go. */
export const SERVING_GROUP_SUFFIXES = ['Router', 'Controller', 'Handler', 'Servicer', 'Resolver'];

/** Decides which groups may be the relationship service a data model implies (`OrderService` for `Order`). */
export const MANAGING_GROUP_SUFFIXES = ['Service'];

/** Decides which names are payload types, not operations: `place_order_input`, `OrderResponseDto`. */
export const PAYLOAD_SUFFIXES = [
  'input',
  'output',
  'request',
  'response',
  'payload',
  'dto',
  'props',
  'options',
  'error',
  'result',
  'args',
  'params'
];

/** Decides which PascalCase names (C#, Go methods) are operations: those starting with one of these verbs. */
export const OPERATION_VERBS = [
  'Get',
  'Set',
  'Create',
  'Update',
  'Delete',
  'Archive',
  'Restore',
  'List',
  'Find',
  'Search',
  'Fetch',
  'Save',
  'Load',
  'Add',
  'Remove',
  'Is',
  'Has',
  'Execute',
  'Run',
  'Start',
  'Stop',
  'Sync',
  'Import',
  'Export',
  'Mark',
  'Recover',
  'Validate',
  'Check',
  'Send',
  'Handle',
  'Link',
  'Unlink',
  'Purge',
  'Reset',
  'Collect',
  'Register',
  'Resolve',
  'Prompt'
];

/** Decides which PascalCase names are operations whatever their verb: `ReserveAsync`. */
export const ASYNC_SUFFIX = 'Async';

/** Decides which single type is plainly a message or record the feature defines, worth a task alone. */
export const MESSAGE_TYPE_SUFFIXES = [
  'Message',
  'Request',
  'Response',
  'Event',
  'Dto',
  'Payload',
  'Record'
];

/** Decides which words of a group's name say its role rather than its subject: `order` of `orderRouter`. */
export const GROUP_ROLE_WORDS: ReadonlySet<string> = new Set([
  'service',
  'router',
  'controller',
  'handler',
  'servicer',
  'resolver',
  'repository',
  'manager',
  'procedure',
  'route',
  'api'
]);

/** Decides which word around a drawn file also names a role: a folder of procedures holds a router. */
export const ROLE_ALSO_CALLED: ReadonlyMap<string, string> = new Map([['procedure', 'router']]);

/** Decides which contracts are about wire messages, whose types go in the plan's .proto file. */
export const WIRE_CONTRACT_WORDS = ['wire', 'proto', 'protobuf', 'grpc', 'messages?'];

const IMPLEMENTED = alternation(IMPLEMENTATION_SUFFIXES);

export const GROUP_NAME = pattern(
  'contract-group-name',
  `^(?:${escapePattern(INTERFACE_PREFIX)}?[A-Z][A-Za-z0-9]*${alternation(GROUP_SUFFIXES)}|[a-z][A-Za-z0-9]*${escapePattern(ROUTER_SUFFIX)})${IMPLEMENTED}?$`
);
export const NOT_A_GROUP = pattern(
  'contract-not-a-group',
  `${alternation(TEST_CLASS_SUFFIXES)}$|^${alternation(GENERIC_GROUP_NAMES, true)}$`
);
export const SERVING_GROUP = trailingPattern('contract-serving-group', SERVING_GROUP_SUFFIXES);
export const MANAGING_GROUP = trailingPattern('contract-managing-group', MANAGING_GROUP_SUFFIXES);
export const PAYLOAD_NAME = pattern(
  'contract-payload-name',
  `[_.]?${alternation(PAYLOAD_SUFFIXES)}$`,
  'i'
);
export const OPERATION_NAME = pattern(
  'contract-operation-name',
  `^${alternation(OPERATION_VERBS)}[A-Z]|${escapePattern(ASYNC_SUFFIX)}$`
);
export const MESSAGE_TYPE = trailingPattern('contract-message-type', MESSAGE_TYPE_SUFFIXES);
export const IMPLEMENTATION_SUFFIX = pattern('contract-implementation-suffix', `${IMPLEMENTED}$`);
export const INTERFACE_NAME = pattern(
  'contract-interface-name',
  `^${escapePattern(INTERFACE_PREFIX)}[A-Z][a-z]`
);
export const WIRE_CONTRACT = wholeWordPattern('contract-wire', WIRE_CONTRACT_WORDS, 'i', true);

// ---------------------------------------------------------------------------------------------
// How a contract lists and places its own code

/** Decides which tables list a service's operations: the title of their first column (pattern sources). */
export const OPERATION_COLUMN_TITLES = [
  'operations?',
  'methods?',
  'functions?',
  'procedures?',
  'tools?',
  'commands?',
  'rpcs?'
];

export const OPERATION_COLUMN = wholeValuePattern(
  'contract-operation-column',
  OPERATION_COLUMN_TITLES,
  'i',
  true
);

/** Decides which bold labels say where a contract's code lives: `**Module**: `shop.cart`` (pattern sources, each also plural). */
export const HOME_LABELS = [
  'package',
  'module',
  'crate',
  'namespace',
  'location',
  'path',
  'source(?: file)?',
  'file'
];

export const HOME_LABEL = pattern(
  'contract-home-label',
  `^${alternation(HOME_LABELS, true)}s?$`,
  'i'
);

/** Keys of an MCP server's lists, in the order a contract's names take them (SERVED_KEYS below: the order its operations take). */
export const MCP_NAMED_LISTS = ['tools', 'resources', 'resourceTemplates', 'prompts'];
/** Fields that name an item of those lists: a tool or prompt by `name`, a resource by `uri`. */
export const MCP_ITEM_NAME_FIELDS = ['name', 'uri', 'uriTemplate'];

/** Decides which keys of a JSON or YAML contract list what it serves (an MCP server's tools, prompts, resources). */
export const SERVED_KEYS = ['tools', 'prompts', 'resources', 'resourceTemplates'];
/** Decides which served keys hold resources, called by their URI rather than a name. */
export const RESOURCE_KEY_PREFIX = 'resource';
/** The fields that name a served resource, first found wins. */
export const RESOURCE_NAME_FIELDS = ['uri', 'uriTemplate', 'name'];
/** The field that names a served tool or prompt. */
export const SERVED_NAME_FIELD = 'name';

/** Decides which JSON or YAML contracts are JSON Schema: any of these keys at the top. */
export const JSON_SCHEMA_KEYS = ['$schema', '$defs', 'definitions', 'properties'];
