/** Rules about how tasks are written, and whether a generated list is still current. */
import { words } from '../../text/words.js';
import type { Finding } from '../../model.js';
import { createdNames, headline } from '../headline.js';
import type { TaskText } from '../task-text.js';
import { finding, listStart, type CheckRule } from './context.js';
import {
  ACTIVITY_PREPOSITIONS,
  BUILDING_VERBS,
  CHECK_WORDS,
  COMMAND_LABEL_WORDS,
  COMMANDS,
  NO_FILE_LEADING_FILLERS,
  NO_FILE_VERBS,
  OUTCOME_SUBJECTS,
  OUTCOME_WORDS,
  PULL_REQUEST_PARTS,
  PULL_REQUEST_PREPOSITIONS,
  PULL_REQUEST_WORDS,
  ROOT_PLACE_PREPOSITIONS,
  ROOT_PLACES,
  TESTING_ACTIVITY_WORDS
} from '../../vocabulary/path-free-tasks.js';

/**
 * A task that changes code should say which file. Not asked of tasks that change none by nature
 * (run, verify, review, merge…, or a command in backticks), of deferred tasks, or of a task that
 * names a file by what an earlier task put in it: its class or module
 * (`ShelfInventoryRepositoryImpl`), or a type or function an earlier task created in a file
 * it named (`CartSessionState::new()` after "Create `CartSessionState` in session.rs").
 */
export const missingFilePath: CheckRule = context => {
  const placed = new Set<string>();
  const findings: Finding[] = [];
  for (const task of context.tasks) {
    if (task.task.paths.length > 0) {
      for (const name of placedNames(task)) placed.add(name);
      continue;
    }
    if (task.task.deferred || changesNoFile(task) || placedAtRoot(task)) continue;
    if ([...task.identifiers].some(identifier => placed.has(identifier))) continue;
    findings.push(
      finding(
        'missing-file-path',
        `Task ${task.task.id} names no file or directory path`,
        task.task.source
      )
    );
  }
  return findings;
};

function changesNoFile(task: TaskText): boolean {
  const description = headline(task.task).trimStart();
  // `./gradlew bundleRelease`: the task is the command.
  if (startsWithCommand(description)) return true;
  const all = words(description);
  const lead = all.findIndex(word => !NO_FILE_LEADING_FILLERS.has(word));
  const opening = all.slice(Math.max(0, lead), Math.max(0, lead) + 3);
  if (NO_FILE_VERBS.has(opening[0] ?? '')) return true;
  if (statesOutcome(all) || goesIntoPullRequest(all, opening[0] ?? '')) return true;
  if (
    TESTING_ACTIVITY_WORDS.includes(opening[1] ?? '') &&
    (opening[2] === undefined || ACTIVITY_PREPOSITIONS.includes(opening[2]))
  )
    return true;
  if (!BUILDING_VERBS.has(opening[0] ?? '') && opening.some(word => CHECK_WORDS.has(word)))
    return true;
  const colon = description.indexOf(':');
  if (colon < 0) return false;
  const label = words(description.slice(0, colon));
  const rest = description.slice(colon + 1).trimStart();
  const after = words(rest)[0] ?? '';
  if (label.length <= 8 && startsWithCommand(rest)) return true;
  // "… with command: dotnet ef migrations add Init": the command says what the task does.
  if (COMMAND_LABEL_WORDS.includes(label[label.length - 1] ?? '') && COMMANDS.has(after))
    return true;
  return (
    label.length <= 4 && (label.some(word => CHECK_WORDS.has(word)) || NO_FILE_VERBS.has(after))
  );
}

/** "Initialize the app in the repository root": the root is the folder it names. */
function placedAtRoot(task: TaskText): boolean {
  const text = ` ${words(task.task.description).join(' ')} `;
  return ROOT_PLACE_PREPOSITIONS.some(preposition =>
    ROOT_PLACES.some(
      place =>
        text.includes(` ${preposition} ${place} `) || text.includes(` ${preposition} the ${place} `)
    )
  );
}

/** "CLI integration tests pass", "All checks green": an outcome of tests, which changes no file. */
function statesOutcome(all: string[]): boolean {
  return (
    OUTCOME_WORDS.has(all[all.length - 1] ?? '') && all.some(word => OUTCOME_SUBJECTS.has(word))
  );
}

/**
 * "Document the device test results for PR", "Prepare the PR description": the result goes into
 * the pull request.
 */
function goesIntoPullRequest(all: string[], verb: string): boolean {
  const text = ` ${all.join(' ')} `;
  // "Implement the PR summary card" builds a feature about pull requests; it writes none.
  const writesPart = (noun: string) =>
    !BUILDING_VERBS.has(verb) &&
    PULL_REQUEST_PARTS.some(part => text.includes(` ${noun} ${part} `));
  return PULL_REQUEST_WORDS.some(
    noun =>
      [...PULL_REQUEST_PREPOSITIONS].some(
        preposition =>
          text.includes(` ${preposition} ${noun} `) || text.includes(` ${preposition} the ${noun} `)
      ) || writesPart(noun)
  );
}

function startsWithCommand(text: string): boolean {
  if (!text.startsWith('`')) return false;
  const program = text.slice(1).split(/[\s`]/, 1)[0]!.replace(/^\.\//, '').toLowerCase();
  return COMMANDS.has(program);
}

/**
 * Names by which later tasks may refer to this task's files: the stems of its file names of two
 * words or more (`main` or `index` in prose names no particular file), and the code names it
 * says it creates.
 */
function placedNames(task: TaskText): string[] {
  const names: string[] = [];
  for (const path of task.task.paths) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const dot = file.lastIndexOf('.');
    const stem = dot > 0 ? file.slice(0, dot) : file;
    if (words(stem).length >= 2) names.push(stem);
  }
  return [...names, ...createdNames(task)];
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
      'tasks.md was generated from design documents or a tasks template that have changed since; run `spec-tasks generate --write` again',
      listStart(context.list)
    )
  ];
};
