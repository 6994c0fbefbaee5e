/**
 * The words of a name that carry its meaning, for the coverage questions ("does any task cover
 * this story?"). People paraphrase design items in task lists: "E2E test: parcel return flow"
 * covers the story "Parcel Returns & Vouchers", `AuthSessionIntegrationTest` the contract
 * `auth-session.yaml`. Comparing key words rather than whole phrases lets a paraphrase count,
 * which is the safe direction: a missed finding costs less than a false one.
 */
import { words } from '../text/words.js';
import { singular } from '../text/words.js';
import { FILLER, SAME_WORD } from '../vocabulary/coverage.js';

/** One word in the form key-word comparisons use: lower case, singular, abbreviations spelled out. */
export function keyForm(word: string): string {
  const single = singular(word.toLowerCase());
  return SAME_WORD.get(single) ?? single;
}

/** The meaningful words of a phrase or identifier, in key form, without filler or repeats. */
export function keyWords(text: string, ignore: ReadonlySet<string> = FILLER): string[] {
  const result: string[] = [];
  for (const word of words(text)) {
    const key = keyForm(word);
    if (key.length < 2 || ignore.has(key) || FILLER.has(key) || result.includes(key)) continue;
    result.push(key);
  }
  return result;
}

/**
 * Whether a task's key words hold enough of an item's: all of them for names of one or two
 * words, at least two for longer ones, since a title of four words is rarely repeated whole.
 */
export function sharesKeyWords(taskWords: ReadonlySet<string>, itemWords: string[]): boolean {
  if (itemWords.length === 0) return false;
  const needed = Math.min(itemWords.length, 2);
  let found = 0;
  for (const word of itemWords) {
    if (holds(taskWords, word) && ++found >= needed) return true;
  }
  return false;
}

/** Every key word present. */
export function hasAllKeyWords(taskWords: ReadonlySet<string>, itemWords: string[]): boolean {
  return itemWords.length > 0 && itemWords.every(word => holds(taskWords, word));
}

/** The word itself, or another form of it: "security" for "secure", "verificar" for "verificación". */
function holds(taskWords: ReadonlySet<string>, word: string): boolean {
  if (taskWords.has(word)) return true;
  if (word.length < MIN_STEM) return false;
  for (const candidate of taskWords) if (sameStem(word, candidate)) return true;
  return false;
}

const MIN_STEM = 5;

/**
 * Two forms of one word share a long start: at least five letters and three quarters of the
 * shorter word ("compile"/"compilation", "create"/"creation"), which "content"/"context" or
 * "process"/"procedure" do not.
 */
export function sameStem(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_STEM) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= MIN_STEM && common * 4 >= shorter * 3;
}
