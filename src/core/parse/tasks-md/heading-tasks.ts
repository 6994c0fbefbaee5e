/**
 * Tasks written as headings: `### T001: Create the model`, with the body below it naming its files,
 * its status and what it waits for.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import { position, rawText, type Reader } from './reader.js';
import { addTask } from './listed-task-draft.js';
import { DEPENDENCY_FIELD, DONE_STATUS_FIELD } from '../../vocabulary/task-list.js';
import { readDeferredStart, readLabels, readTaskStart, type TaskStart } from './task-line.js';

/**
 * `### T001: Create the DTO` followed by paragraphs and bullets naming its files, or `### Task
 * 6.1: …` followed by its acceptance criteria. The body's checkboxes are criteria, not tasks.
 */
export function readHeadingTask(
  reader: Reader,
  heading: Heading,
  siblings: RootContent[],
  index: number,
  start: HeadingStart
): number {
  let end = index + 1;
  const body: RootContent[] = [];
  for (; end < siblings.length; end++) {
    const next = siblings[end]!;
    if (next.type === 'heading' && next.depth <= heading.depth) break;
    if (next.type === 'heading' && readTaskStart(plainText(next))) break;
    body.push(next);
  }
  const labels = readLabels(start.rest);
  const prose = body.filter(node => node.type !== 'code');
  const checked = /^\s*\[x\]/i.test(plainText(heading)) || body.some(node => isDoneMarker(node));
  addTask(reader, {
    id: start.id,
    checked,
    deferred: start.deferred,
    labels,
    rawForPaths: [heading, ...prose].map(node => rawText(reader, node)).join('\n'),
    extraDescription: '',
    // The body says what the heading only names: operations, contract files, criteria.
    bodyDescription: prose.map(node => plainText(node)).join(' '),
    dependencyText: dependencyFields(body),
    source: position(reader, heading),
    loose: false
  });
  return end - 1;
}

/** A heading task states what it waits for in its body: `**Dependencies**: T001, T002`. */
function dependencyFields(body: RootContent[]): string {
  return body
    .filter(node => node.type === 'paragraph')
    .flatMap(node => plainText(node).split('\n'))
    .filter(line => DEPENDENCY_FIELD.test(line))
    .join('\n');
}

function isDoneMarker(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    // Plain text has lost the bold marks of `**Status**: ✅ Done`.
    DONE_STATUS_FIELD.test(plainText(node))
  );
}

export interface HeadingStart extends TaskStart {
  deferred: boolean;
}

/** `T001: …`, `[x] T001 …`, `[-] T001 …` or `~~T001~~ …` at the start of a heading. */
export function headingStart(title: string): HeadingStart | undefined {
  const deferred = readDeferredStart(title);
  if (deferred) return { ...deferred, deferred: true };
  const match = /^\[[ x]\]\s{0,3}/i.exec(title);
  const start = readTaskStart(match ? title.slice(match[0].length) : title);
  return start && { ...start, deferred: false };
}
