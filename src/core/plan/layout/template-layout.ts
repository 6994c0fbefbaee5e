/**
 * The template's code base: whether the feature lives in the one the template was written for
 * (the seed's: `vllm/`, in Python), and the template's path conventions there.
 */
import type { TasksTemplate, TemplateItem } from '../../template/model.js';
import { directoryOf, unique } from './folders.js';
import type { Language } from '../../vocabulary/languages.js';
import { languageOfFile } from './language.js';
import type { PathLayout } from './model.js';
import type { CodeStructure } from './plan-structure.js';

/**
 * A template that names its code's place (`vllm/`) fits a feature whose plan lays it out there,
 * or, when the plan lays out nothing, one in the template's language. A template that names no
 * place fits any code base.
 */
export function isTemplateCodeBase(
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

export function replacedItems(template: TasksTemplate): Set<TemplateItem> {
  return new Set(
    Object.values(rulesItems(template)).filter((item): item is TemplateItem => item !== undefined)
  );
}

/** The seed's style: `vllm/<component>/` for code, `tests/<component>/` mirroring it. */
export function templateLayout(template: TasksTemplate, fallback: PathLayout): PathLayout {
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
