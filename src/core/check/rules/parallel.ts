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
  // A deferred task runs at no time, so it runs at the same time as nothing.
  const parallel = context.list.tasks.filter(task => task.parallel && !task.deferred);
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

/**
 * A file both change: named exactly by both, not a directory, not a bare name written loosely in
 * prose, and not only cited by either ("see scope.rs", "pinned by a test in scope.rs").
 */
function sharedFile(a: ListedTask, b: ListedTask): string | undefined {
  const changes = (task: ListedTask, path: string) =>
    task.paths.includes(path) && !task.barePaths.includes(path) && !task.citedPaths.includes(path);
  return a.paths.find(path => !path.endsWith('/') && changes(a, path) && changes(b, path));
}
