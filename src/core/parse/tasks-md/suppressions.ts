/**
 * Suppression comments: `<!-- spec-tasks-disable-next-line rule-id -->` on its own line silences
 * the rules named (all, if none is) on the next non-blank line; `spec-tasks-disable-line` inside
 * a task's first line silences them on that line.
 */
import type { ListItem } from 'mdast';
import type { Reader } from './reader.js';

const NEXT_LINE = 'spec-tasks-disable-next-line';
const THIS_LINE = 'spec-tasks-disable-line';

export function readSuppression(reader: Reader, html: string, endLine: number): void {
  const rules = suppressedRules(html, NEXT_LINE);
  if (!rules) return;
  let target = endLine + 1;
  while (target <= reader.lines.length && reader.lines[target - 1]!.trim() === '') target++;
  addSuppression(reader, target, rules);
}

export function readInlineSuppressions(reader: Reader, item: ListItem): void {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return;
  for (const child of first.children) {
    if (child.type !== 'html') continue;
    const rules = suppressedRules(child.value, THIS_LINE);
    if (rules) addSuppression(reader, child.position?.start.line ?? 0, rules);
    const next = suppressedRules(child.value, NEXT_LINE);
    if (next) readSuppression(reader, child.value, child.position?.end.line ?? 0);
  }
}

function suppressedRules(html: string, directive: string): string[] | undefined {
  const at = html.indexOf(directive);
  if (at < 0 || html.slice(at + directive.length, at + directive.length + 1) === '-')
    return undefined;
  const end = html.indexOf('-->', at);
  const rules = html
    .slice(at + directive.length, end < 0 ? undefined : end)
    .split(/[\s,]+/)
    .filter(Boolean);
  return rules.length > 0 ? rules : ['all'];
}

function addSuppression(reader: Reader, line: number, rules: string[]): void {
  reader.suppressions.set(line, [...(reader.suppressions.get(line) ?? []), ...rules]);
}
