/**
 * Tasks written as headings: `### T001: Create the model`, with the body below it naming its files,
 * its status and what it waits for.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import { flatten, position, rawText, type Reader } from './reader.js';
import { addTask } from './listed-task-draft.js';
import { DEPENDENCY_FIELD, DONE_STATUS_FIELD } from '../../vocabulary/task-list.js';
import {
  readDeferredStart,
  readLabels,
  readTaskStart,
  taskRefs,
  type TaskOpening
} from './task-line.js';

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

/** A heading's task opening: unlike a list item's, it may follow a box (`### [x] T001 …`). */
export type HeadingStart = TaskOpening;

/**
 * `T001: …`, `[x] T001 …`, `[-] T001 …` or `~~T001~~ …` at the start of a heading. A heading that
 * opens with several IDs (`T004, T005: Parser tests`, `T004/T005 …`) is about a group of tasks,
 * not one.
 */
export function headingStart(title: string): HeadingStart | undefined {
  const deferred = readDeferredStart(title);
  if (deferred) return { ...deferred, deferred: true };
  const match = /^\[[ x]\]\s{0,3}/i.exec(title);
  const start = readTaskStart(match ? title.slice(match[0].length) : title);
  if (!start || /^\s{0,2}[,/&+]\s{0,2}\*{0,2}T\d/.test(start.rest)) return undefined;
  return { ...start, deferred: false };
}

/**
 * Whether a heading naming a task defines it. A definition is a checklist line, or a heading-style
 * task inside a phase (or in a list that has no phases at all, written wholly as headings). A
 * heading elsewhere that names an ID (a progress report's "T005 Test Results - passed", a
 * "Detailed Task Specifications" section's "T001: Create the folders"), or one naming a task a
 * checklist line defines, reports on that task: it is a reference.
 */
export function definesTask(reader: Reader, start: HeadingStart): boolean {
  if (reader.checklistIds.has(start.id)) return false;
  return reader.phase >= 0 || reader.phases.length === 0;
}

/**
 * The tasks a heading that is no definition opens with: `T005 Test Results`, `T018-T024 Core
 * Implementation ✅`. Undefined when it names none.
 */
export function reportedRefs(title: string): string[] | undefined {
  const text = title.replace(/^\[[ x-]\]\s{0,3}/i, '').replace(/^[~*]{1,2}/, '');
  const lead = /^T\d{1,5}[a-z]?(?:\s{0,2}[-–—,/&+]\s{0,2}T?\d{1,5}[a-z]?){0,20}/i.exec(text);
  if (!lead) return undefined;
  const refs = taskRefs(lead[0]);
  return refs.length > 0 ? refs : undefined;
}

/** Keeps what a report heading and its body say, for the tasks it names. */
export function noteReport(
  reader: Reader,
  heading: Heading,
  siblings: RootContent[],
  index: number,
  refs: string[]
): void {
  const body: string[] = [plainText(heading)];
  for (let at = index + 1; at < siblings.length; at++) {
    const next = siblings[at]!;
    if (next.type === 'heading' && next.depth <= heading.depth) break;
    if (next.type !== 'code') body.push(plainText(next));
  }
  reader.reports.push({ refs, text: flatten(body.join(' ')), source: position(reader, heading) });
}

/**
 * A heading that reports on a task: its body (results, notes, criteria, the task's details) is
 * about that task and defines nothing. Returns the index of the body's last node.
 */
export function skipReportBody(heading: Heading, siblings: RootContent[], index: number): number {
  let end = index + 1;
  for (; end < siblings.length; end++) {
    const next = siblings[end]!;
    if (next.type === 'heading' && (next.depth <= heading.depth || headingStart(plainText(next))))
      break;
  }
  return end - 1;
}
