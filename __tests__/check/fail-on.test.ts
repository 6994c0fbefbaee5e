/** The one threshold the CLI's exit status and the Action's step result both follow. */
import { describe, expect, it } from '@jest/globals';
import { FAIL_ON, failingCount } from '../../src/core/fail-on.js';

describe('failingCount', () => {
  const counts = { error: 2, warning: 3, note: 5 };

  it('counts errors for error, errors and warnings for warning, nothing for never', () => {
    expect(FAIL_ON.map(failOn => failingCount(counts, failOn))).toEqual([2, 5, 0]);
  });

  it('never counts notes', () => {
    expect(failingCount({ error: 0, warning: 0, note: 9 }, 'warning')).toBe(0);
  });
});
