/**
 * The labelled parts of a section: "**Fields**:", "Validation rules:", "- **Relationships**:"…,
 * each with what followed its label on the same line and the blocks under it.
 */
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { PART_LABEL } from '../../vocabulary/data-model-fields.js';
import { plainText } from '../markdown.js';
import type { Context } from './context.js';
import { isPartTitle, stripNumbering } from './titles.js';

export interface Part {
  label: string | undefined;
  /** What followed the label on its own line: `**Fields**: \`id\`, \`name\``. */
  inline: PhrasingContent[];
  inlineLine: number;
  nodes: RootContent[];
}

export function partsOf(nodes: RootContent[], initial: string | undefined): Part[] {
  let current: Part = { label: initial, inline: [], inlineLine: 0, nodes: [] };
  const parts: Part[] = [current];
  const start = (label: string | undefined, inline: PhrasingContent[], line: number) => {
    current = { label, inline, inlineLine: line, nodes: [] };
    parts.push(current);
  };
  for (const node of nodes) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'thematicBreak') {
      start(initial, [], line);
    } else if (node.type === 'paragraph' && labelOf(node)) {
      const label = labelOf(node)!;
      start(label.label, label.rest, line);
      // `**Source**: x` holds only x; a table after it belongs to the section, or to a last
      // line such as `**Attributes**:` in the same paragraph.
      const trailing = trailingLabel(node);
      if (trailing !== undefined || hasText(label.rest)) start(trailing ?? initial, [], line);
    } else if (node.type === 'paragraph' && trailingLabel(node) !== undefined) {
      start(trailingLabel(node), [], line);
    } else if (node.type === 'list' && isLabelledList(node)) {
      for (const item of node.children) itemPart(item, parts);
      start(current.label, [], line);
    } else {
      current.nodes.push(node);
    }
  }
  return parts.filter(part => part.nodes.length > 0 || part.inline.length > 0);
}

function hasText(phrasing: PhrasingContent[]): boolean {
  return plainText({ type: 'paragraph', children: phrasing }).trim() !== '';
}

/** The label on the last line of a paragraph of several: `**Purpose**: …⏎**Attributes**:`. */
function trailingLabel(paragraph: Paragraph): string | undefined {
  const lines = plainText(paragraph).split('\n');
  if (lines.length < 2) return undefined;
  const match = /^(\p{L}[\p{L}\p{N} /&'()-]{0,50}):$/u.exec(lines[lines.length - 1]!.trim());
  return match ? match[1]!.trim() : undefined;
}

function itemPart(item: ListItem, parts: Part[]): void {
  const [first, ...rest] = item.children;
  const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
  const line = item.position?.start.line ?? 0;
  if (label) parts.push({ label: label.label, inline: label.rest, inlineLine: line, nodes: rest });
}

/** A list of "**Label**: …" items that describe one entity, rather than a list of its fields. */
function isLabelledList(list: List): boolean {
  return list.children.some(item => {
    const first = item.children[0];
    const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
    return (
      label !== undefined &&
      first?.type === 'paragraph' &&
      first.children[0]?.type === 'strong' &&
      PART_LABEL.test(label.label)
    );
  });
}

/** `**Fields**:`, `**State Transitions** (enforced by code):`, `Validation:` → the label and the rest. */
function labelOf(paragraph: Paragraph): { label: string; rest: PhrasingContent[] } | undefined {
  const [first, second, ...others] = paragraph.children;
  if (first?.type === 'strong') {
    const strongText = plainText(first).trim();
    if (strongText.endsWith(':')) {
      return { label: strongText.slice(0, -1).trim(), rest: paragraph.children.slice(1) };
    }
    if (!second) return { label: strongText, rest: [] };
    if (second.type !== 'text') return undefined;
    const colon = second.value.indexOf(':');
    if (colon < 0 || colon > 60) return undefined;
    const after = second.value.slice(colon + 1);
    const rest: PhrasingContent[] = after.trim()
      ? [{ type: 'text', value: after }, ...others]
      : others;
    return { label: strongText, rest };
  }
  if (first?.type !== 'text') return undefined;
  const match = /^(\p{L}[\p{L}\p{N} /&'-]{0,40}):(?:\s|$)/u.exec(first.value);
  if (!match) return undefined;
  const after = first.value.slice(match[0].length);
  const rest: PhrasingContent[] = after.trim()
    ? [{ type: 'text', value: after }, ...paragraph.children.slice(1)]
    : paragraph.children.slice(1);
  return { label: match[1]!.trim(), rest };
}

/** A heading's own parts, then those of sub-sections that describe it ("Fields", "Campos"). */
export function sectionParts(context: Context, index: number): Part[] {
  let parts = context.parts.get(index);
  if (!parts) {
    parts = readSectionParts(context, index);
    context.parts.set(index, parts);
  }
  return parts;
}

function readSectionParts(context: Context, index: number): Part[] {
  const node = context.nodes[index]!;
  const parts = partsOf(node.body, undefined);
  for (const child of node.children) {
    const sub = context.nodes[child]!;
    if (isPartTitle(sub.title)) parts.push(...partsOf(sub.body, stripNumbering(sub.title)));
  }
  return parts;
}

export function itemParts(item: ListItem): Part[] {
  const parts: Part[] = [];
  itemPart(item, parts);
  return parts;
}
