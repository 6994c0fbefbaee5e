/**
 * What the product knows about the files a plan lists as its own: the route tables by which a plan
 * declares the routes its files serve, and the names, folders and extensions that give a planned
 * file its role (the markers and file-list titles are in plan-file-markers.ts).
 */
import { alternation, anywherePattern, pattern, wholeWordPattern } from './build.js';

// ---------------------------------------------------------------------------------------------
// Routes a plan declares

/**
 * Decides which table headers make a table in plan.md a route table: a column of methods and
 * one of paths (lower case, the header cell's words).
 */
export const ROUTE_TABLE_METHOD_HEADERS: ReadonlySet<string> = new Set(['method', 'verb', 'http']);

export const ROUTE_TABLE_PATH_HEADERS: ReadonlySet<string> = new Set([
  'path',
  'route',
  'endpoint',
  'url',
  'uri'
]);

/** Decides which table header names the file that serves a route. */
export const ROUTE_TABLE_FILE_HEADERS: ReadonlySet<string> = new Set([
  'file',
  'handler',
  'module',
  'location',
  'source'
]);

/**
 * Decides which framework files serve an API route rather than a page: Next.js route handlers
 * (`route.ts`) and SvelteKit endpoints (`+server.ts`), by file name without extension.
 */
export const API_ROUTE_FILE_NAMES: ReadonlySet<string> = new Set(['route', '+server']);

// ---------------------------------------------------------------------------------------------
// Folders whose note names their files

/**
 * Decides in which languages a folder's note that lists type names (`dto/  # NEW: OrderDto,
 * OrderListDto`) names one file per type: those that keep each public type in a file of its name.
 */
export const ONE_TYPE_PER_FILE_EXTENSIONS: ReadonlySet<string> = new Set(['.java', '.kt', '.cs']);

/** Decides how a note separates the names it lists: commas, "and", "&" (pattern sources). */
export const NAME_LIST_SEPARATORS = [',\\s{0,3}', '\\s(?:and|&)\\s'];

export const NAME_LIST_SEPARATOR = anywherePattern(
  'planned-name-list-separator',
  NAME_LIST_SEPARATORS,
  '',
  true
);

/** Decides which notes tie a file to a user story: `US-1 E2E`, `User Story 2` (pattern sources). */
export const STORY_REFERENCES = ['US-?', 'user\\s{1,3}story\\s{0,3}', 'story\\s{0,3}'];

export const STORY_REFERENCE = pattern(
  'planned-story-reference',
  `\\b${alternation(STORY_REFERENCES, true)}(\\d{1,3})\\b`,
  'i'
);

// ---------------------------------------------------------------------------------------------
// The role a planned file plays, by its name and folder

/**
 * Decides which files set up the build, the tooling or the environment (whole file name, lower
 * case): they go in Setup.
 */
export const SETUP_FILE_NAMES: ReadonlySet<string> = new Set([
  'package.json',
  'pnpm-workspace.yaml',
  'turbo.json',
  'nx.json',
  'lerna.json',
  'tsconfig.json',
  'jsconfig.json',
  'deno.json',
  'bunfig.toml',
  'cargo.toml',
  'rust-toolchain.toml',
  'rustfmt.toml',
  'clippy.toml',
  'go.mod',
  'go.work',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'tox.ini',
  'uv.lock',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'settings.gradle',
  'settings.gradle.kts',
  'gradle.properties',
  'libs.versions.toml',
  'package.swift',
  'podfile',
  'cmakelists.txt',
  'makefile',
  'justfile',
  'dockerfile',
  'containerfile',
  '.dockerignore',
  '.gitignore',
  '.editorconfig',
  '.npmrc',
  '.nvmrc',
  '.python-version',
  '.golangci.yml',
  '.swiftlint.yml',
  '.prettierrc',
  'biome.json',
  'app.json',
  'eas.json',
  'vercel.json',
  'global.json',
  'directory.build.props',
  'directory.packages.props',
  'nuget.config',
  'ansible.cfg'
]);

/**
 * Decides which file names set up the build or tooling by their form: `vite.config.ts`,
 * `Shop.Api.csproj`, `.env.example`, `tsconfig.base.json`, `requirements-dev.txt`,
 * `docker-compose.yml` (pattern sources, any case).
 */
export const SETUP_FILE_FORMS = [
  '\\.config\\.[cm]?[jt]s$',
  '\\.(?:csproj|fsproj|vbproj|sln|props|targets)$',
  '^\\.env(?:\\.[\\w-]{1,20})?$',
  '^tsconfig\\.[\\w.-]{1,30}\\.json$',
  '^requirements[\\w.-]{0,20}\\.txt$',
  '^docker-compose[\\w.-]{0,20}\\.ya?ml$',
  '^\\.eslintrc(?:\\.[a-z]{2,4})?$',
  '^\\.prettierrc(?:\\.[a-z]{2,4})?$'
];

export const SETUP_FILE_FORM = anywherePattern(
  'planned-setup-file-form',
  SETUP_FILE_FORMS,
  'i',
  true
);

/** Decides which folders hold tooling and CI, not the feature's code (any segment). */
export const SETUP_FOLDERS: ReadonlySet<string> = new Set([
  '.github',
  '.gitlab',
  '.storybook',
  '.vscode',
  '.devcontainer',
  '.husky',
  '.cargo',
  '.circleci'
]);

/** Decides which extensions are documentation: such files are written in Polish. */
export const DOC_EXTENSIONS: ReadonlySet<string> = new Set(['md', 'mdx', 'rst', 'adoc']);

/** Decides which extensions are assets a task adds, not code it writes (fonts, images, sounds). */
export const ASSET_EXTENSIONS: ReadonlySet<string> = new Set([
  'ttf',
  'otf',
  'woff',
  'woff2',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'ico',
  'webp',
  'mp3',
  'wav'
]);

/** Decides which extensions and folders hold schema migrations, planned with the models. */
export const MIGRATION_EXTENSIONS: ReadonlySet<string> = new Set(['sql']);

export const MIGRATION_FOLDERS: ReadonlySet<string> = new Set([
  'migrations',
  'migration',
  'migrate'
]);

/** Decides which folders hold a user interface (any segment, lower case). */
export const UI_FOLDERS: ReadonlySet<string> = new Set([
  'components',
  'component',
  'pages',
  'views',
  'view',
  'screens',
  'screen',
  'layouts',
  'widgets',
  'ui',
  'templates',
  'hooks',
  'styles',
  'composables',
  'stores'
]);

/** Decides which extensions are user-interface files wherever they are. */
export const UI_EXTENSIONS: ReadonlySet<string> = new Set([
  'tsx',
  'jsx',
  'vue',
  'svelte',
  'astro',
  'razor',
  'cshtml',
  'xaml',
  'css',
  'scss',
  'sass',
  'less',
  'html',
  'storyboard',
  'xib'
]);

/**
 * Decides which words in a file's folder or name make it wiring the code into its platform:
 * middleware, the database connection, logging, the program's start-up and dependency injection.
 */
export const INTEGRATION_WORDS: ReadonlySet<string> = new Set([
  'middleware',
  'db',
  'database',
  'logging',
  'logger',
  'telemetry',
  'startup',
  'program',
  'bootstrap',
  'main',
  'wiring',
  'di',
  'interceptor',
  'filter',
  'config',
  'configuration'
]);

/** Decides which test folders make which kind of test, for a planned test file's task. */
export const TEST_KIND_OF_FOLDER: readonly (readonly [string, string])[] = [
  ['e2e', 'End-to-end test'],
  ['integration', 'Integration test'],
  ['contract', 'Contract test'],
  ['unit', 'Unit tests'],
  ['bench', 'Benchmark'],
  ['benches', 'Benchmark'],
  ['benchmarks', 'Benchmark'],
  ['perf', 'Performance test'],
  ['smoke', 'Smoke test'],
  ['acceptance', 'Acceptance test']
];

/** Decides what a planned test file's task is called where its folder says no kind. */
export const DEFAULT_TEST_KIND = 'Tests';

/**
 * Decides which file stems say nothing without their folder (`types.ts`, `route.ts`, `mod.rs`),
 * so a task names the folder too: "venues types", "events [id] route".
 */
export const GENERIC_STEMS: ReadonlySet<string> = new Set([
  'index',
  'mod',
  'main',
  'lib',
  'init',
  '__init__',
  'route',
  'routes',
  'page',
  'layout',
  'types',
  'type',
  'models',
  'model',
  'schema',
  'schemas',
  'service',
  'services',
  'handler',
  'handlers',
  'controller',
  'api',
  'client',
  'utils',
  'helpers',
  'config',
  'constants',
  'errors',
  'validation',
  'store',
  'hooks',
  'templates',
  'urls',
  'views',
  'settings',
  'app',
  '+page',
  '+server',
  '+layout'
]);

/**
 * Decides which template items are the generic core work the plan's own files replace ("Core
 * logic in …", "Error handling and validation", "Type hints and docstrings"): words of the item,
 * lower case.
 */
export const GENERIC_CORE_ITEM_WORDS = {
  logic: ['core logic', 'core implementation', 'business logic'],
  validation: ['validation', 'error handling'],
  docs: ['docstring', 'doc comment', 'type hints', 'documentation comments']
};

/** Decides which planned files take the validation and error-handling work (stem or note words). */
export const VALIDATION_FILE_WORDS: ReadonlySet<string> = new Set([
  'validation',
  'validator',
  'validators',
  'validate',
  'error',
  'errors',
  'exception',
  'exceptions'
]);

/**
 * Decides which words of a test file's name say it is a test rather than what it tests
 * (`BatchContractTest` tests `batch`), singular, lower case.
 */
export const TEST_FILE_WORDS: ReadonlySet<string> = new Set([
  'test',
  'spec',
  'contract',
  'integration',
  'e2e',
  'unit',
  'it'
]);

/**
 * Decides which words of a contract's file name say what kind of document it is rather than what
 * it is about (`orders-dtos.yaml` is about orders), singular, lower case.
 */
export const CONTRACT_SUBJECT_NOISE: ReadonlySet<string> = new Set([
  'api',
  'dto',
  'schema',
  'type',
  'model',
  'spec',
  'contract',
  'openapi',
  'swagger',
  'summary',
  'endpoint',
  'route',
  'interface',
  'v1',
  'v2'
]);

/**
 * Decides which file names (stem, singular) hold the types of the folder they are in, so an
 * entity's model goes in `venues/types.ts` where the plan has one.
 */
export const MODEL_STEMS: ReadonlySet<string> = new Set([
  'type',
  'model',
  'schema',
  'entity',
  'interface',
  'dto'
]);

/** Decides which file names (stem, singular) hold the logic of the folder they are in. */
export const SERVICE_STEMS: ReadonlySet<string> = new Set(['service', 'manager', 'logic']);

/**
 * Decides which sections of plan.md name files without planning them: the constitution check,
 * complexity tracking, the feature's own documents, what was researched or ruled out (heading
 * words, any case).
 */
export const SKIPPED_SECTION_WORDS = [
  'constitution',
  'complexity',
  'documentation',
  'research',
  'references?',
  'alternatives?',
  'out of scope',
  'risks?',
  'progress tracking',
  'summary'
];

export const SKIPPED_SECTION = wholeWordPattern(
  'planned-skipped-section',
  SKIPPED_SECTION_WORDS,
  'i',
  true
);

/**
 * Decides which extensions hold data or configuration the feature adds (`configs/train.yaml`,
 * `fixtures/seeds.json`), when no name says it sets up the build.
 */
export const DATA_EXTENSIONS: ReadonlySet<string> = new Set([
  'yaml',
  'yml',
  'json',
  'jsonc',
  'toml',
  'ini',
  'cfg',
  'conf',
  'csv',
  'tsv',
  'properties',
  'xml',
  'plist'
]);

/**
 * Decides which words of a path say what a file is rather than which part of the feature it
 * belongs to (`lib`, `route`, `service`), so they tie no two files together (singular, lower case).
 */
export const AREA_NOISE_WORDS: ReadonlySet<string> = new Set([
  'src',
  'lib',
  'app',
  'api',
  'main',
  'java',
  'kotlin',
  'internal',
  'pkg',
  'source',
  'sources',
  'component',
  'page',
  'screen',
  'view',
  'route',
  'router',
  'handler',
  'controller',
  'endpoint',
  'service',
  'model',
  'type',
  'schema',
  'entity',
  'domain',
  'repository',
  'dto',
  'index',
  'mod',
  'util',
  'helper',
  'common',
  'shared',
  'core',
  'presentation',
  'application',
  'infrastructure',
  'feature',
  'features',
  'layout',
  'server'
]);

/**
 * Decides in which languages each type has a file of its own (`Order.java`, `Order.swift`), so an
 * entity the plan places nowhere gets its own file even where the plan keeps a types file; in the
 * others several types share a module (`models.py`, `schema.go`, `types.ts`).
 */
export const ONE_TYPE_PER_FILE_LANGUAGES: ReadonlySet<string> = new Set([
  'java',
  'kotlin',
  'csharp',
  'swift'
]);
