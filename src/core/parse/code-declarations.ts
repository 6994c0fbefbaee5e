/**
 * Declarations in the code blocks of design documents, read one line at a time: the types a data
 * model's code defines, with their fields (`class Invoice { total: number }`, `CREATE TABLE
 * shelves (…)`, `@dataclass class Seed:`), and every name a contract's code declares (types,
 * functions, RPCs, tRPC routers and procedures, methods of interfaces, GraphQL root fields).
 *
 * Both readings share what a line of code is (./code-lines.ts). They differ only in the fences they
 * read (see `CodeReading`) and in what they collect, which is why there are two entry points.
 */
import { firstIndexOf, splitTopLevel } from '../text/pieces.js';
import {
  CONST_FUNCTION,
  FUNCTION,
  GRAPHQL_ROOT_TYPES,
  OPERATION_TYPE_KEYWORDS,
  PROCEDURE,
  PYTHON_ENUM_CLASS,
  ROUTER,
  RPC
} from '../vocabulary/code.js';
import {
  CODE_TYPE_ENDS,
  CREATE_TABLE,
  FIELD_MODIFIER,
  NOT_FIELD_LINE,
  NOT_FIELD_TYPES,
  ORM_COLUMN,
  SQL_NOT_COLUMN,
  TYPE_ALIAS
} from '../vocabulary/data-model-code.js';
import { bracedEnumValues, indentedEnumValues } from './code-enums.js';
import {
  type CodeReading,
  declarationOf,
  fenceLanguage,
  methodName,
  readsCode,
  withoutComment,
  withoutInterfacePrefix,
  withoutModifiers
} from './code-lines.js';

export { withoutInterfacePrefix } from './code-lines.js';

// ---------------------------------------------------------------------------------------------
// Types and their fields, for the data model

export interface DeclaredType {
  name: string;
  isEnum: boolean;
  /** Index of the declaring line in the block. */
  line: number;
  fields: DeclaredField[];
  /** An enumeration's values, in order. */
  values?: string[];
}

export interface DeclaredField {
  name: string;
  type: string | undefined;
  /** Index of the field's line in the block. */
  line: number;
}

const DATA_MODEL: CodeReading = { schemas: true };

/** The types a code block defines, each read to the end of its body; types nested in a body are its own. */
export function typeDeclarations(value: string, fence: string | null | undefined): DeclaredType[] {
  const lang = fenceLanguage(fence);
  if (!readsCode(lang, DATA_MODEL)) return [];
  const lines = value.split('\n');
  const declared: DeclaredType[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = definitionHeader(lines, at, lang);
    if (!header) continue;
    const end =
      header.opener === 'none'
        ? at
        : header.opener === ':'
          ? indentedEnd(lines, at)
          : bracketEnd(lines, header.openLine);
    const fields =
      header.isEnum || header.opener === 'none' ? [] : bodyFields(lines, header, end, lang);
    const values = !header.isEnum
      ? undefined
      : header.opener === ':'
        ? indentedEnumValues(lines, at, end)
        : header.opener === '{'
          ? bracedEnumValues(lines, header.openLine, end, lang)
          : [];
    declared.push({
      name: header.name,
      isEnum: header.isEnum,
      line: at,
      fields,
      ...(values ? { values } : {})
    });
    at = Math.max(at, end);
  }
  return declared;
}

/** `type Crop = Carrot | Leek`: a type that has no body for `typeDeclarations` to read. */
export function typeAliases(value: string, fence: string | null | undefined): DeclaredType[] {
  if (!readsCode(fenceLanguage(fence), DATA_MODEL)) return [];
  return value.split('\n').flatMap((text, at) => {
    const match = TYPE_ALIAS.exec(text.trim());
    return match ? [{ name: match[1]!, isEnum: false, line: at, fields: [] }] : [];
  });
}

interface Header {
  name: string;
  isEnum: boolean;
  /** `{` and `(` bodies end at the matching bracket, `:` bodies (Python, YAML) at the indent. */
  opener: '{' | '(' | ':' | 'sql' | 'none';
  line: number;
  /** The line holding the opening bracket (C# puts it on the next line). */
  openLine: number;
}

function definitionHeader(lines: string[], at: number, lang: string): Header | undefined {
  const raw = lines[at]!;
  let line = withoutComment(raw, lang).trim();
  const sql = CREATE_TABLE.exec(line);
  if (sql)
    return {
      name: sql[1]!.split('.').pop()!,
      isEnum: false,
      opener: 'sql',
      line: at,
      openLine: at
    };
  line = withoutModifiers(line);
  const declaration = declarationOf(line);
  if (declaration) {
    const { keyword, name } = declaration;
    return headerFrom(lines, at, line, name, keyword === 'enum' || PYTHON_ENUM_CLASS.test(line));
  }
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
  // `public abstract record Outcome<T>;`: declared, with nothing of its own.
  if (line.trimEnd().endsWith(';')) return { name, isEnum, opener: 'none', line: at, openLine: at };
  const next = lines.slice(at + 1).findIndex(text => text.trim() !== '');
  if (next >= 0 && lines[at + 1 + next]!.trim() === '{') {
    return { name, isEnum, opener: '{', line: at, openLine: at + 1 + next };
  }
  return undefined;
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

function bodyFields(lines: string[], header: Header, end: number, lang: string): DeclaredField[] {
  if (header.opener === '(') return parameterFields(lines, header, end, lang);
  if (header.opener === '{' && end === header.openLine)
    return oneLineFields(lines[end]!, end, lang);
  const fields: DeclaredField[] = [];
  const memberIndent = header.opener === ':' ? firstMemberIndent(lines, header.line, end) : -1;
  let depth = 0;
  for (let at = header.openLine; at <= end; at++) {
    const text = withoutComment(lines[at]!, lang);
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
    if (field && !fields.some(existing => existing.name === field.name)) {
      fields.push({ ...field, line: at });
    }
  }
  return fields;
}

/**
 * A positional record's parameters are its fields, however they are spread over lines:
 * `record Dose(Guid Id, string Vaccine);`, `value class TagId(val raw: String)`, or one a line.
 */
function parameterFields(
  lines: string[],
  header: Header,
  end: number,
  lang: string
): DeclaredField[] {
  const fields: DeclaredField[] = [];
  const add = (text: string, line: number) => {
    const field = codeField(text, lang);
    if (field && !fields.some(existing => existing.name === field.name))
      fields.push({ ...field, line });
  };
  let depth = 0;
  let parameter = '';
  let parameterLine = header.openLine;
  for (let at = header.openLine; at <= end; at++) {
    const text = withoutComment(lines[at]!, lang);
    const start = at === header.openLine ? text.indexOf('(') : 0;
    for (let column = Math.max(start, 0); column < text.length; column++) {
      const char = text[column]!;
      const arrow = char === '>' && (text[column - 1] === '-' || text[column - 1] === '=');
      if (char === '(' || char === '[' || char === '{' || char === '<') depth++;
      else if (char === ')' || char === ']' || char === '}' || (char === '>' && !arrow)) depth--;
      if (depth === 0) {
        add(parameter, parameterLine);
        return fields;
      }
      if (depth === 1 && (char === ',' || char === '(')) {
        if (char === ',') add(parameter, parameterLine);
        parameter = '';
        continue;
      }
      if (parameter.trim() === '' && char.trim() !== '') parameterLine = at;
      parameter += char;
    }
    parameter += ' ';
  }
  add(parameter, parameterLine);
  return fields;
}

/** `interface Sow { bed: string; seed: string }`: a body on its declaring line. */
function oneLineFields(line: string, at: number, lang: string): DeclaredField[] {
  const text = withoutComment(line, lang);
  // `type Rows = { id: string }[]` is a list of rows, not a type with fields of its own.
  if (!/^[\s;,]*$/.test(text.slice(text.lastIndexOf('}') + 1))) return [];
  const inside = text.slice(text.indexOf('{') + 1, text.lastIndexOf('}'));
  const fields: DeclaredField[] = [];
  for (const piece of splitTopLevel(inside, ';').flatMap(part => splitTopLevel(part, ','))) {
    const field = codeField(piece, lang);
    if (field && !fields.some(existing => existing.name === field.name))
      fields.push({ ...field, line: at });
  }
  return fields;
}

function firstMemberIndent(lines: string[], start: number, end: number): number {
  for (let at = start + 1; at <= end; at++) {
    if (lines[at]!.trim() !== '') return indentOf(lines[at]!);
  }
  return -1;
}

const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]{0,80}/u;

function codeField(
  line: string,
  lang: string
): { name: string; type: string | undefined } | undefined {
  let text = line.trim().replace(/[,;]$/, '').trim();
  if (!text || NOT_FIELD_LINE.test(text)) return undefined;
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
  const column = ORM_COLUMN.exec(rest);
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
  const cut = firstIndexOf(type, CODE_TYPE_ENDS);
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

/** `string Name { get; set; }`, `int? Line = null`, `string seed_count = 1` (type before name). */
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
  if (NOT_FIELD_TYPES.has(type)) return undefined;
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

function sqlField(line: string): { name: string; type: string | undefined } | undefined {
  const text = line.trim().replace(/,$/, '');
  if (!text || SQL_NOT_COLUMN.test(text) || text.startsWith(')')) return undefined;
  const match =
    /^["`[]?(\w{1,64})["`\]]?\s{1,40}([A-Z]\w{0,30}(?:\(\d{1,5}(?:,\s?\d{1,5})?\))?)/i.exec(text);
  return match ? { name: match[1]!, type: match[2]! } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Every name a contract's code declares

const CONTRACT: CodeReading = { schemas: false };

interface Body {
  kind: 'operations' | 'graphql-root' | 'router' | 'other';
  /** Brace depth at which the body's members are written. */
  depth: number;
  /** The router's name, for its procedures: `shelf` of `shelfRouter`. */
  router?: string;
}

/** Names declared by one code block; `lang` is the fence's language. */
export function codeNames(value: string, fence: string | null | undefined): string[] {
  const lang = fenceLanguage(fence);
  if (!readsCode(lang, CONTRACT)) return [];
  const names: string[] = [];
  const scan: Scan = { bodies: [], depth: 0, pending: undefined };
  for (const raw of value.split('\n')) {
    const line = withoutComment(raw, lang).trim();
    if (!line) continue;
    if (!/^[@[#]/.test(line)) names.push(...lineNames(line, scan));
    const balance = bracketBalance(line);
    if (scan.pending && line.startsWith('{'))
      scan.bodies.push({ ...scan.pending, depth: scan.depth + 1 });
    else if (scan.pending?.line === line && balance > 0)
      scan.bodies.push({ ...scan.pending, depth: scan.depth + balance });
    if (scan.pending?.line !== line) scan.pending = undefined;
    scan.depth += balance;
    while (scan.bodies.length > 0 && scan.depth < scan.bodies[scan.bodies.length - 1]!.depth)
      scan.bodies.pop();
  }
  return names;
}

interface Scan {
  bodies: Body[];
  depth: number;
  /** A declaration whose body opens on this line, or on the next (C# puts `{` there). */
  pending: (Omit<Body, 'depth'> & { line: string }) | undefined;
}

function lineNames(line: string, scan: Scan): string[] {
  const body = scan.bodies[scan.bodies.length - 1];
  const bare = withoutModifiers(line);
  const router = ROUTER.exec(bare);
  if (router) {
    scan.pending = { kind: 'router', router: router[1]!, line };
    return [`${router[1]!}Router`];
  }
  const declaration = declarationOf(bare);
  if (declaration) {
    const { keyword, name } = declaration;
    scan.pending = { kind: bodyKind(keyword, name), line };
    return withoutInterfacePrefix(name);
  }
  const rpc = RPC.exec(bare);
  if (rpc) return [rpc[1]!];
  const fn = FUNCTION.exec(bare) ?? CONST_FUNCTION.exec(bare);
  if (fn) return [fn[1]!];
  if (!body || scan.depth !== body.depth) return [];
  return memberNames(bare, body);
}

function bodyKind(kind: string, name: string): Body['kind'] {
  if (kind === 'type' && GRAPHQL_ROOT_TYPES.has(name)) return 'graphql-root';
  return OPERATION_TYPE_KEYWORDS.has(kind) ? 'operations' : 'other';
}

/** `Task<Plot> CreatePlotAsync(…);`, `getYield(): Flow<X>;` in an interface; `sow: protectedProcedure…` in a router. */
function memberNames(line: string, body: Body): string[] {
  if (body.kind === 'router') {
    const procedure = PROCEDURE.exec(line);
    return procedure ? [`${body.router!}.${procedure[1]!}`, procedure[1]!] : [];
  }
  if (body.kind === 'graphql-root') {
    const field = /^([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}[(:]/u.exec(line);
    return field ? [field[1]!] : [];
  }
  if (body.kind !== 'operations') return [];
  const method = methodName(line);
  return method ? [method] : [];
}

function bracketBalance(line: string): number {
  let balance = 0;
  for (const char of line) {
    if (char === '{' || char === '(') balance++;
    else if (char === '}' || char === ')') balance--;
  }
  return balance;
}
