/**
 * The role a folder or file plays (the entity it defines, the logic it holds, the requests it
 * serves), read from the words of its name: `controllers/` serves requests, `dto/` never does.
 */
import { singular, words } from '../../text/words.js';
import { lastSegment } from './folders.js';
import { ROLE_DENIED_WORDS, SIBILANT_PLURAL } from '../../vocabulary/layout.js';

/** What a file is for: the entity it defines, the logic it holds, the requests it serves. */
export type CodeRole = 'model' | 'service' | 'endpoint';

/** The text's words in one form, singular, so `sketches` meets `Sketch` and `entities` `entity`. */
export function roleWords(text: string): string[] {
  return words(text).map(oneForm);
}

/** `sketches` → `sketch` (the plural of a sibilant), else the word's singular. */
function oneForm(word: string): string {
  if (word.length > 4 && SIBILANT_PLURAL.test(word)) return word.slice(0, -2);
  return singular(word);
}

/** The file's folder (nearest segment) or name plays another role. */
export function dirDenies(dir: string, role: CodeRole): boolean {
  return roleWords(lastSegment(dir)).some(word => ROLE_DENIED_WORDS[role].has(word));
}
