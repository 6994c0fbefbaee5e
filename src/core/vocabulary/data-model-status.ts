/**
 * What the data-model reader knows about the state of an entity: that it exists already and stays
 * as it is, that the feature extends it, or that it is derived (a view, a read model, a log record)
 * and so has nothing to build.
 */
import { alternation, leadingWordPattern, pattern, wholeWordPattern } from './build.js';

/** Decides that an entity exists and the feature leaves it as it is: "(unchanged)", "Reused Entities". */
export const UNTOUCHED_WORDS = [
  'unchanged',
  'no modifications?',
  'no changes',
  'not modified',
  'reused',
  'consumed',
  'read-only',
  'sin cambios'
];
export const UNTOUCHED = wholeWordPattern('data-model-untouched', UNTOUCHED_WORDS, 'i', true);

/** Decides that an entity, or a section of them, exists already: "Existing Entities". */
export const EXISTING_WORDS = ['existing', 'existente'];
export const EXISTING = pattern(
  'data-model-existing',
  `\\b${alternation(EXISTING_WORDS)}s?\\b`,
  'i'
);

/** Stems that say an existing entity still needs work: "Existing entities (extended)", "modified". */
export const CHANGED_STEMS = ['modif', 'extend', 'extension', 'chang', 'updat', 'new fields'];
export const CHANGED = pattern('data-model-changed', `\\b${alternation(CHANGED_STEMS)}`, 'i');

/** Words before a name, or starting a section title, that say the feature changes an existing entity. */
export const EXTENDED_PREFIXES = ['extended', 'modified', 'updated', 'changed'];
/** Phrases before "existing" that say the same: "extends the existing Shelf". */
export const EXTENDS_EXISTING_WORDS = ['extends', 'extension of'];
/** Decides that a heading extends an existing entity: `Extended Shelf`, `Shelf schema version 2`. */
export const EXTENDED_TITLE = pattern(
  'data-model-extended-title',
  `^${alternation(EXTENDED_PREFIXES)}\\s|\\bschema\\s{1,3}version\\s{1,3}(?:[2-9]|[1-9]\\d)\\b|\\b${alternation(EXTENDS_EXISTING_WORDS)}\\s{1,3}(?:the\\s{1,3})?existing\\b`,
  'i'
);

/** Decides that a heading's note in parentheses says the same: `Shelf (extended)`, `(extension)`. */
export const EXTENDED_NOTE_WORDS = ['extended', 'extension', 'modified', 'updated', 'changed'];
export const EXTENDED_NOTE = wholeWordPattern('data-model-extended-note', EXTENDED_NOTE_WORDS, 'i');

/** Nouns of a section of changed entities: "Modified Entities", "Updated Tables". */
export const EXTENDED_GROUP_NOUNS = ['entities', 'models', 'types', 'tables', 'schemas'];
export const EXTENDED_GROUP = pattern(
  'data-model-extended-group',
  `^${alternation(EXTENDED_PREFIXES)} ${alternation(EXTENDED_GROUP_NOUNS)}\\b`,
  'i'
);

/** Decides that a heading's note says the entity is computed or never stored: `Stock (derived)`. */
export const DERIVED_NOTE_WORDS = [
  'derived',
  'computed',
  'read[- ]only view',
  'read models?',
  'view models?',
  'projections?',
  'log (?:record|entry|line|event)s?',
  'not stored',
  'not persisted'
];
export const DERIVED_NOTE = wholeWordPattern(
  'data-model-derived-note',
  DERIVED_NOTE_WORDS,
  'i',
  true
);

/** Decides that "not stored" is said of a struct that lives in memory, which still has code to write. */
export const IN_MEMORY_WORDS = ['in[- ]memory', 'transient', 'runtime', 'cached?', 'session'];
export const IN_MEMORY = wholeWordPattern('data-model-in-memory', IN_MEMORY_WORDS, 'i', true);

/** "not stored", "not persisted": removed from a note before asking whether it still says derived. */
export const STORED_WORDS = ['stored', 'persisted'];
export const NOT_STORED = pattern(
  'data-model-not-stored',
  `\\bnot ${alternation(STORED_WORDS)}\\b`,
  'i'
);
export const NOT_STORED_EVERYWHERE = pattern(
  'data-model-not-stored-everywhere',
  `\\bnot ${alternation(STORED_WORDS)}\\b`,
  'gi'
);

/** Decides that a group's members are all derived: "Derived Views", "Computed Models", "Read Models". */
export const DERIVED_WORDS = ['derived', 'computed'];
export const DERIVED_GROUP_NOUNS = ['views?', 'models?', 'entities', 'read models?', 'data'];
export const DERIVED_GROUP_TITLES = ['read models?', 'projections', 'views \\(derived\\)'];
export const DERIVED_GROUP = pattern(
  'data-model-derived-group',
  `^${alternation(DERIVED_WORDS)} ${alternation(DERIVED_GROUP_NOUNS, true)}\\b|^${alternation(DERIVED_GROUP_TITLES, true)}$`,
  'i'
);

/**
 * Decides that a section's first lines say its entity is derived: "a derived read model built
 * from…", "computed on read, not stored". Not "not persisted" alone: in-memory entities say that
 * too, and are built.
 */
export const DERIVED_LINE_PHRASES = [
  '\\bderived (?:read[- ]model|view|projection)\\b',
  '\\b(?:is|are) (?:derived|computed|calculated) (?:from|on read|at read|on demand|at query)\\b',
  '\\b(?:read|view)[- ]model (?:derived|computed|built) from\\b',
  '\\bcomputed,? (?:and )?not (?:stored|persisted)\\b',
  '\\bnot (?:stored|persisted)[;,]? (?:it is |but |only )?(?:computed|derived)\\b',
  '\\bno separate projection\\b'
];
export const DERIVED_LINES = DERIVED_LINE_PHRASES.map((phrase, at) =>
  pattern(`data-model-derived-line-${at + 1}`, phrase, 'i')
);

/** Decides, with "not separately stored", that a log record has nothing to build. */
export const LOG_RECORD_NOUNS = ['record', 'entry', 'line'];
export const LOG_RECORD = pattern(
  'data-model-log-record',
  `\\blog ${alternation(LOG_RECORD_NOUNS)}s?\\b`,
  'i'
);
export const NOT_SEPARATELY_STORED = pattern(
  'data-model-not-separately-stored',
  `\\bnot (?:separately )?${alternation(STORED_WORDS)}\\b`,
  'i'
);

/** Decides which labelled lines describe what an entity is ("Purpose:"), not what its fields hold. */
export const ABOUT_LABEL_WORDS = [
  'purpose',
  'description',
  'summary',
  'overview',
  'kind',
  'nature',
  'storage',
  'persistence',
  'lifecycle',
  'notes?'
];
export const ABOUT_LABEL = leadingWordPattern(
  'data-model-about-label',
  ABOUT_LABEL_WORDS,
  'i',
  true
);

/** Decides that a heading says its entity lives inside another and is stored with it: `Address (value object)`. */
export const EMBEDDED_HEADING_WORDS = ['embedded', 'value objects?', 'owned types?'];
export const EMBEDDED_HEADING = wholeWordPattern(
  'data-model-embedded-heading',
  EMBEDDED_HEADING_WORDS,
  'i',
  true
);
