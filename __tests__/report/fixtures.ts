/** Small hand-made check reports for the formatter tests. */
import type {
  CheckReport,
  CoverageItem,
  FeatureCheck,
  SeverityCounts
} from '../../src/core/check/result.js';
import type { ListedTask, TaskList } from '../../src/core/parse/tasks-md/model.js';
import type { Finding, RelatedLocation, Severity } from '../../src/core/model.js';

export function at(file: string, line: number, column = 1) {
  return { file, line, column };
}

export function finding(
  ruleId: string,
  severity: Severity,
  message: string,
  location: { file: string; line: number; column: number },
  related?: RelatedLocation[]
): Finding {
  return related
    ? { ruleId, severity, message, location, related }
    : { ruleId, severity, message, location };
}

export function counts(findings: readonly Finding[]): SeverityCounts {
  const result: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const found of findings) result[found.severity]++;
  return result;
}

export function feature(
  dir: string,
  findings: Finding[],
  overrides: Partial<FeatureCheck> = {}
): FeatureCheck {
  return {
    feature: dir,
    tasksPath: `${dir}/tasks.md`,
    findings,
    coverage: [],
    taskList: undefined,
    ...overrides
  };
}

export function report(features: FeatureCheck[]): CheckReport {
  return {
    schemaVersion: 1,
    tool: { name: 'spec-tasks', version: '0.1.0' },
    features,
    counts: counts(features.flatMap(f => f.findings))
  };
}

export function coverage(
  kind: CoverageItem['kind'],
  name: string,
  tasks: string[],
  file = 'specs/001-x/data-model.md'
): CoverageItem {
  return { kind, name, source: at(file, 3), tasks };
}

export function task(id: string, line: number, overrides: Partial<ListedTask> = {}): ListedTask {
  return {
    id,
    checked: false,
    deferred: false,
    parallel: false,
    story: undefined,
    description: `Do ${id} in src/${id.toLowerCase()}.ts`,
    paths: [`src/${id.toLowerCase()}.ts`],
    barePaths: [],
    citedPaths: [],
    phase: 0,
    dependsOn: [],
    source: at('specs/001-x/tasks.md', line, 1),
    line: `- [ ] ${id} Do ${id}`,
    ...overrides
  };
}

export function taskList(tasks: ListedTask[]): TaskList {
  return {
    path: 'specs/001-x/tasks.md',
    marker: undefined,
    testsNotRequested: undefined,
    phases: [
      {
        index: 0,
        title: 'Phase 1: Setup',
        kind: 'setup',
        story: undefined,
        source: at('specs/001-x/tasks.md', 3)
      },
      {
        index: 1,
        title: 'Phase 2: User Story 1',
        kind: 'story',
        story: 'US1',
        source: at('specs/001-x/tasks.md', 9)
      }
    ],
    tasks,
    dependencies: [
      { before: ['T001'], after: ['T002'], source: at('specs/001-x/tasks.md', 20) },
      { before: ['T001'], after: ['T002'], source: at('specs/001-x/tasks.md', 5) },
      { before: ['T002'], after: ['T009'], source: at('specs/001-x/tasks.md', 21) }
    ],
    malformed: [],
    suppressions: new Map([[7, ['missing-file-path']]])
  };
}

/** A feature with a bit of everything: findings in two files, related locations, coverage, tasks. */
export function sampleReport(): CheckReport {
  const tasks = 'specs/001-x/tasks.md';
  return report([
    feature(
      'specs/002-y',
      [finding('missing-plan', 'error', 'The feature folder has no plan.md', at('specs/002-y', 1))],
      { tasksPath: undefined }
    ),
    feature(
      'specs/001-x',
      [
        finding(
          'task-id-order',
          'note',
          'Task T003 comes after T004 in the document; IDs should ascend',
          at(tasks, 12, 3)
        ),
        finding(
          'parallel-file-conflict',
          'error',
          '[P] tasks T004 and T005 both touch src/a.ts and can run at the same time',
          at(tasks, 14, 3),
          [{ location: at(tasks, 11, 3), message: 'also touches src/a.ts: T004' }]
        ),
        finding(
          'entity-without-model',
          'warning',
          'Entity Metric from data-model.md has no task that creates or changes it',
          at('specs/001-x/data-model.md', 5)
        )
      ],
      {
        coverage: [
          coverage('entity', 'Metric', []),
          coverage(
            'endpoint',
            'GET /v1/metrics',
            ['T010', 'T011'],
            'specs/001-x/contracts/api.yaml'
          )
        ],
        taskList: taskList([
          task('T001', 5),
          task('T002', 6, { parallel: true, checked: true }),
          task('T009', 11, { story: 'US1', phase: 1 })
        ])
      }
    )
  ]);
}
