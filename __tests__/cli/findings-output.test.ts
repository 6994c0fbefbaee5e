/** The one-line form of a finding on stderr, which quotes text from pull-request files. */
import { describe, expect, it } from '@jest/globals';
import { formatFindingLine } from '../../src/cli/findings-output.js';
import type { Finding } from '../../src/core/model.js';

function finding(message: string, file = 'specs/001-x/plan.md'): Finding {
  return {
    ruleId: 'parse-error',
    severity: 'warning',
    message,
    location: { file, line: 3, column: 7 }
  };
}

describe('formatFindingLine', () => {
  it('writes `file:line:col: severity: message [rule]`', () => {
    expect(formatFindingLine(finding('Cannot parse the table'))).toBe(
      'specs/001-x/plan.md:3:7: warning: Cannot parse the table [parse-error]'
    );
  });

  it('neutralises escapes, bidi overrides and newlines in the message', () => {
    const line = formatFindingLine(finding('red \u001b[31m\u001b]0;title\u0007 \u202eevil\nnext'));
    expect(line).toBe(
      'specs/001-x/plan.md:3:7: warning: red \\u001b[31m\\u001b]0;title\\u0007 \\u202eevil\\nnext [parse-error]'
    );
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });

  it('neutralises the same characters in the path', () => {
    expect(formatFindingLine(finding('x', 'specs/\u001b[2J001-x/\tplan.md'))).toBe(
      'specs/\\u001b[2J001-x/\\tplan.md:3:7: warning: x [parse-error]'
    );
  });
});
