/**
 * Cutting a line of text into pieces: at the matching parenthesis, at separators outside
 * brackets, at the first of several markers, after leading separators.
 */

/** The index of the `)` that closes the `(` at `open`, or -1: `f(a(b)) c` from 1 → 6. */
export function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && --depth === 0) return at;
  }
  return -1;
}

/** `a, Map<b, c>, d` at `,` → `a`, ` Map<b, c>`, ` d`: separators inside brackets do not split. */
export function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char)) depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(from, at));
      from = at + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * A note's clauses: `GET (list, filter); POST` → `GET (list, filter)`, `POST`. Split at commas
 * and semicolons outside parentheses, each trimmed, empty ones dropped; a stray `)` never makes
 * the depth negative.
 */
export function clausesOutsideParentheses(text: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      clauses.push(current);
      current = '';
    } else current += ch;
  }
  return [...clauses, current].map(clause => clause.trim()).filter(Boolean);
}

/** Where the first of the needles occurs, or -1. */
export function firstIndexOf(text: string, needles: string[]): number {
  const found = needles.map(needle => text.indexOf(needle)).filter(at => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * The text without any of the `leading` characters at its start or the `trailing` ones at its
 * end: `` `/api/seeds`, `` less `` `*_[ `` and `` `*_:,;] `` → `/api/seeds`.
 */
export function trimCharacters(text: string, leading: string, trailing = leading): string {
  let start = 0;
  let end = text.length;
  while (start < end && leading.includes(text[start]!)) start++;
  while (end > start && trailing.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** The text without leading spaces, colons, dashes, commas and semicolons, and trimmed. */
export function trimSeparators(text: string): string {
  let start = 0;
  while (start < text.length && ' \t:—–-,;'.includes(text[start]!)) start++;
  return text.slice(start).trim();
}
