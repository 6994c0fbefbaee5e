/**
 * The lines of a Dependencies section, in the forms real task lists use, each beside the nearest
 * line that must give no edge: an invented dependency would hide a real conflict.
 */
import { describe, expect, it } from '@jest/globals';
import {
  edgesFromLine,
  phaseNamed,
  type SideResolver
} from '../../../src/core/parse/tasks-md/dependencies-section.js';
import type { ListedPhase, ListedPhaseKind } from '../../../src/core/parse/tasks-md/model.js';

function phase(index: number, title: string, kind: ListedPhaseKind, story?: string): ListedPhase {
  return { index, title, kind, story, source: { file: 'tasks.md', line: index + 1, column: 1 } };
}

/** A seed-format list: Setup T001-T003, Tests T004-T008, Core T009-T015 (with T010a), Polish T016. */
const PHASES = [
  phase(0, 'Phase 3.1: Setup', 'setup'),
  phase(1, 'Phase 3.2: Tests First (TDD)', 'tests'),
  phase(2, 'Phase 3.3: Core Implementation', 'core'),
  phase(3, 'Phase 3.5: Polish', 'polish')
];
const TASKS: [string, number][] = [
  ['T001', 0],
  ['T002', 0],
  ['T003', 0],
  ['T004', 1],
  ['T005', 1],
  ['T006', 1],
  ['T007', 1],
  ['T008', 1],
  ['T009', 2],
  ['T010', 2],
  ['T010a', 2],
  ['T011', 2],
  ['T012', 2],
  ['T013', 2],
  ['T014', 2],
  ['T015', 2],
  ['T016', 3]
];

/** Ranges over the tasks in document order, phases by name: what the task-list reader does. */
const resolver: SideResolver = {
  expand(ref) {
    const [first, last] = ref.split('-');
    if (last === undefined) return [ref];
    const ids = TASKS.map(([id]) => id);
    return ids.slice(ids.indexOf(first!), ids.indexOf(last) + 1);
  },
  phaseTasks(text) {
    const named = phaseNamed(text, PHASES);
    return named ? TASKS.filter(([, index]) => index === named.index).map(([id]) => id) : [];
  }
};

const edges = (line: string) => edgesFromLine(line, resolver);
const ids = (from: string, to: string) => resolver.expand(`${from}-${to}`);

describe('one task before another', () => {
  it.each([
    ['T008 blocks T009'],
    ['- T008 before T009'],
    ['* T008 precedes T009'],
    ['1. T009 depends on T008'],
    ['T009 requires T008'],
    ['T009 needs T008'],
    ['T009 after T008'],
    ['T009 is blocked by T008'],
    ['T009 waits for T008'],
    ['**T009**: Depends on T008 (uses the Kiln record)'],
    ['T008 → T009'],
    ['T008 -> T009'],
    ['T008 => T009']
  ])('reads "%s" as T008 before T009', line => {
    expect(edges(line)).toEqual([{ before: ['T008'], after: ['T009'] }]);
  });

  it('reads several IDs on a side: T009 depends on T004, T005 and T006', () => {
    expect(edges('T009 depends on T004, T005 and T006')).toEqual([
      { before: ['T004', 'T005', 'T006'], after: ['T009'] }
    ]);
  });

  it('reads IDs joined by slashes and pluses on a side', () => {
    expect(edges('T011/T012 after T004+T005')).toEqual([
      { before: ['T004', 'T005'], after: ['T011', 'T012'] }
    ]);
  });
});

describe('ranges and phases', () => {
  it('reads "T001-T005 before T006": every task of the range, in document order', () => {
    expect(edges('T001-T005 before T006')).toEqual([
      { before: ids('T001', 'T005'), after: ['T006'] }
    ]);
  });

  it('reads a range over a lettered ID in document order: T009-T011 holds T010a', () => {
    expect(edges('T009-T011 before T016')).toEqual([
      { before: ['T009', 'T010', 'T010a', 'T011'], after: ['T016'] }
    ]);
  });

  it('reads "Tests (T004-T008) before implementation (T009-T015)" by its IDs', () => {
    expect(edges('- Tests (T004-T008) before implementation (T009-T015)')).toEqual([
      { before: ids('T004', 'T008'), after: ids('T009', 'T015') }
    ]);
  });

  it('reads "Setup before Tests" by the phases it names', () => {
    expect(edges('Setup before Tests')).toEqual([
      { before: ids('T001', 'T003'), after: ids('T004', 'T008') }
    ]);
  });

  it('reads "Phase 3.2 before Phase 3.3" and "Polish after Core" by phase number and kind', () => {
    expect(edges('Phase 3.2 before Phase 3.3')).toEqual([
      { before: ids('T004', 'T008'), after: ids('T009', 'T015') }
    ]);
    expect(edges('Polish after Core')).toEqual([{ before: ids('T009', 'T015'), after: ['T016'] }]);
  });

  it('reads a chain of phases and a chain of ranges, one edge per arrow', () => {
    expect(edges('Setup -> Tests -> Core')).toEqual([
      { before: ids('T001', 'T003'), after: ids('T004', 'T008') },
      { before: ids('T004', 'T008'), after: ids('T009', 'T015') }
    ]);
    expect(edges('T001 → T002 → T003')).toEqual([
      { before: ['T001'], after: ['T002'] },
      { before: ['T002'], after: ['T003'] }
    ]);
  });

  it('nearest miss: "everything", "all user stories" or a sentence names no phase', () => {
    expect(edges('T001-T003 before everything else')).toEqual([]);
    expect(edges('Setup before all user stories can start in parallel')).toEqual([]);
    expect(edges('Polish runs once the team agrees that the release is ready to go')).toEqual([]);
  });
});

describe('lines that say more than one thing', () => {
  it('reads each clause between semicolons on its own', () => {
    expect(edges('- Phase 3.3: T009 first; T010 after T009; T011 and T012 after T010')).toEqual([
      { before: ['T009'], after: ['T010'] },
      { before: ['T010'], after: ['T011', 'T012'] }
    ]);
  });

  it('nearest miss: an "after" in one clause does not pull the IDs of the next clause in', () => {
    expect(edges('T004, T005 in parallel; T006 after the fixtures; T007 + T008 with T009')).toEqual(
      []
    );
  });

  it('ignores a trailing # comment, arrows in it included', () => {
    expect(
      edges('T011 (the hub) → T013 (the relay)  # relay uses the hub → do after T012')
    ).toEqual([{ before: ['T011'], after: ['T013'] }]);
  });

  it('nearest miss: a line naming the same task on both sides gives no edge', () => {
    expect(edges('T009 and T010 after Core')).toEqual([]);
  });

  it('gives no edge for a line without a relation word', () => {
    expect(edges('T004 and T005 can run together')).toEqual([]);
    expect(edges('')).toEqual([]);
  });
});

describe('arrows in prose, and relations stated in words', () => {
  const storyPhases = [
    phase(0, 'Phase 1: Setup', 'setup'),
    phase(1, 'Phase 2: Foundational', 'foundational'),
    phase(2, 'Phase 3: User Story 1 - Plan a bed', 'story', 'US1'),
    phase(3, 'Phase 4: User Story 2 - Share a plan', 'story', 'US2'),
    phase(4, 'Phase 5: User Story 3 - Print a plan', 'story', 'US3'),
    phase(5, 'Phase 6: Polish', 'polish')
  ];
  const storyResolver: SideResolver = {
    expand: ref => [ref],
    phaseTasks(text) {
      const named = phaseNamed(text, storyPhases);
      return named ? [`P${named.index}`] : [];
    }
  };
  const read = (line: string) => edgesFromLine(line, storyResolver);

  it('reads "US3 (P2) → Depends on US1 + US2" as US3 after US1 and US2', () => {
    expect(read('└── US3 (P2) → Depends on US1 + US2')).toEqual([
      { before: ['P2', 'P3'], after: ['P4'] }
    ]);
  });

  it('reads a chain only where every link names tasks or phases', () => {
    expect(read('├── US1 (P1) → MVP')).toEqual([]);
    expect(read('Sign in → session stored → US2 can start')).toEqual([]);
    expect(read('Recommended order: US1 → US2 (needs US1 data) → US3 complete')).toEqual([
      { before: ['P2'], after: ['P3'] },
      { before: ['P3'], after: ['P4'] }
    ]);
  });

  it('reads several phases on a side, and ends a side at a dash, a full stop or the next relation', () => {
    expect(read('- **US3 (Phase 5)**: Depends on Phase 3 (plans) and Phase 4 (sharing)')).toEqual([
      { before: ['P2', 'P3'], after: ['P4'] }
    ]);
    expect(read('- **US2**: Depends on Foundational — can run beside US1/US3')).toEqual([
      { before: ['P1'], after: ['P3'] }
    ]);
    expect(
      read('- **US3**: Depends on US2 (sharing). Adds a print view and a PDF export.')
    ).toEqual([{ before: ['P3'], after: ['P4'] }]);
    expect(read('- **Foundational (Phase 2)**: Depends on Setup and blocks every story')).toEqual([
      { before: ['P0'], after: ['P1'] }
    ]);
  });

  it('nearest miss: a list piece that names no phase makes the side a sentence naming at most one', () => {
    expect(read('- **US3**: Depends on US1 and the new export format of the printer')).toEqual([]);
  });

  it('reads the opposites of "depends on" forward: "required by", "needed by", "prerequisite for"', () => {
    expect(edges('T008 required by T009')).toEqual([{ before: ['T008'], after: ['T009'] }]);
    expect(edges('T008 is a prerequisite for T009')).toEqual([
      { before: ['T008'], after: ['T009'] }
    ]);
  });

  it('reads the first relation of a clause, not one inside an aside', () => {
    expect(edges('T010 after T008 (the fixtures it needs T009 for) — blocks T016')).toEqual([
      { before: ['T008', 'T009'], after: ['T010'] }
    ]);
  });
});

describe('phaseNamed', () => {
  const storyPhases = [
    phase(0, 'Phase 1: Setup', 'setup'),
    phase(1, 'Phase 2: Foundational', 'foundational'),
    phase(2, 'Phase 3: User Story 1 - Plan a bed', 'story', 'US1'),
    phase(3, 'Phase 4: User Story 2 - Share a plan', 'story', 'US2'),
    phase(4, 'Phase 5: Polish', 'polish')
  ];

  it.each([
    ['Foundational', 1],
    ['the Foundation phase', 1],
    ['**User Story 2 (Phase 4)**:', 3],
    ['US1', 2],
    ['Phase 5', 4],
    ['Setup (Phase 1)', 0]
  ])('reads "%s" as phase %i', (text, index) => {
    expect(phaseNamed(text, storyPhases)?.index).toBe(index);
  });

  it('nearest miss: a kind two phases share, or one no phase has, names none', () => {
    const twoPolish = [...storyPhases, phase(5, 'Phase 6: Release polish', 'polish')];
    expect(phaseNamed('Polish', twoPolish)).toBeUndefined();
    expect(phaseNamed('Integration', storyPhases)).toBeUndefined();
    expect(phaseNamed('Phase 9', storyPhases)).toBeUndefined();
  });
});
