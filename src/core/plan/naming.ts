/**
 * File names in the style of the feature's language, so generated paths look like the code base's
 * own: `kv_cache_stats.py`, `kv-cache-stats.ts`, `KvCacheStats.cs`.
 */
import type { Plan } from '../model.js';

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

const STYLES: Record<Language, LanguageStyle> = {
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

/** The language of the plan's Language/Version field; Python (the template's own) when unknown. */
export function languageOf(plan: Plan | undefined): Language {
  const stated = plan?.technicalContext['Language/Version']?.value;
  if (!stated) return 'python';
  const words = tokenize(stated.toLowerCase());
  let best: { at: number; language: Language } | undefined;
  for (const [word, language] of LANGUAGE_WORDS) {
    const at = words.indexOf(word);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, language };
  }
  return best?.language ?? 'python';
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

/** Splits `KVCacheStats`, `kv-cache stats`, `getKvCache` into lower-case words. */
export function words(name: string): string[] {
  const result: string[] = [];
  let current = '';
  const chars = [...name];
  chars.forEach((ch, i) => {
    if (!isWordChar(ch)) {
      if (current) result.push(current);
      current = '';
      return;
    }
    if (current && startsCamelWord(chars[i - 1], ch, chars[i + 1])) {
      result.push(current);
      current = '';
    }
    current += ch.toLowerCase();
  });
  if (current) result.push(current);
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

export function snakeCase(name: string): string {
  return words(name).join('_') || 'feature';
}

export function kebabCase(name: string): string {
  return words(name).join('-') || 'feature';
}

export function pascalCase(name: string): string {
  // An identifier already in PascalCase keeps its acronyms: `KVCacheStats`, not `KvCacheStats`.
  if (/^[A-Z][A-Za-z0-9]*$/.test(name)) return name;
  return (
    words(name)
      .map(w => w.charAt(0).toUpperCase() + w.slice(1))
      .join('') || 'Feature'
  );
}

export function fileStem(name: string, language: Language): string {
  const style = STYLES[language].fileCase;
  if (style === 'snake') return snakeCase(name);
  if (style === 'kebab') return kebabCase(name);
  return pascalCase(name);
}

export function sourceFile(name: string, language: Language): string {
  return fileStem(name, language) + STYLES[language].extension;
}

export function testFile(name: string, language: Language): string {
  return STYLES[language].testFile(fileStem(name, language));
}

export function manifestFile(language: Language): string {
  return STYLES[language].manifest;
}

export function lintConfigFile(language: Language): string {
  return STYLES[language].lintConfig;
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
