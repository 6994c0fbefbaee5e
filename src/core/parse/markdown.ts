/**
 * The one way the core reads markdown: mdast-util-from-markdown with only the extensions a
 * document needs (GFM tables for data models and plans, task-list items for tasks.md), because
 * each extension costs parse time and the parser is the slowest step of the pipeline.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { SourcePosition } from '../model.js';

/** Kept here for the readers that import it with the markdown helpers; the list is vocabulary. */

export interface MarkdownOptions {
  tables?: boolean;
  taskLists?: boolean;
}

export function parseMarkdown(text: string, options: MarkdownOptions = {}): Root {
  const extensions = [];
  const mdastExtensions = [];
  if (options.tables) {
    extensions.push(gfmTable());
    mdastExtensions.push(gfmTableFromMarkdown());
  }
  if (options.taskLists) {
    extensions.push(gfmTaskListItem());
    mdastExtensions.push(gfmTaskListItemFromMarkdown());
  }
  return fromMarkdown(text, { extensions, mdastExtensions });
}

/** The text a reader sees: inline code keeps its content, emphasis and links lose their marks. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') {
    return node.type === 'html' ? '' : node.value;
  }
  if (node.type === 'break') return '\n';
  if ('children' in node) {
    const parts: string[] = [];
    for (const child of node.children as Nodes[]) {
      parts.push(plainText(child));
      // Paragraphs and list items are separate lines to a reader, not one run-on string.
      if (child.type === 'paragraph' || child.type === 'listItem' || child.type === 'heading') {
        parts.push('\n');
      }
    }
    return trimTrailingNewlines(parts.join(''));
  }
  return '';
}

export function positionOf(node: Nodes, file: string): SourcePosition {
  const start = node.position?.start;
  return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** A heading and the nodes that follow it up to the next heading of the same or higher rank. */
export interface Section {
  heading: Heading;
  title: string;
  depth: number;
  /** Content up to the next heading of any depth. */
  body: RootContent[];
  /** Content up to the next heading of the same or higher rank, sub-sections included. */
  content: RootContent[];
}

export function sections(root: Root): Section[] {
  const result: Section[] = [];
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (node?.type !== 'heading') continue;
    const body: RootContent[] = [];
    let j = i + 1;
    for (; j < children.length && children[j]?.type !== 'heading'; j++) body.push(children[j]!);
    const content: RootContent[] = [];
    for (let k = i + 1; k < children.length; k++) {
      const next = children[k]!;
      if (next.type === 'heading' && next.depth <= node.depth) break;
      content.push(next);
    }
    result.push({ heading: node, title: plainText(node).trim(), depth: node.depth, body, content });
  }
  return result;
}

/** A document as the readers of a titled document start on it: its tree, sections and `#` title. */
export interface Outline {
  root: Root;
  sections: Section[];
  /** The first section at depth 1, if any. */
  title: Section | undefined;
}

export function outline(text: string): Outline {
  const root = parseMarkdown(text);
  const all = sections(root);
  return { root, sections: all, title: all.find(section => section.depth === 1) };
}

function trimTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '\n') end--;
  return text.slice(0, end);
}
