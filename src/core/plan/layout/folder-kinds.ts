/**
 * What kind of folder a plan's folder is, by its name: documentation, what tests use, or the first
 * of a role's folders (the names are vocabulary/layout.ts's).
 */
import { type CodeRole, dirDenies } from './role-words.js';
import { lastSegment } from './folders.js';
import {
  DOCUMENTATION_FOLDERS,
  SITE_CONTENT_ROOTS,
  TEST_SUPPORT_FOLDER
} from '../../vocabulary/layout.js';

/** Documentation and site content: `docs/`, a Hugo site's `archetypes/` and `content/`. */
export function isDocumentationDir(dir: string): boolean {
  const segments = dir.toLowerCase().split('/');
  return (
    segments.some(segment => DOCUMENTATION_FOLDERS.has(segment)) ||
    SITE_CONTENT_ROOTS.has(segments[0]!)
  );
}

/** `mocks/`, `fixtures/`, `testdata/`: what tests use, not where they are. */
export function isTestSupport(segment: string): boolean {
  return TEST_SUPPORT_FOLDER.test(segment);
}

/**
 * The first directory whose last segment is one of `names`, in the plan's tree order, and which
 * does not hold another role's files (a `dto/` is never where endpoints go). A folder holding
 * folders of the same name is a container, not one of them: `services/` of a repository whose
 * services each have a `service/` folder.
 */
export function pickDir(
  dirs: string[],
  names: readonly string[],
  role?: CodeRole
): string | undefined {
  const named = (dir: string) =>
    names.includes(lastSegment(dir).toLowerCase()) && (!role || !dirDenies(dir, role));
  return dirs.find(
    dir => named(dir) && !dirs.some(other => other !== dir && other.startsWith(dir) && named(other))
  );
}
