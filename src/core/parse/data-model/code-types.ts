/** Fields from code: classes, interfaces, structs, records, dataclasses, messages, SQL tables. */
import type { Code } from 'mdast';
import type { EntityField } from '../../model.js';
import { firstIndexOf } from '../../text/pieces.js';
import { EXAMPLE_LANGUAGES } from '../markdown.js';
import { sameName } from './entity-names.js';

export interface TypeDefinition {
  name: string;
  isEnum: boolean;
  fields: EntityField[];
  line: number;
}

/** Example blocks define no type; YAML and SQL do (schemas named like the entity, tables). */
const NOT_DEFINITIONS = EXAMPLE_LANGUAGES;

export function codeFields(code: Code, file: string, entityName: string): EntityField[] {
  const definitions = typeDefinitions(code, file).filter(definition => !definition.isEnum);
  const named = definitions.find(definition => sameName(definition.name, entityName));
  return (named ?? definitions.find(definition => definition.fields.length > 0))?.fields ?? [];
}

const definitionsRead = new WeakMap<Code, TypeDefinition[]>();

export function typeDefinitions(code: Code, file: string): TypeDefinition[] {
  let definitions = definitionsRead.get(code);
  if (!definitions) {
    definitions = readTypeDefinitions(code, file);
    definitionsRead.set(code, definitions);
  }
  return definitions;
}

function readTypeDefinitions(code: Code, file: string): TypeDefinition[] {
  const lang = (code.lang ?? '').toLowerCase();
  if (NOT_DEFINITIONS.has(lang)) return [];
  const lines = code.value.split('\n');
  const firstLine = (code.position?.start.line ?? 1) + 1;
  const definitions: TypeDefinition[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = definitionHeader(lines, at, lang);
    if (!header) continue;
    const end = header.opener === ':' ? indentedEnd(lines, at) : bracketEnd(lines, header.openLine);
    const fields = header.isEnum
      ? []
      : bodyFields(lines, header, end, lang).map(({ field, offset }) => ({
          ...field,
          source: { file, line: firstLine + offset, column: 1 }
        }));
    definitions.push({ name: header.name, isEnum: header.isEnum, fields, line: firstLine + at });
    at = Math.max(at, end);
  }
  return definitions;
}

interface Header {
  name: string;
  isEnum: boolean;
  /** `{` and `(` bodies end at the matching bracket, `:` bodies (Python, YAML) at the indent. */
  opener: '{' | '(' | ':' | 'sql';
  line: number;
  /** The line holding the opening bracket (C# puts it on the next line). */
  openLine: number;
}

const MODIFIER =
  /^(?:export|public|private|protected|internal|abstract|sealed|static|final|open|partial|data|pub(?:\([a-z]{1,10}\))?|declare|default|readonly)\s/;
const DEFINITION_KEYWORD =
  /^(class|interface|struct|record|enum|message|object|trait|type|table|model|dataclass)\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,80})/u;

function definitionHeader(lines: string[], at: number, lang: string): Header | undefined {
  const raw = lines[at]!;
  let line = stripComment(raw, lang).trim();
  const sql =
    /^create\s{1,4}table\s{1,4}(?:if\s{1,4}not\s{1,4}exists\s{1,4})?["`[]?([\w.]{1,80})/i.exec(
      line
    );
  if (sql)
    return {
      name: sql[1]!.split('.').pop()!,
      isEnum: false,
      opener: 'sql',
      line: at,
      openLine: at
    };
  for (let guard = 0; guard < 6 && MODIFIER.test(line); guard++)
    line = line.replace(MODIFIER, '').trimStart();
  // Kotlin's `enum class Roast` is an enum named Roast.
  line = line.replace(/^enum\s{1,4}(?:class|struct)\s/, 'enum ');
  const keyword = DEFINITION_KEYWORD.exec(line);
  if (keyword) return headerFrom(lines, at, line, keyword[2]!, keyword[1] === 'enum');
  const bare = /^(\p{Lu}[\p{L}\p{N}_]{0,80})\s{0,4}\{$/u.exec(line);
  if (bare) return { name: bare[1]!, isEnum: false, opener: '{', line: at, openLine: at };
  const yamlRoot = /^(\p{Lu}[\p{L}\p{N}_]{0,80}):$/u.exec(raw.trimEnd());
  if (yamlRoot && (lang === 'yaml' || lang === 'yml')) {
    return { name: yamlRoot[1]!, isEnum: false, opener: ':', line: at, openLine: at };
  }
  return undefined;
}

function headerFrom(
  lines: string[],
  at: number,
  line: string,
  name: string,
  isEnum: boolean
): Header | undefined {
  const brace = line.indexOf('{');
  const paren = line.indexOf('(');
  if (brace >= 0 && (paren < 0 || brace < paren))
    return { name, isEnum, opener: '{', line: at, openLine: at };
  if (paren >= 0) {
    // `class Base(Model):` is Python inheritance, `record P(string A, …)` lists fields.
    if (line.trimEnd().endsWith(':')) return { name, isEnum, opener: ':', line: at, openLine: at };
    return { name, isEnum, opener: '(', line: at, openLine: at };
  }
  if (line.trimEnd().endsWith(':')) return { name, isEnum, opener: ':', line: at, openLine: at };
  const next = lines.slice(at + 1).findIndex(text => text.trim() !== '');
  if (next >= 0 && lines[at + 1 + next]!.trim() === '{') {
    return { name, isEnum, opener: '{', line: at, openLine: at + 1 + next };
  }
  return undefined;
}

function stripComment(line: string, lang: string): string {
  let text = line;
  const slashes = text.indexOf('//');
  if (slashes >= 0 && !text.slice(0, slashes).endsWith(':')) text = text.slice(0, slashes);
  if (['python', 'py', 'yaml', 'yml', 'ruby', 'rb', 'toml', 'text', ''].includes(lang)) {
    const hash = text.search(/(?:^|\s)#(?!\[)/);
    if (hash >= 0) text = text.slice(0, hash);
  }
  if (lang === 'sql' || lang === '') {
    const dashes = text.indexOf('--');
    if (dashes >= 0 && !/[─-]{3}/.test(text)) text = text.slice(0, dashes);
  }
  return text;
}

/** The index of the line that closes the bracket opened on `start`. */
function bracketEnd(lines: string[], start: number): number {
  let depth = 0;
  let opened = false;
  for (let at = start; at < lines.length; at++) {
    for (const char of lines[at]!) {
      if (char === '{' || char === '(' || char === '[') {
        depth++;
        opened = true;
      } else if (char === '}' || char === ')' || char === ']') {
        depth--;
      }
    }
    if (opened && depth <= 0) return at;
  }
  return lines.length - 1;
}

function indentedEnd(lines: string[], start: number): number {
  const indent = indentOf(lines[start]!);
  let end = start;
  for (let at = start + 1; at < lines.length; at++) {
    const text = lines[at]!;
    if (text.trim() === '') continue;
    if (indentOf(text) <= indent) break;
    end = at;
  }
  return end;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function bodyFields(
  lines: string[],
  header: Header,
  end: number,
  lang: string
): { field: Omit<EntityField, 'source'>; offset: number }[] {
  const fields: { field: Omit<EntityField, 'source'>; offset: number }[] = [];
  const memberIndent = header.opener === ':' ? firstMemberIndent(lines, header.line, end) : -1;
  let depth = 0;
  for (let at = header.openLine; at <= end; at++) {
    const text = stripComment(lines[at]!, lang);
    const before = depth;
    for (const char of text) {
      if (char === '{' || char === '(' || char === '[') depth++;
      else if (char === '}' || char === ')' || char === ']') depth--;
    }
    const member =
      header.opener === ':'
        ? at > header.line && indentOf(lines[at]!) === memberIndent
        : before === 1;
    if (!member) continue;
    const field = header.opener === 'sql' ? sqlField(text) : codeField(text, lang);
    if (field && !fields.some(existing => existing.field.name === field.name)) {
      fields.push({ field: { ...field, description: undefined }, offset: at });
    }
  }
  return fields;
}

function firstMemberIndent(lines: string[], start: number, end: number): number {
  for (let at = start + 1; at <= end; at++) {
    if (lines[at]!.trim() !== '') return indentOf(lines[at]!);
  }
  return -1;
}

const FIELD_MODIFIER =
  /^(?:public|private|protected|internal|readonly|required|static|virtual|override|final|val|var|let|const|pub(?:\([a-z]{1,10}\))?|optional|repeated|lateinit|open|mut|export|declare)\s/;
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]{0,80}/u;

function codeField(
  line: string,
  lang: string
): { name: string; type: string | undefined } | undefined {
  let text = line.trim().replace(/[,;]$/, '').trim();
  if (
    !text ||
    /^(?:[@#[{}()*/]|return\b|fn\b|def\b|func\b|function\b|import\b|package\b|use\b|case\b)/.test(
      text
    )
  ) {
    return undefined;
  }
  for (let guard = 0; guard < 6 && FIELD_MODIFIER.test(text); guard++)
    text = text.replace(FIELD_MODIFIER, '').trimStart();
  const name = IDENTIFIER.exec(text)?.[0];
  if (!name) return undefined;
  let rest = text.slice(name.length);
  if (rest.startsWith('?')) rest = rest.slice(1);
  rest = rest.trimStart();
  if (rest.startsWith(':') && !rest.startsWith('::'))
    return { name, type: typeAfterColon(rest.slice(1)) };
  if (lang === 'go') return goField(name, rest);
  const column = /^=\s{0,3}(?:Column|Field|models\.\w{1,40}|mapped_column|relationship)\(/.exec(
    rest
  );
  if (column)
    return {
      name,
      type:
        rest
          .slice(rest.indexOf('(') + 1)
          .split(/[,)]/)[0]!
          .trim() || undefined
    };
  return typedDeclaration(text);
}

function typeAfterColon(text: string): string | undefined {
  let type = text.trim();
  const cut = firstIndexOf(type, [' =', ' //', ' #']);
  if (cut >= 0) type = type.slice(0, cut).trim();
  type = type.replace(/[,;]$/, '').trim();
  if (type === '{' || type === '') return undefined;
  return type.length > 80 ? undefined : type;
}

function goField(
  name: string,
  rest: string
): { name: string; type: string | undefined } | undefined {
  const type = rest.split(/\s/)[0];
  return type && /^[\w.*[\]]{1,60}$/.test(type) ? { name, type } : undefined;
}

/** `string Name { get; set; }`, `int? Line = null`, `string delta_content = 1` (type before name). */
function typedDeclaration(text: string): { name: string; type: string } | undefined {
  const typeEnd = typeTokenEnd(text);
  if (typeEnd <= 0) return undefined;
  const type = text.slice(0, typeEnd);
  const rest = text.slice(typeEnd).trimStart();
  if (rest.length === text.length - typeEnd) return undefined;
  const name = IDENTIFIER.exec(rest)?.[0];
  if (!name) return undefined;
  const after = rest.slice(name.length).trimStart();
  if (after !== '' && !/^[{=)]/.test(after)) return undefined;
  if (/^(?:class|interface|struct|enum|record|new|return|var|await)$/.test(type)) return undefined;
  return { name, type };
}

/** Where a type such as `IReadOnlyList<string>` or `Dictionary<string, object>?` ends. */
function typeTokenEnd(text: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '<' || char === '[') depth++;
    else if (char === '>' || char === ']') depth--;
    else if (/\s/.test(char) && depth === 0) return at;
    else if (!/[\p{L}\p{N}_.?,*&]/u.test(char) && !/\s/.test(char)) return -1;
  }
  return -1;
}

const SQL_NOT_COLUMN =
  /^(?:primary|foreign|constraint|unique|check|index|key|partition|exclude)\b/i;

function sqlField(line: string): { name: string; type: string | undefined } | undefined {
  const text = line.trim().replace(/,$/, '');
  if (!text || SQL_NOT_COLUMN.test(text) || text.startsWith(')')) return undefined;
  const match =
    /^["`[]?(\w{1,64})["`\]]?\s{1,40}([A-Z]\w{0,30}(?:\(\d{1,5}(?:,\s?\d{1,5})?\))?)/i.exec(text);
  return match ? { name: match[1]!, type: match[2]! } : undefined;
}

/** `type TypeNode = Literal | Call`: a type that has no body for `typeDefinitions` to read. */
export function typeAliasDeclarations(code: Code): TypeDefinition[] {
  const lang = (code.lang ?? '').toLowerCase();
  if (NOT_DEFINITIONS.has(lang)) return [];
  const firstLine = (code.position?.start.line ?? 1) + 1;
  return code.value.split('\n').flatMap((text, at) => {
    const match =
      /^(?:export\s{1,4})?type\s{1,4}(\p{Lu}[\p{L}\p{N}_]{0,80})\s{0,4}(?:<[^>]{0,80}>)?\s{0,4}=\s{0,4}[^{\s]/u.exec(
        text.trim()
      );
    return match ? [{ name: match[1]!, isEnum: false, fields: [], line: firstLine + at }] : [];
  });
}
