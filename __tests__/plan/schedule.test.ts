import { describe, expect, it } from '@jest/globals';
import type { TaskDraft } from '../../src/core/plan/model.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import { schedule } from '../../src/core/plan/schedule.js';
import { planPhases } from '../../src/core/plan/phases.js';
import {
  classicTemplate,
  contract,
  endpoint,
  entity,
  feature,
  story,
  userStoryTemplate
} from '../helpers/builders.js';

const draft = (
  key: string,
  role: TaskDraft['role'],
  kind: TaskDraft['kind'],
  files: string[],
  after: string[] = []
): TaskDraft => ({
  key,
  kind,
  role,
  description: key,
  files,
  after,
  covers: [],
  story: undefined
});

describe('scheduler', () => {
  const phases = planPhases(classicTemplate(), []);

  it('orders by phase, then tests before models before endpoints, and numbers from T001', () => {
    const tasks = schedule(
      [
        draft('endpoint', 'core', 'endpoint', ['a.py']),
        draft('model', 'core', 'model', ['m.py']),
        draft('test', 'tests', 'contract-test', ['t.py']),
        draft('setup', 'setup', 'setup', ['pyproject.toml'])
      ],
      phases
    );
    expect(tasks.map(task => [task.id, task.key])).toEqual([
      ['T001', 'setup'],
      ['T002', 'test'],
      ['T003', 'model'],
      ['T004', 'endpoint']
    ]);
  });

  it('chains tasks of one phase that share a file and never marks them [P]', () => {
    const tasks = schedule(
      [
        draft('a', 'core', 'endpoint', ['api.py']),
        draft('b', 'core', 'endpoint', ['api.py']),
        draft('c', 'core', 'endpoint', ['other.py'])
      ],
      phases
    );
    expect(tasks.map(task => [task.id, task.parallel, task.dependsOn])).toEqual([
      ['T001', false, []],
      ['T002', false, ['T001']],
      ['T003', true, []]
    ]);
  });

  it('treats a directory as touching every file beneath it', () => {
    const tasks = schedule(
      [
        draft('a', 'polish', 'polish', ['vllm/metrics/']),
        draft('b', 'polish', 'polish', ['vllm/metrics/stats.py'])
      ],
      phases
    );
    expect(tasks.map(task => task.parallel)).toEqual([false, false]);
    expect(tasks[1]!.dependsOn).toEqual(['T001']);
  });

  it('does not mark [P] a task that waits for another task of its phase', () => {
    const tasks = schedule(
      [draft('m', 'core', 'model', ['m.py']), draft('s', 'core', 'service', ['s.py'], ['m'])],
      phases
    );
    expect(tasks.map(task => task.parallel)).toEqual([true, false]);
    expect(tasks[1]!.dependsOn).toEqual(['T001']);
  });

  it('keeps a dependency on a task of an earlier phase without costing [P]', () => {
    const tasks = schedule(
      [
        draft('t', 'tests', 'contract-test', ['t.py']),
        draft('e', 'core', 'endpoint', ['e.py'], ['t', 'missing'])
      ],
      phases
    );
    expect(tasks[1]!.dependsOn).toEqual(['T001']);
    expect(tasks[1]!.parallel).toBe(true);
  });
});

describe('user-story layout', () => {
  const model = feature({
    spec: {
      title: undefined,
      stories: [
        story(1, 'Browse events', 'P1', [
          'Given events exist, When I list events, Then I see them'
        ]),
        story(2, 'RSVP to an event', 'P2', [
          'Given an event, When I RSVP, Then my Rsvp is saved and the event shows it'
        ])
      ],
      requirements: [],
      keyEntities: []
    },
    dataModel: {
      entities: [entity('Event'), entity('Rsvp'), entity('AuditLog')],
      relationships: []
    },
    contracts: [
      contract('rsvp.yaml', [endpoint('POST', '/events/{id}/rsvps', { resource: 'rsvps' })])
    ]
  });
  const result = planTasks(model, userStoryTemplate());

  it('makes one phase per story in priority order between Foundational and Polish', () => {
    expect(
      result.phases.map(phase => `${phase.number} ${phase.role} ${phase.story?.id ?? ''}`.trim())
    ).toEqual(['1 setup', '2 foundational', '3 story US1', '4 story US2', '5 polish']);
  });

  it('puts an entity several stories share in Foundational, one only a story needs in that story', () => {
    const phaseOf = (key: string) =>
      result.phases[result.tasks.find(task => task.key === key)!.phase]!;
    expect(phaseOf('model:Event').role).toBe('foundational');
    expect(phaseOf('model:Rsvp').story?.id).toBe('US2');
    expect(phaseOf('model:AuditLog').role).toBe('foundational');
    expect(phaseOf('contract-test:specs/001-test/contracts/rsvp.yaml').story?.id).toBe('US2');
  });

  it('puts tests first within each story phase', () => {
    const us2 = result.tasks.filter(task => result.phases[task.phase]!.story?.id === 'US2');
    const firstImplementation = us2.findIndex(task => !task.kind.endsWith('test'));
    const lastTest = us2.map(task => task.kind.endsWith('test')).lastIndexOf(true);
    expect(lastTest).toBeLessThan(firstImplementation);
    expect(us2.map(task => task.kind)).toEqual([
      'contract-test',
      'integration-test',
      'model',
      'endpoint'
    ]);
  });

  it('numbers tasks in execution order across phases', () => {
    expect(result.tasks.map(task => task.id)).toEqual(
      result.tasks.map((_, index) => `T${String(index + 1).padStart(3, '0')}`)
    );
    expect(result.tasks.map(task => task.phase)).toEqual(
      [...result.tasks.map(task => task.phase)].sort((a, b) => a - b)
    );
  });

  it('never lets a task wait for a later one', () => {
    for (const task of result.tasks)
      for (const id of task.dependsOn) expect(id < task.id).toBe(true);
  });
});
