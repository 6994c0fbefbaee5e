/**
 * The file and directory paths a task names, however it writes them: in backticks, bare, in a
 * link, absolute (`/backend/src/x.py`, `D:\repo\tests\x.cs`) or relative. Read word by word, so
 * `GET /api/users`, `and/or`, `CI/CD` and URLs are not mistaken for files.
 */

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** File names without an extension that are files all the same. */
const EXTENSIONLESS_FILES = new Set([
  'makefile',
  'dockerfile',
  'containerfile',
  'doxyfile',
  'pipfile',
  'podfile',
  'justfile',
  'gemfile',
  'rakefile',
  'procfile',
  'vagrantfile',
  'jenkinsfile',
  'license',
  'codeowners'
]);

/** Extensions a bare file name (no directory) must have to count: `package.json`, not `Node.js`. */
const BARE_FILE_EXTENSIONS = new Set(
  (
    'py pyi ts tsx js jsx mjs cjs json jsonc yaml yml toml md mdx go rs java kt kts swift cs csproj ' +
    'sln fs rb php c h cc cpp hpp m mm proto graphql gql sql sh bash zsh ps1 html css scss sass less ' +
    'vue svelte xml gradle txt cfg ini env lock mod sum dart ex exs erl tf tfvars hcl conf ipynb r ' +
    'scala lua zig jsonl csv properties plist xaml razor cshtml tsv dockerignore gitignore editorconfig ' +
    'props targets config nuspec resx storyboard xcconfig entitlements pbxproj bicep nix cabal gemspec ' +
    'podspec rst adoc prisma svg png ico lockb'
  ).split(' ')
);

/** Technology names that look like files: `Node.js` is a runtime, not a file in the repository. */
const NOT_FILES = new Set([
  'node.js',
  'next.js',
  'vue.js',
  'nuxt.js',
  'react.js',
  'express.js',
  'nest.js',
  'three.js',
  'chart.js',
  'd3.js',
  'socket.io',
  'asp.net',
  'ado.net',
  'vite.js',
  'alpine.js',
  'ember.js',
  'backbone.js',
  'angular.js',
  'deno.js',
  'svelte.js',
  'solid.js'
]);

/** The feature's own design documents, mentioned as sources ("per plan.md"), not as work. */
const DESIGN_DOCUMENTS = new Set([
  'plan.md',
  'spec.md',
  'research.md',
  'data-model.md',
  'quickstart.md',
  'tasks.md'
]);

export interface NamedPaths {
  paths: string[];
  /** Bare file names written without backticks: `paths` includes them. */
  bare: string[];
}

export function pathsIn(text: string, knownRoots: readonly string[] = []): string[] {
  return namedPaths(text, knownRoots).paths;
}

export function namedPaths(text: string, knownRoots: readonly string[] = []): NamedPaths {
  const roots = new Set(knownRoots.map(root => root.split('/')[0]!.toLowerCase()));
  const found: { path: string; quoted: boolean }[] = [];
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const previous = i > 0 ? bare(words[i - 1]!) : '';
    // Routes follow a method in capitals (`GET /api/x`); "Delete src/old.py" is a verb and a file.
    if (HTTP_METHODS.has(previous)) continue;
    const quoted = words[i]!.includes('`');
    for (const candidate of candidatesIn(words[i]!)) {
      const path = asPath(candidate, roots);
      if (path && !found.some(entry => entry.path === path)) found.push({ path, quoted });
    }
  }
  // A bare file name in prose ("see README.md") counts only in backticks or as the task's only path.
  const hasDirectoryPath = found.some(entry => entry.path.includes('/'));
  const kept = found.filter(
    entry =>
      entry.path.includes('/') ||
      entry.quoted ||
      (!hasDirectoryPath && !DESIGN_DOCUMENTS.has(entry.path))
  );
  return {
    paths: kept.map(entry => entry.path),
    bare: kept.filter(entry => !entry.path.includes('/') && !entry.quoted).map(entry => entry.path)
  };
}

/** A word may hold a link (`[a](b)`) or several paths joined by commas. */
function candidatesIn(word: string): string[] {
  const link = word.indexOf('](');
  if (link >= 0) {
    // `[crates/x/src/y.rs](/Users/me/repo/crates/x/src/y.rs)`: the text and the target both name it.
    const close = word.indexOf(')', link);
    return [word.slice(0, link), word.slice(link + 2, close < 0 ? undefined : close)];
  }
  return word.split(',').filter(Boolean);
}

const WRAPPERS = '`\'"*_()[]<>{},;:!?。，、';

function bare(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && WRAPPERS.includes(word[start]!)) start++;
  while (end > start && (WRAPPERS.includes(word[end - 1]!) || word[end - 1] === '.')) end--;
  return word.slice(start, end);
}

function asPath(word: string, roots: Set<string>): string | undefined {
  let candidate = bare(word);
  if (!candidate || candidate.includes('://') || candidate.startsWith('www.')) return undefined;
  if (candidate.startsWith('@') || candidate.startsWith('#') || candidate.startsWith('$'))
    return undefined;
  if (/[{}<>|=&?^%]/.test(candidate)) return undefined;
  candidate = stripLineSuffix(candidate);
  // `tests/test_x.py::test_name` and `src/lib.rs::parse` name a file and a symbol in it.
  const symbol = candidate.indexOf('::');
  if (symbol > 0) candidate = candidate.slice(0, symbol);
  if (candidate.includes('\\')) return windowsPath(candidate, roots);
  if (candidate.startsWith('/')) return absolutePath(candidate, roots);
  if (candidate.startsWith('./')) candidate = candidate.slice(2);
  if (candidate.startsWith('~')) return undefined;
  return relativePath(candidate, roots);
}

/** `src/app.py:42` and `src/app.py:42:7` name the file. */
function stripLineSuffix(candidate: string): string {
  const match = /:\d{1,6}(?::\d{1,6})?$/.exec(candidate);
  return match ? candidate.slice(0, match.index) : candidate;
}

function relativePath(candidate: string, roots: Set<string>): string | undefined {
  const segments = candidate.split('/');
  if (segments.some(segment => segment === '..')) return undefined;
  if (
    !segments.every(segment => segment === '' || /^[\p{L}\p{N}_.*@+()[\]-]{1,100}$/u.test(segment))
  )
    return undefined;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1) return isBareFile(last) ? last : undefined;
  if (last === '') return segments.length >= 2 && segments[0] ? candidate : undefined;
  if (hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase())) return candidate;
  // Without an extension or a trailing slash, `and/or`, `CI/CD` and `km/h` are words, not paths,
  // and so are lists of IDs, numbers or methods: `T019/T020/T021`, `400/404/409`, `PUT/PATCH/DELETE`.
  if (segments.every(segment => /^(?:T\d{1,5}[a-z]?|\d{1,5}|[A-Z]{3,7})$/.test(segment)))
    return undefined;
  if (roots.has(segments[0]!.toLowerCase()) || segments.length >= 3) return `${candidate}/`;
  return undefined;
}

function isBareFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (NOT_FILES.has(lower) || EXTENSIONLESS_FILES.has(lower)) return EXTENSIONLESS_FILES.has(lower);
  if (lower.startsWith('.') && lower.length > 2 && /^\.[a-z][\w.-]{0,40}$/.test(lower)) return true;
  const dot = lower.lastIndexOf('.');
  return dot > 0 && BARE_FILE_EXTENSIONS.has(lower.slice(dot + 1));
}

function hasFileExtension(name: string): boolean {
  if (NOT_FILES.has(name.toLowerCase())) return false;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const extension = name.slice(dot + 1);
  // `v1.2` and `3.11` are versions; `.env` alone is a dotfile with no stem, still a file.
  return /^[A-Z][A-Z0-9]{0,11}$/i.test(extension) && (dot > 0 || name.length > 1);
}

/** `/backend/src/x.py` is the repository's `backend/src/x.py`; a machine path is cut at a known root. */
function absolutePath(candidate: string, roots: Set<string>): string | undefined {
  const segments = candidate.split('/').filter(Boolean);
  const rootIndex = segments.findIndex(segment => roots.has(segment.toLowerCase()));
  const kept = rootIndex > 0 ? segments.slice(rootIndex) : segments;
  if (kept.length === 0) return undefined;
  const relative = kept.join('/') + (candidate.endsWith('/') ? '/' : '');
  const last = kept[kept.length - 1]!;
  // A route such as `/api/users` has no extension: only a file, an explicit directory, or a
  // machine path cut at a known root (`/home/me/repo/deploy`) counts.
  const isFile = hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase());
  if (!candidate.endsWith('/') && !isFile && !(rootIndex > 0 || segments.length >= 3))
    return undefined;
  return relativePath(relative, roots);
}

/** `D:\repo\tests\Unit\x.cs` → `tests/Unit/x.cs` when `tests` is a known root. */
function windowsPath(candidate: string, roots: Set<string>): string | undefined {
  const withoutDrive = /^[A-Z]:/i.test(candidate) ? candidate.slice(2) : candidate;
  const slashed = withoutDrive.split('\\').join('/');
  return slashed.startsWith('/') ? absolutePath(slashed, roots) : relativePath(slashed, roots);
}
