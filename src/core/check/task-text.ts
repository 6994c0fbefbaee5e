/**
 * Each task prepared once for the many questions the rules ask of it: its text in the forms the
 * matchers compare (lower case, singular words, key words, routes), and an index from words to
 * the tasks that hold them.
 */
import { words } from '../text/words.js';
import { singular } from '../text/words.js';
import { keyForm } from './key-words.js';
import type { ListedPhase, ListedTask } from '../parse/tasks-md/model.js';
import { isRouteFileName, listedMethodsIn, normaliseRoute } from './routes.js';
import { isOnlyTest, isTestTask } from './test-tasks.js';

/** A task prepared once for many lookups: lower-case text and the word forms of its paths. */
export interface TaskText {
  task: ListedTask;
  /** Its place in the list, to give lookups back in document order. */
  order: number;
  /** Description and paths, lower case, padded with spaces. */
  text: string;
  /** Lower-case words of description and paths, singularised, joined by single spaces and padded. */
  wordText: string;
  /** The lower-case text with route parameters normalised, for matching endpoint paths. */
  routeText: string;
  /** Identifiers as written (`DispatchBatch`, `get_parcel`), for names that are single words. */
  identifiers: Set<string>;
  /** The words of `wordText`, to rule a design item out quickly. */
  wordSet: Set<string>;
  /** The words in key form (abbreviations spelled out), for the generous coverage questions. */
  keys: Set<string>;
  /** HTTP methods the task lists as `PUT/PATCH`, lower case. */
  listedMethods: Set<string>;
  /** Paths that are route files of file-based routing (`app/recipes/[id]/page.tsx`). */
  routeFiles: string[];
  /** Generous: the task has anything to do with tests (a test phase, a test word, a test path). */
  isTest: boolean;
  /** Strict: the task is a test: in a tests phase, starting with a test word, or only test files. */
  isTestOnly: boolean;
}

export function prepareTasks(tasks: ListedTask[], phases: ListedPhase[]): TaskText[] {
  return tasks.map((task, order) => {
    const raw = `${task.description} ${task.paths.join(' ')}`;
    const lower = raw.toLowerCase();
    const taskWords = words(raw).map(singular);
    return {
      task,
      order,
      text: ` ${lower} `,
      wordText: ` ${taskWords.join(' ')} `,
      routeText: normaliseRoute(raw),
      identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
      wordSet: new Set(taskWords),
      keys: new Set(taskWords.map(keyForm)),
      listedMethods: listedMethodsIn(lower),
      routeFiles: task.paths.filter(isRouteFileName),
      isTest: isTestTask(task, phases),
      isTestOnly: isOnlyTest(task, phases)
    };
  });
}

/**
 * Tasks by the words they contain, so a design item is only held against the tasks that share a
 * key word with it. Built once per check, on first use.
 */
const wordIndexes = new WeakMap<TaskText[], Map<string, TaskText[]>>();

/** Every word of every task, as written (singular) and in key form, to the tasks holding it. */
function wordIndex(tasks: TaskText[]): Map<string, TaskText[]> {
  let index = wordIndexes.get(tasks);
  if (!index) {
    index = new Map();
    for (const task of tasks) {
      for (const word of new Set([...task.wordSet, ...task.keys])) {
        const list = index.get(word);
        if (list) list.push(task);
        else index.set(word, [task]);
      }
    }
    wordIndexes.set(tasks, index);
  }
  return index;
}

/** The tasks holding any of these words (singular or key form), in document order. */
export function tasksWithAnyWord(tasks: TaskText[], wanted: string[]): TaskText[] {
  const index = wordIndex(tasks);
  const found = new Set<TaskText>();
  for (const word of wanted) for (const task of index.get(word) ?? []) found.add(task);
  return [...found].sort((a, b) => a.order - b.order);
}

/**
 * The description alone (or the given part of it, such as its headline), for asking what a task
 * is about without its file names.
 */
export function describedBy(task: TaskText, text = task.task.description): TaskText {
  const raw = text
    .split(/\s+/)
    .filter(word => !word.includes('/'))
    .join(' ');
  return {
    ...task,
    text: ` ${raw.toLowerCase()} `,
    wordText: ` ${words(raw).map(singular).join(' ')} `,
    routeText: normaliseRoute(raw),
    identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
    wordSet: new Set(words(raw).map(singular)),
    keys: new Set(words(raw).map(keyForm))
  };
}
