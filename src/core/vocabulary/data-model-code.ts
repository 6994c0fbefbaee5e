/**
 * What the data-model reader knows about code that declares an entity's fields: SQL tables, type
 * aliases, the modifiers before a field's name, ORM columns, and lines of a body that hold no field.
 * The keywords that open a declaration, shared with the contracts, are in ./code.ts.
 */
import { alternation, leadingWordPattern, pattern } from './build.js';

/** TypeScript's `type Crop = Carrot | Leek`: a type that has no body. */
export const TYPE_ALIAS = pattern(
  'code-type-alias',
  `^(?:export\\s{1,4})?type\\s{1,4}(\\p{Lu}[\\p{L}\\p{N}_]{0,80})\\s{0,4}(?:<[^>]{0,80}>)?\\s{0,4}=\\s{0,4}[^{\\s]`,
  'u'
);
/** SQL's `CREATE TABLE IF NOT EXISTS shelves (`. */
export const CREATE_TABLE = pattern(
  'code-create-table',
  `^create\\s{1,4}table\\s{1,4}(?:if\\s{1,4}not\\s{1,4}exists\\s{1,4})?["\`[]?([\\w.]{1,80})`,
  'i'
);

/** Decides which words before a field's name are modifiers: `private readonly`, `val`, `repeated`. */
export const FIELD_MODIFIERS = [
  'public',
  'private',
  'protected',
  'internal',
  'readonly',
  'required',
  'static',
  'virtual',
  'override',
  'final',
  'val',
  'var',
  'let',
  'const',
  'pub(?:\\([a-z]{1,10}\\))?',
  'optional',
  'repeated',
  'lateinit',
  'open',
  'mut',
  'export',
  'declare'
];
export const FIELD_MODIFIER = pattern(
  'code-field-modifier',
  `^${alternation(FIELD_MODIFIERS, true)}\\s`
);

/** Decides that a line of a type's body holds no field: it starts with one of these keywords. */
export const NOT_FIELD_KEYWORDS = [
  'return',
  'fn',
  'def',
  'func',
  'function',
  'import',
  'package',
  'use',
  'case'
];
export const NOT_FIELD_LINE = pattern(
  'code-not-field-line',
  `^(?:[@#[{}()*/]|${NOT_FIELD_KEYWORDS.map(word => `${word}\\b`).join('|')})`
);

/** ORM calls that declare a column, whose first argument is its type: `name = Column(String)`. */
export const ORM_COLUMN_CALLS = [
  'Column',
  'Field',
  'models\\.\\w{1,40}',
  'mapped_column',
  'relationship'
];
export const ORM_COLUMN = pattern(
  'code-orm-column',
  `^=\\s{0,3}${alternation(ORM_COLUMN_CALLS, true)}\\(`
);

/** Words that read like a type before a name but open something else: `return total`, `new Jar`. */
export const NOT_FIELD_TYPES = new Set([
  'class',
  'interface',
  'struct',
  'enum',
  'record',
  'new',
  'return',
  'var',
  'await'
]);

/** Decides that a line of `CREATE TABLE` is a constraint, not a column. */
export const SQL_NOT_COLUMN_WORDS = [
  'primary',
  'foreign',
  'constraint',
  'unique',
  'check',
  'index',
  'key',
  'partition',
  'exclude'
];
export const SQL_NOT_COLUMN = leadingWordPattern('code-sql-not-column', SQL_NOT_COLUMN_WORDS, 'i');

/** Where a field's type after its colon ends: at a default value or a comment, `count: number = 0`. */
export const CODE_TYPE_ENDS = [' =', ' //', ' #'];
