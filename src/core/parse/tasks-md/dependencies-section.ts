/**
 * Edges from the lines of a Dependencies section, in the forms real task lists use:
 * `T008 blocks T009`, `T004-T010 before T011`, `T015 depends on T012, T013`, `T001 → T002 → T003`,
 * `Setup (T001-T003) before Tests (T004-T010)`, `Setup before everything`. A line that cannot be
 * read gives no edge: an invented dependency would hide a real conflict.
 */
import { taskRefs } from './task-line.js';
import type { ListedPhase } from './model.js';
import { withoutAsides } from '../../text/asides.js';
import {
  BACKWARD_DEPENDENCY_WORDS,
  DEPENDENCY_ARROWS,
  FORWARD_DEPENDENCY_WORDS,
  PHASE_KIND_NAMES,
  PHASE_NAME_FILLER,
  PHASE_NUMBER,
  PHASE_NUMBER_AT_START,
  STORY_ON_SIDE
} from '../../vocabulary/task-list.js';

/** One relation a line states: all of `before` ahead of all of `after`. */
export interface Relation {
  before: string[];
  after: string[];
}

/** Resolves a side of a relation to task IDs: explicit IDs and ranges, else a phase it names. */
export interface SideResolver {
  expand(ref: string): string[];
  phaseTasks(text: string): string[];
}

/** The words as they stand inside a clause, a space either side: ` blocks `. */
const FORWARD = FORWARD_DEPENDENCY_WORDS.map(word => ` ${word} `);
const BACKWARD = BACKWARD_DEPENDENCY_WORDS.map(word => ` ${word} `);

/** Typed against the model here, since the vocabulary imports nothing above it. */
const KINDS_BY_NAME: Readonly<Record<string, ListedPhase['kind']>> = PHASE_KIND_NAMES;

export function edgesFromLine(line: string, resolver: SideResolver): Relation[] {
  // "T010 after the types; T013 with T011" says two things, and an arrow in a trailing
  // `# comment` says nothing: each clause before the comment is read on its own.
  return commentless(stripListMarker(line))
    .split(';')
    .flatMap(clause => edgesFromClause(` ${clause.trim()} `, resolver));
}

function edgesFromClause(text: string, resolver: SideResolver): Relation[] {
  const arrowParts = splitOnArrows(text);
  if (arrowParts.length > 1) return chain(arrowParts, resolver);
  const lower = text.toLowerCase();
  for (const keyword of FORWARD) {
    const at = lower.indexOf(keyword);
    if (at >= 0) return pairs(text.slice(0, at), text.slice(at + keyword.length), resolver);
  }
  for (const keyword of BACKWARD) {
    const at = lower.indexOf(keyword);
    if (at >= 0) return pairs(text.slice(at + keyword.length), text.slice(0, at), resolver);
  }
  return [];
}

function stripListMarker(line: string): string {
  const trimmed = line.trim();
  const marker = /^(?:[-*+]|\d{1,3}[.)])\s/.exec(trimmed);
  return marker ? trimmed.slice(marker[0].length) : trimmed;
}

function splitOnArrows(text: string): string[] {
  let parts = [text];
  for (const arrow of DEPENDENCY_ARROWS) parts = parts.flatMap(part => part.split(arrow));
  return parts;
}

function chain(parts: string[], resolver: SideResolver): Relation[] {
  const relations: Relation[] = [];
  for (let i = 1; i < parts.length; i++)
    relations.push(...pairs(parts[i - 1]!, parts[i]!, resolver));
  return relations;
}

function pairs(beforeText: string, afterText: string, resolver: SideResolver): Relation[] {
  const before = side(beforeText, resolver);
  const after = side(afterText, resolver);
  // "US1 and US2 … after Foundation … US1 tests" names the same tasks on both sides: unreadable.
  if (before.length === 0 || after.length === 0 || before.some(id => after.includes(id))) return [];
  return [{ before, after }];
}

/**
 * In a chain `A (x) → B (y)` each part is read on its own; a part's text after its IDs (a comment
 * such as "(run the schema generator)") never turns into more IDs, since only T-IDs and ranges count.
 */
function side(text: string, resolver: SideResolver): string[] {
  const refs = taskRefs(text);
  if (refs.length > 0) return [...new Set(refs.flatMap(ref => resolver.expand(ref)))];
  return resolver.phaseTasks(text);
}

/** `# worker reads the queue config` after a line in a code block is a comment. */
function commentless(text: string): string {
  const hash = text.indexOf(' # ');
  return hash >= 0 ? text.slice(0, hash) : text;
}

/**
 * A side that names a phase without IDs: `Setup`, `Phase 2`, `Foundational phase`,
 * `User Story 1`. Words such as "everything" or "all user stories" name no single phase.
 */
export function phaseNamed(text: string, phases: ListedPhase[]): ListedPhase | undefined {
  const lower = withoutAsides(text)
    .toLowerCase()
    .replace(/[*_`:]/g, ' ')
    .trim();
  // A phase is named in a few words; a longer side is a sentence we do not try to read.
  if (!lower || lower.split(/\s+/).length > 5) return undefined;
  const number = PHASE_NUMBER.exec(lower)?.[1];
  if (number) return phases.find(phase => phaseNumber(phase.title) === number);
  const story = STORY_ON_SIDE.exec(lower)?.[1];
  if (story) return phases.find(phase => phase.story === `US${Number(story)}`);
  const words = lower.split(/\s+/).filter(word => !PHASE_NAME_FILLER.includes(word));
  if (words.length !== 1) return undefined;
  const word = words[0]!;
  const kind = KINDS_BY_NAME[word];
  if (!kind) return undefined;
  const matching = phases.filter(phase => phase.kind === kind);
  return matching.length === 1 ? matching[0] : undefined;
}

function phaseNumber(title: string): string | undefined {
  return PHASE_NUMBER_AT_START.exec(title.trim())?.[1];
}
