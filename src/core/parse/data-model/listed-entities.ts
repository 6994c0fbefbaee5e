/** Entities written as bullets under `## Entities`, with no headings of their own. */
import type { ListItem } from 'mdast';
import type { Entity } from '../../model.js';
import { ENTITY_LIST_TITLE } from '../../vocabulary/data-model.js';
import { plainText, positionOf } from '../markdown.js';
import { type Context, pushEntity } from './context.js';
import { isIdentifier } from './entity-names.js';
import { fieldsOfParts } from './fields.js';
import { ancestors } from './outline.js';
import { itemParts } from './parts.js';
import { stripNumbering } from './titles.js';

/** `## Entities` followed by `- Packet` / `  - Fields: \`plot_id\`, …`, with no headings below it. */
export function listedEntities(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (node.children.length > 0 || !ENTITY_LIST_TITLE.test(stripNumbering(node.title))) return;
    if (ancestors(context.nodes, index).some(ancestor => ancestor.role === 'skip')) return;
    for (const list of node.body) {
      if (list.type !== 'list') continue;
      for (const item of list.children) listedEntity(context, item);
    }
  });
}

function listedEntity(context: Context, item: ListItem): void {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length === 0) return;
  const name = plainText(first).split('\n')[0]!.trim();
  if (!isIdentifier(name) && !/^\p{Lu}[\p{L}\p{N}_]{0,60}$/u.test(name)) return;
  const parts = rest.flatMap(node =>
    node.type === 'list' ? node.children.flatMap(sub => itemParts(sub)) : []
  );
  const entity: Entity = {
    name,
    fields: fieldsOfParts(parts, context.file, name),
    states: [],
    existing: false,
    extended: false,
    derived: false,
    aliases: [],
    source: positionOf(item, context.file)
  };
  pushEntity(context, entity);
}
