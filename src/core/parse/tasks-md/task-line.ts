/**
 * One task's text, as people write it: `T001 [P] [US1] Description (depends on T000)`, with the
 * ID bold or followed by a colon, and labels in any order. Regexes here run on one short line.
 */

import {
  DEFERRED_ASIDE,
  DEFERRED_LEAD,
  DEFERRED_SHOUTED,
  INLINE_DEPENDENCY_BEFORE_ID,
  INLINE_DEPENDENCY_PHRASES,
  PARALLEL_LABEL,
  PARALLEL_PAREN_LABEL,
  STORY_LABEL,
  TASK_RANGE_WORDS,
  TASK_WORD_ID
} from '../../vocabulary/task-list.js';

/** `T001`, `T013a`, `T021.1`, `T1`; also `Task 1.1` headings some lists use (TASK_WORD_ID). */
const ID_AT_START = /^\*{0,2}(T\d{1,5}(?:\.\d{1,3}|[a-z])?)\*{0,2}(?![\w.])/;

export interface TaskStart {
  id: string;
  /** The text after the ID. */
  rest: string;
}

/** The ID at the very start of a task's text, if any. */
export function readTaskStart(text: string): TaskStart | undefined {
  const trimmed = text.trimStart();
  const match = ID_AT_START.exec(trimmed) ?? TASK_WORD_ID.exec(trimmed);
  if (!match) return undefined;
  const id = match[1]!;
  // `T030-T034 Shared models` and `T030 – T034: Shared models` head a range of tasks; neither
  // is a task itself.
  if (headsRange(trimmed.slice(match[0].length))) return undefined;
  return {
    id: /^\d/.test(id) ? id : id.charAt(0).toUpperCase() + id.slice(1),
    rest: trimmed.slice(match[0].length)
  };
}

/** `-T034 …`, ` – T034 …`, ` to T034 …` right after an ID. */
function headsRange(rest: string): boolean {
  if (/^[-–—]\s?T?\d/.test(rest)) return true;
  const words = rest.trimStart().split(/\s+/, 2);
  return (
    rest.length > rest.trimStart().length &&
    TASK_RANGE_WORDS.has((words[0] ?? '').toLowerCase()) &&
    /^T\d/.test(words[1] ?? '')
  );
}

/**
 * A task written as put off: `[-] T045 …` (a checkbox GFM does not read, so the item reaches us
 * as text) or struck through, `~~T045~~ …`. Undefined when the text is neither.
 */
export function readDeferredStart(text: string): TaskStart | undefined {
  const box = /^\[-\][ \t]{0,3}/.exec(text);
  let body = box ? text.slice(box[0].length) : text.trimStart();
  const struck = body.startsWith('~~');
  if (!box && !struck) return undefined;
  if (struck) body = body.slice(2);
  const start = readTaskStart(body);
  if (!start) return undefined;
  return { id: start.id, rest: struck ? start.rest.replace(/^~~/, '') : start.rest };
}

export interface TaskOpening extends TaskStart {
  /** Written `[-] T045` or `~~T045~~`. */
  deferred: boolean;
}

/** How a task's line opens: its ID, put off (`[-] T045`, `~~T045~~`) or not. */
export function readTaskOpening(text: string): TaskOpening | undefined {
  const deferred = readDeferredStart(text);
  if (deferred) return { ...deferred, deferred: true };
  const start = readTaskStart(text);
  return start && { ...start, deferred: false };
}

/**
 * A description that says the task is put off: a leading `(deferred)`, `[DEFERRED]`,
 * `**Deferred**`, `Deferred:` or `DEFERRED`, or a closing `(deferred to the beta)`. "Deferred
 * loading of images" is work; "(offline part deferred)" defers part of it, not the task.
 */
export function isDeferredDescription(description: string): boolean {
  const text = description.trim();
  return DEFERRED_LEAD.test(text) || DEFERRED_SHOUTED.test(text) || DEFERRED_ASIDE.test(text);
}

/** Strike-through marks left on a description: `~~T045 Old plan~~`. */
export function withoutStrikeMarks(description: string): string {
  return description.split('~~').join('');
}

export interface TaskLabels {
  parallel: boolean;
  story: string | undefined;
  description: string;
}

/** Strips `:`/`-` after the ID and the leading `[P]`, `[US1]`, `[Story 2]` labels. */
export function readLabels(rest: string): TaskLabels {
  let text = stripSeparators(rest);
  let parallel = false;
  let story: string | undefined;
  for (;;) {
    const label = /^\[([^\]]{1,24})\]/.exec(text) ?? PARALLEL_PAREN_LABEL.exec(text);
    if (!label) break;
    const inner = label[1]!.trim();
    if (PARALLEL_LABEL.test(inner)) parallel = true;
    else if (STORY_LABEL.test(inner)) story ??= `US${Number(/\d{1,3}/.exec(inner)![0])}`;
    else break;
    text = stripSeparators(text.slice(label[0].length));
  }
  return { parallel, story, description: text.trim() };
}

function stripSeparators(text: string): string {
  let start = 0;
  while (start < text.length && ' \t:-–—.'.includes(text[start]!)) start++;
  return text.slice(start);
}

/** IDs and ranges after "depends on", "blocked by", "requires", "after" in a task's own text. */
export function inlineDependencies(description: string): string[] {
  const lower = description.toLowerCase();
  const refs: string[] = [];
  for (const keyword of INLINE_DEPENDENCY_PHRASES) {
    for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1))
      refs.push(...taskRefs(clauseAfter(description, at + keyword.length)));
  }
  // "after" only counts when a task ID follows at once: "run after T004", not "after login".
  for (const keyword of INLINE_DEPENDENCY_BEFORE_ID) {
    for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
      const tail = clauseAfter(description, at + keyword.length);
      if (/^\s{0,3}T\d/.test(tail)) refs.push(...taskRefs(tail));
    }
  }
  return [...new Set(refs)];
}

/** The text from `start` to the end of its clause: a closing parenthesis, `;` or sentence end. */
function clauseAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && !')];'.includes(text[end]!)) {
    if (text[end] === '.' && (end + 1 >= text.length || text[end + 1] === ' ')) break;
    end++;
  }
  return text.slice(start, end);
}

/** `T004`, `T004/T005`, `T004-T007`, `T004–T007`, `T004 to T007`, in order of appearance. */
export function taskRefs(text: string): string[] {
  const refs: string[] = [];
  const tokens = text.split(/[\s,;&+|()[\]`*/]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const range = /^(T\d{1,5}[a-z]?)[-–—](T?\d{1,5}[a-z]?)$/i.exec(token);
    if (range) {
      const end = range[2]!.toUpperCase().startsWith('T') ? range[2]! : `T${range[2]}`;
      refs.push(`${normaliseId(range[1]!)}-${normaliseId(end)}`);
      continue;
    }
    const id = /^(T\d{1,5}(?:\.\d{1,3}|[a-z])?)[:.]?$/i.exec(token);
    if (!id) continue;
    const next = tokens[i + 1]?.toLowerCase();
    const end = tokens[i + 2] ? /^(T\d{1,5}[a-z]?)[:.]?$/i.exec(tokens[i + 2]!) : null;
    if (TASK_RANGE_WORDS.has(next ?? '') && end) {
      refs.push(`${normaliseId(id[1]!)}-${normaliseId(end[1]!)}`);
      i += 2;
    } else {
      refs.push(normaliseId(id[1]!));
    }
  }
  return refs;
}

function normaliseId(id: string): string {
  return 'T' + id.slice(1);
}
