/**
 * A tasks.md as people and agents actually write it, read into tasks, phases and dependency
 * edges with a file:line for each. The check rules work on this model only.
 */
import type { GeneratedMarker } from '../../marker.js';
import type { SourcePosition } from '../../model.js';

export type ListedPhaseKind =
  'setup' | 'foundational' | 'tests' | 'core' | 'integration' | 'polish' | 'story' | 'other';

export interface ListedPhase {
  index: number;
  title: string;
  kind: ListedPhaseKind;
  /** `US1` when the phase is a user story's. */
  story: string | undefined;
  source: SourcePosition;
}

export interface ListedTask {
  /** As written, e.g. `T001`, `T013a`, `T021.1`. */
  id: string;
  checked: boolean;
  /** Written `- [-]` or marked deferred: planned, not to be done now. */
  deferred: boolean;
  parallel: boolean;
  /** `US1` from a `[US1]` label, else the story of its phase. */
  story: string | undefined;
  /** The task's text without checkbox, ID, `[P]` and story label; continuation lines joined with a space. */
  description: string;
  /** File and directory paths the task names, repository-relative where the layout allows. */
  paths: string[];
  /**
   * Those of `paths` written as a bare file name in prose (`the worker's settings.ini`):
   * enough to say the task names a file, too vague to prove two tasks share one.
   */
  barePaths: string[];
  /**
   * Those of `paths` the task only cites ("see `ledger.rs`", "per `contracts/api.md`", "pinned by
   * a test in `ledger.rs`"): it reads them, it does not change them.
   */
  citedPaths: string[];
  /** Index into `TaskList.phases`, or -1 before the first phase heading. */
  phase: number;
  /** IDs from an inline `(depends on T012, T013)`. */
  dependsOn: string[];
  source: SourcePosition;
  /** The task's first line as written, for reports. */
  line: string;
}

/**
 * "T004-T010 before T011-T020": every task of `before` finishes before any task of `after`
 * starts. Kept as one relation, not |before|×|after| edges, so a phase-to-phase line of a large
 * list costs what it says, not its square.
 */
export interface Dependency {
  /** The tasks that must finish first, IDs as written (they may not exist). */
  before: string[];
  /** The tasks that wait for them. */
  after: string[];
  source: SourcePosition;
}

export interface MalformedTask {
  line: string;
  reason: string;
  source: SourcePosition;
}

export interface TaskList {
  path: string;
  marker: GeneratedMarker | undefined;
  phases: ListedPhase[];
  tasks: ListedTask[];
  /** Edges from the Dependencies section and inline `(depends on …)`, IDs as written (may not exist). */
  dependencies: Dependency[];
  malformed: MalformedTask[];
  /** 1-based line → rule ids silenced on that line by `<!-- spec-tasks-disable-next-line … -->`. */
  suppressions: Map<number, string[]>;
  /**
   * Where the list says tests were not requested ("Tests: not requested", "test tasks excluded"):
   * spec-kit's current template makes tests optional.
   */
  testsNotRequested: SourcePosition | undefined;
  /** Where the list says tests come before the code ("Tests First (TDD)", "ensure they fail"). */
  testsFirst?: SourcePosition | undefined;
  /** Where the list says `[P]` tasks share a file on purpose. */
  sharedFileNotes?: SharedFileNote[];
  /**
   * What headings that report on tasks say of them: "### T018-T024 Core Implementation ✅" with
   * its notes ("models.py with the Invoice and LineItem classes"). Not tasks; what they did.
   */
  reports?: TaskReport[];
}

export interface TaskReport {
  /** The tasks the heading names, ranges expanded. */
  tasks: string[];
  /** The heading and its body, as plain text on one line. */
  text: string;
  source: SourcePosition;
}

/**
 * "T019 and T020: parallel — both in `runner.py`" (these tasks, these files), or "[P] tasks …
 * the same file's distinct test functions" (any `[P]` tests sharing a test file).
 */
export interface SharedFileNote {
  /** The tasks it names; empty for a convention about all `[P]` tests. */
  tasks: string[];
  /** The file names it names, without folders. */
  files: string[];
  /** A convention: `[P]` tests may share a test file, one test function each. */
  testFunctions: boolean;
  source: SourcePosition;
}
