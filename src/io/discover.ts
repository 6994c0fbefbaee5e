/**
 * Finds feature folders: `specs/NNN-name/` (three or more digits) or `specs/YYYYMMDD-HHMMSS-name/`,
 * on disk or among the files a pull request changes, and the repository root they belong to.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { trimCharacters } from '../core/text/pieces.js';

export const DEFAULT_SPECS_DIR = 'specs';

export function isFeatureFolderName(name: string): boolean {
  return /^\d{3,}-[^-]/.test(name) || /^\d{8}-\d{6}-[^-]/.test(name);
}

/** Absolute paths of the feature folders under `<repoRoot>/<specsDir>`, sorted by name. */
export async function discoverFeatures(
  repoRoot: string,
  specsDir: string = DEFAULT_SPECS_DIR
): Promise<string[]> {
  const root = path.resolve(repoRoot, specsDir);
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter(entry => entry.isDirectory() && isFeatureFolderName(entry.name))
    .map(entry => path.join(root, entry.name))
    .sort();
}

/** Repository-relative feature folders that contain any of these repository-relative files. */
export function featuresTouchedBy(files: string[], specsDir: string = DEFAULT_SPECS_DIR): string[] {
  const prefix = trimSlashes(specsDir.split('\\').join('/')) + '/';
  const dirs = new Set<string>();
  for (const file of files) {
    if (!file.startsWith(prefix)) continue;
    const name = file.slice(prefix.length).split('/')[0]!;
    // A file directly under specs/ belongs to no feature.
    if (isFeatureFolderName(name) && file.length > prefix.length + name.length)
      dirs.add(prefix + name);
  }
  return [...dirs].sort();
}

/**
 * The repository a folder belongs to: the nearest ancestor with `.git` or `.specify`; failing
 * that, the parent of an enclosing `specs/` folder; failing that, the folder's parent for a
 * feature folder, or the folder itself for a working directory (`check` run where specs/ is).
 */
export async function findRepoRoot(
  start: string,
  fallback: 'parent' | 'self' = 'parent'
): Promise<string> {
  const from = path.resolve(start);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if ((await exists(path.join(dir, '.git'))) || (await exists(path.join(dir, '.specify'))))
      return dir;
    if (path.dirname(dir) === dir) break;
  }
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (path.basename(dir) === DEFAULT_SPECS_DIR) return path.dirname(dir);
  }
  return fallback === 'self' ? from : path.dirname(from);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

function trimSlashes(value: string): string {
  return trimCharacters(value, '/');
}
