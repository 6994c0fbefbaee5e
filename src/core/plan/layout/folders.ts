/**
 * Arithmetic on the folder paths of a plan's tree: `src/models/` style, a trailing slash on every
 * folder, none on a file.
 */

/** The folder a path is in (itself for a folder): `src/models/` for `src/models/order.py`. */
export function directoryOf(path: string): string {
  if (path.endsWith('/')) return path;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** A path's last segment without its slash: `models` for `src/models/`. */
export function lastSegment(dir: string): string {
  const trimmed = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** The folder above a folder: `src/` for `src/models/`; none at the top. */
export function parentDir(dir: string): string | undefined {
  const trimmed = dir.slice(0, -1);
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? undefined : trimmed.slice(0, slash + 1);
}

/** The deepest folder above every one of `dirs` (`src/` for `src/lexer/`, `src/parser/`). */
export function commonAncestor(dirs: string[]): string | undefined {
  if (dirs.length < 2) return undefined;
  const common = dirs.reduce((above, dir) =>
    above
      .split('/')
      .slice(0, sharedSegments(above, dir))
      .map(segment => `${segment}/`)
      .join('')
  );
  return common || undefined;
}

/** How many leading folders two directories share. */
export function sharedSegments(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  let shared = 0;
  while (shared < left.length && left[shared] && left[shared] === right[shared]) shared++;
  return shared;
}

/** Directories that are not an ancestor of another listed one. */
export function leafDirs(dirs: string[]): string[] {
  return unique(dirs.filter(dir => !dirs.some(other => other !== dir && other.startsWith(dir))));
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
