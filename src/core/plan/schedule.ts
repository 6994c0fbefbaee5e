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
  const phaseByKey = pullDependenciesForward(drafts, phases);
  const placed = drafts.map((draft, order) => {
    const phase = phaseByKey.get(draft.key)!;
    const moved = phase !== phaseIndexFor(phases, draft.role, draft.story);
    return { draft, order, phase, story: moved ? phases[phase]?.story?.id : draft.story };
  });
  placed.sort(
    (a, b) =>
      a.phase - b.phase || KIND_RANK[a.draft.kind] - KIND_RANK[b.draft.kind] || a.order - b.order
  );
  const ordered = dependenciesFirst(placed);
  const idByKey = new Map(ordered.map((entry, index) => [entry.draft.key, taskId(index + 1)]));
  const tasks: Task[] = ordered.map((entry, index) => ({
    id: taskId(index + 1),
    key: entry.draft.key,
    kind: entry.draft.kind,
    phase: entry.phase,
    description: entry.draft.description,
    files: entry.draft.files,
    parallel: false,
    dependsOn: resolveEdges(entry.draft.after, idByKey, taskId(index + 1)),
    covers: entry.draft.covers,
    story: entry.story
  }));
  chainSharedFiles(tasks);
  markParallel(tasks);
  return tasks;
}

/**
 * A task is never scheduled after a task that waits for it: in the user-story layout a
 * Foundational service can need a model only a later story names, so the model (and, in turn,
 * whatever it waits for) moves up to the waiting task's phase, until nothing moves. A task two
 * story phases need is shared, so it goes to Foundational rather than to the earlier story.
 */
function pullDependenciesForward(drafts: TaskDraft[], phases: PlannedPhase[]): Map<string, number> {
  const phaseByKey = new Map(
    drafts.map(draft => [draft.key, phaseIndexFor(phases, draft.role, draft.story)])
  );
  const foundational = phases.findIndex(phase => phase.role === 'foundational');
  const isStory = (index: number) => phases[index]?.role === 'story';
  for (let moved = true; moved;) {
    moved = false;
    for (const draft of drafts) {
      const waiting = phaseByKey.get(draft.key)!;
      for (const key of draft.after) {
        const current = phaseByKey.get(key);
        if (current === undefined || current <= waiting) continue;
        const shared = isStory(waiting) && isStory(current) && foundational >= 0;
        phaseByKey.set(key, shared ? Math.min(foundational, waiting) : waiting);
        moved = true;
      }
    }
  }
  return phaseByKey;
}

/**
 * Keeps the phase-and-kind order except where a task would come before one it waits for; then it
 * waits in line until that one is placed. Only a dependency cycle can still leave an edge pointing
 * forward, and `check` reports cycles.
 */
function dependenciesFirst<T extends { draft: TaskDraft }>(sorted: T[]): T[] {
  const known = new Set(sorted.map(entry => entry.draft.key));
  const placedKeys = new Set<string>();
  const pending = [...sorted];
  const result: T[] = [];
  while (pending.length > 0) {
    const ready = pending.findIndex(entry =>
      entry.draft.after.every(
        key => !known.has(key) || placedKeys.has(key) || key === entry.draft.key
      )
    );
    const [next] = pending.splice(ready >= 0 ? ready : 0, 1);
    result.push(next!);
    placedKeys.add(next!.draft.key);
  }
  return result;
}

export function taskId(number: number): string {
  return 'T' + String(number).padStart(3, '0');
}

/**
 * Keys of tasks that were not planned (an entity without a model, say) simply impose nothing; only
 * a dependency cycle leaves an edge to a later task, and that one edge is left out.
 */
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
