import { describe, expect, it } from '@jest/globals';
import {
  languageOf,
  sourceFile,
  statedLanguageParts,
  statedLanguages,
  testFile,
  testFileIn
} from '../../src/core/plan/naming.js';
import { kebabCase, pascalCase, snakeCase } from '../../src/core/text/case.js';
import { words } from '../../src/core/text/words.js';
import type { ProjectStructure } from '../../src/core/model.js';
import { at, plan, structure } from '../helpers/builders.js';

const withLanguage = (value: string) =>
  plan({ technicalContext: { 'Language/Version': { value, raw: value, source: at('plan.md') } } });

describe('file naming', () => {
  it('splits camel case, acronyms and separators into words', () => {
    expect(words('KVCacheStats')).toEqual(['kv', 'cache', 'stats']);
    expect(words('getKvCacheMetrics')).toEqual(['get', 'kv', 'cache', 'metrics']);
    expect(words('event-rsvp list')).toEqual(['event', 'rsvp', 'list']);
  });

  it('names files in the style of the language', () => {
    expect(sourceFile('KVCacheStats', 'python')).toBe('kv_cache_stats.py');
    expect(testFile('KVCacheStats', 'python')).toBe('test_kv_cache_stats.py');
    expect(sourceFile('KVCacheStats', 'typescript')).toBe('kv-cache-stats.ts');
    expect(testFile('KVCacheStats', 'typescript')).toBe('kv-cache-stats.test.ts');
    expect(sourceFile('KVCacheStats', 'csharp')).toBe('KVCacheStats.cs');
    expect(sourceFile('espresso shot', 'csharp')).toBe('EspressoShot.cs');
    expect(testFile('Router', 'go')).toBe('router_test.go');
  });

  it('keeps PascalCase identifiers as written', () => {
    expect(pascalCase('HTTPServer')).toBe('HTTPServer');
    expect(snakeCase('HTTPServer')).toBe('http_server');
  });

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

describe('file names from prose', () => {
  it('folds accented Latin letters to ASCII instead of dropping the word', () => {
    expect(testFile('Actualización y baja de empleados', 'java')).toBe(
      'ActualizacionYBajaDeEmpleadosTest.java'
    );
    expect(snakeCase('Öğrenci kartı ile çalışma')).toBe('ogrenci_karti_ile_calisma');
    expect(kebabCase('Straße Æsir')).toBe('strasse-aesir');
    // Other scripts are not Latin: they stay as written.
    expect(snakeCase('시나리오 1')).toBe('시나리오_1');
    // Matching words keep their letters: only file names are folded.
    expect(words('Actualización')).toEqual(['actualización']);
  });

  it('keeps a mixed-case word whole rather than splitting off one letter', () => {
    expect(testFile('Direct gRPC streaming', 'python')).toBe('test_direct_grpc_streaming.py');
    expect(snakeCase('Log runs to MLflow')).toBe('log_runs_to_mlflow');
    expect(snakeCase('Modal A10G runner')).toBe('modal_a10g_runner');
    expect(kebabCase('iOS app')).toBe('ios-app');
    // The nearest miss: identifiers still split at their humps.
    expect(snakeCase('KVCacheStats')).toBe('kv_cache_stats');
    expect(snakeCase('HTTPServer')).toBe('http_server');
    expect(words('gRPC')).toEqual(['g', 'rpc']);
  });

  it('says a word once where the name repeats it', () => {
    expect(testFile('RepositoryContract_contract', 'kotlin')).toBe('RepositoryContractTest.kt');
    expect(testFile('dockerfile-contract_contract', 'typescript')).toBe(
      'dockerfile-contract.test.ts'
    );
    expect(testFile('quickstart Pause Resume Test', 'kotlin')).toBe('QuickstartPauseResumeTest.kt');
    expect(testFile('Contract tests', 'csharp')).toBe('ContractTests.cs');
    // A test of "test" itself is still named.
    expect(testFile('test', 'python')).toBe('test_test.py');
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

  it('names a Cypress spec `.cy.ts`, and other TypeScript tests as usual', () => {
    expect(testFileIn('web/cypress/e2e/', 'Track a parcel', 'typescript')).toBe(
      'track-a-parcel.cy.ts'
    );
    expect(testFileIn('web/e2e/', 'Track a parcel', 'typescript')).toBe('track-a-parcel.test.ts');
    expect(testFileIn('api/cypress/', 'Track a parcel', 'java')).toBe('TrackAParcelTest.java');
  });
});
