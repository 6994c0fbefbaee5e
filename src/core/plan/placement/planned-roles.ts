/**
 * The role a file of the plan plays, from its name, folder and the plan's note on it: a test, a
 * build or tooling file, documentation, a model or schema migration, a service, an endpoint, a
 * user interface, or the wiring into the platform. The role decides the phase its task goes in.
 */
import type { PlannedFile } from '../../model.js';
import { isTestDirectory } from '../../parse/plan.js';
import { apiRouteOf } from '../../parse/plan-routes.js';
import { words } from '../../text/words.js';
import {
  TEST_FILE_MARKER,
  TEST_FILE_ENDING,
  TEST_FILE_PREFIXES
} from '../../vocabulary/check-test-words.js';
import { ROLE_WORDS } from '../../vocabulary/layout.js';
import {
  ASSET_EXTENSIONS,
  DATA_EXTENSIONS,
  DOC_EXTENSIONS,
  INTEGRATION_WORDS,
  MIGRATION_EXTENSIONS,
  MIGRATION_FOLDERS,
  SETUP_FILE_FORM,
  SETUP_FILE_NAMES,
  SETUP_FOLDERS,
  UI_EXTENSIONS,
  UI_FOLDERS
} from '../../vocabulary/plan-files.js';
import { isDocumentationDir } from '../layout/folder-kinds.js';
import { directoryOf } from '../layout/folders.js';
import { roleWords } from '../layout/role-words.js';
import { stemOf } from './file-roles.js';
import { routeOf } from './routes.js';

export type PlannedRole =
  | 'test'
  | 'setup'
  | 'docs'
  | 'migration'
  | 'model'
  | 'service'
  | 'endpoint'
  | 'ui'
  | 'integration'
  | 'data';

/** The role of a planned file: the first of these its path or note says. */
export function plannedRole(file: PlannedFile): PlannedRole {
  const path = file.path;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const lower = name.toLowerCase();
  const extension = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
  const segments = directoryOf(path).toLowerCase().split('/').filter(Boolean);
  if (isTestFile(path)) return 'test';
  if (
    SETUP_FILE_NAMES.has(lower) ||
    SETUP_FILE_FORM.test(name) ||
    segments.some(segment => SETUP_FOLDERS.has(segment)) ||
    ASSET_EXTENSIONS.has(extension)
  )
    return 'setup';
  if (DOC_EXTENSIONS.has(extension) || isDocumentationDir(directoryOf(path))) return 'docs';
  if (MIGRATION_EXTENSIONS.has(extension) || segments.some(s => MIGRATION_FOLDERS.has(s)))
    return 'migration';
  if (apiRouteOf(path) !== undefined) return 'endpoint';
  if (DATA_EXTENSIONS.has(extension)) return 'data';
  const near = roleWords(`${segments[segments.length - 1] ?? ''} ${stemOf(path)}`);
  const noted = roleWords(file.note ?? '');
  const says = (role: keyof typeof ROLE_WORDS, list: string[]) =>
    list.some(word => ROLE_WORDS[role].has(word));
  if (isUserInterface(segments, extension, path)) return 'ui';
  if (says('endpoint', near)) return 'endpoint';
  if (says('model', near)) return 'model';
  if (near.some(word => INTEGRATION_WORDS.has(word))) return 'integration';
  if (says('service', near)) return 'service';
  if (says('endpoint', noted)) return 'endpoint';
  if (says('model', noted)) return 'model';
  return 'service';
}

/** A test file by its folder or its name (`order.test.ts`, `test_order.py`, `OrderTests.cs`). */
export function isTestFile(path: string): boolean {
  if (isTestDirectory(directoryOf(path))) return true;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    TEST_FILE_PREFIXES.some(prefix => name.startsWith(prefix)) ||
    TEST_FILE_MARKER.test(name) ||
    TEST_FILE_ENDING.test(name)
  );
}

/**
 * Pages, components, views, hooks and styles: a UI folder, a UI extension outside the code's
 * own folders (a `.tsx` in `lib/` is logic), or a framework page (`app/orders/page.tsx`).
 */
function isUserInterface(segments: string[], extension: string, path: string): boolean {
  if (segments.some(segment => UI_FOLDERS.has(segment))) return true;
  if (!UI_EXTENSIONS.has(extension)) return false;
  if (routeOf(path) !== undefined) return true;
  const codeWords = new Set(segments.flatMap(segment => words(segment)));
  return !(
    codeWords.has('lib') ||
    ROLE_WORDS.service.has([...codeWords].pop() ?? '') ||
    ROLE_WORDS.model.has([...codeWords].pop() ?? '')
  );
}
