/**
 * What the planner knows about how code bases name their folders and files: which folder holds
 * models, services, endpoints or tests, which hold no feature code, what a plan's note beside a
 * path says about writing there, and the words by which a file's name says the role it plays.
 */
import { alternation, pattern, wholeValuePattern, wholeWordPattern, wholeWords } from './build.js';

// ---------------------------------------------------------------------------------------------
// Folders by role

/** Decides which of the plan's folders new models go in (a folder's last segment, lower case). */
export const MODEL_FOLDERS: readonly string[] = [
  'models',
  'model',
  'entities',
  'entity',
  'domain',
  'schemas',
  'schema'
];

/** Decides which of the plan's folders hold repositories, each stored entity's data access. */
export const REPOSITORY_FOLDERS: readonly string[] = [
  'repositories',
  'repository',
  'repos',
  'repo'
];

/** The word a repository's name ends in: `Invoice` → `InvoiceRepository`, `invoice-repository`. */
export const REPOSITORY_NAME_WORD = 'repository';

/** Decides which of the plan's folders new services go in. */
export const SERVICE_FOLDERS: readonly string[] = [
  'services',
  'service',
  'core',
  'lib',
  'logic',
  'usecases',
  'application',
  'engine'
];

/** Decides which of the plan's folders new endpoints go in, and which hold only the thin layer serving the code. */
export const ENDPOINT_FOLDERS: readonly string[] = [
  'api',
  'routes',
  'router',
  'routers',
  'endpoints',
  'handlers',
  'handler',
  'controllers',
  'controller',
  'entrypoints',
  'resolvers',
  'presentation',
  'server',
  'cli',
  'commands'
];

/** Decides which of the plan's test folders contract tests go in. */
export const CONTRACT_TEST_FOLDERS: readonly string[] = ['contract', 'contracts', 'api'];

/** Decides which of the plan's test folders story and scenario (integration) tests go in. */
export const INTEGRATION_TEST_FOLDERS: readonly string[] = [
  'integration',
  'e2e',
  'basic_correctness',
  'acceptance',
  'features'
];

/** Decides which of the plan's test folders unit tests go in. */
export const UNIT_TEST_FOLDERS: readonly string[] = ['unit'];

/**
 * Decides which front-end folder at the top of the code base gets a JavaScript dependency of a
 * plan in another language (`client/package.json`).
 */
export const FRONT_END_FOLDERS: readonly string[] = [
  'frontend',
  'web',
  'webapp',
  'ui',
  'client',
  'app'
];

// ---------------------------------------------------------------------------------------------
// Folders that hold no feature code

/** Decides which folders hold no feature code of the plan's language (any segment of the path). */
export const NOT_CODE_FOLDERS = new Set([
  'web',
  'frontend',
  'public',
  'static',
  'assets',
  'ui',
  'docs',
  'scripts',
  'cmd',
  'bin',
  'config',
  'configs',
  'deploy',
  'deployments',
  'migrations',
  'utils',
  '.github'
]);

/**
 * Decides which folders named in a plan's prose (it draws no tree) hold no code: documentation,
 * fixtures, the feature's own documents.
 */
export const NOT_CODE_MENTIONED_FOLDERS = new Set([
  'docs',
  'doc',
  'fixtures',
  'testdata',
  '.github',
  'contracts'
]);

/** Decides which folders hold documentation, wherever they sit in a path. */
export const DOCUMENTATION_FOLDERS = new Set(['docs', 'doc', 'documentation']);

/** Decides which top-level folders hold a static site's content (a Hugo site's), not code. */
export const SITE_CONTENT_ROOTS = new Set(['content', 'archetypes']);

/** Decides which folders hold generated code, never written by hand (any segment of the path). */
export const GENERATED_FOLDERS = new Set(['_generated', '__generated__', 'generated']);

/**
 * Decides which folder names say what tests use rather than where tests are: `mocks/`,
 * `fixtures/`, `testdata/` (pattern sources, matched as a whole segment, any case).
 */
export const TEST_SUPPORT_FOLDERS = [
  'mocks?',
  'fakes?',
  'stubs?',
  'fixtures?',
  'test_?data',
  'helpers?',
  'support',
  'utils?',
  'snapshots?',
  '__snapshots__',
  '__mocks__'
];

export const TEST_SUPPORT_FOLDER = wholeValuePattern(
  'test-support-folder',
  TEST_SUPPORT_FOLDERS,
  'i',
  true
);

// ---------------------------------------------------------------------------------------------
// What a plan's note beside a path says

/**
 * Decides that a note says the path is generated or not kept in the repository: `generated,
 * git-ignored`, `not committed` (pattern sources, whole words, any case).
 */
export const GENERATED_NOTE_WORDS = [
  '(?:auto-?)?generated',
  'git-?ignored',
  'not committed',
  'do not edit'
];

export const GENERATED_NOTE = wholeWordPattern('generated-note', GENERATED_NOTE_WORDS, 'i', true);

/** Decides that a note says the path is for later when written in capitals anywhere: `FUTURE: …`. */
export const FUTURE_NOTE_CAPITALS = ['FUTURE'];

export const FUTURE_NOTE_IN_CAPITALS = wholeWordPattern(
  'future-note-capitals',
  FUTURE_NOTE_CAPITALS
);

/** Decides that a note says the path is for later when it starts with these, in any case: `(later phase)`. */
export const FUTURE_NOTE_OPENINGS = ['future', 'later phase'];

export const FUTURE_NOTE = pattern(
  'future-note',
  `^\\(?${alternation(FUTURE_NOTE_OPENINGS)}\\b`,
  'i'
);

/** Decides that a note says the path stays as it is: `kept as is (no changes)` (pattern sources, whole words). */
export const UNCHANGED_NOTE_WORDS = ['unchanged', 'no changes?', 'not changed', 'untouched'];

/** The same in scripts without word boundaries: Korean "no change" (pattern sources). */
export const UNCHANGED_NOTE_PHRASES = ['변경\\s*없음'];

export const UNCHANGED_NOTE = pattern(
  'unchanged-note',
  `${wholeWords(UNCHANGED_NOTE_WORDS, true)}|${alternation(UNCHANGED_NOTE_PHRASES, true)}`,
  'i'
);

// ---------------------------------------------------------------------------------------------
// The layout a plan's Project Type gives

/** Decides the folder a plan's Project Type puts the code under: a word of the type and its folder. */
export const PROJECT_TYPE_ROOTS: readonly (readonly [string, string])[] = [
  ['web', 'backend/'],
  ['mobile', 'api/']
];

/** Decides the folders of a plan that lays out none, under its Project Type's root. */
export const PROJECT_TYPE_FOLDERS = {
  models: 'src/models/',
  services: 'src/services/',
  endpoints: 'src/api/',
  contractTests: 'tests/contract/',
  integrationTests: 'tests/integration/',
  unitTests: 'tests/unit/',
  source: 'src/',
  tests: 'tests/'
};

// ---------------------------------------------------------------------------------------------
// The role a file plays, by the words of its folder, name and note

/** Decides which words in a file's folder, name or note say it plays a role (singular, lower case). */
export const ROLE_WORDS = {
  endpoint: new Set([
    'api',
    'controller',
    'handler',
    'router',
    'route',
    'endpoint',
    'resolver',
    'servicer',
    'http',
    'rest',
    'grpc',
    'presentation',
    'view',
    'command',
    'cli',
    'rpc'
  ]),
  model: new Set([
    'model',
    'entity',
    'domain',
    'schema',
    'type',
    'struct',
    'dataclass',
    'record',
    'newtype',
    'message'
  ]),
  service: new Set(['service', 'application', 'usecase', 'core', 'logic', 'manager', 'engine'])
} satisfies Record<string, ReadonlySet<string>>;

/**
 * Decides which words in a file's folder or name say it plays another role than this one: a
 * `dto/` never serves endpoints, a `views/` file never holds a model.
 */
export const ROLE_DENIED_WORDS = {
  endpoint: new Set([
    'dto',
    'entity',
    'domain',
    'model',
    'repository',
    'repo',
    'mapper',
    'migration',
    'config',
    'configuration',
    'test',
    'fixture',
    'request',
    'response'
  ]),
  model: new Set([
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'codegen',
    'target',
    'bench',
    'benchmark',
    'controller',
    'handler',
    'route',
    'router',
    'migration',
    'script',
    'tool',
    'test',
    'fixture',
    'command',
    'cli'
  ]),
  service: new Set([
    'dto',
    'codegen',
    'target',
    'tool',
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'bench',
    'benchmark',
    'controller',
    'migration',
    'test',
    'fixture',
    'model',
    'entity'
  ])
} satisfies Record<string, ReadonlySet<string>>;

/** Decides which words make a file the one serving requests, even when it also names a client. */
export const SERVING_WORDS = new Set([
  'controller',
  'handler',
  'router',
  'route',
  'resolver',
  'servicer',
  'view'
]);

/** Decides which words make a file one that calls endpoints and never serves them. */
export const CALLER_WORDS = new Set(['client', 'stub']);

/**
 * Decides that a plan's note says its file defines types: `add OrderLine dataclass`, `Sku
 * newtypes` (pattern sources, whole words, any case).
 */
export const DEFINES_WORDS = [
  'add',
  'adds',
  'define',
  'defines',
  'definitions?',
  'struct',
  'structs',
  'dataclass',
  'class',
  'message',
  'newtypes?',
  'model',
  'models',
  'enum',
  'types?',
  'records?',
  'entity',
  'entities',
  'schema',
  'trait',
  'interface'
];

export const DEFINES_NOTE = wholeWordPattern('defines-note', DEFINES_WORDS, 'i', true);

/**
 * Decides which endings make a plural of its word without the `es` (`sketches` → `sketch`), so
 * role words meet in one form.
 */
export const SIBILANT_ENDINGS = ['ch', 'sh', 'ss', 'x', 'z'];

export const SIBILANT_PLURAL = pattern('sibilant-plural', `${alternation(SIBILANT_ENDINGS)}es$`);

// ---------------------------------------------------------------------------------------------
// Source sets of a JVM build (Maven, Gradle): `<module>/src/<set>/<language>/<package>/`

/** Decides which folder of a module holds its source sets. */
export const SOURCE_SETS_FOLDER = 'src';

/** Decides which folder under `src/` holds a module's code (its main source set). */
export const MAIN_SOURCE_SET = 'main';

/** Decides which folders under `src/` hold a module's tests, the unit tests' first. */
export const TEST_SOURCE_SETS: readonly string[] = ['test', 'androidTest', 'integrationTest'];

/**
 * Decides which folder of a source set roots its packages: below `src/test/java/` the folders are
 * a package (`org/quay/mooring/`), mirrored from the code's.
 */
export const SOURCE_SET_LANGUAGES: ReadonlySet<string> = new Set([
  'java',
  'kotlin',
  'scala',
  'groovy'
]);

// ---------------------------------------------------------------------------------------------
// How a framework's style guide names model files

/**
 * Decides the ending a framework gives a model's file where the plan's Technical Context names
 * the framework: Angular's style guide writes `order.model.ts`.
 */
export const ANGULAR_WORDS = ['angular'];
export const FRAMEWORK_MODEL_ENDINGS: readonly { framework: RegExp; ending: string }[] = [
  { framework: pattern('framework-angular', wholeWords(ANGULAR_WORDS), 'i'), ending: '.model' }
];
