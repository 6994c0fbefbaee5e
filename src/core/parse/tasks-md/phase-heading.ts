/**
 * What a phase heading of a task list says: which kind of work it holds and, in the user-story
 * format, which story. Shared by the template reader and the task-list reader, so both read
 * `## Phase 3.2: Tests First (TDD)` and `## Phase 3: User Story 1 - …` the same way.
 */
import type { ListedPhaseKind } from './model.js';

export function isPhaseHeading(title: string): boolean {
  const lower = title.trimStart().toLowerCase();
  return lower.startsWith('phase ') || lower.startsWith('phase:');
}

/** Checked in this order: "Core Implementation (ONLY after tests are failing)" is core, not tests. */
const KIND_WORDS: [ListedPhaseKind, string[]][] = [
  ['setup', ['setup', 'set up', 'set-up', 'scaffold', 'initiali']],
  ['foundational', ['foundation', 'prerequisite', 'blocking']],
  ['polish', ['polish', 'cross-cutting', 'documentation', 'release', 'cleanup', 'hardening']],
  ['core', ['core', 'implementation', 'implement']],
  ['tests', ['test', 'tdd', 'verification', 'validation']],
  ['integration', ['integration', 'platform']]
];

export function classifyPhase(title: string): { kind: ListedPhaseKind; story: string | undefined } {
  const story = storyOf(title);
  if (story) return { kind: 'story', story };
  const lower = title.toLowerCase();
  // "Integration tests" is a tests phase; "Integration & Platform Support" is integration.
  if (lower.includes('integration') && !/\btests?\b|testing/.test(lower))
    return { kind: 'integration', story: undefined };
  for (const [kind, words] of KIND_WORDS) {
    if (words.some(word => lower.includes(word))) return { kind, story: undefined };
  }
  return { kind: 'other', story: undefined };
}

/** `User Story 2`, `US2`, `Story 2` → `US2`. */
export function storyOf(text: string): string | undefined {
  const match = /\b(?:user\s{1,3}story|story|us)\s{0,3}(\d{1,3})\b/i.exec(text);
  return match ? `US${Number(match[1])}` : undefined;
}
