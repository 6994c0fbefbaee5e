/**
 * research.md → decisions: a heading's section holding `Decision:` (with `Rationale:` and
 * `Alternatives considered:`), or a heading that is itself `Decision: …`.
 */
import type { RootContent } from 'mdast';
import type { Decision, Finding, Research, SourceDocument } from '../model.js';
import { parseMarkdown, plainText, positionOf, sections } from './markdown.js';

type Label = 'decision' | 'rationale' | 'alternatives';

export function parseResearch(doc: SourceDocument): { research: Research; findings: Finding[] } {
  const root = parseMarkdown(doc.text);
  const decisions: Decision[] = [];
  for (const section of sections(root)) {
    if (section.depth === 1) continue;
    const labels = labelledLines(section.body);
    const headingDecision = labelOf(section.title);
    const decision =
      headingDecision?.label === 'decision' ? headingDecision.value : labels.get('decision');
    if (!decision) continue;
    decisions.push({
      title: decisionTitle(section.title),
      decision,
      rationale: labels.get('rationale'),
      alternatives: labels.get('alternatives'),
      source: positionOf(section.heading, doc.path)
    });
  }
  return { research: { decisions }, findings: [] };
}

/** `## 3. Decision: Use FastAPI` → `Use FastAPI`; `### R1 — Metrics collection` → `Metrics collection`. */
function decisionTitle(heading: string): string {
  let title = heading.trim();
  const numbered = /^(?:R?\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z]\d{1,3}\s{0,2}[:—–-])\s{1,3}/.exec(title);
  if (numbered) title = title.slice(numbered[0].length);
  const labelled = labelOf(title);
  if (labelled) title = labelled.value;
  const prefix =
    /^research\s{1,3}(?:topic|task|area|question)\s{0,3}\d{0,3}\s{0,3}[:—–-]\s{0,3}/i.exec(title);
  if (prefix) title = title.slice(prefix[0].length);
  return title.trim() || heading.trim();
}

/** Every `Label: value` line in paragraphs and list items of a section's own body. */
function labelledLines(nodes: RootContent[]): Map<Label, string> {
  const labels = new Map<Label, string>();
  const visit = (list: RootContent[]) => {
    for (const node of list) {
      if (node.type === 'paragraph') {
        for (const line of plainText(node).split('\n')) {
          const found = labelOf(line);
          if (found && !labels.has(found.label)) labels.set(found.label, found.value);
        }
      } else if (node.type === 'list') {
        for (const item of node.children) visit(item.children as RootContent[]);
      }
    }
  };
  visit(nodes);
  return labels;
}

function labelOf(line: string): { label: Label; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const key = line.slice(0, colon).trim().toLowerCase();
  const value = line.slice(colon + 1).trim();
  if (!value) return undefined;
  if (key === 'decision' || key === 'chosen' || key === 'choice')
    return { label: 'decision', value };
  if (key === 'rationale' || key === 'why') return { label: 'rationale', value };
  if (key.startsWith('alternatives')) return { label: 'alternatives', value };
  return undefined;
}
