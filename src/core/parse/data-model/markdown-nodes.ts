/** Small readers of Markdown nodes that several parts of the data model use. */
import type { Code, List, ListItem, PhrasingContent, RootContent, TableRow } from 'mdast';
import { plainText } from '../markdown.js';

export function isCode(node: RootContent): node is Code {
  return node.type === 'code';
}

export function cellText(row: TableRow, column: number): string | undefined {
  const cell = column >= 0 ? row.children[column] : undefined;
  return cell ? plainText(cell).trim() || undefined : undefined;
}

/** A paragraph's text a line at a time, with code spans kept in backticks. */
export function renderedLines(children: PhrasingContent[]): string[] {
  let text = '';
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'inlineCode') text += `\`${node.value}\``;
      else if (node.type === 'break') text += '\n';
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(children);
  return text.split('\n');
}

export function listItems(list: List): ListItem[] {
  return list.children.flatMap(item => [
    item,
    ...item.children.flatMap(child => (child.type === 'list' ? listItems(child) : []))
  ]);
}
