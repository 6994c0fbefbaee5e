/**
 * The template's own example items that no design-document rule replaces: "Configure linting",
 * "Error handling and validation", "Benchmark test … (if performance-sensitive)". Each becomes a
 * task with a real path; a conditional one only when the documents give the condition.
 */
import type { PhaseRole, TemplateItem } from '../../template/model.js';
import { evaluateCondition, clip } from '../conditions.js';
import { directoryOf } from '../layout.js';
import {
  type Language,
  lintConfigFile,
  linterOf,
  manifestFile,
  sourceFile,
  testFile,
  typeCheckerOf
} from '../naming.js';
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
      if (context.layout.replacedItems.has(item) || pointsOutsideTheCode(item, context)) return;
      const verdict = evaluateCondition(item, context.feature, context.layout);
      if (!verdict.holds) return;
      const text = inFeatureLanguage(item.text, context.layout.language);
      if (text === undefined) return;
      const description =
        fillPlaceholders(text, context) +
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

/**
 * A template written for one code base (the seed's: `vllm/engine/`, `csrc/`) names fixed places
 * in it. Where the plan lays the feature out in another code base, those places do not exist,
 * and an item about them ("Kernel in csrc/", "Engine wiring in vllm/engine/") is not this
 * feature's work. Paths with placeholders, test paths and docs still apply anywhere.
 */
function pointsOutsideTheCode(item: TemplateItem, context: RuleContext): boolean {
  const { layout, template } = context;
  const path = item.path;
  if (!path || layout.origin !== 'plan' || path.includes('[') || path.includes('<')) return false;
  const sourceRoot = template.paths.sourceRoot;
  const sameCodeBase =
    sourceRoot !== undefined && layout.touchedDirs.some(dir => dir.startsWith(sourceRoot));
  if (sameCodeBase) return false;
  if (template.paths.testRoot !== undefined && path.startsWith(template.paths.testRoot))
    return false;
  if (path.startsWith('docs/')) return false;
  return !layout.touchedDirs.some(dir => path.startsWith(dir) || dir.startsWith(path));
}

/**
 * Template items name the template's own tools: the seed's are Python's (`ruff`, `mypy`, type
 * hints). In another language they mean that language's linter and type checker; an item about
 * a type checker the language does not have (its compiler checks types) is dropped.
 */
export function inFeatureLanguage(text: string, language: Language): string | undefined {
  if (language === 'python') return text;
  let result = text.replace(/\bruff\b/g, linterOf(language));
  if (/\bmypy\b/.test(result)) {
    const checker = typeCheckerOf(language);
    if (!checker) return undefined;
    result = result.replace(/\bmypy\b/g, checker);
  }
  return result
    .replace(/\btype hints and docstrings\b/gi, 'Doc comments')
    .replace(/\btype hints\b/gi, 'type annotations')
    .replace(/\bdocstrings\b/gi, 'doc comments');
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
