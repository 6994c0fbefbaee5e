/**
 * The values an enumeration's body declares, in the languages design documents write them:
 * `enum Season { Spring, Autumn = 3 }`, `enum class Roast { LIGHT, DARK; fun label() … }`,
 * `case light, dark` in Swift, `HIGH("high"),` in Java, Python's `class Roast(Enum):` members
 * written `LIGHT = "light"`, and a variant with data in Rust (`Rejected(Reason)`).
 */
import { ENUM_VALUE_PREFIX, NOT_ENUM_VALUE } from '../vocabulary/code.js';
import { withoutComment } from './code-lines.js';

const VALUE = /^[\p{L}_][\p{L}\p{N}_]{0,80}/u;
const MAX_VALUES = 100;

/** Values of a body in braces, from the line that opens it to the line that closes it. */
export function bracedEnumValues(
  lines: string[],
  openLine: number,
  end: number,
  lang: string
): string[] {
  const values: string[] = [];
  let depth = 0;
  let piece = '';
  const take = () => {
    const value = enumValue(piece);
    if (value && !values.includes(value) && values.length < MAX_VALUES) values.push(value);
    piece = '';
  };
  for (let at = openLine; at <= end; at++) {
    const text = withoutComment(lines[at]!, lang);
    for (const char of text) {
      if (char === '{' || char === '(' || char === '[') {
        depth++;
        if (depth === 1) continue;
      } else if (char === '}' || char === ')' || char === ']') {
        depth--;
        if (depth === 0) {
          take();
          return values;
        }
      }
      if (depth === 1 && char === ';') {
        // Java and Kotlin end their values with `;`; what follows is methods and fields.
        take();
        return values;
      }
      if (depth === 1 && char === ',') take();
      else if (depth >= 1) piece += char;
    }
    if (depth === 1) take();
  }
  take();
  return values;
}

/** Python's `class Roast(Enum):` members, one a line at the body's indent: `LIGHT = "light"`. */
export function indentedEnumValues(lines: string[], header: number, end: number): string[] {
  const values: string[] = [];
  const members = lines.slice(header + 1, end + 1).filter(line => line.trim() !== '');
  const indent = members.length > 0 ? members[0]!.length - members[0]!.trimStart().length : 0;
  for (const line of members) {
    if (line.length - line.trimStart().length !== indent) continue;
    const match = /^([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}=/u.exec(line.trim());
    if (match && !match[1]!.startsWith('_') && !values.includes(match[1]!)) values.push(match[1]!);
  }
  return values;
}

/** `Autumn = 3`, `case light`, `HIGH("high")`, `#[default] Pending`: the value's name. */
function enumValue(piece: string): string | undefined {
  let text = piece.trim().replace(/^(?:#\[[^\]]{0,80}\]|@[\w.]{1,60}(?:\([^)]{0,80}\))?)\s*/, '');
  text = text.replace(ENUM_VALUE_PREFIX, '');
  const name = VALUE.exec(text)?.[0];
  if (!name || NOT_ENUM_VALUE.test(text)) return undefined;
  return name;
}
