/**
 * What the readers of code blocks know about code, across the languages design documents write it
 * in (TypeScript, Python, Kotlin, Swift, C#, Java, Go, Rust, Protobuf, GraphQL, SQL, Prisma): the
 * fences that hold it, its comments, the modifiers and keywords that open a declaration, how fields
 * and functions are written, and which names are too common to name anything.
 */
import { alternation, leadingWordPattern, pattern } from './build.js';

// ---------------------------------------------------------------------------------------------
// Fences and comments

/** Decides which fences only a data model reads as code: its YAML is a schema, its SQL creates tables. */
export const SCHEMA_LANGUAGES = new Set(['yaml', 'yml', 'sql']);
/** Decides where `#` starts a comment (`''` is a fence without a language). */
export const HASH_COMMENT_LANGUAGES = new Set([
  'python',
  'py',
  'yaml',
  'yml',
  'ruby',
  'rb',
  'toml',
  'text',
  ''
]);
/** Decides where `--` starts a comment. */
export const DASH_COMMENT_LANGUAGES = new Set(['sql', '']);

// ---------------------------------------------------------------------------------------------
// Declarations

/** Decides which words before a declaration's keyword are modifiers: `export`, `pub(crate)`, `data`. */
export const DECLARATION_MODIFIERS = [
  'export',
  'public',
  'private',
  'protected',
  'internal',
  'abstract',
  'sealed',
  'static',
  'final',
  'open',
  'partial',
  'data',
  'pub(?:\\([a-z]{1,10}\\))?',
  'declare',
  'default',
  'readonly',
  'async',
  'suspend',
  'override',
  'inline',
  'value',
  'virtual',
  'fileprivate'
];
export const DECLARATION_MODIFIER = pattern(
  'code-declaration-modifier',
  `^${alternation(DECLARATION_MODIFIERS, true)}\\s`
);

/** Decides which keywords open a type's declaration: `class`, `struct`, `message`, `model`, `input`… */
export const DECLARATION_KEYWORDS = [
  'class',
  'interface',
  'struct',
  'record',
  'enum',
  'message',
  'object',
  'trait',
  'type',
  'table',
  'model',
  'dataclass',
  'protocol',
  'service',
  'input',
  'union'
];
export const DECLARATION = pattern(
  'code-declaration',
  `^(${DECLARATION_KEYWORDS.join('|')})\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})`,
  'u'
);
/** Words after `enum` that still declare an enum: Kotlin's `enum class Season`. */
export const ENUM_CLASS_WORDS = ['class', 'struct'];
export const ENUM_CLASS = pattern(
  'code-enum-class',
  `^enum\\s{1,4}${alternation(ENUM_CLASS_WORDS)}\\s`
);

// ---------------------------------------------------------------------------------------------
// Functions, routers and methods, which a contract's names include

/** Protobuf's `rpc PlantSeed(…)`. */
export const RPC = pattern('code-rpc', `^rpc\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})`, 'u');

/** Keywords that open a function: Python's `def`, Kotlin's `fun`, Go's `func`, Rust's `fn`. */
export const FUNCTION_KEYWORDS = ['def', 'fun', 'func', 'function', 'fn'];
export const FUNCTION = pattern(
  'code-function',
  `\\b${alternation(FUNCTION_KEYWORDS)}\\s{1,4}(?:\\([^)]{0,80}\\)\\s{0,4})?([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\s{0,4}[(<[]`,
  'u'
);
/** What a `const` holding a function is set to: an arrow, `function`, a zod schema, a tRPC router. */
export const FUNCTION_VALUES = [
  '\\(',
  'function\\b',
  'z\\.',
  'router\\(',
  't\\.procedure\\b',
  '[\\p{L}_][\\p{L}\\p{N}_]{0,40}Procedure\\b'
];
export const CONST_FUNCTION = pattern(
  'code-const-function',
  `^const\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\s{0,4}(?::[^=]{1,80})?=\\s{0,4}(?:async\\s{1,4})?(?:${FUNCTION_VALUES.join('|')})`,
  'u'
);
/** tRPC's `const shelfRouter = router(` and its `plant: protectedProcedure…`. */
export const ROUTER = pattern(
  'code-router',
  `^const\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,60})Router\\s{0,4}=\\s{0,4}(?:t\\.)?router\\(`,
  'u'
);
export const PROCEDURE = pattern(
  'code-procedure',
  `^([\\p{L}_][\\p{L}\\p{N}_]{0,60})\\s{0,4}:\\s{0,4}[\\p{L}_][\\p{L}\\p{N}_.]{0,60}[Pp]rocedure\\b`,
  'u'
);

/** Words that read like a method's name before `(` but are control flow or calls: `if (`, `super(`. */
export const NOT_METHOD_NAMES = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'new',
  'await',
  'throw',
  'when',
  'super',
  'this',
  'constructor',
  'init',
  'typeof',
  'sizeof'
]);
/** Decides which types' members are operations, whose method signatures are names too. */
export const OPERATION_TYPE_KEYWORDS = new Set([
  'class',
  'interface',
  'trait',
  'protocol',
  'service',
  'object'
]);
/** Words before an enumeration's value that are no part of its name: Swift's `case light`. */
export const ENUM_VALUE_PREFIXES = ['case'];
export const ENUM_VALUE_PREFIX = pattern(
  'code-enum-value-prefix',
  `^${alternation(ENUM_VALUE_PREFIXES)}\\s{1,4}`
);
/** Decides that a piece of an enumeration's body declares a member, not a value: `fun label()`. */
export const NOT_ENUM_VALUE_WORDS = [
  'fun',
  'func',
  'fn',
  'def',
  'val',
  'var',
  'let',
  'const',
  'private',
  'public',
  'internal',
  'protected',
  'static',
  'override',
  'init',
  'get',
  'set',
  'companion',
  'abstract'
];
export const NOT_ENUM_VALUE = leadingWordPattern('code-not-enum-value', NOT_ENUM_VALUE_WORDS);
/** Python's enumeration bases: `class Roast(Enum)`, `(str, Enum)`, `(enum.IntFlag)`. */
export const PYTHON_ENUM_BASES = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'];
export const PYTHON_ENUM_CLASS = pattern(
  'code-python-enum-class',
  `^class\\s{1,4}[\\p{L}_][\\p{L}\\p{N}_]{0,80}\\((?:[\\w.]{1,40},\\s{0,4}){0,3}(?:enum\\.)?${alternation(PYTHON_ENUM_BASES)}\\)\\s{0,4}:`,
  'u'
);

/** Decides which types are contracts to implement whatever their name: `trait Scanner`, `protocol Pantry`. */
export const INTERFACE_KEYWORDS = new Set(['interface', 'trait', 'protocol']);
/** Go's `type Printer interface {`, an interface written as a type. */
export const GO_INTERFACE = pattern(
  'code-go-interface',
  '^type\\s{1,4}[\\p{L}_][\\p{L}\\p{N}_]{0,80}\\s{1,4}interface\\b',
  'u'
);
/** GraphQL's root types, whose fields are operations. */
export const GRAPHQL_ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
/** Decides that what comes before a name assigns, calls or returns it rather than declares it. */
export const NOT_DECLARATION_PREFIX = pattern('code-not-declaration-prefix', '[=:.]|\\breturn\\b');

// ---------------------------------------------------------------------------------------------
// Names

/** Decides that a name made only of these programming words is not distinctive: `getData`. */
export const COMMON_NAME_WORDS = new Set([
  'a',
  'all',
  'and',
  'any',
  'api',
  'args',
  'array',
  'async',
  'await',
  'base',
  'body',
  'bool',
  'boolean',
  'bytes',
  'callback',
  'check',
  'class',
  'client',
  'close',
  'config',
  'context',
  'count',
  'create',
  'data',
  'date',
  'datetime',
  'default',
  'delete',
  'double',
  'dto',
  'entry',
  'enum',
  'error',
  'errors',
  'event',
  'exists',
  'false',
  'fetch',
  'find',
  'float',
  'for',
  'from',
  'get',
  'handle',
  'handler',
  'has',
  'head',
  'header',
  'headers',
  'helper',
  'id',
  'ids',
  'impl',
  'index',
  'info',
  'init',
  'input',
  'int',
  'interface',
  'is',
  'item',
  'items',
  'json',
  'list',
  'load',
  'long',
  'main',
  'manager',
  'map',
  'message',
  'model',
  'mutation',
  'name',
  'new',
  'node',
  'none',
  'null',
  'number',
  'object',
  'of',
  'on',
  'open',
  'option',
  'options',
  'or',
  'output',
  'page',
  'params',
  'patch',
  'payload',
  'post',
  'process',
  'promise',
  'props',
  'put',
  'query',
  'read',
  'remove',
  'request',
  'response',
  'result',
  'results',
  'root',
  'run',
  'save',
  'schema',
  'search',
  'send',
  'server',
  'service',
  'set',
  'start',
  'state',
  'status',
  'stop',
  'string',
  'struct',
  'subscription',
  'task',
  'test',
  'tests',
  'text',
  'the',
  'time',
  'timestamp',
  'to',
  'true',
  'type',
  'types',
  'unknown',
  'update',
  'use',
  'util',
  'utils',
  'uuid',
  'validate',
  'value',
  'values',
  'void',
  'with',
  'write'
]);

/** Extensions of source files, whose base name a heading names: `ShelfRepository.kt`. */
export const SOURCE_EXTENSIONS = [
  'kt',
  'kts',
  'java',
  'cs',
  'ts',
  'tsx',
  'js',
  'jsx',
  'py',
  'go',
  'rs',
  'swift',
  'rb',
  'dart',
  'scala',
  'php',
  'proto'
];
export const SOURCE_FILE_NAME = pattern(
  'code-source-file-name',
  `^([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\.(?:${SOURCE_EXTENSIONS.join('|')})$`,
  'u'
);

// ---------------------------------------------------------------------------------------------
// What else a contract names: JSON and YAML keys (tables of operations and where code lives: contracts.ts)

/** Keys whose entries are a document's topics (AsyncAPI `channels`, a list of `topics`). */
export const TOPIC_KEYS = ['topics', 'channels'];
/** Keys of JSON Schema definitions. */
export const SCHEMA_DEFINITION_KEYS = ['$defs', 'definitions'];
