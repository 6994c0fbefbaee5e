/**
 * The tasks.md reader, on task lists written as people and agents write them: both spec-kit
 * formats and the variations real files show, each beside the nearest miss that must not be read
 * the same way. Fixtures are our own small lists in the shapes the corpus holds.
 */
import { describe, expect, it } from '@jest/globals';
import { parseTaskList } from '../../../src/core/parse/tasks-md/parse-task-list.js';
import type { ListedTask, TaskList } from '../../../src/core/parse/tasks-md/model.js';

const FILE = 'specs/004-kiln/tasks.md';

function read(text: string, knownRoots: string[] = []): TaskList {
  return parseTaskList({ path: FILE, relativePath: 'tasks.md', text }, { knownRoots });
}

const lines = (...text: string[]) => text.join('\n') + '\n';

function task(list: TaskList, id: string): ListedTask {
  const found = list.tasks.find(candidate => candidate.id === id);
  if (!found) throw new Error(`no task ${id} in ${list.tasks.map(t => t.id).join(', ')}`);
  return found;
}

const ids = (list: TaskList) => list.tasks.map(t => t.id);
const edges = (list: TaskList) =>
  list.dependencies.map(d => `${d.before.join(',')} > ${d.after.join(',')} @${d.source.line}`);

describe('the seed format: Phase 3.1 … 3.5', () => {
  const list = read(
    lines(
      '# Tasks: Kiln Monitor',
      '',
      '## Phase 3.1: Setup',
      '- [ ] T001 Create project structure per plan in src/kiln/',
      '- [ ] T002 [P] Configure linting in `.ruff.toml`',
      '',
      '## Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3',
      '- [ ] T003 [P] Contract test POST /api/firings in tests/contract/test_firings_post.py',
      '- [ ] T004 [P] Integration test for a full firing in tests/integration/test_firing.py',
      '',
      '## Phase 3.3: Core Implementation (ONLY after tests are failing)',
      '- [ ] T005 Firing model in src/kiln/models/firing.py',
      '',
      '## Phase 3.4: Integration',
      '- [ ] T006 Connect the thermocouple driver in src/kiln/drivers/probe.py',
      '',
      '## Phase 3.5: Polish',
      '- [ ] T007 [P] Update docs/kiln.md'
    )
  );

  it('reads the five phases with their kinds, each at its heading line', () => {
    expect(list.phases.map(p => [p.kind, p.source.line])).toEqual([
      ['setup', 3],
      ['tests', 7],
      ['core', 11],
      ['integration', 14],
      ['polish', 17]
    ]);
  });

  it('reads each task with file:line:column, its phase, [P] and its paths', () => {
    expect(task(list, 'T003')).toMatchObject({
      id: 'T003',
      checked: false,
      parallel: true,
      story: undefined,
      description: 'Contract test POST /api/firings in tests/contract/test_firings_post.py',
      paths: ['tests/contract/test_firings_post.py'],
      barePaths: [],
      phase: 1,
      dependsOn: [],
      source: { file: FILE, line: 8, column: 1 },
      line: '- [ ] T003 [P] Contract test POST /api/firings in tests/contract/test_firings_post.py'
    });
  });

  it('gives each task the index of its phase in document order', () => {
    expect(list.tasks.map(t => t.phase)).toEqual([0, 0, 1, 1, 2, 3, 4]);
  });

  it('reads a task without [P] as not parallel', () => {
    expect(task(list, 'T001').parallel).toBe(false);
  });

  it('has no marker, no malformed lines and no suppressions', () => {
    expect(list.marker).toBeUndefined();
    expect(list.malformed).toEqual([]);
    expect(list.suppressions.size).toBe(0);
  });
});

describe('the user-story format', () => {
  const list = read(
    lines(
      '# Tasks: Glaze Library',
      '',
      '## Phase 1: Setup (Shared Infrastructure)',
      '',
      '- [ ] T001 Create backend/ and frontend/ skeletons',
      '',
      '## Phase 2: Foundational (Blocking Prerequisites)',
      '',
      '- [ ] T002 Recipe model in backend/src/models/recipe.py',
      '',
      '**Checkpoint**: Foundation ready - T002 must be done before any story',
      '',
      '## Phase 3: User Story 1 - Record a glaze (Priority: P1) 🎯 MVP',
      '',
      '**Goal**: a potter records a glaze recipe',
      '',
      '### Tests for User Story 1 ⚠️',
      '',
      '- [ ] T003 [P] [US1] Contract test for recipes in backend/tests/contract/test_recipes.py',
      '',
      '### Implementation for User Story 1',
      '',
      '- [ ] T004 [US1] RecipeService in backend/src/services/recipes.py (depends on T002, T003)',
      '- [ ] T005 [US1] Recipe endpoint in backend/src/api/recipes.py (depends on T004)',
      '',
      '**Checkpoint**: User Story 1 works on its own',
      '',
      '## Phase 4: User Story 2 - Share a glaze (Priority: P2)',
      '',
      '- [ ] T006 [P] Share page in frontend/src/pages/share.tsx',
      '',
      '## Phase 5: Polish & Cross-Cutting Concerns',
      '',
      '- [ ] T007 [P] Write docs/glazes.md'
    )
  );

  it('reads Setup, Foundational, one phase per story with its story, and Polish', () => {
    expect(list.phases.map(p => [p.kind, p.story])).toEqual([
      ['setup', undefined],
      ['foundational', undefined],
      ['story', 'US1'],
      ['story', 'US2'],
      ['polish', undefined]
    ]);
  });

  it('keeps "### Tests for User Story 1" and "### Implementation …" inside the story’s phase', () => {
    expect([task(list, 'T003').phase, task(list, 'T004').phase]).toEqual([2, 2]);
  });

  it('takes the story from the [US1] label, else from the phase', () => {
    expect(task(list, 'T003').story).toBe('US1');
    expect(task(list, 'T006').story).toBe('US2');
    expect(task(list, 'T001').story).toBeUndefined();
  });

  it('reads (depends on T002, T003) as the task’s dependencies and as an edge at the task', () => {
    expect(task(list, 'T004').dependsOn).toEqual(['T002', 'T003']);
    expect(edges(list)).toEqual(['T002,T003 > T004 @23', 'T004 > T005 @24']);
  });

  it('nearest miss: **Checkpoint** lines naming IDs are neither tasks nor malformed', () => {
    expect(ids(list)).toEqual(['T001', 'T002', 'T003', 'T004', 'T005', 'T006', 'T007']);
    expect(list.malformed).toEqual([]);
  });
});

describe('tasks as real files write them', () => {
  it('reads [x] and [X] as done and [ ] as open', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [x] T001 One in a.py',
        '- [X] T002 Two in b.py',
        '- [ ] T003 c.py'
      )
    );
    expect(list.tasks.map(t => t.checked)).toEqual([true, true, false]);
  });

  it('reads bold IDs and IDs followed by a colon', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] **T004** [P] Add the probe in src/probe.rs',
        '- [ ] T005: Add src/log.rs'
      )
    );
    expect(list.tasks.map(t => [t.id, t.parallel, t.description])).toEqual([
      ['T004', true, 'Add the probe in src/probe.rs'],
      ['T005', false, 'Add src/log.rs']
    ]);
  });

  it('keeps IDs such as T013a and T073.1 as written', () => {
    const list = read(
      lines(
        '## Phase 3.3: Core',
        '- [x] T013 Move the pages in src/pages/',
        '- [x] T013a [P] Fix the pages the move missed in src/pages/missed.md',
        '- [X] T073.1 Tighten the auth filter in src/auth/filter.java',
        '- [X] T073.2 Check ownership in src/auth/owner.java'
      )
    );
    expect(ids(list)).toEqual(['T013', 'T013a', 'T073.1', 'T073.2']);
  });

  it('reads a task over several lines: the indented continuation adds text and paths', () => {
    const list = read(
      lines(
        '## Phase 2: Foundational',
        '',
        '- [ ] T003 [US1] Add the firing schedule and its validation in',
        '      `crates/kiln/src/schedule.rs` with a fixture',
        '      (`crates/kiln/tests/fixtures/cone6.json`) — depends on T002.',
        '- [ ] T004 Next task in crates/kiln/src/next.rs'
      )
    );
    const t3 = task(list, 'T003');
    expect(t3.description).toBe(
      'Add the firing schedule and its validation in crates/kiln/src/schedule.rs with a fixture (crates/kiln/tests/fixtures/cone6.json) — depends on T002.'
    );
    expect(t3.paths).toEqual([
      'crates/kiln/src/schedule.rs',
      'crates/kiln/tests/fixtures/cone6.json'
    ]);
    expect(t3.dependsOn).toEqual(['T002']);
    expect(t3.source.line).toBe(3);
    expect(t3.line).toBe('- [ ] T003 [US1] Add the firing schedule and its validation in');
  });

  it('nearest miss: a [P] at the end of a continuation is text, not the parallel label', () => {
    const list = read(
      lines(
        '## Phase 2: Core',
        '- [ ] T005 [US2] Add the CSV export in',
        '      `src/export.rs` [P].'
      )
    );
    expect(task(list, 'T005').parallel).toBe(false);
  });

  it('reads a nested checkbox task as its own task at its own column', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Prepare the workspace in src/',
        '  - [ ] T002 Add the lockfile Cargo.lock',
        '  - [ ] check the toolchain version'
      )
    );
    expect(list.tasks.map(t => [t.id, t.source.line, t.source.column])).toEqual([
      ['T001', 2, 1],
      ['T002', 3, 3]
    ]);
    expect(task(list, 'T001').paths).toEqual(['src/']);
    expect(list.malformed).toEqual([]);
  });

  it('reads several paths in one task, and a task naming only directories', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Create src/api/, src/models/ and tests/unit/',
        '- [ ] T002 Wire `src/api/app.py` to src/models/kiln.py and tests/unit/test_app.py'
      )
    );
    expect(task(list, 'T001').paths).toEqual(['src/api/', 'src/models/', 'tests/unit/']);
    expect(task(list, 'T002').paths).toEqual([
      'src/api/app.py',
      'src/models/kiln.py',
      'tests/unit/test_app.py'
    ]);
  });

  it('normalises absolute paths to the repository where the layout’s roots allow', () => {
    const list = read(
      lines(
        '## Phase 3.1: Setup',
        '- [ ] T001 Add /backend/src/kiln/app.py',
        '- [ ] T002 Add D:\\work\\kiln\\tests\\Smoke\\FireTest.cs',
        '- [ ] T003 Add /Users/ana/code/kiln/docs/setup.md'
      ),
      ['backend/', 'tests/', 'docs/']
    );
    expect(list.tasks.map(t => t.paths)).toEqual([
      ['backend/src/kiln/app.py'],
      ['tests/Smoke/FireTest.cs'],
      ['docs/setup.md']
    ]);
  });

  it('reads a task that names no path as having none', () => {
    const list = read(
      lines('## Phase 3.5: Polish', '- [ ] T009 Run `make check` across all packages')
    );
    expect(task(list, 'T009').paths).toEqual([]);
  });
});

describe('tasks written as headings', () => {
  const list = read(
    lines(
      '## Phase 3.1: Foundation',
      '',
      '### T001: Create the FiringDto record',
      '',
      '**Status**: To Do',
      '**Dependencies**: None',
      '**Files**:',
      '- `src/main/java/org/kiln/dto/FiringDto.java`',
      '',
      '**Acceptance Criteria**:',
      '- [X] Compiles with all fields',
      '- [ ] Lives in the dto package',
      '',
      '---',
      '',
      '### T002: [P] Write the FiringDto unit test',
      '',
      '**Dependencies**: T001',
      '**Files**:',
      '- `src/test/java/org/kiln/dto/FiringDtoTest.java`',
      '',
      '**Status**: ✅ Done',
      '',
      '### [x] T003 Register it in src/main/java/org/kiln/App.java',
      '',
      '### T004-T006 Remaining work',
      '',
      '## Phase 3.2: Next'
    )
  );

  it('reads each heading task with its labels, at the heading', () => {
    expect(list.tasks.map(t => [t.id, t.parallel, t.source.line, t.phase])).toEqual([
      ['T001', false, 3, 0],
      ['T002', true, 16, 0],
      ['T003', false, 24, 0]
    ]);
    expect(task(list, 'T002').description).toMatch(/^Write the FiringDto unit test /);
    expect(task(list, 'T002').line).toBe('### T002: [P] Write the FiringDto unit test');
  });

  it('takes the paths from the body under the heading', () => {
    expect(task(list, 'T001').paths).toEqual(['src/main/java/org/kiln/dto/FiringDto.java']);
    expect(task(list, 'T002').paths).toEqual(['src/test/java/org/kiln/dto/FiringDtoTest.java']);
  });

  it('takes the dependencies from the body’s **Dependencies** field', () => {
    expect(list.tasks.map(t => t.dependsOn)).toEqual([[], ['T001'], []]);
    expect(edges(list)).toEqual(['T001 > T002 @16']);
  });

  it('reads done from [x] in the heading or a **Status**: Done line, not from **Status**: To Do', () => {
    expect(list.tasks.map(t => t.checked)).toEqual([false, true, true]);
  });

  it('nearest miss: the acceptance-criteria checkboxes are neither tasks nor malformed', () => {
    expect(list.malformed).toEqual([]);
  });

  it('nearest miss: a heading naming a range (T004-T006) is not a task', () => {
    expect(ids(list)).not.toContain('T004');
  });
});

describe('headings that report on a task', () => {
  const list = read(
    lines(
      '## Phase 1: Setup',
      '- [x] T001 Create the folders src/kiln/ and tests/',
      '- [x] T002 Add the firing schedule model in src/kiln/schedule.py',
      '- [x] T003 Contract test for POST /api/firings in tests/test_firings.py',
      '- [x] T004 Integration test for a full firing in tests/test_firing.py',
      '- [x] T005 Unit test for the ramp in tests/test_ramp.py',
      '',
      '## Progress Report',
      '',
      '#### T005 Test Results - passed',
      '- [x] T005 all 12 ramp cases pass',
      '',
      '## Detailed Task Specifications',
      '',
      '### T001: Create the folders',
      'Create `src/kiln/` and `tests/`.',
      '',
      '### T003 – T004: Firing tests',
      '- [ ] Both run against a fake kiln (depends on T002)',
      '',
      '### T003, T004: The same two tests again',
      '',
      '### T099: A task only this section names'
    )
  );

  it('reads a heading naming a defined task, or any task outside the phases, as a reference, not a second task', () => {
    expect(ids(list)).toEqual(['T001', 'T002', 'T003', 'T004', 'T005']);
    expect(list.malformed).toEqual([]);
  });

  it('keeps what each report heading says, for the tasks it names', () => {
    expect(list.reports?.map(report => [report.tasks, report.source.line])).toEqual([
      [['T005'], 10],
      [['T001'], 15],
      [['T003', 'T004'], 18],
      [['T003', 'T004'], 21],
      [['T099'], 23]
    ]);
    expect(list.reports?.[1]!.text).toBe('T001: Create the folders Create src/kiln/ and tests/.');
  });

  it('gives no edge from the body of a report heading', () => {
    expect(edges(list)).toEqual([]);
  });

  it('still reads a heading task inside a phase, and a list written wholly as headings', () => {
    const inPhase = read(
      lines('## Phase 1: Setup', '- [ ] T001 Create src/a.py', '### T002: Create src/b.py')
    );
    expect(ids(inPhase)).toEqual(['T001', 'T002']);
    const headingsOnly = read(
      lines('# Tasks', '### T001: Create src/a.py', '### T002: Create src/b.py')
    );
    expect(ids(headingsOnly)).toEqual(['T001', 'T002']);
  });

  it('nearest miss: a heading task inside a phase naming an ID a checklist line defines is a reference', () => {
    const repeated = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Create src/a.py',
        '',
        '#### T001 Notes',
        'Done on Monday.'
      )
    );
    expect(ids(repeated)).toEqual(['T001']);
    expect(repeated.tasks[0]!.description).toBe('Create src/a.py');
  });
});

describe('lines of a progress report', () => {
  const list = read(
    lines(
      '## Phase 3: Core',
      '- [x] T030 Kiln API in src/api/kilns.py',
      '- [x] T031 Firing log in src/api/firings.py',
      '',
      '## Status',
      '- ✅ Kiln API: GET /kilns, /kilns/{id} (T030-T031)',
      '- ✔ Firing log (T031 and T032)',
      '- ✅ Glaze library (with presets)',
      '- Kiln API: GET /kilns (T030)'
    )
  );

  it('keeps a done line ending in task IDs as what those tasks did, and defines nothing', () => {
    expect(list.reports?.map(report => [report.tasks, report.source.line])).toEqual([
      [['T030', 'T031'], 6],
      [['T031', 'T032'], 7]
    ]);
    expect(list.reports?.[0]!.text).toBe('✅ Kiln API: GET /kilns, /kilns/{id} (T030-T031)');
    expect(ids(list)).toEqual(['T030', 'T031']);
  });
});

describe('deferred tasks', () => {
  const list = read(
    lines(
      '## Phase 5: User Story 3 - Mobile kiln app (Priority: P2)',
      '',
      '- [x] T050 [US3] Share the glaze palette in `packages/glaze/palette.ts`',
      '- [-] T051 [P] [US3] Scaffold the mobile app in `apps/mobile/`',
      '- [-] T052 [US3] Wire the firing screen in `apps/mobile/app/firing.tsx` (depends on T051)',
      '- [ ] ~~T053~~ Add a watch face in `apps/watch/face.tsx`',
      '- [ ] ~~T054 Add a tablet layout in `apps/mobile/tablet.tsx`~~',
      '- [ ] T055 (Deferred) Sync firings offline in `apps/mobile/sync.ts`',
      '- [ ] T056 [P] DEFERRED: export to the cloud in `apps/mobile/cloud.ts`',
      '- [ ] T057 Add push alerts in `apps/mobile/alerts.ts` (deferred to v2)',
      '- [ ] T058 Deferred loading of glaze photos in `apps/web/photos.tsx`',
      '- [ ] T059 Show the cone chart in `apps/web/cones.tsx` (tablet part deferred)',
      '',
      '### [-] T060 Heading task put off',
      '',
      '**Files**: `apps/mobile/later.ts`'
    )
  );

  it('reads a `[-]` item as a deferred task with its ID, labels, phase and paths, not malformed', () => {
    const t51 = task(list, 'T051');
    expect([t51.deferred, t51.checked, t51.parallel, t51.story, t51.phase]).toEqual([
      true,
      false,
      true,
      'US3',
      0
    ]);
    expect(t51.description).toBe('Scaffold the mobile app in apps/mobile/');
    expect(t51.paths).toEqual(['apps/mobile/']);
    expect(t51.line).toBe('- [-] T051 [P] [US3] Scaffold the mobile app in `apps/mobile/`');
    expect(list.malformed).toEqual([]);
  });

  it('keeps the dependencies a deferred task states', () => {
    expect(task(list, 'T052').dependsOn).toEqual(['T051']);
  });

  it('reads a struck-through ID or task as deferred, without the strike marks', () => {
    expect([task(list, 'T053').deferred, task(list, 'T053').description]).toEqual([
      true,
      'Add a watch face in apps/watch/face.tsx'
    ]);
    expect([task(list, 'T054').deferred, task(list, 'T054').description]).toEqual([
      true,
      'Add a tablet layout in apps/mobile/tablet.tsx'
    ]);
    expect(task(list, 'T054').paths).toEqual(['apps/mobile/tablet.tsx']);
  });

  it('reads a leading (Deferred) or DEFERRED label, and a closing (deferred to …), as deferred', () => {
    expect(['T055', 'T056', 'T057'].map(id => task(list, id).deferred)).toEqual([true, true, true]);
  });

  it('reads a `[-]` heading task as deferred', () => {
    expect([task(list, 'T060').deferred, task(list, 'T060').paths]).toEqual([
      true,
      ['apps/mobile/later.ts']
    ]);
  });

  it('nearest miss: "Deferred loading" is work, and a deferred part leaves the task planned', () => {
    expect(
      [task(list, 'T050'), task(list, 'T058'), task(list, 'T059')].map(t => t.deferred)
    ).toEqual([false, false, false]);
  });

  it('nearest miss: a `[-]` item without an ID among tasks is an ID-less checkbox', () => {
    const broken = read(
      lines('## Phase 1: Setup', '- [ ] T001 Init in src/', '- [-] Skip the mobile build')
    );
    expect(ids(broken)).toEqual(['T001']);
    expect(broken.malformed.map(m => m.source.line)).toEqual([3]);
  });
});

describe('the body of a task written as a heading', () => {
  const list = read(
    lines(
      '## Phase 3.2: Firing domain',
      '',
      '### T009: [P] Write FiringController contract test',
      '',
      '**Type**: [TEST]',
      '**Dependencies**: T008',
      '**Files**:',
      '- `src/test/java/contract/FiringContractTest.java`',
      '',
      '**Description**:',
      'Assert the firing schema (firing-dtos.yaml).',
      '',
      'Cases:',
      '1. getFiring_withToken_returnsDto() - token on GET',
      '2. startFiring_withoutToken_returns401()',
      '',
      '```java',
      'class FiringContractTest { /* scaffold() */ }',
      '```',
      '',
      '**Acceptance Criteria**:',
      '- [X] Both cases fail before the controller changes',
      '- [ ] Runs in CI',
      '',
      '## Phase 6: Testing',
      '',
      '### Task 6.1: Write integration tests for kiln CRUD',
      '**Priority**: P0 | **Dependencies**: 3.2',
      '',
      '**Files to create/modify**:',
      '- `convex/kilns.test.ts`',
      '',
      '**Acceptance Criteria**:',
      '- [X] Test create -> read -> update -> delete flow',
      '- [X] Test that a retired kiln keeps its firings'
    )
  );

  it('adds the body’s prose, lists and criteria to the description, on one line', () => {
    const t9 = task(list, 'T009');
    expect(t9.description).toMatch(/^Write FiringController contract test Type: \[TEST\] /);
    expect(t9.description).toContain('Assert the firing schema (firing-dtos.yaml).');
    expect(t9.description).toContain('getFiring_withToken_returnsDto() - token on GET');
    expect(t9.description).toContain('Both cases fail before the controller changes Runs in CI');
    expect(t9.description).not.toContain('\n');
    expect(task(list, '6.1').description).toContain('Test create -> read -> update -> delete flow');
  });

  it('nearest miss: a code block in the body is not part of the description', () => {
    expect(task(list, 'T009').description).not.toContain('scaffold()');
  });

  it('keeps the heading as the task’s line and its position', () => {
    expect([task(list, 'T009').line, task(list, 'T009').source.line]).toEqual([
      '### T009: [P] Write FiringController contract test',
      3
    ]);
    expect(task(list, '6.1').line).toBe('### Task 6.1: Write integration tests for kiln CRUD');
  });

  it('keeps the paths and dependencies it read before', () => {
    expect(task(list, 'T009').paths).toEqual(['src/test/java/contract/FiringContractTest.java']);
    expect(task(list, 'T009').dependsOn).toEqual(['T008']);
    expect(task(list, '6.1').paths).toEqual(['convex/kilns.test.ts']);
  });

  it('nearest miss: the criteria checkboxes are not tasks and not malformed', () => {
    expect(ids(list)).toEqual(['T009', '6.1']);
    expect(list.malformed).toEqual([]);
  });
});

describe('"in the same file"', () => {
  const list = read(
    lines(
      '## Phase 3: User Story 1 - Operator commands (Priority: P1)',
      '- [ ] T028 [US1] In `crates/kiln-server/src/operator/cli.rs`, add the `provision` handler',
      '- [ ] T029 [US1] In the same file, add the `revoke` handler',
      '- [ ] T030 [US1] In the same file, add `list` rendering per `contracts/operator.md`',
      '- [ ] T031 [US1] Create `crates/kiln-server/src/http.rs` and `crates/kiln-server/src/routes/`',
      '- [ ] T032 [US1] Same module: add the health route',
      '- [ ] T033 [US1] Add the shutdown hook in the same file as T028',
      '- [ ] T034 [US1] In the same file, add `crates/kiln-server/src/limits.rs` wiring',
      '- [ ] T035 [US1] Aynı dosyada sıcaklık sınırını ekle',
      '- [ ] T036 [US1] Bake the docs (not the same file as the guide)'
    )
  );
  const paths = (id: string) => task(list, id).paths;

  it('gives a task with no path of its own the file of the task before it', () => {
    expect(paths('T029')).toEqual(['crates/kiln-server/src/operator/cli.rs']);
  });

  it('passes the file on along a chain, past a path the task only cites', () => {
    expect(paths('T030')).toEqual([
      'contracts/operator.md',
      'crates/kiln-server/src/operator/cli.rs'
    ]);
    expect(task(list, 'T030').citedPaths).toEqual(['contracts/operator.md']);
  });

  it('takes the files, not the directories, of a task naming both; "same module" too', () => {
    expect(paths('T032')).toEqual(['crates/kiln-server/src/http.rs']);
  });

  it('takes the file of the task it names: "the same file as T028"', () => {
    expect(paths('T033')).toEqual(['crates/kiln-server/src/operator/cli.rs']);
  });

  it('reads the Turkish "aynı dosya"', () => {
    expect(paths('T035')).toEqual(['crates/kiln-server/src/limits.rs']);
  });

  it('nearest miss: a task that names its own path keeps only its own', () => {
    expect(paths('T034')).toEqual(['crates/kiln-server/src/limits.rs']);
  });

  it('nearest miss: "not the same file" points at nothing', () => {
    expect(paths('T036')).toEqual([]);
  });
});

describe('cited paths and directories, as a task reads them', () => {
  const list = read(
    lines(
      '## Phase 6: User Story 3 - Live limits (Priority: P2)',
      '- [X] T033 [P] [US3] Integration test: lower the cap mid-firing. **Status**: verified manually. Carryover is pinned by `t035_keeps_heat` in [crates/kiln/src/scope.rs](/Users/ana/kiln/crates/kiln/src/scope.rs); the live path (see `crates/kiln/src/copy.rs:162`) was exercised by hand.',
      '- [X] T034 [P] [US3] Integration test: drain below the live count. Pinned at the unit level by `t035_drains` in [crates/kiln/src/scope.rs](/Users/ana/kiln/crates/kiln/src/scope.rs).',
      '- [ ] T035 [US3] Implement the cap in `crates/kiln/src/cap.rs` per `contracts/limits.md`',
      '- [ ] T036 [US3] Verify `npm run build -w apps/kiln` and `npm test -w apps/kiln` pass',
      '- [ ] T037 [US3] Create the chart folder at /workspaces/kiln/deploy'
    ),
    ['crates/', 'deploy/']
  );

  it('lists the paths a task only cites, and keeps them among its paths', () => {
    expect(task(list, 'T033').paths).toEqual([
      'crates/kiln/src/scope.rs',
      'crates/kiln/src/copy.rs'
    ]);
    expect(task(list, 'T033').citedPaths).toEqual(task(list, 'T033').paths);
    expect(task(list, 'T034').citedPaths).toEqual(['crates/kiln/src/scope.rs']);
  });

  it('nearest miss: the file a task changes beside the one it cites is not cited', () => {
    expect(task(list, 'T035').citedPaths).toEqual(['contracts/limits.md']);
    expect(task(list, 'T035').paths).toEqual(['crates/kiln/src/cap.rs', 'contracts/limits.md']);
  });

  it('reads the workspace of -w and a machine path cut at a known root as directories', () => {
    expect(task(list, 'T036').paths).toEqual(['apps/kiln/']);
    expect(task(list, 'T037').paths).toEqual(['deploy/']);
  });
});

describe('where the list says tests were not requested', () => {
  const HEAD = ['# Tasks: Kiln', '', '**Input**: Design documents from `/specs/004-kiln/`', ''];
  const PHASE = ['', '## Phase 1: Setup', '- [ ] T001 Init in src/'];
  const at = (...text: string[]) => read(lines(...HEAD, ...text, ...PHASE)).testsNotRequested;

  it.each([
    '**Tests**: Not requested for this feature. Existing suites cover the API.',
    '**Tests**: Not explicitly requested — test tasks omitted.',
    'Tests are not requested for this feature.',
    '- No test tasks (not requested in spec)',
    'Test tasks were omitted: the spec asks for none.'
  ])('reads "%s" at its line', text => {
    expect(at(text)).toEqual({ file: FILE, line: 5, column: 1 });
  });

  it('reads it in a Notes or Format section after the phases', () => {
    const list = read(
      lines(
        ...HEAD,
        ...PHASE,
        '',
        '## Notes',
        '',
        '- Kept small.',
        '- No test tasks generated (not requested)'
      )
    );
    expect(list.testsNotRequested).toEqual({ file: FILE, line: 12, column: 1 });
  });

  it.each([
    '**Tests**: The examples below include test tasks. Tests are OPTIONAL - only include them if explicitly requested in the feature specification.',
    '**Tests**: Included per constitution principle VII.',
    '**⚠️ Tests are not optional.** Each phase has its tests.',
    'Omit test tasks if not requested.'
  ])('nearest miss: "%s" does not say so', text => {
    expect(at(text)).toBeUndefined();
  });

  it('nearest miss: a phase whose title says "format" is no Notes section', () => {
    const list = read(
      lines(...HEAD, ...PHASE, '', '## Phase 2: Format conversions', 'Tests: not requested here.')
    );
    expect(list.testsNotRequested).toBeUndefined();
  });

  it('nearest miss: the words inside a phase, or in a code block, do not count', () => {
    expect(
      read(lines(...HEAD, ...PHASE, '', 'Tests: not requested for this phase.')).testsNotRequested
    ).toBeUndefined();
    expect(at('```', 'Tests: Not requested', '```')).toBeUndefined();
  });
});

describe('what is not a task', () => {
  it('checkboxes inside code fences and indented code', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Real task in src/a.py',
        '',
        '```markdown',
        '- [ ] T100 An example task in src/z.py',
        '```',
        '',
        '~~~',
        '- [ ] T101 Another example',
        '~~~',
        '',
        '    - [ ] T102 indented code'
      )
    );
    expect(ids(list)).toEqual(['T001']);
    expect(list.malformed).toEqual([]);
  });

  it('paths in a code block under a task are not the task’s paths', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Run the smoke script',
        '',
        '  ```bash',
        '  python scripts/smoke.py',
        '  ```'
      )
    );
    expect(task(list, 'T001').paths).toEqual([]);
  });

  it('items of a checklist section without IDs are not malformed tasks', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Real task in src/a.py',
        '',
        '## Validation Checklist',
        '- [ ] every contract has a test',
        '- [x] every entity has a model'
      )
    );
    expect(ids(list)).toEqual(['T001']);
    expect(list.malformed).toEqual([]);
  });

  it('a bullet outside every phase that names an ID without a checkbox', () => {
    const list = read(lines('## Overview', '- T001 sets the project up', '## Phase 1: Setup'));
    expect(ids(list)).toEqual([]);
  });

  it('prose such as "T001 → T002 is the order" inside a phase', () => {
    const list = read(
      lines('## Phase 1: Setup', '- [ ] T001 A in src/a.py', '', 'T001 → T002 is the order')
    );
    expect(ids(list)).toEqual(['T001']);
    expect(list.malformed).toEqual([]);
  });
});

describe('malformed and loose tasks', () => {
  const list = read(
    lines(
      '## Phase 1: Setup',
      '',
      '- [ ] T001 Good task in src/a.py',
      '- [] T002 Broken checkbox in src/b.py',
      '- [ ] Forgot the ID in src/c.py',
      '- T003 No checkbox in src/d.py',
      '',
      'T004 Written as a paragraph in src/e.py',
      '',
      '## Phase 2: Order of work',
      '',
      '- T001: Good task again (an outline repeating it)'
    )
  );

  it('reports a checkbox the parser cannot read, and an ID-less checkbox among tasks', () => {
    expect(list.malformed.map(m => [m.source.line, m.reason])).toEqual([
      [4, 'a task needs a checkbox: "- [ ] T001 …"'],
      [5, 'a checkbox item among tasks has no task ID (T001, T002…)'],
      [8, 'a task must be a list item: "- [ ] T001 …"']
    ]);
  });

  it('still reads a task written as a bullet without checkbox or as a paragraph', () => {
    expect(ids(list)).toEqual(['T001', 'T003', 'T004']);
    expect(task(list, 'T004').paths).toEqual(['src/e.py']);
  });

  it('nearest miss: a bullet repeating an ID already listed with a checkbox is not a second task', () => {
    expect(list.tasks.filter(t => t.id === 'T001')).toHaveLength(1);
    expect(task(list, 'T001').phase).toBe(0);
  });
});

describe('lists without Phase headings', () => {
  it('reads headings such as "Setup" and "Core" as the phases', () => {
    const list = read(
      lines(
        '## Setup',
        '- [ ] T001 Init in src/',
        '## Core',
        '- [ ] T002 Model in src/m.py',
        '## Notes',
        '- keep it small'
      )
    );
    expect(list.phases.map(p => [p.title, p.kind])).toEqual([
      ['Setup', 'setup'],
      ['Core', 'core']
    ]);
    expect(list.tasks.map(t => t.phase)).toEqual([0, 1]);
  });

  it('nearest miss: with Phase headings present, a plain "Setup notes" heading opens no phase', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 Init in src/',
        '## Setup notes',
        '- [ ] T002 Stray in src/x.py'
      )
    );
    expect(list.phases).toHaveLength(1);
    expect(task(list, 'T002').phase).toBe(-1);
  });
});

describe('the Dependencies section', () => {
  const list = read(
    lines(
      '## Phase 3.1: Setup',
      '- [ ] T001 a in src/a.py',
      '- [ ] T002 b in src/b.py',
      '## Phase 3.2: Tests First (TDD)',
      '- [ ] T003 c in tests/test_c.py',
      '- [ ] T004 d in tests/test_d.py',
      '## Phase 3.3: Core Implementation',
      '- [ ] T005 e in src/e.py',
      '- [ ] T006 f in src/f.py',
      '',
      '## Dependencies',
      '- Setup before Tests',
      '- Tests (T003-T004) before implementation (T005-T006)',
      '- T005 blocks T006',
      '- T001-T002 before everything else',
      '',
      '```',
      'T002 -> T003',
      '```',
      '',
      '```mermaid',
      'graph TD',
      '  T004 --> T005',
      '```',
      '',
      '## Parallel Example',
      '- T003 before T004 if you like'
    )
  );

  it('reads each line into an edge at its own line, code-block lines included', () => {
    expect(edges(list)).toEqual([
      'T001,T002 > T003,T004 @12',
      'T003,T004 > T005,T006 @13',
      'T005 > T006 @14',
      'T002 > T003 @18'
    ]);
  });

  it('nearest miss: a Mermaid graph and a Parallel Example section give no edges', () => {
    expect(edges(list).some(e => e.startsWith('T004 > T005'))).toBe(false);
    expect(edges(list).some(e => e.startsWith('T003 > T004'))).toBe(false);
  });

  it('does not turn dependency lines into tasks or the section into a phase', () => {
    expect(ids(list)).toEqual(['T001', 'T002', 'T003', 'T004', 'T005', 'T006']);
    expect(list.phases).toHaveLength(3);
  });
});

describe('a Dependencies & Execution Order section with sub-headings', () => {
  const list = read(
    lines(
      '## Phase 1: Setup',
      '- [ ] T001 a in src/a.py',
      '## Phase 2: Foundational',
      '- [ ] T002 b in src/b.py',
      '## Phase 3: User Story 1 - Fire a kiln (Priority: P1)',
      '- [ ] T003 [US1] c in src/c.py',
      '- [ ] T004 [US1] d in src/d.py',
      '',
      '## Dependencies & Execution Order',
      '',
      '### Phase Dependencies',
      '',
      '- **Setup (Phase 1)**: No dependencies - can start at once',
      '- **User Story 1 (Phase 3)**: Depends on Foundational',
      '',
      '### User Story Dependencies',
      '',
      '- T003 blocks T004',
      '',
      '### Within Each User Story',
      '',
      '- T001 before T002'
    )
  );

  it('nearest miss: "### Phase Dependencies" is part of the section, not a phase', () => {
    expect(list.phases.map(p => p.title)).toEqual([
      'Phase 1: Setup',
      'Phase 2: Foundational',
      'Phase 3: User Story 1 - Fire a kiln (Priority: P1)'
    ]);
  });

  it('reads the lines under every sub-heading of the section', () => {
    expect(edges(list)).toEqual(['T002 > T003,T004 @14', 'T003 > T004 @18', 'T001 > T002 @22']);
  });

  it('still opens a numbered phase whose title mentions dependencies', () => {
    const upgrades = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 a in src/a.py',
        '## Phase 2: Dependency upgrades',
        '- [ ] T002 Bump Cargo.toml'
      )
    );
    expect(upgrades.phases.map(p => p.title)).toEqual([
      'Phase 1: Setup',
      'Phase 2: Dependency upgrades'
    ]);
    expect(task(upgrades, 'T002').phase).toBe(1);
  });
});

describe('dependency references', () => {
  it('expands a range in document order, across lettered IDs', () => {
    const list = read(
      lines(
        '## Phase 1: Setup',
        '- [ ] T001 a in src/a.py',
        '- [ ] T001a a2 in src/a2.py',
        '- [ ] T002 b in src/b.py',
        '- [ ] T003 c in src/c.py (depends on T001-T002)'
      )
    );
    expect(task(list, 'T003').dependsOn).toEqual(['T001', 'T001a', 'T002']);
  });

  it('expands a range whose ends are not tasks by number, and keeps unknown IDs as written', () => {
    const list = read(
      lines('## Phase 1: Setup', '- [ ] T010 a in src/a.py (depends on T001-T003, T099)')
    );
    expect(task(list, 'T010').dependsOn).toEqual(['T001', 'T002', 'T003', 'T099']);
  });

  it('nearest miss: "after login" in a task is not a dependency', () => {
    const list = read(lines('## Phase 1: Setup', '- [ ] T002 Redirect after login in src/auth.py'));
    expect(task(list, 'T002').dependsOn).toEqual([]);
    expect(list.dependencies).toEqual([]);
  });
});

describe('suppression comments', () => {
  const list = read(
    lines(
      '## Phase 1: Setup',
      '',
      '<!-- spec-tasks-disable-next-line parallel-file-conflict, missing-file-path -->',
      '',
      '- [ ] T001 [P] Make src/a.py',
      '- [ ] T002 [P] Also src/a.py <!-- spec-tasks-disable-line parallel-file-conflict -->',
      '<!-- spec-tasks-disable-next-line -->',
      '- [ ] T003 Nothing to name',
      '<!-- spec-tasks-disable-next-line-please missing-file-path -->',
      '- [ ] T004 Also nothing',
      '',
      '```',
      '<!-- spec-tasks-disable-next-line missing-file-path -->',
      '```',
      '- [ ] T005 Nothing either'
    )
  );

  it('silences the listed rules on the next non-blank line', () => {
    expect(list.suppressions.get(5)).toEqual(['parallel-file-conflict', 'missing-file-path']);
  });

  it('silences a rule on its own line with disable-line', () => {
    expect(list.suppressions.get(6)).toEqual(['parallel-file-conflict']);
  });

  it('silences every rule when none is listed', () => {
    expect(list.suppressions.get(8)).toEqual(['all']);
  });

  it('nearest miss: a longer directive name and a comment inside a code fence silence nothing', () => {
    expect([...list.suppressions.keys()]).toEqual([5, 6, 8]);
  });
});

describe('the generated-file marker', () => {
  const marker = '<!-- spec-tasks:generated inputs=sha256:aa11 content=sha256:bb22 -->';

  it('reads the marker on line 1', () => {
    expect(read(lines(marker, '# Tasks')).marker).toEqual({
      inputHash: 'sha256:aa11',
      contentHash: 'sha256:bb22'
    });
  });

  it('nearest miss: the same marker on line 2 does not make the file generated', () => {
    expect(read(lines('# Tasks', marker)).marker).toBeUndefined();
  });

  it('nearest miss: a marker without its content hash is no marker', () => {
    expect(read(lines('<!-- spec-tasks:generated inputs=sha256:aa11 -->')).marker).toBeUndefined();
  });
});

describe('odd input', () => {
  const ODD = [
    '',
    '\n\n\n',
    '- [ ]',
    '- [x] T',
    '## Phase',
    '## Phase 1:\n- [ ] T001',
    '### T001',
    '# Dependencies\nT001 -> T001\nT002 -> -> T003\n- T5-T1 before T9',
    '## Phase 1: A\n- [ ] T001 (depends on T0-T99999)',
    '## Phase 1: A\n- [ ] T001 (depends on T001)',
    '## Phase 1: A\n- []T002\n-[ ] T003\n* [X] **T004**\n1. [ ] T005',
    '```\n- [ ] T001 unclosed fence',
    '<!-- spec-tasks-disable-next-line',
    '<!-- spec-tasks-disable-next-line -->',
    '> - [ ] T001 quoted\n>> ## Phase 2',
    '| T001 | a |\n|---|---|\n| T002 | b |',
    '\u0000\uFEFF\u202E T001',
    '## Phase 1: A\n- [ ] T001 ' + '[P]'.repeat(300),
    '## Phase 1: A\n- [ ] T001 ' + 'a/'.repeat(2000) + ' ' + '\\'.repeat(500),
    '## Phase 1: A\n' +
      Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- [ ] T${i + 1} x`).join('\n'),
    '>'.repeat(500) + ' - [ ] T001 x',
    '## Dependencies\n' + '('.repeat(2000) + 'Setup before Tests'
  ];

  it.each(ODD.map(text => [JSON.stringify(text).slice(0, 60), text]))(
    'reads %s without throwing',
    (_name, text) => {
      const list = read(text);
      expect(list.path).toBe(FILE);
      for (const t of list.tasks) expect(t.source.line).toBeGreaterThanOrEqual(1);
    }
  );

  it('reads hundreds of random fragments of task lists without throwing, the same way twice', () => {
    const pieces = [
      '## Phase 3.1: Setup',
      '## Phase 2: Foundational',
      '## Dependencies',
      '### T001: Heading task',
      '- [ ] T001 [P] x in src/a.py',
      '- [x] T002 (depends on T001)',
      '  - [ ] T003 nested',
      '- T004 loose',
      '```',
      '- T001 -> T002 -> T001',
      '- Setup before Phase 9',
      '<!-- spec-tasks-disable-next-line all -->',
      '**Dependencies**: T002',
      'T005 paragraph',
      '',
      '    code',
      '- [ ] T006 D:\\a\\b\\c.cs /x/y/z.py',
      '- [-] T007 [P] deferred in `apps/kiln`',
      '- [ ] ~~T008 struck~~',
      '- [ ] T009 In the same file, add more (see `src/a.py:3`)',
      '**Tests**: Not requested',
      '### Task 6.1: Heading with criteria',
      '- [X] Test create -> read',
      '[link](/Users/me/src/a.py'
    ];
    let seed = 20240601;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: next(25) }, () => {
        const piece = pieces[next(pieces.length)]!;
        return next(4) === 0 ? piece.slice(0, next(piece.length + 1)) : piece;
      }).join(next(3) === 0 ? '\r\n' : '\n');
      const first = read(text);
      expect(read(text)).toEqual(first);
    }
  });
});
