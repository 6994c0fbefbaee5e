/**
 * What a phase heading of a task list says: which kind of work it holds and, in the user-story
 * format, which story. Shared by the template reader and the task-list reader, so both read
 * `## Phase 3.2: Tests First (TDD)` and `## Phase 3: User Story 1 - …` the same way.
 */
import type { ListedPhaseKind } from './model.js';
import {
  INTEGRATION_PHASE_WORDS,
  PHASE_KIND_WORDS,
  PHASE_MENTIONS_TESTS,
  PHASE_WORDS,
  STORY_IN_TITLE
} from '../../vocabulary/task-list.js';

export function isPhaseHeading(title: string): boolean {
  const lower = title.trimStart().toLowerCase();
  return PHASE_WORDS.some(word => lower.startsWith(`${word} `) || lower.startsWith(`${word}:`));
}

/** Typed against the model here, since the vocabulary imports nothing above it. */
const KIND_WORDS: readonly (readonly [ListedPhaseKind, readonly string[]])[] = PHASE_KIND_WORDS;

export function classifyPhase(title: string): { kind: ListedPhaseKind; story: string | undefined } {
  const story = storyOf(title);
  if (story) return { kind: 'story', story };
  const lower = title.toLowerCase();
  // "Integration tests" is a tests phase; "Integration & Platform Support" is integration.
  if (
    INTEGRATION_PHASE_WORDS.some(word => lower.includes(word)) &&
    !PHASE_MENTIONS_TESTS.test(lower)
  )
    return { kind: 'integration', story: undefined };
  // In the vocabulary's order: "Core Implementation (ONLY after tests are failing)" is core.
  for (const [kind, words] of KIND_WORDS) {
    if (words.some(word => lower.includes(word))) return { kind, story: undefined };
  }
  return { kind: 'other', story: undefined };
}

/** `User Story 2`, `US2`, `Story 2` → `US2`. */
export function storyOf(text: string): string | undefined {
  const match = STORY_IN_TITLE.exec(text);
  return match ? `US${Number(match[1])}` : undefined;
}
