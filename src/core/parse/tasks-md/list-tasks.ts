/**
 * Tasks written as list items (`- [ ] T001 …`), nested or not, and the near-misses a phase may
 * hold: a checkbox without an ID, an ID without a checkbox, a task written as a paragraph.
 */
import type { List, ListItem, Nodes, Paragraph, Root, RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import { flatten, malformed, position, rawText, type Reader } from './reader.js';
import { readInlineSuppressions } from './suppressions.js';
import { addTask } from './listed-task-draft.js';
import {
  readLabels,
  readTaskOpening,
  readTaskStart,
  taskRefs,
  type TaskOpening
} from './task-line.js';
import { DONE_MARKS, TASK_ID_ASIDE } from '../../vocabulary/task-list.js';

export function readList(reader: Reader, list: List, nested: boolean): void {
  const hasTasks = list.children.some(item => itemStart(item) !== undefined);
  for (const item of list.children) {
    const start = itemStart(item);
    if (start) {
      readItemTask(reader, item, start);
      continue;
    }
    readInlineSuppressions(reader, item);
    noteReportedWork(reader, item);
    if (hasCheckbox(item) && hasTasks && !nested && reader.section === 'phase') {
      // A list mixing ID'd tasks and an ID-less checkbox: the ID was forgotten.
      malformed(reader, item, 'a checkbox item among tasks has no task ID (T001, T002…)');
    } else if (!isCheckbox(item) && reader.section === 'phase' && looksLikeUncheckedTask(item)) {
      malformed(reader, item, 'a task needs a checkbox: "- [ ] T001 …"');
    }
    for (const child of item.children) if (child.type === 'list') readList(reader, child, true);
  }
}

/**
 * A line of a progress report, "✅ Parcel API: GET /parcels, /parcels/{id} (T030-T031)": a done
 * mark, then what was built, then the tasks that built it in parentheses. Kept as what those
 * tasks did, as a report heading's body is; it defines no task.
 */
function noteReportedWork(reader: Reader, item: ListItem): void {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return;
  const text = flatten(plainText(first));
  if (!DONE_MARKS.some(mark => text.startsWith(mark))) return;
  const last = /\(([^()]{1,80})\)\s{0,3}$/.exec(text);
  if (!last) return;
  const refs = taskRefs(last[1]!);
  // Only an aside made of task IDs: "(T030-T031)", "(T012, T014)", not "(with filters)".
  if (refs.length === 0 || !TASK_ID_ASIDE.test(last[1]!)) return;
  reader.reports.push({ refs, text, source: position(reader, item) });
}

/**
 * The IDs checklist lines define anywhere in the document (`- [ ] T005 …`, `- [-] T006 …`), known
 * before the pass so that a heading naming one, before or after it, is read as a reference.
 */
export function checklistIds(root: Root): Set<string> {
  const ids = new Set<string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'listItem' && hasCheckbox(node)) {
      const start = itemStart(node);
      if (start) ids.add(start.id);
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(root);
  return ids;
}

function isCheckbox(item: ListItem): boolean {
  return item.checked === true || item.checked === false;
}

/** A checkbox GFM reads, or the `[-]` of a deferred item that it does not. */
function hasCheckbox(item: ListItem): boolean {
  return isCheckbox(item) || /^\[-\]\s/.test(firstLineText(item));
}

/** `- [] T001 …` or `-[ ] T001`: a checkbox the markdown parser could not read. */
function looksLikeUncheckedTask(item: ListItem): boolean {
  const text = firstLineText(item);
  return /^\[\s?[xX]?\]\s{0,3}\*{0,2}T\d/.test(text) && !/^\[[ x]\]\s/i.test(text);
}

function itemStart(item: ListItem): TaskOpening | undefined {
  return readTaskOpening(firstLineText(item));
}

function firstLineText(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? plainText(first).split('\n')[0]!.trim() : '';
}

function readItemTask(reader: Reader, item: ListItem, start: TaskOpening): void {
  if (reader.phase < 0 && !hasCheckbox(item)) return;
  if (reader.section === 'dependencies') return;
  const own: RootContent[] = [];
  const nestedTasks: List[] = [];
  for (const child of item.children) {
    if (child.type === 'list' && child.children.some(sub => itemStart(sub)))
      nestedTasks.push(child);
    else own.push(child as RootContent);
  }
  const rest = own.slice(1);
  addTask(reader, {
    id: start.id,
    checked: item.checked === true,
    deferred: start.deferred,
    labels: readLabels(flatten(start.rest + continuation(reader, own[0]))),
    rawForPaths: own
      .filter(node => node.type !== 'code')
      .map(node => rawText(reader, node))
      .join('\n'),
    extraDescription: rest
      .filter(node => node.type !== 'code')
      .map(node => plainText(node as Nodes))
      .join(' '),
    source: position(reader, item),
    loose: !hasCheckbox(item)
  });
  readInlineSuppressions(reader, item);
  for (const list of nestedTasks) readList(reader, list, true);
}

/** The lines of the first paragraph after its first: a task written over several lines. */
function continuation(reader: Reader, first: RootContent | undefined): string {
  if (!first || first.type !== 'paragraph') return '';
  const text = plainText(first);
  const newline = text.indexOf('\n');
  return newline >= 0 ? ' ' + text.slice(newline + 1) : '';
}

export function readParagraph(reader: Reader, paragraph: Paragraph): void {
  const text = plainText(paragraph).split('\n')[0]!.trim();
  const start = readTaskStart(text);
  // Only "T001 Description…" at the start of a paragraph in a phase, not "T001 → T002" prose.
  if (!start || !/^[\s:.\-–—[]/.test(start.rest) || start.rest.includes('→')) return;
  malformed(reader, paragraph, 'a task must be a list item: "- [ ] T001 …"');
  addTask(reader, {
    id: start.id,
    checked: false,
    deferred: false,
    labels: readLabels(flatten(start.rest + continuation(reader, paragraph))),
    rawForPaths: rawText(reader, paragraph),
    extraDescription: '',
    source: position(reader, paragraph),
    loose: true
  });
}
