/** Rules about how tasks are written, and whether a generated list is still current. */
import { words } from '../../plan/naming.js';
import type { TaskText } from '../matching.js';
import { finding, listStart, type CheckContext, type CheckRule } from './context.js';

/**
 * A task that changes code should say which file. Not asked of tasks that change none by nature
 * (run, verify, review, merge…), of deferred tasks, or of a task that names a file by the class
 * or module an earlier task put in it ("…in RideRecordingStateRepositoryImpl").
 */
export const missingFilePath: CheckRule = context => {
  const stems = fileStems(context);
  return context.tasks
    .filter(
      task =>
        task.task.paths.length === 0 &&
        !task.task.deferred &&
        !changesNoFile(task) &&
        ![...task.identifiers].some(identifier => stems.has(identifier))
    )
    .map(task =>
      finding(
        'missing-file-path',
        `Task ${task.task.id} names no file or directory path`,
        task.task.source
      )
    );
};

/** First words of tasks that run or check something rather than edit a file. */
const NO_FILE_VERBS = new Set([
  'run',
  'verify',
  'confirm',
  'validate',
  'check',
  'manual',
  'manually',
  'merge',
  'review',
  'execute',
  'measure',
  'profile',
  'perform',
  'demo',
  'smoke',
  'deploy',
  'publish',
  'release',
  'tag'
]);

function changesNoFile(task: TaskText): boolean {
  const first =
    task.task.description
      .trimStart()
      .split(/[\s:*`]+/, 1)[0]
      ?.toLowerCase() ?? '';
  return NO_FILE_VERBS.has(first);
}

/**
 * Stems of the file names the list mentions (`RideRecordingStateRepositoryImpl` of `…Impl.kt`),
 * only those of two words or more: `main` or `index` in prose names no particular file.
 */
function fileStems(context: CheckContext): Set<string> {
  const stems = new Set<string>();
  for (const task of context.list.tasks) {
    for (const path of task.paths) {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const dot = file.lastIndexOf('.');
      const stem = dot > 0 ? file.slice(0, dot) : file;
      if (words(stem).length >= 2) stems.add(stem);
    }
  }
  return stems;
}

export const malformedTask: CheckRule = context =>
  context.list.malformed.map(entry =>
    finding('malformed-task', `Not a well-formed task: ${entry.reason}`, entry.source)
  );

export const staleTasks: CheckRule = context => {
  const recorded = context.list.marker?.inputHash;
  if (!recorded || !context.expectedInputHash || recorded === context.expectedInputHash) return [];
  return [
    finding(
      'stale-tasks',
      'tasks.md was generated from design documents that have changed since; run `spec-tasks generate --write` again',
      listStart(context.list)
    )
  ];
};
