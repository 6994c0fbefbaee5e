/**
 * What a heading, a list item or a stray paragraph says about one task becomes a ListedTask: its
 * description, labels, paths and inline dependencies. Loose bullets wait until every checkbox task
 * is known.
 */
import type { SourcePosition } from '../../model.js';
import type { ListedTask } from './model.js';
import { flatten, type Reader } from './reader.js';
import {
  inlineDependencies,
  isDeferredDescription,
  readLabels,
  withoutStrikeMarks
} from './task-line.js';
import { namedPaths } from './task-paths.js';

interface ListedTaskDraft {
  id: string;
  checked: boolean;
  /** Written `[-]` or struck through. */
  deferred: boolean;
  labels: ReturnType<typeof readLabels>;
  rawForPaths: string;
  extraDescription: string;
  /** A heading task's body: part of its description, not read for `depends on`. */
  bodyDescription?: string;
  /** Lines outside the description that name what the task waits for. */
  dependencyText?: string;
  source: SourcePosition;
  loose: boolean;
}

export function addTask(reader: Reader, draft: ListedTaskDraft): void {
  const phase = reader.phases[reader.phase];
  const own = [draft.labels.description, draft.extraDescription].filter(Boolean).join(' ');
  const struck = draft.deferred && draft.labels.description.includes('~~');
  const description = flatten(
    [struck ? withoutStrikeMarks(own) : own, draft.bodyDescription].filter(Boolean).join(' ')
  );
  const named = namedPaths(draft.rawForPaths, reader.roots);
  const task: ListedTask = {
    id: draft.id,
    checked: draft.checked,
    deferred: draft.deferred || isDeferredDescription(draft.labels.description),
    parallel: draft.labels.parallel,
    story: draft.labels.story ?? phase?.story,
    description,
    paths: named.paths,
    barePaths: named.bare,
    citedPaths: named.cited,
    phase: reader.phase,
    dependsOn: [],
    source: draft.source,
    line: reader.lines[draft.source.line - 1] ?? ''
  };
  const refs = [
    ...new Set([
      ...inlineDependencies(flatten(own)),
      ...inlineDependencies(draft.dependencyText ?? '')
    ])
  ];
  if (draft.loose) {
    reader.looseTasks.push({ task, refs });
    return;
  }
  reader.tasks.push(task);
  reader.inlineRefs.push(refs);
}

/**
 * Bullets such as `- T007: Add the voucher form (depends on T006)` usually repeat tasks already listed
 * with checkboxes (an outline, an order of work); they become tasks only where no task has the ID.
 */
export function adoptLooseTasks(reader: Reader): void {
  const known = new Set(reader.tasks.map(task => task.id));
  const adopted = reader.looseTasks.filter(entry => !known.has(entry.task.id));
  if (adopted.length === 0) return;
  const merged = [
    ...reader.tasks.map((task, index) => ({ task, refs: reader.inlineRefs[index]! })),
    ...adopted
  ].sort((a, b) => a.task.source.line - b.task.source.line);
  reader.tasks = merged.map(entry => entry.task);
  reader.inlineRefs = merged.map(entry => entry.refs);
  reader.malformed.sort((a, b) => a.source.line - b.source.line);
}
