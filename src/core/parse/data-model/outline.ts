/**
 * The outline of a data model: each heading with its own body (up to the next heading of any
 * depth), its parent and children, and the role the classifier gives it.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { plainText } from '../markdown.js';

export interface OutlineNode {
  heading: Heading;
  title: string;
  depth: number;
  /** Content up to the next heading of any depth. */
  body: RootContent[];
  parent: number | undefined;
  children: number[];
  role: Role;
}

/**
 * What a heading is to the model: the document's title; a discussion of the model (`skip`, and
 * everything below it); a group of entities; an entity; a part of the entity above it; or not yet
 * known (`other`).
 */
export type Role = 'title' | 'skip' | 'group' | 'entity' | 'part' | 'other';

export function outline(root: Root): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const open: number[] = [];
  for (const child of root.children) {
    if (child.type !== 'heading') {
      nodes[nodes.length - 1]?.body.push(child);
      continue;
    }
    while (open.length > 0 && nodes[open[open.length - 1]!]!.depth >= child.depth) open.pop();
    const parent = open[open.length - 1];
    const index = nodes.length;
    const title = plainText(child).trim();
    nodes.push({
      heading: child,
      title,
      depth: child.depth,
      body: [],
      parent,
      children: [],
      role: 'other'
    });
    if (parent !== undefined) nodes[parent]!.children.push(index);
    open.push(index);
  }
  return nodes;
}

export function ancestors(nodes: OutlineNode[], index: number): OutlineNode[] {
  const chain: OutlineNode[] = [];
  for (let at = nodes[index]!.parent; at !== undefined; at = nodes[at]!.parent)
    chain.push(nodes[at]!);
  return chain;
}
