/**
 * Every check rule, firing and not firing, with the nearest miss that must not fire. Feature
 * models are built by hand; task lists are written as people write them and parsed for real.
 */
import { describe, expect, it } from '@jest/globals';
import { checkFeature } from '../../src/core/check/check-feature.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import { applyOverrides, defaultSettings } from '../../src/core/check/settings.js';
import type { Feature, Finding } from '../../src/core/model.js';
import { at, contract, endpoint, entity, feature, story } from '../helpers/builders.js';

const TASKS_PATH = 'specs/001-test/tasks.md';

function check(tasks: string, model: Feature = feature(), expectedInputHash?: string): Finding[] {
  const list = parseTaskList({ path: TASKS_PATH, relativePath: 'tasks.md', text: tasks });
  return checkFeature({ feature: model, taskList: list, expectedInputHash }, defaultSettings())
    .findings;
}

function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter(found => found.ruleId === ruleId);
}

const lines = (...text: string[]) => text.join('\n') + '\n';

const api = contract('users-api.yaml', [
  endpoint('GET', '/api/users/{id}', { operationId: 'getUser' }),
  endpoint('POST', '/api/users', { operationId: 'createUser' })
]);

describe('contract-untested', () => {
  const model = feature({ contracts: [api] });

  it('fires on a contract no test task names, at the contract file', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core Implementation',
          '- [ ] T001 Implement GET /api/users/{id} in src/api/users.py',
          '- [ ] T002 Implement POST /api/users in src/api/users.py'
        ),
        model
      ),
      'contract-untested'
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('error');
    expect(found[0]!.message).toBe(
      'Contract contracts/users-api.yaml (2 endpoints) has no test task'
    );
    expect(found[0]!.location.file).toBe('specs/001-test/contracts/users-api.yaml');
  });

  it('does not fire when a test names one of its endpoints by operationId', () => {
    expect(
      only(
        check(
          lines(
            '## Phase 3.2: Tests First (TDD)',
            '- [ ] T001 [P] Contract test for getUser in tests/contract/test_users.py'
          ),
          model
        ),
        'contract-untested'
      )
    ).toEqual([]);
  });

  it('nearest miss: a non-test task naming the contract file does not test it', () => {
    const found = check(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T001 Implement contracts/users-api.yaml in src/api/users.py'
      ),
      model
    );
    expect(only(found, 'contract-untested')).toHaveLength(1);
  });
});

describe('contract-untested: a test naming an operation or field of the contract', () => {
  const orders = contract(
    'storefront.graphql',
    [
      endpoint('QUERY', 'items', {
        kind: 'graphql',
        name: 'Query.items',
        operationId: 'items',
        resource: 'items'
      })
    ],
    'graphql'
  );
  const model = feature({ contracts: [orders] });

  it('counts a field named inside a test name: TestOrderQuery_ItemsWithFilters tests Query.items', () => {
    const found = check(
      lines(
        '## Phase 3.2: Tests First (TDD)',
        '- [ ] T001 [P] Add TestOrderQuery_ItemsWithFilters in internal/graph/resolver_test.go'
      ),
      model
    );
    expect(only(found, 'contract-untested')).toEqual([]);
  });

  it('nearest miss: a task that implements the field does not test it', () => {
    const found = check(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T001 Implement the items resolver in internal/graph/items.go'
      ),
      model
    );
    expect(only(found, 'contract-untested')).toHaveLength(1);
  });
});

describe('contract-untested: a contract that specifies CI', () => {
  const ciTasks = lines(
    '## Phase 3.5: Polish',
    '- [ ] T001 [P] Create the chart lint workflow at .github/workflows/validate-chart.yml'
  );

  it('is tested by the workflow that runs its checks', () => {
    const model = feature({ contracts: [contract('github-ci-workflow.md', [], 'markdown')] });
    expect(only(check(ciTasks, model), 'contract-untested')).toEqual([]);
  });

  it('nearest miss: a contract about a workflow of the product is not tested by CI', () => {
    const model = feature({ contracts: [contract('approval-workflow.md', [], 'markdown')] });
    expect(only(check(ciTasks, model), 'contract-untested')).toHaveLength(1);
  });
});

describe('parallel-file-conflict', () => {
  it('fires once per file and group, on the first task, with the others as related locations', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 [P] Add title to /docs/config.toml',
          '- [ ] T002 [P] Add menus to `docs/config.toml`',
          '- [ ] T003 [P] Add theme to docs/config.toml',
          '- [ ] T004 [P] Add the footer partial in docs/layouts/footer.html',
          '- [ ] T005 [P] Add the header partial in docs/layouts/footer.html'
        )
      ),
      'parallel-file-conflict'
    );
    expect(found.map(f => [f.location.line, f.message])).toEqual([
      [
        2,
        'T001, T002, T003 are all [P] and all touch docs/config.toml; all 3 pairs of them can run at the same time'
      ],
      [
        5,
        '[P] tasks T004 and T005 both touch docs/layouts/footer.html and can run at the same time'
      ]
    ]);
    expect(found[0]!.related?.map(r => [r.location.line, r.message])).toEqual([
      [3, 'also touches docs/config.toml: T002'],
      [4, 'also touches docs/config.toml: T003']
    ]);
  });

  it('counts only the pairs that can run together, and splits groups a dependency separates', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 [P] Parse headers in src/wire.rs',
          '- [ ] T002 [P] Parse bodies in src/wire.rs',
          '- [ ] T003 [P] Parse trailers in src/wire.rs (depends on T001)',
          '- [ ] T004 Serialise in src/codec.rs',
          '- [ ] T005 [P] Encode frames in src/codec.rs and src/frame.rs (depends on T004)',
          '- [ ] T006 [P] Decode frames in src/codec.rs and src/frame.rs (depends on T004)'
        )
      ),
      'parallel-file-conflict'
    );
    expect(found.map(f => f.message)).toEqual([
      'T001, T002, T003 are all [P] and all touch src/wire.rs; 2 of their 3 pairs can run at the same time',
      '[P] tasks T005 and T006 both touch src/codec.rs and src/frame.rs and can run at the same time'
    ]);
  });

  it('leaves out a task whose line silences the rule, keeping the rest of its group', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 [P] Edit src/app.py',
          '<!-- spec-tasks-disable-next-line parallel-file-conflict -->',
          '- [ ] T002 [P] Edit src/app.py',
          '- [ ] T003 [P] Edit src/app.py again'
        )
      ),
      'parallel-file-conflict'
    );
    expect(found.map(f => f.message)).toEqual([
      '[P] tasks T001 and T003 both touch src/app.py and can run at the same time'
    ]);
  });

  it('honours a line saying the tasks share the file on purpose, in its scope only', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 [P] Add the hourly report in src/reports/runner.py',
          '- [ ] T002 [P] Add the daily report in src/reports/runner.py',
          '- [ ] T003 [P] Parse the header in src/wire.py',
          '- [ ] T004 [P] Parse the trailer in src/wire.py (alongside T003)',
          '- [ ] T005 [P] Test the header in tests/test_wire.py',
          '- [ ] T006 [P] Test the trailer in tests/test_wire.py',
          '- [ ] T007 [P] Note the header in `CHANGELOG.md`',
          '- [ ] T008 [P] Note the trailer in `CHANGELOG.md`',
          '',
          '## Notes',
          '- T001 and T002: parallel, both in `runner.py`, no shared state',
          '- `[P]` tasks touch different files or the same file with distinct test functions'
        )
      ),
      'parallel-file-conflict'
    );
    expect(found.map(f => f.message)).toEqual([
      '[P] tasks T003 and T004 both touch src/wire.py and can run at the same time',
      '[P] tasks T007 and T008 both touch CHANGELOG.md and can run at the same time'
    ]);
  });

  it('nearest miss: a line warning against sharing a file is no permission', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 [P] Add the hourly report in src/reports/runner.py',
          '- [ ] T002 [P] Add the daily report in src/reports/runner.py',
          '',
          '## Notes',
          '- Never mark tasks parallel if they modify the same file (T001 and T002 both touch runner.py)'
        )
      ),
      'parallel-file-conflict'
    );
    expect(found).toHaveLength(1);
  });

  it('nearest misses: different phases, a dependency between them, a shared directory, one without [P]', () => {
    const found = check(
      lines(
        '## Phase 3.2: Tests',
        '- [ ] T001 [P] Test in tests/test_a.py',
        '## Phase 3.3: Core',
        '- [ ] T002 [P] Fix tests/test_a.py',
        '- [ ] T003 [P] Model in src/models/',
        '- [ ] T004 [P] Other model in src/models/',
        '- [ ] T005 [P] Edit src/app.py',
        '- [ ] T006 [P] Edit src/app.py again (depends on T005)',
        '- [ ] T007 Edit src/app.py a third time'
      )
    );
    expect(only(found, 'parallel-file-conflict')).toEqual([]);
  });

  it('can be silenced for one line with an HTML comment', () => {
    const found = check(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T001 [P] Edit src/app.py',
        '<!-- spec-tasks-disable-next-line parallel-file-conflict -->',
        '- [ ] T002 [P] Edit src/app.py'
      )
    );
    expect(only(found, 'parallel-file-conflict')).toEqual([]);
  });
});

describe('entity-without-model', () => {
  const model = feature({
    dataModel: {
      entities: [entity('UserProfile'), entity('AuditLog', { existing: true })],
      relationships: []
    }
  });

  it('fires on an entity no task names', () => {
    const found = only(
      check(
        lines('## Phase 3.3: Core', '- [ ] T001 Create Account model in src/models/account.py'),
        model
      ),
      'entity-without-model'
    );
    expect(found.map(f => f.message)).toEqual([
      'Entity UserProfile from data-model.md has no task that creates or changes it'
    ]);
    expect(found[0]!.severity).toBe('warning');
  });

  it('does not fire when a task names it in another spelling, and skips existing entities', () => {
    const found = check(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T001 Create user profile model in src/models/user_profile.py'
      ),
      model
    );
    expect(only(found, 'entity-without-model')).toEqual([]);
  });
});

describe('entity-without-model: a record built without its name', () => {
  const field = (name: string) => ({
    name,
    type: undefined,
    description: undefined,
    source: at('specs/001-test/data-model.md', 4)
  });
  const model = feature({
    dataModel: {
      entities: [
        entity('ScoringOutcome', {
          fields: [field('request_id'), field('grade'), field('confidence'), field('latency_ms')]
        }),
        entity('ScoringBatch', {
          fields: [field('id'), field('name'), field('created_at'), field('batch_size')]
        }),
        entity('Shape Nodes')
      ],
      relationships: []
    }
  });
  const entityFindings = (...tasks: string[]) =>
    only(check(lines('## Phase 3.3: Core', ...tasks), model), 'entity-without-model').map(
      f => f.message
    );

  it('takes a task naming a word of its name and two of its own fields as building it', () => {
    expect(
      entityFindings(
        '- [ ] T001 Implement the scoring helper in src/score.py that returns grade + confidence',
        '- [ ] T002 Implement the basic shape system in src/shapes.rs'
      )
    ).toEqual(['Entity ScoringBatch from data-model.md has no task that creates or changes it']);
  });

  it('nearest miss: one field, common fields, or fields without a word of the name build nothing', () => {
    expect(
      entityFindings(
        '- [ ] T001 Implement the scoring helper in src/score.py that returns a grade',
        '- [ ] T002 Store the id, name and created_at of each scoring run in src/runs.py',
        '- [ ] T003 Show grade and confidence on the report page in src/page.tsx'
      )
    ).toEqual([
      'Entity ScoringOutcome from data-model.md has no task that creates or changes it',
      'Entity ScoringBatch from data-model.md has no task that creates or changes it',
      'Entity Shape Nodes from data-model.md has no task that creates or changes it'
    ]);
  });
});

describe('entity-without-model: work a report heading names', () => {
  const model = feature({
    dataModel: { entities: [entity('Ledger Entry'), entity('Refund')], relationships: [] }
  });

  it('takes a report on tasks done that names the entity as covering it', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [x] T010 Data models in src/models.py',
          '- [x] T011 Posting rules in src/posting.py',
          '',
          '## Completion Notes',
          '### T010-T011 Core ✅',
          '- `src/models.py` with the LedgerEntry and Account classes'
        ),
        model
      ),
      'entity-without-model'
    );
    expect(found.map(f => f.message)).toEqual([
      'Entity Refund from data-model.md has no task that creates or changes it'
    ]);
  });
});

describe('endpoint-unimplemented', () => {
  const model = feature({ contracts: [api] });

  it('fires on an endpoint only a test names', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.2: Tests',
          '- [ ] T001 Contract test GET /api/users/{id} and POST /api/users in tests/contract/test_users.py',
          '## Phase 3.3: Core',
          '- [ ] T002 Implement GET /api/users/:id in src/api/users.py'
        ),
        model
      ),
      'endpoint-unimplemented'
    );
    expect(found.map(f => f.message)).toEqual([
      'Endpoint POST /api/users of contracts/users-api.yaml has no implementation task'
    ]);
  });
});

describe('endpoint-unimplemented: work a progress report names', () => {
  const base = { basePath: '/kennel/v1' };
  const kennels = contract('kennels-api.yaml', [
    endpoint('GET', '/kennels', base),
    endpoint('GET', '/kennels/{kennelId}', base),
    endpoint('GET', '/kennels/{kennelId}/occupancy', base),
    endpoint('DELETE', '/kennels/{kennelId}', base)
  ]);
  const model = feature({ contracts: [kennels] });
  const tasks = (report: string) =>
    lines(
      '## Phase 3: Core',
      '- [x] T030 Implement KennelController GET /kennel/v1/kennels in src/api/KennelController.java',
      '- [x] T031 Implement KennelController GET /kennel/v1/kennels/{kennelId}/occupancy in src/api/KennelController.java',
      '',
      '## Progress',
      report
    );
  const endpointFindings = (report: string) =>
    only(check(tasks(report), model), 'endpoint-unimplemented').map(f => f.message);

  it("takes the list's report of what its tasks built as implementing the endpoints it names, for the method it names", () => {
    expect(
      endpointFindings(
        '- ✅ KennelController: GET /kennel/v1/kennels, /kennels/{id}, /kennels/{id}/occupancy (T030-T031)'
      )
    ).toEqual([
      'Endpoint DELETE /kennels/{kennelId} of contracts/kennels-api.yaml has no implementation task'
    ]);
  });

  it('nearest miss: a line without a done mark, or without task IDs, reports nothing', () => {
    for (const report of [
      '- KennelController: GET /kennel/v1/kennels, /kennels/{id} (T030-T031)',
      '- ✅ KennelController: GET /kennel/v1/kennels, /kennels/{id} (with filters)'
    ]) {
      expect(endpointFindings(report)).toEqual([
        'Endpoint GET /kennels/{kennelId} of contracts/kennels-api.yaml has no implementation task',
        'Endpoint DELETE /kennels/{kennelId} of contracts/kennels-api.yaml has no implementation task'
      ]);
    }
  });
});

describe('endpoint-unimplemented: CLI actions', () => {
  const cli = (command: string) =>
    endpoint('', command, {
      kind: 'cli',
      method: undefined,
      name: command,
      resource: command.split(' ').pop()!
    });
  const model = feature({
    contracts: [
      contract(
        'vault-cli.md',
        [cli('vault archive extract'), cli('vault archive seal')],
        'markdown'
      )
    ]
  });

  it('takes a task creating the subcommand with that action as implementing it', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 Add the `archive` subcommand with its `extract` action in src/commands/archive.rs'
        ),
        model
      ),
      'endpoint-unimplemented'
    );
    expect(found.map(f => f.message)).toEqual([
      'Endpoint vault archive seal of contracts/vault-cli.md has no implementation task'
    ]);
  });
});

describe('story-untested', () => {
  const model = feature({
    spec: {
      title: 'x',
      stories: [story(1, 'Sign in', 'P1'), story(2, 'Reset password', 'P2')],
      requirements: [],
      keyEntities: []
    },
    quickstart: {
      scenarios: [{ title: 'First login', source: at('specs/001-test/quickstart.md', 4) }]
    }
  });

  it('fires on each story and scenario without an integration test', () => {
    const found = only(
      check(
        lines(
          '## Phase 3: User Story 1 - Sign in (Priority: P1)',
          '- [ ] T001 [P] [US1] Integration test for sign in in tests/integration/test_sign_in.py',
          '- [ ] T002 [US2] Implement reset in src/services/reset.py'
        ),
        model
      ),
      'story-untested'
    );
    expect(found.map(f => f.message)).toEqual([
      'User Story 2 "Reset password" has no integration test task',
      'Quickstart scenario "First login" has no integration test task'
    ]);
  });

  it('nearest miss: a test task validating quickstart.md covers its scenarios', () => {
    const found = check(
      lines(
        '## Phase 3.2: Tests',
        '- [ ] T001 [P] Integration test for User Story 1 in tests/integration/test_us1.py',
        '- [ ] T002 [P] Integration test for user story 2 in tests/integration/test_us2.py',
        '- [ ] T003 Run the quickstart.md scenarios in tests/integration/test_quickstart.py'
      ),
      model
    );
    expect(only(found, 'story-untested')).toEqual([]);
  });
});

describe('test-after-implementation', () => {
  // The plan asks for tests first; without that, or the list saying so, the rule has nothing to hold.
  const model = feature({ contracts: [api], testFirst: at('specs/001-test/plan.md', 12) });

  it('fires on a test placed after the implementation of what it tests', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T001 Implement createUser in src/api/users.py',
          '- [ ] T002 Contract test for createUser in tests/contract/test_users.py'
        ),
        model
      ),
      'test-after-implementation'
    );
    expect(found.map(f => [f.location.line, f.message])).toEqual([
      [3, 'Test task T002 comes after T001, which implements POST /api/users that it tests']
    ]);
  });

  it('nearest misses: a test after unrelated code, and a follow-up test in Polish', () => {
    const found = check(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T001 Implement getUser in src/api/users.py',
        '- [ ] T002 Contract test for createUser in tests/contract/test_create.py',
        '## Phase 3.5: Polish',
        '- [ ] T003 [P] Unit tests for getUser in tests/unit/test_users.py',
        '- [ ] T004 Implement createUser in src/api/users.py'
      ),
      model
    );
    expect(only(found, 'test-after-implementation')).toEqual([]);
  });

  it('is silent where neither the documents nor the list ask for tests first, and fires where the list does', () => {
    const late = [
      '- [ ] T001 Implement createUser in src/api/users.py',
      '- [ ] T002 Contract test for createUser in tests/contract/test_users.py'
    ];
    const unasked = feature({ contracts: [api] });
    expect(
      only(check(lines('## Phase 3.3: Core', ...late), unasked), 'test-after-implementation')
    ).toEqual([]);
    expect(
      only(
        check(lines('## Phase 3.3: Core', '', 'Write tests first (TDD).', '', ...late), unasked),
        'test-after-implementation'
      )
    ).toHaveLength(1);
    expect(
      only(
        check(
          lines('## Phase 3.3: Core', '', 'Add test phases if TDD is wanted.', '', ...late),
          unasked
        ),
        'test-after-implementation'
      )
    ).toEqual([]);
  });
});

describe('missing-file-path', () => {
  it('fires on a task that names no path, not on one naming a directory', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.1: Setup',
          '- [ ] T001 Configure linting',
          '- [ ] T002 Create src/models/ directory',
          '- [ ] T003 Call GET /api/users from the dashboard'
        )
      ),
      'missing-file-path'
    );
    expect(found.map(f => f.message)).toEqual([
      'Task T001 names no file or directory path',
      'Task T003 names no file or directory path'
    ]);
  });
});

describe('missing-file-path: process steps and results', () => {
  it('asks no path of a test run, a test outcome or a result that goes into the pull request', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.5: Polish',
          '- [ ] T001 Run the CLI integration tests',
          '- [ ] T002 Then re-run the CLI integration tests',
          '- [ ] T003 All CLI integration tests pass',
          '- [ ] T004 Full integration test run',
          '- [ ] T005 Document the device test results for PR',
          '- [ ] T006 Add the kiln dashboard to `frontend`',
          '- [ ] T007 Performance testing for concurrent uploads',
          '- [ ] T008 Prepare the PR description with: bug summary, fix, device results',
          '- [ ] T009 Initialize the Vite project with TypeScript in the repository root',
          '- [ ] T010 Generate the first migration for all entities with command: dotnet ef migrations add Init'
        )
      ),
      'missing-file-path'
    );
    expect(found).toEqual([]);
  });

  it('nearest miss: writing tests, ensuring behaviour or documenting in the repository needs a path', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.5: Polish',
          '- [ ] T001 Add unit tests for the parser',
          '- [ ] T002 Ensure the admin user has the super-admin flag',
          '- [ ] T003 Document the device test results for the release notes',
          '- [ ] T004 Install testing dependencies: vitest, playwright',
          '- [ ] T005 Implement the PR summary card for the review screen',
          '- [ ] T006 Document the root cause in the repository wiki',
          '- [ ] T007 Add the export command: a button on the report page'
        )
      ),
      'missing-file-path'
    );
    expect(found.map(f => f.message)).toEqual([
      'Task T001 names no file or directory path',
      'Task T002 names no file or directory path',
      'Task T003 names no file or directory path',
      'Task T004 names no file or directory path',
      'Task T005 names no file or directory path',
      'Task T006 names no file or directory path',
      'Task T007 names no file or directory path'
    ]);
  });
});

describe('references and IDs', () => {
  it('unknown-task-reference fires on a dependency on a missing ID, not on a present one', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.1: Setup',
          '- [ ] T001 Create src/a.py',
          '- [ ] T002 Edit src/b.py (depends on T001, T009)',
          '',
          '## Dependencies',
          '- T001 blocks T002'
        )
      ),
      'unknown-task-reference'
    );
    expect(found.map(f => f.message)).toEqual([
      'Task T002 refers to T009, which is not a task in this list'
    ]);
  });

  it('unknown-task-reference: T006 where only T006a-T006c exist is that family; T30 among T030s is unknown', () => {
    const list = lines(
      '## Phase 3.1: Setup',
      '- [ ] T005 Create src/a.py',
      '- [ ] T006a [P] Create src/b.py',
      '- [ ] T006b [P] Create src/c.py',
      '- [ ] T006c [P] Create src/d.py',
      '- [ ] T007 Wire them in src/e.py (depends on T006)',
      '- [ ] T030 Document it in docs/a.md (depends on T30)',
      '',
      '## Dependencies',
      '- T005-T006 before T007'
    );
    const found = check(list);
    expect(only(found, 'unknown-task-reference').map(f => f.message)).toEqual([
      'Task T030 refers to T30, which is not a task in this list'
    ]);
    const parsed = parseTaskList({ path: TASKS_PATH, relativePath: 'tasks.md', text: list });
    expect(parsed.tasks.find(t => t.id === 'T007')!.dependsOn).toEqual(['T006a', 'T006b', 'T006c']);
  });

  it('duplicate-task-id: a progress report or task details after the list are references, not second definitions', () => {
    const found = check(
      lines(
        '## Phase 3.1: Setup',
        '- [x] T001 Create src/a.py',
        '- [x] T002 Create tests/test_a.py',
        '',
        '## Progress',
        '#### T002 Test Results - passed',
        '',
        '## Detailed Task Specifications',
        '### T001: Create the module',
        '### T001-T002: Module and its test'
      )
    );
    expect(only(found, 'duplicate-task-id')).toEqual([]);
  });

  it('dependency-cycle fires on a cycle, not on a chain', () => {
    const cycle = check(
      lines(
        '## Phase 3.1: Setup',
        '- [ ] T001 Create src/a.py (depends on T002)',
        '- [ ] T002 Create src/b.py (depends on T001)',
        '- [ ] T003 Create src/c.py (depends on T002)'
      )
    );
    expect(only(cycle, 'dependency-cycle').map(f => f.message)).toEqual([
      'Tasks T001, T002 depend on each other in a cycle, so none of them can start'
    ]);
    const chain = check(
      lines(
        '## Phase 3.1: Setup',
        '- [ ] T001 Create src/a.py',
        '- [ ] T002 Create src/b.py (depends on T001)'
      )
    );
    expect(only(chain, 'dependency-cycle')).toEqual([]);
  });

  it('dependency-cycle names the lines whose statements make the cycle', () => {
    const found = only(
      check(
        lines(
          '## Phase 1: Setup',
          '- [ ] T001 Create src/a.py',
          '- [ ] T002 Create src/b.py (depends on T003)',
          '- [ ] T003 Create src/c.py',
          '',
          '## Dependencies',
          '- T003 depends on T001',
          '- T001 requires T002',
          '- T001 before T004'
        )
      ),
      'dependency-cycle'
    );
    expect(found.map(f => f.message)).toEqual([
      'Tasks T001, T002, T003 depend on each other in a cycle, so none of them can start'
    ]);
    expect(found[0]!.related?.map(r => [r.location.line, r.message])).toEqual([
      [3, 'says T002 waits for T003'],
      [7, 'says T003 waits for T001'],
      [8, 'says T001 waits for T002']
    ]);
  });

  it('an arrow into "Depends on" in a dependency tree is no chain: no cycle, and the [P] conflict it hid is found', () => {
    const found = check(
      lines(
        '## Phase 1: User Story 1 - Browse (Priority: P1)',
        '- [ ] T001 [P] [US1] Add the list view in src/views/catalog.tsx',
        '- [ ] T002 [P] [US1] Add the empty state in src/views/catalog.tsx',
        '',
        '## Phase 2: User Story 2 - Search (Priority: P1)',
        '- [ ] T003 [US2] Add search in src/views/search.tsx',
        '',
        '## Phase 3: User Story 3 - Save (Priority: P2)',
        '- [ ] T004 [US3] Add saving in src/views/saved.tsx',
        '',
        '## Dependencies',
        '',
        '```text',
        '├── US1 (P1) → MVP',
        '├── US2 (P1) → Independent',
        '└── US3 (P2) → Depends on US1 + US2',
        '```',
        '',
        '- US1 blocks US3'
      )
    );
    expect(only(found, 'dependency-cycle')).toEqual([]);
    expect(only(found, 'parallel-file-conflict').map(f => f.message)).toEqual([
      '[P] tasks T001 and T002 both touch src/views/catalog.tsx and can run at the same time'
    ]);
  });

  it('duplicate-task-id fires on the second use; T013 and T013a are different IDs', () => {
    const found = check(
      lines(
        '## Phase 3.1: Setup',
        '- [ ] T013 Create src/a.py',
        '- [ ] T013a Create src/b.py',
        '- [ ] T013 Create src/c.py'
      )
    );
    expect(only(found, 'duplicate-task-id').map(f => [f.location.line, f.message])).toEqual([
      [4, 'Task ID T013 is used again (first at line 2)']
    ]);
  });

  it('task-id-order notes an ID lower than one before it; sub-IDs follow their parent', () => {
    const found = check(
      lines(
        '## Phase 3.1: Setup',
        '- [ ] T001 Create src/a.py',
        '- [ ] T001a Create src/b.py',
        '- [ ] T003 Create src/c.py',
        '- [ ] T002 Create src/d.py'
      )
    );
    expect(only(found, 'task-id-order').map(f => [f.severity, f.message])).toEqual([
      ['note', 'Task T002 comes after T003 in the document; IDs should ascend']
    ]);
  });
});

describe('malformed-task and stale-tasks', () => {
  it('malformed-task fires on a checkbox in a phase without an ID, not on a checklist item', () => {
    const found = only(
      check(
        lines(
          '## Phase 3.1: Setup',
          '- [ ] Create src/a.py',
          '- [ ] T002 Create src/b.py',
          '',
          '## Validation Checklist',
          '- [ ] All contracts have tests'
        )
      ),
      'malformed-task'
    );
    expect(found.map(f => f.location.line)).toEqual([2]);
  });

  it('stale-tasks fires when the recorded input hash differs, not when it matches', () => {
    const marker = '<!-- spec-tasks:generated inputs=sha256:aaa content=sha256:bbb -->';
    const text = lines(marker, '# Tasks', '## Phase 3.1: Setup', '- [ ] T001 Create src/a.py');
    expect(only(check(text, feature(), 'sha256:ccc'), 'stale-tasks')).toHaveLength(1);
    expect(only(check(text, feature(), 'sha256:aaa'), 'stale-tasks')).toEqual([]);
  });
});

describe('missing-plan and settings', () => {
  it('reports missing-plan from the parser and skips coverage rules without a plan', () => {
    const model = feature({
      plan: undefined,
      contracts: [api],
      findings: [
        {
          ruleId: 'missing-plan',
          severity: 'error',
          message: 'No implementation plan found in specs/001-test: plan.md is required',
          location: at('specs/001-test/plan.md')
        }
      ]
    });
    const found = check(lines('## Phase 3.1: Setup', '- [ ] T001 Create src/a.py'), model);
    expect(found.map(f => f.ruleId)).toEqual(['missing-plan']);
  });

  it('re-grades and turns rules off', () => {
    const list = parseTaskList({
      path: TASKS_PATH,
      relativePath: 'tasks.md',
      text: lines('## Phase 3.1: Setup', '- [ ] T001 Configure linting')
    });
    const settings = applyOverrides(defaultSettings(), 'missing-file-path=error', 'test');
    const regraded = checkFeature({ feature: feature(), taskList: list }, settings).findings;
    expect(regraded.map(f => f.severity)).toEqual(['error']);
    const off = applyOverrides(defaultSettings(), 'missing-file-path=off', 'test');
    expect(checkFeature({ feature: feature(), taskList: list }, off).findings).toEqual([]);
  });
});
