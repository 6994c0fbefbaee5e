/**
 * Where the tasks' files go. The plan's own structure wins (its trees, else the paths its prose
 * names); else, where the feature lives in the code base the template was written for, the
 * template's path conventions; else the defaults for the plan's Project Type. The template's API
 * and end-to-end items are replaced by the rules that do their work.
 */
import type { Feature, Plan } from '../../model.js';
import type { TasksTemplate } from '../../template/model.js';
import { snakeCase } from '../../text/case.js';
import type { Language } from '../../vocabulary/languages.js';
import { PROJECT_TYPE_FOLDERS, PROJECT_TYPE_ROOTS } from '../../vocabulary/layout.js';
import { languageOf, statedLanguageParts } from './language.js';
import type { PathLayout } from './model.js';
import { planLayout } from './plan-layout.js';
import { type CodeStructure, codeStructure } from './plan-structure.js';
import { isTemplateCodeBase, replacedItems, templateLayout } from './template-layout.js';

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

/**
 * The defaults of the plan's Project Type: `src/` and `tests/`, under `backend/` for a web
 * project or `api/` for a mobile one.
 */
function projectTypeLayout(
  plan: Plan | undefined,
  language: Language,
  component: string,
  structure: CodeStructure | undefined
): PathLayout {
  const type = (plan?.technicalContext['Project Type']?.value ?? '').toLowerCase();
  const typeRoot = PROJECT_TYPE_ROOTS.find(([word]) => type.includes(word))?.[1] ?? '';
  // A plan that lays out its own folders decides whether `backend/` exists.
  const root =
    structure && !structure.sourceDirs.some(dir => dir.startsWith(typeRoot)) ? '' : typeRoot;
  return {
    origin: 'project-type',
    language,
    component,
    modelsDir: root + PROJECT_TYPE_FOLDERS.models,
    servicesDir: root + PROJECT_TYPE_FOLDERS.services,
    endpointsDir: root + PROJECT_TYPE_FOLDERS.endpoints,
    contractTestsDir: root + PROJECT_TYPE_FOLDERS.contractTests,
    integrationTestsDir: root + PROJECT_TYPE_FOLDERS.integrationTests,
    unitTestsDir: root + PROJECT_TYPE_FOLDERS.unitTests,
    touchedDirs: [root + PROJECT_TYPE_FOLDERS.source, root + PROJECT_TYPE_FOLDERS.tests],
    plannedFiles: [],
    planned: [],
    replacedItems: new Set(),
    inTemplateCodeBase: false,
    sourceDirs: [],
    testDirs: [],
    notes: new Map(),
    languageParts: []
  };
}
