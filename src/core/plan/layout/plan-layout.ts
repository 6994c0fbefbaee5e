/**
 * The layout a plan's own structure gives: models, services and endpoints in the plan's folders
 * for them (else where its code has its centre of gravity), tests in its test folders.
 */
import { isDynamicRouteDir } from '../../parse/directory-tree.js';
import { isTestDirectory } from '../../parse/plan.js';
import { codeLanguageAt, sameFamily } from './folder-language.js';
import { isDocumentationDir, isTestSupport, pickDir } from './folder-kinds.js';
import { commonAncestor, directoryOf, lastSegment, leafDirs, parentDir } from './folders.js';
import type { Language } from '../../vocabulary/languages.js';
import {
  CONTRACT_TEST_FOLDERS,
  ENDPOINT_FOLDERS,
  INTEGRATION_TEST_FOLDERS,
  MODEL_FOLDERS,
  NOT_CODE_FOLDERS,
  SERVICE_FOLDERS,
  UNIT_TEST_FOLDERS
} from '../../vocabulary/layout.js';
import { sourceExtension } from './language.js';
import type { PathLayout } from './model.js';
import type { CodeStructure } from './plan-structure.js';
import { withCodePackage } from './source-sets.js';
import { type CodeRole, dirDenies } from './role-words.js';

/**
 * `base` with the folders the plan's structure lays out: each role's own folder, else where its
 * code is; each kind of test's own folder, else the plan's main test folder.
 */
export function planLayout(structure: CodeStructure, base: PathLayout): PathLayout {
  const { sourceDirs, files } = structure;
  const language = base.language;
  const testDirs = structure.testDirs.filter(dir => !isDocumentationDir(dir));
  const codeAt = (dir: string) => codeLanguageAt(dir, files, language, base.languageParts);
  // New code goes where the plan keeps code of its language: not in documentation, not in a
  // folder of another language or of data only, not in a folder serving one dynamic route.
  const codeDirs = sourceDirs.filter(dir => {
    const found = codeAt(dir);
    const ownCode = found === undefined || (found !== 'data' && sameFamily(found, language));
    return ownCode && !isDocumentationDir(dir) && !isDynamicRouteDir(dir);
  });
  const primary = primarySourceDir(codeDirs, files, language);
  const source = (names: readonly string[], role: CodeRole, fallback: string) =>
    pickDir(codeDirs, names, role) ?? primaryFor(role, codeDirs, primary) ?? fallback;
  // Contract and unit tests test this language's code: a front end's test folder is no place
  // for the back end's API tests.
  const ownTests = testDirs.filter(dir => {
    const found = codeAt(dir);
    return found === undefined || found === 'data' || sameFamily(found, language);
  });
  // A leaf such as tests/core/ says more than the tests/ root it sits in; mocks and fixtures
  // hold no tests.
  const leafTests = leafDirs(ownTests);
  const testsProper = leafTests.filter(dir => !dir.split('/').some(isTestSupport));
  const testRoot = commonAncestor(testsProper);
  const primaryTest =
    pickDir(testsProper, UNIT_TEST_FOLDERS) ??
    testsProper.find(
      dir => !pickDir([dir], [...CONTRACT_TEST_FOLDERS, ...INTEGRATION_TEST_FOLDERS])
    ) ??
    // Only category folders (contract/, integration/): the test root above them.
    (testRoot && isTestDirectory(testRoot) ? testRoot : undefined) ??
    testsProper[0] ??
    leafTests[0];
  // A bare `src/test/java/` holds its tests in the package of the code they test.
  const test = (dirs: string[], names: readonly string[], fallback: string) =>
    withCodePackage(sourceDirs, pickDir(dirs, names) ?? primaryTest ?? fallback);
  const modelsDir = source(MODEL_FOLDERS, 'model', base.modelsDir);
  const servicesDir = source(SERVICE_FOLDERS, 'service', base.servicesDir);
  const endpointsDir = source(ENDPOINT_FOLDERS, 'endpoint', base.endpointsDir);
  // Go keeps a package's tests beside its code; elsewhere a plan without test folders gets the
  // project type's.
  const beside = language === 'go' && ownTests.length === 0;
  return {
    ...base,
    origin: 'plan',
    modelsDir,
    servicesDir,
    endpointsDir,
    contractTestsDir: beside
      ? endpointsDir
      : test(ownTests, CONTRACT_TEST_FOLDERS, base.contractTestsDir),
    // Story tests go where the plan runs its end-to-end tests, in that folder's language.
    integrationTestsDir: test(testDirs, INTEGRATION_TEST_FOLDERS, base.integrationTestsDir),
    unitTestsDir: beside ? servicesDir : test(ownTests, UNIT_TEST_FOLDERS, base.unitTestsDir),
    touchedDirs: leafDirs([...sourceDirs, ...structure.testDirs]),
    plannedFiles: files,
    planned: structure.planned,
    sourceDirs,
    testDirs: structure.testDirs,
    notes: structure.notes
  };
}

/**
 * The primary code directory, unless it is plainly another role's (the `views/` of a web app
 * is no place for its models); then the project holding the models, the code root above the
 * code folders, or the first folder of code that is not another role's.
 */
function primaryFor(
  role: CodeRole,
  codeDirs: string[],
  primary: string | undefined
): string | undefined {
  if (primary && !dirDenies(primary, role)) return primary;
  // Logic and its API sit in the project that holds the models (`src/Shop.Core/`).
  const models = role !== 'model' ? pickDir(codeDirs, MODEL_FOLDERS) : undefined;
  const project = models && parentDir(models);
  if (project && !dirDenies(project, role)) return project;
  const code = leafDirs(codeDirs).filter(
    dir => !dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment))
  );
  const root = commonAncestor(code);
  if (root && !dirDenies(root, role)) return root;
  return code.find(dir => !dirDenies(dir, role));
}

/**
 * The directory holding most of the plan's source files in the feature's language (its centre
 * of gravity); failing that, the first leaf that holds code rather than a front end, an entry
 * point, assets or docs: a Go service's models do not go in `web/` or `cmd/`.
 */
function primarySourceDir(
  sourceDirs: string[],
  files: string[],
  language: Language
): string | undefined {
  const extension = sourceExtension(language);
  const ownFiles = files.filter(file => file.endsWith(extension));
  let best: { dir: string; count: number } | undefined;
  for (const dir of sourceDirs) {
    // A script folder full of entry points is not where the logic lives.
    if (dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment))) continue;
    const count = ownFiles.filter(file => directoryOf(file) === dir).length;
    if (count > 0 && (best === undefined || count > best.count)) best = { dir, count };
  }
  if (best) return best.dir;
  // Code, and preferably not the thin layer that serves it (`internal/handlers/`): models and
  // services belong where the logic is.
  const code = leafDirs(sourceDirs).filter(
    dir => !dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment))
  );
  return (
    code.find(dir => !ENDPOINT_FOLDERS.includes(lastSegment(dir).toLowerCase())) ??
    code[0] ??
    leafDirs(sourceDirs)[0]
  );
}
