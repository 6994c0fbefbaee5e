/**
 * The feature's language: what the plan's Language/Version field names, else what its files are
 * written in; and what each language's projects use (extension, linter, type checker).
 */
import type { Plan } from '../../model.js';
import { words } from '../../text/words.js';

export type Language =
  | 'python'
  | 'typescript'
  | 'javascript'
  | 'csharp'
  | 'java'
  | 'kotlin'
  | 'go'
  | 'rust'
  | 'swift'
  | 'c'
  | 'cpp';

interface LanguageStyle {
  extension: string;
  fileCase: 'snake' | 'kebab' | 'pascal';
  testFile(stem: string): string;
  manifest: string;
  lintConfig: string;
  /** The linter a template's "`ruff` passes" means in this language. */
  linter: string;
  /** The type checker a template's "`mypy` passes" means; none where the compiler does it. */
  typeChecker: string | undefined;
}

export const STYLES: Record<Language, LanguageStyle> = {
  python: {
    extension: '.py',
    fileCase: 'snake',
    testFile: s => `test_${s}.py`,
    manifest: 'pyproject.toml',
    lintConfig: 'pyproject.toml',
    linter: 'ruff',
    typeChecker: 'mypy'
  },
  typescript: {
    extension: '.ts',
    fileCase: 'kebab',
    testFile: s => `${s}.test.ts`,
    manifest: 'package.json',
    lintConfig: 'eslint.config.js',
    linter: 'eslint',
    typeChecker: 'tsc --noEmit'
  },
  javascript: {
    extension: '.js',
    fileCase: 'kebab',
    testFile: s => `${s}.test.js`,
    manifest: 'package.json',
    lintConfig: 'eslint.config.js',
    linter: 'eslint',
    typeChecker: undefined
  },
  csharp: {
    extension: '.cs',
    fileCase: 'pascal',
    testFile: s => `${s}Tests.cs`,
    manifest: 'Directory.Packages.props',
    lintConfig: '.editorconfig',
    linter: 'dotnet format',
    typeChecker: undefined
  },
  java: {
    extension: '.java',
    fileCase: 'pascal',
    testFile: s => `${s}Test.java`,
    manifest: 'pom.xml',
    lintConfig: 'checkstyle.xml',
    linter: 'checkstyle',
    typeChecker: undefined
  },
  kotlin: {
    extension: '.kt',
    fileCase: 'pascal',
    testFile: s => `${s}Test.kt`,
    manifest: 'build.gradle.kts',
    lintConfig: '.editorconfig',
    linter: 'ktlint',
    typeChecker: undefined
  },
  go: {
    extension: '.go',
    fileCase: 'snake',
    testFile: s => `${s}_test.go`,
    manifest: 'go.mod',
    lintConfig: '.golangci.yml',
    linter: 'golangci-lint',
    typeChecker: 'go vet'
  },
  rust: {
    extension: '.rs',
    fileCase: 'snake',
    testFile: s => `${s}_test.rs`,
    manifest: 'Cargo.toml',
    lintConfig: 'clippy.toml',
    linter: 'clippy',
    typeChecker: undefined
  },
  swift: {
    extension: '.swift',
    fileCase: 'pascal',
    testFile: s => `${s}Tests.swift`,
    manifest: 'Package.swift',
    lintConfig: '.swiftlint.yml',
    linter: 'swiftlint',
    typeChecker: undefined
  },
  c: {
    extension: '.c',
    fileCase: 'snake',
    testFile: s => `test_${s}.c`,
    manifest: 'CMakeLists.txt',
    lintConfig: '.clang-format',
    linter: 'clang-tidy',
    typeChecker: undefined
  },
  cpp: {
    extension: '.cpp',
    fileCase: 'snake',
    testFile: s => `test_${s}.cpp`,
    manifest: 'CMakeLists.txt',
    lintConfig: '.clang-format',
    linter: 'clang-tidy',
    typeChecker: undefined
  }
};

/** Ordered: the first language named in Language/Version wins ("Go for the CLI; TypeScript for …" is Go). */
const LANGUAGE_WORDS: [string, Language][] = [
  ['python', 'python'],
  ['typescript', 'typescript'],
  ['javascript', 'javascript'],
  ['node.js', 'javascript'],
  ['c#', 'csharp'],
  ['.net', 'csharp'],
  ['kotlin', 'kotlin'],
  ['java', 'java'],
  ['golang', 'go'],
  ['go', 'go'],
  ['rust', 'rust'],
  ['swift', 'swift'],
  ['c++', 'cpp'],
  ['c', 'c']
];

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
  for (const [word, language] of LANGUAGE_WORDS) {
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
  for (const [word, language] of LANGUAGE_WORDS) {
    const at = words.indexOf(word);
    if (at >= 0 && !found.some(known => known.language === language)) found.push({ at, language });
  }
  return found.sort((a, b) => a.at - b.at).map(({ language }) => language);
}

/** Words of a Language/Version aside that say nothing about where the language is used. */
const NOT_A_PART = new Set(['latest', 'stable', 'strict', 'mode', 'per', 'with', 'lts', 'the']);

/**
 * The parts of the code base the Language/Version field gives a language of their own: `Java 17
 * (backend), TypeScript 5 (frontend)` → backend is Java, frontend TypeScript; `Go for the CLI;
 * TypeScript for the extension` likewise. Each part is a word a folder may be named.
 */
export function statedLanguageParts(
  plan: Plan | undefined
): { part: string; language: Language }[] {
  const stated = plan?.technicalContext['Language/Version']?.value;
  if (!stated) return [];
  return clausesOf(stated).flatMap(clause => {
    const language = languagesIn(clause)[0];
    if (!language) return [];
    const { outside, asides } = splitAsides(clause);
    const said = outside.split(/\s/).filter(Boolean);
    const purpose = said.slice(said.findIndex(word => word.toLowerCase() === 'for') + 1);
    const named = purpose.length < said.length ? purpose.join(' ') : '';
    const parts = words(`${asides} ${named}`).filter(
      word => word.length > 2 && !NOT_A_PART.has(word) && !LANGUAGE_WORDS.some(([w]) => w === word)
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

/** The field's clauses: split at commas and semicolons outside parentheses. */
function clausesOf(text: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';')) {
      clauses.push(current);
      current = '';
    } else current += ch;
  }
  return [...clauses, current].map(clause => clause.trim()).filter(Boolean);
}

/** Build files and folders that only one language's projects have. */
const LANGUAGE_MARKERS: [RegExp, Language][] = [
  [/(?:^|\/)(?:Cargo\.toml|crates\/)/, 'rust'],
  [/(?:^|\/)go\.mod$/, 'go'],
  [/\.(?:csproj|sln)$/, 'csharp'],
  [/(?:^|\/)Package\.swift$/, 'swift'],
  [/(?:^|\/)pom\.xml$/, 'java'],
  [/(?:^|\/)(?:pyproject\.toml|setup\.py|requirements\.txt)$/, 'python'],
  [/(?:^|\/)tsconfig\.json$/, 'typescript']
];

/** The language a build file or folder belongs to: `Cargo.toml`, `crates/`, `package.json`. */
export function languageOfBuildPath(path: string): Language | undefined {
  if (/(?:^|\/)package\.json$/.test(path)) return 'javascript';
  return LANGUAGE_MARKERS.find(([marker]) => marker.test(path))?.[1];
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
  return LANGUAGE_MARKERS.find(([marker]) => all.some(path => marker.test(path)))?.[1];
}

const EXTENSION_LANGUAGE: Record<string, Language> = {
  py: 'python',
  ts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cs: 'csharp',
  java: 'java',
  kt: 'kotlin',
  go: 'go',
  rs: 'rust',
  swift: 'swift',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  cc: 'cpp',
  hpp: 'cpp'
};

/** The language a source file is written in, by its extension. */
export function languageOfFile(path: string): Language | undefined {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || path.endsWith('/')) return undefined;
  return EXTENSION_LANGUAGE[path.slice(dot + 1).toLowerCase()];
}

const LANGUAGE_NAMES: Record<Language, string> = {
  python: 'Python',
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  csharp: 'C#',
  java: 'Java',
  kotlin: 'Kotlin',
  go: 'Go',
  rust: 'Rust',
  swift: 'Swift',
  c: 'C',
  cpp: 'C++'
};

export function languageName(language: Language): string {
  return LANGUAGE_NAMES[language];
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

export function linterOf(language: Language): string {
  return STYLES[language].linter;
}

export function typeCheckerOf(language: Language): string | undefined {
  return STYLES[language].typeChecker;
}

export function sourceExtension(language: Language): string {
  return STYLES[language].extension;
}
