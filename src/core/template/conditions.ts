/**
 * Reads the condition a template attaches to an item, such as "(if API change)" or
 * "(if multi-GPU feature)", into a ConditionId the planner knows how to evaluate. Unknown
 * conditions are kept as `unknown` so the item is left out rather than emitted unconditionally.
 */
import type { ConditionId, TemplateCondition } from './model.js';

/** Checked in order: the first whose keyword appears in the condition's words wins. */
const CONDITION_KEYWORDS: [ConditionId, string[]][] = [
  ['api-change', ['api', 'endpoint', 'contract']],
  ['end-to-end', ['end-to-end', 'end to end', 'e2e']],
  ['performance', ['performance', 'latency', 'throughput']],
  ['model-change', ['model']],
  ['multi-gpu', ['multi-gpu', 'multi gpu', 'distributed', 'multi-node']],
  ['orchestration', ['orchestration', 'engine', 'scheduler']],
  ['quantization', ['quantization', 'quantized']],
  ['extensibility', ['extensibility', 'plugin', 'extension']],
  ['hardware', ['hardware', 'gpu', 'platform']],
  ['applicable', ['applicable', 'needed', 'required']]
];

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
  if (!/^if\b/i.test(inner)) return { text: trimmed, condition: undefined };
  return {
    text: trimmed.slice(0, open).trimEnd(),
    condition: { id: conditionId(inner), text: inner }
  };
}

export function conditionId(words: string): ConditionId {
  const lower = words.toLowerCase();
  for (const [id, keywords] of CONDITION_KEYWORDS) {
    if (keywords.some(keyword => lower.includes(keyword))) return id;
  }
  return 'unknown';
}
