/**
 * What the planner knows about the files that serve endpoints: the words that say which kind of
 * request a file takes, the folders and file names of frameworks that route by file, and how a
 * new endpoint file is named.
 */
import { wholeValuePattern, wholeWordPattern } from './build.js';

/**
 * Decides which words in a serving file's folder, name or note say the kind of request it takes,
 * so an HTTP route is not put in the CLI module beside it. Keyed by endpoint kind, in this order.
 */
export const REQUEST_KIND_WORDS = {
  http: new Set([
    'http',
    'rest',
    'router',
    'route',
    'controller',
    'api',
    'handler',
    'endpoint',
    'view',
    'presentation'
  ]),
  graphql: new Set(['graphql', 'resolver', 'gql']),
  cli: new Set(['cli', 'command', 'cmd']),
  rpc: new Set(['grpc', 'rpc', 'servicer'])
} satisfies Record<string, ReadonlySet<string>>;

/** Decides which words of an endpoint say nothing about which file serves it (`api`, `get`, `v1`). */
export const PLACEMENT_NOISE_WORDS = new Set([
  'api',
  'apis',
  'server',
  'service',
  'services',
  'contract',
  'contracts',
  'v1',
  'v2',
  'http',
  'index',
  'main',
  'mod',
  'init',
  'lib',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'id'
]);

// ---------------------------------------------------------------------------------------------
// Frameworks that route by file (Next.js, Nuxt, SvelteKit, Remix)

/** Decides which file names (without extension) serve the route of their folder. */
export const ROUTE_FILE_NAMES = [
  'page',
  'route',
  'index',
  '+page',
  '+server',
  '+page.server',
  '_index'
];

export const ROUTE_FILE = wholeValuePattern('route-file', ROUTE_FILE_NAMES);

/**
 * Decides that a plan's note on an `app/` folder says it is routed by file the Next.js way
 * (`# Next.js App Router`), so an API route with no route file to model on goes in
 * `app/api/…/route.ts` (whole words, any case).
 */
export const APP_ROUTER_WORDS = ['next.js', 'nextjs', 'app router'];

/** Decides the stem of the file an app router serves an API route from. */
export const APP_ROUTER_API_STEM = 'route';

export const APP_ROUTER_NOTE = wholeWordPattern('plan-app-router-note', APP_ROUTER_WORDS, 'i');

/** Decides the route segment that holds an API, apart from pages: `/api/orders`. */
export const API_ROUTE_SEGMENT = 'api';

/**
 * Decides which leading route segments are a base path a server adds (`/api`, `/v1`), left out
 * when a contract's route is compared with a file's (pattern sources, whole segment).
 */
export const ROUTE_BASE_SEGMENTS = [API_ROUTE_SEGMENT, 'v\\d+'];

export const ROUTE_BASE_SEGMENT = wholeValuePattern(
  'route-base-segment',
  ROUTE_BASE_SEGMENTS,
  '',
  true
);

// ---------------------------------------------------------------------------------------------
// Naming a new endpoint file

/** Decides which words of a contract's file name name the document, not what it serves. */
export const CONTRACT_DOCUMENT_WORDS = new Set([
  'openapi',
  'swagger',
  'summary',
  'spec',
  'specification',
  'contract',
  'contracts',
  'schema',
  'readme',
  'v1',
  'v2'
]);

/** Decides what a new file serving many resources of one kind is called. */
export const ENDPOINT_FILE_NAMES = {
  http: 'api',
  graphql: 'resolvers',
  cli: 'commands',
  rpc: 'service'
};

/**
 * Decides which endpoint folders (singular) give a new file their kind, in languages that name
 * such files by kind: `handlers/` → `OrderHandler.java`, not `OrderController.java`.
 */
export const ENDPOINT_FOLDER_KINDS = new Set(['controller', 'handler', 'router', 'resolver']);

/** Decides the kind word of a new CLI command file: `ExportCommand`, never a controller. */
export const COMMAND_FILE_KIND = 'command';

/** Decides which folders hold one file per CLI command (`commands/export.py`), last segment, lower case. */
export const COMMAND_FOLDERS: readonly string[] = ['commands', 'command'];

/** Decides which folders hold one file per tool an agent or MCP server offers (`tools/search_docs.py`). */
export const TOOL_FOLDERS: readonly string[] = ['tools', 'tool'];

/** Decides the kind word of a new tool file, in languages that name files by their class: `SearchDocsTool.cs`. */
export const TOOL_FILE_KIND = 'tool';

/**
 * Decides which last words of a name already say it is commands, so `command` is not added twice
 * (pattern sources, the whole word).
 */
export const COMMAND_NAME_WORDS = ['commands?', 'cmds?', 'cli'];

export const COMMAND_NAME_WORD = wholeValuePattern(
  'command-name-word',
  COMMAND_NAME_WORDS,
  '',
  true
);
