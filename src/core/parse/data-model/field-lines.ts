/** One field written as a line of text: `- \`id\`: UUID — primary key`, `- name (string): shown`. */
import type { PhrasingContent } from 'mdast';
import type { EntityField, SourcePosition } from '../../model.js';
import { firstIndexOf, matchingParen, splitTopLevel, trimSeparators } from '../../text/pieces.js';
import {
  FIELD_NAME_SEPARATOR,
  FIELD_NAMES_ONLY_GAP,
  FIELD_TYPE_ENDS,
  NOT_TYPE,
  PRIMITIVE
} from '../../vocabulary/data-model-fields.js';

/**
 * `` `SownAt`, `WateredAt`, `HarvestedAt` ``: the field names of a run of code spans with only
 * commas (and the like) between them, or none when anything else stands among them.
 */
export function codeSpanFieldNames(nodes: readonly PhrasingContent[]): string[] {
  const names: string[] = [];
  for (const node of nodes) {
    if (node.type === 'inlineCode') {
      const name = fieldName(node.value);
      if (!name) return [];
      names.push(name);
    } else if (node.type !== 'text' || !FIELD_NAMES_ONLY_GAP.test(node.value)) {
      return [];
    }
  }
  return names;
}

/** A field is one identifier (`user_id`, `items[]`, `name?`, `meta.tags`); anything else is prose. */
export function fieldName(text: string): string | undefined {
  const cleaned = text.split('`').join('').split('*').join('').trim();
  return /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}\??$/u.test(cleaned) ? cleaned : undefined;
}

export function fieldFromLine(
  line: string,
  lenient: boolean,
  source: SourcePosition
): EntityField | undefined {
  const text = line.trim();
  const match = /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}/u.exec(text);
  if (!match) return undefined;
  let name = match[0];
  let rest = text.slice(name.length);
  if (rest.startsWith('?')) {
    name += '?';
    rest = rest.slice(1);
  }
  rest = rest.trimStart();
  if (rest === '')
    return lenient ? { name, type: undefined, description: undefined, source } : undefined;
  if (rest.startsWith('(')) return fieldWithParens(name, rest, source);
  if (rest.startsWith(':')) return fieldWithColon(name, rest.slice(1).trim(), source);
  if (/^[—–-]\s/.test(rest)) {
    return { name, type: undefined, description: rest.slice(1).trim() || undefined, source };
  }
  return undefined;
}

/**
 * `**title**, **author**: strings`, `roundId, memberId — together unique`: several names that
 * share what the line says of them, one field each. Only before a colon or a dash, so a sentence
 * that starts with a word and a comma is no list of fields.
 */
export function fieldsFromLine(line: string, source: SourcePosition): EntityField[] {
  const text = line.trim();
  const names: string[] = [];
  let rest = text;
  for (;;) {
    const match = /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}\??/u.exec(rest);
    if (!match) return [];
    names.push(match[0]);
    rest = rest.slice(match[0].length);
    const separator = FIELD_NAME_SEPARATOR.exec(rest);
    if (!separator || names.length > MAX_NAMES_ON_A_LINE) break;
    rest = rest.slice(separator[0].length);
  }
  if (names.length < 2) return [];
  const shared = fieldFromLine(`${names[names.length - 1]}${rest}`, false, source);
  if (!shared || !/^\s{0,2}[:—–-]/.test(rest)) return [];
  return names.map(name => ({ ...shared, name }));
}

const MAX_NAMES_ON_A_LINE = 6;

/** `` `clave` (string, PK, `VARCHAR(20)`) `` → type `string`, the rest describes it. */
function fieldWithParens(name: string, rest: string, source: SourcePosition): EntityField {
  const close = matchingParen(rest, 0);
  const inside = rest.slice(1, close < 0 ? undefined : close);
  const after = close < 0 ? '' : trimSeparators(rest.slice(close + 1));
  const [first, ...others] = splitTopLevel(inside, ',');
  const head = (first ?? '').trim();
  if (isTypeLike(head)) {
    const description = [others.join(',').trim(), after].filter(Boolean).join(' — ');
    return { name, type: head, description: description || undefined, source };
  }
  return {
    name,
    type: undefined,
    description: [inside.trim(), after].filter(Boolean).join(' — ') || undefined,
    source
  };
}

/** `: UUID (Primary Key)`, `: Page title (string)`, `: Array of menu items` */
function fieldWithColon(name: string, rest: string, source: SourcePosition): EntityField {
  const cut = firstIndexOf(rest, FIELD_TYPE_ENDS);
  const head = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  if (head && !/\s/.test(head) && head.length <= 60) {
    const description = cut < 0 ? '' : trimSeparators(rest.slice(cut)).replace(/^\((.*)\)$/, '$1');
    return { name, type: head, description: description || undefined, source };
  }
  const trailing = trailingParenType(rest);
  if (trailing) return { name, type: trailing.type, description: trailing.description, source };
  return { name, type: undefined, description: rest || undefined, source };
}

/** `Page title (string)`: a primitive type in parentheses at the end. */
function trailingParenType(
  rest: string
): { type: string; description: string | undefined } | undefined {
  if (!rest.endsWith(')')) return undefined;
  const open = rest.lastIndexOf('(');
  const inner = rest.slice(open + 1, -1).trim();
  if (open <= 0 || !PRIMITIVE.test(inner) || /\s/.test(inner)) return undefined;
  return { type: inner, description: rest.slice(0, open).trim() || undefined };
}

function isTypeLike(text: string): boolean {
  if (!text || text.length > 40) return false;
  if (NOT_TYPE.test(text)) return false;
  return !/\s/.test(text) || PRIMITIVE.test(text);
}

/** `Fields: \`plot_id\`, \`label\` (bool), \`name:String\`` → one field per code span. */
export function inlineFields(phrasing: PhrasingContent[], source: SourcePosition): EntityField[] {
  const fields: EntityField[] = [];
  phrasing.forEach((child, at) => {
    if (child.type !== 'inlineCode') return;
    const colon = child.value.indexOf(':');
    const name = fieldName(colon > 0 ? child.value.slice(0, colon) : child.value);
    if (!name || fields.some(field => field.name === name)) return;
    const next = phrasing[at + 1];
    const type =
      colon > 0
        ? child.value.slice(colon + 1).trim() || undefined
        : next?.type === 'text'
          ? parenType(next.value)
          : undefined;
    fields.push({ name, type, description: undefined, source });
  });
  return fields;
}

function parenType(text: string): string | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('(')) return undefined;
  const close = matchingParen(trimmed, 0);
  const inner = trimmed.slice(1, close < 0 ? undefined : close).trim();
  return isTypeLike(inner) && !/\s/.test(inner) ? inner : undefined;
}
