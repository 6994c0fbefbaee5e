/**
 * Reads the condition a template attaches to an item, such as "(if API change)" or
 * "(if multi-GPU feature)", into a ConditionId the planner knows how to evaluate. Unknown
 * conditions are kept as `unknown` so the item is left out rather than emitted unconditionally.
 */
import { CONDITION_KEYWORDS, CONDITION_OPENING } from '../vocabulary/template.js';
import type { ConditionId, TemplateCondition } from './model.js';

/** The keywords of each condition, checked in order; typed here so a new id must be a ConditionId. */
const KEYWORDS: readonly (readonly [ConditionId, readonly string[]])[] = CONDITION_KEYWORDS;

/**
 * Splits a trailing `(if …)` off an item's text. Only parentheses that start with "if" are
 * conditions: "(NVIDIA/AMD/Intel/etc.)" is part of the description.
 */
export function splitCondition(text: string): {
  text: string;
  condition: TemplateCondition | undefined;
} {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(')')) return { text: trimmed, condition: undefined };
  const open = trimmed.lastIndexOf('(');
  if (open < 0) return { text: trimmed, condition: undefined };
  const inner = trimmed.slice(open + 1, -1).trim();
  if (!CONDITION_OPENING.test(inner)) return { text: trimmed, condition: undefined };
  return {
    text: trimmed.slice(0, open).trimEnd(),
    condition: { id: conditionId(inner), text: inner }
  };
}

export function conditionId(words: string): ConditionId {
  const lower = words.toLowerCase();
  for (const [id, keywords] of KEYWORDS) {
    if (keywords.some(keyword => lower.includes(keyword))) return id;
  }
  return 'unknown';
}
