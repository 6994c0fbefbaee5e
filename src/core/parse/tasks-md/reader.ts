/**
 * The state of one pass over a tasks.md, and the helpers every part of the reader uses to turn a
 * markdown node into a position, its text as written, or a malformed-task entry.
 */
import type { Nodes } from 'mdast';
import type { SourceDocument, SourcePosition } from '../../model.js';
import { plainText } from '../markdown.js';
import type { ListedPhase, ListedTask, MalformedTask } from './model.js';

export type SectionKind = 'phase' | 'dependencies' | 'checklist' | 'other';

export interface DependencyLine {
  text: string;
  line: number;
}

/** Mutable state of one pass over the document. */
export interface Reader {
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
  /** IDs a checklist line (`- [ ] T005 …`) defines anywhere in the list, read before the pass. */
  checklistIds: Set<string>;
  /** Headings reporting on tasks, their references expanded once every task is known. */
  reports: { refs: string[]; text: string; source: SourcePosition }[];
  dependencyLines: DependencyLine[];
  suppressions: Map<number, string[]>;
  section: SectionKind;
  sectionDepth: number;
  phase: number;
  /** Under a Notes or Format heading, where a list says what it left out. */
  inNotes: boolean;
  testsNotRequested: SourcePosition | undefined;
}

export function malformed(reader: Reader, node: Nodes, reason: string): void {
  const source = position(reader, node);
  reader.malformed.push({ line: reader.lines[source.line - 1] ?? '', reason, source });
}

export function position(reader: Reader, node: Nodes): SourcePosition {
  const start = node.position?.start;
  return { file: reader.doc.path, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/** The node's source text as written, backticks and all, for finding paths. */
export function rawText(reader: Reader, node: Nodes): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return plainText(node);
  return reader.doc.text.slice(start, end);
}

export function flatten(text: string): string {
  return text.split('\n').join(' ').split(/\s+/).join(' ').trim();
}
