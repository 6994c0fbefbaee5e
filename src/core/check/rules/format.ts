/** Rules about how tasks are written, and whether a generated list is still current. */
import { finding, listStart, type CheckRule } from './context.js';

export const missingFilePath: CheckRule = context =>
  context.list.tasks
    .filter(task => task.paths.length === 0)
    .map(task =>
      finding('missing-file-path', `Task ${task.id} names no file or directory path`, task.source)
    );

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
