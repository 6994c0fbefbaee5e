/**
 * How the vocabulary turns its word lists into patterns. Every pattern is built here, from a list,
 * and kept in one registry under a name, so a single test can try each against adversarial input
 * (long runs of the characters it repeats) and a reviewer sees a new heuristic as a change to a
 * list, not as a new regular expression in the module that uses it.
 */

const registry = new Map<string, RegExp>();

/**
 * Registers and returns the pattern `source` with `flags`. Names are unique: two heuristics that
 * need the same pattern share one entry rather than two copies that drift apart.
 */
export function pattern(name: string, source: string, flags = ''): RegExp {
  if (registry.has(name)) throw new Error(`vocabulary pattern '${name}' is built twice`);
  const built = new RegExp(source, flags);
  registry.set(name, built);
  return built;
}

/** Every pattern built so far, by name (the modules that build them must have been imported). */
export function builtPatterns(): ReadonlyMap<string, RegExp> {
  return registry;
}

/** A literal string as a pattern source: every character that means something in a pattern escaped. */
export function escapePattern(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * The words as one non-capturing alternation, in the order given (a pattern tries alternatives in
 * order, so a list whose words prefix each other puts the longer first). Each word is a literal
 * unless `raw`, where the list itself holds pattern sources (`colou?r`).
 */
export function alternation(words: readonly string[], raw = false): string {
  return `(?:${words.map(word => (raw ? word : escapePattern(word))).join('|')})`;
}

/** `\b(?:a|b|c)\b`: any of the words as a whole word. */
export function wholeWords(words: readonly string[], raw = false): string {
  return `\\b${alternation(words, raw)}\\b`;
}

// The shapes most word lists take as patterns, named so that a list's use reads as what it
// matches. Each builder registers like `pattern` (`name`, `flags`); `raw` is as in `alternation`.

type WordPatternBuilder = (
  name: string,
  words: readonly string[],
  flags?: string,
  raw?: boolean
) => RegExp;

function wordPattern(before: string, after: string): WordPatternBuilder {
  return (name, words, flags = '', raw = false) =>
    pattern(name, `${before}${alternation(words, raw)}${after}`, flags);
}

/** Any of the words anywhere in the text: `(?:a|b)`. */
export const anywherePattern = wordPattern('', '');
/** Any of the words as a whole word anywhere in the text: `\b(?:a|b)\b`, as `wholeWords`. */
export const wholeWordPattern = wordPattern('\\b', '\\b');
/** The text opens with one of the words: `^(?:a|b)`. */
export const leadingPattern = wordPattern('^', '');
/** The text opens with one of the words, which ends there: `^(?:a|b)\b`. */
export const leadingWordPattern = wordPattern('^', '\\b');
/** The text ends with one of the words: `(?:a|b)$`. */
export const trailingPattern = wordPattern('', '$');
/** The whole text is one of the words: `^(?:a|b)$`. */
export const wholeValuePattern = wordPattern('^', '$');
