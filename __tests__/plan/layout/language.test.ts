import { describe, expect, it } from '@jest/globals';
import {
  languageOf,
  statedLanguageParts,
  statedLanguages
} from '../../../src/core/plan/layout/language.js';
import type { ProjectStructure } from '../../../src/core/model.js';
import { at, plan, structure } from '../../helpers/builders.js';

const withLanguage = (value: string) =>
  plan({ technicalContext: { 'Language/Version': { value, raw: value, source: at('plan.md') } } });

describe('language of the plan', () => {
  it('reads the language from Language/Version, first named wins', () => {
    expect(languageOf(withLanguage('Python 3.11'))).toBe('python');
    expect(
      languageOf(withLanguage('Go (latest stable) for CLI; TypeScript for the extension'))
    ).toBe('go');
    expect(languageOf(withLanguage('C# 12 / .NET 8.0'))).toBe('csharp');
    expect(languageOf(withLanguage('Kotlin 2.0.21, Java 17'))).toBe('kotlin');
    expect(languageOf(withLanguage('Java 21 (LTS)'))).toBe('java');
    expect(languageOf(withLanguage('Rust 1.88 (stable, MSRV)'))).toBe('rust');
    expect(languageOf(withLanguage('C (C17 uyumlu derleyici ile)'))).toBe('c');
  });

  it('falls back to Python, the template language, when the plan says nothing', () => {
    expect(languageOf(undefined)).toBe('python');
    expect(languageOf(plan())).toBe('python');
  });
});

describe('language from paths', () => {
  const withPaths = (given: Partial<ProjectStructure>) => plan({ structure: structure(given) });

  it('takes the language most named files are written in when Language/Version is missing', () => {
    expect(languageOf(withPaths({ files: ['src/a.rs', 'src/b.rs', 'web/app.ts'] }))).toBe('rust');
    expect(languageOf(withPaths({ mentioned: ['internal/sync/sync.go'] }))).toBe('go');
  });

  it('reads a build file or a crates/ folder when no source file is named', () => {
    expect(languageOf(withPaths({ mentioned: ['crates/core/tests/'] }))).toBe('rust');
    expect(languageOf(withPaths({ files: ['Harbor.sln'] }))).toBe('csharp');
    expect(languageOf(withPaths({ files: ['README.md'] }))).toBe('python');
  });

  it('lets a stated Language/Version win over the paths', () => {
    const stated = withLanguage('Kotlin 2.0');
    stated.structure.files.push('src/a.rs');
    expect(languageOf(stated)).toBe('kotlin');
  });
});

describe('languages of the parts of a code base', () => {
  it('reads the part each stated language is for, in parentheses or after "for"', () => {
    expect(
      statedLanguageParts(
        withLanguage('Java 17 (backend), TypeScript 5 with Angular 18 (frontend)')
      )
    ).toEqual([
      { part: 'backend', language: 'java' },
      { part: 'frontend', language: 'typescript' }
    ]);
    expect(
      statedLanguageParts(withLanguage('Go (latest stable) for the daemon; TypeScript for plugins'))
    ).toEqual([
      { part: 'daemon', language: 'go' },
      { part: 'plugins', language: 'typescript' }
    ]);
  });

  it('finds no part in a field that names one language, or an aside about its version', () => {
    expect(statedLanguageParts(withLanguage('Python 3.12'))).toEqual([]);
    expect(statedLanguageParts(withLanguage('Rust 1.80 (latest stable)'))).toEqual([]);
    expect(statedLanguageParts(withLanguage('YAML (Helm charts), HCL (modules)'))).toEqual([]);
  });

  it('lists every stated language in the order written', () => {
    expect(statedLanguages(withLanguage('Java 21, TypeScript 5.4, Vue 3'))).toEqual([
      'java',
      'typescript'
    ]);
    expect(statedLanguages(undefined)).toEqual([]);
  });
});
