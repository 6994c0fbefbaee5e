/**
 * The interfaces, traits, protocols and service classes a contract's code declares, each with
 * every method its body declares: `interface ShelfRepository { fun shelves(): List<Shelf> … }`,
 * `trait Scanner { fn scan(&self) … }`, `type Printer interface { Print(…) error }`. Read from
 * the code itself rather than from the names a test may call the contract by, which leave out
 * what is too common to name a contract (`list()`, `stations()`) but is still a method to build.
 */
import {
  FUNCTION,
  GO_INTERFACE,
  INTERFACE_KEYWORDS,
  OPERATION_TYPE_KEYWORDS
} from '../vocabulary/code.js';
import {
  declarationOf,
  fenceLanguage,
  methodName,
  readsCode,
  withoutComment,
  withoutModifiers
} from './code-lines.js';

export interface DeclaredInterface {
  name: string;
  /** Declared as an interface, trait or protocol: a contract to implement whatever its name. */
  isInterface: boolean;
  /** Its methods in the order written, each once; constructors and dunder methods left out. */
  members: string[];
}

/** How far below its declaration a body may open: `class X(\n  a: A,\n  b: B\n) : Y {`. */
const MAX_HEADER_LINES = 12;

/** Only brace-bodied code: Python's indented classes are read by their names alone. */
export function declaredInterfaces(
  value: string,
  fence: string | null | undefined
): DeclaredInterface[] {
  const lang = fenceLanguage(fence);
  if (!readsCode(lang, { schemas: false })) return [];
  const lines = value.split('\n').map(line => withoutComment(line, lang));
  const found: DeclaredInterface[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = interfaceHeader(lines[at]!);
    if (!header) continue;
    const open = bodyStart(lines, at);
    if (!open) continue;
    const { members, end } = bodyMembers(lines, open, header.name);
    const known = found.find(other => other.name === header.name);
    if (known) {
      for (const member of members) if (!known.members.includes(member)) known.members.push(member);
    } else {
      found.push({ ...header, members });
    }
    at = Math.max(at, end);
  }
  return found;
}

/** `export interface X`, `pub trait X`, `protocol X`, `type X interface`, `class X`. */
function interfaceHeader(raw: string): Omit<DeclaredInterface, 'members'> | undefined {
  const line = withoutModifiers(raw.trim());
  const declaration = declarationOf(line);
  if (!declaration) return undefined;
  const { keyword, name } = declaration;
  const goInterface = GO_INTERFACE.test(line);
  if (!goInterface && !OPERATION_TYPE_KEYWORDS.has(keyword)) return undefined;
  return { name, isInterface: goInterface || INTERFACE_KEYWORDS.has(keyword) };
}

/**
 * Where the body's `{` is: the first outside parentheses, on the declaring line, after a
 * constructor's parameters on the lines below (`class X(\n  a: A\n) : Y {`), or alone on the
 * next line (C#, Java). A header that ends without one (`data class P(val a: A)`) has no body.
 */
function bodyStart(lines: string[], at: number): { line: number; column: number } | undefined {
  let parens = 0;
  for (let index = at; index < lines.length && index <= at + MAX_HEADER_LINES; index++) {
    const text = lines[index]!;
    for (let column = 0; column < text.length; column++) {
      const char = text[column]!;
      if (char === '(' || char === '<') parens++;
      else if ((char === ')' || char === '>') && parens > 0) parens--;
      else if (char === '{' && parens === 0) return { line: index, column };
      else if ((char === ';' || char === '=') && parens === 0) return undefined;
    }
    if (parens > 0) continue;
    const next = lines.findIndex((line, after) => after > index && line.trim() !== '');
    return next >= 0 && lines[next]!.trim().startsWith('{')
      ? { line: next, column: lines[next]!.indexOf('{') }
      : undefined;
  }
  return undefined;
}

/** The methods declared at the body's own depth, up to its closing brace. */
function bodyMembers(
  lines: string[],
  open: { line: number; column: number },
  owner: string
): { members: string[]; end: number } {
  const members: string[] = [];
  let depth = 1;
  const first = lines[open.line]!.slice(open.column + 1);
  for (let at = open.line; at < lines.length; at++) {
    const text = at === open.line ? first : lines[at]!;
    const trimmed = text.trim();
    if (depth === 1 && isMemberLine(trimmed)) {
      const name = memberName(trimmed);
      if (name && name !== owner && !name.startsWith('__') && !members.includes(name))
        members.push(name);
    }
    for (const char of text) {
      if (char === '{' || char === '(' || char === '[') depth++;
      else if (char === '}' || char === ')' || char === ']') depth--;
      if (depth === 0) return { members, end: at };
    }
  }
  return { members, end: lines.length - 1 };
}

/** Not an annotation, an attribute or a line of a block comment. */
function isMemberLine(line: string): boolean {
  return line !== '' && !/^(?:[@#[*]|\/\*)/.test(line);
}

function memberName(line: string): string | undefined {
  const bare = withoutModifiers(line);
  if (declarationOf(bare)) return undefined;
  return FUNCTION.exec(bare)?.[1] ?? methodName(bare);
}
