import type { Feature, Finding, RelatedLocation, Severity, SourcePosition } from '../../model.js';
import { ruleById } from '../rules-catalog.js';
import type { TaskGraph } from '../graph.js';
import type { TaskText } from '../task-text.js';
import type { ListedTask, TaskList } from '../../parse/tasks-md/model.js';

/** What every check rule may read; rules are pure functions of it. */
export interface CheckContext {
  feature: Feature;
  list: TaskList;
  tasks: TaskText[];
  graph: TaskGraph;
  /** The input hash a fresh generation would record; undefined when unknown. */
  expectedInputHash: string | undefined;
}

export type CheckRule = (context: CheckContext) => Finding[];

export function finding(
  ruleId: string,
  message: string,
  location: SourcePosition,
  related?: RelatedLocation[]
): Finding {
  const severity: Severity = ruleById(ruleId)?.defaultSeverity ?? 'warning';
  return related && related.length > 0
    ? { ruleId, severity, message, location, related }
    : { ruleId, severity, message, location };
}

export function relatedTask(task: ListedTask, message: string): RelatedLocation {
  return { location: task.source, message: `${message}: ${task.id}` };
}

/** Where a finding about the whole list (no task to point at) goes: the first line of tasks.md. */
export function listStart(list: TaskList): SourcePosition {
  return { file: list.path, line: 1, column: 1 };
}

export function doneNote(tasks: ListedTask[]): string {
  const done = tasks.filter(task => task.checked);
  if (done.length === 0) return '';
  if (done.length === tasks.length)
    return tasks.length === 1
      ? ' (the task is already checked done)'
      : tasks.length === 2
        ? ' (both are already checked done)'
        : ' (all are already checked done)';
  return ` (${done.map(task => task.id).join(', ')} already checked done)`;
}
