/**
 * Reads a tasks.md, as people and agents write it, into the TaskList model: phases, tasks with
 * their paths and labels, dependency edges and suppressions, each with its file:line. Both
 * spec-kit formats and the variations real files show are read; what cannot be read with
 * confidence is left out or reported as malformed, never guessed.
 */
import type { RootContent } from 'mdast';
import type { SourceDocument } from '../../model.js';
import { parseMarkdown, plainText } from '../markdown.js';
import { parseMarker } from '../../marker.js';
import {
  collectDependencyLines,
  inlineEdges,
  resolverFor,
  sectionEdges
} from './dependency-lines.js';
import { checklistIds, readList, readParagraph } from './list-tasks.js';
import type { TaskList } from './model.js';
import type { Reader } from './reader.js';
import { inheritSameFile } from './same-file.js';
import { opensPhase, readHeading } from './sections.js';
import { readSuppression } from './suppressions.js';
import { adoptLooseTasks } from './listed-task-draft.js';
import { noteTestsNotRequested } from './tests-not-requested.js';
import { testFirstIn } from '../test-first.js';
import { sharedFileNotes } from './shared-file-notes.js';

export interface TaskListOptions {
  /** Top-level directories of the repository layout, to read absolute paths as repository paths. */
  knownRoots?: string[];
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
    checklistIds: checklistIds(root),
    reports: [],
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
    testsNotRequested: reader.testsNotRequested,
    testsFirst: testFirstIn(doc),
    sharedFileNotes: sharedFileNotes(doc, ref => resolver.expand(ref)),
    reports: reader.reports.map(report => ({
      tasks: [...new Set(report.refs.flatMap(ref => resolver.expand(ref)))],
      text: report.text,
      source: report.source
    }))
  };
}

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
