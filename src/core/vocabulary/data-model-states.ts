/**
 * What the data-model reader knows about how an entity's states are written: the sections and
 * labels that hold transitions, the headers of a transition table, and what an arrow looks like.
 */
import { anywherePattern, leadingWordPattern, pattern, wholeWords } from './build.js';

/** Besides "states?", the words naming an entity's states, in a section title and a part title alike. */
const STATE_NAMES = [
  'transitions?',
  'lifecycle',
  'life cycle',
  'state machine',
  'estados?',
  'transiciones'
];

/** Decides that a section, or a label under an entity, holds state transitions ("Lifecycle", "Estados"). */
export const STATE_TITLE_WORDS = ['states?', ...STATE_NAMES];
/** The same in scripts written without word boundaries. */
export const STATE_TITLE_NON_LATIN = ['상태', '状态'];
export const STATE_TITLE = pattern(
  'data-model-state-title',
  `${wholeWords(STATE_TITLE_WORDS, true)}|${STATE_TITLE_NON_LATIN.join('|')}`,
  'i'
);

/** Decides that a sub-section describes its entity's states rather than names another entity. */
export const STATE_PART_WORDS = ['states?', 'state transitions?', ...STATE_NAMES];
export const STATE_PART = leadingWordPattern('data-model-state-part', STATE_PART_WORDS, 'i', true);

/** Decides which columns of a transition table hold the state before, the state after, and the trigger. */
export const TRANSITION_FROM_HEADERS = ['from', 'current', 'source'];
export const TRANSITION_FROM_HEADER = leadingWordPattern(
  'data-model-transition-from-header',
  TRANSITION_FROM_HEADERS,
  'i'
);
export const TRANSITION_TO_HEADERS = ['to', 'next', 'target'];
export const TRANSITION_TO_HEADER = leadingWordPattern(
  'data-model-transition-to-header',
  TRANSITION_TO_HEADERS,
  'i'
);
export const TRANSITION_TRIGGER_HEADERS = ['trigger', 'event', 'action', 'when', 'condition'];
export const TRANSITION_TRIGGER_HEADER = anywherePattern(
  'data-model-transition-trigger-header',
  TRANSITION_TRIGGER_HEADERS,
  'i'
);

/** The heads an arrow between two states may end in: `->`, `──►`, `=>`. */
export const ARROW_HEADS = ['>', '►', '▶', '→', '⟶', '⇒', '➜', '➔'];
/** The characters an arrow's shaft is drawn with: `-->`, `──>`, `==>`, `~~>`. */
export const ARROW_SHAFT = new Set(['-', '─', '=', '━', '~']);
