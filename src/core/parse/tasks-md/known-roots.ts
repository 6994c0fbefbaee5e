import type { Feature } from '../../model.js';
import { DEFAULT_ROOTS } from '../../vocabulary/paths.js';

/**
 * Top-level directories the plan names, so an absolute path in a task (`/backend/src/x.py`,
 * `D:\repo\src\x.py`) can be read as the repository path it means.
 */
export function knownRoots(feature: Feature): string[] {
  const structure = feature.plan?.structure;
  const dirs = [
    ...(structure?.sourceDirs ?? []),
    ...(structure?.testDirs ?? []),
    ...(structure?.files ?? [])
  ];
  const roots = dirs
    .filter(dir => dir.includes('/'))
    .map(dir => dir.split('/')[0] + '/')
    .filter(root => root !== '/');
  return [...new Set([...roots, ...DEFAULT_ROOTS])];
}
