/**
 * How a design document or a task list says that tests come before the code they test: the
 * phrases of test-driven development, and the words that make such a phrase a condition rather
 * than a rule ("add test phases if TDD is wanted").
 */
import { alternation, escapePattern, pattern, wholeWords } from './build.js';

/** Phrases that ask for tests first (matched in lower case, spaces or hyphens between words). */
export const TEST_FIRST_PHRASES = [
  'tdd',
  'test driven',
  'test first',
  'tests first',
  'red green',
  'ensure they fail',
  'fail before implementation',
  'tests before implementation',
  'tests before the implementation',
  'tests before code',
  'tests written before',
  'test cases written before'
];

export const TEST_FIRST = pattern(
  'test-first.phrase',
  `\\b${alternation(
    TEST_FIRST_PHRASES.map(phrase => phrase.split(' ').map(escapePattern).join('[\\s-]{1,3}')),
    true
  )}\\b`,
  'i'
);

/** Words just before such a phrase that make it a condition: "if TDD is desired", "optional TDD". */
export const TEST_FIRST_CONDITIONS = ['if', 'unless', 'optional', 'optionally', 'when'];

export const TEST_FIRST_CONDITION = pattern(
  'test-first.condition',
  `${wholeWords(TEST_FIRST_CONDITIONS)}\\s{1,3}(?:\\S{1,20}\\s{1,3})?$`,
  'i'
);
