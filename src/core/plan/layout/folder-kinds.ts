/**
 * What kind of folder a plan's folder is, by its name: one for models, services or endpoints, a
 * test category, documentation, what tests use, or no feature code at all.
 */
import { type CodeRole, dirDenies } from './role-words.js';
import { lastSegment } from './folders.js';

export const MODEL_DIRS = ['models', 'model', 'entities', 'entity', 'domain', 'schemas', 'schema'];
export const SERVICE_DIRS = [
  'services',
  'service',
  'core',
  'lib',
  'logic',
  'usecases',
  'application',
  'engine'
];
export const ENDPOINT_DIRS = [
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
export const CONTRACT_TEST_DIRS = ['contract', 'contracts', 'api'];
export const INTEGRATION_TEST_DIRS = [
  'integration',
  'e2e',
  'basic_correctness',
  'acceptance',
  'features'
];
export const UNIT_TEST_DIRS = ['unit'];

/** Documentation and site content: `docs/`, a Hugo site's `archetypes/` and `content/`. */
export function isDocumentationDir(dir: string): boolean {
  const segments = dir.toLowerCase().split('/');
  return (
    segments.some(segment => DOCUMENTATION_DIRS.has(segment)) ||
    segments[0] === 'content' ||
    segments[0] === 'archetypes'
  );
}

const DOCUMENTATION_DIRS = new Set(['docs', 'doc', 'documentation']);

/** `mocks/`, `fixtures/`, `testdata/`: what tests use, not where they are. */
export function isTestSupport(segment: string): boolean {
  return /^(?:mocks?|fakes?|stubs?|fixtures?|test_?data|helpers?|support|utils?|snapshots?|__snapshots__|__mocks__)$/i.test(
    segment
  );
}

/**
 * The first directory whose last segment is one of `names`, in the plan's tree order, and which
 * does not hold another role's files (a `dto/` is never where endpoints go).
 */
export function pickDir(dirs: string[], names: string[], role?: CodeRole): string | undefined {
  return dirs.find(
    dir => names.includes(lastSegment(dir).toLowerCase()) && (!role || !dirDenies(dir, role))
  );
}

/** Directories that hold no feature code of the plan's language. */
export const NOT_CODE_DIRS = new Set([
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
