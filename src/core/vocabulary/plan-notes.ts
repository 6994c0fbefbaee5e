/**
 * What a note beside a planned file says about the file rather than about its work: that another
 * file may stand in for it, that it is optional, or when it is needed. Such a note is no
 * description: "Implement or __main__.py" and "Add optional" tell a reader nothing.
 */

/** Decides that a note names an alternative to the file (`or __main__.py`): no description. */
export const NOTE_ALTERNATIVE_WORDS: ReadonlySet<string> = new Set([
  'or',
  'alternatively',
  'either',
  'oder',
  'ou',
  '또는',
  '혹은',
  '或',
  '或者',
  'または'
]);

/** Decides that a note's first word only says the file is optional: "(optional)" after it. */
export const NOTE_OPTIONAL_WORDS: ReadonlySet<string> = new Set([
  'optional',
  'optionally',
  'opcional',
  'optionnel',
  'facultatif',
  '선택',
  '선택적',
  '可选',
  '可選',
  '任意'
]);

/**
 * Decides that a note is a condition on the file (`if using TypeScript`, `TypeScript 사용 시`):
 * it goes in parentheses after the file, not in the verb's place. First words of English-like
 * conditions, and last words of languages that put the condition after its subject.
 */
export const NOTE_CONDITION_FIRST_WORDS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'unless',
  'only',
  'si',
  'falls',
  'wenn'
]);

export const NOTE_CONDITION_LAST_WORDS: ReadonlySet<string> = new Set([
  '시',
  '경우',
  '때',
  '时',
  '時',
  '場合'
]);
