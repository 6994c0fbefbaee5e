/**
 * Reads a tasks.md, as people and agents write it, into the TaskList model: phases, tasks with
 * their paths and labels, dependency edges and suppressions, each with its file:line. Both
 * spec-kit formats and the variations real files show are read; what cannot be read with
 * confidence is left out or reported as malformed, never guessed.
 */
import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from 'mdast';
import type { SourceDocument, SourcePosition } from '../../model.js';
import { parseMarkdown, plainText } from '../markdown.js';
import { parseMarker } from '../../marker.js';
import { edgesFromLine, phaseNamed, type SideResolver } from './dependencies-section.js';
import { classifyPhase, isPhaseHeading } from './phase-heading.js';
import {
  inlineDependencies,
  isDeferredDescription,
  readDeferredStart,
  readLabels,
  readTaskStart,
  withoutStrikeMarks,
  type TaskStart
} from './task-line.js';
import type { Dependency, ListedPhase, ListedTask, MalformedTask, TaskList } from './model.js';
import { namedPaths } from './task-paths.js';
import { CHECKLIST_TITLE } from '../../vocabulary/task-list.js';

export interface TaskListOptions {
  /** Top-level directories of the repository layout, to read absolute paths as repository paths. */
  knownRoots?: string[];
}

type SectionKind = 'phase' | 'dependencies' | 'checklist' | 'other';

interface DependencyLine {
  text: string;
  line: number;
}

/** Mutable state of one pass over the document. */
interface Reader {
  doc: SourceDocument;
  lines: string[];
  roots: string[];
  usesPhaseHeadings: boolean;
  phases: ListedPhase[];
  tasks: ListedTask[];
  /** Raw inline dependency references per task index, expanded once every task is known. */
  inlineRefs: string[][];
  /** List items without checkbox that start with an ID: tasks only when no checkbox task has that ID. */
  looseTasks: { task: ListedTask; refs: string[] }[];
  malformed: MalformedTask[];
  dependencyLines: DependencyLine[];
  suppressions: Map<number, string[]>;
  section: SectionKind;
  sectionDepth: number;
  phase: number;
  /** Under a Notes or Format heading, where a list says what it left out. */
  inNotes: boolean;
  testsNotRequested: SourcePosition | undefined;
}

export function parseTaskList(doc: SourceDocument, options: TaskListOptions = {}): TaskList {
  const root = parseMarkdown(doc.text, { taskLists: true });
  const reader: Reader = {
    doc,
    lines: doc.text.split('\n'),
    roots: options.knownRoots ?? [],
    usesPhaseHeadings: root.children.some(
      node => node.type === 'heading' && opensPhase(plainText(node))
    ),
    phases: [],
    tasks: [],
    inlineRefs: [],
    looseTasks: [],
    malformed: [],
    dependencyLines: [],
    suppressions: new Map(),
    section: 'other',
    sectionDepth: 0,
    phase: -1,
    inNotes: false,
    testsNotRequested: undefined
  };
  const children = root.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'heading') i = readHeading(reader, node, children, i);
    else readBlock(reader, node);
  }
  adoptLooseTasks(reader);
  inheritSameFile(reader.tasks);
  const resolver = resolverFor(reader);
  const dependencies = [
    ...inlineEdges(reader, resolver),
    ...reader.dependencyLines.flatMap(line => sectionEdges(line, resolver, doc.path))
  ];
  reader.tasks.forEach((task, index) => {
    task.dependsOn = [
      ...new Set((reader.inlineRefs[index] ?? []).flatMap(ref => resolver.expand(ref)))
    ];
  });
  return {
    path: doc.path,
    marker: parseMarker(reader.lines[0] ?? ''),
    phases: reader.phases,
    tasks: reader.tasks,
    dependencies,
    malformed: reader.malformed,
    suppressions: reader.suppressions,
    testsNotRequested: reader.testsNotRequested
  };
}

// ---------------------------------------------------------------------------------------------
// Headings: phases, sections, and tasks written as headings

function readHeading(
  reader: Reader,
  heading: Heading,
  siblings: RootContent[],
  index: number
): number {
  const title = plainText(heading).trim();
  const start = headingStart(title);
  if (start && (reader.phase >= 0 || reader.section !== 'dependencies')) {
    return readHeadingTask(reader, heading, siblings, index, start);
  }
  reader.inNotes = /\bnotes?\b|\bformat\b|conventions/i.test(title) && !opensPhase(title);
  if (
    reader.section === 'phase' ||
    reader.section === 'checklist' ||
    reader.section === 'dependencies'
  ) {
    // A sub-heading keeps the phase ("### Tests for User Story 1"); a sibling heading ends it.
    // Under "Dependencies & Execution Order", "### User Story Dependencies" is still that section.
    if (
      heading.depth > reader.sectionDepth &&
      !opensPhase(title) &&
      (!isDependencyTitle(title) || reader.section === 'dependencies')
    ) {
      if (reader.section === 'phase' && isChecklistTitle(title)) reader.section = 'checklist';
      else if (reader.section === 'checklist' && !isChecklistTitle(title) && reader.phase >= 0)
        reader.section = 'phase';
      return index;
    }
  }
  if (opensPhase(title) || (!reader.usesPhaseHeadings && looksLikeWorkSection(title))) {
    startPhase(reader, heading, title);
  } else if (isDependencyTitle(title)) {
    enterSection(reader, 'dependencies', heading.depth);
  } else {
    enterSection(reader, isChecklistTitle(title) ? 'checklist' : 'other', heading.depth);
  }
  return index;
}

function startPhase(reader: Reader, heading: Heading, title: string): void {
  const { kind, story } = classifyPhase(title);
  reader.phases.push({
    index: reader.phases.length,
    title,
    kind,
    story,
    source: position(reader, heading)
  });
  reader.phase = reader.phases.length - 1;
  reader.section = 'phase';
  reader.sectionDepth = heading.depth;
}

function enterSection(reader: Reader, kind: SectionKind, depth: number): void {
  reader.section = kind;
  reader.sectionDepth = depth;
  reader.phase = -1;
}

/** `Phase Dependencies` is about the phases, not one of them; `Phase 4: Dependency upgrades` is one. */
function opensPhase(title: string): boolean {
  return (
    isPhaseHeading(title) &&
    (/^phase\s{0,3}\d/i.test(title.trimStart()) || !isDependencyTitle(title))
  );
}

function isDependencyTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return (
    (lower.includes('dependenc') ||
      lower.includes('execution order') ||
      lower.includes('critical path')) &&
    !lower.includes('parallel')
  );
}

function isChecklistTitle(title: string): boolean {
  return CHECKLIST_TITLE.test(title);
}

/** Without any "Phase" heading, headings such as "Setup" or "Core" hold the tasks. */
function looksLikeWorkSection(title: string): boolean {
  return (
    classifyPhase(title).kind !== 'other' && !isDependencyTitle(title) && !isChecklistTitle(title)
  );
}

/**
 * `### T001: Create the DTO` followed by paragraphs and bullets naming its files, or `### Task
 * 6.1: …` followed by its acceptance criteria. The body's checkboxes are criteria, not tasks.
 */
function readHeadingTask(
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
    .filter(line => /^\s{0,3}(?:dependencies|depends on|blocked by)\b/i.test(line))
    .join('\n');
}

function isDoneMarker(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    // Plain text has lost the bold marks of `**Status**: ✅ Done`.
    /^\s{0,3}status:?\s{0,3}(?:✅|done|complete)/im.test(plainText(node))
  );
}

interface HeadingStart extends TaskStart {
  deferred: boolean;
}

/** `T001: …`, `[x] T001 …`, `[-] T001 …` or `~~T001~~ …` at the start of a heading. */
function headingStart(title: string): HeadingStart | undefined {
  const deferred = readDeferredStart(title);
  if (deferred) return { ...deferred, deferred: true };
  const match = /^\[[ x]\]\s{0,3}/i.exec(title);
  const start = readTaskStart(match ? title.slice(match[0].length) : title);
  return start && { ...start, deferred: false };
}

// ---------------------------------------------------------------------------------------------
// Blocks: lists of tasks, dependency lines, suppressions

function readBlock(reader: Reader, node: RootContent): void {
  if (node.type === 'html') {
    readSuppression(reader, node.value, node.position?.end.line ?? 0);
    return;
  }
  if (reader.phases.length === 0 || reader.inNotes) noteTestsNotRequested(reader, node);
  if (reader.section === 'dependencies') {
    collectDependencyLines(reader, node);
    return;
  }
  if (node.type === 'list') readList(reader, node, false);
  else if (node.type === 'paragraph' && reader.phase >= 0) readParagraph(reader, node);
}

function readList(reader: Reader, list: List, nested: boolean): void {
  const hasTasks = list.children.some(item => itemStart(item) !== undefined);
  for (const item of list.children) {
    const start = itemStart(item);
    if (start) {
      readItemTask(reader, item, start);
      continue;
    }
    readInlineSuppressions(reader, item);
    if (hasCheckbox(item) && hasTasks && !nested && reader.section === 'phase') {
      // A list mixing ID'd tasks and an ID-less checkbox: the ID was forgotten.
      malformed(reader, item, 'a checkbox item among tasks has no task ID (T001, T002…)');
    } else if (!isCheckbox(item) && reader.section === 'phase' && looksLikeUncheckedTask(item)) {
      malformed(reader, item, 'a task needs a checkbox: "- [ ] T001 …"');
    }
    for (const child of item.children) if (child.type === 'list') readList(reader, child, true);
  }
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

interface ItemStart extends TaskStart {
  /** Written `[-] T066` or `~~T066~~`. */
  deferred: boolean;
}

function itemStart(item: ListItem): ItemStart | undefined {
  const text = firstLineText(item);
  const deferred = readDeferredStart(text);
  if (deferred) return { ...deferred, deferred: true };
  const start = readTaskStart(text);
  return start && { ...start, deferred: false };
}

function firstLineText(item: ListItem): string {
  const first = item.children[0];
  return first && first.type === 'paragraph' ? plainText(first).split('\n')[0]!.trim() : '';
}

function readItemTask(reader: Reader, item: ListItem, start: ItemStart): void {
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

function readParagraph(reader: Reader, paragraph: Paragraph): void {
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

interface TaskDraft {
  id: string;
  checked: boolean;
  /** Written `[-]` or struck through. */
  deferred: boolean;
  labels: ReturnType<typeof readLabels>;
  rawForPaths: string;
  extraDescription: string;
  /** A heading task's body: part of its description, not read for `depends on`. */
  bodyDescription?: string;
  /** Lines outside the description that name what the task waits for. */
  dependencyText?: string;
  source: SourcePosition;
  loose: boolean;
}

function addTask(reader: Reader, draft: TaskDraft): void {
  const phase = reader.phases[reader.phase];
  const own = [draft.labels.description, draft.extraDescription].filter(Boolean).join(' ');
  const struck = draft.deferred && draft.labels.description.includes('~~');
  const description = flatten(
    [struck ? withoutStrikeMarks(own) : own, draft.bodyDescription].filter(Boolean).join(' ')
  );
  const named = namedPaths(draft.rawForPaths, reader.roots);
  const task: ListedTask = {
    id: draft.id,
    checked: draft.checked,
    deferred: draft.deferred || isDeferredDescription(draft.labels.description),
    parallel: draft.labels.parallel,
    story: draft.labels.story ?? phase?.story,
    description,
    paths: named.paths,
    barePaths: named.bare,
    citedPaths: named.cited,
    phase: reader.phase,
    dependsOn: [],
    source: draft.source,
    line: reader.lines[draft.source.line - 1] ?? ''
  };
  const refs = [
    ...new Set([
      ...inlineDependencies(flatten(own)),
      ...inlineDependencies(draft.dependencyText ?? '')
    ])
  ];
  if (draft.loose) {
    reader.looseTasks.push({ task, refs });
    return;
  }
  reader.tasks.push(task);
  reader.inlineRefs.push(refs);
}

/**
 * Bullets such as `- T004: Add the flow (depends on T003)` usually repeat tasks already listed
 * with checkboxes (an outline, an order of work); they become tasks only where no task has the ID.
 */
function adoptLooseTasks(reader: Reader): void {
  const known = new Set(reader.tasks.map(task => task.id));
  const adopted = reader.looseTasks.filter(entry => !known.has(entry.task.id));
  if (adopted.length === 0) return;
  const merged = [
    ...reader.tasks.map((task, index) => ({ task, refs: reader.inlineRefs[index]! })),
    ...adopted
  ].sort((a, b) => a.task.source.line - b.task.source.line);
  reader.tasks = merged.map(entry => entry.task);
  reader.inlineRefs = merged.map(entry => entry.refs);
  reader.malformed.sort((a, b) => a.source.line - b.source.line);
}

function malformed(reader: Reader, node: Nodes, reason: string): void {
  const source = position(reader, node);
  reader.malformed.push({ line: reader.lines[source.line - 1] ?? '', reason, source });
}

// ---------------------------------------------------------------------------------------------
// "In the same file": a task that names its file by pointing at another task's

const SAME_FILE =
  /\bsame\s{1,3}(?:source\s{1,3})?(?:file|module)\b(?:\s{1,3}as\s{1,3}\*{0,2}(T\d{1,5}(?:\.\d{1,3}|[a-z])?)\b)?|\bayn[ıi]\s{1,3}(?:dosya|mod[üu]l)/i;
const NOT_SAME_FILE =
  /\b(?:not|never|no)\s{1,3}(?:in\s{1,3})?(?:the\s{1,3})?same\s{1,3}(?:file|module)/i;

/**
 * "In the same file, implement `revoke()`" names no path of its own: it means the file of the
 * task before it, or of the task it names ("same file as T028"). A task naming its own file
 * keeps only its own; one that only cites files ("per `contracts/x.md`") still points back.
 */
function inheritSameFile(tasks: ListedTask[]): void {
  tasks.forEach((task, index) => {
    const match = SAME_FILE.exec(task.description);
    if (!match || NOT_SAME_FILE.test(task.description)) return;
    if (task.paths.some(path => !task.citedPaths.includes(path))) return;
    const source = match[1] ? tasks.find(other => other.id === match[1]) : tasks[index - 1];
    if (!source || source === task) return;
    const changed = source.paths.filter(path => !source.citedPaths.includes(path));
    const files = changed.filter(path => !path.endsWith('/'));
    const inherited = (files.length > 0 ? files : changed).filter(
      path => !task.paths.includes(path)
    );
    task.paths.push(...inherited);
    task.barePaths.push(...inherited.filter(path => source.barePaths.includes(path)));
  });
}

// ---------------------------------------------------------------------------------------------
// "Tests: not requested"

/**
 * "Tests: Not requested", "Not explicitly requested — test tasks omitted", "No test tasks (not
 * requested in spec)". Not the template's "include them only if explicitly requested".
 */
function saysTestsNotRequested(line: string): boolean {
  const lower = line.toLowerCase();
  if (!/\btest(?:s|ing)?\b/.test(lower)) return false;
  const notRequested = /\bnot\s{1,3}(?:\w{1,12}\s{1,3})?requested\b/.exec(lower);
  if (notRequested) {
    const before = lower.slice(Math.max(0, notRequested.index - 24), notRequested.index);
    return !/\b(?:if|when|unless|where|only)\b/.test(before);
  }
  return /\btest\s{1,3}tasks?\s{1,3}(?:are\s{1,3}|were\s{1,3})?(?:omitted|excluded|not\s{1,3}included|not\s{1,3}generated)\b/.test(
    lower
  );
}

function noteTestsNotRequested(reader: Reader, node: RootContent): void {
  if (reader.testsNotRequested || node.type === 'code') return;
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined) return;
  for (let line = start; line <= end; line++) {
    if (saysTestsNotRequested(reader.lines[line - 1] ?? '')) {
      reader.testsNotRequested = { file: reader.doc.path, line, column: 1 };
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Suppressions

const NEXT_LINE = 'spec-tasks-disable-next-line';
const THIS_LINE = 'spec-tasks-disable-line';

function readSuppression(reader: Reader, html: string, endLine: number): void {
  const rules = suppressedRules(html, NEXT_LINE);
  if (!rules) return;
  let target = endLine + 1;
  while (target <= reader.lines.length && reader.lines[target - 1]!.trim() === '') target++;
  addSuppression(reader, target, rules);
}

function readInlineSuppressions(reader: Reader, item: ListItem): void {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return;
  for (const child of first.children) {
    if (child.type !== 'html') continue;
    const rules = suppressedRules(child.value, THIS_LINE);
    if (rules) addSuppression(reader, child.position?.start.line ?? 0, rules);
    const next = suppressedRules(child.value, NEXT_LINE);
    if (next) readSuppression(reader, child.value, child.position?.end.line ?? 0);
  }
}

function suppressedRules(html: string, directive: string): string[] | undefined {
  const at = html.indexOf(directive);
  if (at < 0 || html.slice(at + directive.length, at + directive.length + 1) === '-')
    return undefined;
  const end = html.indexOf('-->', at);
  const rules = html
    .slice(at + directive.length, end < 0 ? undefined : end)
    .split(/[\s,]+/)
    .filter(Boolean);
  return rules.length > 0 ? rules : ['all'];
}

function addSuppression(reader: Reader, line: number, rules: string[]): void {
  reader.suppressions.set(line, [...(reader.suppressions.get(line) ?? []), ...rules]);
}

// ---------------------------------------------------------------------------------------------
// Dependencies

function collectDependencyLines(reader: Reader, node: RootContent): void {
  if (node.type === 'code') {
    if (node.lang === 'mermaid') return;
    const first = (node.position?.start.line ?? 0) + 1;
    node.value
      .split('\n')
      .forEach((text, offset) => reader.dependencyLines.push({ text, line: first + offset }));
    return;
  }
  if (node.type === 'list') {
    for (const item of node.children) {
      for (const child of item.children) collectDependencyLines(reader, child as RootContent);
    }
    return;
  }
  if (node.type === 'paragraph' || node.type === 'blockquote') {
    const start = node.position?.start.line ?? 0;
    const end = node.position?.end.line ?? start;
    for (let line = start; line <= end; line++) {
      reader.dependencyLines.push({ text: reader.lines[line - 1] ?? '', line });
    }
  }
}

function sectionEdges(line: DependencyLine, resolver: SideResolver, file: string): Dependency[] {
  const source = { file, line: line.line, column: 1 };
  return edgesFromLine(line.text, resolver).map(relation => ({ ...relation, source }));
}

function inlineEdges(reader: Reader, resolver: SideResolver): Dependency[] {
  const dependencies: Dependency[] = [];
  reader.tasks.forEach((task, index) => {
    const before = (reader.inlineRefs[index] ?? []).flatMap(ref => resolver.expand(ref));
    if (before.length > 0)
      dependencies.push({ before: [...new Set(before)], after: [task.id], source: task.source });
  });
  return dependencies;
}

/** Ranges run over the tasks in document order; a range whose ends are unknown counts by number. */
function resolverFor(reader: Reader): SideResolver {
  const order = reader.tasks.map(task => task.id);
  const position = new Map<string, number>();
  order.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  return {
    expand(ref) {
      const dash = ref.indexOf('-');
      if (dash < 0) return [ref];
      const first = ref.slice(0, dash);
      const last = ref.slice(dash + 1);
      const from = position.get(first);
      const to = position.get(last);
      if (from !== undefined && to !== undefined && from <= to) return order.slice(from, to + 1);
      return numericRange(first, last);
    },
    phaseTasks(text) {
      const phase = phaseNamed(text, reader.phases);
      return phase
        ? reader.tasks.filter(task => task.phase === phase.index).map(task => task.id)
        : [];
    }
  };
}

function numericRange(first: string, last: string): string[] {
  const a = /^T(\d{1,5})$/.exec(first);
  const b = /^T(\d{1,5})$/.exec(last);
  if (!a || !b) return [first, last];
  const from = Number(a[1]);
  const to = Number(b[1]);
  if (to < from || to - from > 500) return [first, last];
  const width = a[1]!.length;
  const ids: string[] = [];
  for (let n = from; n <= to; n++) ids.push(`T${String(n).padStart(width, '0')}`);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function position(reader: Reader, node: Nodes): SourcePosition {
  const start = node.position?.start;
  return { file: reader.doc.path, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** The node's source text as written, backticks and all, for finding paths. */
function rawText(reader: Reader, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return plainText(node);
  return reader.doc.text.slice(start, end);
}

function flatten(text: string): string {
  return text.split('\n').join(' ').split(/\s+/).join(' ').trim();
}
