import { describe, expect, it } from '@jest/globals';
import {
  languageOf,
  pascalCase,
  snakeCase,
  sourceFile,
  testFile,
  words
} from '../../src/core/plan/naming.js';
import { at, plan } from '../helpers/builders.js';

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
