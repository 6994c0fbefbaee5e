import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/core/check/rules-catalog.js';
import { formatReport, type ReportFormat } from '../../src/core/report/index.js';
import { at, feature, finding, report, sampleReport } from './fixtures.js';

const FORMATS: ReportFormat[] = ['text', 'json', 'github', 'sarif', 'markdown'];

describe('formatReport', () => {
  it('dispatches to each format', () => {
    const sample = sampleReport();
    expect(formatReport(sample, 'text', {})).toMatch(/^specs\/001-x\/data-model.md\n/);
    expect(JSON.parse(formatReport(sample, 'json', {}))).toMatchObject({ schemaVersion: 1 });
    expect(formatReport(sample, 'github', {})).toMatch(/^::warning file=/);
    expect(JSON.parse(formatReport(sample, 'sarif', {}))).toMatchObject({ version: '2.1.0' });
    expect(formatReport(sample, 'markdown', {})).toMatch(/^## spec-tasks check\n/);
  });

  it('passes colour to the text format and rules to SARIF', () => {
    expect(formatReport(sampleReport(), 'text', { color: true })).toContain('\u001b[31m');
    const rules = [RULES[0]!];
    const log = JSON.parse(formatReport(report([]), 'sarif', { rules })) as {
      runs: { tool: { driver: { rules: { id: string }[] } } }[];
    };
    expect(log.runs[0]!.tool.driver.rules.map(rule => rule.id)).toEqual([RULES[0]!.id]);
  });

  it.each(FORMATS)('%s: same bytes for the same findings in any order, \\n endings', format => {
    const findings = [
      finding('r', 'error', 'one', at('specs/001-x/tasks.md', 3)),
      finding('q', 'warning', 'two', at('specs/001-x/tasks.md', 3)),
      finding('r', 'note', 'three', at('specs/001-x/plan.md', 9))
    ];
    const forward = formatReport(
      report([feature('specs/002-y', []), feature('specs/001-x', findings)]),
      format,
      {}
    );
    const backward = formatReport(
      report([feature('specs/001-x', [...findings].reverse()), feature('specs/002-y', [])]),
      format,
      {}
    );
    expect(backward).toBe(forward);
    expect(forward).not.toContain('\r');
    expect(forward.endsWith('\n')).toBe(true);
  });
});
