import type { Finding } from '../../model.js';
import type { ListedTask } from '../../parse/tasks-md/model.js';
import { isTestPath } from '../test-tasks.js';
import { doneNote, finding, relatedTask, type CheckContext, type CheckRule } from './context.js';

const RULE = 'parallel-file-conflict';

/**
 * `[P]` tasks of one phase that name the same file and do not wait for each other would write it
 * at the same time. Directories are not files: two tasks under `src/models/` are fine.
 *
 * One finding per file and parallel group, not per pair: four `[P]` tests all adding cases to
 * `tests/test_parser.py` are one problem with one fix, and six pairwise errors would crowd the
 * ten annotations a runner shows per step. A group is the tasks linked by pairs that can run
 * together; it sits at its first task, names the others as related locations, and says how many
 * of its pairs conflict. Groups with the same tasks over several files are one finding. Where the
 * list says the tasks share the file on purpose, it is not reported (see declaredIntended).
 */
export const parallelFileConflict: CheckRule = context => {
  const groups = new Map<string, ConflictGroup>();
  for (const [, tasks] of tasksByPhaseAndFile(context)) {
    for (const group of conflictGroups(context, tasks.tasks)) {
      if (declaredIntended(context, group.tasks, tasks.file)) continue;
      const key = group.tasks.map(task => task.id).join('\u0000');
      const same = groups.get(key);
      if (same) same.files.push(tasks.file);
      else groups.set(key, { ...group, files: [tasks.file] });
    }
  }
  return [...groups.values()]
    .map(report)
    .sort((a, b) => a.location.line - b.location.line || a.message.localeCompare(b.message));
};

interface ConflictGroup {
  /** In document order. */
  tasks: ListedTask[];
  /** How many pairs of them can run at the same time. */
  pairs: number;
  files: string[];
}

/** The `[P]` tasks changing each file, per phase, in document order. */
function tasksByPhaseAndFile(
  context: CheckContext
): Map<string, { file: string; tasks: ListedTask[] }> {
  const byFile = new Map<string, { file: string; tasks: ListedTask[] }>();
  for (const task of context.list.tasks) {
    // A deferred task runs at no time, so it runs at the same time as nothing; a task whose line
    // silences this rule has its sharing declared intended.
    if (!task.parallel || task.deferred || silenced(context, task)) continue;
    for (const file of changedFiles(task)) {
      const key = `${task.phase}\u0000${file}`;
      const entry = byFile.get(key);
      if (!entry) byFile.set(key, { file, tasks: [task] });
      else if (!entry.tasks.some(other => other.id === task.id)) entry.tasks.push(task);
    }
  }
  return byFile;
}

/**
 * The list says these tasks share this file on purpose: a line naming all of them and the file
 * ("T019 and T020: parallel — both in `runner.py`"), or, for a test file, a convention that `[P]`
 * tests may share one, a function each. Only in that scope: a note about tests says nothing of
 * `CHANGELOG.md`.
 */
function declaredIntended(context: CheckContext, tasks: ListedTask[], file: string): boolean {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return (context.list.sharedFileNotes ?? []).some(note =>
    note.testFunctions
      ? isTestPath(file)
      : note.files.includes(name) && tasks.every(task => note.tasks.includes(task.id))
  );
}

function silenced(context: CheckContext, task: ListedTask): boolean {
  const rules = context.list.suppressions.get(task.source.line);
  return rules !== undefined && (rules.includes(RULE) || rules.includes('all'));
}

/** The tasks of one file linked, directly or through each other, by pairs that can run together. */
function conflictGroups(
  context: CheckContext,
  tasks: ListedTask[]
): { tasks: ListedTask[]; pairs: number }[] {
  if (tasks.length < 2) return [];
  const parent = tasks.map((_task, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const pairsAt = new Map<number, number>();
  const conflicting: [number, number][] = [];
  for (let a = 0; a < tasks.length; a++) {
    for (let b = a + 1; b < tasks.length; b++) {
      const first = tasks[a]!.id;
      const second = tasks[b]!.id;
      if (context.graph.reaches(first, second) || context.graph.reaches(second, first)) continue;
      conflicting.push([a, b]);
      parent[root(b)] = root(a);
    }
  }
  for (const [a] of conflicting) pairsAt.set(root(a), (pairsAt.get(root(a)) ?? 0) + 1);
  return [...pairsAt].map(([at, pairs]) => ({
    tasks: tasks.filter((_task, index) => root(index) === at),
    pairs
  }));
}

function report(group: ConflictGroup): Finding {
  const [first, ...others] = group.tasks;
  const files = listed(group.files);
  const done = doneNote(group.tasks);
  const message =
    group.tasks.length === 2
      ? `[P] tasks ${first!.id} and ${others[0]!.id} both touch ${files} and can run at the same time${done}`
      : `${group.tasks.map(task => task.id).join(', ')} are all [P] and all touch ${files}; ${pairCount(group)} can run at the same time${done}`;
  return finding(
    RULE,
    message,
    first!.source,
    others.map(task => relatedTask(task, `also touches ${files}`))
  );
}

function pairCount(group: ConflictGroup): string {
  const all = (group.tasks.length * (group.tasks.length - 1)) / 2;
  return group.pairs === all ? `all ${all} pairs of them` : `${group.pairs} of their ${all} pairs`;
}

function listed(items: string[]): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Files (not directories) the task changes: named exactly, not loosely, not only cited. */
function changedFiles(task: ListedTask): string[] {
  return [...new Set(task.paths)].filter(
    path => !path.endsWith('/') && !task.barePaths.includes(path) && !task.citedPaths.includes(path)
  );
}
