/**
 * What the checker knows about the words of tasks and design items: which words carry no
 * meaning, which say a task is a check or a run rather than code, which name a kind of contract
 * or entity, and which nouns serve a resource. Tasks that need no path are in
 * path-free-tasks.ts, the words of tests in check-test-words.ts.
 */
import { alternation, leadingWordPattern, pattern } from './build.js';

// ---------------------------------------------------------------------------------------------
// Key words

/** Words that say nothing about which design item a name means, per language (compared in key form). */
export const FILLER_WORDS = {
  en: [
    'a',
    'an',
    'the',
    'of',
    'for',
    'and',
    'or',
    'to',
    'in',
    'on',
    'with',
    'by',
    'from',
    'as',
    'at',
    'via',
    'per',
    'into',
    'is',
    'be',
    'its',
    'their',
    'new',
    'all',
    'each',
    'it',
    'this',
    'that',
    'user',
    'story',
    'scenario',
    'step',
    'my',
    'our'
  ],
  // Spanish, the most common other language of the lists seen.
  es: ['de', 'la', 'el', 'los', 'las', 'del', 'y', 'en', 'con', 'para', 'un', 'una', 'por']
};

export const FILLER = new Set(Object.values(FILLER_WORDS).flat());

/** Abbreviations people use for the same word, mapped to one spelling (both in singular form). */
export const SAME_WORD = new Map([
  ['config', 'configuration'],
  ['conf', 'configuration'],
  ['cfg', 'configuration'],
  ['info', 'information'],
  ['stat', 'statistic'],
  ['repo', 'repository'],
  ['db', 'database'],
  ['msg', 'message'],
  ['param', 'parameter'],
  ['env', 'environment'],
  ['auth', 'authentication'],
  ['authn', 'authentication'],
  ['creation', 'create'],
  ['deletion', 'delete']
]);

// ---------------------------------------------------------------------------------------------
// What a task does

/** Verbs that make a task create the code names right after them: "Add `VoucherPolicy` to …". */
export const CREATING_VERBS = [
  'create',
  'implement',
  'add',
  'build',
  'write',
  'define',
  'introduce',
  'extract',
  'develop',
  'scaffold'
];

export const CREATING = leadingWordPattern('coverage.creating-verb', CREATING_VERBS, 'i');

/** Key words of a task that changes a schema, which creates tables but no behaviour to test. */
export const MIGRATION_WORDS = ['migration'];

/** Folders and extensions of migration files: `db/migrations/`, `0003_vouchers.sql`. */
export const MIGRATION_FOLDERS = ['migrations', 'migration'];
export const MIGRATION_EXTENSIONS = ['.sql'];

export const MIGRATION_FOLDER = pattern(
  'coverage.migration-folder',
  `(?:^|\\/)${alternation(MIGRATION_FOLDERS)}\\/`
);

/**
 * Tasks that check behaviour without being written as tests, by any of their key words: "Verify
 * the export dialog", "Run quickstart.md start to finish", "Manual check of the voucher flow".
 */
export const CHECKING_WORDS = {
  en: [
    'verify',
    'validate',
    'validation',
    'confirm',
    'manual',
    'manually',
    'smoke',
    'acceptance',
    'e2e',
    'qa',
    'audit',
    'check'
  ],
  es: ['verificar', 'validar', 'probar', 'prueba', 'comprobar'],
  pt: ['testar'],
  fr: ['vérifier', 'valider', 'tester'],
  de: ['prüfen', 'testen'],
  tr: ['doğrula', 'doğrulama']
};

export const CHECKING = new Set(Object.values(CHECKING_WORDS).flat());

/** Verbs that run a document as a whole: a task that runs quickstart.md covers its scenarios. */
export const RUNNING_WORDS = {
  en: ['run', 'execute', 'perform', 'follow', 'walk'],
  es: ['ejecutar']
};

export const RUNNING = Object.values(RUNNING_WORDS).flat();

/** The key word that names the quickstart document. */
export const QUICKSTART_WORDS = ['quickstart'];

/** Phrases by which a test task covers every story: "end-to-end tests of all user stories". */
export const EVERY_STORY_PHRASES = ['all user stories', 'all stories'];

/** What precedes a story's number when a task names it: "User Story 2", "US2". */
export const STORY_NUMBER_PREFIXES = ['user story ', 'us'];

/** What precedes a quickstart scenario's number when a task names it: "Scenario 3". */
export const SCENARIO_NUMBER_PREFIXES = ['scenario '];

/** Key words that make a test narrower than the feature as a whole: a unit or contract test. */
export const NARROW_TEST_WORDS = ['unit', 'contract'];

// ---------------------------------------------------------------------------------------------
// Design items

/** Words of a contract's file name or title that say what kind of document it is, not what it is about. */
export const CONTRACT_KIND_WORDS = new Set([
  'contract',
  'api',
  'spec',
  'specification',
  'schema',
  'interface',
  'definition',
  'openapi',
  'swagger',
  'graphql',
  'readme',
  'index',
  'v1',
  'v2',
  'v3',
  'summary',
  'endpoint',
  'service',
  'document',
  'doc',
  'format',
  'type',
  'model'
]);

/** Key words of a task that builds a client, so the contract it names is one the feature calls. */
export const CLIENT_WORDS = ['client'];

/**
 * Words that follow an entity's real name in descriptive headings: "Order Line Hierarchy", "Tax
 * Record", "Shape Nodes" (the nodes of a tree of shapes, which "the shape system" builds).
 */
export const ENTITY_HEADING_TAILS = new Set([
  'hierarchy',
  'tree',
  'node',
  'entity',
  'model',
  'record',
  'object',
  'structure',
  'interface',
  'definition',
  'schema',
  'table'
]);

/**
 * Words of fields every kind of record has (`id`, `created_at`, `status`): a task naming them
 * says nothing about which entity it builds, so they never count towards its fields.
 */
export const COMMON_FIELD_WORDS = new Set([
  'id',
  'uuid',
  'name',
  'title',
  'type',
  'kind',
  'status',
  'state',
  'description',
  'value',
  'key',
  'data',
  'metadata',
  'created',
  'updated',
  'deleted',
  'at',
  'date',
  'time',
  'timestamp',
  'version'
]);

/**
 * Words that make a field a reference (`lot_id`, `owner_uuid`): another record's model names it
 * as readily as the entity's own, so it tells neither apart.
 */
export const REFERENCE_FIELD_WORDS = new Set(['id', 'uuid', 'ref', 'fk']);

/** How many of an entity's own fields a task must name, beside a word of its name, to build it. */
export const FIELDS_NAMING_AN_ENTITY = 2;

/** Key words of a task that extends what an entity the feature extends is part of. */
export const EXTENDING_WORDS = ['extend', 'extended', 'extension'];

/** Suffixes by which code is plainly an entity's own: `InvoiceRepository` is the Invoice entity's. */
export const ENTITY_ROLES = [
  'Repository',
  'Entity',
  'Model',
  'Record',
  'Table',
  'Dto',
  'DTO',
  'Store',
  'Schema',
  'Impl'
];

// ---------------------------------------------------------------------------------------------
// Endpoints

/** Nouns for the code that serves a resource: `VoucherController`, "Parcel API handlers", "the sync command". */
export const SERVING_WORDS = [
  'controller',
  'handler',
  'router',
  'route',
  'endpoint',
  'api',
  'resolver',
  'view',
  'command',
  'procedure',
  'resource',
  'servlet',
  'lambda'
];

/** Words that end the phrase a serving noun must close: "parcels in view" serves nothing. */
export const PHRASE_BREAKS = new Set([
  'in',
  'on',
  'at',
  'for',
  'of',
  'to',
  'with',
  'from',
  'by',
  'the',
  'a',
  'an',
  'and',
  'or',
  'into',
  'via'
]);

/**
 * Key words that rule no task out: verbs are in half the tasks of a list and say nothing about
 * which endpoint is meant, and every way of naming an endpoint also holds one of its other words.
 */
export const VERB_KEYS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'list',
  'create',
  'update',
  'remove',
  'add',
  'set',
  'fetch',
  'find'
]);

/** The noun a task uses for a CLI command it names by its resource: "the export command". */
export const COMMAND_NOUNS = ['command', 'subcommand'];

/**
 * File stems of file-based routing: `/parcels/:id` lives in `app/parcels/[id]/page.tsx`
 * (Next.js, SvelteKit, Nuxt).
 */
export const ROUTE_FILE_STEMS = ['page', 'route', 'index', '+page', '+server', '+layout'];

// ---------------------------------------------------------------------------------------------
// Contracts that specify CI itself

/**
 * Decides which contracts specify CI itself, by a key word of their file name or title
 * (`github-actions-workflow.md`, "CI Pipeline Contract"): the checks their workflows run are
 * their tests, and a task writing such a workflow tests them.
 */
export const CI_CONTRACT_WORDS = ['ci', 'github', 'gitlab', 'circleci', 'jenkins'];

/** Where CI configuration lives (lower case): a task writing a file here writes CI. */
export const CI_CONFIG_PATHS = [
  '.github/workflows/',
  '.gitlab-ci.yml',
  '.circleci/',
  'azure-pipelines.yml',
  'bitbucket-pipelines.yml',
  'jenkinsfile'
];

/** Key words that make such a workflow a check: "validate-helm.yml", "Helm lint", "integration test". */
export const CI_CHECK_WORDS = ['validate', 'validation', 'lint', 'test', 'check', 'verify', 'dry'];
