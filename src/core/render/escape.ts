/**
 * Text from design documents goes into tasks.md's lines and its Mermaid graph; it must not change
 * their structure.
 */

/**
 * Text for one line of tasks.md (a task, a phase heading, a goal): line breaks become spaces, so
 * the text stays on its line, and backslashes and the characters that would open code, emphasis,
 * a link or a checkbox, HTML or a table cell are escaped. (The findings report escapes for its own
 * markdown.)
 */
export function escapeTasksMdLine(text: string): string {
  let result = '';
  for (const ch of text.split('\n').join(' ')) {
    result += '\\`*[]<>|'.includes(ch) ? '\\' + ch : ch;
  }
  return result;
}

/** A path as the task line shows it: bare like the template's, in backticks when it has spaces. */
export function formatPath(path: string): string {
  return /[\s`*<>[\]|]/.test(path) ? '`' + path.split('`').join("'") + '`' : path;
}

/** Mermaid labels live inside double quotes; entity codes keep quotes and brackets from breaking out. */
export function mermaidLabel(text: string, max = 48): string {
  const flat = text.split('\n').join(' ');
  const short = flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
  let result = '';
  for (const ch of short) {
    if (ch === '"') result += '#quot;';
    else if (ch === '<') result += '#lt;';
    else if (ch === '>') result += '#gt;';
    else if (ch === '#') result += '#35;';
    else result += ch;
  }
  return result;
}
