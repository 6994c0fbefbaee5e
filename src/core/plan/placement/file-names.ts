/**
 * File names in the style of the feature's language, so generated paths look like the code base's
 * own: `kv_cache_stats.py`, `kv-cache-stats.ts`, `KvCacheStats.cs`.
 */
import { kebabCase, pascalCase, snakeCase, stemWords } from '../../text/case.js';
import { languageOfDir } from '../layout/folder-language.js';
import { type Language, STYLES } from '../layout/language.js';
import type { PathLayout } from '../layout/model.js';

export function fileStem(name: string, language: Language): string {
  const style = STYLES[language].fileCase;
  if (style === 'snake') return snakeCase(name);
  if (style === 'kebab') return kebabCase(name);
  return pascalCase(name);
}

export function sourceFile(name: string, language: Language): string {
  return fileStem(name, language) + STYLES[language].extension;
}

/** The language's test file for `name`; a name that already ends in "test" is not tested twice. */
export function testFile(name: string, language: Language): string {
  return STYLES[language].testFile(fileStem(testSubject(name), language));
}

function testSubject(name: string): string {
  const named = stemWords(name);
  const last = named[named.length - 1];
  const tested = named.length > 1 && (last === 'test' || last === 'tests');
  return tested ? named.slice(0, -1).join(' ') : name;
}

/**
 * The test file for `name` as the test folder `dir` names its tests: Cypress specs end in
 * `.cy.ts`, whatever the language's usual test name.
 */
export function testFileIn(dir: string, name: string, language: Language): string {
  const script = language === 'typescript' || language === 'javascript';
  if (script && dir.split('/').includes('cypress'))
    return `${kebabCase(testSubject(name))}.cy${STYLES[language].extension}`;
  return testFile(name, language);
}

export function manifestFile(language: Language): string {
  return STYLES[language].manifest;
}

export function lintConfigFile(language: Language): string {
  return STYLES[language].lintConfig;
}

/** The test file for `name` in the test folder `dir`, named in that folder's language. */
export function testFileAt(layout: PathLayout, dir: string, name: string): string {
  return dir + testFileIn(dir, name, languageOfDir(layout, dir));
}
