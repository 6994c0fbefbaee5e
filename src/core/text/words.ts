/**
 * Words of names and phrases, the one splitter every layer uses: `KVCacheStats`, `kv-cache stats`
 * and `getKvCache` all come apart the same way everywhere.
 */
import anyAscii from 'any-ascii';

/** Splits `KVCacheStats`, `kv-cache stats`, `getKvCache` into lower-case words. */
export function words(name: string): string[] {
  return splitWords(name, false);
}

/**
 * Words for a file name, in ASCII whatever the script: like `words`, but accented Latin letters
 * folded (`Actualización` → `actualizacion`), other scripts transliterated (`선반 정리` →
 * `seonban jeongli`, `书架管理` → `shujiaguanli`, `Полки` → `polki`), a change of script a
 * word break (`Helm으로` → `helm eulo`), and a name written in mixed case as one word (`gRPC`,
 * `OAuthly`, `Model3D`, `iOS`) kept one word rather than losing a letter to a split.
 */
export function fileNameWords(name: string): string[] {
  return splitWords(toAscii(name), true);
}

/** A run of letters, digits and underscores that starts with a letter or an underscore. */
const WORD_SPAN = /[\p{L}_][\p{L}\p{N}_]*/gu;

/**
 * The words of running text as written, each with its offset, for finding a name of several
 * words in a line (`Order Line` in "each Order Line belongs to one Order"): unlike `words`, not
 * split at humps or underscores (`order_line`, `OrderLine` stay one) and not lower-cased.
 */
export function wordSpans(text: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  for (const match of text.matchAll(WORD_SPAN)) found.push({ text: match[0], index: match.index });
  return found;
}

function splitWords(name: string, keepMixedCaseWords: boolean): string[] {
  const result: string[] = [];
  let current = '';
  const chars = [...name];
  chars.forEach((ch, i) => {
    if (!isWordChar(ch)) {
      if (current) result.push(current);
      current = '';
      return;
    }
    const splits =
      current !== '' &&
      startsCamelWord(chars[i - 1], ch, chars[i + 1]) &&
      !(keepMixedCaseWords && (current.length === 1 || singleLetterAhead(chars, i)));
    if (splits) {
      result.push(current);
      current = '';
    }
    current += ch.toLowerCase();
  });
  if (current) result.push(current);
  return result;
}

/** A split before `i` would leave one letter alone: the word ends, or a new hump starts, after it. */
function singleLetterAhead(chars: string[], i: number): boolean {
  const next = chars[i + 1];
  if (next === undefined || !isWordChar(next)) return true;
  return isUpper(next) && isLower(chars[i + 2]);
}

const LATIN_LETTERS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'Oe',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  ł: 'l',
  Ł: 'L',
  þ: 'th'
};

/**
 * Accented Latin letters without their accents; letters, marks and digits of other scripts
 * transliterated, in lower case (a syllable's capital is no word of its own), each run of them set
 * apart from Latin letters around it; punctuation and symbols as they are, to separate words.
 */
function toAscii(text: string): string {
  // ASCII first: names are mostly ASCII and this runs for every name of every task.
  if (!/[^\u0000-\u007f]/.test(text)) return text;
  let result = '';
  let previous: 'latin' | 'other' | 'none' = 'none';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const latin =
      code < 0x80 || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
    if (latin) {
      const letter = /[\p{L}\p{N}]/u.test(ch);
      if (letter && previous === 'other') result += ' ';
      result +=
        code < 0x80
          ? ch
          : (LATIN_LETTERS[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
      previous = letter ? 'latin' : 'none';
    } else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) {
      if (previous === 'latin') result += ' ';
      result += anyAscii(ch).toLowerCase();
      previous = 'other';
    } else {
      result += ch;
      previous = 'none';
    }
  }
  return result;
}

function isDigit(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 128 ? code >= 48 && code <= 57 : /\p{N}/u.test(ch);
}

function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  // ASCII first: names are mostly ASCII and this runs for every character of every task.
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase();
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase();
}

/** `kvCache` splits before `C`; `KVCache` splits before the `C` that starts `Cache`, not inside `KV`. */
function startsCamelWord(prev: string | undefined, ch: string, next: string | undefined): boolean {
  if (!isUpper(ch)) return false;
  if (isLower(prev) || (prev !== undefined && isDigit(prev))) return true;
  return isUpper(prev) && isLower(next);
}

/** Enough stemming that "events" in a story finds the `Event` entity. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
