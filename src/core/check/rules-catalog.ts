/** Every rule spec-tasks reports, with its stable id and default severity. */
import type { RuleDescription } from './result.js';

export const RULES: readonly RuleDescription[] = [
  {
    id: 'missing-plan',
    defaultSeverity: 'error',
    summary: 'The feature folder has no plan.md.',
    help: 'plan.md is required: it names the tech stack and project structure every task path comes from. Add specs/<feature>/plan.md.'
  },
  {
    id: 'contract-untested',
    defaultSeverity: 'error',
    summary: 'A contract file has no test task.',
    help: 'Each contract file needs a contract test task written before its implementation. Add a test task that names the contract file, one of its endpoints or its operationId.'
  },
  {
    id: 'parallel-file-conflict',
    defaultSeverity: 'error',
    summary: '[P] tasks that can run at the same time touch the same file.',
    help: 'Tasks marked [P] may run concurrently; if two of them write the same file they will conflict. Each file and group of such tasks is one finding, at its first task, with the others as related locations. Remove [P] from all but one, or add dependencies between them.'
  },
  {
    id: 'entity-without-model',
    defaultSeverity: 'warning',
    summary: 'An entity in data-model.md has no task that creates or changes it.',
    help: 'Each entity of the data model needs a model task. Add one that names the entity and its file.'
  },
  {
    id: 'endpoint-unimplemented',
    defaultSeverity: 'warning',
    summary: 'A contract endpoint has no implementation task.',
    help: 'Each endpoint of a contract needs a task, outside the tests, that implements it. Add one that names the endpoint.'
  },
  {
    id: 'story-untested',
    defaultSeverity: 'warning',
    summary: 'A user story or quickstart scenario has no integration test task.',
    help: 'Each user story and quickstart scenario needs an integration test task. Add one that names the story or scenario.'
  },
  {
    id: 'test-after-implementation',
    defaultSeverity: 'warning',
    summary: 'A test task comes after the implementation task it tests.',
    help: 'Tests are written first and must fail before the code exists. Move the test task before the implementation task.'
  },
  {
    id: 'missing-file-path',
    defaultSeverity: 'warning',
    summary: 'A task names no file or directory path.',
    help: 'Every task names the exact file it changes, so it can be done and reviewed without guessing. Add the path.'
  },
  {
    id: 'unknown-task-reference',
    defaultSeverity: 'error',
    summary: 'A dependency refers to a task ID that does not exist.',
    help: 'A dependency on a missing task cannot be satisfied. Fix the ID or remove the dependency.'
  },
  {
    id: 'dependency-cycle',
    defaultSeverity: 'error',
    summary: 'Tasks depend on each other in a cycle.',
    help: 'A cycle means none of its tasks can start. Remove one of the dependencies.'
  },
  {
    id: 'duplicate-task-id',
    defaultSeverity: 'error',
    summary: 'Two tasks share an ID.',
    help: 'Task IDs are how dependencies and people refer to tasks. Give each task its own ID.'
  },
  {
    id: 'task-id-order',
    defaultSeverity: 'note',
    summary: 'Task IDs are not ascending in document order.',
    help: 'IDs are numbered in execution order. Renumber so that they ascend.'
  },
  {
    id: 'malformed-task',
    defaultSeverity: 'warning',
    summary: 'A line looks like a task but does not follow the task format.',
    help: 'Tasks are written `- [ ] T001 [P] Description in path/to/file`. Fix the line, or make it plain text.'
  },
  {
    id: 'stale-tasks',
    defaultSeverity: 'warning',
    summary: 'A generated tasks.md no longer matches its design documents or tasks template.',
    help: 'The design documents or the tasks template changed after tasks.md was generated. Run `spec-tasks generate --write` again (with the same --template, if one was given).'
  },
  {
    id: 'parse-error',
    defaultSeverity: 'warning',
    summary: 'A design document could not be read as its format requires.',
    help: 'The file is reported and skipped; the rest of the folder is still used. Fix the syntax at the given line.'
  },
  {
    id: 'file-rejected',
    defaultSeverity: 'error',
    summary: 'A file was not read: too large, binary, or a link outside the repository.',
    help: 'spec-tasks reads pull-request content as untrusted input and refuses such files. Fix the file or raise the size limit.'
  },
  {
    id: 'encoding',
    defaultSeverity: 'warning',
    summary: 'A text file holds bytes that are not text: invalid UTF-8, NUL or control characters.',
    help: 'The file was read with U+FFFD in place of each bad byte; the rest of it was used. Save it as UTF-8 (a stray Windows-1252 quote or a garbled pasted line is the usual cause).'
  }
];

export function ruleById(id: string): RuleDescription | undefined {
  return RULES.find(rule => rule.id === id);
}
