/**
 * The files the other design documents draw in a tree inside the plan's own folders. A plan
 * often draws only folders (`Views/Sidebar/`, `src/server/`) and leaves the files to the
 * document that designs them: the contract's "Router structure" tree, the quickstart's fuller
 * "Project structure". Those files are the feature's as much as the plan's own.
 */
import type { Code } from 'mdast';
import type { PlannedFile, ProjectStructure, SourceDocument } from '../model.js';
import { FEATURE_FOLDERS_ROOT } from '../vocabulary/documents.js';
import { readTree, TREE_BRANCH } from './directory-tree.js';
import { parseMarkdown } from './markdown.js';
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
      const line = (block.position?.start.line ?? 0) + 1;
      for (const file of plannedFromTree(entries, doc.path, line))
        if (inPlanFolder(file.path)) planned.push(file);
    }
  }
  return planned;
}

/** The fenced code blocks drawn as trees: two or more branch lines. */
function drawnTrees(text: string): Code[] {
  // Most design documents draw no tree: skip the markdown parse for them.
  if (!TREE_BRANCH.test(text)) return [];
  const blocks: Code[] = [];
  for (const node of parseMarkdown(text).children) {
    if (node.type !== 'code') continue;
    const branches = node.value.split('\n').filter(line => TREE_BRANCH.test(line)).length;
    if (branches >= MIN_BRANCH_LINES) blocks.push(node);
  }
  return blocks;
}
