/**
 * Relationships between entities: lines of a "Relationships" section (bullets, table rows,
 * paragraphs, drawn diagrams), labels under an entity ("**Relationships**: belongs to one X"), and
 * Mermaid erDiagrams anywhere in the document.
 */
import type { Root, RootContent } from 'mdast';
import type { Entity, Relationship, SourcePosition } from '../../model.js';
import { wordSpans } from '../../text/words.js';
import {
  RELATIONSHIP_KINDS,
  RELATIONSHIP_LABEL,
  RELATIONSHIP_LEAD_WORDS,
  RELATIONSHIP_TITLE
} from '../../vocabulary/data-model-relationships.js';
import { plainText, positionOf } from '../markdown.js';
import { type Context, entitiesOf } from './context.js';
import { diagramRelationships, mermaidRelationships } from './diagrams.js';
import { listItems } from './markdown-nodes.js';
import { mentions } from './mentions.js';
import { ancestors, type OutlineNode } from './outline.js';
import { partsOf } from './parts.js';
import { kindOf } from './relationship-kinds.js';

export function relationshipsOf(context: Context, root: Root): Relationship[] {
  const entities = entitiesOf(context);
  const found: Relationship[] = [];
  const add = (relationship: Relationship | undefined) => {
    if (!relationship || relationship.from === relationship.to) return;
    if (found.some(other => other.from === relationship.from && other.to === relationship.to))
      return;
    found.push(relationship);
  };
  context.nodes.forEach((node, index) => {
    const inSection = [node, ...ancestors(context.nodes, index)].some(
      at => at.role === 'skip' && RELATIONSHIP_TITLE.test(at.title)
    );
    if (inSection) {
      add(headingRelationship(node, entities, context.file));
      sectionRelationships(node.body, entities, context.file).forEach(add);
    }
    const owner = context.owners[index];
    if (owner) ownedRelationships(context, index, owner, entities).forEach(add);
  });
  for (const node of root.children) {
    if (node.type === 'code' && node.lang === 'mermaid')
      mermaidRelationships(node, entities, context.file).forEach(add);
  }
  return found;
}

/** `### Shelf ↔ Shelf Label` over `- **One-to-One**: each shelf has one label`. */
function headingRelationship(
  node: OutlineNode,
  entities: Entity[],
  file: string
): Relationship | undefined {
  const relationship = statedRelationship(node.title, entities, positionOf(node.heading, file));
  if (!relationship || relationship.kind) return relationship;
  const body = node.body.map(child => plainText(child)).join('\n');
  return { ...relationship, kind: RELATIONSHIP_KINDS.find(([pattern]) => pattern.test(body))?.[1] };
}

/** Lines of a "Relationships" section: bullets, table rows, diagrams, trees. */
function sectionRelationships(
  nodes: RootContent[],
  entities: Entity[],
  file: string
): Relationship[] {
  const found: Relationship[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of listItems(node)) {
        const first = item.children[0];
        if (first?.type !== 'paragraph') continue;
        const text = plainText(first).split('\n')[0]!;
        const relationship = statedRelationship(text, entities, positionOf(item, file));
        if (relationship) found.push(relationship);
      }
    } else if (node.type === 'table') {
      for (const row of node.children.slice(1)) {
        const text = row.children.map(cell => plainText(cell)).join(' | ');
        const relationship = statedRelationship(text, entities, positionOf(row, file));
        if (relationship) found.push(relationship);
      }
    } else if (node.type === 'code' && node.lang !== 'mermaid') {
      found.push(...diagramRelationships(node, entities, file));
    } else if (node.type === 'paragraph') {
      const line = node.position?.start.line ?? 1;
      plainText(node)
        .split('\n')
        .forEach((text, offset) => {
          const relationship = statedRelationship(text, entities, {
            file,
            line: line + offset,
            column: 1
          });
          if (relationship) found.push(relationship);
        });
    }
  }
  return found;
}

/** `User 1:N Order`, `**User** has many **Orders**`, `Order belongs to User`, `One Packet maps to one Tray`. */
function statedRelationship(
  text: string,
  entities: Entity[],
  source: SourcePosition
): Relationship | undefined {
  const named = mentions(text, entities);
  const first = named[0];
  if (!first) return undefined;
  const lead = wordSpans(text)
    .slice(0, first.word)
    .map(word => word.text);
  if (
    lead.some(word => !RELATIONSHIP_LEAD_WORDS.has(word.toLowerCase()) && !/^\d{1,3}$/.test(word))
  )
    return undefined;
  const second = named.find(mention => mention.entity !== first.entity);
  if (!second) return undefined;
  return {
    from: first.entity.name,
    to: second.entity.name,
    kind: kindOf(text, first, second),
    text: text.trim(),
    source
  };
}

/** Under an entity's "Relationships:" label: `- belongs to one project`, `- **One-to-Many** with Site`. */
function ownedRelationships(
  context: Context,
  index: number,
  owner: Entity,
  entities: Entity[]
): Relationship[] {
  const node = context.nodes[index]!;
  const parts = partsOf(node.body, RELATIONSHIP_TITLE.test(node.title) ? node.title : undefined);
  const found: Relationship[] = [];
  for (const part of parts) {
    if (!part.label || !RELATIONSHIP_LABEL.test(part.label)) continue;
    const lines: { text: string; source: SourcePosition }[] = [];
    if (part.inline.length > 0) {
      lines.push({
        text: plainText({ type: 'paragraph', children: part.inline }),
        source: { file: context.file, line: part.inlineLine, column: 1 }
      });
    }
    for (const list of part.nodes) {
      if (list.type !== 'list') continue;
      for (const item of listItems(list)) {
        const first = item.children[0];
        if (first?.type === 'paragraph')
          lines.push({
            text: plainText(first).split('\n')[0]!,
            source: positionOf(item, context.file)
          });
      }
    }
    for (const line of lines) {
      const other = mentions(line.text, entities).find(mention => mention.entity !== owner);
      if (!other) continue;
      found.push({
        from: owner.name,
        to: other.entity.name,
        kind: kindOf(line.text, undefined, other),
        text: `${owner.name}: ${line.text.trim()}`,
        source: line.source
      });
    }
  }
  return found;
}
