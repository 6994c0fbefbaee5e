/**
 * Where the tasks' files go. The plan's own structure wins; else the template's path conventions;
 * else the defaults for the plan's Project Type. Each directory remembers which template item it
 * came from, so that item is not also emitted as a generic task.
 */
import type { Feature, Plan } from '../model.js';
import type { TasksTemplate, TemplateItem } from '../template/model.js';
import { type Language, languageOf, snakeCase, sourceExtension, words } from './naming.js';

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
}

const MODEL_DIRS = ['models', 'model', 'entities', 'entity', 'domain', 'schemas', 'schema'];
const SERVICE_DIRS = ['services', 'service', 'core', 'lib', 'logic', 'usecases', 'application'];
const ENDPOINT_DIRS = [
  'api',
  'routes',
  'endpoints',
  'handlers',
  'controllers',
  'entrypoints',
  'resolvers',
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
  const fromProjectType = projectTypeLayout(feature.plan, language, component);
  const base =
    template.paths.sourceRoot && template.paths.mirrorTests
      ? templateLayout(template, fromProjectType)
      : fromProjectType;
  const structure = feature.plan?.structure;
  if (!structure || (structure.sourceDirs.length === 0 && structure.testDirs.length === 0))
    return base;
  return planLayout(structure.sourceDirs, structure.testDirs, structure.files, base);
}

/** `001-kv-cache-hit-rate-metric` → `kv_cache_hit_rate_metric`. */
export function componentName(featureName: string): string {
  const parts = featureName.split('-');
  while (parts.length > 1 && /^\d+$/.test(parts[0]!)) parts.shift();
  return snakeCase(parts.join(' '));
}

function projectTypeLayout(
  plan: Plan | undefined,
  language: Language,
  component: string
): PathLayout {
  const type = (plan?.technicalContext['Project Type']?.value ?? '').toLowerCase();
  const root = type.includes('web') ? 'backend/' : type.includes('mobile') ? 'api/' : '';
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
    replacedItems: new Set()
  };
}

/** The seed's style: `vllm/<component>/` for code, `tests/<component>/` mirroring it. */
function templateLayout(template: TasksTemplate, fallback: PathLayout): PathLayout {
  const sourceRoot = template.paths.sourceRoot!;
  const testRoot = template.paths.testRoot ?? 'tests/';
  const componentDir = `${sourceRoot}${fallback.component}/`;
  const replacedItems = new Set<TemplateItem>();
  const dirOf = (item: TemplateItem | undefined): string | undefined => {
    if (!item?.path) return undefined;
    replacedItems.add(item);
    return directoryOf(item.path);
  };
  const items = template.phases.flatMap(phase =>
    phase.items.map(item => ({ item, role: phase.role }))
  );
  const conditional = (role: string, condition: string) =>
    items.find(
      entry => entry.role === role && entry.item.condition?.id === condition && entry.item.path
    )?.item;
  const endpointsDir = dirOf(conditional('core', 'api-change')) ?? componentDir;
  const contractTestsDir =
    dirOf(conditional('tests', 'api-change')) ?? `${testRoot}${fallback.component}/`;
  const integrationTestsDir =
    dirOf(conditional('tests', 'end-to-end')) ?? `${testRoot}${fallback.component}/`;
  return {
    ...fallback,
    origin: 'template',
    modelsDir: componentDir,
    servicesDir: componentDir,
    endpointsDir,
    contractTestsDir,
    integrationTestsDir,
    unitTestsDir: `${testRoot}${fallback.component}/`,
    touchedDirs: unique([
      componentDir,
      endpointsDir,
      `${testRoot}${fallback.component}/`,
      contractTestsDir,
      integrationTestsDir
    ]),
    replacedItems
  };
}

function planLayout(
  sourceDirs: string[],
  testDirs: string[],
  files: string[],
  base: PathLayout
): PathLayout {
  const primary = primarySourceDir(sourceDirs, files, base.language);
  const source = (names: string[], fallback: string) =>
    pickDir(sourceDirs, names) ?? primary ?? fallback;
  // A leaf such as tests/core/ says more than the tests/ root it sits in.
  const leafTests = leafDirs(testDirs);
  const primaryTest =
    leafTests.find(dir => !pickDir([dir], [...CONTRACT_TEST_DIRS, ...INTEGRATION_TEST_DIRS])) ??
    leafTests[0];
  const test = (names: string[], fallback: string) =>
    pickDir(testDirs, names) ?? primaryTest ?? fallback;
  return {
    ...base,
    origin: 'plan',
    modelsDir: source(MODEL_DIRS, base.modelsDir),
    servicesDir: source(SERVICE_DIRS, base.servicesDir),
    endpointsDir: source(ENDPOINT_DIRS, base.endpointsDir),
    contractTestsDir: test(CONTRACT_TEST_DIRS, base.contractTestsDir),
    integrationTestsDir: test(INTEGRATION_TEST_DIRS, base.integrationTestsDir),
    unitTestsDir: test(UNIT_TEST_DIRS, base.unitTestsDir),
    touchedDirs: leafDirs([...sourceDirs, ...testDirs]),
    plannedFiles: files
  };
}

/** The first directory whose last segment is one of `names`, in the plan's tree order. */
function pickDir(dirs: string[], names: string[]): string | undefined {
  return dirs.find(dir => names.includes(lastSegment(dir).toLowerCase()));
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
  'init'
]);

/**
 * The planned file in `dir` whose name shares the most meaningful words with `name`, if any; used
 * so a task lands in the file the plan already names instead of an invented one.
 */
export function plannedFileFor(layout: PathLayout, dir: string, name: string): string | undefined {
  const wanted = new Set(words(name).filter(word => !NOISE.has(word)));
  let best: { file: string; score: number } | undefined;
  for (const file of layout.plannedFiles) {
    if (directoryOf(file) !== dir) continue;
    const stem = lastSegment(file).replace(/\.[^.]*$/, '');
    const score = words(stem).filter(word => wanted.has(word)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { file, score };
  }
  return best?.file;
}

/** A planned file anywhere whose stem is exactly the name (`kv_cache_stats.py` for `KVCacheStats`). */
export function plannedFileNamed(layout: PathLayout, name: string): string | undefined {
  const wanted = words(name).join(' ');
  return layout.plannedFiles.find(file => {
    const stem = lastSegment(file).replace(/\.[^.]*$/, '');
    return words(stem).join(' ') === wanted && !/(?:^|\/)tests?\//.test(file);
  });
}
