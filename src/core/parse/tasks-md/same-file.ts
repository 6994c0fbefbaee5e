/**
 * "In the same file": a task that names its file by pointing at another task's, and inherits
 * that task's files.
 */
import type { ListedTask } from './model.js';
import { NOT_SAME_FILE, SAME_FILE } from '../../vocabulary/task-list.js';

/**
 * "In the same file, add `redeem()`" names no path of its own: it means the file of the task
 * before it, or of the task it names ("same file as T017"). A task naming its own file
 * keeps only its own; one that only cites files ("per `contracts/x.md`") still points back.
 */
export function inheritSameFile(tasks: ListedTask[]): void {
  tasks.forEach((task, index) => {
    const match = SAME_FILE.exec(task.description);
    if (!match || NOT_SAME_FILE.test(task.description)) return;
    if (task.paths.some(path => !task.citedPaths.includes(path))) return;
    const source = match[1] ? tasks.find(other => other.id === match[1]) : tasks[index - 1];
    if (!source || source === task) return;
    const changed = source.paths.filter(path => !source.citedPaths.includes(path));
    const files = changed.filter(path => !path.endsWith('/'));
    const inherited = (files.length > 0 ? files : changed).filter(
      path => !task.paths.includes(path)
    );
    task.paths.push(...inherited);
    task.barePaths.push(...inherited.filter(path => source.barePaths.includes(path)));
  });
}
