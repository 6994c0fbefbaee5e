/**
 * What the data-model reader knows about the other names an entity's section gives it: the
 * phrases that name the code implementing it or the file storing it, and type names too common to
 * name any entity in particular.
 */
import { alternation, pattern, wholeWords } from './build.js';

/** Decides that the code span after it names the type implementing the entity: "Backed by `ShelfRow`". */
export const ANCHOR_PHRASES = [
  'anchor',
  'implemented (?:by|as|in)',
  'implementation class',
  'maps? to',
  'mapped to',
  'backed by',
  'represented by',
  'stored as',
  'lives in'
];
export const ANCHOR = pattern('data-model-anchor', wholeWords(ANCHOR_PHRASES, true), 'i');

/** Decides that the file name after it is where the entity is stored: "Stored in `pantry.toml`"… */
export const STORAGE_PHRASES = [
  'stored (?:in|at|as|to)',
  'persisted (?:in|at|as|to)',
  'saved (?:in|at|to|as)',
  'written (?:to|at|as)',
  'lives in'
];
/** …or that a label says so: "**Storage**: `<dir>/jars.json`". */
export const STORAGE_LABELS = ['storage', 'file'];
export const STORAGE = pattern(
  'data-model-storage',
  `${wholeWords(STORAGE_PHRASES, true)}|\\b${alternation(STORAGE_LABELS)}\\s{0,2}:`,
  'i'
);

/** Type names so common that a task naming one names no entity in particular. */
export const GENERIC_TYPE_NAMES = new Set([
  'error',
  'result',
  'status',
  'state',
  'type',
  'data',
  'value',
  'config',
  'options',
  'request',
  'response',
  'event',
  'message',
  'item',
  'entry',
  'node',
  'record'
]);
