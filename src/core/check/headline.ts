/**
 * What a task says it is: its first line as written, and the code names it says it creates.
 */
import { readLabels, readTaskStart } from '../parse/tasks-md/task-line.js';
import type { ListedTask } from '../parse/tasks-md/model.js';
import type { TaskText } from './task-text.js';
import { CREATING } from '../vocabulary/coverage.js';

/**
 * The code names a task says it creates: those right after its verb ("Implement per-shelf
 * `StockLevelAccumulator` in …", "Add `voucher_quote_handler` to handlers.rs"). Names it only
 * mentions (a parameter, a library) are not among them.
 */
export function createdNames(task: TaskText): string[] {
  const description = task.task.description.trimStart();
  if (!CREATING.test(description)) return [];
  const names: string[] = [];
  for (const token of description.split(/\s+/).slice(1, 5))
    for (const name of token.split(/\W+/)) if (isCodeName(name)) names.push(name);
  return names;
}

/**
 * The task's first line as written, without list marker, checkbox, ID and labels: what the task
 * says it is (a heading task's body says how it works), with its backticks.
 */
export function headline(task: ListedTask): string {
  const text = task.line.replace(/^[\s>#*+-]*(?:\[[ x-]\]\s*)?/i, '');
  const start = readTaskStart(text);
  return start ? readLabels(start.rest).description : task.description;
}

/** `CartSessionState`, `voucher_quote_handler`, `listRecipes`: a name in code, not a word of prose. */
export function isCodeName(name: string): boolean {
  return name.includes('_') || /[a-z][A-Z]/.test(name);
}
