/**
 * What the data-model reader knows about how relationships between entities are written: the
 * sections and labels that hold them, the words a relationship line may start with, and the words
 * and notations that say its kind.
 */
import { anywherePattern, pattern, wholeWords } from './build.js';

/** Decides that a section holds relationships ("Relationships", "ER Diagram", "Relaciones"). */
export const RELATIONSHIP_TITLE_WORDS = [
  'relationships?',
  'relations',
  'associations',
  'erd',
  'er diagram',
  'entity relationship',
  'relaciones'
];
/** The same in scripts written without word boundaries. */
export const RELATIONSHIP_TITLE_NON_LATIN = ['관계', '关系'];
export const RELATIONSHIP_TITLE = pattern(
  'data-model-relationship-title',
  `${wholeWords(RELATIONSHIP_TITLE_WORDS, true)}|${RELATIONSHIP_TITLE_NON_LATIN.join('|')}`,
  'i'
);

/** Decides that a label under an entity lists its relationships: "**Relationships**:", "References:". */
export const RELATIONSHIP_LABEL_WORDS = [
  'relationships?',
  'relations',
  'associations',
  'references',
  'relaciones'
];
export const RELATIONSHIP_LABEL = anywherePattern(
  'data-model-relationship-label',
  RELATIONSHIP_LABEL_WORDS,
  'i',
  true
);

/** Words that may come before the first entity a relationship line names: "Each Shelf holds many Jars". */
export const RELATIONSHIP_LEAD_WORDS = new Set([
  'one',
  'each',
  'a',
  'an',
  'the',
  'every',
  'many',
  'zero',
  'or',
  'more',
  'multiple'
]);

/** Decides a relationship's kind from its words or notation (`one-to-many`, `has_many`, `1:N`). */
export const RELATIONSHIP_KIND_NOTATIONS: [string, string[]][] = [
  ['N:M', ['many[- ]to[- ]many', '\\bN:M\\b', '\\bM:N\\b', '\\*:\\*']],
  ['1:N', ['one[- ]to[- ]many', 'has[ _]?many', '\\b1:N\\b', '\\b1:\\*']],
  ['N:1', ['many[- ]to[- ]one', 'belongs[ _]?to', '\\bN:1\\b', '\\*:1\\b']],
  ['1:1', ['one[- ]to[- ]one', 'has[ _]?one', '\\b1:1\\b']]
];
export const RELATIONSHIP_KINDS: [RegExp, string][] = RELATIONSHIP_KIND_NOTATIONS.map(
  ([kind, notations]) => [
    pattern(`data-model-relationship-kind-${kind}`, notations.join('|'), 'i'),
    kind
  ]
);

/** Decides, between two entities, that the second is on the many side: "One Shelf holds many Jars". */
export const MANY_WORDS = ['many', 'multiple'];

/** Decides that a Mermaid block draws an entity-relationship diagram. */
export const MERMAID_ER_DIAGRAM = pattern(
  'data-model-mermaid-er-diagram',
  '^\\s{0,8}erDiagram',
  'm'
);
