import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type { RuleDescription } from '../../src/core/check/result.js';
import { RULES } from '../../src/core/check/rules-catalog.js';
import type { Finding } from '../../src/core/model.js';
import {
  artifactUri,
  FINGERPRINT_KEY,
  findingHashes,
  formatSarif,
  INFORMATION_URI,
  sarifRuleName,
  SARIF_SCHEMA_URI,
  type SarifLog,
  withoutLineNumbers
} from '../../src/core/report/sarif.js';
import { at, feature, finding, report, sampleReport } from './fixtures.js';

// The SARIF SDK's copy of the 2.1.0 schema (see fixtures/sarif-schema-2.1.0.README.md). It
// declares draft 2020-12. Strict mode is off because the schema puts `required` lists in `anyOf`
// branches that do not define the properties, which strict Ajv refuses; formats (uri,
// uri-reference…) are still checked.
const sarifSchema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8')
) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(sarifSchema);

function sarif(output: string): SarifLog {
  return JSON.parse(output) as SarifLog;
}

describe('SARIF report', () => {
  it('is valid SARIF 2.1.0, with findings and without', () => {
    for (const sample of [sampleReport(), report([]), report([feature('specs/001-x', [])])]) {
      const log = JSON.parse(formatSarif(sample)) as unknown;
      expect(validateSarif(log) ? [] : validateSarif.errors).toEqual([]);
    }
  });

  it('the schema catches a broken log, so the test above can fail', () => {
    const log = sarif(formatSarif(sampleReport()));
    log.runs[0].results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validateSarif(log)).toBe(false);
  });

  it('has one run, the schema URI and the tool with every rule of the catalogue', () => {
    const log = sarif(formatSarif(report([])));
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0].tool;
    expect(driver.name).toBe('spec-tasks');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe(INFORMATION_URI);
    expect(driver.rules.map(rule => rule.id)).toEqual(RULES.map(rule => rule.id));
    expect(log.runs[0].results).toEqual([]);
    expect(driver.rules[0]).toEqual({
      id: 'missing-plan',
      name: 'MissingPlan',
      shortDescription: { text: RULES[0]!.summary },
      fullDescription: { text: `${RULES[0]!.summary} ${RULES[0]!.help}` },
      help: { text: RULES[0]!.help, markdown: `**${RULES[0]!.summary}**\n\n${RULES[0]!.help}` },
      defaultConfiguration: { level: 'error' }
    });
  });

  it('describes the rules it is given instead of the catalogue', () => {
    const rules: RuleDescription[] = [
      { id: 'only-rule', defaultSeverity: 'note', summary: 'Only.', help: 'Help.' }
    ];
    const log = sarif(formatSarif(report([]), { rules }));
    expect(log.runs[0].tool.driver.rules.map(rule => rule.id)).toEqual(['only-rule']);
  });

  it('writes each finding as a result pointing at its rule, level and repository-relative location', () => {
    const log = sarif(formatSarif(sampleReport()));
    const { results, tool } = log.runs[0];
    expect(results.map(r => [r.ruleId, r.level])).toEqual([
      ['entity-without-model', 'warning'],
      ['task-id-order', 'note'],
      ['parallel-file-conflict', 'error'],
      ['missing-plan', 'error']
    ]);
    for (const result of results)
      expect(tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(results[1]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'specs/001-x/tasks.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 12, startColumn: 3 }
        }
      }
    ]);
    expect(results[1]!.relatedLocations).toBeUndefined();
  });

  it('links related locations from the message, as code scanning needs to show them', () => {
    const result = sarif(formatSarif(sampleReport())).runs[0].results[2]!;
    expect(result.message.text).toBe(
      '[P] tasks T004 and T005 both touch src/a.ts and can run at the same time (see [specs/001-x/tasks.md:11](1): also touches src/a.ts: T004)'
    );
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'specs/001-x/tasks.md', uriBaseId: '%SRCROOT%' },
          region: { startLine: 11, startColumn: 3 }
        },
        message: { text: 'also touches src/a.ts: T004' }
      }
    ]);
  });

  it('adds a rule the catalogue lacks, so every result keeps a valid ruleIndex', () => {
    const log = sarif(
      formatSarif(
        report([
          feature('specs/001-x', [
            finding('zz-custom', 'warning', 'a', at('specs/001-x/tasks.md', 1)),
            finding('zz-custom', 'error', 'b', at('specs/001-x/tasks.md', 2))
          ])
        ])
      )
    );
    const rules = log.runs[0].tool.driver.rules;
    expect(rules).toHaveLength(RULES.length + 1);
    expect(rules[RULES.length]!.id).toBe('zz-custom');
    expect(rules[RULES.length]!.defaultConfiguration.level).toBe('error');
    expect(log.runs[0].results.map(r => r.ruleIndex)).toEqual([RULES.length, RULES.length]);
    expect(validateSarif(log)).toBe(true);
  });

  it('keeps fingerprints when lines move, and tells identical findings apart', () => {
    const before: Finding[] = [
      finding(
        'duplicate-task-id',
        'error',
        'Task ID T004 is used again (first at line 12)',
        at('specs/001-x/tasks.md', 20)
      ),
      finding(
        'missing-file-path',
        'warning',
        'Task T007 names no file or directory path',
        at('specs/001-x/tasks.md', 30)
      ),
      finding(
        'missing-file-path',
        'warning',
        'Task T007 names no file or directory path',
        at('specs/001-x/tasks.md', 31)
      )
    ];
    const after = before.map(found => ({
      ...found,
      message: found.message.replace('line 12', 'line 13'),
      location: { ...found.location, line: found.location.line + 1 }
    }));
    const hashes = findingHashes(before);
    expect(findingHashes(after)).toEqual(hashes);
    expect(new Set(hashes).size).toBe(3);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
    const moved = sarif(formatSarif(report([feature('specs/001-x', after)])));
    expect(moved.runs[0].results.map(r => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(hashes);
  });

  it('changes the fingerprint when the rule, file or meaning changes', () => {
    const base = finding('r', 'error', 'Task T001 is wrong', at('a.md', 1));
    const [original] = findingHashes([base]);
    expect(findingHashes([{ ...base, ruleId: 'other' }])[0]).not.toBe(original);
    expect(findingHashes([{ ...base, location: at('b.md', 1) }])[0]).not.toBe(original);
    expect(findingHashes([{ ...base, message: 'Task T002 is wrong' }])[0]).not.toBe(original);
  });

  it('takes line numbers out of messages but keeps task IDs', () => {
    expect(withoutLineNumbers('first at line 12; see tasks.md:40:2 and lines 3-9 of T013')).toBe(
      'first at line N; see tasks.md:N and lines N of T013'
    );
  });

  it('encodes paths as relative URI references', () => {
    expect(artifactUri('specs/001 x/[id]#1%.md')).toBe('specs/001%20x/%5Bid%5D%231%25.md');
    expect(artifactUri('./specs\\001-x/tasks.md')).toBe('specs/001-x/tasks.md');
    expect(artifactUri('a:b/c.md')).toBe('a%3Ab/c.md');
  });

  it('names rules in PascalCase', () => {
    expect(sarifRuleName('test-after-implementation')).toBe('TestAfterImplementation');
    expect(sarifRuleName('missing-plan')).toBe('MissingPlan');
  });

  it('is byte-identical across runs and free of absolute paths and timestamps', () => {
    const first = formatSarif(sampleReport());
    expect(formatSarif(sampleReport())).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(first).not.toMatch(/file:\/\/|"\/|\d{4}-\d{2}-\d{2}T/);
  });
});
