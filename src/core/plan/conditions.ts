/**
 * Whether a conditional template item ("(if API change)", "(if multi-GPU feature)") applies to this
 * feature, decided only from what the design documents state, with the evidence quoted so the task
 * can say why it exists.
 */
import type { Feature } from '../model.js';
import type { TemplateItem } from '../template/model.js';
import { directoryOf } from './layout/folders.js';
import type { PathLayout } from './layout/model.js';
import {
  CONDITION_KEYWORDS,
  NOT_APPLICABLE_OPENING,
  NOT_APPLICABLE_VALUES,
  PERFORMANCE_KEYWORDS
} from '../vocabulary/plan-items.js';

export interface ConditionVerdict {
  holds: boolean;
  /**
   * Why it holds (or not), in words that follow "since": `the contracts define 3 endpoints`,
   * `plan.md's Target Platform mentions "gpu"`.
   */
  reason: string;
  /** The plan's performance goal, when that is what makes it hold: what a benchmark aims at. */
  goal?: string;
}

export function evaluateCondition(
  item: TemplateItem,
  feature: Feature,
  layout: PathLayout
): ConditionVerdict {
  const condition = item.condition;
  if (!condition) return { holds: true, reason: '' };
  switch (condition.id) {
    case 'api-change':
      return apiChange(feature);
    case 'end-to-end':
      return endToEnd(feature);
    case 'performance':
      return performance(feature);
    case 'applicable':
      return applicable(item, feature, layout);
    default:
      return (
        touchesItemPath(item, layout) ??
        mentions(feature, CONDITION_KEYWORDS[condition.id] ?? [], condition.text)
      );
  }
}

/** The feature changes an API when its contracts define endpoints it serves, not only ones it calls. */
function apiChange(feature: Feature): ConditionVerdict {
  const endpoints = feature.contracts.reduce(
    (sum, contract) => sum + contract.endpoints.filter(endpoint => !endpoint.consumed).length,
    0
  );
  if (endpoints > 0)
    return {
      holds: true,
      reason: `the contracts define ${endpoints} endpoint${endpoints === 1 ? '' : 's'}`
    };
  return { holds: false, reason: 'no contract defines an endpoint' };
}

function endToEnd(feature: Feature): ConditionVerdict {
  const stories = feature.spec?.stories.length ?? 0;
  const scenarios = feature.quickstart?.scenarios.length ?? 0;
  if (stories > 0)
    return {
      holds: true,
      reason: `spec.md has ${stories} user stor${stories === 1 ? 'y' : 'ies'} to run end to end`
    };
  if (scenarios > 0)
    return {
      holds: true,
      reason: `quickstart.md has ${scenarios} scenario${scenarios === 1 ? '' : 's'} to run end to end`
    };
  return { holds: false, reason: 'no user story or quickstart scenario' };
}

function performance(feature: Feature): ConditionVerdict {
  const goals = feature.plan?.technicalContext['Performance Goals']?.value;
  if (goals && !isNotApplicable(goals))
    return {
      holds: true,
      reason: `the plan sets performance goals (${clip(goals)})`,
      goal: clip(goals)
    };
  return mentions(feature, PERFORMANCE_KEYWORDS, 'performance');
}

/** "(if applicable)" says nothing by itself: the item's own words and path say what it is about. */
function applicable(item: TemplateItem, feature: Feature, layout: PathLayout): ConditionVerdict {
  const text = item.text.toLowerCase();
  for (const [id, keywords] of Object.entries(CONDITION_KEYWORDS)) {
    if (text.includes(id.split('-')[0]!))
      return touchesItemPath(item, layout) ?? mentions(feature, keywords, id);
  }
  return (
    touchesItemPath(item, layout) ?? {
      holds: false,
      reason: 'the design documents do not say it applies'
    }
  );
}

function touchesItemPath(item: TemplateItem, layout: PathLayout): ConditionVerdict | undefined {
  if (!item.path || item.path.includes('[') || layout.origin !== 'plan') return undefined;
  const dir = directoryOf(item.path);
  if (dir && layout.touchedDirs.some(touched => touched.startsWith(dir))) {
    return { holds: true, reason: `the plan's structure touches ${dir}` };
  }
  return undefined;
}

function mentions(feature: Feature, keywords: readonly string[], what: string): ConditionVerdict {
  for (const [field, value] of contextEntries(feature)) {
    const lower = value.toLowerCase();
    const keyword = keywords.find(word => lower.includes(word));
    if (keyword) return { holds: true, reason: `plan.md's ${field} mentions "${keyword}"` };
  }
  const shown = keywords.slice(0, 3).map(keyword => `"${keyword}"`);
  return {
    holds: false,
    reason:
      shown.length > 0
        ? `plan.md mentions none of ${shown.join(', ')}${keywords.length > 3 ? '…' : ''}`
        : `plan.md does not mention ${what}`
  };
}

function contextEntries(feature: Feature): [string, string][] {
  const plan = feature.plan;
  if (!plan) return [];
  const entries: [string, string][] = [];
  for (const [field, context] of Object.entries(plan.technicalContext)) {
    if (context?.value) entries.push([field, context.value]);
  }
  if (plan.structure.decision) entries.push(['Structure Decision', plan.structure.decision]);
  return entries;
}

function isNotApplicable(value: string): boolean {
  const lower = value.trim().toLowerCase();
  return NOT_APPLICABLE_VALUES.has(lower) || lower.startsWith(NOT_APPLICABLE_OPENING);
}

export function clip(text: string, max = 80): string {
  const flat = text.split('\n').join(' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}
