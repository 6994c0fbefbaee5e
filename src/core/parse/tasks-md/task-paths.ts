/**
 * The file and directory paths a task names, however it writes them: in backticks, bare, in a
 * link, absolute (`/backend/src/x.py`, `D:\repo\tests\x.cs`) or relative. Read word by word, so
 * `GET /api/orders`, `and/or`, `CI/CD` and URLs are not mistaken for files.
 */
import {
  ABBREVIATION,
  BARE_FILE_EXTENSIONS,
  CHECKED_BY_HAND,
  CITATION_FILLERS,
  CITING_PAIRS,
  CITING_WORDS,
  CODESPACE_ROOTS,
  CONJUNCTIONS,
  CONTAINER_DIRECTORIES,
  COVERING_AGENT_WORDS,
  COVERING_PLACE_WORDS,
  COVERING_WORDS,
  FEATURE_DOCUMENTS,
  DETERMINERS,
  EXTENSIONLESS_FILES,
  FOLLOWING_WORDS,
  LOWER_CASE_EXTENSIONLESS_FILES,
  NOT_FILES,
  PLACE_PREPOSITIONS,
  ROUTE_ROOTS,
  STATUS_NOTE,
  WORKSPACE_FLAG_WITH_VALUE,
  WORKSPACE_FLAGS
} from '../../vocabulary/paths.js';
import { HTTP_METHODS } from '../../vocabulary/contracts-endpoints.js';

/** Methods as written before a route, in capitals: `GET /api/orders`. */

export interface NamedPaths {
  paths: string[];
  /** Bare file names written without backticks: `paths` includes them. */
  bare: string[];
  /** Those of `paths` the text only cites ("per `contracts/api.md`", "see `a.rs:12`"). */
  cited: string[];
}

/** How one word was written, which decides how readily it is taken for a path. */
interface WordContext {
  roots: Set<string>;
  /** Inside or touching a code span. */
  code: boolean;
  /** The word is a code span of its own after a place word: "to `frontend`". */
  span: boolean;
  /** The value of a workspace flag. */
  workspace: boolean;
}

export function pathsIn(text: string, knownRoots: readonly string[] = []): string[] {
  return namedPaths(text, knownRoots).paths;
}

export function namedPaths(text: string, knownRoots: readonly string[] = []): NamedPaths {
  const roots = new Set(knownRoots.map(root => root.split('/')[0]!.toLowerCase()));
  const found: { path: string; quoted: boolean; cited: boolean }[] = [];
  /** Word index → whether the path(s) in that word are cited. */
  const pathWords = new Map<number, boolean>();
  const words = text.split(/\s+/);
  let inCode = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const ticks = word.split('`').length - 1;
    const code = inCode || ticks > 0;
    if (ticks % 2 === 1) inCode = !inCode;
    const previous = i > 0 ? bare(words[i - 1]!) : '';
    // Routes follow a method in capitals (`GET /api/x`); "Delete src/old.py" is a verb and a file.
    if (HTTP_METHODS.has(previous)) continue;
    const span =
      ticks === 2 &&
      /^[^`]*`[^`\s]+`[^`]*$/.test(word) &&
      PLACE_PREPOSITIONS.has(previous.toLowerCase());
    const context = { roots, code, span, workspace: WORKSPACE_FLAGS.has(previous) };
    const paths = candidatesIn(word)
      .map(candidate => asPath(candidate, context))
      .filter((path): path is string => path !== undefined);
    if (paths.length === 0) continue;
    const cited = isCitation(words, i, pathWords, text);
    pathWords.set(i, cited);
    const quoted = word.includes('`');
    for (const path of paths) {
      const seen = found.find(entry => entry.path === path);
      // Cited once and changed elsewhere in the same task is changed.
      if (seen) seen.cited &&= cited;
      else found.push({ path, quoted, cited });
    }
  }
  // A bare file name in prose ("see README.md") counts only in backticks or as the task's only path.
  const hasDirectoryPath = found.some(entry => entry.path.includes('/'));
  const kept = found.filter(
    entry =>
      entry.path.includes('/') ||
      entry.quoted ||
      (!hasDirectoryPath && !FEATURE_DOCUMENTS.has(entry.path))
  );
  return {
    paths: kept.map(entry => entry.path),
    bare: kept.filter(entry => !entry.path.includes('/') && !entry.quoted).map(entry => entry.path),
    cited: kept.filter(entry => entry.cited).map(entry => entry.path)
  };
}

// ---------------------------------------------------------------------------------------------
// Citations: paths a task reads, not the ones it changes

/** The words before a path, back to its clause's start, read for a citing phrase. */
function isCitation(
  words: string[],
  index: number,
  pathWords: Map<number, boolean>,
  text: string
): boolean {
  if (hasLineReference(words[index]!) && isStatusNote(text)) return true;
  const before: string[] = [];
  for (let i = index - 1; i >= 0 && i >= index - 16; i--) {
    const raw = words[i]!;
    if (pathWords.has(i)) {
      // "see `a.md` and `b.md`": a path listed right after a cited one is cited too; not the
      // work a parenthesis spells out: "per plan.md (src/api/, src/models/)".
      const listed = before.every(word => CONJUNCTIONS.has(word)) && !words[index]!.startsWith('(');
      if (pathWords.get(i) && listed) return true;
      break;
    }
    if (endsClause(raw)) break;
    before.push(bare(raw).toLowerCase());
    if (/^[([]/.test(raw)) break;
  }
  return citesDirectly(before) || citesCoverage(before);
}

/** `see`, `per the contract in`, `defined in`: a citing word, then only fillers, then the path. */
function citesDirectly(before: string[]): boolean {
  for (let k = 0; k < before.length; k++) {
    const word = before[k]!.replace(/\.$/, '');
    if (CITING_WORDS.has(word) && citingUse(before, k)) return true;
    if (k + 1 < before.length && CITING_PAIRS.has(`${before[k + 1]} ${word}`)) return true;
    if (!CITATION_FILLERS.has(word)) return false;
  }
  return false;
}

/**
 * "per `api.md`" and "per the contract in `api.md`" cite; "one test per contract in `tests/`"
 * counts, and "implement the following in `a.py`" names the work.
 */
function citingUse(before: string[], at: number): boolean {
  if (CITATION_FILLERS.has(before[at + 1] ?? '') && FOLLOWING_WORDS.includes(before[at]!))
    return false;
  return at === 0 || DETERMINERS.has(before[at - 1]!);
}

/** "pinned at the unit level by `t012_voucher` in [ledger.rs](…)": by whom, then where. */
function citesCoverage(before: string[]): boolean {
  if (!COVERING_PLACE_WORDS.includes(before[0] ?? '')) return false;
  const by = before.findIndex(word => COVERING_AGENT_WORDS.includes(word));
  return by > 0 && before.slice(by + 1).some(word => COVERING_WORDS.has(word));
}

function endsClause(word: string): boolean {
  if (/^[—–→]$|^->$/.test(word)) return true;
  if (/[;:!?)]$/.test(word)) return true;
  // A full stop ends a sentence, not the abbreviations that cite: "cf.", "e.g.".
  return /[^.]\.$/.test(word) && !ABBREVIATION.test(bare(word) + '.');
}

function hasLineReference(word: string): boolean {
  return /:\d{1,6}(?::\d{1,6})?[`'")\],.;]{0,4}$/.test(word);
}

/** "**Status**: verified on staging": a note on work done elsewhere, whose `file:line`s are sources. */
function isStatusNote(text: string): boolean {
  return STATUS_NOTE.test(text) || CHECKED_BY_HAND.test(text);
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
  for (;;) {
    const from = start;
    const to = end;
    while (start < end && WRAPPERS.includes(word[start]!)) start++;
    while (end > start && (WRAPPERS.includes(word[end - 1]!) || word[end - 1] === '.')) end--;
    // Struck-through text (`~~T045 … src/a.py~~`), not the home folder of `~/x`.
    if (word.startsWith('~~', start)) start += 2;
    if (end - start >= 2 && word.endsWith('~~', end)) end -= 2;
    if (start === from && end === to) return word.slice(start, end);
  }
}

function asPath(word: string, context: WordContext): string | undefined {
  let candidate = bare(word);
  if (context.workspace === false && candidate.startsWith(WORKSPACE_FLAG_WITH_VALUE))
    return asPath(candidate.slice(WORKSPACE_FLAG_WITH_VALUE.length), {
      ...context,
      workspace: true
    });
  if (!candidate || candidate.includes('://') || candidate.startsWith('www.')) return undefined;
  if (candidate.startsWith('@') || candidate.startsWith('#') || candidate.startsWith('$'))
    return undefined;
  if (/[{}<>|=&?^%]/.test(candidate)) return undefined;
  candidate = stripLineSuffix(candidate);
  // `tests/test_x.py::test_name` and `src/lib.rs::parse` name a file and a symbol in it.
  const symbol = candidate.indexOf('::');
  if (symbol > 0) candidate = candidate.slice(0, symbol);
  if (candidate.includes('\\')) return windowsPath(candidate, context);
  if (candidate.startsWith('/')) return absolutePath(candidate, context);
  if (candidate.startsWith('./')) candidate = candidate.slice(2);
  if (candidate.startsWith('~')) return undefined;
  return relativePath(candidate, context);
}

/** `src/app.py:42` and `src/app.py:42:7` name the file. */
function stripLineSuffix(candidate: string): string {
  const match = /:\d{1,6}(?::\d{1,6})?$/.exec(candidate);
  return match ? candidate.slice(0, match.index) : candidate;
}

function relativePath(candidate: string, context: WordContext): string | undefined {
  const segments = candidate.split('/');
  // "Add the dashboard to `frontend`": a folder of the layout, written alone in backticks.
  if (segments.length === 1 && context.span && isKnownFolder(candidate, context))
    return `${candidate}/`;
  // Most words of a task are one segment and no file: settle those before the costlier tests.
  if (segments.length === 1 && !isBareFile(candidate)) return undefined;
  if (segments.some(segment => segment === '..')) return undefined;
  if (
    !segments.every(segment => segment === '' || /^[\p{L}\p{N}_.*@+()[\]-]{1,100}$/u.test(segment))
  )
    return undefined;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1) return last;
  if (last === '') return segments.length >= 2 && segments[0] ? candidate : undefined;
  if (hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase())) return candidate;
  // Without an extension or a trailing slash, `and/or`, `CI/CD` and `m/s` are words, not paths,
  // and so are lists of IDs, numbers or methods: `T031/T032/T033`, `401/403/422`, `PUT/PATCH/DELETE`.
  if (segments.every(segment => /^(?:T\d{1,5}[a-z]?|\d{1,5}|[A-Z]{3,7})$/.test(segment)))
    return undefined;
  const first = segments[0]!.toLowerCase();
  if (context.roots.has(first) || segments.length >= 3 || context.workspace) return `${candidate}/`;
  if (context.code && CONTAINER_DIRECTORIES.has(first)) return `${candidate}/`;
  return undefined;
}

/** A top-level folder the plan names, or one that holds code in most layouts (`backend`, `crates`). */
function isKnownFolder(name: string, context: WordContext): boolean {
  const lower = name.toLowerCase();
  return context.roots.has(lower) || CONTAINER_DIRECTORIES.has(lower);
}

function isBareFile(name: string): boolean {
  const lower = name.toLowerCase();
  // `LICENSE` and `Makefile` are files; a lower-case `'license'` in prose or code is a word.
  if (EXTENSIONLESS_FILES.has(lower))
    return name !== lower || LOWER_CASE_EXTENSIONLESS_FILES.includes(lower);
  if (NOT_FILES.has(lower)) return false;
  if (lower.startsWith('.') && lower.length > 2 && /^\.[a-z][\w.-]{0,40}$/.test(lower)) return true;
  const dot = lower.lastIndexOf('.');
  return dot > 0 && BARE_FILE_EXTENSIONS.has(lower.slice(dot + 1));
}

function hasFileExtension(name: string): boolean {
  if (NOT_FILES.has(name.toLowerCase())) return false;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return false;
  const extension = name.slice(dot + 1);
  // `v1.2` and `3.11` are versions, and so is the `.v3` that ends a module path (`toml.v3`);
  // `.env` alone is a dotfile with no stem, still a file.
  return (
    /^[A-Z][A-Z0-9]{0,11}$/i.test(extension) &&
    !/^v\d{1,3}$/i.test(extension) &&
    (dot > 0 || name.length > 1)
  );
}

/**
 * `/backend/src/x.py` is the repository's `backend/src/x.py`; a machine path is cut at a known
 * root (`/home/me/repo/deploy` → `deploy/`), a Codespaces one after its repository folder.
 */
function absolutePath(candidate: string, context: WordContext): string | undefined {
  const segments = candidate.split('/').filter(Boolean);
  if (segments.length === 0) return undefined;
  const first = segments[0]!.toLowerCase();
  const rootIndex = segments.findIndex(segment => context.roots.has(segment.toLowerCase()));
  const inCodespace = CODESPACE_ROOTS.includes(first) && rootIndex < 0;
  const kept =
    rootIndex > 0 ? segments.slice(rootIndex) : inCodespace ? segments.slice(2) : segments;
  if (kept.length === 0) return undefined;
  const last = kept[kept.length - 1]!;
  const isFile = hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase());
  const cut = rootIndex > 0 || inCodespace;
  if (isFile) return relativePath(kept.join('/'), context);
  // `/api/v1/orders/**` is a route, with or without the glob that made it end in a slash.
  if (ROUTE_ROOTS.includes(first) && rootIndex < 0) return undefined;
  // `/api/orders` and `/etc/hosts` have no extension: only an explicit directory, a deep path,
  // or one cut at a known root counts.
  if (!candidate.endsWith('/') && !cut && segments.length < 3) return undefined;
  return relativePath(kept.join('/') + '/', context);
}

/** `D:\repo\tests\Unit\x.cs` → `tests/Unit/x.cs` when `tests` is a known root. */
function windowsPath(candidate: string, context: WordContext): string | undefined {
  // `print("saved\n")` ends in an escape, not in a folder named `n`.
  if (/\\[nrt0]$/.test(candidate)) return undefined;
  const withoutDrive = /^[A-Z]:/i.test(candidate) ? candidate.slice(2) : candidate;
  const slashed = withoutDrive.split('\\').join('/');
  return slashed.startsWith('/') ? absolutePath(slashed, context) : relativePath(slashed, context);
}
