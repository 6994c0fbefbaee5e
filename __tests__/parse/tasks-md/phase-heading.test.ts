/** What a phase heading says: whether it is one, which kind of work it holds, which story. */
import { describe, expect, it } from '@jest/globals';
import {
  classifyPhase,
  isPhaseHeading,
  storyOf
} from '../../../src/core/parse/tasks-md/phase-heading.js';

describe('isPhaseHeading', () => {
  it.each(['Phase 3.1: Setup', 'Phase 2: Foundational', 'phase 6a: Sync', 'Phase: Setup'])(
    'reads "%s" as a phase heading',
    title => {
      expect(isPhaseHeading(title)).toBe(true);
    }
  );

  it.each(['Final Phase: Polish', 'Phases overview', 'Parallel Example: Phase 3'])(
    'nearest miss: "%s" does not start with the word Phase',
    title => {
      expect(isPhaseHeading(title)).toBe(false);
    }
  );
});

describe('classifyPhase', () => {
  it.each([
    ['Phase 3.1: Setup', 'setup'],
    ['Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3', 'tests'],
    ['Phase 3.3: Core Implementation (ONLY after tests are failing)', 'core'],
    ['Phase 3.4: Integration', 'integration'],
    ['Phase 3.4: Integration & Platform Support', 'integration'],
    ['Phase 3.5: Polish', 'polish'],
    ['Phase 1: Setup (Shared Infrastructure)', 'setup'],
    ['Phase 2: Foundational (Blocking Prerequisites)', 'foundational'],
    ['Phase 7: Polish & Cross-Cutting Concerns', 'polish'],
    ['Phase 5: Integration Tests & Protocol Checks', 'tests'],
    ['Phase 9: Utility Commands', 'other']
  ])('reads "%s" as %s', (title, kind) => {
    expect(classifyPhase(title)).toEqual({ kind, story: undefined });
  });

  it('reads a user-story phase with its story, whatever its priority and emoji', () => {
    expect(classifyPhase('Phase 3: User Story 1 - Plan a bed (Priority: P1) 🎯 MVP')).toEqual({
      kind: 'story',
      story: 'US1'
    });
    expect(classifyPhase('Phase 4: User Story 12 — Share (Priority: P3)').story).toBe('US12');
  });

  it('nearest miss: the priority P1 is not a story number', () => {
    expect(classifyPhase('Phase 6: Hardening (Priority: P1)')).toEqual({
      kind: 'polish',
      story: undefined
    });
  });
});

describe('storyOf', () => {
  it.each([
    ['User Story 2', 'US2'],
    ['US07 tasks', 'US7'],
    ['Story 3', 'US3'],
    ['user  story 4', 'US4']
  ])('reads "%s" as %s', (text, story) => {
    expect(storyOf(text)).toBe(story);
  });

  it('nearest miss: "USB 2" and "history 3" name no story', () => {
    expect(storyOf('USB 2 driver')).toBeUndefined();
    expect(storyOf('history 3')).toBeUndefined();
  });
});
