/**
 * What a check produces for reporters: findings plus the coverage of each design item, per feature.
 * Reporters only format this; they decide nothing.
 */
import type { Finding, Severity, SourcePosition } from '../model.js';
import type { TaskList } from '../parse/tasks-md/model.js';

export type CoverageKind = 'contract' | 'entity' | 'endpoint' | 'story' | 'scenario';

/** A design item and the tasks that cover it (empty when none does). */
export interface CoverageItem {
  kind: CoverageKind;
  name: string;
  source: SourcePosition;
  tasks: string[];
}

export interface FeatureCheck {
  /** Repository-relative feature folder. */
  feature: string;
  /** Repository-relative tasks.md path, undefined when the folder has none. */
  tasksPath: string | undefined;
  findings: Finding[];
  coverage: CoverageItem[];
  taskList: TaskList | undefined;
}

export interface SeverityCounts {
  error: number;
  warning: number;
  note: number;
}

export interface CheckReport {
  /** Version of the JSON report schema; bump on any incompatible change. */
  schemaVersion: 1;
  tool: { name: 'spec-tasks'; version: string };
  features: FeatureCheck[];
  counts: SeverityCounts;
}

export interface RuleDescription {
  id: string;
  defaultSeverity: Severity;
  /** One line, for rule lists and SARIF shortDescription. */
  summary: string;
  /** A few sentences: why it matters and how to fix it. */
  help: string;
}
