import { describe, expect, it } from '@jest/globals';
import { compareText, sortFeatures, sortFindings } from '../../src/core/report/order.js';
import { at, feature, finding } from './fixtures.js';

describe('finding order', () => {
  it('sorts by file, line, column, rule id, then message', () => {
    const findings = [
      finding('b-rule', 'note', 'm', at('b.md', 1, 1)),
      finding('a-rule', 'error', 'z', at('a.md', 2, 1)),
      finding('a-rule', 'error', 'a', at('a.md', 2, 1)),
      finding('z-rule', 'error', 'm', at('a.md', 1, 5)),
      finding('a-rule', 'error', 'm', at('a.md', 1, 5)),
      finding('a-rule', 'error', 'm', at('a.md', 1, 2)),
      finding('a-rule', 'error', 'm', at('a.md', 10, 1))
    ];
    expect(
      sortFindings(findings).map(
        f => `${f.location.file}:${f.location.line}:${f.location.column} ${f.ruleId} ${f.message}`
      )
    ).toEqual([
      'a.md:1:2 a-rule m',
      'a.md:1:5 a-rule m',
      'a.md:1:5 z-rule m',
      'a.md:2:1 a-rule a',
      'a.md:2:1 a-rule z',
      'a.md:10:1 a-rule m',
      'b.md:1:1 b-rule m'
    ]);
  });

  it('compares by code unit, not by locale, and leaves the input untouched', () => {
    const findings = [
      finding('r', 'error', 'm', at('specs/b.md', 1)),
      finding('r', 'error', 'm', at('specs/B.md', 1)),
      finding('r', 'error', 'm', at('specs/ä.md', 1))
    ];
    const sorted = sortFindings(findings);
    expect(sorted.map(f => f.location.file)).toEqual(['specs/B.md', 'specs/b.md', 'specs/ä.md']);
    expect(findings[0]!.location.file).toBe('specs/b.md');
    expect(compareText('a', 'a')).toBe(0);
  });

  it('breaks full ties on severity and related locations, so input order never matters', () => {
    const plain = finding('r', 'warning', 'm', at('a.md', 1));
    const withRelated = finding('r', 'warning', 'm', at('a.md', 1), [
      { location: at('a.md', 9), message: 'x' }
    ]);
    const asError = finding('r', 'error', 'm', at('a.md', 1));
    const one = sortFindings([withRelated, plain, asError]);
    const other = sortFindings([plain, asError, withRelated]);
    expect(one).toEqual(other);
    expect(one[0]).toBe(asError);
  });

  it('sorts features by folder path', () => {
    const sorted = sortFeatures([feature('specs/010-b', []), feature('specs/002-a', [])]);
    expect(sorted.map(f => f.feature)).toEqual(['specs/002-a', 'specs/010-b']);
  });
});
