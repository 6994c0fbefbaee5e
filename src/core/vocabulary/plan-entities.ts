/**
 * What the planner knows about the spec's Key Entities when there is no data-model.md: which
 * are data worth a model, which are things the feature builds or documents, and which exist
 * already.
 */
import { alternation, pattern, wholeWords } from './build.js';

/**
 * Decides that a Key Entity's description says what it holds: "Attributes: …", "belongs to",
 * "identified by" (pattern sources, whole words, any case).
 */
export const DATA_WORDS = [
  'attributes?',
  'fields?',
  'columns?',
  'properties',
  'stores?',
  'stored',
  'keeps?',
  'kept',
  'holds?',
  'has',
  'have',
  'contains?',
  'belongs? to',
  'belonging to',
  'records?',
  'tracks?',
  'captur(?:es?|ing)',
  'identified by'
];

/** Decides that a description lists what an entity holds: "with title, due date, …". */
export const LISTING_WORD = 'with';

export const DATA_LIKE = pattern(
  'data-like-entity',
  `${wholeWords(DATA_WORDS, true)}|${wholeWords([LISTING_WORD])}[^.;]*,`,
  'i'
);

/**
 * Decides that a Key Entity is generated documentation, hardware or a source file: what a
 * feature builds or documents, not data (pattern sources, whole words, any case). An entity that
 * merely holds HTML (an email body) is still data.
 */
export const ARTEFACT_WORDS = [
  'doxygen',
  'javadoc',
  'sphinx',
  'documentation (?:output|site|pages?)',
  'generated (?:output|pages?|files?|html|docs?|documentation)',
  '(?:html|pdf|latex) (?:output|pages?|files?|docs?|documentation)',
  'hardware',
  'firmware',
  'drivers?',
  'peripherals?',
  'gpio',
  'microcontrollers?',
  'header files?'
];

/** Decides that a description naming a file with one of these extensions is about source code. */
export const SOURCE_FILE_EXTENSIONS = ['h', 'hpp', 'c', 'cc', 'cpp'];

export const ARTEFACT = pattern(
  'artefact-entity',
  `${wholeWords(ARTEFACT_WORDS, true)}|[\\w-]\\.${alternation(SOURCE_FILE_EXTENSIONS)}\\b`,
  'i'
);

/**
 * Decides that a plan's Storage field says it stores nothing: "N/A", "None yet", "—"
 * (pattern sources, each a whole word at the start).
 */
export const NO_STORAGE_WORDS = ['n\\/?a', 'none', 'no', 'not applicable', 'nothing'];

export const NO_STORAGE = pattern(
  'no-storage',
  `^\\s*${alternation([...NO_STORAGE_WORDS.map(word => `${word}\\b`), '[-—–]+\\s*$'], true)}`,
  'i'
);

/** Decides that a Key Entity exists already: "An existing pallet", "the existing kiln". */
export const EXISTING_WORDS = ['existing'];

/** Words that may come before it. */
export const EXISTING_ARTICLES = ['an?', 'the'];

export const EXISTING_ENTITY = pattern(
  'existing-entity',
  `^(?:${alternation(EXISTING_ARTICLES, true)}\\s+)?${alternation(EXISTING_WORDS)}\\b`,
  'i'
);
