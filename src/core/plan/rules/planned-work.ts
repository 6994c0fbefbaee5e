/**
 * What the plan's own files leave of the template's generic items. "Core logic in
 * `src/lib/<feature>.ts`", "Error handling and validation", "Type hints and docstrings" and the
 * unit-test placeholder describe code and tests in general; where the plan lists the files that
 * hold them, those files' tasks are that work, and a generic item either names the real file
 * (validation in the plan's `validation.ts`) or is left out. An item about a folder the plan
 * puts one file in (`Engine wiring in vllm/engine/`) names that file.
 */
import type { TemplateItem } from '../../template/model.js';
import {
  GENERIC_CORE_ITEM_WORDS,
  GENERIC_STEMS,
  SERVICE_STEMS,
  VALIDATION_FILE_WORDS
} from '../../vocabulary/plan-files.js';
import { words } from '../../text/words.js';
import type { DraftRole } from '../model.js';
import { isTestDirectory } from '../../parse/plan.js';
import { directoryOf, lastSegment, sharedSegments } from '../layout/folders.js';
import { roleWords } from '../layout/role-words.js';
import { sameFamily } from '../layout/folder-language.js';
import { languageOfFile } from '../layout/language.js';
import type { Language } from '../../vocabulary/languages.js';
import { DOCS_ITEM } from '../../vocabulary/plan-items.js';
import { stemOf } from '../placement/file-roles.js';
import { testFileAt } from '../placement/file-names.js';
import { plannedRole, type PlannedRole } from '../placement/planned-roles.js';
import type { RuleContext } from './context.js';

export interface PlannedWork {
  /** The files a template item works in, given the plan's own; undefined to leave it out. */
  place(item: TemplateItem, role: DraftRole, files: string[]): string[] | undefined;
  /**
   * The plan's module the unit-test placeholder tests, and the test file mirroring it
   * (`engine_test.go` beside `engine.go`, `service/UserServiceTest.java` for
   * `service/UserService.java`), where the plan names no test file of its own.
   */
  unitTest(item: TemplateItem, role: DraftRole): { subject: string; file: string } | undefined;
  /** The same test file, whatever the item: where Go's benchmarks of that module go too. */
  moduleTest(): { subject: string; file: string } | undefined;
}

const CODE_ROLES: ReadonlySet<PlannedRole> = new Set([
  'model',
  'service',
  'endpoint',
  'ui',
  'integration'
]);

export function plannedWorkOf(context: RuleContext): PlannedWork {
  const roles = context.layout.planned.map(file => ({ file, role: plannedRole(file) }));
  const code = roles.filter(entry => CODE_ROLES.has(entry.role)).map(entry => entry.file);
  const plansTests = roles.some(entry => entry.role === 'test');
  const plansDocs = roles.some(entry => entry.role === 'docs');
  const saysAny = (text: string, phrases: readonly string[]) =>
    phrases.some(phrase => text.includes(phrase));
  return {
    place(item, role, files) {
      const text = item.text.toLowerCase();
      if ((role === 'core' || role === 'integration') && code.length > 0) {
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.logic)) return undefined;
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.docs)) return undefined;
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.validation)) {
          const validating = code.find(file =>
            words(`${stemOf(file.path)} ${file.note ?? ''}`).some(word =>
              VALIDATION_FILE_WORDS.has(word)
            )
          );
          return validating ? [validating.path] : undefined;
        }
        // Only code work moves into the file; a check of the platform stays over the folder.
        if (role !== 'core') return files;
        return files.map(path => {
          if (!path.endsWith('/')) return path;
          const inside = code.filter(file => file.path.startsWith(path));
          return inside.length === 1 ? inside[0]!.path : path;
        });
      }
      // The unit-test placeholder (`tests/[component]/test_[feature].py`): the plan's own tests
      // are the tests it means.
      if (role === 'tests' && plansTests && isUnitPlaceholder(item)) return undefined;
      // The plan's own documentation files are the documentation work; a second, generic task
      // to update the docs would be the same work twice.
      if (role === 'polish' && plansDocs && DOCS_ITEM.test(text)) return undefined;
      return files;
    },
    unitTest(item, role) {
      if (role !== 'tests' || !isUnitPlaceholder(item)) return undefined;
      return this.moduleTest();
    },
    moduleTest() {
      if (plansTests) return undefined;
      const { layout } = context;
      // An entry point or index (`main.go`, `index.ts`) names no module to test.
      const logic = roles
        .filter(entry => entry.role === 'service' && namesModule(entry.file.path, layout.language))
        .map(entry => entry.file.path);
      const subject =
        logic.find(path => directoryOf(path) === layout.servicesDir) ??
        logic.find(path => !isTestDirectory(directoryOf(path)));
      if (!subject) return undefined;
      const home = directoryOf(subject);
      // Go keeps a package's tests beside its code; elsewhere the plan's test folder named as the
      // module's folder (`test/…/service/` for `main/…/service/`), else its unit tests' folder.
      const dir =
        layout.language === 'go' && languageOfFile(subject) === 'go'
          ? home
          : (layout.testDirs.find(test => lastSegment(test) === lastSegment(home)) ??
            nearestTestDir(layout.testDirs, home, layout.unitTestsDir));
      return { subject: stemOf(subject), file: testFileAt(layout, dir, stemOf(subject)) };
    }
  };
}

/** The plan's test folder in the module's own package (`crates/shop/tests/`), else `fallback`. */
function nearestTestDir(testDirs: readonly string[], home: string, fallback: string): string {
  let best = { dir: fallback, shared: sharedSegments(fallback, home) };
  for (const dir of testDirs) {
    const shared = sharedSegments(dir, home);
    if (shared > best.shared) best = { dir, shared };
  }
  return best.dir;
}

/**
 * Code of the feature's language whose name says what it holds: not an index, entry point or
 * package file, nor a manifest or chart.
 */
function namesModule(path: string, language: Language): boolean {
  const written = languageOfFile(path);
  if (written === undefined || !sameFamily(written, language)) return false;
  const stem = stemOf(path).toLowerCase();
  return !GENERIC_STEMS.has(stem) || roleWords(stem).some(word => SERVICE_STEMS.has(word));
}

/** The template's unit-test item for the feature: `Unit tests for [component] in tests/[component]/…`. */
function isUnitPlaceholder(item: TemplateItem): boolean {
  return !item.condition && item.path?.includes('[') === true;
}
