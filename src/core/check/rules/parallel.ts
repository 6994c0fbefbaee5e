import type { Finding } from '../../model.js';
import type { ListedTask } from '../task-list.js';
import { doneNote, finding, relatedTask, type CheckRule } from './context.js';

/**
 * Two `[P]` tasks of one phase that name the same file and do not wait for each other would
 * write it at the same time. Directories are not files: two tasks under `src/models/` are fine.
 * Each pair is reported once, on the later task.
 */
export const parallelFileConflict: CheckRule = context => {
  const findings: Finding[] = [];
  const parallel = context.list.tasks.filter(task => task.parallel);
  parallel.forEach((later, index) => {
    for (const earlier of parallel.slice(0, index)) {
      if (earlier.phase !== later.phase || earlier.id === later.id) continue;
      if (
        context.graph.reaches(later.id, earlier.id) ||
        context.graph.reaches(earlier.id, later.id)
      )
        continue;
      const file = sharedFile(earlier, later);
      if (!file) continue;
      findings.push(
        finding(
          'parallel-file-conflict',
          `[P] tasks ${earlier.id} and ${later.id} both touch ${file} and can run at the same time${doneNote([earlier, later])}`,
          later.source,
          [relatedTask(earlier, `also touches ${file}`)]
        )
      );
    }
  });
  return findings;
};

/** A file both name exactly: not a directory, and not a bare name either wrote loosely in prose. */
function sharedFile(a: ListedTask, b: ListedTask): string | undefined {
  return a.paths.find(
    path =>
      !path.endsWith('/') &&
      b.paths.includes(path) &&
      !a.barePaths.includes(path) &&
      !b.barePaths.includes(path)
  );
}
