/**
 * What spec-tasks reads out of a tasks template: the phases in order, where files go, which test
 * markers to use and which items apply only under a condition. The planner follows this model, so
 * a repository's own template changes the output without changing code.
 */
import type { SourcePosition } from '../model.js';

/**
 * `classic` is the seed's layout (Phase 3.1 Setup … 3.5 Polish, all tests before all code);
 * `user-story` is spec-kit's current one (Setup, Foundational, one phase per story, Polish).
 */
export type TemplateLayout = 'classic' | 'user-story';

export type PhaseRole =
  | 'setup'
  | 'foundational'
  | 'tests'
  | 'core'
  | 'integration'
  | 'polish'
  /** In the user-story layout, the placeholder phase repeated once per story. */
  | 'story';

/** A condition the template attaches to an item, such as "(if API change)". */
export type ConditionId =
  | 'api-change'
  | 'end-to-end'
  | 'performance'
  | 'model-change'
  | 'multi-gpu'
  | 'orchestration'
  | 'quantization'
  | 'extensibility'
  | 'hardware'
  | 'applicable'
  | 'unknown';

export interface TemplateCondition {
  id: ConditionId;
  /** The words as the template wrote them, e.g. `if API change`. */
  text: string;
}

/** One example task line of the template, e.g. `Benchmark test in tests/benchmarks/ (if performance-sensitive)`. */
export interface TemplateItem {
  /** The description with the ID, `[P]` and the condition removed. */
  text: string;
  /** The directory or file the item names, placeholders kept (`tests/[component]/test_[feature].py`). */
  path: string | undefined;
  parallel: boolean;
  condition: TemplateCondition | undefined;
  source: SourcePosition;
}

export interface TemplatePhase {
  /** The heading without `Phase N:`, e.g. `Tests First (TDD)`. */
  title: string;
  /** `3.1`, `1`, or `N` for a placeholder story phase. */
  number: string;
  role: PhaseRole;
  items: TemplateItem[];
  source: SourcePosition;
}

export interface PathConventions {
  /** Root of source code, e.g. `vllm/`; undefined when the template names none. */
  sourceRoot: string | undefined;
  /** Root of tests, e.g. `tests/`. */
  testRoot: string | undefined;
  /** True when tests mirror the source tree (`tests/<component>/` for `vllm/<component>/`). */
  mirrorTests: boolean;
  /** Example component directories under the source root, e.g. `vllm/entrypoints/`. */
  sourceExamples: string[];
  /** Test directories with a purpose of their own, e.g. `tests/benchmarks/`. */
  specialTestDirs: string[];
}

export interface TasksTemplate {
  /** Where it came from: a repository path, or `(built-in)`. */
  path: string;
  layout: TemplateLayout;
  phases: TemplatePhase[];
  paths: PathConventions;
  /** Test markers the template asks for, e.g. `@pytest.mark.core_model`. */
  testMarkers: string[];
}
