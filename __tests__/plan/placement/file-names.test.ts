import { describe, expect, it } from '@jest/globals';
import { sourceFile, testFile, testFileIn } from '../../../src/core/plan/placement/file-names.js';
import { kebabCase, pascalCase, snakeCase } from '../../../src/core/text/case.js';
import { words } from '../../../src/core/text/words.js';

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
});

describe('file names from prose', () => {
  it('folds accented Latin letters to ASCII instead of dropping the word', () => {
    expect(testFile('Actualización y baja de empleados', 'java')).toBe(
      'ActualizacionYBajaDeEmpleadosTest.java'
    );
    expect(snakeCase('Öğrenci kartı ile çalışma')).toBe('ogrenci_karti_ile_calisma');
    expect(kebabCase('Straße Æsir')).toBe('strasse-aesir');
    // Other scripts are transliterated, a change of script a word break.
    expect(snakeCase('시나리오 1')).toBe('sinalio_1');
    expect(kebabCase('Helm으로 설치')).toBe('helm-eulo-seolchi');
    expect(pascalCase('书架 管理')).toBe('ShujiaGuanli');
    expect(kebabCase('Полки и банки')).toBe('polki-i-banki');
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

describe('test files by folder', () => {
  it('names a Cypress spec `.cy.ts`, and other TypeScript tests as usual', () => {
    expect(testFileIn('web/cypress/e2e/', 'Track a parcel', 'typescript')).toBe(
      'track-a-parcel.cy.ts'
    );
    expect(testFileIn('web/e2e/', 'Track a parcel', 'typescript')).toBe('track-a-parcel.test.ts');
    expect(testFileIn('api/cypress/', 'Track a parcel', 'java')).toBe('TrackAParcelTest.java');
  });
});
