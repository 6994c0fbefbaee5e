/**
 * The planner's output: tasks grouped into phases, with explicit dependency edges. The renderer
 * turns this into tasks.md; nothing here knows about markdown.
 */
import type { Feature, SourcePosition, UserStory } from '../model.js';
import type { PhaseRole, TasksTemplate } from '../template/model.js';

export type TaskKind =
  | 'setup'
  | 'contract-test'
  | 'integration-test'
  | 'test'
  | 'model'
  | 'service'
  | 'endpoint'
  | 'core'
  | 'integration'
  | 'polish';

export type CoveredKind =
  'contract' | 'entity' | 'relationship' | 'endpoint' | 'story' | 'scenario' | 'decision';

/** The design item a task exists for, so checks and reviewers can trace every task to its source. */
export interface Covered {
  kind: CoveredKind;
  name: string;
  source: SourcePosition;
}

export type DraftRole = 'setup' | 'tests' | 'core' | 'integration' | 'polish';

/** A task before it has an ID: rules produce these, the scheduler orders and numbers them. */
export interface TaskDraft {
  /** Unique and stable within one plan, e.g. `model:KVCacheStats`; dependencies refer to keys. */
  key: string;
  kind: TaskKind;
  /** Which part of the template's phases it belongs to; a story phase when `story` is set. */
  role: DraftRole;
  /** The description without the file path; the renderer appends ` in <files>`. */
  description: string;
  files: string[];
  /** Keys of tasks that must finish first. */
  after: string[];
  covers: Covered[];
  /** `US1` when the task serves one user story; undefined when shared by several or by none. */
  story: string | undefined;
}

export interface Task {
  id: string;
  key: string;
  kind: TaskKind;
  phase: number;
  description: string;
  files: string[];
  parallel: boolean;
  /** IDs of the tasks that must finish first, within and across phases. */
  dependsOn: string[];
  covers: Covered[];
  story: string | undefined;
}

export interface PlannedPhase {
  /** As rendered after `Phase `, e.g. `3.1` or `3`. */
  number: string;
  title: string;
  role: PhaseRole;
  /** The user story a story phase delivers. */
  story: UserStory | undefined;
  goal: string | undefined;
  independentTest: string | undefined;
  checkpoint: string | undefined;
  /** Why the phase has no task, when it has none: one line for the reader. */
  emptyReason?: string;
}

export interface TaskPlan {
  feature: Feature;
  template: TasksTemplate;
  phases: PlannedPhase[];
  /** In execution order, IDs T001… ascending. */
  tasks: Task[];
}
