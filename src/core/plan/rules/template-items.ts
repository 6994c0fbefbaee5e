/**
 * The template's own example items that no design-document rule replaces: "Configure linting",
 * "Error handling and validation", "Benchmark test … (if performance-sensitive)". Each becomes a
 * task with a real path; a conditional one only when the documents give the condition.
 */
import type { PhaseRole, TemplateItem } from '../../template/model.js';
import { evaluateCondition, clip } from '../conditions.js';
import { directoryOf } from '../layout.js';
import { lintConfigFile, manifestFile, sourceFile, testFile } from '../naming.js';
import type { DraftRole, TaskDraft, TaskKind } from '../model.js';
import type { RuleContext } from './context.js';

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

export function templateItemTasks(context: RuleContext): TaskDraft[] {
  const drafts: TaskDraft[] = [];
  context.template.phases.forEach((phase, phaseIndex) => {
    if (!KEPT_ROLES[context.template.layout].includes(phase.role)) return;
    const role = phase.role as DraftRole;
    phase.items.forEach((item, itemIndex) => {
      if (context.layout.replacedItems.has(item)) return;
      const verdict = evaluateCondition(item, context.feature, context.layout);
      if (!verdict.holds) return;
      const description =
        fillPlaceholders(item.text, context) +
        (verdict.reason ? ` (${item.condition!.text}: ${verdict.reason})` : '');
      drafts.push({
        key: `template:${phaseIndex}:${itemIndex}`,
        kind: ROLE_KIND[role],
        role,
        description,
        files: itemFiles(item, role, context),
        after: [],
        covers: [],
        story: undefined
      });
    });
  });
  return drafts;
}

/** `[language]`, `[component]`… become the plan's words; unknown placeholders lose their brackets. */
export function fillPlaceholders(text: string, context: RuleContext): string {
  const technical = context.feature.plan?.technicalContext;
  const values: Record<string, string | undefined> = {
    language: firstClause(technical?.['Language/Version']?.value),
    framework: firstClause(technical?.['Primary Dependencies']?.value),
    component: context.layout.component,
    feature: context.layout.component
  };
  let result = '';
  let rest = text;
  for (let open = rest.indexOf('['); open >= 0; open = rest.indexOf('[')) {
    const close = rest.indexOf(']', open);
    if (close < 0) break;
    const name = rest.slice(open + 1, close);
    result += rest.slice(0, open) + (values[name.toLowerCase()] ?? name);
    rest = rest.slice(close + 1);
  }
  return result + rest;
}

function firstClause(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return clip(value.split(/[;(]/)[0]!.trim(), 60);
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
      return (
        layout.unitTestsDir +
        (path.endsWith('/') ? '' : testFile(layout.component, layout.language))
      );
    return (
      layout.servicesDir + (path.endsWith('/') ? '' : sourceFile(layout.component, layout.language))
    );
  }
  // A test category directory gets the feature's own test file: tasks name exact files.
  if (isTest && path.endsWith('/')) return path + testFile(layout.component, layout.language);
  return path;
}

function pathFromWords(text: string, role: DraftRole, context: RuleContext): string | string[] {
  const { layout } = context;
  const has = (...keywords: string[]) => keywords.some(keyword => text.includes(keyword));
  if (has('project structure')) return layout.touchedDirs;
  if (role === 'setup' && has('dependenc', 'initialize', 'install'))
    return manifestFile(layout.language);
  if (role === 'setup' && has('lint', 'format')) return lintConfigFile(layout.language);
  if (has('benchmark', 'performance')) return specialTestFile(context, 'bench', 'perf');
  if (has('distributed')) return specialTestFile(context, 'distributed', '');
  if (/\b(?:docs|documentation|readme)\b/.test(text)) return 'docs/';
  // Core work without a path of its own (validation, type hints) belongs in the feature's main
  // module; a whole directory would make every model task of the phase wait for it.
  if (role === 'core') return layout.servicesDir + sourceFile(layout.component, layout.language);
  return layout.servicesDir;
}

function specialTestFile(context: RuleContext, dirWord: string, suffix: string): string {
  const { layout, template } = context;
  const dir =
    template.paths.specialTestDirs.find(special => special.includes(dirWord)) ??
    layout.unitTestsDir;
  return directoryOf(dir) + testFile(`${layout.component} ${suffix}`.trim(), layout.language);
}
