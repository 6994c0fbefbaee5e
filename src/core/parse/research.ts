/**
 * research.md → decisions: a heading's section holding `Decision:` (with `Rationale:` and
 * `Alternatives considered:`), or a heading that is itself `Decision: …`.
 */
import type { Heading, RootContent } from 'mdast';
import type { Decision, Finding, Research, SourceDocument } from '../model.js';
import {
  ALTERNATIVES_LABEL_PREFIX,
  RESEARCH_LABELS,
  RESEARCH_TITLE_LABEL
} from '../vocabulary/documents.js';
import { parseMarkdown, plainText, positionOf, sections, type Section } from './markdown.js';

type Label = 'decision' | 'rationale' | 'alternatives';

export function parseResearch(doc: SourceDocument): { research: Research; findings: Finding[] } {
  const root = parseMarkdown(doc.text);
  const decisions: Decision[] = [];
  const all = sections(root);
  const byHeading = new Map(all.map(section => [section.heading, section]));
  for (const section of all) {
    if (section.depth === 1) continue;
    const labels = labelledLines(section.body);
    for (const [label, value] of labelledSubsections(section, byHeading))
      if (!labels.has(label)) labels.set(label, value);
    const headingDecision = labelOf(withoutNumber(section.title));
    const decision =
      headingDecision?.label === 'decision' && headingDecision.value
        ? headingDecision.value
        : labels.get('decision');
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

/**
 * `## 3. Decision: Use a ring buffer` → `Use a ring buffer`; `### R-1 — Label printing` →
 * `Label printing`; `## Decision 4: Caching` and `## Topic 2: Batching` lose their label too.
 */
function decisionTitle(heading: string): string {
  let title = withoutNumber(heading);
  const labelled = labelOf(title);
  if (labelled) title = labelled.value;
  const prefix = RESEARCH_TITLE_LABEL.exec(title);
  if (prefix) title = title.slice(prefix[0].length);
  return title.trim() || heading.trim();
}

function withoutNumber(heading: string): string {
  const title = heading.trim();
  const numbered = /^(?:[A-Z]-?\d{1,3}\s{0,2}[:—–-]|R?\d{1,3}(?:\.\d{1,3})*[.)]?)\s{1,3}/.exec(
    title
  );
  return numbered ? title.slice(numbered[0].length) : title;
}

/**
 * Every `Label: value` line in paragraphs and list items of a section's own body. A label with
 * nothing after it (`**Decision**:`) takes the paragraph or list that follows.
 */
function labelledLines(nodes: RootContent[]): Map<Label, string> {
  const labels = new Map<Label, string>();
  const visit = (list: RootContent[]) => {
    list.forEach((node, index) => {
      if (node.type === 'paragraph') {
        const lines = plainText(node).split('\n');
        lines.forEach((line, at) => {
          const found = labelOf(line);
          if (!found || labels.has(found.label)) return;
          // A value soft-wrapped over the next lines goes on until the next label.
          let end = at + 1;
          while (end < lines.length && !labelOf(lines[end]!)) end++;
          const wrapped = [found.value, ...lines.slice(at + 1, end).map(next => next.trim())]
            .filter(Boolean)
            .join(' ');
          const value = wrapped || (end === lines.length ? blockText(list[index + 1]) : '');
          if (value) labels.set(found.label, value);
        });
      } else if (node.type === 'list') {
        for (const item of node.children) visit(item.children as RootContent[]);
      }
    });
  };
  visit(nodes);
  return labels;
}

/** `### Decision`, `### Rationale`, `### Alternatives Considered` under a topic's heading. */
function labelledSubsections(
  section: Section,
  byHeading: Map<Heading, Section>
): [Label, string][] {
  const found: [Label, string][] = [];
  for (const node of section.content) {
    if (node.type !== 'heading' || node.depth !== section.depth + 1) continue;
    const child = byHeading.get(node)!;
    const bare = child.title.replace(/:\s{0,3}$/, '');
    // `### Decision: Use X` is a decision of its own, not a label of the section above it.
    if (bare.includes(':')) continue;
    const label = labelOf(`${bare}:`);
    const value = child.body.map(blockText).filter(Boolean).join(' ');
    if (label && value) found.push([label.label, value]);
  }
  return found;
}

function blockText(node: RootContent | undefined): string {
  if (node?.type === 'paragraph') return plainText(node).split('\n').join(' ').trim();
  if (node?.type === 'list') {
    return node.children
      .map(item => plainText(item).split('\n').join(' ').trim())
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

function labelOf(line: string): { label: Label; value: string } | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const key = line.slice(0, colon).trim().toLowerCase();
  const value = line.slice(colon + 1).trim();
  if (RESEARCH_LABELS.decision.includes(key)) return { label: 'decision', value };
  if (RESEARCH_LABELS.rationale.includes(key)) return { label: 'rationale', value };
  if (key.startsWith(ALTERNATIVES_LABEL_PREFIX)) return { label: 'alternatives', value };
  return undefined;
}
