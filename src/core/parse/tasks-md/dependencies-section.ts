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
  CHAIN_FILLER,
  DEPENDENCY_ARROWS,
  PHASE_LIST_SEPARATOR,
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
const KEYWORDS: readonly { word: string; forward: boolean }[] = [
  ...FORWARD_DEPENDENCY_WORDS.map(word => ({ word: ` ${word} `, forward: true })),
  ...BACKWARD_DEPENDENCY_WORDS.map(word => ({ word: ` ${word} `, forward: false }))
];

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
  const arrowParts = joinStatedRelations(splitOnArrows(text));
  if (arrowParts.length > 1) {
    // Only a chain of task or phase IDs is a chain: in "Login → session stored → US2 can
    // start" the arrows tell a story, and reading them would invent an order.
    return arrowParts.every((part, index) =>
      namesOnlyIds(index === 0 ? unlabelled(part) : part, resolver)
    )
      ? chain(arrowParts, resolver)
      : [];
  }
  return statedRelation(arrowParts[0]!, resolver);
}

/**
 * "US3 (P2) → Depends on US1 + US2": an arrow before a relation word leads into what the left
 * side says of itself, as a colon would; it chains nothing.
 */
function joinStatedRelations(parts: string[]): string[] {
  const joined: string[] = [parts[0]!];
  for (const part of parts.slice(1)) {
    if (startsWithRelationWord(part)) joined[joined.length - 1] += ` ${part}`;
    else joined.push(part);
  }
  return joined;
}

function startsWithRelationWord(part: string): boolean {
  const lower = ` ${withoutMarks(part).trim().toLowerCase()}`;
  return KEYWORDS.some(({ word }) => lower.startsWith(word));
}

/**
 * "T015 depends on T012", "Phase 4 blocks Phase 5", "US3: Depends on US1 and US2": the first
 * relation word outside the asides decides, read in the direction it says.
 */
function statedRelation(text: string, resolver: SideResolver): Relation[] {
  const lower = maskedAsides(text).toLowerCase();
  const first = nextRelationWord(lower, 0);
  if (!first) return [];
  const left = text.slice(0, first.at);
  // "Depends on Setup and blocks every story": a side ends where the next relation begins.
  const next = nextRelationWord(lower, first.at + first.word.length);
  const right = text.slice(first.at + first.word.length, next?.at);
  return first.forward ? pairs(left, right, resolver) : pairs(right, left, resolver);
}

/** The first relation word at or after `from` (the longer where two start together). */
function nextRelationWord(
  lower: string,
  from: number
): { at: number; word: string; forward: boolean } | undefined {
  let first: { at: number; word: string; forward: boolean } | undefined;
  for (const keyword of KEYWORDS) {
    const at = lower.indexOf(keyword.word, from);
    if (at < 0) continue;
    if (!first || at < first.at || (at === first.at && keyword.word.length > first.word.length))
      first = { at, ...keyword };
  }
  return first;
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
 * such as "(run the schema generator)") never turns into more IDs, since only T-IDs and ranges
 * count. Without IDs, a side may name several phases: "US1 + US2", "Phase 3 and Phase 5".
 */
function side(text: string, resolver: SideResolver): string[] {
  const refs = taskRefs(text);
  if (refs.length > 0) return [...new Set(refs.flatMap(ref => resolver.expand(ref)))];
  return sidePhases(text, resolver);
}

/**
 * A side's phases, where it names nothing but phases: "US1 (MVP) + US2", "Phase 3 and Phase 5",
 * "Foundational — can run beside US3" (a dash or a full stop ends what the side says). When one
 * piece of a list names no phase ("US1 and the new signing flow"), the side is read whole, as a
 * sentence naming at most one phase.
 */
function sidePhases(text: string, resolver: SideResolver): string[] {
  const { whole, pieces } = phasePieces(text);
  const each = pieces.map(piece => resolver.phaseTasks(piece));
  if (pieces.length > 0 && each.every(tasks => tasks.length > 0)) return [...new Set(each.flat())];
  return resolver.phaseTasks(whole);
}

/** A side's text without asides, marks and trailing comment, and its pieces where it lists several. */
function phasePieces(text: string): { whole: string; pieces: string[] } {
  const plain = withoutAsides(withoutMarks(text));
  const end = SIDE_END.exec(plain);
  const whole = end ? plain.slice(0, end.index) : plain;
  const pieces = `${whole} `
    .split(PHASE_LIST_SEPARATOR)
    .map(piece => piece.trim())
    .filter(Boolean);
  return { whole, pieces };
}

/** Where a side's statement ends: a dash between words (" — ", " - ") or a full stop. */
const SIDE_END = /\s[-–—]{1,2}\s|\.(?:\s|$)/;

/** A part of an arrow chain that names tasks by ID or range, or phases and nothing else. */
function namesOnlyIds(part: string, resolver: SideResolver): boolean {
  if (taskRefs(part).length > 0) return true;
  const { pieces } = phasePieces(part);
  return pieces.length > 0 && pieces.every(piece => isPhaseReference(piece, resolver));
}

/**
 * "US1", "Phase 2", "the Setup phase", "US2 complete": a phase reference and filler words only.
 * "Depends on US1" or "US2 can start" are statements, not references.
 */
function isPhaseReference(piece: string, resolver: SideResolver): boolean {
  if (resolver.phaseTasks(piece).length === 0) return false;
  const rest = piece.toLowerCase().replace(PHASE_NUMBER, ' ').replace(STORY_ON_SIDE, ' ');
  return rest
    .split(/\P{L}+/u)
    .filter(Boolean)
    .every(
      word =>
        PHASE_NAME_FILLER.includes(word) ||
        CHAIN_FILLER.includes(word) ||
        Object.hasOwn(KINDS_BY_NAME, word)
    );
}

/** "Orden recomendado: US1 -> US2": the label before a chain is not its first link. */
function unlabelled(part: string): string {
  const colon = part.indexOf(': ');
  return colon >= 0 && taskRefs(part.slice(0, colon)).length === 0 ? part.slice(colon + 2) : part;
}

/** Emphasis, code marks and the box-drawing characters of a dependency tree: `├── **US1**`. */
function withoutMarks(text: string): string {
  return text.replace(/[*_`\u2500-\u257f]/g, ' ');
}

/** The text with its parenthesised asides blanked out, so positions still match the original. */
function maskedAsides(text: string): string {
  let depth = 0;
  let result = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    const masked = depth > 0;
    if (ch === ')') depth = Math.max(0, depth - 1);
    result += masked ? ' '.repeat(ch.length) : ch;
  }
  return result;
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
