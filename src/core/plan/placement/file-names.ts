/**
 * File names in the style of the feature's language, so generated paths look like the code base's
 * own: `kv_cache_stats.py`, `kv-cache-stats.ts`, `KvCacheStats.cs`.
 */
import { kebabCase, pascalCase, snakeCase, stemWords } from '../../text/case.js';
import { languageOfDir } from '../layout/folder-language.js';
import { singleModuleHome } from '../layout/source-sets.js';
import { plannedTestName } from './plan-style.js';
import type { PathLayout } from '../layout/model.js';
import {
  CYPRESS_SPECS,
  type Language,
  LANGUAGE_CONVENTIONS,
  TEST_NAME_WORDS
} from '../../vocabulary/languages.js';

/** `name` in the language's file case: `pallet_label`, `pallet-label`, `PalletLabel`. */
export function fileStem(name: string, language: Language): string {
  const style = LANGUAGE_CONVENTIONS[language].fileCase;
  if (style === 'snake') return snakeCase(name);
  if (style === 'kebab') return kebabCase(name);
  return pascalCase(name);
}

/** The language's source file for `name`: `pallet_label.py`, `PalletLabel.java`. */
export function sourceFile(name: string, language: Language): string {
  return fileStem(name, language) + LANGUAGE_CONVENTIONS[language].extension;
}

/** The language's test file for `name`; a name that already ends in "test" is not tested twice. */
export function testFile(name: string, language: Language): string {
  const { prefix, suffix } = LANGUAGE_CONVENTIONS[language].testFile;
  return prefix + fileStem(testSubject(name), language) + suffix;
}

function testSubject(name: string): string {
  const named = stemWords(name);
  const last = named[named.length - 1];
  const tested = named.length > 1 && TEST_NAME_WORDS.includes(last!);
  return tested ? named.slice(0, -1).join(' ') : name;
}

/**
 * The test file for `name` as the test folder `dir` names its tests: Cypress specs end in
 * `.cy.ts`, whatever the language's usual test name.
 */
export function testFileIn(dir: string, name: string, language: Language): string {
  if (CYPRESS_SPECS.languages.includes(language) && dir.split('/').includes(CYPRESS_SPECS.folder))
    return `${kebabCase(testSubject(name))}${CYPRESS_SPECS.infix}${LANGUAGE_CONVENTIONS[language].extension}`;
  return testFile(name, language);
}

/** The language's usual build file, where its dependencies are declared. */
export function manifestFile(language: Language): string {
  return LANGUAGE_CONVENTIONS[language].manifest;
}

/**
 * The feature's build file: the language's usual one, in the module the plan's code is in where
 * that is a folder of its own (`app/build.gradle.kts` of an app laid out in `app/src/main/`).
 */
export function moduleManifestFile(layout: PathLayout): string {
  return (singleModuleHome(layout.sourceDirs) ?? '') + manifestFile(layout.language);
}

/** The language's usual linter configuration file. */
export function lintConfigFile(language: Language): string {
  return LANGUAGE_CONVENTIONS[language].lintConfig;
}

/**
 * The test file for `name` in the test folder `dir`: named as the plan names its test files
 * there, else in that folder's language.
 */
export function testFileAt(layout: PathLayout, dir: string, name: string): string {
  return (
    dir + (plannedTestName(layout, dir, name) ?? testFileIn(dir, name, languageOfDir(layout, dir)))
  );
}
