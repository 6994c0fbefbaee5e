/**
 * The files a plan lists, with what it says of each: read from the notes its structure trees
 * write beside a path (`# NEW`, `# MODIFY: …`, `(existing)`) and from its prose lists of files
 * ("Files to create", "Modified files").
 */
import type { List, Nodes, Paragraph, RootContent } from 'mdast';
import type { PlannedFile, PlannedFileStatus } from '../model.js';
import {
  FUTURE_NOTE,
  FUTURE_NOTE_IN_CAPITALS,
  GENERATED_NOTE,
  UNCHANGED_NOTE
} from '../vocabulary/layout.js';
import {
  NAME_LIST_SEPARATOR,
  ONE_TYPE_PER_FILE_EXTENSIONS,
  SKIPPED_SECTION
} from '../vocabulary/plan-files.js';
import {
  CHANGE_WORD,
  EXISTING_NOTE,
  MIXED_FILE_LIST,
  MODIFIED_FILE_LIST,
  MODIFIED_MARKER,
  MODIFIED_MARKER_IN_CAPITALS,
  NEW_FILE_LIST,
  NEW_MARKER,
  NEW_MARKER_IN_CAPITALS,
  OTHER_SPEC_NOTE
} from '../vocabulary/plan-file-markers.js';
import type { TreeEntry } from './directory-tree.js';
import { plainText, positionOf, type Section } from './markdown.js';
import { trimCharacters } from '../text/pieces.js';

/** A note's status marker and what the note says besides it. */
export interface NoteReading {
  status: Exclude<PlannedFileStatus, 'unmarked'> | undefined;
  /** The note without its marker; undefined when nothing is left. */
  rest: string | undefined;
}

/**
 * `NEW: token bucket` → new, "token bucket"; `MODIFIED: use DTOs` → modified; `EXISTS (no
 * changes)` → existing; `EXISTS: settings page (add sidebar nav)` → modified, since it says what
 * changes; `generated` → generated; `FUTURE: …` → later; anything else → no status.
 */
export function readNote(note: string | undefined): NoteReading {
  if (!note) return { status: undefined, rest: undefined };
  const text = note.trim();
  if (GENERATED_NOTE.test(text)) return { status: 'generated', rest: undefined };
  if (FUTURE_NOTE_IN_CAPITALS.test(text) || FUTURE_NOTE.test(text))
    return { status: 'later', rest: undefined };
  const fresh = NEW_MARKER_IN_CAPITALS.exec(text) ?? NEW_MARKER.exec(text);
  if (fresh) return { status: 'new', rest: restAfter(text, fresh[0].length) };
  const changed = MODIFIED_MARKER_IN_CAPITALS.exec(text) ?? MODIFIED_MARKER.exec(text);
  if (changed) return { status: 'modified', rest: restAfter(text, changed[0].length) };
  if (UNCHANGED_NOTE.test(text)) return { status: 'existing', rest: undefined };
  const existing = EXISTING_NOTE.exec(text) ?? OTHER_SPEC_NOTE.exec(text);
  if (existing && saysItself(text, existing.index)) {
    // "EXISTS: wraps the list page (minor polish)": shown as existing, but changed all the same.
    const rest = existing.index === 0 ? restAfter(text, existing[0].length) : text;
    const saysChange = rest !== undefined && CHANGE_WORD.test(rest);
    return saysChange ? { status: 'modified', rest } : { status: 'existing', rest: undefined };
  }
  return { status: undefined, rest: text };
}

/**
 * "EXISTS: …", "(existing)", "MIT (already present)": a marker at the start, in an aside or in
 * a short note says what the file is; in a sentence ("so the handlers reuse one parser") it is
 * a word of the description.
 */
function saysItself(text: string, at: number): boolean {
  if (at === 0 || text.lastIndexOf('(', at) > text.lastIndexOf(')', at)) return true;
  return text.split(/\s+/).length <= 5;
}

function restAfter(text: string, at: number): string | undefined {
  const rest = text
    .slice(at)
    .replace(/^[\s:—–,)(-]+/, '')
    .trim();
  return rest || undefined;
}

/**
 * The files of one tree, each with its status: its own note's, else the nearest folder's above
 * it that says new, existing, generated or later. A tree that marks some entries new says the
 * rest are not: there an unmarked file is an existing one the feature touches (`modified`);
 * in a tree that marks nothing new, an unmarked file is the feature's own (`unmarked`).
 * `firstLine` is the document line of the block's first line.
 */
export function plannedFromTree(
  entries: TreeEntry[],
  file: string,
  firstLine: number
): PlannedFile[] {
  const readings = entries.map(entry => readNote(entry.note));
  const marksNew = readings.some(reading => reading.status === 'new');
  const dirStatus = new Map<string, PlannedFileStatus>();
  entries.forEach((entry, index) => {
    const status = readings[index]!.status;
    if (entry.isDirectory && status !== undefined && status !== 'modified')
      dirStatus.set(entry.path, status);
  });
  const inherited = (path: string): PlannedFileStatus | undefined => {
    let best: { dir: string; status: PlannedFileStatus } | undefined;
    for (const [dir, status] of dirStatus)
      if (path.startsWith(dir) && path !== dir && (!best || dir.length > best.dir.length))
        best = { dir, status };
    return best?.status;
  };
  const planned: PlannedFile[] = [];
  entries.forEach((entry, index) => {
    const reading = readings[index]!;
    const source = { file, line: firstLine + entry.line, column: 1 };
    if (entry.isDirectory) {
      // `dto/  # NEW: OrderDto, OrderListDto`: in languages that keep one type per file, the
      // folder's note names its files.
      for (const path of typeFilesOf(entry, reading, entries))
        planned.push({ path, status: reading.status ?? 'new', note: undefined, source });
      return;
    }
    const status = reading.status ?? inherited(entry.path) ?? (marksNew ? 'modified' : 'unmarked');
    planned.push({ path: entry.path, status, note: reading.rest, source });
  });
  return planned;
}

/** `NEW: OrderDto, OrderListDto` on a folder of a Java, Kotlin or C# tree: one file per type. */
function typeFilesOf(entry: TreeEntry, reading: NoteReading, entries: TreeEntry[]): string[] {
  if (reading.status !== 'new' || !reading.rest) return [];
  const names = reading.rest.split(NAME_LIST_SEPARATOR).map(name => name.trim());
  if (names.length === 0 || !names.every(name => /^[A-Z][A-Za-z0-9]{2,80}$/.test(name))) return [];
  const extension = treeExtension(entries);
  if (!extension) return [];
  const taken = new Set(entries.map(other => other.path));
  return names.map(name => `${entry.path}${name}${extension}`).filter(path => !taken.has(path));
}

/** The extension most of the tree's files have, when it is one a type per file is written in. */
function treeExtension(entries: TreeEntry[]): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.isDirectory) continue;
    const dot = entry.path.lastIndexOf('.');
    if (dot > entry.path.lastIndexOf('/')) {
      const extension = entry.path.slice(dot);
      counts.set(extension, (counts.get(extension) ?? 0) + 1);
    }
  }
  let best: { extension: string; count: number } | undefined;
  for (const [extension, count] of counts)
    if (!best || count > best.count) best = { extension, count };
  return best && ONE_TYPE_PER_FILE_EXTENSIONS.has(best.extension) ? best.extension : undefined;
}

// ---------------------------------------------------------------------------------------------
// Prose lists of files

/**
 * The files of the plan's prose lists: a list under a heading or bold label such as "Files to
 * create" or "Modified files", each item naming its file in a code span
 * (`` - `src/lib/rules.ts`: quota rules ``). The heading gives the status; an item's own marker
 * wins.
 */
export function plannedFromLists(
  all: Section[],
  file: string,
  isPath: (span: string) => string | undefined
): PlannedFile[] {
  const planned: PlannedFile[] = [];
  for (const section of all) {
    if (SKIPPED_SECTION.test(section.title)) continue;
    const headingStatus = listStatus(section.title);
    for (const named of namedFiles(section.heading, isPath))
      planned.push(proseFile(named, section.heading, file));
    section.body.forEach((node, index) => {
      if (node.type === 'paragraph') {
        // **Data pipeline — `src/pipeline/ingest.py`**: a bold label naming its file.
        const label = node.children.length === 1 && node.children[0]!.type === 'strong';
        if (label)
          for (const bold of namedFiles(node, isPath)) planned.push(proseFile(bold, node, file));
        return;
      }
      if (node.type !== 'list') return;
      const labelled = headingStatus ?? labelStatus(section.body[index - 1]);
      planned.push(...listFiles(node, labelled, file, isPath));
    });
  }
  return planned;
}

/**
 * The files a heading or bold label names in code spans, each with the label's other words:
 * "2.1 Data ingestion — `src/pipeline/ingest.py`" → the file, "Data ingestion".
 */
function namedFiles(
  node: Nodes,
  isPath: (span: string) => string | undefined
): { path: string; label: string }[] {
  const spans: string[] = [];
  collectCodeSpans(node, spans);
  const paths = spans.map(isPath).filter((path): path is string => !!path && !path.endsWith('/'));
  if (paths.length === 0) return [];
  let label = plainText(node);
  for (const span of spans) label = label.split(span).join('');
  return paths.map(path => ({ path, label: trimLabel(label) }));
}

/** "2.1 Data ingestion — " → "Data ingestion": no numbering, no separator left dangling. */
function trimLabel(label: string): string {
  return trimCharacters(label, ' \t0123456789.', ' \t:—–,(-');
}

function proseFile(named: { path: string; label: string }, node: Nodes, file: string): PlannedFile {
  const reading = readNote(named.label || undefined);
  return {
    path: named.path,
    status: reading.status ?? 'unmarked',
    note: reading.status ? reading.rest : named.label || undefined,
    source: positionOf(node, file)
  };
}

function collectCodeSpans(node: Nodes, spans: string[]): void {
  if (node.type === 'inlineCode') spans.push(node.value);
  else if ('children' in node)
    for (const child of node.children as Nodes[]) collectCodeSpans(child, spans);
}

function listStatus(title: string): 'new' | 'modified' | 'unmarked' | undefined {
  const text = title.replace(/[*_`]/g, '').trim();
  if (MIXED_FILE_LIST.test(text)) return 'unmarked';
  if (NEW_FILE_LIST.test(text)) return 'new';
  if (MODIFIED_FILE_LIST.test(text)) return 'modified';
  return undefined;
}

/** `**New files**:` on a paragraph of its own just before the list. */
function labelStatus(node: RootContent | undefined): 'new' | 'modified' | 'unmarked' | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const text = plainText(node as Paragraph).trim();
  return text.length <= 60 ? listStatus(text) : undefined;
}

/**
 * The files of a list: under a files heading or label, every item naming one; elsewhere only
 * an item that starts with its file ("- `tests/test_ingest.py`: row counts"), which is about
 * that file.
 */
function listFiles(
  list: List,
  labelled: 'new' | 'modified' | 'unmarked' | undefined,
  file: string,
  isPath: (span: string) => string | undefined
): PlannedFile[] {
  const planned: PlannedFile[] = [];
  const status = labelled ?? 'unmarked';
  for (const item of list.children) {
    const nested = item.children.flatMap(child =>
      child.type === 'list' ? listFiles(child, labelled, file, isPath) : []
    );
    const first = item.children[0];
    if (first?.type !== 'paragraph') {
      planned.push(...nested);
      continue;
    }
    const span = labelled ? firstCodeSpan(first) : leadingCodeSpan(first);
    const path = span === undefined ? undefined : isPath(span);
    if (!path || path.endsWith('/')) {
      planned.push(...nested);
      continue;
    }
    const text = plainText(first).split('\n')[0]!;
    const at = text.indexOf(span!);
    const rest = (at >= 0 ? text.slice(at + span!.length) : '').replace(/^[\s:—–,-]+/, '').trim();
    const reading = readNote(rest || undefined);
    planned.push({
      path,
      status: reading.status ?? status,
      note: reading.status ? reading.rest : rest || undefined,
      source: positionOf(item, file)
    });
    planned.push(...nested);
  }
  return planned;
}

/** The code span an item starts with. */
function leadingCodeSpan(paragraph: Paragraph): string | undefined {
  const first = paragraph.children[0];
  return first?.type === 'inlineCode' ? first.value : undefined;
}

function firstCodeSpan(node: Nodes): string | undefined {
  if (node.type === 'inlineCode') return node.value;
  if ('children' in node)
    for (const child of node.children as Nodes[]) {
      const found = firstCodeSpan(child);
      if (found !== undefined) return found;
    }
  return undefined;
}
