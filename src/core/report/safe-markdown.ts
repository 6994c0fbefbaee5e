/**
 * Text from a pull request's specs, made safe to post on GitHub as a comment or a job summary.
 *
 * Escaping the markdown (as the report tables do) keeps text in its cell and stops raw HTML, but
 * GitHub links mentions, issue references and bare URLs in the rendered text after markdown is
 * done, so a spec saying `@someone` or `fixes #1` would still ping a person or cross-reference an
 * issue. A zero-width space, written as an entity, goes between the sign and what follows: the
 * text reads the same and links nothing. Inside a fenced code block nothing is linked, so there the
 * only danger is a line that closes the fence, and the fence is made longer than any run of
 * backticks in the text.
 */
const ZERO_WIDTH_SPACE = '&#8203;';

/**
 * Text from design documents and task lists, made safe for a table cell: `|` would end the cell,
 * a newline the row, `<` could open HTML, and `*_~[]` and backticks would turn into formatting or
 * links. Backslash escapes and entities render as the plain characters.
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/\r\n|[\r\n]/g, '<br>');
}

/** Markdown-escaped text (for a table cell or a paragraph) that mentions and links nothing. */
export function safeInline(text: string): string {
  return defuseLinks(escapeTableCell(text));
}

/** Text for the inside of an HTML element (a `<summary>`), where markdown is not parsed. */
export function safeHtmlText(text: string): string {
  return defuseLinks(
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/\r\n|[\r\n]/g, ' ')
  );
}

/**
 * `@user` and `@org/team` (mentions), `#12`, `owner/repo#12`, `GH-12` and `fixes #12` (issue
 * references), and `https://…` or `www.…` (autolinks, which cross-reference an issue or pull
 * request they point at). The text must already be escaped: the `#` rule runs first so that it
 * never touches the entities the other rules add.
 */
function defuseLinks(escaped: string): string {
  return escaped
    .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
    .replace(/\bGH-(?=\d)/gi, match => `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
    .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}

/**
 * A fenced code block holding `text` verbatim: the fence is one backtick longer than the longest
 * run of backticks in the text (three at least), so no line of the text can close it.
 */
export function fencedBlock(text: string, info = ''): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${fence}${info}\n${body}${fence}`;
}
