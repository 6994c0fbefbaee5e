import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { formatJson } from '../../src/core/report/json.js';
import { at, feature, finding, report, sampleReport } from './fixtures.js';

const schema = JSON.parse(
  readFileSync(new URL('../../docs/report-schema.json', import.meta.url), 'utf8')
) as object;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function parse(output: string): Record<string, unknown> {
  return JSON.parse(output) as Record<string, unknown>;
}

describe('JSON report', () => {
  it('validates against docs/report-schema.json', () => {
    for (const sample of [sampleReport(), report([]), report([feature('specs/001-x', [])])]) {
      const output = parse(formatJson(sample));
      expect(validate(output) ? [] : validate.errors).toEqual([]);
    }
  });

  it('the schema rejects what the report must not contain', () => {
    const output = parse(formatJson(sampleReport()));
    expect(validate({ ...output, schemaVersion: 2 })).toBe(false);
    expect(validate({ ...output, extra: true })).toBe(false);
  });

  it('is 2-space indented JSON with a trailing newline', () => {
    const output = formatJson(report([]));
    expect(output).toBe(
      '{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "spec-tasks",\n    "version": "0.1.0"\n  },\n  "counts": {\n    "error": 0,\n    "warning": 0,\n    "note": 0\n  },\n  "features": []\n}\n'
    );
  });

  it('sorts features and findings and counts each feature', () => {
    const output = parse(formatJson(sampleReport())) as {
      features: {
        feature: string;
        tasksPath: string | null;
        counts: unknown;
        findings: { ruleId: string; related: unknown[] }[];
      }[];
    };
    expect(output.features.map(f => f.feature)).toEqual(['specs/001-x', 'specs/002-y']);
    expect(output.features[0]!.findings.map(f => f.ruleId)).toEqual([
      'entity-without-model',
      'task-id-order',
      'parallel-file-conflict'
    ]);
    expect(output.features[0]!.counts).toEqual({ error: 1, warning: 1, note: 1 });
    expect(output.features[0]!.findings[0]!.related).toEqual([]);
    expect(output.features[0]!.findings[2]!.related).toEqual([
      {
        location: { file: 'specs/001-x/tasks.md', line: 11, column: 3 },
        message: 'also touches src/a.ts: T004'
      }
    ]);
    expect(output.features[1]!.tasksPath).toBeNull();
  });

  it('emits the task graph as plain data: line numbers, phases, edges once, no suppressions map', () => {
    const output = formatJson(sampleReport());
    const graph = (
      parse(output) as { features: { taskGraph: Record<string, unknown> | null }[] }
    ).features.map(f => f.taskGraph);
    expect(graph[1]).toBeNull();
    expect(graph[0]!.tasks).toEqual([
      {
        id: 'T001',
        checked: false,
        deferred: false,
        parallel: false,
        story: null,
        phase: 0,
        description: 'Do T001 in src/t001.ts',
        paths: ['src/t001.ts'],
        line: 5
      },
      {
        id: 'T002',
        checked: true,
        deferred: false,
        parallel: true,
        story: null,
        phase: 0,
        description: 'Do T002 in src/t002.ts',
        paths: ['src/t002.ts'],
        line: 6
      },
      {
        id: 'T009',
        checked: false,
        deferred: false,
        parallel: false,
        story: 'US1',
        phase: 1,
        description: 'Do T009 in src/t009.ts',
        paths: ['src/t009.ts'],
        line: 11
      }
    ]);
    expect(graph[0]!.phases).toEqual([
      { index: 0, title: 'Phase 1: Setup', kind: 'setup', story: null, line: 3 },
      { index: 1, title: 'Phase 2: User Story 1', kind: 'story', story: 'US1', line: 9 }
    ]);
    expect(graph[0]!.edges).toEqual([
      { before: 'T001', after: 'T002' },
      { before: 'T002', after: 'T009' }
    ]);
    expect(output).not.toContain('suppressions');
  });

  it('gives the same bytes whatever order the findings came in', () => {
    const a = finding('r', 'error', 'one', at('specs/001-x/tasks.md', 3));
    const b = finding('r', 'warning', 'two', at('specs/001-x/tasks.md', 1));
    const first = formatJson(report([feature('specs/001-x', [a, b])]));
    const second = formatJson(report([feature('specs/001-x', [b, a])]));
    expect(second).toBe(first);
  });
});
