/**
 * Where the tasks' files go. The plan's own structure wins (its trees, else the paths its prose
 * names); else, where the feature lives in the code base the template was written for, the
 * template's path conventions; else the defaults for the plan's Project Type. The template's API
 * and end-to-end items are replaced by the rules that do their work. Files the plan names are
 * chosen by the role their name, folder and note give them.
 */
import type { EndpointKind, Feature, Plan } from '../model.js';
import { hasPlaceholderSegment, isDynamicRouteDir } from '../parse/directory-tree.js';
import { isTestDirectory } from '../parse/plan.js';
import type { TasksTemplate, TemplateItem } from '../template/model.js';
import {
  type Language,
  languageOf,
  languageOfBuildPath,
  languageOfFile,
  sourceExtension,
  statedLanguageParts,
  testFileIn
} from './naming.js';
import { snakeCase } from '../text/case.js';
import { words } from '../text/words.js';
import { singular } from '../text/words.js';

export type LayoutOrigin = 'plan' | 'template' | 'project-type';

export interface PathLayout {
  origin: LayoutOrigin;
  language: Language;
  /** The feature's own component name, e.g. `kv_cache_hit_rate_metric`. */
  component: string;
  modelsDir: string;
  servicesDir: string;
  endpointsDir: string;
  contractTestsDir: string;
  integrationTestsDir: string;
  unitTestsDir: string;
  /** Every directory the feature touches, for the project-structure task. */
  touchedDirs: string[];
  /** Files the plan names; rules prefer them over invented names. */
  plannedFiles: string[];
  /** Template items whose directory the rules use, and which they therefore replace. */
  replacedItems: Set<TemplateItem>;
  /**
   * Whether the feature lives in the code base the template was written for (the seed's: vllm,
   * in Python). Only there do the template's fixed places and platform work apply.
   */
  inTemplateCodeBase: boolean;
  /** The plan's source and test directories, generated and future ones left out. */
  sourceDirs: string[];
  testDirs: string[];
  /** What the plan's trees write beside a path (`# REST controllers`). */
  notes: ReadonlyMap<string, string>;
  /** Parts of the code base the plan gives a language of their own (`frontend`: TypeScript). */
  languageParts: ReadonlyArray<{ part: string; language: Language }>;
}

const MODEL_DIRS = ['models', 'model', 'entities', 'entity', 'domain', 'schemas', 'schema'];
const SERVICE_DIRS = [
  'services',
  'service',
  'core',
  'lib',
  'logic',
  'usecases',
  'application',
  'engine'
];
const ENDPOINT_DIRS = [
  'api',
  'routes',
  'router',
  'routers',
  'endpoints',
  'handlers',
  'handler',
  'controllers',
  'controller',
  'entrypoints',
  'resolvers',
  'presentation',
  'server',
  'cli',
  'commands'
];
const CONTRACT_TEST_DIRS = ['contract', 'contracts', 'api'];
const INTEGRATION_TEST_DIRS = ['integration', 'e2e', 'basic_correctness', 'acceptance', 'features'];
const UNIT_TEST_DIRS = ['unit'];

export function resolveLayout(feature: Feature, template: TasksTemplate): PathLayout {
  const language = languageOf(feature.plan);
  const component = componentName(feature.name);
  const structure = codeStructure(feature.plan, language);
  const inTemplateCodeBase = isTemplateCodeBase(template, structure, language);
  const fromProjectType = {
    ...projectTypeLayout(feature.plan, language, component, structure),
    languageParts: statedLanguageParts(feature.plan)
  };
  const base =
    inTemplateCodeBase && template.paths.sourceRoot && template.paths.mirrorTests
      ? templateLayout(template, fromProjectType)
      : fromProjectType;
  const withCodeBase = { ...base, inTemplateCodeBase, replacedItems: replacedItems(template) };
  return structure ? planLayout(structure, withCodeBase) : withCodeBase;
}

/** `001-kv-cache-hit-rate-metric` → `kv_cache_hit_rate_metric`. */
export function componentName(featureName: string): string {
  const parts = featureName.split('-');
  while (parts.length > 1 && /^\d+$/.test(parts[0]!)) parts.shift();
  return snakeCase(parts.join(' '));
}

// ---------------------------------------------------------------------------------------------
// Which code base

/**
 * A template that names its code's place (`vllm/`) fits a feature whose plan lays it out there,
 * or, when the plan lays out nothing, one in the template's language. A template that names no
 * place fits any code base.
 */
function isTemplateCodeBase(
  template: TasksTemplate,
  structure: CodeStructure | undefined,
  language: Language
): boolean {
  const sourceRoot = template.paths.sourceRoot;
  if (sourceRoot === undefined) return true;
  if (structure)
    return [...structure.sourceDirs, ...structure.files].some(path => path.startsWith(sourceRoot));
  const own = templateLanguage(template);
  return own === undefined || own === language;
}

/** The language of the files the template's items name (`test_[feature].py`: Python). */
function templateLanguage(template: TasksTemplate): Language | undefined {
  for (const phase of template.phases)
    for (const item of phase.items) {
      const language = item.path ? languageOfFile(item.path) : undefined;
      if (language) return language;
    }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The plan's structure

interface CodeStructure {
  sourceDirs: string[];
  testDirs: string[];
  files: string[];
  notes: Map<string, string>;
}

/**
 * The directories and files the plan lays out, without those it says are generated, for later or
 * left unchanged, and without folders its template names only by placeholder (`[feature]/`:
 * no package is invented for them). Without a tree, the paths its prose names, when they say
 * where code goes.
 */
function codeStructure(plan: Plan | undefined, language: Language): CodeStructure | undefined {
  const structure = plan?.structure;
  if (!structure) return undefined;
  const notes = new Map((structure.notes ?? []).map(({ path, note }) => [path, note]));
  const noted = [...notes].filter(([, note]) => isNotWritten(note)).map(([path]) => path);
  const isGone = (gone: string[], path: string) =>
    gone.some(dir => path === dir || (dir.endsWith('/') && path.startsWith(dir)));
  // A folder whose every file the plan leaves alone, and which has no folder of new work
  // below it, is left alone too.
  const dirs = [...structure.sourceDirs, ...structure.testDirs];
  const filesIn = (dir: string) => structure.files.filter(file => file.startsWith(dir));
  const untouched = dirs.filter(dir => {
    const held = filesIn(dir);
    const below = dirs.filter(other => other !== dir && other.startsWith(dir));
    return (
      held.length > 0 &&
      held.every(file => isGone(noted, file)) &&
      below.every(other => isGone(noted, other) || filesIn(other).length > 0)
    );
  });
  const excluded = [...noted, ...untouched];
  const keep = (path: string) =>
    !isGone(excluded, path) &&
    !hasPlaceholderSegment(path) &&
    !path.split('/').some(segment => GENERATED_DIRS.has(segment));
  const fill = (paths: string[]) => unique(paths.filter(keep));
  const fromTree: CodeStructure = {
    sourceDirs: fill(structure.sourceDirs),
    testDirs: fill(structure.testDirs),
    files: fill(structure.files),
    notes
  };
  if (fromTree.sourceDirs.length > 0 || fromTree.testDirs.length > 0) return fromTree;
  return proseStructure(structure.mentioned ?? [], language);
}

const GENERATED_DIRS = new Set(['_generated', '__generated__', 'generated']);

/**
 * `generated (gitignored)`, `not committed`, `FUTURE: …`, `EXISTS (no changes)`: the plan does not
 * write there now.
 */
function isNotWritten(note: string): boolean {
  return (
    /\b(?:auto-?)?generated\b|\bgit-?ignored\b|\bnot committed\b|\bdo not edit\b/i.test(note) ||
    /\bFUTURE\b/.test(note) ||
    /^\(?(?:future|later phase)\b/i.test(note) ||
    /\b(?:unchanged|no changes?|not changed|untouched)\b|변경\s*없음/i.test(note)
  );
}

/** Mentioned folders that hold no code: documentation, fixtures, the feature's own documents. */
const NOT_CODE_MENTIONS = new Set(['docs', 'doc', 'fixtures', 'testdata', '.github', 'contracts']);

/**
 * `crates/engine/tests/` in the prose of a plan without a tree: tests go there, and the crate's
 * code beside them in `crates/engine/src/` (the layout Cargo and Maven prescribe).
 */
function proseStructure(mentioned: string[], language: Language): CodeStructure | undefined {
  const dirs = unique(mentioned.map(directoryOf)).filter(
    dir => dir && !dir.split('/').some(segment => NOT_CODE_MENTIONS.has(segment.toLowerCase()))
  );
  const testDirs = dirs.filter(isTestDirectory);
  const sourceDirs = dirs.filter(dir => !isTestDirectory(dir));
  if (language === 'rust')
    for (const dir of testDirs) {
      const crate = /^(.*\/)?tests\/$/.exec(dir);
      if (crate) sourceDirs.push(`${crate[1] ?? ''}src/`);
    }
  if (sourceDirs.length === 0 && testDirs.length === 0) return undefined;
  const files = mentioned.filter(path => !path.endsWith('/') && dirs.includes(directoryOf(path)));
  return { sourceDirs: unique(sourceDirs), testDirs, files, notes: new Map() };
}

// ---------------------------------------------------------------------------------------------
// Layouts

function projectTypeLayout(
  plan: Plan | undefined,
  language: Language,
  component: string,
  structure: CodeStructure | undefined
): PathLayout {
  const type = (plan?.technicalContext['Project Type']?.value ?? '').toLowerCase();
  const typeRoot = type.includes('web') ? 'backend/' : type.includes('mobile') ? 'api/' : '';
  // A plan that lays out its own folders decides whether `backend/` exists.
  const root =
    structure && !structure.sourceDirs.some(dir => dir.startsWith(typeRoot)) ? '' : typeRoot;
  return {
    origin: 'project-type',
    language,
    component,
    modelsDir: `${root}src/models/`,
    servicesDir: `${root}src/services/`,
    endpointsDir: `${root}src/api/`,
    contractTestsDir: `${root}tests/contract/`,
    integrationTestsDir: `${root}tests/integration/`,
    unitTestsDir: `${root}tests/unit/`,
    touchedDirs: [`${root}src/`, `${root}tests/`],
    plannedFiles: [],
    replacedItems: new Set(),
    inTemplateCodeBase: false,
    sourceDirs: [],
    testDirs: [],
    notes: new Map(),
    languageParts: []
  };
}

/**
 * The template's API and end-to-end items (`API test in tests/entrypoints/ (if API change)`,
 * `HTTP endpoint in vllm/entrypoints/`): the contract, endpoint and story rules do their work,
 * in whichever code base.
 */
function rulesItems(
  template: TasksTemplate
): Record<'api' | 'apiTest' | 'endToEnd', TemplateItem | undefined> {
  const items = template.phases.flatMap(phase =>
    phase.items.map(item => ({ item, role: phase.role }))
  );
  const conditional = (role: string, condition: string) =>
    items.find(
      entry => entry.role === role && entry.item.condition?.id === condition && entry.item.path
    )?.item;
  return {
    api: conditional('core', 'api-change'),
    apiTest: conditional('tests', 'api-change'),
    endToEnd: conditional('tests', 'end-to-end')
  };
}

function replacedItems(template: TasksTemplate): Set<TemplateItem> {
  return new Set(
    Object.values(rulesItems(template)).filter((item): item is TemplateItem => item !== undefined)
  );
}

/** The seed's style: `vllm/<component>/` for code, `tests/<component>/` mirroring it. */
function templateLayout(template: TasksTemplate, fallback: PathLayout): PathLayout {
  const sourceRoot = template.paths.sourceRoot!;
  const testRoot = template.paths.testRoot ?? 'tests/';
  const componentDir = `${sourceRoot}${fallback.component}/`;
  const testDir = `${testRoot}${fallback.component}/`;
  const dirOf = (item: TemplateItem | undefined) => item?.path && directoryOf(item.path);
  const { api, apiTest, endToEnd } = rulesItems(template);
  const endpointsDir = dirOf(api) || componentDir;
  const contractTestsDir = dirOf(apiTest) || testDir;
  const integrationTestsDir = dirOf(endToEnd) || testDir;
  return {
    ...fallback,
    origin: 'template',
    modelsDir: componentDir,
    servicesDir: componentDir,
    endpointsDir,
    contractTestsDir,
    integrationTestsDir,
    unitTestsDir: testDir,
    touchedDirs: unique([
      componentDir,
      endpointsDir,
      testDir,
      contractTestsDir,
      integrationTestsDir
    ])
  };
}

function planLayout(structure: CodeStructure, base: PathLayout): PathLayout {
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
  const source = (names: string[], role: CodeRole, fallback: string) =>
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
    pickDir(testsProper, UNIT_TEST_DIRS) ??
    testsProper.find(dir => !pickDir([dir], [...CONTRACT_TEST_DIRS, ...INTEGRATION_TEST_DIRS])) ??
    // Only category folders (contract/, integration/): the test root above them.
    (testRoot && isTestDirectory(testRoot) ? testRoot : undefined) ??
    testsProper[0] ??
    leafTests[0];
  const test = (dirs: string[], names: string[], fallback: string) =>
    pickDir(dirs, names) ?? primaryTest ?? fallback;
  const modelsDir = source(MODEL_DIRS, 'model', base.modelsDir);
  const servicesDir = source(SERVICE_DIRS, 'service', base.servicesDir);
  const endpointsDir = source(ENDPOINT_DIRS, 'endpoint', base.endpointsDir);
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
      : test(ownTests, CONTRACT_TEST_DIRS, base.contractTestsDir),
    // Story tests go where the plan runs its end-to-end tests, in that folder's language.
    integrationTestsDir: test(testDirs, INTEGRATION_TEST_DIRS, base.integrationTestsDir),
    unitTestsDir: beside ? servicesDir : test(ownTests, UNIT_TEST_DIRS, base.unitTestsDir),
    touchedDirs: leafDirs([...sourceDirs, ...structure.testDirs]),
    plannedFiles: files,
    sourceDirs,
    testDirs: structure.testDirs,
    notes: structure.notes
  };
}

/** Documentation and site content: `docs/`, a Hugo site's `archetypes/` and `content/`. */
export function isDocumentationDir(dir: string): boolean {
  const segments = dir.toLowerCase().split('/');
  return (
    segments.some(segment => DOCUMENTATION_DIRS.has(segment)) ||
    segments[0] === 'content' ||
    segments[0] === 'archetypes'
  );
}

const DOCUMENTATION_DIRS = new Set(['docs', 'doc', 'documentation']);

/**
 * What the plan keeps in `dir`: the language of the code its tree puts there, or in the nearest
 * folder above that holds code (`data` where its own files are no code: SQL, YAML);
 * else what a build folder (`crates/`) or the Language/Version field (`TypeScript (frontend)`)
 * says of it. In the plan's language where its files mix languages; nothing where nothing says.
 */
function codeLanguageAt(
  dir: string,
  files: string[],
  language: Language,
  parts: PathLayout['languageParts']
): Language | 'data' | undefined {
  const stated = statedPartLanguage(dir, parts);
  for (let at: string | undefined = dir; at; at = parentDir(at)) {
    const held = files.filter(file => file.startsWith(at!));
    if (held.length === 0) continue;
    const found = held.map(codeLanguageOfFile).filter((l): l is Language => l !== undefined);
    // Configuration above a folder (`src/main/resources/`) says nothing of the code in it.
    if (found.length === 0) {
      if (at === dir) return 'data';
      continue;
    }
    if (found.some(l => sameFamily(l, language))) return language;
    // A `package.json` says JavaScript or TypeScript; the plan says which.
    const common = mostCommon(found);
    return stated && sameFamily(stated, common) ? stated : common;
  }
  return languageOfBuildPath(dir) ?? stated;
}

/** The language the Language/Version field gives the part of the code base `dir` is in. */
function statedPartLanguage(dir: string, parts: PathLayout['languageParts']): Language | undefined {
  const segments = dir.split('/').filter(Boolean).reverse();
  for (const segment of segments) {
    const named = words(segment).join(' ');
    const part = parts.find(candidate => candidate.part === named);
    if (part) return part.language;
  }
  return undefined;
}

/**
 * A file's language; a single-file component (`.vue`, `.svelte`) counts as JavaScript, a build
 * file (`Cargo.toml`, `package.json`) as its language's.
 */
function codeLanguageOfFile(file: string): Language | undefined {
  if (/\.(?:vue|svelte|astro)$/i.test(file)) return 'javascript';
  return languageOfFile(file) ?? languageOfBuildPath(file.slice(file.lastIndexOf('/') + 1));
}

function mostCommon(languages: Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: { language: Language; count: number } | undefined;
  for (const [language, count] of counts)
    if (best === undefined || count > best.count) best = { language, count };
  return best!.language;
}

/**
 * The language of the code in `dir` as the plan lays it out (`frontend/cypress/e2e/` of a Java
 * plan with a TypeScript front end: TypeScript); the feature's language where nothing says.
 */
export function languageOfDir(layout: PathLayout, dir: string): Language {
  const found = codeLanguageAt(dir, layout.plannedFiles, layout.language, layout.languageParts);
  return found === undefined || found === 'data' ? layout.language : found;
}

/** The test file for `name` in the test folder `dir`, named in that folder's language. */
export function testFileAt(layout: PathLayout, dir: string, name: string): string {
  return dir + testFileIn(dir, name, languageOfDir(layout, dir));
}

/** `mocks/`, `fixtures/`, `testdata/`: what tests use, not where they are. */
function isTestSupport(segment: string): boolean {
  return /^(?:mocks?|fakes?|stubs?|fixtures?|test_?data|helpers?|support|utils?|snapshots?|__snapshots__|__mocks__)$/i.test(
    segment
  );
}

/**
 * The first directory whose last segment is one of `names`, in the plan's tree order, and which
 * does not hold another role's files (a `dto/` is never where endpoints go).
 */
function pickDir(dirs: string[], names: string[], role?: CodeRole): string | undefined {
  return dirs.find(
    dir => names.includes(lastSegment(dir).toLowerCase()) && (!role || !dirDenies(dir, role))
  );
}

/**
 * The primary code directory, unless it is plainly another role's (the `targets/` of a compiler
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
  const models = role !== 'model' ? pickDir(codeDirs, MODEL_DIRS) : undefined;
  const project = models && parentDir(models);
  if (project && !dirDenies(project, role)) return project;
  const code = leafDirs(codeDirs).filter(
    dir => !dir.split('/').some(segment => NOT_CODE_DIRS.has(segment))
  );
  const root = commonAncestor(code);
  if (root && !dirDenies(root, role)) return root;
  return code.find(dir => !dirDenies(dir, role));
}

function parentDir(dir: string): string | undefined {
  const trimmed = dir.slice(0, -1);
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? undefined : trimmed.slice(0, slash + 1);
}

/** The deepest folder above every one of `dirs` (`src/` for `src/lexer/`, `src/parser/`). */
function commonAncestor(dirs: string[]): string | undefined {
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

/** TypeScript projects hold JavaScript, Kotlin ones Java, C++ ones C. */
function sameFamily(a: Language, b: Language): boolean {
  const family = (language: Language) =>
    language === 'javascript'
      ? 'typescript'
      : language === 'java'
        ? 'kotlin'
        : language === 'c'
          ? 'cpp'
          : language;
  return family(a) === family(b);
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
    if (dir.split('/').some(segment => NOT_CODE_DIRS.has(segment))) continue;
    const count = ownFiles.filter(file => directoryOf(file) === dir).length;
    if (count > 0 && (best === undefined || count > best.count)) best = { dir, count };
  }
  if (best) return best.dir;
  // Code, and preferably not the thin layer that serves it (`internal/api/`): models and
  // services belong where the logic is.
  const code = leafDirs(sourceDirs).filter(
    dir => !dir.split('/').some(segment => NOT_CODE_DIRS.has(segment))
  );
  return (
    code.find(dir => !ENDPOINT_DIRS.includes(lastSegment(dir).toLowerCase())) ??
    code[0] ??
    leafDirs(sourceDirs)[0]
  );
}

/** Directories that hold no feature code of the plan's language. */
const NOT_CODE_DIRS = new Set([
  'web',
  'frontend',
  'public',
  'static',
  'assets',
  'ui',
  'docs',
  'scripts',
  'cmd',
  'bin',
  'config',
  'configs',
  'deploy',
  'deployments',
  'migrations',
  'utils',
  '.github'
]);

/** Directories that are not an ancestor of another listed one. */
function leafDirs(dirs: string[]): string[] {
  return unique(dirs.filter(dir => !dirs.some(other => other !== dir && other.startsWith(dir))));
}

export function directoryOf(path: string): string {
  if (path.endsWith('/')) return path;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

function lastSegment(dir: string): string {
  const trimmed = dir.endsWith('/') ? dir.slice(0, -1) : dir;
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// Which planned file

/** What a file is for: the entity it defines, the logic it holds, the requests it serves. */
export type CodeRole = 'model' | 'service' | 'endpoint';

/** Words in a file's folder, name or note that say it plays a role. */
const ROLE_WORDS: Record<CodeRole, ReadonlySet<string>> = {
  endpoint: new Set([
    'api',
    'controller',
    'handler',
    'router',
    'route',
    'endpoint',
    'resolver',
    'servicer',
    'http',
    'rest',
    'grpc',
    'presentation',
    'view',
    'command',
    'cli',
    'rpc'
  ]),
  model: new Set([
    'model',
    'entity',
    'domain',
    'schema',
    'type',
    'struct',
    'dataclass',
    'record',
    'newtype',
    'message'
  ]),
  service: new Set(['service', 'application', 'usecase', 'core', 'logic', 'manager', 'engine'])
};

/** Words in a file's folder or name that say it plays another role than this one. */
const ROLE_DENIED: Record<CodeRole, ReadonlySet<string>> = {
  endpoint: new Set([
    'dto',
    'entity',
    'domain',
    'model',
    'repository',
    'repo',
    'mapper',
    'migration',
    'config',
    'configuration',
    'test',
    'fixture',
    'request',
    'response'
  ]),
  model: new Set([
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'codegen',
    'target',
    'bench',
    'benchmark',
    'controller',
    'handler',
    'route',
    'router',
    'migration',
    'script',
    'tool',
    'test',
    'fixture',
    'command',
    'cli'
  ]),
  service: new Set([
    'dto',
    'codegen',
    'target',
    'tool',
    'view',
    'ui',
    'component',
    'page',
    'screen',
    'bench',
    'benchmark',
    'controller',
    'migration',
    'test',
    'fixture',
    'model',
    'entity'
  ])
};

/** Words a note uses where a file defines a type: `add StreamChunk dataclass`, `Foo newtypes`. */
const DEFINES =
  /\b(?:add|adds|define|defines|definitions?|struct|structs|dataclass|class|message|newtypes?|model|models|enum|types?|records?|entity|entities|schema|trait|interface)\b/i;

/** The text's words in one form, singular, so `batches` meets `Batch` and `entities` `entity`. */
function roleWords(text: string): string[] {
  return words(text).map(oneForm);
}

function oneForm(word: string): string {
  if (word.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  return singular(word);
}

/** The file's folder (nearest segment) or name plays another role. */
function dirDenies(dir: string, role: CodeRole): boolean {
  return roleWords(lastSegment(dir)).some(word => ROLE_DENIED[role].has(word));
}

/** Words that make a file the one serving requests, even when it also names a client. */
const SERVES = new Set([
  'controller',
  'handler',
  'router',
  'route',
  'resolver',
  'servicer',
  'view'
]);

/**
 * The file's folder plays another role, or its name does without also naming this one. A client
 * or stub calls endpoints and never serves them.
 */
function fileDenies(file: string, role: CodeRole): boolean {
  if (dirDenies(directoryOf(file), role)) return true;
  if (role === 'endpoint') {
    const near = roleWords(`${lastSegment(directoryOf(file))} ${stemOf(file)}`);
    if (near.some(word => word === 'client' || word === 'stub') && !near.some(w => SERVES.has(w)))
      return true;
  }
  const stem = roleWords(stemOf(file));
  return (
    stem.some(word => ROLE_DENIED[role].has(word)) && !stem.some(word => ROLE_WORDS[role].has(word))
  );
}

function fileSays(layout: PathLayout, file: string, role: CodeRole): boolean {
  return roleWords(roleText(layout, file)).some(word => ROLE_WORDS[role].has(word));
}

/** What tells a file's role: its folder, its name and the plan's note on it. */
function roleText(layout: PathLayout, file: string): string {
  return [lastSegment(directoryOf(file)), stemOf(file), layout.notes.get(file) ?? ''].join(' ');
}

/** Planned source files of the feature's language, outside test folders. */
function codeFiles(layout: PathLayout): string[] {
  return codeFileFacts(layout).map(facts => facts.file);
}

/** What the file-choice questions ask of each planned source file, worked out once per layout. */
interface FileFacts {
  file: string;
  /** Words of the file's stem, its folder's name and the plan's note on it, in one form. */
  stemWords: string[];
  dirWords: string[];
  noteWords: string[];
  /** The stem's words joined, to compare with a name's. */
  stemKey: string;
  /** Answers of `fileDenies` and `fileSays`, by role, as they are asked. */
  denies: Map<CodeRole, boolean>;
  says: Map<CodeRole, boolean>;
}

const fileFactsCache = new WeakMap<PathLayout, FileFacts[]>();

function deniesRole(facts: FileFacts, role: CodeRole): boolean {
  let answer = facts.denies.get(role);
  if (answer === undefined) {
    answer = fileDenies(facts.file, role);
    facts.denies.set(role, answer);
  }
  return answer;
}

function saysRole(layout: PathLayout, facts: FileFacts, role: CodeRole): boolean {
  let answer = facts.says.get(role);
  if (answer === undefined) {
    answer = fileSays(layout, facts.file, role);
    facts.says.set(role, answer);
  }
  return answer;
}

function codeFileFacts(layout: PathLayout): FileFacts[] {
  let facts = fileFactsCache.get(layout);
  if (!facts) {
    facts = layout.plannedFiles
      .filter(file => {
        const language = languageOfFile(file);
        return (
          language !== undefined &&
          sameFamily(language, layout.language) &&
          !isTestDirectory(directoryOf(file))
        );
      })
      .map(file => {
        const stemWords = roleWords(stemOf(file));
        return {
          file,
          stemWords,
          dirWords: roleWords(lastSegment(directoryOf(file))),
          noteWords: roleWords(layout.notes.get(file) ?? ''),
          stemKey: stemWords.join(' '),
          denies: new Map(),
          says: new Map()
        };
      });
    fileFactsCache.set(layout, facts);
  }
  return facts;
}

function stemOf(file: string): string {
  return lastSegment(file).replace(/\.[^.]*$/, '');
}

/** Generic words that say nothing about which file an item belongs in. */
const NOISE = new Set([
  'api',
  'apis',
  'server',
  'service',
  'services',
  'contract',
  'contracts',
  'v1',
  'v2',
  'http',
  'index',
  'main',
  'mod',
  'init',
  'lib',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'id'
]);

/** Words that say which kind of request a serving file takes. */
const KIND_WORDS: Record<EndpointKind, ReadonlySet<string>> = {
  http: new Set([
    'http',
    'rest',
    'router',
    'route',
    'controller',
    'api',
    'handler',
    'endpoint',
    'view',
    'presentation'
  ]),
  graphql: new Set(['graphql', 'resolver', 'gql']),
  cli: new Set(['cli', 'command', 'cmd']),
  rpc: new Set(['grpc', 'rpc', 'servicer'])
};

/**
 * The planned file that serves a request: for an HTTP route, the framework's route file for it
 * (`src/app/teachers/[id]/page.tsx` for `GET /teachers/{id}`); else a controller, handler,
 * router or resolver whose name, folder or note shares the most meaningful words with the hints
 * (the first hint counting most), and which takes requests of the contract's kind (a CLI module
 * does not serve HTTP routes). Never a DTO, an entity, a repository, a client or a generated stub.
 */
export function plannedEndpointFile(
  layout: PathLayout,
  kinds: EndpointKind[],
  ...hints: string[]
): string | undefined {
  const files = codeFiles(layout);
  const route = kinds.length === 1 && kinds[0] === 'http' ? routeIn(hints[0] ?? '') : undefined;
  if (route !== undefined) {
    // `/api/events/{id}` is `app/api/events/[id]/route.ts`; where the contract leaves the base
    // path to its server (`/events/{id}`), the route is found without the `api/` folder.
    const routed =
      files.find(file => routeOf(file) === route) ??
      files.find(file => bareRoute(routeOf(file)) === bareRoute(route)) ??
      fileWhoseNoteNamesRoute(layout, files, route);
    if (routed) return routed;
  }
  const wanted = hints.map(hint => new Set(roleWords(hint).filter(word => !NOISE.has(word))));
  let best: { file: string; score: number } | undefined;
  for (const facts of codeFileFacts(layout)) {
    if (deniesRole(facts, 'endpoint') || !saysRole(layout, facts, 'endpoint')) continue;
    const file = facts.file;
    const said = [...facts.dirWords, ...facts.stemWords, ...facts.noteWords];
    const saysKind = (kind: EndpointKind) => said.some(word => KIND_WORDS[kind].has(word));
    const ownKind = kinds.some(saysKind);
    const otherKind = (Object.keys(KIND_WORDS) as EndpointKind[]).some(
      kind => !kinds.includes(kind) && saysKind(kind)
    );
    if (otherKind && !ownKind) continue;
    let matched = 0;
    wanted.forEach((set, index) => {
      const count = (list: string[]) => new Set(list.filter(word => set.has(word))).size;
      const weight = wanted.length - index;
      matched +=
        weight * (2 * count(facts.stemWords) + count(facts.dirWords) + count(facts.noteWords));
    });
    const score = matched + (ownKind ? 1 : 0);
    if (matched > 0 && (best === undefined || score > best.score)) best = { file, score };
  }
  return best?.file;
}

/** Folders under which a framework maps files to routes: Next.js, Nuxt, SvelteKit, Remix. */
const ROUTE_ROOTS = new Set(['app', 'pages', 'routes']);
const ROUTE_FILES = /^(?:page|route|index|\+page|\+server|\+page\.server|_index)$/;

/**
 * The route a framework serves from a file (`src/app/(shop)/events/[id]/page.tsx` →
 * `/events/:`), or nothing for a file that is not a route file.
 */
function routeOf(file: string): string | undefined {
  const segments = file.split('/');
  const stem = stemOf(file);
  const root = segments.findIndex(segment => ROUTE_ROOTS.has(segment));
  if (root < 0 || !ROUTE_FILES.test(stem)) return undefined;
  const route = segments
    .slice(root + 1, -1)
    .filter(segment => !/^\(.*\)$/.test(segment))
    .map(segment => (/^\[.*\]$/.test(segment) ? ':' : segment.toLowerCase()));
  return '/' + route.join('/');
}

/**
 * The file whose note names the route (`FileUploadController.java  # POST /api/v1/batch/{id}/upload`),
 * exactly or under a wildcard (`# Client API (/api/v1/batch/*)`).
 */
function fileWhoseNoteNamesRoute(
  layout: PathLayout,
  files: string[],
  route: string
): string | undefined {
  const noted = files.flatMap(file =>
    (layout.notes.get(file)?.match(/\/[^\s,;()]+/g) ?? []).map(path => ({ file, path }))
  );
  const bare = bareRoute(route)!;
  const exact = noted.find(({ path }) => bareRoute(routeIn(path)) === bare);
  if (exact) return exact.file;
  const under = noted.find(({ path }) => {
    if (!path.endsWith('/*')) return false;
    const prefix = bareRoute(routeIn(path.slice(0, -2)));
    return prefix !== undefined && bare.startsWith(`${prefix}/`);
  });
  return under?.file;
}

/**
 * Where a framework that routes by file (Next.js, SvelteKit) would serve an endpoint the plan
 * names no file for: `src/app/admin/page.tsx` for `GET /admin`, named as the plan's other route
 * files under the same `api/` or non-`api/` part are.
 */
export function routeFileFor(layout: PathLayout, name: string): string | undefined {
  const path = name.split(' ').find(part => part.startsWith('/'));
  if (!path) return undefined;
  const routeFiles = codeFiles(layout).filter(file => routeOf(file) !== undefined);
  if (routeFiles.length === 0) return undefined;
  const isApi = (route: string | undefined) => route === '/api' || !!route?.startsWith('/api/');
  const segments = path
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map(segment => {
      const param = /^(?:\{(.+)\}|:(.+))$/.exec(segment);
      return param ? `[${param[1] ?? param[2]}]` : segment;
    });
  const wantsApi = segments[0] === 'api';
  const model = routeFiles.find(file => isApi(routeOf(file)) === wantsApi) ?? routeFiles[0]!;
  const segmentsOfModel = model.split('/');
  const root = segmentsOfModel.findIndex(segment => ROUTE_ROOTS.has(segment));
  const base = segmentsOfModel.slice(0, root + 1).join('/');
  const fileName = segmentsOfModel[segmentsOfModel.length - 1]!;
  return [base, ...segments, fileName].join('/');
}

/** The route without the base path servers add (`/api`, `/v1`): `/api/v1/batch/:` → `/batch/:`. */
function bareRoute(route: string | undefined): string | undefined {
  if (route === undefined) return undefined;
  const segments = route.split('/').filter(Boolean);
  while (segments.length > 0 && /^(?:api|v\d+)$/.test(segments[0]!)) segments.shift();
  return '/' + segments.join('/');
}

/** `GET /events/{id}` → `/events/:`, in the form `routeOf` gives. */
function routeIn(name: string): string | undefined {
  const path = name.split(' ').find(part => part.startsWith('/'));
  if (!path) return undefined;
  const route = path
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map(segment => (/^(?:\{.*\}|:.+|\[.*\])$/.test(segment) ? ':' : segment.toLowerCase()));
  return '/' + route.join('/');
}

/**
 * The planned file that defines `name` (`kv_cache_stats.py` for `KVCacheStats`, `tokens.rs` for
 * `Token`), outside views, tools and code of another language; failing that, the file whose note
 * says it defines it (`id.rs  # ClientName, RuleId newtypes`).
 */
export function plannedFileNamed(
  layout: PathLayout,
  name: string,
  role: CodeRole = 'model'
): string | undefined {
  const wanted = roleWords(name).join(' ');
  const named = codeFileFacts(layout).find(
    facts => facts.stemKey === wanted && !dirDenies(directoryOf(facts.file), role)
  )?.file;
  return named ?? (role === 'model' ? fileWhoseNoteDefines(layout, name) : undefined);
}

function fileWhoseNoteDefines(layout: PathLayout, name: string): string | undefined {
  const wanted = words(name).join(' ');
  const candidates = layout.plannedFiles.filter(file => {
    const note = layout.notes.get(file);
    if (!note || isTestDirectory(directoryOf(file))) return false;
    // `Step` in "step scheduling" is a word, not the type: only its identifier, or its name
    // where the note says it defines types, names it.
    const identifier = name.replace(/\s+/g, '');
    const defines = DEFINES.test(note);
    const named = note
      .split(/[^\p{L}\p{N}_]+/u)
      .some(token => token === identifier || (defines && words(token).join(' ') === wanted));
    return named && (defines || !fileDenies(file, 'model'));
  });
  return candidates.find(file => fileSays(layout, file, 'model')) ?? candidates[0];
}

/**
 * Of the plan's folders for `role`, the one nearest `anchor` (a service beside its entity's
 * model: `batch/application/` for `batch/domain/Batch.java`); the layout's own otherwise.
 */
export function roleDirNear(
  layout: PathLayout,
  role: CodeRole,
  anchor: string | undefined
): string {
  const fallback =
    role === 'model'
      ? layout.modelsDir
      : role === 'service'
        ? layout.servicesDir
        : layout.endpointsDir;
  if (!anchor || layout.origin !== 'plan') return fallback;
  const names = role === 'model' ? MODEL_DIRS : role === 'service' ? SERVICE_DIRS : ENDPOINT_DIRS;
  const dirs = layout.sourceDirs.filter(
    dir => names.includes(lastSegment(dir).toLowerCase()) && !dirDenies(dir, role)
  );
  let best: { dir: string; shared: number } | undefined;
  for (const dir of dirs) {
    const shared = sharedSegments(dir, directoryOf(anchor));
    if (best === undefined || shared > best.shared) best = { dir, shared };
  }
  const fallbackShared = sharedSegments(fallback, directoryOf(anchor));
  return best && best.shared > fallbackShared ? best.dir : fallback;
}

/** How many leading folders two directories share. */
function sharedSegments(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  let shared = 0;
  while (shared < left.length && left[shared] && left[shared] === right[shared]) shared++;
  return shared;
}
