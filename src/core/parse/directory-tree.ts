/**
 * A project-structure tree as plans draw it in a code block (`├── src/`, `│   └── models/`,
 * plain indentation, `# comments`) → repository-relative directory and file paths, each with the
 * note the plan wrote beside it.
 */

import { EXTENSIONLESS_FILES } from '../vocabulary/paths.js';
import {
  NOTE_MARKERS,
  ROOT_NOTE,
  ROOT_ONLY,
  ROUTE_FOLDERS,
  TOP_LEVEL_ROOTS,
  TREE_CHARS
} from '../vocabulary/documents-tree.js';

/** A line drawn as a tree branch (`├── `, `└── `, `┣━━ `). */
export const TREE_BRANCH = /[├└┣┗]──|[├└┣┗]━━/;

export interface TreeEntry {
  path: string;
  isDirectory: boolean;
  /** 0-based line within the code block. */
  line: number;
  /** What the plan wrote after the name (`# HTTP handlers`, `← generated, not committed`). */
  note?: string;
}

interface NamedLine {
  column: number;
  /** The entry's name; `undefined` for a line that names something no path can stand for. */
  name: string | undefined;
  note: string | undefined;
  line: number;
  /** The comment on a line of its own just above, at this entry's column or one below it. */
  heading?: string;
}

export function readTree(block: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const stack: { column: number; name: string | undefined }[] = [];
  const named = namedLines(block);
  const rootLabel = repositoryRootLabel(named);
  named.forEach(({ column, name, note: own, line, heading }, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.column >= column) stack.pop();
    const hasChildren = (named[index + 1]?.column ?? -1) > column;
    // Below a name no path can stand for (`kiosk/ or tablet/`, `*/`), nothing can be placed.
    if (name === undefined || stack.some(entry => entry.name === undefined)) {
      stack.push({ column, name: undefined });
      return;
    }
    const isDirectory = name.endsWith('/') || looksLikeDirectory(name, hasChildren);
    // A heading comment (`# Shared libraries (unchanged)`) speaks for the folders under it.
    const note = own ?? (isDirectory ? heading : undefined);
    const normalised = isDirectory && !name.endsWith('/') ? `${name}/` : name;
    if (index === rootLabel) {
      stack.push({ column, name: '' });
      return;
    }
    const parent = stack.map(entry => entry.name).join('');
    entries.push({
      path: cleanPath(parent + normalised),
      isDirectory,
      line,
      ...(note ? { note } : {})
    });
    if (isDirectory) stack.push({ column, name: normalised });
  });
  return entries;
}

/**
 * The block's entry lines, each folder or file with the heading comment it sits under: a
 * `# comment` line of its own heads the entries that follow at its column, until another
 * heading or an entry further left.
 */
function namedLines(block: string): NamedLine[] {
  const named: NamedLine[] = [];
  let heading: { column: number; text: string } | undefined;
  block.split('\n').forEach((raw, line) => {
    const column = indentOf(raw);
    const text = raw.slice(column).trim();
    if (/^(?:#+|\/\/)\s/.test(text)) {
      heading = { column, text: noteOf(text) };
      return;
    }
    const read = readLine(raw.slice(column));
    if (!read) return;
    if (heading && column < heading.column) heading = undefined;
    const headed = heading && column === heading.column ? heading.text : undefined;
    named.push({ column, ...read, line, ...(headed ? { heading: headed } : {}) });
  });
  return named;
}

function looksLikeDirectory(name: string, hasChildren: boolean): boolean {
  // `.gitignore`, `.env`, `.python-version`: a dot file is a file unless entries hang below it.
  if (name.startsWith('.')) return hasChildren;
  return !hasExtension(name) && !EXTENSIONLESS_FILES.has(name.toLowerCase());
}

/** Column of the name: tree drawing characters, `--` branches and spaces come before it. */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (TREE_CHARS.has(ch)) i++;
    else if (ch === '-' && (line[i + 1] === '-' || line[i + 1] === ' ')) i++;
    else break;
  }
  return i;
}

/**
 * The entry's name and note; nothing for comment, `...` or repository-root (`.`) lines, which
 * place nothing; an undefined name for an entry no path stands for (a wildcard, a name with
 * spaces).
 */
function readLine(text: string): Omit<NamedLine, 'column' | 'line'> | undefined {
  const trimmed = text.trim();
  let name = trimmed;
  for (const marker of NOTE_MARKERS) {
    const at = name.indexOf(marker);
    if (at > 0) name = name.slice(0, at);
  }
  name = name.trim();
  if (
    !name ||
    name.startsWith('#') ||
    name.startsWith('//') ||
    name.startsWith('...') ||
    name === '…'
  )
    return undefined;
  const note = noteOf(trimmed.slice(name.length)) || undefined;
  // `.` or `./` at the top stands for the repository root itself.
  if (name === '.' || name === './') return undefined;
  if (name.startsWith('./')) name = name.slice(2);
  if (isMachinePath(name)) {
    const relative = repositoryRelative(name);
    return relative ? { name: pathName(relative), note } : undefined;
  }
  if (name.startsWith('/')) name = name.slice(1);
  const path = pathName(name);
  // A label in words (`Kiosk app`) is prose, not an entry; a path no name stands for
  // (`kiosk/ or tablet/`, `*/`) still holds what is drawn below it.
  if (path === undefined && !/[/*[\]<>{}]/.test(name)) return undefined;
  return { name: path, note };
}

/** `# HTTP handlers` → `HTTP handlers`; `(new)` → `new`; `← generated` → `generated`. */
function noteOf(rest: string): string {
  let note = rest.trim();
  for (let changed = true; changed;) {
    const before = note;
    note = note.replace(/^(?:#+|\/\/|<-|->|[←→—–\-:])\s*/, '');
    changed = note !== before;
  }
  if (note.startsWith('(') && note.endsWith(')')) note = note.slice(1, -1);
  return note.trim();
}

/**
 * A segment in brackets: a route parameter (`[id]`, `[...slug]`, `[[...slug]]`) where routes
 * are folders, a placeholder (`[feature]`, `<module>`, `{name}`) elsewhere. Both are kept as
 * `[name]`; a wildcard (`*.py`, `{a,b}`) or a name with spaces stands for no path.
 */
function pathName(name: string): string | undefined {
  if (name.includes(' ') || name.includes('*')) return undefined;
  const segments = name.split('/').map(segment => {
    const angle = /^<([\w-]+)>$/.exec(segment) ?? /^\{([\w-]+)\}$/.exec(segment);
    return angle ? `[${angle[1]}]` : segment;
  });
  const result = segments.join('/');
  const withoutBrackets = result.replace(/\[\[?(?:\.\.\.)?[\w-]+\]\]?/g, '');
  if (/[[\]<>{}]/.test(withoutBrackets)) return undefined;
  return result;
}

/**
 * `/Users/me/projects/shop/`, `~/code/shop/`: a checkout on someone's machine. `/src/` or
 * `/settings.ini` in a tree is the repository's own top.
 */
function isMachinePath(name: string): boolean {
  if (name.startsWith('~/')) return true;
  if (!name.startsWith('/')) return false;
  const segments = name.split('/').filter(Boolean);
  return segments.length > 1 && !TOP_LEVEL_ROOTS.has(segments[0]!.toLowerCase());
}

/**
 * `/Users/me/projects/shop/src/` → `src/`; `/Users/me/projects/shop/` stands for the repository
 * itself (empty): an absolute path in a plan is a machine's checkout of the repository.
 */
function repositoryRelative(name: string): string {
  const segments = name.split('/').filter(Boolean);
  const start = segments.findIndex(
    (segment, index) => index > 0 && TOP_LEVEL_ROOTS.has(segment.toLowerCase())
  );
  if (start < 0) return '';
  return segments.slice(start).join('/') + (name.endsWith('/') ? '/' : '');
}

/**
 * The index of a first line that names the repository rather than a directory in it
 * (`Lanternfish/`, `acme-shop/   # Repository root`): everything else hangs below it, and it says so
 * or holds what only a repository's top holds (`specs/`, `.github/`). A real top-level code root
 * (`src/`, `backend/`, `crates/`) is never one.
 */
function repositoryRootLabel(named: NamedLine[]): number | undefined {
  const first = named[0];
  if (!first?.name || named.length < 2) return undefined;
  const label = first.name.endsWith('/') ? first.name.slice(0, -1) : first.name;
  if (label.includes('/') || hasExtension(label) || TOP_LEVEL_ROOTS.has(label.toLowerCase()))
    return undefined;
  if (!named.slice(1).every(entry => entry.column > first.column)) return undefined;
  const childColumn = named[1]!.column;
  const children = named.filter(entry => entry.column === childColumn && entry.name);
  const saysSo = first.note !== undefined && ROOT_NOTE.test(first.note);
  const holdsRootOnly = children.some(child =>
    ROOT_ONLY.has(child.name!.endsWith('/') ? child.name! : `${child.name}/`)
  );
  return saysSo || holdsRootOnly ? 0 : undefined;
}

function hasExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 && /^[a-z][a-z0-9]{0,9}$/i.test(name.slice(dot + 1));
}

function cleanPath(path: string): string {
  return path
    .split('/')
    .filter((segment, index, all) => segment !== '' || index === all.length - 1)
    .join('/');
}

/** Each bracketed segment of the path, and whether a route folder holds it. */
function bracketedSegments(path: string): { underRoutes: boolean }[] {
  const segments = path.split('/');
  return segments.flatMap((segment, index) =>
    /^\[.*\]$/.test(segment)
      ? [{ underRoutes: segments.slice(0, index).some(s => ROUTE_FOLDERS.has(s.toLowerCase())) }]
      : []
  );
}

/**
 * `src/test/[feature]/domain/`: a folder the plan's template names only by placeholder. Route
 * parameters (`src/app/shelves/[id]/`) are real folders and are not placeholders.
 */
export function hasPlaceholderSegment(path: string): boolean {
  return bracketedSegments(path).some(segment => !segment.underRoutes);
}

/** `src/app/shelves/[id]/`: a folder a framework serves one dynamic route from. */
export function isDynamicRouteDir(path: string): boolean {
  return bracketedSegments(path).some(segment => segment.underRoutes);
}
