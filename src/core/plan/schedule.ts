/**
 * Orders drafts into numbered tasks: phase order, then tests before models before services before
 * endpoints (the template's "Setup → Tests → Models → Services → Endpoints → Polish"), then the
 * order the rules found them in. Tasks that share a file are chained; `[P]` is derived, never set.
 */
import type { PlannedPhase, Task, TaskDraft, TaskKind } from './model.js';
import { phaseIndexFor } from './phases.js';

const KIND_RANK: Record<TaskKind, number> = {
  setup: 0,
  'contract-test': 1,
  'integration-test': 2,
  test: 3,
  model: 4,
  service: 5,
  endpoint: 6,
  core: 7,
  integration: 8,
  polish: 9
};

export function schedule(drafts: TaskDraft[], phases: PlannedPhase[]): Task[] {
  const placed = drafts.map((draft, order) => ({
    draft,
    order,
    phase: phaseIndexFor(phases, draft.role, draft.story)
  }));
  placed.sort(
    (a, b) =>
      a.phase - b.phase || KIND_RANK[a.draft.kind] - KIND_RANK[b.draft.kind] || a.order - b.order
  );
  const idByKey = new Map(placed.map((entry, index) => [entry.draft.key, taskId(index + 1)]));
  const tasks: Task[] = placed.map((entry, index) => ({
    id: taskId(index + 1),
    key: entry.draft.key,
    kind: entry.draft.kind,
    phase: entry.phase,
    description: entry.draft.description,
    files: entry.draft.files,
    parallel: false,
    dependsOn: resolveEdges(entry.draft.after, idByKey, taskId(index + 1)),
    covers: entry.draft.covers,
    story: entry.draft.story
  }));
  chainSharedFiles(tasks);
  markParallel(tasks);
  return tasks;
}

export function taskId(number: number): string {
  return 'T' + String(number).padStart(3, '0');
}

/** Keys of tasks that were not planned (an entity without a model, say) simply impose nothing. */
function resolveEdges(keys: string[], idByKey: Map<string, string>, self: string): string[] {
  const ids = keys
    .map(key => idByKey.get(key))
    .filter((id): id is string => id !== undefined && id < self);
  return [...new Set(ids)].sort();
}

/** Template rule "same file = sequential": each task waits for the previous task of its phase on that file. */
function chainSharedFiles(tasks: Task[]): void {
  tasks.forEach((task, index) => {
    for (let earlier = index - 1; earlier >= 0; earlier--) {
      const other = tasks[earlier]!;
      if (other.phase !== task.phase) break;
      if (sharesFile(task, other)) {
        if (!task.dependsOn.includes(other.id))
          task.dependsOn = [...task.dependsOn, other.id].sort();
        break;
      }
    }
  });
}

/** `[P]`: no other task of the phase touches its files, and it waits for nothing in its phase. */
function markParallel(tasks: Task[]): void {
  const phaseOf = new Map(tasks.map(task => [task.id, task.phase]));
  for (const task of tasks) {
    const samePhase = tasks.filter(other => other.phase === task.phase && other !== task);
    const waits = task.dependsOn.some(id => phaseOf.get(id) === task.phase);
    task.parallel = !waits && !samePhase.some(other => sharesFile(task, other));
  }
}

export function sharesFile(a: { files: string[] }, b: { files: string[] }): boolean {
  return a.files.some(fileA => b.files.some(fileB => overlaps(fileA, fileB)));
}

/** A directory touches every file beneath it. */
function overlaps(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.endsWith('/') && b.startsWith(a)) return true;
  return b.endsWith('/') && a.startsWith(b);
}
