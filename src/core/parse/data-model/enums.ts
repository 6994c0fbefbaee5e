/**
 * Enumerations a data model defines on their own, as teams build them on their own ("Create
 * Roast enum in …/Enums/Roast.cs"): a heading under "Enumerations" or "Enums", a heading named
 * `… enum`, a section whose code declares only enums, or `Name: a, b, c` lines in an "Enums"
 * section. Each is an entity of kind `enum` whose fields are its values. An enum declared inside
 * an entity's own section stays part of that entity: its model task creates it alongside.
 */
import type { Code, List, RootContent, Table } from 'mdast';
import type { EntityField, SourcePosition } from '../../model.js';
import {
  ENUM_TITLE,
  ENUM_TITLE_WORDS_ALL,
  ENUM_VALUE_HEADER
} from '../../vocabulary/data-model.js';
import { plainText, positionOf } from '../markdown.js';
import { typeDefinitions } from './code-types.js';
import { type Context, pushEntity } from './context.js';
import { cleanName, isIdentifier } from './entity-names.js';
import { headingFields } from './fields.js';
import { cellText, isCode } from './markdown-nodes.js';
import { ancestors } from './outline.js';
import { saysExisting, stripNumbering } from './titles.js';

interface FoundEnum {
  name: string;
  values: EntityField[];
  source: SourcePosition;
}

export function enumEntities(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (node.role === 'entity' || context.owners[index]) return;
    const chain = [node, ...ancestors(context.nodes, index)];
    const aboutEnums = chain.some(at => ENUM_TITLE.test(at.title));
    // A section about something else ("Examples", "Migration") hides what its code declares;
    // "Enumerations" is skipped as no entity too, and what it holds is what is wanted here.
    const skippedBy = chain.filter(at => at.role === 'skip').pop();
    if (skippedBy && !ENUM_TITLE.test(skippedBy.title)) return;
    if (!aboutEnums && headingFields(context, index, node.title) !== 'enum') return;
    const found = enumsIn(node.body, context.file, aboutEnums);
    const named = headingEnum(context, index, found, aboutEnums);
    const existing = chain.some(at => saysExisting(at.title));
    for (const declared of named ? [named] : found) {
      pushEntity(context, {
        name: declared.name,
        fields: declared.values,
        states: [],
        existing,
        extended: false,
        derived: false,
        kind: 'enum',
        aliases: [],
        source: declared.source
      });
    }
  });
  context.entities.sort((a, b) => a.source.line - b.source.line);
}

/**
 * A heading that names one enum (`### Roast`, `### 2.4 Roast level enum`) is that enum, named as
 * its code names it when its code declares it (`RoastLevel`), else by its title; its values come
 * from the code or, under an "Enums" group, from a plain list.
 */
function headingEnum(
  context: Context,
  index: number,
  found: FoundEnum[],
  aboutEnums: boolean
): FoundEnum | undefined {
  const node = context.nodes[index]!;
  if (found.length > 1 || isGroupTitle(node.title)) return undefined;
  const source = positionOf(node.heading, context.file);
  if (found.length === 1) return { ...found[0]!, source };
  const title = withoutEnumWords(cleanName(node).text);
  if (!aboutEnums || !(isIdentifier(title) || /^\p{Lu}[\p{L}\p{N}]{0,60}$/u.test(title)))
    return undefined;
  const values = listValues(node.body, context.file);
  return values.length > 0 ? { name: title, values, source } : undefined;
}

function withoutEnumWords(title: string): string {
  return title.replace(ENUM_TITLE_WORDS_ALL, ' ').replace(/\s+/g, ' ').trim();
}

/** "Enums", "Enumerations", "Status enums": a title that groups enums rather than names one. */
function isGroupTitle(title: string): boolean {
  return withoutEnumWords(stripNumbering(title)) === '';
}

/** The enums a section's own blocks define: in code, or as `Name: a, b, c` lines. */
function enumsIn(nodes: RootContent[], file: string, aboutEnums: boolean): FoundEnum[] {
  const found: FoundEnum[] = [];
  for (const node of nodes) {
    if (isCode(node)) {
      const declared = typeDefinitions(node, file);
      for (const definition of declared.filter(item => item.isEnum))
        found.push({
          name: definition.name,
          values: definition.values,
          source: { file, line: definition.line, column: 1 }
        });
      if (declared.length === 0 && aboutEnums) found.push(...valueLines(node, file));
    } else if (node.type === 'list' && aboutEnums) {
      found.push(...listedEnums(node, file));
    }
  }
  return found;
}

/** `Priority: high, medium, low` a line, in a block of text. */
function valueLines(code: Code, file: string): FoundEnum[] {
  const start = (code.position?.start.line ?? 1) + 1;
  return code.value.split('\n').flatMap((line, at) => {
    const found = namedValues(line, { file, line: start + at, column: 1 });
    return found ? [found] : [];
  });
}

/** `- **Priority**: high, medium, low`, `- \`Channel\`: \`sms\` | \`email\``. */
function listedEnums(list: List, file: string): FoundEnum[] {
  return list.children.flatMap(item => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return [];
    const found = namedValues(plainText(first).split('\n')[0]!, positionOf(item, file));
    return found ? [found] : [];
  });
}

function namedValues(line: string, source: SourcePosition): FoundEnum | undefined {
  const match = /^\s{0,8}(\p{Lu}[\p{L}\p{N}_]{0,60})\s{0,3}[:=]\s{0,3}(\S.{0,400})$/u.exec(line);
  if (!match) return undefined;
  const values = splitValues(match[2]!, source);
  return values.length >= 2 ? { name: match[1]!, values, source } : undefined;
}

/**
 * Values written one a list item under the enum's own heading (`- LIGHT`, `- \`dark\` — …`), or
 * one a row of a table whose first column holds them (`| Value | Meaning |`).
 */
function listValues(nodes: RootContent[], file: string): EntityField[] {
  const values: EntityField[] = [];
  for (const node of nodes) {
    if (node.type === 'table') values.push(...tableValues(node, file));
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') continue;
      const value = /^[`'"]?([\p{L}_][\p{L}\p{N}_-]{0,40})[`'"]?(?:\s|$|[:—–-])/u.exec(
        plainText(first).trim()
      )?.[1];
      if (value)
        values.push({
          name: value,
          type: undefined,
          description: undefined,
          source: positionOf(item, file)
        });
    }
  }
  return values;
}

function tableValues(table: Table, file: string): EntityField[] {
  const [header, ...rows] = table.children;
  if (!header || !ENUM_VALUE_HEADER.test(cellText(header, 0) ?? '')) return [];
  return rows.flatMap(row => {
    const value = (cellText(row, 0) ?? '').replace(/[`'"]/g, '');
    return /^[\p{L}_][\p{L}\p{N}_-]{0,40}$/u.test(value)
      ? [{ name: value, type: undefined, description: undefined, source: positionOf(row, file) }]
      : [];
  });
}

function splitValues(text: string, source: SourcePosition): EntityField[] {
  const values: EntityField[] = [];
  for (const piece of text.split(/[,|/]/)) {
    const value = piece
      .trim()
      .replace(/^[`'"]|[`'".]$/g, '')
      .trim();
    if (!/^[\p{L}_][\p{L}\p{N}_-]{0,40}$/u.test(value)) return [];
    values.push({ name: value, type: undefined, description: undefined, source });
  }
  return values;
}
