/**
 * plan.md → title, Technical Context fields, and the directories and files the Project Structure
 * trees name. Unfilled template placeholders are recognised as unknown, never taken as values.
 */
import type { Code, Root, RootContent } from 'mdast';
import {
  TECHNICAL_FIELDS,
  type ContextValue,
  type Finding,
  type Plan,
  type ProjectStructure,
  type SourceDocument
} from '../model.js';
import { readTree } from './directory-tree.js';
import { parseMarkdown, plainText, positionOf, sections, type Section } from './markdown.js';

export function parsePlan(doc: SourceDocument): { plan: Plan; findings: Finding[] } {
  const root = parseMarkdown(doc.text);
  const all = sections(root);
  const h1 = all.find(section => section.depth === 1);
  return {
    plan: {
      title: planTitle(h1?.title),
      source: h1 ? positionOf(h1.heading, doc.path) : { file: doc.path, line: 1, column: 1 },
      technicalContext: technicalContext(root, doc.path),
      structure: projectStructure(all, doc.path)
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
    for (const node of nodes) {
      if (node.type === 'paragraph') readFieldLines(node, file, context);
      else if (node.type === 'list') {
        for (const item of node.children) visit(item.children as RootContent[]);
      } else if (node.type === 'blockquote') visit(node.children as RootContent[]);
    }
  };
  visit(root.children);
  return context;
}

function readFieldLines(node: RootContent, file: string, context: Plan['technicalContext']): void {
  const start = positionOf(node, file);
  plainText(node)
    .split('\n')
    .forEach((line, offset) => {
      const colon = line.indexOf(':');
      if (colon <= 0) return;
      const field = FIELD_BY_KEY.get(fieldKey(line.slice(0, colon)));
      if (!field || context[field]) return;
      const raw = line.slice(colon + 1).trim();
      context[field] = {
        value: isPlaceholder(raw) ? undefined : raw,
        raw,
        source: { file, line: start.line + offset, column: offset === 0 ? start.column : 1 }
      } satisfies ContextValue;
    });
}

/** `[e.g., Python 3.11 or NEEDS CLARIFICATION]`, `NEEDS CLARIFICATION`, an empty value. */
export function isPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (!trimmed) return true;
  if (trimmed.toUpperCase().includes('NEEDS CLARIFICATION')) return true;
  return trimmed.startsWith('[') && trimmed.endsWith(']') && !trimmed.slice(1, -1).includes('](');
}

// ---------------------------------------------------------------------------------------------
// Project Structure

function projectStructure(all: Section[], file: string): ProjectStructure {
  const structure: ProjectStructure = {
    sourceDirs: [],
    testDirs: [],
    files: [],
    decision: undefined,
    source: undefined
  };
  const section =
    all.find(candidate => /project structure/i.test(candidate.title)) ??
    all.find(candidate => /^source code\b/i.test(candidate.title));
  if (!section) return structure;
  structure.source = positionOf(section.heading, file);
  let underDocumentation = false;
  for (const node of section.content) {
    if (node.type === 'heading') underDocumentation = /documentation/i.test(plainText(node));
    if (node.type === 'paragraph') structure.decision ??= decisionOf(node);
    if (node.type !== 'code' || underDocumentation || isUnfilledTemplate(node)) continue;
    addTree(structure, node);
  }
  structure.decision ??= decisionAnywhere(all);
  return structure;
}

function addTree(structure: ProjectStructure, code: Code): void {
  const entries = readTree(code.value);
  // The feature's own documentation tree (`specs/001-x/plan.md`…) is not source code.
  if (entries[0]?.path.startsWith('specs/')) return;
  for (const entry of entries) {
    if (entry.path.startsWith('specs/')) continue;
    if (!entry.isDirectory) {
      if (!structure.files.includes(entry.path)) structure.files.push(entry.path);
      continue;
    }
    const list = isTestDirectory(entry.path) ? structure.testDirs : structure.sourceDirs;
    if (!list.includes(entry.path)) list.push(entry.path);
  }
}

/** spec-kit's template lists three options with `[REMOVE IF UNUSED]`; a plan that kept them all chose none. */
function isUnfilledTemplate(code: Code): boolean {
  const text = code.value;
  return (
    text.includes('[REMOVE IF UNUSED]') || (text.includes('Option 1') && text.includes('Option 2'))
  );
}

const TEST_SEGMENTS = new Set([
  'tests',
  'test',
  '__tests__',
  'spec',
  'e2e',
  'androidtest',
  'testing',
  'uitests'
]);

export function isTestDirectory(path: string): boolean {
  return path
    .toLowerCase()
    .split('/')
    .some(
      segment =>
        TEST_SEGMENTS.has(segment) ||
        segment.endsWith('.tests') ||
        (segment.endsWith('tests') && segment.length > 5)
    );
}

function decisionOf(node: RootContent): string | undefined {
  const text = plainText(node).trim();
  const match = /^structure decision\s{0,3}:/i.exec(text);
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
