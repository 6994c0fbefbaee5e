/**
 * What the data-model reader knows about the titles of a data model's sections: which discuss the
 * model rather than name a part of it, which describe the entity above them, which group entities,
 * and how a heading names an entity. English and Spanish words, and Korean and Chinese ones where
 * data models have been written in them.
 */
import {
  alternation,
  anywherePattern,
  leadingWordPattern,
  pattern,
  trailingPattern,
  wholeValuePattern,
  wholeWordPattern,
  wholeWords
} from './build.js';
import { FIELD_NOUNS } from './data-model-fields.js';

/** Decides that a title discusses the model ("Overview", "Validation Rules"): no entity, nor below it. */
export const ABOUT_MODEL_WORDS = [
  'overview',
  'summary',
  'purpose',
  'introduction',
  'background',
  'scope',
  'relationships?',
  'relations',
  'relaciones',
  'associations',
  'transitions?',
  'transiciones',
  'lifecycle',
  'life cycle',
  'state machines?',
  'rules',
  'reglas',
  'invariants',
  'constraints',
  'restricciones',
  'conditions',
  'indexes',
  '[ií]ndices',
  'migrations?',
  'examples?',
  'ejemplos?',
  'notes',
  'notas',
  'questions',
  'assumptions',
  'glossary',
  'references',
  'diagram',
  'erd',
  'strategy',
  'considerations',
  'guidelines',
  'conventions',
  'decisions',
  'mappings?',
  'mapeo',
  'taxonomy',
  'delta',
  'diff',
  'changes',
  'enums?',
  'enumerations?',
  'next steps',
  'checklist',
  'why',
  'how',
  // "Logging Configuration per Environment": settings that differ by where the code runs.
  'per environments?',
  'by environments?',
  'for each environment',
  'per stages?',
  'per deployments?'
];
export const ABOUT_MODEL = wholeWordPattern('data-model-about-model', ABOUT_MODEL_WORDS, 'i', true);

/** The same in scripts written without word boundaries: validation, rules, example, state… */
export const ABOUT_MODEL_NON_LATIN_WORDS = [
  '유효성',
  '규칙',
  '예제',
  '예시',
  '매핑',
  '상태',
  '목록',
  '설정 예',
  '验证',
  '规则',
  '示例',
  '映射',
  '状态',
  '关系',
  '관계'
];
export const ABOUT_MODEL_NON_LATIN = anywherePattern(
  'data-model-about-model-non-latin',
  ABOUT_MODEL_NON_LATIN_WORDS,
  'u'
);

/** Decides that a title is about the system around the model ("Storage"), unless it has fields. */
export const ABOUT_SYSTEM_WORDS = [
  'validation',
  'validaci[oó]n',
  'storage',
  'persistence',
  'database',
  'seeding',
  'seed data',
  'default data',
  'quer(?:y|ies)',
  'patterns?',
  'flow',
  'performance',
  'security',
  'testing',
  'tests',
  'scenarios',
  'architecture',
  'implementation',
  'operations',
  'operaciones',
  'efectos',
  'layout',
  'partitioning',
  'retention',
  'repositor(?:y|ies)',
  'services',
  'domain events',
  'resources',
  'layers?',
  'extensions',
  'contracts?',
  'status',
  'dependencies',
  'sync',
  'sql'
];
export const ABOUT_SYSTEM = wholeWordPattern(
  'data-model-about-system',
  ABOUT_SYSTEM_WORDS,
  'i',
  true
);

/** Decides that a sub-section describes the entity above it ("Fields", "Campos", "Primary Key"). */
export const PART_TITLE_WORDS = [
  ...FIELD_NOUNS,
  'schema',
  'structure',
  'definition',
  'shape',
  'keys?',
  'primary key',
  'members',
  'new fields',
  'data',
  'example'
];
export const PART_TITLE = leadingWordPattern('data-model-part-title', PART_TITLE_WORDS, 'i', true);

/** Decides that a section groups entities, which then need no fields ("Core Entities", "Models"). */
export const STRONG_GROUP_WORDS = [
  'entit(?:y|ies)',
  'entidad(?:es)?',
  'models',
  'modelos',
  'domain models?',
  'data models?',
  'types',
  'tables',
  'records',
  'messages',
  'dtos',
  'structs',
  'classes',
  'objects',
  'aggregates?'
];
export const STRONG_GROUP = wholeWordPattern(
  'data-model-strong-group',
  STRONG_GROUP_WORDS,
  'i',
  true
);

/** Decides that a section may group entities written as code (`` `Settings` `` under "Config"). */
export const WEAK_GROUP_WORDS = ['schemas?', 'configurations?', 'config', 'data', 'esquemas?'];
export const WEAK_GROUP = wholeWordPattern('data-model-weak-group', WEAK_GROUP_WORDS, 'i', true);

/** Decides that a title labels an entity (`Entity: Invoice`), and what to cut from its name. */
export const ENTITY_LABEL_WORDS = ['entity', 'entidad', 'entité', 'model', 'table'];
export const ENTITY_LABEL = pattern(
  'data-model-entity-label',
  `^${alternation(ENTITY_LABEL_WORDS)}\\s{0,2}:`,
  'i'
);
export const ENTITY_LABEL_PREFIX = pattern(
  'data-model-entity-label-prefix',
  `^${alternation(ENTITY_LABEL_WORDS)}\\s{0,2}:\\s{0,2}`,
  'i'
);

/** Decides that a heading, or a section above it, holds enumerations, which are never entities. */
export const ENUM_TITLE_WORDS = ['enum', 'enums', 'enumerations?', 'enumeraci[oó]n'];
export const ENUM_TITLE = wholeWordPattern('data-model-enum-title', ENUM_TITLE_WORDS, 'i', true);
/** The same words, every one, to cut from a title that names an enum: `Roast level enum` → `Roast level`. */
export const ENUM_TITLE_WORDS_ALL = wholeWordPattern(
  'data-model-enum-title-words-all',
  ENUM_TITLE_WORDS,
  'gi',
  true
);

/** Decides that a table under an enum's heading lists its values: its first column's header. */
export const ENUM_VALUE_HEADERS = [
  'values?',
  'names?',
  'members?',
  'codes?',
  'valor(?:es)?',
  'case'
];
export const ENUM_VALUE_HEADER = wholeValuePattern(
  'data-model-enum-value-header',
  ENUM_VALUE_HEADERS,
  'i',
  true
);

/** Decides that a heading's note says it is no data type at all: `Health (service)`. */
export const NOT_A_TYPE_WORDS = [
  'service',
  'rpc',
  'endpoint',
  'cli',
  'command',
  'packages?',
  'module'
];
export const NOT_A_TYPE = wholeWordPattern('data-model-not-a-type', NOT_A_TYPE_WORDS, 'i', true);

/** Decides that a heading lists several types ("Supporting Types"): an entity per type its code declares. */
export const TYPES_TITLE_WORDS = [
  'interfaces',
  'types',
  'schemas',
  'structs',
  'classes',
  'messages',
  'records',
  'dtos',
  'models'
];
export const TYPES_TITLE = wholeWordPattern('data-model-types-title', TYPES_TITLE_WORDS, 'i', true);

/** Decides how a title lists several type names ("SowRequest / SowResponse", "`Plot` and `Bed`"). */
export const TYPE_NAME_JOINERS = ['and'];
export const TYPE_NAME_SEPARATOR = pattern(
  'data-model-type-name-separator',
  `\\s{0,3}(?:[/,&+]|${wholeWords(TYPE_NAME_JOINERS)})\\s{0,3}`
);

/** Decides that a section lists entities as bullets: "Entities", "Key Entities". */
export const ENTITY_LIST_QUALIFIERS = ['core', 'domain', 'key'];
export const ENTITY_LIST_NOUNS = ['entities', 'entidades', 'models'];
export const ENTITY_LIST_TITLE = pattern(
  'data-model-entity-list-title',
  `^(?:${alternation(ENTITY_LIST_QUALIFIERS)} )?${alternation(ENTITY_LIST_NOUNS)}$`,
  'i'
);

/** Decides that a table lists entities, one a row: its first column's header (`| Message | Fields |`). */
export const ENTITY_COLUMN_WORDS = [
  'entit(?:y|ies)',
  'entidad(?:es)?',
  'messages?',
  'types?',
  'models?',
  'dtos?',
  'records?',
  'tables?'
];
export const ENTITY_COLUMN = wholeValuePattern(
  'data-model-entity-column',
  ENTITY_COLUMN_WORDS,
  'i',
  true
);

/** Words before an entity's name that say what is done to it, not its name: `New Invoice`. */
export const NAME_CHANGE_PREFIXES = ['extended', 'new', 'modified', 'updated'];
export const NAME_CHANGE_PREFIX = pattern(
  'data-model-name-change-prefix',
  `^${alternation(NAME_CHANGE_PREFIXES)}\\s{1,3}`,
  'i'
);

/** Decides that a last word labels the heading as an entity: `## Invoice Entity`. */
export const ENTITY_SUFFIX_WORDS = ['entity', 'entidad'];
export const ENTITY_SUFFIX = wholeValuePattern(
  'data-model-entity-suffix',
  ENTITY_SUFFIX_WORDS,
  'i'
);

/** Trailing words that say what kind of thing a name is: `Shelf schema version 2`, `Jar entity definition`, `Node hierarchy` → the name before them. */
export const NAME_KIND_WORDS = new Set([
  'entity',
  'entidad',
  'model',
  'modelo',
  'schema',
  'version',
  'embedded',
  'document',
  'collection',
  'definition',
  'definitions',
  'specification',
  'hierarchy'
]);

/** Decides that a title of three words or more describes, not names: "Full Schema with Indexes". */
export const DESCRIPTION_FUNCTION_WORDS = new Set([
  'with',
  'for',
  'via',
  'from',
  'of',
  'and',
  'to',
  'in',
  'by',
  'on'
]);

/** Where a heading's name ends: `Invoice (new)`, `Invoice — billed monthly`, `Page<T>`. */
export const NAME_ENDS = [' (', '(', ' —', ' – ', ' - ', ':', '<'];

/** English plurals that drop `es` (`boxes` → `box`), and endings whose `s` is no plural (`status`). */
export const PLURAL_ES_ENDINGS = ['ses', 'xes', 'ches', 'shes'];
export const PLURAL_ES = trailingPattern('data-model-plural-es', PLURAL_ES_ENDINGS);
export const SINGULAR_S_ENDINGS = ['ss', 'us', 'is'];
export const SINGULAR_S = trailingPattern('data-model-singular-s', SINGULAR_S_ENDINGS);
