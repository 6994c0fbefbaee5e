/**
 * What the data-model reader knows about how an entity's fields are written: the labels of a
 * section's parts, the labels and table headers of field lists, and the words that are types.
 */
import {
  alternation,
  leadingWordPattern,
  pattern,
  wholeValuePattern,
  wholeWordPattern
} from './build.js';

/** Decides that a list of "**Label**: …" items describes one entity rather than lists its fields. */
export const PART_LABEL_WORDS = [
  'fields?',
  'primary fields',
  'derived fields',
  'new fields',
  'campos',
  'attributes?',
  'properties',
  'purpose',
  'description',
  'validation',
  'validation rules',
  'relationships?',
  'relations',
  'state transitions?',
  'states?',
  'lifecycle',
  'notes?',
  'identity',
  'metadata',
  'indexes',
  'existing',
  'new',
  'operations',
  'derived',
  'definition',
  'structure',
  'constraints',
  'business rules'
];
export const PART_LABEL = leadingWordPattern('data-model-part-label', PART_LABEL_WORDS, 'i', true);

/** The nouns for an entity's fields, in a part's label and in a sub-section's title. */
export const FIELD_NOUNS = [
  'fields?',
  'campos',
  'attributes?',
  'atributos',
  'properties',
  'propiedades',
  'columns'
];

/** Decides that a labelled part holds fields ("**Fields**:", "Atributos:")… */
export const FIELD_LABEL_WORDS = [
  ...FIELD_NOUNS,
  'definition',
  'structure',
  'schema',
  'shape',
  'members',
  'props',
  'new'
];
export const FIELD_LABEL = wholeWordPattern('data-model-field-label', FIELD_LABEL_WORDS, 'i', true);
/** …unless its label says otherwise ("Existing fields", "Validation rules", "Index columns"). */
export const NOT_FIELD_LABEL_WORDS = [
  'existing',
  'unchanged',
  'validation',
  'rules',
  'index',
  'indexes',
  'relationships?',
  'relations',
  'states?',
  'transitions?',
  'lifecycle',
  'notes?',
  'examples?',
  'constraints',
  'usage',
  'mapping',
  'operations',
  'events',
  'services',
  'invariants',
  'thresholds',
  'purpose',
  'description'
];
export const NOT_FIELD_LABEL = wholeWordPattern(
  'data-model-not-field-label',
  NOT_FIELD_LABEL_WORDS,
  'i',
  true
);

/** Decides that a table lists fields: its first column's header names them ("Field", "Column", "Campo"). */
export const NAME_HEADER_WORDS = [
  'field',
  'fields',
  'field name',
  'attribute',
  'attributes',
  'column',
  'columns',
  'name',
  'property',
  'properties',
  'campo',
  'key',
  'member',
  'parameter',
  'param',
  '属性',
  '字段',
  '필드',
  '속성'
];
export const NAME_HEADER = leadingWordPattern('data-model-name-header', NAME_HEADER_WORDS, 'i');
/** Decides which column of a field table holds the type. */
export const TYPE_HEADER_WORDS = ['type', 'data type', 'tipo', 'kind', '타입', '类型'];
export const TYPE_HEADER = leadingWordPattern('data-model-type-header', TYPE_HEADER_WORDS, 'i');
/** Decides which column of a field table describes the field. */
export const DESCRIPTION_HEADER_WORDS = [
  'desc',
  'description',
  'notes?',
  'meaning',
  'purpose',
  'rules?',
  'constraints?',
  'details?',
  'comment',
  'validation',
  'descripci[oó]n',
  '설명',
  '说明'
];
export const DESCRIPTION_HEADER = wholeWordPattern(
  'data-model-description-header',
  DESCRIPTION_HEADER_WORDS,
  'i',
  true
);

/** Words allowed between the code spans of a line that lists several fields: `` `a`, `b` and `c` ``. */
export const FIELD_LIST_CONJUNCTIONS = ['and', 'or', 'y'];
export const FIELD_NAMES_ONLY_GAP = pattern(
  'data-model-field-names-only-gap',
  `^[\\s,;]*(?:${alternation(FIELD_LIST_CONJUNCTIONS)}[\\s,;]*)?$`
);

/**
 * Decides that a "field" is the name of an environment: a list or table keyed by them
 * (`- **Development**: level DEBUG`, `- **Production**: level WARN`) holds settings per
 * environment, not the fields of an entity.
 */
export const ENVIRONMENT_NAMES = [
  'development',
  'dev',
  'staging',
  'stage',
  'production',
  'prod',
  'test',
  'testing',
  'local',
  'qa',
  'uat',
  'preview',
  'sandbox',
  'ci'
];
export const ENVIRONMENT_NAME = wholeValuePattern(
  'data-model-environment-name',
  ENVIRONMENT_NAMES,
  'i'
);

/** Decides which column of a table of entities holds each one's fields. */
export const FIELDS_COLUMN_WORDS = ['fields', 'attributes', 'properties', 'members', 'campos'];
export const FIELDS_COLUMN = wholeValuePattern(
  'data-model-fields-column',
  FIELDS_COLUMN_WORDS,
  'i'
);

/** Decides what stands between several field names on one line: `roundId, memberId`, `lat and lng`. */
export const FIELD_NAME_SEPARATOR = pattern(
  'data-model-field-name-separator',
  `^(?:\\s{0,2},\\s{0,2}(?:${alternation(FIELD_LIST_CONJUNCTIONS)}\\s{1,2})?|\\s{1,2}${alternation(FIELD_LIST_CONJUNCTIONS)}\\s{1,2})`
);

/** Decides that a word in parentheses is a field's type: `Page title (string)`. */
export const PRIMITIVE_TYPES = [
  'string',
  'str',
  'text',
  'int',
  'integer',
  'long',
  'short',
  'number',
  'float',
  'double',
  'decimal',
  'bool',
  'boolean',
  'date',
  'datetime',
  'timestamp',
  'uuid',
  'guid',
  'json',
  'object',
  'array',
  'list',
  'map',
  'bytes',
  'enum',
  'char',
  'varchar',
  'any'
];
export const PRIMITIVE = leadingWordPattern('data-model-primitive', PRIMITIVE_TYPES, 'i');

/** Decides that what opens a field's parentheses is a note, not a type: `(optional)`, `(e.g. 3)`. */
export const NOT_TYPE_WORDS = ['optional', 'required', 'nullable', 'e.g', 'i.e', 'see', 'default'];
export const NOT_TYPE = leadingWordPattern('data-model-not-type', NOT_TYPE_WORDS, 'i');

/** Where the type after a field's colon ends and its description begins: `: UUID (primary key)`. */
export const FIELD_TYPE_ENDS = [' (', ' - ', ' — ', ' – ', ', ', '; ', '. '];
