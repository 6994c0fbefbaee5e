/** Text from design documents goes into markdown and Mermaid; it must not change their structure. */

export function escapeMarkdown(text: string): string {
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
