/** The kind of a relationship (1:1, 1:N, N:1, N:M), said in words or drawn as cardinalities. */
import { wordSpans } from '../../text/words.js';
import { MANY_WORDS, RELATIONSHIP_KINDS } from '../../vocabulary/data-model-relationships.js';
import type { Mention } from './mentions.js';

/** The kind a line states in words, else from cardinalities written between the two entities. */
export function kindOf(
  text: string,
  left: Mention | undefined,
  right: Mention
): string | undefined {
  const worded = RELATIONSHIP_KINDS.find(([pattern]) => pattern.test(text))?.[1];
  if (worded) return worded;
  if (!left) return undefined;
  const between = text.slice(left.index + left.length, right.index);
  const marks = cardinalities(between);
  if (marks.length >= 2) return cardinalityKind(marks);
  // "One SeedCatalog owns many Packet records"
  const said = wordSpans(between).map(word => word.text.toLowerCase());
  return said.some(word => MANY_WORDS.includes(word)) ? '1:N' : undefined;
}

/** `(1)`, `*`, `0..1`, `1..100`, `(M)` written around a connector. */
export function cardinalities(text: string): string[] {
  return text
    .split(/[\s─\-=<>|(){}]+/)
    .filter(token => /^(?:[01*NM]|\d{1,4}\.\.(?:\d{1,4}|[*n]))$/i.test(token));
}

export function cardinalityKind(marks: string[]): string | undefined {
  if (marks.length < 2) return undefined;
  const side = (mark: string) => (/^(?:1|0\.\.1)$/.test(mark) ? '1' : 'N');
  return kindName(side(marks[0]!), side(marks[marks.length - 1]!));
}

export function kindName(left: string, right: string): string {
  if (left === 'N' && right === 'N') return 'N:M';
  return `${left}:${right}`;
}
