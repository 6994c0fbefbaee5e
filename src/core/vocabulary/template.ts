/**
 * What the product knows about the words of a tasks template: the keywords of the conditions it
 * attaches to items, the words that give each phase its role, the labels of an example task and
 * of the Path Conventions section.
 */
import {
  alternation,
  anywherePattern,
  leadingWordPattern,
  pattern,
  wholeValuePattern,
  wholeWords
} from './build.js';

/**
 * Decides which condition an item's "(if …)" names: checked in order, the first whose keyword
 * appears in the condition's words (lower-cased) wins; none is `unknown`.
 */
export const CONDITION_KEYWORDS = [
  ['api-change', ['api', 'endpoint', 'contract']],
  ['end-to-end', ['end-to-end', 'end to end', 'e2e']],
  ['performance', ['performance', 'latency', 'throughput']],
  ['model-change', ['model']],
  ['multi-gpu', ['multi-gpu', 'multi gpu', 'distributed', 'multi-node']],
  ['orchestration', ['orchestration', 'engine', 'scheduler']],
  ['quantization', ['quantization', 'quantized']],
  ['extensibility', ['extensibility', 'plugin', 'extension']],
  ['hardware', ['hardware', 'gpu', 'platform']],
  ['applicable', ['applicable', 'needed', 'required']]
] as const;

/** Decides which parenthesised asides are conditions: those opening with this word. */
export const CONDITION_OPENINGS = ['if'];

export const CONDITION_OPENING = leadingWordPattern(
  'template-condition-opening',
  CONDITION_OPENINGS,
  'i'
);

/** The word a phase heading opens with: `## Phase 3.2: Tests First`. */
export const PHASE_WORD = 'phase';

export const PHASE_HEADING = pattern('template-phase-heading', `^${PHASE_WORD}\\b`, 'i');

/** A phase that repeats once per user story (matched on the lower-cased title). */
export const STORY_PHASE = pattern('template-story-phase', '\\buser stor(?:y|ies)\\b');
/** A phase of tests (matched on the lower-cased title). */
export const TESTS_PHASE = pattern('template-tests-phase', wholeWords(['tests?'], true));

/**
 * Decides each phase's role from its title (lower-cased): checked in order, the first rule
 * whose pattern matches or whose words appear anywhere in the title wins; none is `core`.
 */
export const PHASE_ROLE_RULES = [
  { role: 'story', pattern: STORY_PHASE, anywhere: [] },
  { role: 'setup', anywhere: ['setup', 'set up'] },
  { role: 'foundational', anywhere: ['foundation', 'prerequisite'] },
  { role: 'tests', pattern: TESTS_PHASE, anywhere: ['tdd'] },
  { role: 'integration', anywhere: ['integration', 'platform'] },
  { role: 'polish', anywhere: ['polish', 'cross-cutting'] }
] as const;

/** Decides which bracketed label of an example task marks it parallel: `[P]`. */
export const PARALLEL_LABEL = 'P';
/** Decides which bracketed labels of an example task name its story: `[US1]`, `[Story]` (pattern sources). */
export const STORY_TASK_LABELS = ['US\\d*', 'Story'];

export const STORY_TASK_LABEL = wholeValuePattern(
  'template-story-task-label',
  STORY_TASK_LABELS,
  'i',
  true
);

/** Decides which word before an example's path goes with it: "Model in `src/models/`". */
export const PATH_PREPOSITIONS = ['in', 'at', 'under', 'to'];

export const PATH_PREPOSITION = pattern(
  'template-path-preposition',
  `\\s${alternation(PATH_PREPOSITIONS)}$`,
  'i'
);

/** Decides which section states the template's path conventions. */
export const PATH_CONVENTIONS_TITLES = ['path conventions'];

export const PATH_CONVENTIONS_SECTION = anywherePattern(
  'template-path-conventions-section',
  PATH_CONVENTIONS_TITLES,
  'i'
);

/**
 * Decides what an item of Path Conventions states, by the words of its label (lower-cased,
 * checked in this order): special test folders, the test root, the source root.
 */
export const PATH_CONVENTION_LABELS = {
  specialTests: ['special', 'categor'],
  tests: ['test'],
  source: ['source']
};
