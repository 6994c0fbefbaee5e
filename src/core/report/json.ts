/**
 * The machine-readable report, version 1. docs/report-schema.json describes exactly this shape;
 * a test validates the output against it, so the two cannot drift apart unnoticed.
 */
import type { CheckReport, CoverageItem, FeatureCheck, SeverityCounts } from '../check/result.js';
import type { Dependency, ListedPhase, ListedTask, TaskList } from '../parse/tasks-md/model.js';
import type { Finding, SourcePosition } from '../model.js';
import { sortFeatures, sortFindings } from './order.js';

export interface JsonReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  counts: SeverityCounts;
  features: JsonFeature[];
}

export interface JsonFeature {
  feature: string;
  tasksPath: string | null;
  counts: SeverityCounts;
  findings: JsonFinding[];
  coverage: JsonCoverageItem[];
  taskGraph: JsonTaskGraph | null;
}

export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  location: SourcePosition;
  related: { location: SourcePosition; message: string }[];
}

export type JsonCoverageItem = CoverageItem;

export interface JsonTaskGraph {
  tasks: JsonTask[];
  phases: JsonPhase[];
  edges: { before: string; after: string }[];
}

export interface JsonTask {
  id: string;
  checked: boolean;
  deferred: boolean;
  parallel: boolean;
  story: string | null;
  phase: number;
  description: string;
  paths: string[];
  line: number;
}

export interface JsonPhase {
  index: number;
  title: string;
  kind: ListedPhase['kind'];
  story: string | null;
  line: number;
}

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}

/** The report as plain data: explicit nulls instead of undefined, no Map, findings sorted. */
export function toJsonReport(report: CheckReport): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: report.tool.name, version: report.tool.version },
    counts: { ...report.counts },
    features: sortFeatures(report.features).map(jsonFeature)
  };
}

function jsonFeature(feature: FeatureCheck): JsonFeature {
  return {
    feature: feature.feature,
    tasksPath: feature.tasksPath ?? null,
    counts: countBySeverity(feature.findings),
    findings: sortFindings(feature.findings).map(jsonFinding),
    coverage: feature.coverage.map(jsonCoverage),
    taskGraph: feature.taskList ? jsonTaskGraph(feature.taskList) : null
  };
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const found of findings) counts[found.severity]++;
  return counts;
}

function jsonFinding(found: Finding): JsonFinding {
  return {
    ruleId: found.ruleId,
    severity: found.severity,
    message: found.message,
    location: position(found.location),
    related: (found.related ?? []).map(related => ({
      location: position(related.location),
      message: related.message
    }))
  };
}

function jsonCoverage(item: CoverageItem): JsonCoverageItem {
  return {
    kind: item.kind,
    name: item.name,
    source: position(item.source),
    tasks: [...item.tasks]
  };
}

// Copies only the documented fields, so a field added to the model later does not leak out
// unversioned.
function position(at: SourcePosition): SourcePosition {
  return { file: at.file, line: at.line, column: at.column };
}

function jsonTaskGraph(list: TaskList): JsonTaskGraph {
  return {
    tasks: list.tasks.map(jsonTask),
    phases: list.phases.map(jsonPhase),
    edges: uniqueEdges(list.dependencies)
  };
}

function jsonTask(task: ListedTask): JsonTask {
  return {
    id: task.id,
    checked: task.checked,
    deferred: task.deferred,
    parallel: task.parallel,
    story: task.story ?? null,
    phase: task.phase,
    description: task.description,
    paths: [...task.paths],
    line: task.source.line
  };
}

function jsonPhase(phase: ListedPhase): JsonPhase {
  return {
    index: phase.index,
    title: phase.title,
    kind: phase.kind,
    story: phase.story ?? null,
    line: phase.source.line
  };
}

/** The Dependencies section and an inline `(depends on …)` may state the same edge twice. */
function uniqueEdges(dependencies: readonly Dependency[]): { before: string; after: string }[] {
  const seen = new Set<string>();
  const unique: { before: string; after: string }[] = [];
  for (const dependency of dependencies) {
    for (const before of dependency.before) {
      for (const after of dependency.after) {
        const key = JSON.stringify([before, after]);
        if (before === after || seen.has(key)) continue;
        seen.add(key);
        unique.push({ before, after });
      }
    }
  }
  return unique;
}
