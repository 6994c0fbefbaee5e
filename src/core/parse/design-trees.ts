/**
 * The files the other design documents draw in a tree inside the plan's own folders. A plan
 * often draws only folders (`Views/Sidebar/`, `src/server/`) and leaves the files to the
 * document that designs them: the contract's "Router structure" tree, the quickstart's fuller
 * "Project structure". Those files are the feature's as much as the plan's own.
 */
import type { PlannedFile, ProjectStructure, SourceDocument } from '../model.js';
import { FEATURE_FOLDERS_ROOT } from '../vocabulary/documents.js';
import { readTree, TREE_BRANCH } from './directory-tree.js';
import { plannedFromTree } from './planned-files.js';

/** Fewer branch lines than this and a code block is not a drawn tree (a stray box character). */
const MIN_BRANCH_LINES = 2;

/**
 * The files each document's drawn trees name below a folder the plan lays out, with what the
 * tree says of each. A tree of what a command writes for the user (`my-project/notes.md`) or of
 * runtime output (`.cache/runs/…`) lies outside the plan's folders and adds nothing; a file the
 * plan itself lists keeps the plan's word on it (the caller keeps the first of each path).
 */
export function plannedFromDesignTrees(
  documents: SourceDocument[],
  structure: ProjectStructure
): PlannedFile[] {
  const planDirs = [...structure.sourceDirs, ...structure.testDirs];
  if (planDirs.length === 0) return [];
  const inPlanFolder = (path: string) => planDirs.some(dir => path.startsWith(dir));
  const planned: PlannedFile[] = [];
  for (const doc of documents) {
    if (!doc.relativePath.endsWith('.md')) continue;
    for (const block of drawnTrees(doc.text)) {
      const entries = readTree(block.value);
      // The feature's own documentation tree (`specs/001-x/…`) is not source code.
      if (entries.length === 0 || entries[0]!.path.startsWith(FEATURE_FOLDERS_ROOT)) continue;
      const line = block.firstLine;
      for (const file of plannedFromTree(entries, doc.path, line))
        if (inPlanFolder(file.path)) planned.push(file);
    }
  }
  return planned;
}

/** A fenced block's text and the line its first content line is on (1-based). */
interface FencedBlock {
  value: string;
  firstLine: number;
}

/**
 * The fenced code blocks drawn as trees: two or more branch lines. Found by a scan of the fences
 * at the start of a line, not a second markdown parse: the document's own parser has already
 * paid for one, and a parse of every document again doubled the cost of reading a feature.
 */
function drawnTrees(text: string): FencedBlock[] {
  // Most design documents draw no tree.
  if (!TREE_BRANCH.test(text)) return [];
  return fencedBlocks(text).filter(
    block =>
      block.value.split('\n').filter(line => TREE_BRANCH.test(line)).length >= MIN_BRANCH_LINES
  );
}

/** Top-level fences (``` or ~~~, three or more, at the line start), closed by a like fence. */
function fencedBlocks(text: string): FencedBlock[] {
  const lines = text.split('\n');
  const blocks: FencedBlock[] = [];
  for (let at = 0; at < lines.length; at++) {
    const open = /^(`{3,}|~{3,})/.exec(lines[at]!);
    if (!open || (open[1]![0] === '`' && lines[at]!.slice(open[1]!.length).includes('`'))) continue;
    const fence = open[1]!;
    let end = at + 1;
    while (end < lines.length && !isClosing(lines[end]!, fence)) end++;
    blocks.push({ value: lines.slice(at + 1, end).join('\n'), firstLine: at + 2 });
    at = end;
  }
  return blocks;
}

function isClosing(line: string, fence: string): boolean {
  const trimmed = line.trimEnd();
  const indent = trimmed.length - trimmed.trimStart().length;
  const bare = trimmed.trimStart();
  return indent <= 3 && bare.length >= fence.length && [...bare].every(ch => ch === fence[0]);
}
