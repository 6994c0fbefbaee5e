/**
 * What the product knows about the directory trees plans and contracts draw: the characters a
 * tree is drawn with, what marks the note beside a name, the files that have no extension, the
 * folders that start a repository's own code, and how a tree says its first line is the
 * repository itself.
 */
import { alternation, pattern } from './build.js';

/** Decides which characters come before a name on a tree's line: box drawing, ASCII branches, indentation. */
export const TREE_CHARS: ReadonlySet<string> = new Set([
  '│',
  '├',
  '└',
  '─',
  '┬',
  '┃',
  '┣',
  '┗',
  '━',
  ' ',
  '\t',
  '|',
  '`',
  '+',
  '\u00a0'
]);

/** Decides where a name ends and its note begins: a comment, an arrow, an aside. */
export const NOTE_MARKERS = [' #', '  ', ' ←', ' <-', ' (', ' —', ' – ', ' // '];

/**
 * Decides which segments start the repository's own code: an absolute path is cut back to them
 * (`/home/me/shop/src/` → `src/`), and a first line named so is never the repository's label.
 */
export const TOP_LEVEL_ROOTS: ReadonlySet<string> = new Set([
  'specs',
  'src',
  'app',
  'apps',
  'lib',
  'libs',
  'packages',
  'crates',
  'backend',
  'frontend',
  'server',
  'client',
  'api',
  'web',
  'cmd',
  'internal',
  'pkg',
  'tests',
  'test',
  'docs',
  'mobile',
  'ios',
  'android',
  'services',
  'modules',
  'tools',
  'scripts',
  'deploy',
  'infra'
]);

/** Decides which notes say a first line stands for the whole repository: `# Repository root` (pattern sources, before `root`). */
export const ROOT_NOTE_WORDS = [
  'repo(?:sitory)?',
  'project',
  'solution',
  'monorepo',
  'workspace',
  'git'
];

export const ROOT_NOTE = pattern(
  'tree-root-note',
  `\\b${alternation(ROOT_NOTE_WORDS, true)}\\s+root\\b`,
  'i'
);

/** Decides which entries exist only at the top of a repository, so their parent is the repository. */
export const ROOT_ONLY: ReadonlySet<string> = new Set(['specs/', '.specify/', '.github/', '.git/']);

/**
 * Decides which folders hold a framework's file-system routes (Next.js, SvelteKit, Nuxt, Remix):
 * bracketed names below them are route parameters, and a route file right inside serves `/`.
 */
export const ROUTE_FOLDERS: ReadonlySet<string> = new Set(['app', 'pages', 'routes']);
