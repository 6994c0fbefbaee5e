/**
 * Text from pull-request files made safe to print on a terminal, for every report or log line that
 * quotes a message or a path.
 */

// A raw escape sequence or bidi override could rewrite the terminal or hide text, and a raw newline
// would break the one-finding-a-line form that editors and scripts read.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control, escape and bidi characters become visible `\n`, `\t`, `\u001b`… escapes. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, char => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
