/** Rules about how tasks are written, and whether a generated list is still current. */
import { words } from '../../plan/naming.js';
import { isCodeName, type TaskText } from '../matching.js';
import { finding, listStart, type CheckContext, type CheckRule } from './context.js';

/**
 * A task that changes code should say which file. Not asked of tasks that change none by nature
 * (run, verify, review, merge…), of deferred tasks, or of a task that names a file by what an
 * earlier task put in it: its class or module (`RideRecordingStateRepositoryImpl`), or a type or
 * function an earlier task created in a file it named (`McpServerState::new()`).
 */
export const missingFilePath: CheckRule = context => {
  const placed = placedNames(context);
  return context.tasks
    .filter(
      task =>
        task.task.paths.length === 0 &&
        !task.task.deferred &&
        !changesNoFile(task) &&
        ![...task.identifiers].some(identifier => placed.has(identifier))
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
  'tag',
  'audit',
  'commit',
  'push'
]);

/** Words of a label that make the task a check: "Performance validation: …", "Manual test: …". */
const CHECK_LABEL_WORDS = new Set([
  'validation',
  'verification',
  'check',
  'review',
  'audit',
  'manual',
  'qa',
  'smoke'
]);

function changesNoFile(task: TaskText): boolean {
  const description = task.task.description.trimStart();
  const first = description.split(/[\s:*`]+/, 1)[0]?.toLowerCase() ?? '';
  if (NO_FILE_VERBS.has(first)) return true;
  const colon = description.indexOf(':');
  if (colon < 0) return false;
  const label = words(description.slice(0, colon));
  return label.length <= 3 && label.some(word => CHECK_LABEL_WORDS.has(word));
}

/**
 * Names that stand for a file the list names elsewhere: stems of its file names of two words or
 * more (`main` or `index` in prose names no particular file), and code names (`McpServerState`,
 * `route_plan_handler`) in tasks that name a file.
 */
function placedNames(context: CheckContext): Set<string> {
  const names = new Set<string>();
  for (const task of context.tasks) {
    if (task.task.paths.length === 0) continue;
    for (const path of task.task.paths) {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const dot = file.lastIndexOf('.');
      const stem = dot > 0 ? file.slice(0, dot) : file;
      if (words(stem).length >= 2) names.add(stem);
    }
    for (const identifier of task.identifiers) if (isCodeName(identifier)) names.add(identifier);
  }
  return names;
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
