/**
 * The tasks.md reader, on task lists written as people and agents write them: both spec-kit
 * formats and the variations real files show, each beside the nearest miss that must not be read
 * the same way. Fixtures are our own small lists in the shapes the corpus holds.
 */
import { describe, expect, it } from '@jest/globals';
import { parseTaskList } from '../../src/core/check/parse-task-list.js';
import type { ListedTask, TaskList } from '../../src/core/check/task-list.js';

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
    expect(task(list, 'T002').description).toBe('Write the FiringDto unit test');
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
