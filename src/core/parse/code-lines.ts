/**
 * What a line of code in a design document is, for every reader of code blocks: which fences hold
 * code, where a comment starts, which modifiers and keywords open a declaration.
 */
import {
  DASH_COMMENT_LANGUAGES,
  DECLARATION,
  DECLARATION_MODIFIER,
  ENUM_CLASS,
  HASH_COMMENT_LANGUAGES,
  NOT_DECLARATION_PREFIX,
  NOT_METHOD_NAMES,
  SCHEMA_LANGUAGES
} from '../vocabulary/code.js';
import { EXAMPLE_LANGUAGES } from '../vocabulary/documents.js';

/** Which fences a caller reads as code. */
export interface CodeReading {
  /**
   * YAML and SQL blocks read too. A data model's YAML is a schema named like its entity and its
   * SQL creates tables; a contract's YAML is a payload and its SQL a query, neither of which
   * declares the names a task may call the contract by.
   */
  schemas: boolean;
}

/** Example fences (JSON, shell, HTTP…) declare nothing; YAML and SQL only for a reading of schemas. */
export function readsCode(lang: string, reading: CodeReading): boolean {
  return !EXAMPLE_LANGUAGES.has(lang) && (reading.schemas || !SCHEMA_LANGUAGES.has(lang));
}

/** The fence's language as the readers compare it: lower case, `` for none. */
export function fenceLanguage(lang: string | null | undefined): string {
  return (lang ?? '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// A line of code: comments, modifiers, the keyword that opens a declaration

/** The line without its trailing comment: `//` anywhere, `#` and `--` in the languages that use them. */
export function withoutComment(line: string, lang: string): string {
  let text = line;
  const slashes = text.indexOf('//');
  if (slashes >= 0 && !text.slice(0, slashes).endsWith(':')) text = text.slice(0, slashes);
  if (HASH_COMMENT_LANGUAGES.has(lang)) {
    const hash = text.search(/(?:^|\s)#(?!\[)/);
    if (hash >= 0) text = text.slice(0, hash);
  }
  if (DASH_COMMENT_LANGUAGES.has(lang)) {
    const dashes = text.indexOf('--');
    if (dashes >= 0 && !/[─-]{3}/.test(text)) text = text.slice(0, dashes);
  }
  return text;
}

/** `export default abstract class X` → `class X`; `@Serializable data class X` → `class X`. */
export function withoutModifiers(line: string): string {
  let text = line;
  for (let guard = 0; guard < 6; guard++) {
    // `@JvmInline value class X(…)`: an annotation before a declaration on its line.
    const annotation = /^@[\w.]{1,60}(?:\([^()]{0,120}\))?\s{1,4}(?=\S)/.exec(text);
    if (annotation) text = text.slice(annotation[0].length);
    else if (DECLARATION_MODIFIER.test(text))
      text = text.replace(DECLARATION_MODIFIER, '').trimStart();
    else break;
  }
  return text;
}

/** A line without modifiers that opens a declaration: its keyword and name. */
export function declarationOf(line: string): { keyword: string; name: string } | undefined {
  // Kotlin's `enum class Roast` is an enum named Roast.
  const match = DECLARATION.exec(line.replace(ENUM_CLASS, 'enum '));
  return match ? { keyword: match[1]!, name: match[2]! } : undefined;
}

/** `IPlotService` is also known as `PlotService`. */
export function withoutInterfacePrefix(name: string): string[] {
  return /^I\p{Lu}\p{Ll}/u.test(name) ? [name, name.slice(1)] : [name];
}

/**
 * The method a line of a type's body declares: `Task<Plot> CreatePlotAsync(…);`,
 * `getYield(): Flow<X>;`, `suspend fun sow(…)`, `func list() -> [Crop]`.
 */
export function methodName(line: string): string | undefined {
  const open = line.indexOf('(');
  if (open <= 0) return undefined;
  const before = line.slice(0, open).replace(/<[^<>]{0,80}>\s{0,4}$/, '');
  const match = /([\p{L}_][\p{L}\p{N}_]{0,80})\??\s{0,4}$/u.exec(before);
  if (!match || NOT_METHOD_NAMES.has(match[1]!)) return undefined;
  // A declaration has only a return type before its name: `x = make(`, `.stateIn(` and
  // `val onTap: () -> Unit` call or hold something instead.
  const prefix = before.slice(0, match.index);
  return NOT_DECLARATION_PREFIX.test(prefix) || /[:=]\s{0,4}$/.test(before) ? undefined : match[1];
}
