/**
 * What the tasks.md reader knows about how people write a task list: the titles of its sections,
 * the words of its phases and labels, how a task says it is put off, waits for another, shares
 * another's file, or that tests were not asked for.
 */
import {
  alternation,
  anywherePattern,
  escapePattern,
  pattern,
  wholeValuePattern,
  wholeWordPattern,
  wholeWords
} from './build.js';

/** A phrase whose words may stand one to three spaces apart: `not included` → `not\s{1,3}included`. */
function spaced(phrase: string): string {
  return phrase.split(' ').map(escapePattern).join('\\s{1,3}');
}

/** The phrases as one non-capturing alternation, each spaced as `spaced` does, in the order given. */
function spacedAlternation(phrases: readonly string[]): string {
  return `(?:${phrases.map(spaced).join('|')})`;
}

// ---------------------------------------------------------------------------------------------
// Section titles

/** Decides which sections hold checklists or criteria rather than tasks (matched anywhere in the title). */
export const CHECKLIST_TITLE_WORDS = [
  'checklist',
  'acceptance',
  'criteria',
  'checkpoint',
  'verification steps',
  'definition of done',
  'notes'
];

export const CHECKLIST_TITLE = anywherePattern(
  'task-list.checklist-title',
  CHECKLIST_TITLE_WORDS,
  'i'
);

/** Decides which headings open notes, where a list may say what it left out (as whole words). */
export const NOTES_TITLE_WORDS = ['notes', 'note', 'format'];

/** The same, matched anywhere in the title. */
export const NOTES_TITLE_FRAGMENTS = ['conventions'];

export const NOTES_TITLE = pattern(
  'task-list.notes-title',
  `${wholeWords(NOTES_TITLE_WORDS)}|${alternation(NOTES_TITLE_FRAGMENTS)}`,
  'i'
);

/** Decides which headings open a dependencies section (matched anywhere in the lower-case title). */
export const DEPENDENCY_TITLE_FRAGMENTS = ['dependenc', 'execution order', 'critical path'];

/** Overrules those: "Parallel opportunities and dependencies" is about running tasks together. */
export const NOT_DEPENDENCY_TITLE_FRAGMENTS = ['parallel'];

// ---------------------------------------------------------------------------------------------
// Phases

/** The word that starts a phase heading: `## Phase 3: …`, `## Phase: Setup`. */
export const PHASE_WORDS = ['phase'];

/** `Phase 4: Dependency upgrades` is a phase, whatever else its title says. */
export const NUMBERED_PHASE_TITLE = pattern(
  'task-list.numbered-phase-title',
  `^${alternation(PHASE_WORDS)}\\s{0,3}\\d`,
  'i'
);

/** `Phase 3.2` at the start of a title, with its number captured. */
export const PHASE_NUMBER_AT_START = pattern(
  'task-list.phase-number-at-start',
  `^${alternation(PHASE_WORDS)}\\s{1,3}(\\d{1,2}(?:\\.\\d{1,2})?)`,
  'i'
);

/** `phase 3.2` anywhere in lower-case text, as a whole word, with its number captured. */
export const PHASE_NUMBER = pattern(
  'task-list.phase-number',
  `\\b${alternation(PHASE_WORDS)}\\s{1,3}(\\d{1,2}(?:\\.\\d{1,2})?)\\b`
);

/**
 * Decides which kind of work a phase title holds, by a word anywhere in its lower-case title.
 * Checked in this order: "Core Implementation (ONLY after tests are failing)" is core, not tests.
 */
export const PHASE_KIND_WORDS = [
  ['setup', ['setup', 'set up', 'set-up', 'scaffold', 'initiali']],
  ['foundational', ['foundation', 'prerequisite', 'blocking']],
  ['polish', ['polish', 'cross-cutting', 'documentation', 'release', 'cleanup', 'hardening']],
  ['core', ['core', 'implementation', 'implement']],
  ['tests', ['test', 'tdd', 'verification', 'validation']],
  ['integration', ['integration', 'platform']]
] as const;

/** Decides, before the list above, that a title is about integration: "Integration & Platform Support". */
export const INTEGRATION_PHASE_WORDS = ['integration'];

/** Unless it also says test ("Integration tests"), as a whole word or inside one ("load-testing"). */
export const PHASE_TEST_WORDS = ['tests', 'test'];
export const PHASE_TEST_FRAGMENTS = ['testing'];

export const PHASE_MENTIONS_TESTS = pattern(
  'task-list.phase-mentions-tests',
  `${wholeWords(PHASE_TEST_WORDS)}|${alternation(PHASE_TEST_FRAGMENTS)}`
);

/** Decides which one word, alone on a side of a dependency line, names a phase by its kind. */
export const PHASE_KIND_NAMES = {
  setup: 'setup',
  foundational: 'foundational',
  foundation: 'foundational',
  tests: 'tests',
  polish: 'polish',
  integration: 'integration',
  core: 'core'
} as const;

/** Words left out before that one word is looked up: "the Setup phase" names Setup. */
export const PHASE_NAME_FILLER = ['phase', 'the'];

// ---------------------------------------------------------------------------------------------
// Stories

/** How a phase title names its story: `User Story 2`, `Story 2`, `US2`. */
export const STORY_TITLE_WORDS = ['user story', 'story', 'us'];

export const STORY_IN_TITLE = pattern(
  'task-list.story-in-title',
  `\\b${spacedAlternation(STORY_TITLE_WORDS)}\\s{0,3}(\\d{1,3})\\b`,
  'i'
);

/** How a side of a dependency line names a story's phase: `User Story 1`, `US1` (not "Story 1"). */
export const STORY_SIDE_WORDS = ['user story', 'us'];

export const STORY_ON_SIDE = pattern(
  'task-list.story-on-dependency-side',
  `\\b${spacedAlternation(STORY_SIDE_WORDS)}\\s{0,3}(\\d{1,3})\\b`
);

/** How a task's label names its story: `[US1]`, `[US1, US2]`, `[Story 2]`. */
export const STORY_LABEL_ABBREVIATIONS = ['us'];
export const STORY_LABEL_WORDS = ['story'];

export const STORY_LABEL = pattern(
  'task-list.story-label',
  `^(?:${alternation(STORY_LABEL_ABBREVIATIONS)}|${alternation(STORY_LABEL_WORDS)}\\s?)\\d{1,3}(?:\\s?,\\s?${alternation(STORY_LABEL_ABBREVIATIONS)}?\\d{1,3}){0,9}$`,
  'i'
);

// ---------------------------------------------------------------------------------------------
// Task lines

/** The word some lists number tasks with instead of an ID: `### Task 6.1: …`. */
export const TASK_WORDS = ['task'];

export const TASK_WORD_ID = pattern(
  'task-list.task-word-id',
  `^\\*{0,2}${alternation(TASK_WORDS)}\\s{1,3}(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\*{0,2}(?![\\w.])`,
  'i'
);

/** Decides which labels mark a task as parallel: `[P]`, `[Parallel]` (any case). */
export const PARALLEL_LABELS = ['p', 'parallel'];

export const PARALLEL_LABEL = wholeValuePattern('task-list.parallel-label', PARALLEL_LABELS, 'i');

/** The parallel label written in parentheses after the ID: `T004 (P) …` (capital only). */
export const PARALLEL_PAREN_LABELS = ['P'];

export const PARALLEL_PAREN_LABEL = pattern(
  'task-list.parallel-label-in-parentheses',
  `^\\((${alternation(PARALLEL_PAREN_LABELS)})\\)`
);

/** Decides which words put a task off: `(deferred)`, `**Postponed**`, `Deferred: …`. */
export const DEFERRED_WORDS = ['deferred', 'postponed'];

/** A leading `(deferred)`, `[deferred]`, `**Deferred**`, `Deferred:` or `Deferred - `. */
export const DEFERRED_LEAD = pattern(
  'task-list.deferred-lead',
  `^(?:[([][ \\t]{0,2}${alternation(DEFERRED_WORDS)}\\b|\\*{1,2}${alternation(DEFERRED_WORDS)}\\b|${alternation(DEFERRED_WORDS)}(?:[ \\t]{0,2}[:–—]|[ \\t]{1,2}-[ \\t]))`,
  'i'
);

/** A leading word in capitals, `DEFERRED …`; in lower case it may be the work: "Deferred loading". */
export const DEFERRED_SHOUTED = pattern(
  'task-list.deferred-shouted',
  `^${alternation(DEFERRED_WORDS.map(word => word.toUpperCase()))}\\b`
);

/** A closing aside that starts with the word: `(deferred until the beta)`. */
export const DEFERRED_ASIDE = pattern(
  'task-list.deferred-aside',
  `\\(${alternation(DEFERRED_WORDS)}\\b[^()]{0,80}\\)\\.?$`,
  'i'
);

/** Phrases after which a task's own text names the tasks it waits for: "(depends on T003)". */
export const INLINE_DEPENDENCY_PHRASES = [
  'depends on',
  'depend on',
  'depends:',
  'dependencies:',
  'dependency:',
  'blocked by',
  'requires'
];

/** The same, but only when a task ID follows at once: "run after T004", not "after login". */
export const INLINE_DEPENDENCY_BEFORE_ID = ['after'];

/** Decides which word between two IDs makes a range: `T004 to T007`, `T004 – T007`. */
export const TASK_RANGE_WORDS = new Set(['to', 'through', '–', '-']);

// ---------------------------------------------------------------------------------------------
// A heading task's body

/** A field of a heading task's body that names what it waits for: `**Dependencies**: T001`. */
export const DEPENDENCY_FIELD_LABELS = ['dependencies', 'depends on', 'blocked by'];

export const DEPENDENCY_FIELD = pattern(
  'task-list.dependency-field',
  `^\\s{0,3}${alternation(DEPENDENCY_FIELD_LABELS)}\\b`,
  'i'
);

/** A field that gives a heading task's status, and the values that say it is done. */
export const STATUS_LABELS = ['status'];
export const DONE_STATUSES = ['✅', 'done', 'complete'];

/**
 * Marks that open a line of a progress report on work done: "✅ Parcel API: GET /parcels,
 * /parcels/{id} (T030-T031)". Such a line says what the tasks it names did.
 */
export const DONE_MARKS = ['✅', '✔️', '✔', '☑️', '☑', '✓'];

/**
 * Decides that an aside is only task IDs ("(T030-T031)", "(T012 and T014)"), not words about
 * the work ("(with filters)"): IDs, separators and the joining words of a list of them.
 */
export const TASK_ID_LIST_JOINERS = ['and'];
export const TASK_ID_ASIDE = pattern(
  'task-list.task-id-aside',
  `^(?:[\\sT\\d,;&+–—-]|${wholeWords(TASK_ID_LIST_JOINERS)})+$`,
  'i'
);

export const DONE_STATUS_FIELD = pattern(
  'task-list.done-status-field',
  `^\\s{0,3}${alternation(STATUS_LABELS)}:?\\s{0,3}${alternation(DONE_STATUSES)}`,
  'im'
);

// ---------------------------------------------------------------------------------------------
// Dependencies section

/** Words of a dependency line whose left side comes first: `T008 blocks T009`. */
export const FORWARD_DEPENDENCY_WORDS = [
  'blocks',
  'before',
  'precedes',
  'unblocks',
  'enables',
  'required by',
  'needed by',
  'prerequisite for'
];

/** Words of a dependency line whose right side comes first: `T015 depends on T012`. */
export const BACKWARD_DEPENDENCY_WORDS = [
  'depends on',
  'depend on',
  'requires',
  'require',
  'needs',
  'after',
  'blocked by',
  'waits for'
];

/**
 * Words a phase may carry in an arrow chain without the part being more than its name:
 * "US2 complete → US3". Any other word makes the part a statement ("US2 can start"), and a chain
 * with a statement in it is prose, not a chain.
 */
export const CHAIN_FILLER = ['complete', 'completed', 'completion', 'done', 'finished', 'tasks'];

/** Decides where one side of a dependency lists several phases: "US1 + US2", "Phase 3 and Phase 5". */
export const PHASE_LIST_MARKS = ['+', '&', ',', '/'];
export const PHASE_LIST_WORDS = ['and', 'y', 'et', 'und', 've'];

export const PHASE_LIST_SEPARATOR = pattern(
  'task-list.phase-list-separator',
  `\\s{0,3}${alternation(PHASE_LIST_MARKS)}\\s{0,3}|\\s${wholeWords(PHASE_LIST_WORDS)}\\s`,
  'i'
);

/** Arrows that chain a dependency line: `T001 → T002 → T003`, split on in this order. */
export const DEPENDENCY_ARROWS = ['→', '->', '⟶', '=>', '-->'];

// ---------------------------------------------------------------------------------------------
// "In the same file"

/**
 * The words of "same file" per language. English: `same` [`source`] `file|module`, optionally
 * `as T028`; Turkish: `aynı` `dosya|modül`, without a word end, since a suffix follows
 * ("aynı dosyada", in the same file).
 */
export const SAME_FILE_WORDS = {
  en: { same: ['same'], qualifiers: ['source'], files: ['file', 'module'], naming: ['as'] },
  tr: { same: ['aynı', 'ayni'], files: ['dosya', 'modül', 'modul'] }
};

/** Words that deny it: "not in the same file", "never the same module". */
export const SAME_FILE_NEGATIONS = ['not', 'never', 'no'];
export const SAME_FILE_NEGATION_FILLER = { in: ['in'], the: ['the'] };

const en = SAME_FILE_WORDS.en;
const tr = SAME_FILE_WORDS.tr;

/** "same file" or "same file as T028" (the ID captured), or its Turkish. */
export const SAME_FILE = pattern(
  'task-list.same-file',
  `\\b${alternation(en.same)}\\s{1,3}(?:${alternation(en.qualifiers)}\\s{1,3})?${alternation(en.files)}\\b(?:\\s{1,3}${alternation(en.naming)}\\s{1,3}\\*{0,2}(T\\d{1,5}(?:\\.\\d{1,3}|[a-z])?)\\b)?|\\b${alternation(tr.same)}\\s{1,3}${alternation(tr.files)}`,
  'i'
);

export const NOT_SAME_FILE = pattern(
  'task-list.not-same-file',
  `\\b${alternation(SAME_FILE_NEGATIONS)}\\s{1,3}(?:${alternation(SAME_FILE_NEGATION_FILLER.in)}\\s{1,3})?(?:${alternation(SAME_FILE_NEGATION_FILLER.the)}\\s{1,3})?${alternation(en.same)}\\s{1,3}${alternation(en.files)}`,
  'i'
);

// ---------------------------------------------------------------------------------------------
// "Tests: not requested"

/** A line about tests at all (lower case, whole words). */
export const TESTS_NOT_REQUESTED_TEST_WORDS = ['test', 'tests', 'testing'];

export const MENTIONS_TESTS = wholeWordPattern(
  'task-list.mentions-tests',
  TESTS_NOT_REQUESTED_TEST_WORDS
);

/** "not requested", "not explicitly requested": `not`, at most one word, `requested`. */
export const NOT_REQUESTED_WORDS = { not: ['not'], requested: ['requested'] };

export const NOT_REQUESTED = pattern(
  'task-list.not-requested',
  `\\b${alternation(NOT_REQUESTED_WORDS.not)}\\s{1,3}(?:\\w{1,12}\\s{1,3})?${alternation(NOT_REQUESTED_WORDS.requested)}\\b`
);

/** Words just before "not requested" that make it a condition: "only if explicitly requested". */
export const CONDITIONAL_WORDS = ['if', 'when', 'unless', 'where', 'only'];

export const CONDITIONAL = wholeWordPattern('task-list.conditional-word', CONDITIONAL_WORDS);

/** "test tasks excluded", "test tasks were not generated". */
export const TEST_TASK_WORDS = { test: ['test'], tasks: ['tasks', 'task'], were: ['are', 'were'] };
export const LEFT_OUT_PHRASES = ['omitted', 'excluded', 'not included', 'not generated'];

export const TEST_TASKS_LEFT_OUT = pattern(
  'task-list.test-tasks-left-out',
  `\\b${alternation(TEST_TASK_WORDS.test)}\\s{1,3}${alternation(TEST_TASK_WORDS.tasks)}\\s{1,3}(?:${alternation(TEST_TASK_WORDS.were)}\\s{1,3})?${spacedAlternation(LEFT_OUT_PHRASES)}\\b`
);

// ---------------------------------------------------------------------------------------------
// "[P] tasks may share a file": where a list says so on purpose

/** Decides that a line is about running tasks together: "T019 and T020: parallel — both in runner.py". */
export const PARALLEL_WORDS = ['parallel', 'concurrently'];

export const SAYS_PARALLEL = wholeWordPattern('task-list.says-parallel', PARALLEL_WORDS, 'i');

/** … or the label itself, for a convention about all `[P]` tasks. */
export const MENTIONS_PARALLEL_LABEL = pattern('task-list.mentions-parallel-label', '\\[P\\]');

/**
 * Words that turn such a line into a warning against sharing, when one of the second list
 * follows within three words: "Never mark tasks [P] if …", "No task modifies the same file as
 * another [P] task". Not "no shared state", which says why sharing the file is safe.
 */
export const SHARING_NEGATIONS = ['not', 'never', 'no', 'avoid', "don't", 'dont'];
export const SHARING_ACTS = [
  'mark',
  'marked',
  'parallel',
  'same',
  'share',
  'modify',
  'modifies',
  'touch',
  'touches',
  'edit',
  'edits'
];

export const DENIES_SHARING = pattern(
  'task-list.denies-sharing',
  `(?:^|[^\\w'])${alternation(SHARING_NEGATIONS)}\\s{1,3}(?:[\\w\\[\\]\`*]{1,20}\\s{1,3}){0,2}${alternation(SHARING_ACTS)}\\b`,
  'i'
);

/**
 * "[P] tasks operate on different files OR the same file's distinct test functions": a line
 * allowing [P] tests to share a test file, one function each. After "same file", a word of each
 * list.
 */
export const DISTINCT_WORDS = ['distinct', 'separate', 'different', 'own'];
export const TEST_FUNCTION_WORDS = [
  'function',
  'functions',
  'fn',
  'fns',
  'test',
  'tests',
  'case',
  'cases'
];

export const DISTINCT_TEST_FUNCTIONS = pattern(
  'task-list.distinct-test-functions',
  `${wholeWords(DISTINCT_WORDS)}\\s{1,3}(?:\\w{1,12}\\s{1,3})?${wholeWords(TEST_FUNCTION_WORDS)}`,
  'i'
);
