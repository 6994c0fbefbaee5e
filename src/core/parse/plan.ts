/**
 * plan.md → title, Technical Context fields, and the directories and files the Project Structure
 * trees name. Unfilled template placeholders are recognised as unknown, never taken as values.
 */
import type { Code, List, Nodes, Paragraph, Root, RootContent } from 'mdast';
import {
  TECHNICAL_FIELDS,
  type ContextValue,
  type Finding,
  type Plan,
  type PlannedFile,
  type ProjectStructure,
  type SourceDocument
} from '../model.js';
import {
  DOCUMENTATION_SECTION,
  FEATURE_FOLDERS_ROOT,
  MAIN_SOURCE_SET,
  PLACEHOLDER_MARKERS,
  SOURCE_CODE_SECTION,
  SPEC_KIT_PATH,
  STRUCTURE_DECISION,
  STRUCTURE_SECTION,
  TEST_FOLDER_NAMES,
  TEST_FOLDER_SUFFIX,
  UNFILLED_TREE_MARKER,
  UNFILLED_TREE_OPTIONS
} from '../vocabulary/documents.js';
import { readTree, TREE_BRANCH, type TreeEntry } from './directory-tree.js';
import { plannedFromLists, plannedFromTree } from './planned-files.js';
import { planRoutes } from './plan-routes.js';
import { outline, plainText, positionOf, type Section } from './markdown.js';

export function parsePlan(doc: SourceDocument): { plan: Plan; findings: Finding[] } {
  const { root, sections: all, title: h1 } = outline(doc.text);
  const structure = projectStructure(all, doc.path, doc.text);
  const endpoints = planRoutes(structure.planned ?? [], doc.text, doc.path);
  return {
    plan: {
      title: planTitle(h1?.title),
      source: h1 ? positionOf(h1.heading, doc.path) : { file: doc.path, line: 1, column: 1 },
      technicalContext: technicalContext(root, doc.path),
      structure,
      ...(endpoints.length > 0 ? { endpoints } : {})
    },
    findings: []
  };
}

function planTitle(heading: string | undefined): string {
  if (!heading) return 'Implementation Plan';
  return heading.trim();
}

// ---------------------------------------------------------------------------------------------
// Technical Context

const FIELD_BY_KEY = new Map(TECHNICAL_FIELDS.map(field => [fieldKey(field), field]));

function fieldKey(name: string): string {
  return name.toLowerCase().split(' ').join('').split('*').join('');
}

/** Every `**Field**: value` line of a paragraph or list item, first occurrence of each field wins. */
function technicalContext(root: Root, file: string): Plan['technicalContext'] {
  const context: Plan['technicalContext'] = {};
  const visit = (nodes: RootContent[]) => {
    nodes.forEach((node, index) => {
      if (node.type === 'paragraph') {
        const open = readFieldLines(node, file, context);
        const next = nodes[index + 1];
        if (open && next?.type === 'list') takeListValue(open, next);
      } else if (node.type === 'list') {
        for (const item of node.children) visit(item.children as RootContent[]);
      } else if (node.type === 'blockquote') visit(node.children as RootContent[]);
    });
  };
  visit(root.children);
  return context;
}

/** `Notes: …` or a line ending in `:` that introduces something else: not a wrapped value. */
const OTHER_LABEL = /^[^:,.;]{1,40}:(?:\s|$)|^[^:]{1,80}:$/;

/**
 * Reads the fields of one paragraph. A value soft-wrapped onto the next lines continues there; a
 * hard break (two trailing spaces) ends it. Returns the field left without a value on the
 * paragraph's last line, whose value may be the list that follows.
 */
function readFieldLines(
  node: Paragraph,
  file: string,
  context: Plan['technicalContext']
): ContextValue | undefined {
  const start = positionOf(node, file);
  let current: ContextValue | undefined;
  paragraphLines(node).forEach(({ text, afterHardBreak }, offset) => {
    const colon = text.indexOf(':');
    const field = colon > 0 ? FIELD_BY_KEY.get(fieldKey(text.slice(0, colon))) : undefined;
    if (!field) {
      const wraps = current && !afterHardBreak && text.trim() && !OTHER_LABEL.test(text.trim());
      if (wraps) setRaw(current!, `${current!.raw} ${text.trim()}`.trim());
      else current = undefined;
      return;
    }
    current = undefined;
    if (context[field]) return;
    current = {
      value: undefined,
      raw: '',
      source: { file, line: start.line + offset, column: offset === 0 ? start.column : 1 }
    };
    setRaw(current, text.slice(colon + 1).trim());
    context[field] = current;
  });
  return current && !current.raw ? current : undefined;
}

/** The paragraph's lines as a reader sees them, each knowing whether a hard break ended the one before. */
function paragraphLines(node: Paragraph): { text: string; afterHardBreak: boolean }[] {
  const HARD = '\u0000';
  const text = node.children
    .map(child => (child.type === 'break' ? `\n${HARD}` : plainText(child)))
    .join('');
  return text.split('\n').map(line => ({
    text: line.startsWith(HARD) ? line.slice(1) : line,
    afterHardBreak: line.startsWith(HARD)
  }));
}

/**
 * `**Storage**:` with the value written as a bullet list below it. Without blank lines the next
 * `**Field**:` lines run on inside the last item; the value stops there.
 */
function takeListValue(field: ContextValue, list: List): void {
  const items: string[] = [];
  for (const item of list.children) {
    const lines = plainText(item).split('\n');
    const end = lines.findIndex((line, index) => index > 0 && startsOtherValue(line));
    items.push((end < 0 ? lines : lines.slice(0, end)).join(' ').trim());
    if (end >= 0) break;
  }
  setRaw(field, items.filter(Boolean).join('; '));
}

function startsOtherValue(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon > 0 && FIELD_BY_KEY.has(fieldKey(line.slice(0, colon)))) return true;
  return OTHER_LABEL.test(line.trim());
}

function setRaw(field: ContextValue, raw: string): void {
  field.raw = raw;
  field.value = isPlaceholder(raw) ? undefined : raw;
}

/** `[e.g., Python 3.11 or NEEDS CLARIFICATION]`, `NEEDS CLARIFICATION`, an empty value. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return true;
  const upper = trimmed.toUpperCase();
  if (PLACEHOLDER_MARKERS.some(marker => upper.includes(marker))) return true;
  return trimmed.startsWith('[') && trimmed.endsWith(']') && !trimmed.slice(1, -1).includes('](');
}

// ---------------------------------------------------------------------------------------------
// Project Structure

function projectStructure(all: Section[], file: string, text: string): ProjectStructure {
  const structure: ProjectStructure = {
    sourceDirs: [],
    testDirs: [],
    files: [],
    decision: undefined,
    source: undefined
  };
  const section =
    all.find(candidate => STRUCTURE_SECTION.test(candidate.title)) ??
    all.find(candidate => SOURCE_CODE_SECTION.test(candidate.title));
  if (section) {
    structure.source = positionOf(section.heading, file);
    let underDocumentation = false;
    let drawn: RootContent[] = [];
    const flushDrawn = () => {
      const firstLine = drawn[0]?.position?.start.line;
      if (firstLine !== undefined)
        addTree(structure, readTree(rawText(drawn, text)), { file, line: firstLine });
      drawn = [];
    };
    for (const node of section.content) {
      if (node.type === 'heading') underDocumentation = DOCUMENTATION_SECTION.test(plainText(node));
      if (node.type === 'paragraph') structure.decision ??= decisionOf(node);
      // A tree drawn without its opening fence reads as paragraphs of box-drawing lines.
      if (!underDocumentation && node.type === 'paragraph' && isDrawnTree(node, text)) {
        drawn.push(node);
        continue;
      }
      flushDrawn();
      if (node.type !== 'code' || underDocumentation || isUnfilledTemplate(node)) continue;
      if (!isClosed(node, text)) continue;
      // The block's first line follows its opening fence.
      addTree(structure, readTree(node.value), {
        file,
        line: (node.position?.start.line ?? 0) + 1
      });
    }
    flushDrawn();
  }
  structure.decision ??= decisionAnywhere(all);
  const mentioned = mentionedPaths(all);
  if (mentioned.length > 0) structure.mentioned = mentioned;
  addPlanned(structure, plannedFromLists(all, file, repositoryPathIn));
  return structure;
}

/** Each file once, as the first tree or list that names it says. */
function addPlanned(structure: ProjectStructure, planned: PlannedFile[]): void {
  for (const entry of planned) {
    const known = (structure.planned ??= []);
    if (!known.some(other => other.path === entry.path)) known.push(entry);
  }
}

function addTree(
  structure: ProjectStructure,
  all: TreeEntry[],
  start: { file: string; line: number }
): void {
  // The feature's own documentation tree (`specs/001-x/plan.md`…) is not source code.
  if (all[0]?.path.startsWith(FEATURE_FOLDERS_ROOT)) return;
  const entries = all.filter(entry => !entry.path.startsWith(FEATURE_FOLDERS_ROOT));
  addPlanned(structure, plannedFromTree(entries, start.file, start.line));
  for (const entry of entries) {
    if (entry.note && !structure.notes?.some(known => known.path === entry.path))
      (structure.notes ??= []).push({ path: entry.path, note: entry.note });
    if (!entry.isDirectory) {
      if (!structure.files.includes(entry.path)) structure.files.push(entry.path);
      continue;
    }
    const list = isTestDirectory(entry.path) ? structure.testDirs : structure.sourceDirs;
    if (!list.includes(entry.path)) list.push(entry.path);
  }
}

/** Two or more lines drawn as tree branches: a tree whose fence was lost. */
function isDrawnTree(node: RootContent, text: string): boolean {
  const lines = rawText([node], text).split('\n');
  return lines.filter(line => TREE_BRANCH.test(line)).length >= 2;
}

/** The source text of consecutive nodes, as written (markdown would eat the indentation). */
function rawText(nodes: RootContent[], text: string): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes[nodes.length - 1]?.position?.end.offset;
  if (start === undefined || end === undefined) return '';
  // From the start of the first line, so the first entry keeps its column.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, end);
}

/**
 * Repository paths the prose names in code spans: `crates/core/tests/`, `src/lib/store.ts`. A
 * span counts when it is a directory (ends in `/`) or a file with an extension, has no spaces,
 * URL, placeholder or feature-folder path.
 */
function mentionedPaths(all: Section[]): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'inlineCode') {
      const path = repositoryPathIn(node.value);
      if (path && !found.includes(path)) found.push(path);
      return;
    }
    if (node.type === 'code') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const section of all) for (const node of section.body) visit(node);
  return found;
}

function repositoryPathIn(span: string): string | undefined {
  let value = span.trim();
  if (!value.includes('/') || /[\s[\]<>{}*$@]|:\/\//.test(value)) return undefined;
  if (value.startsWith('./')) value = value.slice(2);
  if (value.startsWith('/') || value.startsWith('~/') || value.startsWith('../')) return undefined;
  if (SPEC_KIT_PATH.test(value)) return undefined;
  const segments = value.split('/');
  const last = segments[segments.length - 1]!;
  const isDirectory = last === '';
  if (!isDirectory && !/\.[a-z][a-z0-9]{0,9}$/i.test(last)) return undefined;
  if (!segments.slice(0, isDirectory ? -1 : undefined).every(s => /^[\w.()-]+$/.test(s)))
    return undefined;
  return value;
}

/**
 * A fence that is never closed runs to the end of the document: what it holds is the prose that
 * follows a lost fence, not a tree.
 */
function isClosed(code: Code, text: string): boolean {
  const start = code.position?.start.offset;
  const end = code.position?.end.offset;
  if (start === undefined || end === undefined) return true;
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, end));
  if (!opening) return true;
  const source = text.slice(start, end).trimEnd();
  const last = source.slice(source.lastIndexOf('\n') + 1).trim();
  const fence = opening[1]!;
  return (
    source.includes('\n') && last.length >= fence.length && [...last].every(ch => ch === fence[0])
  );
}

/** spec-kit's template lists three options with `[REMOVE IF UNUSED]`; a plan that kept them all chose none. */
function isUnfilledTemplate(code: Code): boolean {
  const text = code.value;
  return (
    text.includes(UNFILLED_TREE_MARKER) ||
    UNFILLED_TREE_OPTIONS.every(option => text.includes(option))
  );
}

export function isTestDirectory(path: string): boolean {
  const segments = path.toLowerCase().split('/');
  // Maven and Gradle keep tests in `src/test/`; under `src/main/` a `spec` or `test` segment is a
  // package name (`com/acme/spec/`), not a test folder.
  const [source, main] = MAIN_SOURCE_SET;
  const mainAt = segments.findIndex(
    (segment, index) => segment === main && segments[index - 1] === source
  );
  return segments.some(
    (segment, index) =>
      (mainAt < 0 || index < mainAt) &&
      (TEST_FOLDER_NAMES.has(segment) ||
        segment.endsWith(`.${TEST_FOLDER_SUFFIX}`) ||
        (segment.endsWith(TEST_FOLDER_SUFFIX) && segment.length > TEST_FOLDER_SUFFIX.length))
  );
}

function decisionOf(node: RootContent): string | undefined {
  const text = plainText(node).trim();
  const match = STRUCTURE_DECISION.exec(text);
  return match ? text.slice(match[0].length).trim() || undefined : undefined;
}

function decisionAnywhere(all: Section[]): string | undefined {
  for (const section of all) {
    for (const node of section.body) {
      if (node.type !== 'paragraph') continue;
      const decision = decisionOf(node);
      if (decision) return decision;
    }
  }
  return undefined;
}
