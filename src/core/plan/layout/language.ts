/**
 * The feature's language: what the plan's Language/Version field names, else what its files are
 * written in; and what each language's projects use (extension, linter, type checker).
 */
import type { Plan } from '../../model.js';
import { words } from '../../text/words.js';
import {
  type Language,
  LANGUAGE_CONVENTIONS,
  LANGUAGE_DISPLAY_NAMES,
  LANGUAGE_MARKER_PATTERNS,
  LANGUAGE_NAME_WORDS,
  LANGUAGE_OF_EXTENSION,
  NOT_A_CODE_BASE_PART,
  PURPOSE_WORD,
  SCRIPT_MARKER_PATTERN
} from '../../vocabulary/languages.js';
import { clausesOutsideParentheses } from '../../text/pieces.js';

/**
 * The language of the plan's Language/Version field; without one, the language of the files its
 * structure and prose name; Python (the template's own) when nothing says.
 */
export function languageOf(plan: Plan | undefined): Language {
  return statedLanguage(plan) ?? languageOfPaths(plan) ?? 'python';
}

/** The language the plan's Language/Version field names first, if any. */
export function statedLanguage(plan: Plan | undefined): Language | undefined {
  const stated = plan?.technicalContext['Language/Version']?.value;
  if (!stated) return undefined;
  const words = tokenize(stated.toLowerCase());
  let best: { at: number; language: Language } | undefined;
  for (const [word, language] of LANGUAGE_NAME_WORDS) {
    const at = words.indexOf(word);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, language };
  }
  return best?.language;
}

/** Every language the plan's Language/Version field names, in its order. */
export function statedLanguages(plan: Plan | undefined): Language[] {
  const stated = plan?.technicalContext['Language/Version']?.value;
  return stated ? languagesIn(stated) : [];
}

function languagesIn(text: string): Language[] {
  const words = tokenize(text.toLowerCase());
  const found: { at: number; language: Language }[] = [];
  for (const [word, language] of LANGUAGE_NAME_WORDS) {
    const at = words.indexOf(word);
    if (at >= 0 && !found.some(known => known.language === language)) found.push({ at, language });
  }
  return found.sort((a, b) => a.at - b.at).map(({ language }) => language);
}

/**
 * The parts of the code base the Language/Version field gives a language of their own: `C# 12
 * (backend), TypeScript 5 (frontend)` → backend is C#, frontend TypeScript; `Go for the CLI;
 * TypeScript for the extension` likewise. Each part is a word a folder may be named.
 */
export function statedLanguageParts(
  plan: Plan | undefined
): { part: string; language: Language }[] {
  const stated = plan?.technicalContext['Language/Version']?.value;
  if (!stated) return [];
  return clausesOutsideParentheses(stated).flatMap(clause => {
    const language = languagesIn(clause)[0];
    if (!language) return [];
    const { outside, asides } = splitAsides(clause);
    const said = outside.split(/\s/).filter(Boolean);
    const purpose = said.slice(said.findIndex(word => word.toLowerCase() === PURPOSE_WORD) + 1);
    const named = purpose.length < said.length ? purpose.join(' ') : '';
    const parts = words(`${asides} ${named}`).filter(
      word =>
        word.length > 2 &&
        !NOT_A_CODE_BASE_PART.has(word) &&
        !LANGUAGE_NAME_WORDS.some(([w]) => w === word)
    );
    return parts.map(part => ({ part, language }));
  });
}

/** The clause's words outside parentheses, and those inside them. */
function splitAsides(clause: string): { outside: string; asides: string } {
  let depth = 0;
  let outside = '';
  let asides = '';
  for (const ch of clause) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || ch === ')') asides += ch === '(' || ch === ')' ? ' ' : ch;
    else outside += ch;
  }
  return { outside, asides };
}

/** The language a build file or folder belongs to: `Cargo.toml`, `crates/`, `package.json`. */
export function languageOfBuildPath(path: string): Language | undefined {
  if (SCRIPT_MARKER_PATTERN.test(path)) return 'javascript';
  return LANGUAGE_MARKER_PATTERNS.find(([marker]) => marker.test(path))?.[1];
}

/** The language most of the plan's named source files are written in, or its build files say. */
function languageOfPaths(plan: Plan | undefined): Language | undefined {
  const structure = plan?.structure;
  const paths = [...(structure?.files ?? []), ...(structure?.mentioned ?? [])];
  const counts = new Map<Language, number>();
  for (const path of paths) {
    const language = languageOfFile(path);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: { language: Language; count: number } | undefined;
  for (const [language, count] of counts)
    if (best === undefined || count > best.count) best = { language, count };
  if (best) return best.language;
  const all = [...paths, ...(structure?.sourceDirs ?? []), ...(structure?.testDirs ?? [])];
  return LANGUAGE_MARKER_PATTERNS.find(([marker]) => all.some(path => marker.test(path)))?.[1];
}

/** The language a source file is written in, by its extension. */
export function languageOfFile(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || path.endsWith('/')) return undefined;
  return LANGUAGE_OF_EXTENSION[path.slice(dot + 1).toLowerCase()];
}

/** How task text names the language: `C#`, `TypeScript`. */
export function languageName(language: Language): string {
  return LANGUAGE_DISPLAY_NAMES[language];
}

function tokenize(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of text) {
    if (/[\p{L}\p{N}#+.]/u.test(ch)) current += ch;
    else if (current) {
      words.push(trimDots(current));
      current = '';
    }
  }
  if (current) words.push(trimDots(current));
  return words;
}

function trimDots(word: string): string {
  let end = word.length;
  while (end > 0 && word[end - 1] === '.') end--;
  return word.slice(0, end);
}

/** The linter the template's `ruff` means in this language. */
export function linterOf(language: Language): string {
  return LANGUAGE_CONVENTIONS[language].linter;
}

/** The type checker the template's `mypy` means in this language; none where the compiler checks. */
export function typeCheckerOf(language: Language): string | undefined {
  return LANGUAGE_CONVENTIONS[language].typeChecker;
}

/** The extension of the language's source files: `.py`, `.ts`. */
export function sourceExtension(language: Language): string {
  return LANGUAGE_CONVENTIONS[language].extension;
}
