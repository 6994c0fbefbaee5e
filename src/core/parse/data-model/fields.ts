/**
 * The fields of an entity's section: from a table (`| Field | Type |`), a list (`- \`id\`: UUID`),
 * inline code after a label (`**Fields**: \`id\`, \`name\``), or a type its code declares.
 */
import type { List, Paragraph, RootContent, Table } from 'mdast';
import type { EntityField } from '../../model.js';
import {
  DESCRIPTION_HEADER,
  ENVIRONMENT_NAME,
  FIELD_LABEL,
  NAME_HEADER,
  NOT_FIELD_LABEL,
  TYPE_HEADER
} from '../../vocabulary/data-model-fields.js';
import { plainText, positionOf } from '../markdown.js';
import { codeFields, typeDefinitions } from './code-types.js';
import type { Context } from './context.js';
import {
  codeSpanFieldNames,
  fieldFromLine,
  fieldName,
  fieldsFromLine,
  inlineFields
} from './field-lines.js';
import { cellText, isCode } from './markdown-nodes.js';
import { type Part, sectionParts } from './parts.js';

/** The fields of a heading's section and of its "Fields"-like sub-sections; `enum` when it only defines an enum. */
export function headingFields(
  context: Context,
  index: number,
  name: string
): EntityField[] | 'enum' {
  let fields = context.fields.get(index);
  if (fields === undefined) {
    fields = readHeadingFields(context, index, name);
    context.fields.set(index, fields);
  }
  return fields;
}

function readHeadingFields(context: Context, index: number, name: string): EntityField[] | 'enum' {
  const parts = sectionParts(context, index);
  const fields = fieldsOfParts(parts, context.file, name);
  if (fields.length > 0) return fields;
  const definitions = parts.flatMap(part =>
    part.nodes.filter(isCode).flatMap(code => typeDefinitions(code, context.file))
  );
  return definitions.length > 0 && definitions.every(definition => definition.isEnum) ? 'enum' : [];
}

export function fieldsOfParts(parts: Part[], file: string, entityName: string): EntityField[] {
  for (const part of parts) {
    const labelled = part.label !== undefined;
    if (labelled && (!FIELD_LABEL.test(part.label!) || NOT_FIELD_LABEL.test(part.label!))) continue;
    const found = fieldsOfPart(part, labelled, file, entityName);
    if (found.length > 0 && !perEnvironment(found)) return found;
  }
  return [];
}

/** `- **Development**: …`, `- **Production**: …`: settings per environment, not fields. */
function perEnvironment(fields: EntityField[]): boolean {
  return fields.length >= 2 && fields.every(field => ENVIRONMENT_NAME.test(field.name));
}

function fieldsOfPart(part: Part, labelled: boolean, file: string, name: string): EntityField[] {
  if (part.inline.length > 0) {
    const inline = inlineFields(part.inline, { file, line: part.inlineLine, column: 1 });
    if (inline.length > 0) return inline;
  }
  for (const node of part.nodes) {
    const found = nodeFields(node, labelled, file, name);
    if (found.length > 0) return found;
  }
  return [];
}

function nodeFields(
  node: RootContent,
  labelled: boolean,
  file: string,
  name: string
): EntityField[] {
  switch (node.type) {
    case 'table':
      return tableFields(node, file);
    case 'code':
      return codeFields(node, file, name);
    case 'list':
      return listFields(node, labelled, file);
    default:
      return [];
  }
}

function tableFields(table: Table, file: string): EntityField[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map(cell => plainText(cell).trim());
  const nameColumn = titles.findIndex(title => NAME_HEADER.test(title));
  if (nameColumn !== 0) return [];
  const typeColumn = titles.findIndex((title, at) => at !== nameColumn && TYPE_HEADER.test(title));
  const descriptionColumn = titles.findIndex(
    (title, at) => at !== nameColumn && at !== typeColumn && DESCRIPTION_HEADER.test(title)
  );
  return rows.flatMap(row => {
    const name = fieldName(cellText(row, nameColumn) ?? '');
    if (!name) return [];
    return [
      {
        name,
        type: cellText(row, typeColumn),
        description: cellText(row, descriptionColumn),
        source: positionOf(row, file)
      }
    ];
  });
}

/** `- \`id\`: UUID — primary key`, `- **name** (string): shown to users`, `- email: string`. */
function listFields(list: List, labelled: boolean, file: string): EntityField[] {
  const fields: EntityField[] = [];
  let itemsWithFields = 0;
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const before = fields.length;
    const source = positionOf(item, file);
    const several = labelled ? codeSpanFieldNames(first.children) : [];
    if (several.length > 1) {
      fields.push(
        ...several.map(name => ({ name, type: undefined, description: undefined, source }))
      );
      itemsWithFields++;
      continue;
    }
    const line = plainText(first).split('\n')[0]!;
    const field = fieldFromLine(line, labelled, source);
    if (!field) {
      fields.push(...fieldsFromLine(line, source));
    } else if (valuesInParens(first)) {
      // `Status` (`Pending`, `Completed`): the values it takes, not its type.
      fields.push({ ...field, type: undefined, description: parenthesised(field) });
    } else {
      fields.push(field);
    }
    if (fields.length > before) itemsWithFields++;
  }
  // An unlabelled list is a field list only when most of it reads as one.
  if (!labelled && (fields.length < 2 || itemsWithFields * 2 < list.children.length)) return [];
  return fields;
}

/** `` `Status` (`Pending`, …) ``: a name, an opening parenthesis, then code. */
function valuesInParens(paragraph: Paragraph): boolean {
  const [, open, value] = paragraph.children;
  return open?.type === 'text' && open.value.trim() === '(' && value?.type === 'inlineCode';
}

function parenthesised(field: EntityField): string | undefined {
  return [field.type, field.description].filter(Boolean).join(', ') || undefined;
}
