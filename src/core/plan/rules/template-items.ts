/**
 * The template's own example items that no design-document rule replaces: "Configure linting",
 * "Error handling and validation", "Benchmark test … (if performance-sensitive)". Each becomes a
 * task with a real path; a conditional one only when the documents give the condition.
 */
import type { PhaseRole, TemplateItem } from '../../template/model.js';
import { type ConditionVerdict, evaluateCondition, clip } from '../conditions.js';
import { plannedWorkOf } from './planned-work.js';
import { isTestDirectory } from '../../parse/plan.js';
import { isDocumentationDir } from '../layout/folder-kinds.js';
import { directoryOf } from '../layout/folders.js';
import type { Language } from '../../vocabulary/languages.js';
import { languageName, linterOf, statedLanguages, typeCheckerOf } from '../layout/language.js';
import { otherCodeParts } from '../layout/code-parts.js';
import { languageOfDir } from '../layout/folder-language.js';
import {
  lintConfigFile,
  manifestFile,
  moduleManifestFile,
  sourceFile,
  testFileAt
} from '../placement/file-names.js';
import { words } from '../../text/words.js';
import type { DraftRole, TaskDraft, TaskKind } from '../model.js';
import { singular } from '../../text/words.js';
import type { RuleContext } from './context.js';
import { plannedManifestOf } from './research.js';
import { withoutAsides } from '../../text/asides.js';
import {
  XCODE_PROJECT,
  XCODE_PROJECT_PATH,
  XCODE_PROJECT_SAID
} from '../../vocabulary/languages.js';
import {
  BENCHMARK_CATEGORY,
  BENCHMARK_FOLDER,
  CONTRACT_CATEGORY,
  DOCS_FOLDER,
  DOCS_ITEM,
  GOAL_WORD,
  INTEGRATION_CATEGORY,
  ITEM_WORDS,
  NO_DEPENDENCIES,
  PLATFORM_CONDITION_IDS,
  PLATFORM_ITEM,
  PYTHON_DOC_REPLACEMENTS,
  SPECIAL_TESTS,
  TEMPLATE_LINTER,
  TEMPLATE_TYPE_CHECKER,
  TEMPLATE_TYPE_CHECKERS
} from '../../vocabulary/plan-items.js';

/** The template's placeholder for the feature's component, in a unit-test item. */
const COMPONENT = '[component]';

const ROLE_KIND: Record<DraftRole, TaskKind> = {
  setup: 'setup',
  tests: 'test',
  core: 'core',
  integration: 'integration',
  polish: 'polish'
};

/**
 * In the user-story layout the template's foundational and story items are placeholders for the
 * design-document rules (`Create [Entity1] model`), so only setup and polish items are kept.
 */
const KEPT_ROLES: Record<'classic' | 'user-story', PhaseRole[]> = {
  classic: ['setup', 'tests', 'core', 'integration', 'polish'],
  'user-story': ['setup', 'polish']
};

/** A template item that became no task, and why, for a phase left empty to say so. */
export interface LeftOutItem {
  phaseIndex: number;
  item: TemplateItem;
  why: LeftOutReason;
  /** The condition's own words on why it does not hold: `plan.md does not mention quantization`. */
  detail?: string;
}

export type LeftOutReason =
  'rules-do-it' | 'elsewhere' | 'platform' | 'condition' | 'language' | 'planned-files';

/**
 * The template's items as tasks; `leftOut`, when given, collects the items that became none
 * and why.
 */
export function templateItemTasks(context: RuleContext, leftOut?: LeftOutItem[]): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  const plannedWork = plannedWorkOf(context);
  context.template.phases.forEach((phase, phaseIndex) => {
    if (!KEPT_ROLES[context.template.layout].includes(phase.role)) return;
    const role = phase.role as DraftRole;
    phase.items.forEach((item, itemIndex) => {
      const skip = (why: LeftOutReason, detail?: string) =>
        leftOut?.push({ phaseIndex, item, why, ...(detail ? { detail } : {}) });
      if (context.layout.replacedItems.has(item)) return skip('rules-do-it');
      if (pointsOutsideTheCode(item, context)) return skip('elsewhere');
      if (!context.layout.inTemplateCodeBase && isPlatformWork(item)) return skip('platform');
      const verdict = evaluateCondition(item, context.feature, context.layout);
      if (!verdict.holds) return skip('condition', verdict.reason);
      const key = `template:${phaseIndex}:${itemIndex}`;
      const unit = plannedWork.unitTest(item, role);
      if (unit) {
        drafts.push({
          key,
          kind: ROLE_KIND[role],
          role,
          description: fillPlaceholders(item.text.split(COMPONENT).join(unit.subject), context),
          files: [unit.file],
          after: [],
          covers: [],
          story: undefined
        });
        return;
      }
      // Each part in another language gets its own tool, even where the main one has none.
      const partTasks = toolTasksOfParts(context, item, role, key);
      const text = inFeatureLanguage(item.text, context.layout.language);
      const files =
        text === undefined
          ? undefined
          : plannedWork.place(item, role, itemFiles(item, role, context));
      if (text === undefined || files === undefined) {
        drafts.push(...partTasks);
        return skip(text === undefined ? 'language' : 'planned-files');
      }
      drafts.push({
        key,
        kind: ROLE_KIND[role],
        role,
        description: withCondition(fillPlaceholders(text, context), item, verdict),
        files,
        after: [],
        covers: [],
        story: undefined
      });
      drafts.push(...partTasks);
    });
  });
  return drafts;
}

/**
 * "Benchmark against the plan's performance goals: under 1 µs per sequence", "Engine wiring,
 * since the plan's structure touches `vllm/engine/`": a conditional item says in words why it
 * applies.
 */
function withCondition(text: string, item: TemplateItem, verdict: ConditionVerdict): string {
  if (!item.condition || !verdict.reason) return text;
  if (verdict.goal) {
    if (GOAL_WORD.test(text)) return `${text}: ${verdict.goal}`;
    const benchmark = ITEM_WORDS.benchmark.some(word => text.toLowerCase().includes(word));
    return benchmark
      ? `${text} against the plan's performance goals: ${verdict.goal}`
      : `${text}, for the plan's performance goals: ${verdict.goal}`;
  }
  return `${text}, since ${verdict.reason}`;
}

/**
 * A template written for one code base (the seed's: `vllm/engine/`, `csrc/`) names fixed places
 * in it. Where the feature lives in another code base, those places do not exist, and an item
 * about them ("Kernel in csrc/", "Engine wiring in vllm/engine/") is not this feature's work.
 * Paths with placeholders, test paths and docs still apply anywhere.
 */
function pointsOutsideTheCode(item: TemplateItem, context: RuleContext): boolean {
  const { layout, template } = context;
  const path = item.path;
  if (!path || layout.inTemplateCodeBase || path.includes('[') || path.includes('<')) return false;
  if (template.paths.testRoot !== undefined && path.startsWith(template.paths.testRoot))
    return false;
  if (path.startsWith('docs/')) return false;
  return !layout.touchedDirs.some(dir => path.startsWith(dir) || dir.startsWith(path));
}

/**
 * Conditions that only the template's own code base has: its accelerators, its plugin system,
 * its kernels, quantization, model zoo and engine. Elsewhere "GPU" or "plugin" in a plan means
 * something else, and no such task follows from it.
 */
const PLATFORM_CONDITIONS: ReadonlySet<string> = new Set(PLATFORM_CONDITION_IDS);

function isPlatformWork(item: TemplateItem): boolean {
  const id = item.condition?.id;
  if (id && PLATFORM_CONDITIONS.has(id)) return true;
  // "(if applicable)" takes its subject from the item's words: "Quantization support".
  return id === 'applicable' && PLATFORM_ITEM.test(item.text);
}

/**
 * "`ruff` passes" in each part of the code base the plan writes in another language: `eslint
 * passes in frontend/src/` beside `checkstyle passes in backend/…`; none where that language has
 * no such tool.
 */
function toolTasksOfParts(
  context: RuleContext,
  item: TemplateItem,
  role: DraftRole,
  key: string
): TaskDraft[] {
  if (role !== 'polish' || item.path) return [];
  const namesTool = TEMPLATE_LINTER.test(item.text) || TEMPLATE_TYPE_CHECKER.test(item.text);
  TEMPLATE_LINTER.lastIndex = 0;
  if (!namesTool) return [];
  return otherCodeParts(context.layout, context.feature.plan).flatMap(part => {
    const text = inFeatureLanguage(item.text, part.language);
    if (text === undefined) return [];
    return [
      {
        key: `${key}:${part.root}`,
        kind: ROLE_KIND[role],
        role,
        description: fillPlaceholders(text, context),
        files: [part.root],
        after: [],
        covers: [],
        story: undefined
      }
    ];
  });
}

/**
 * Template items name the template's own tools: the seed's are Python's (`ruff`, `mypy`, type
 * hints). In another language they mean that language's linter and type checker; an item about
 * a type checker the language does not have (its compiler checks types) is dropped.
 */
export function inFeatureLanguage(text: string, language: Language): string | undefined {
  if (language === 'python') return text;
  let result = text.replace(TEMPLATE_LINTER, linterOf(language));
  if (TEMPLATE_TYPE_CHECKER.test(result)) {
    const checker = typeCheckerOf(language);
    if (!checker) return undefined;
    result = result.replace(TEMPLATE_TYPE_CHECKERS, checker);
  }
  for (const [phrase, replacement] of PYTHON_DOC_REPLACEMENTS)
    result = result.replace(phrase, replacement);
  return result;
}

/**
 * `[language]`, `[component]`… become the plan's words. A placeholder the plan leaves unknown
 * loses its brackets, or, standing alone in parentheses (`([framework])`), goes with them.
 */
export function fillPlaceholders(text: string, context: RuleContext): string {
  const technical = context.feature.plan?.technicalContext;
  const values: Record<string, string | undefined> = {
    language:
      firstClause(technical?.['Language/Version']?.value) ?? languageName(context.layout.language),
    framework: dependencyList(technical?.['Primary Dependencies']?.value),
    component: context.layout.component,
    feature: context.layout.component
  };
  let result = '';
  let rest = text;
  for (let open = rest.indexOf('['); open >= 0; open = rest.indexOf('[')) {
    const close = rest.indexOf(']', open);
    if (close < 0) break;
    const name = rest.slice(open + 1, close);
    const value = values[name.toLowerCase()];
    const alone = rest[open - 1] === '(' && rest[close + 1] === ')';
    if (value === undefined && alone && name.toLowerCase() in values) {
      result += rest.slice(0, open - 1).trimEnd();
      rest = rest.slice(close + 2);
      continue;
    }
    result += rest.slice(0, open) + (value ?? name);
    rest = rest.slice(close + 1);
  }
  return result + rest;
}

function firstClause(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return clip(value.split(/[;(]/)[0]!.trim(), 60);
}

/**
 * `Acme.Cli (CLI), Acme.Markdown (Markdown parsing)` → `Acme.Cli, Acme.Markdown`: every
 * dependency without its aside, as many as read well, then how many more; nothing when the plan
 * names none (`none`, `New crates: none`).
 */
function dependencyList(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const items = withoutAsides(value)
    .split(/[;,\n]/)
    .map(item =>
      item
        .replace(/\s[-—–]\s.*$/, '')
        .replace(/[`*]/g, '')
        .trim()
    )
    .filter(Boolean);
  if (items.length === 0 || items.some(item => NO_DEPENDENCIES.test(item))) return undefined;
  // `Web Framework: kiln.` names kiln; `Server: Acme Server 3` names Acme Server 3.
  const named = items
    .map(item =>
      item
        .replace(/^[^:]{1,30}:\s+(?=\S)/, '')
        .split(' ')
        .filter(word => word && word !== '.')
        .join(' ')
        .replace(/(?<=[^.])\.$/, '')
    )
    .filter(Boolean);
  const shown: string[] = [];
  for (const item of named) {
    if (shown.length > 0 && [...shown, item].join(', ').length > 80) break;
    shown.push(item);
  }
  const more = named.length - shown.length;
  return shown.join(', ') + (more > 0 ? `, and ${more} more` : '');
}

function itemFiles(item: TemplateItem, role: DraftRole, context: RuleContext): string[] {
  if (item.path) return [concretePath(item.path, context)];
  return [pathFromWords(item.text.toLowerCase(), role, context)].flat();
}

/** A template path with placeholders lands in the feature's own directories. */
function concretePath(path: string, context: RuleContext): string {
  const { layout, template } = context;
  const isTest = template.paths.testRoot !== undefined && path.startsWith(template.paths.testRoot);
  if (path.includes('[') || path.includes('<')) {
    if (isTest)
      return path.endsWith('/')
        ? layout.unitTestsDir
        : testFileAt(layout, layout.unitTestsDir, layout.component);
    return (
      layout.servicesDir + (path.endsWith('/') ? '' : sourceFile(layout.component, layout.language))
    );
  }
  // A test category directory gets the feature's own test file: tasks name exact files. Away
  // from the category's own folder, the file says what it tests (`…_benchmark_test.rs`).
  if (isTest && path.endsWith('/')) {
    const dir = testCategoryDir(path, context);
    // The one test file the plan puts in the category's own folder (`benches/`) is the one the
    // item means; a general test folder's file tests something else.
    const ownFolder = dir === path || BENCHMARK_FOLDER.test(dir);
    const planned = layout.planned.filter(file => directoryOf(file.path) === dir);
    if (ownFolder && planned.length === 1) return planned[0]!.path;
    const category = dir === path ? '' : ` ${categoryName(path)}`;
    // Go benchmarks are functions of a package's test file: the plan's module's, not a file of
    // their own named after the feature.
    const moduleTest =
      layout.language === 'go' && BENCHMARK_CATEGORY.test(categoryName(path))
        ? plannedWorkOf(context).moduleTest()
        : undefined;
    if (moduleTest && languageOfDir(layout, dir) === 'go') return moduleTest.file;
    return testFileAt(layout, dir, layout.component + category);
  }
  // A template without path conventions still names test folders (`tests/unit/`): where the
  // plan lays out its own, the plan's folder of that kind.
  if (!isTest && path.endsWith('/') && isTestDirectory(path) && layout.origin === 'plan')
    return testCategoryDir(path, context);
  return path;
}

/** `tests/benchmarks/` → `benchmark`, `tests/basic_correctness/` → `basic correctness`. */
function categoryName(dir: string): string {
  const last = words(dir.split('/').filter(Boolean).pop() ?? '');
  return last.map((word, index) => (index === last.length - 1 ? singular(word) : word)).join(' ');
}

/**
 * The template's test categories (`tests/benchmarks/`, `tests/basic_correctness/`) are folders of
 * its own code base. Elsewhere the plan's benchmark folder (`benches/`) stands in for the first,
 * the integration tests' for end-to-end ones, the unit tests' for the rest.
 */
function testCategoryDir(dir: string, context: RuleContext): string {
  const { layout, template } = context;
  const planned = [...layout.testDirs, ...layout.sourceDirs].some(own => own.startsWith(dir));
  if (planned || (layout.inTemplateCodeBase && template.paths.testRoot !== undefined)) return dir;
  const kind = words(dir.split('/').filter(Boolean).pop() ?? '')[0] ?? '';
  if (BENCHMARK_CATEGORY.test(kind)) {
    // `docs/benchmarks/` holds the reports of benchmark runs, not the benchmarks.
    const benches = [...layout.testDirs, ...layout.sourceDirs].find(
      planDir => BENCHMARK_FOLDER.test(planDir) && !isDocumentationDir(planDir)
    );
    return benches ?? layout.unitTestsDir;
  }
  if (INTEGRATION_CATEGORY.test(kind)) return layout.integrationTestsDir;
  if (CONTRACT_CATEGORY.test(kind)) return layout.contractTestsDir;
  return layout.unitTestsDir;
}

function pathFromWords(text: string, role: DraftRole, context: RuleContext): string | string[] {
  const { layout } = context;
  const has = (keywords: readonly string[]) => keywords.some(keyword => text.includes(keyword));
  if (has(ITEM_WORDS.structure)) return layout.touchedDirs;
  if (role === 'setup' && has(ITEM_WORDS.dependencies)) return manifests(context);
  if (role === 'setup' && has(ITEM_WORDS.lint))
    return [
      lintConfigFile(layout.language),
      ...otherCodeParts(layout, context.feature.plan).map(
        part => part.home + lintConfigFile(part.language)
      )
    ];
  if (has(ITEM_WORDS.benchmark)) return specialTestFile(context, SPECIAL_TESTS.benchmark);
  if (has(ITEM_WORDS.distributed)) return specialTestFile(context, SPECIAL_TESTS.distributed);
  if (DOCS_ITEM.test(text)) return DOCS_FOLDER;
  // Core work without a path of its own (validation, type hints) belongs in the feature's main
  // module; a whole directory would make every model task of the phase wait for it.
  if (role === 'core') return layout.servicesDir + sourceFile(layout.component, layout.language);
  return layout.servicesDir;
}

/**
 * Where the feature's dependencies are declared: the build file the plan names for its language
 * (`build.gradle.kts`, `requirements.txt`), or its Xcode project where it has no Swift package,
 * else the language's usual one; and the build files the plan names for the other languages it
 * states (`client/package.json` of a Java plan with a TypeScript front end).
 */
function manifests(context: RuleContext): string[] {
  const { layout, feature } = context;
  const own =
    plannedManifestOf(layout.language, context) ??
    xcodeProject(context) ??
    moduleManifestFile(layout);
  const others = statedLanguages(feature.plan).map(language =>
    plannedManifestOf(language, context)
  );
  // A part in another language the plan names no build file for gets its language's own.
  const parts = otherCodeParts(layout, feature.plan)
    .filter(part => plannedManifestOf(part.language, context) === undefined)
    .map(part => part.home + manifestFile(part.language));
  return [
    ...new Set([own, ...others.filter((file): file is string => file !== undefined), ...parts])
  ];
}

/** `One Xcode project, no SPM packages`: an app whose Xcode project holds its dependencies. */
function xcodeProject(context: RuleContext): string | undefined {
  const { layout, feature } = context;
  if (layout.language !== 'swift') return undefined;
  const plan = feature.plan;
  const said = [plan?.structure.decision, plan?.technicalContext['Project Type']?.value].join(' ');
  if (!XCODE_PROJECT_SAID.test(said)) return undefined;
  const named = [...layout.plannedFiles, ...(plan?.structure.mentioned ?? [])]
    .map(path => XCODE_PROJECT_PATH.exec(path)?.[1])
    .find(Boolean);
  // The app's own folder (`ShopApp/`) names its project; `src/` names none.
  const top = [...layout.sourceDirs, ...layout.plannedFiles][0]?.split('/')[0];
  const project = named ?? (top && /^[A-Z]/.test(top) ? top + XCODE_PROJECT.extension : undefined);
  // Xcode keeps the project's package dependencies in its project file.
  return project && `${project}/${XCODE_PROJECT.dependencyFile}`;
}

function specialTestFile(
  context: RuleContext,
  { folderWord, nameSuffix }: { folderWord: string; nameSuffix: string }
): string {
  const { layout, template } = context;
  const special = template.paths.specialTestDirs.find(dir => dir.includes(folderWord));
  // "Benchmarks meet the goals" runs the benchmark the tests phase wrote, in its file.
  if (special && folderWord === SPECIAL_TESTS.benchmark.folderWord)
    return concretePath(special, context);
  const dir = special ? testCategoryDir(special, context) : layout.unitTestsDir;
  return testFileAt(layout, directoryOf(dir), `${layout.component} ${nameSuffix}`.trim());
}
