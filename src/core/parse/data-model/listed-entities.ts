/**
 * Entities a section lists with no headings of their own: bullets under `## Entities`
 * (`- Packet` over `  - Fields: \`plot_id\`, …`, or `- **Packet**: a seed envelope`), bullets or
 * table rows under a heading that groups types (`## API Messages`: `- **SowRequest**: \`bed\`,
 * \`seed\``, `| Message | Fields |`). Such a heading lists entities; it is never one itself.
 */
import type { ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import type { Entity, EntityField } from '../../model.js';
import { ENTITY_COLUMN, ENTITY_LIST_TITLE, STRONG_GROUP } from '../../vocabulary/data-model.js';
import { FIELDS_COLUMN } from '../../vocabulary/data-model-fields.js';
import { plainText, positionOf } from '../markdown.js';
import { type Context, pushEntity } from './context.js';
import { isIdentifier } from './entity-names.js';
import { codeSpanFieldNames, fieldName } from './field-lines.js';
import { fieldsOfParts } from './fields.js';
import { cellText } from './markdown-nodes.js';
import { ancestors } from './outline.js';
import { itemParts } from './parts.js';
import { saysExisting, stripNumbering } from './titles.js';

interface Listed {
  name: string;
  fields: EntityField[];
  source: Entity['source'];
}

/** The entities a heading with no sub-headings lists in its body, if it lists any. */
export function listedIn(context: Context, index: number): Listed[] {
  const node = context.nodes[index]!;
  if (node.children.length > 0) return [];
  // "Batch (Aggregate Root)" names one entity; "API Messages" groups several.
  const title = stripNumbering(node.title)
    .replace(/\([^)]{0,120}\)/g, '')
    .trim();
  const entitiesTitle = ENTITY_LIST_TITLE.test(title);
  if (!entitiesTitle && !STRONG_GROUP.test(title)) return [];
  const found: Listed[] = [];
  for (const block of node.body) found.push(...blockEntities(block, context.file, entitiesTitle));
  return found.length >= 2 || (entitiesTitle && found.length > 0) ? found : [];
}

export function listedEntities(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (node.role === 'entity') return;
    const chain = [node, ...ancestors(context.nodes, index)];
    if (chain.slice(1).some(ancestor => ancestor.role === 'skip')) return;
    const existing = chain.some(at => saysExisting(at.title));
    for (const listed of listedIn(context, index)) {
      pushEntity(context, {
        ...listed,
        states: [],
        existing,
        extended: false,
        derived: false,
        aliases: []
      });
    }
  });
}

function blockEntities(block: RootContent, file: string, entitiesTitle: boolean): Listed[] {
  if (block.type === 'table') return tableEntities(block, file);
  if (block.type !== 'list') return [];
  return block.children.flatMap(item => {
    const listed = listedEntity(item, file, entitiesTitle);
    return listed ? [listed] : [];
  });
}

/**
 * `- Packet` over a nested list of its parts; `- **Packet**: …` or `` - `Packet` — … `` with,
 * after the colon, its fields as code (`` `plot_id`, `label` ``) or a description. Under a title
 * other than "Entities" the name must read as a type (`SowRequest`), not a word of prose.
 */
function listedEntity(item: ListItem, file: string, entitiesTitle: boolean): Listed | undefined {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return undefined;
  const source = positionOf(item, file);
  const nested = rest.flatMap(node =>
    node.type === 'list' ? node.children.flatMap(sub => itemParts(sub)) : []
  );
  const line = plainText(first).split('\n')[0]!.trim();
  if (rest.length > 0 && isEntityName(line, entitiesTitle))
    return { name: line, fields: fieldsOfParts(nested, file, line), source };
  const lead = namedLead(first);
  if (!lead || !isEntityName(lead.name, entitiesTitle)) return undefined;
  const fields =
    nested.length > 0 ? fieldsOfParts(nested, file, lead.name) : codeFields(lead.rest, source);
  return { name: lead.name, fields, source };
}

function isEntityName(name: string, entitiesTitle: boolean): boolean {
  if (isIdentifier(name)) return /^\p{Lu}/u.test(name) || entitiesTitle;
  return entitiesTitle && /^\p{Lu}[\p{L}\p{N}_]{0,60}$/u.test(name);
}

/** `**Packet**: rest`, `` `Packet` — rest ``: the name in bold or code, then a colon or a dash. */
function namedLead(paragraph: Paragraph): { name: string; rest: PhrasingContent[] } | undefined {
  const [lead, after, ...others] = paragraph.children;
  if (lead?.type !== 'strong' && lead?.type !== 'inlineCode') return undefined;
  let name = (lead.type === 'inlineCode' ? lead.value : plainText(lead)).trim();
  let separated = name.endsWith(':');
  if (separated) name = name.slice(0, -1).trim();
  let rest = [after, ...others].filter((node): node is PhrasingContent => node !== undefined);
  if (!separated && after?.type === 'text') {
    const match = /^\s{0,2}(?:[:—–]|-\s)\s{0,2}/.exec(after.value);
    if (!match) return undefined;
    separated = true;
    const remainder = after.value.slice(match[0].length);
    rest = remainder ? [{ type: 'text', value: remainder }, ...others] : others;
  }
  return separated ? { name, rest } : undefined;
}

/** After the colon, only code spans with commas between them: the entity's fields. */
function codeFields(rest: PhrasingContent[], source: Entity['source']): EntityField[] {
  const names = codeSpanFieldNames(rest);
  return names.map(name => ({ name, type: undefined, description: undefined, source }));
}

/** `| Message | Fields |` rows: an entity per row, its fields the comma-separated names. */
function tableEntities(table: Table, file: string): Listed[] {
  const [header, ...rows] = table.children;
  if (!header || !ENTITY_COLUMN.test(cellText(header, 0) ?? '')) return [];
  const fieldsColumn = header.children.findIndex(cell =>
    FIELDS_COLUMN.test(plainText(cell).trim())
  );
  return rows.flatMap(row => {
    const name = (cellText(row, 0) ?? '').replace(/[`*]/g, '').trim();
    if (!isIdentifier(name) || !/^\p{Lu}/u.test(name)) return [];
    const source = positionOf(row, file);
    const fields = (fieldsColumn > 0 ? (cellText(row, fieldsColumn) ?? '') : '')
      .split(',')
      .flatMap(piece => {
        const field = fieldName(piece);
        return field ? [{ name: field, type: undefined, description: undefined, source }] : [];
      });
    return [{ name, fields, source }];
  });
}
