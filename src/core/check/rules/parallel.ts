import type { Finding } from '../../model.js';
import type { ListedTask } from '../../parse/tasks-md/model.js';
import { doneNote, finding, relatedTask, type CheckRule } from './context.js';

/**
 * Two `[P]` tasks of one phase that name the same file and do not wait for each other would
 * write it at the same time. Directories are not files: two tasks under `src/models/` are fine.
 * Each pair is reported once, on the later task.
 */
export const parallelFileConflict: CheckRule = context => {
  const findings: Finding[] = [];
  // A deferred task runs at no time, so it runs at the same time as nothing.
  const parallel = context.list.tasks.filter(task => task.parallel && !task.deferred);
  // Only tasks that share a file can conflict: look each pair up by file, not every pair.
  const byFile = new Map<string, ListedTask[]>();
  for (const later of parallel) {
    const reported = new Set<ListedTask>();
    for (const file of changedFiles(later)) {
      const key = `${later.phase}\u0000${file}`;
      const earlierOnes = byFile.get(key) ?? [];
      for (const earlier of earlierOnes) {
        if (reported.has(earlier) || earlier.id === later.id) continue;
        if (
          context.graph.reaches(later.id, earlier.id) ||
          context.graph.reaches(earlier.id, later.id)
        )
          continue;
        reported.add(earlier);
        findings.push(conflict(earlier, later, sharedFile(earlier, later) ?? file));
      }
      byFile.set(key, [...earlierOnes, later]);
    }
  }
  return findings.sort((a, b) => a.location.line - b.location.line || compareRelated(a, b));
};

function conflict(earlier: ListedTask, later: ListedTask, file: string): Finding {
  return finding(
    'parallel-file-conflict',
    `[P] tasks ${earlier.id} and ${later.id} both touch ${file} and can run at the same time${doneNote([earlier, later])}`,
    later.source,
    [relatedTask(earlier, `also touches ${file}`)]
  );
}

function compareRelated(a: Finding, b: Finding): number {
  return (a.related?.[0]?.location.line ?? 0) - (b.related?.[0]?.location.line ?? 0);
}

/** Files (not directories) the task changes: named exactly, not loosely, not only cited. */
function changedFiles(task: ListedTask): string[] {
  return [...new Set(task.paths)].filter(path => !path.endsWith('/') && changes(task, path));
}

function changes(task: ListedTask, path: string): boolean {
  return (
    task.paths.includes(path) && !task.barePaths.includes(path) && !task.citedPaths.includes(path)
  );
}

/** The first file, in the earlier task's order, that both change. */
function sharedFile(a: ListedTask, b: ListedTask): string | undefined {
  return changedFiles(a).find(path => changes(b, path));
}
