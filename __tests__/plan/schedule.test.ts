import { describe, expect, it } from '@jest/globals';
import type { TaskDraft } from '../../src/core/plan/model.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import { schedule } from '../../src/core/plan/schedule.js';
import { planPhases } from '../../src/core/plan/phases.js';
import {
  at,
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

describe('user-story layout: a task is never scheduled after one that waits for it', () => {
  const relation = (from: string, to: string) => ({
    from,
    to,
    kind: '1:N',
    text: `${from} has many ${to}`,
    source: at('specs/001-test/data-model.md', 20)
  });
  const phaseOf = (result: ReturnType<typeof planTasks>, key: string) =>
    result.phases[result.tasks.find(task => task.key === key)!.phase]!;
  const taskOf = (result: ReturnType<typeof planTasks>, key: string) =>
    result.tasks.find(task => task.key === key)!;
  const noEdgeLost = (result: ReturnType<typeof planTasks>, drafts: Record<string, string[]>) => {
    for (const [key, after] of Object.entries(drafts))
      expect(taskOf(result, key).dependsOn).toEqual(
        expect.arrayContaining(after.map(dependency => taskOf(result, dependency).id))
      );
    for (const task of result.tasks)
      for (const id of task.dependsOn) expect(id < task.id).toBe(true);
  };

  // A runbook engine: the Playbook service is shared, but the Header model it joins is named
  // only by the third story, and the Outcome model only by the second.
  const runbooks = feature({
    spec: {
      title: undefined,
      stories: [
        story(1, 'Check a playbook file', 'P1', ['Given a playbook with steps, When I check it']),
        story(2, 'Run a playbook', 'P1', [
          'Given a playbook, When a step ends, Then its outcome is kept'
        ]),
        story(3, 'Convert notes into a playbook', 'P2', ['Then the playbook gets a header'])
      ],
      requirements: [],
      keyEntities: []
    },
    dataModel: {
      entities: [entity('Playbook'), entity('Step'), entity('Header'), entity('Outcome')],
      relationships: [
        relation('Playbook', 'Step'),
        relation('Playbook', 'Header'),
        relation('Step', 'Outcome')
      ]
    }
  });
  const result = planTasks(runbooks, userStoryTemplate());

  it('moves a model a later story names into Foundational when a Foundational service joins it', () => {
    expect(phaseOf(result, 'service:Playbook').role).toBe('foundational');
    expect(phaseOf(result, 'model:Header').role).toBe('foundational');
    expect(taskOf(result, 'service:Playbook').dependsOn).toContain(
      taskOf(result, 'model:Header').id
    );
  });

  it('drops the story label of a model it moves into Foundational', () => {
    expect(taskOf(result, 'model:Header').story).toBeUndefined();
    expect(taskOf(result, 'model:Outcome').story).toBeUndefined();
  });

  it('keeps every dependency edge and numbers dependencies first', () => {
    noEdgeLost(result, {
      'service:Playbook': ['model:Playbook', 'model:Step', 'model:Header'],
      'service:Step': ['model:Step', 'model:Outcome']
    });
  });

  it('leaves a model only its own story needs in that story', () => {
    const notes = feature({
      ...runbooks,
      dataModel: {
        entities: [...runbooks.dataModel!.entities, entity('Draft')],
        relationships: runbooks.dataModel!.relationships
      },
      spec: {
        ...runbooks.spec!,
        stories: [
          ...runbooks.spec!.stories.slice(0, 2),
          story(3, 'Convert notes into a playbook', 'P2', ['Then a draft and a header are made'])
        ]
      }
    });
    const planned = planTasks(notes, userStoryTemplate());
    expect(phaseOf(planned, 'model:Draft').story?.id).toBe('US3');
    expect(taskOf(planned, 'model:Draft').story).toBe('US3');
  });

  // A coffee log: the first story's endpoint needs the grinder service, which only the second
  // story needs otherwise, and which waits for a burr-set model only the third story names.
  it('moves a depended-on task and its own dependencies, to a fixed point', () => {
    const phases = planPhases(userStoryTemplate(), [
      story(1, 'Log a shot', 'P1'),
      story(2, 'Manage grinders', 'P2'),
      story(3, 'Swap burrs', 'P3')
    ]);
    const tasks = schedule(
      [
        { ...draft('endpoint', 'core', 'endpoint', ['api.py'], ['service']), story: 'US1' },
        { ...draft('service', 'core', 'service', ['grinders.py'], ['model']), story: 'US2' },
        { ...draft('model', 'core', 'model', ['burr_set.py']), story: 'US3' },
        { ...draft('unrelated', 'core', 'model', ['bean.py']), story: 'US3' }
      ],
      phases
    );
    expect(
      tasks.map(task => [task.id, task.key, phases[task.phase]!.role, task.story, task.dependsOn])
    ).toEqual([
      ['T001', 'model', 'foundational', undefined, []],
      ['T002', 'service', 'foundational', undefined, ['T001']],
      ['T003', 'endpoint', 'story', 'US1', ['T002']],
      ['T004', 'unrelated', 'story', 'US3', []]
    ]);
  });

  it('without a Foundational phase, moves the task into the waiting story and relabels it', () => {
    const phases = planPhases(
      {
        ...userStoryTemplate(),
        phases: userStoryTemplate().phases.filter(p => p.role !== 'foundational')
      },
      [story(1, 'First', 'P1'), story(2, 'Second', 'P2')]
    );
    const tasks = schedule(
      [
        { ...draft('service', 'core', 'service', ['s.py'], ['model']), story: 'US1' },
        { ...draft('model', 'core', 'model', ['m.py']), story: 'US2' }
      ],
      phases
    );
    expect(
      tasks.map(task => [task.id, task.key, phases[task.phase]!.story?.id, task.story])
    ).toEqual([
      ['T001', 'model', 'US1', 'US1'],
      ['T002', 'service', 'US1', 'US1']
    ]);
    expect(tasks[1]!.dependsOn).toEqual(['T001']);
  });

  it('within a phase, puts a task after one it waits for even against the kind order', () => {
    const tasks = schedule(
      [
        draft('model', 'core', 'model', ['m.py'], ['endpoint']),
        draft('endpoint', 'core', 'endpoint', ['e.py'])
      ],
      planPhases(classicTemplate(), [])
    );
    expect(tasks.map(task => [task.id, task.key, task.dependsOn])).toEqual([
      ['T001', 'endpoint', []],
      ['T002', 'model', ['T001']]
    ]);
  });
});

describe('user-story layout: which story owns an endpoint several stories name', () => {
  const ownerOf = (result: ReturnType<typeof planTasks>, name: string) => {
    const task = result.tasks.find(candidate => candidate.key.endsWith(`:${name}`))!;
    const phase = result.phases[task.phase]!;
    return phase.role === 'story' ? phase.story!.id : phase.role;
  };
  const crud = (titles: string[], scenarios: string[][] = []) =>
    planTasks(
      feature({
        spec: {
          title: undefined,
          stories: titles.map((title, index) =>
            story(index + 1, title, `P${index + 1}`, scenarios[index] ?? [])
          ),
          requirements: [],
          keyEntities: []
        },
        dataModel: { entities: [entity('Socio')], relationships: [] },
        contracts: [
          contract('socios.yaml', [
            endpoint('POST', '/api/socios'),
            endpoint('GET', '/api/socios'),
            endpoint('GET', '/api/socios/{numero}'),
            endpoint('PUT', '/api/socios/{numero}'),
            endpoint('PATCH', '/api/socios/{numero}'),
            endpoint('DELETE', '/api/socios/{numero}')
          ])
        ]
      }),
      userStoryTemplate()
    );

  // A members' club CRUD written in Spanish: each story's title says what it does to socios.
  it('gives each endpoint to the story whose title names its action and resource', () => {
    const result = crud([
      'Alta de socio',
      'Consulta y listado de socios',
      'Actualización y baja de socios'
    ]);
    expect(
      [
        'POST /api/socios',
        'GET /api/socios',
        'GET /api/socios/{numero}',
        'PUT /api/socios/{numero}',
        'PATCH /api/socios/{numero}',
        'DELETE /api/socios/{numero}'
      ].map(name => ownerOf(result, name))
    ).toEqual(['US1', 'US2', 'US2', 'US3', 'US3', 'US3']);
    expect(phaseOfKey(result, 'model:Socio')).toBe('foundational');
    expect(phaseOfKey(result, 'contract-test:specs/001-test/contracts/socios.yaml')).toBe(
      'foundational'
    );
  });

  it('keeps endpoints shared when the titles say no action', () => {
    const result = crud(['Socios del club', 'Más socios', 'Socios antiguos']);
    expect(ownerOf(result, 'POST /api/socios')).toBe('foundational');
    expect(ownerOf(result, 'DELETE /api/socios/{numero}')).toBe('foundational');
  });

  it('keeps an endpoint shared when two titles name its action', () => {
    const result = crud(['Alta de socio', 'Alta masiva de socios', 'Consulta de socios']);
    expect(ownerOf(result, 'POST /api/socios')).toBe('foundational');
    expect(ownerOf(result, 'GET /api/socios')).toBe('US3');
  });

  // An exam system: the admin story creates accounts in a "When" step; the sign-up story's
  // title only says "registration", which has an endpoint of its own.
  it('falls back to a "When" step that names the action and the resource', () => {
    const scenario = (when: string) => ({
      given: 'a signed-in admin',
      when,
      then: 'it works',
      text: `Given a signed-in admin, When ${when}, Then it works`,
      source: at('specs/001-test/spec.md', 12)
    });
    const admin = { ...story(1, 'Admin account management', 'P1') };
    admin.scenarios = [
      scenario('the admin creates a new account'),
      scenario('the admin opens the account list')
    ];
    const signUp = { ...story(2, 'Account registration', 'P2') };
    // Creating something else in a step does not claim the account endpoint.
    signUp.scenarios = [
      scenario('a visitor submits the account form'),
      scenario('the visitor creates a password')
    ];
    const result = planTasks(
      feature({
        spec: { title: undefined, stories: [admin, signUp], requirements: [], keyEntities: [] },
        contracts: [
          contract('accounts.yaml', [
            endpoint('POST', '/accounts'),
            endpoint('GET', '/accounts'),
            endpoint('DELETE', '/accounts/{id}')
          ])
        ]
      }),
      userStoryTemplate()
    );
    expect(ownerOf(result, 'POST /accounts')).toBe('US1');
    expect(ownerOf(result, 'GET /accounts')).toBe('US1');
    expect(ownerOf(result, 'DELETE /accounts/{id}')).toBe('foundational');
  });

  // A playlist app: POST to an action path is not "create", so "Create and publish playlists"
  // does not take the publish endpoint from the story about publishing.
  it('does not read a POST to an action path as create', () => {
    const result = planTasks(
      feature({
        spec: {
          title: undefined,
          stories: [
            story(1, 'Create and publish playlists', 'P1'),
            story(2, 'Publish a playlist to followers', 'P2')
          ],
          requirements: [],
          keyEntities: []
        },
        contracts: [
          contract('playlists.yaml', [
            endpoint('POST', '/playlists'),
            endpoint('POST', '/playlists/{id}/publish')
          ])
        ]
      }),
      userStoryTemplate()
    );
    expect(ownerOf(result, 'POST /playlists')).toBe('US1');
    expect(ownerOf(result, 'POST /playlists/{id}/publish')).toBe('foundational');
  });

  it('reads a GraphQL mutation by the verb its field starts with', () => {
    const mutation = endpoint('MUTATION', 'createPlaylist', {
      kind: 'graphql',
      name: 'Mutation.createPlaylist',
      operationId: 'createPlaylist',
      resource: 'playlist'
    });
    const result = planTasks(
      feature({
        spec: {
          title: undefined,
          stories: [story(1, 'Browse playlists', 'P1'), story(2, 'Create a playlist', 'P2')],
          requirements: [],
          keyEntities: []
        },
        contracts: [contract('schema.graphql', [mutation], 'graphql')]
      }),
      userStoryTemplate()
    );
    expect(ownerOf(result, 'Mutation.createPlaylist')).toBe('US2');
  });
});

function phaseOfKey(result: ReturnType<typeof planTasks>, key: string): string {
  const phase = result.phases[result.tasks.find(task => task.key === key)!.phase]!;
  return phase.role === 'story' ? phase.story!.id : phase.role;
}
