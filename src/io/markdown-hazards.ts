/**
 * Markdown that is cheap to write and ruinous to parse. The Markdown parser matches emphasis and
 * link delimiters within a paragraph in time that grows with the square of their number (100,000
 * `*a` in one line took 100 s here), and deeply nested lists grow faster still (600 levels: 5 s).
 * A pull request controls every byte under specs/, so the loader refuses such a file, naming the
 * line, before any parser sees it. Real design documents come nowhere near these limits.
 */

/** Sum over paragraphs of (delimiters in the paragraph)²: about half a second of parsing at worst. */
const MAX_DELIMITER_WORK = 50_000_000;
/** Indentation of a list item or quote, in columns: about a hundred levels of nesting. */
const MAX_NESTING_COLUMNS = 200;
/** List and quote markers opening one line (`- - - x`, `> > x`): each is a level of nesting. */
const MAX_MARKERS_AT_START = 50;

export interface MarkdownHazard {
  /** 1-based line where the offending paragraph or item starts. */
  line: number;
  reason: string;
}

/** The first reason this text must not be parsed as Markdown, or undefined when it is safe. */
export function markdownHazard(text: string): MarkdownHazard | undefined {
  let work = 0;
  let worst = { line: 0, delimiters: 0 };
  let paragraph = { line: 0, delimiters: 0 };
  let fence: string | undefined;
  const endParagraph = () => {
    work += paragraph.delimiters * paragraph.delimiters;
    if (paragraph.delimiters > worst.delimiters) worst = paragraph;
    paragraph = { line: 0, delimiters: 0 };
  };
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const indent = indentColumns(line);
    const content = line.slice(indentLength(line));
    const marker = fenceMarker(content);
    if (fence !== undefined) {
      // Code is not parsed for emphasis or links.
      if (marker !== undefined && marker.startsWith(fence)) fence = undefined;
      continue;
    }
    if (marker !== undefined && indent < 4) {
      endParagraph();
      fence = marker;
      continue;
    }
    if (indent > MAX_NESTING_COLUMNS && startsBlock(content)) {
      return {
        line: index + 1,
        reason: `a list or quote indented ${indent} columns (over ${MAX_NESTING_COLUMNS}); nesting that deep takes a Markdown parser minutes`
      };
    }
    if (markersAtStart(content) > MAX_MARKERS_AT_START) {
      return {
        line: index + 1,
        reason: `a line opening more than ${MAX_MARKERS_AT_START} nested lists or quotes; nesting that deep takes a Markdown parser minutes`
      };
    }
    if (content === '' || startsBlock(content)) endParagraph();
    if (content === '') continue;
    if (paragraph.delimiters === 0) paragraph.line = index + 1;
    paragraph.delimiters += delimitersIn(content);
  }
  endParagraph();
  if (work <= MAX_DELIMITER_WORK) return undefined;
  return {
    line: worst.line,
    reason: `${worst.delimiters} emphasis and link markers (*, _, [, ]) in one paragraph; that many take a Markdown parser minutes`
  };
}

function indentLength(line: string): number {
  let i = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

function indentColumns(line: string): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === ' ') columns++;
    else if (line[i] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** ``` or ~~~ (three or more) opening or closing a fence; undefined for any other line. */
function fenceMarker(content: string): string | undefined {
  const ch = content[0];
  if (ch !== '`' && ch !== '~') return undefined;
  let length = 0;
  while (content[length] === ch) length++;
  return length >= 3 ? ch.repeat(length) : undefined;
}

/** A line that starts its own inline content: a list item, quote, heading or table row. */
function startsBlock(content: string): boolean {
  const ch = content[0];
  if (ch === '>' || ch === '#' || ch === '|') return true;
  if ((ch === '-' || ch === '*' || ch === '+') && (content[1] === ' ' || content[1] === '\t'))
    return true;
  let digits = 0;
  while (digits < content.length && content[digits]! >= '0' && content[digits]! <= '9') digits++;
  return digits > 0 && digits < 10 && (content[digits] === '.' || content[digits] === ')');
}

/** How many list or quote markers open the line, counted up to one past the limit. */
function markersAtStart(content: string): number {
  let count = 0;
  let i = 0;
  while (count <= MAX_MARKERS_AT_START) {
    while (content[i] === ' ' || content[i] === '\t') i++;
    const next = markerLength(content, i);
    if (next === 0) break;
    i += next;
    count++;
  }
  return count;
}

/** Length of a list or quote marker at `i` (`>`, `- `, `1. `), or 0. */
function markerLength(content: string, i: number): number {
  const ch = content[i];
  if (ch === '>') return 1;
  const after = content[i + 1];
  if ((ch === '-' || ch === '*' || ch === '+') && (after === ' ' || after === '\t')) return 2;
  let j = i;
  while (j - i < 9 && content[j]! >= '0' && content[j]! <= '9') j++;
  if (j > i && (content[j] === '.' || content[j] === ')') && content[j + 1] === ' ')
    return j - i + 2;
  return 0;
}

function delimitersIn(content: string): number {
  let count = 0;
  for (let i = 0; i < content.length; i++) {
    const ch = content[i];
    if (ch === '*' || ch === '_' || ch === '[' || ch === ']') count++;
  }
  return count;
}
