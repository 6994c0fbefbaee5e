/**
 * What the product knows about the notes and lists that mark a plan's files as its own: the
 * markers beside a file that say it is new, changed or left alone, the verbs that make a note an
 * instruction, and the headings of prose lists of files.
 */
import { alternation, pattern, wholeWordPattern, wholeWords } from './build.js';
// ---------------------------------------------------------------------------------------------
// Markers at the start of a note beside a file or folder

/** What may stand between a marker and the rest of its note: `NEW: …`, `(new) …`, `ADDED — …`. */
const MARKER_TAIL = '[\\s:—–,)-]{0,4}';

/**
 * The two patterns of one marker at a note's start, each taking the marker's tail: its words in
 * capitals that no letter, digit or dash goes on from (`NEW`, not `NEWS`), and its words in any
 * case (pattern sources both).
 */
function markerPatterns(
  name: string,
  capitals: readonly string[],
  anyCase: readonly string[]
): { capitals: RegExp; anyCase: RegExp } {
  return {
    capitals: pattern(
      `${name}-capitals`,
      `^${alternation(capitals, true)}(?![\\p{L}\\p{N}_-])${MARKER_TAIL}`,
      'u'
    ),
    anyCase: pattern(name, `^${alternation(anyCase, true)}${MARKER_TAIL}`, 'iu')
  };
}

/**
 * Decides that a note in capitals starts by saying the path is new: `NEW: token bucket`,
 * `NEW Owner quotas tab`, `ADDED` (pattern sources, the first word).
 */
export const NEW_MARKERS_IN_CAPITALS = ['NEW', 'ADDED', 'CREATED?', 'CREATE'];

/**
 * Decides that a note in any case says the path is new when the word stands alone or before a
 * colon: `(new)`, `new: parser`, `new file`, `to add`; and the same in other scripts and
 * languages (pattern sources).
 */
export const NEW_MARKERS_ANY_CASE = [
  'new file',
  'new(?=\\s{0,3}(?:$|[:—–,)]))',
  'added(?=\\s{0,3}(?:$|[:—–,)]))',
  'to add',
  'to be added',
  'to create',
  'nuevo',
  'nueva',
  '신규',
  '새로 추가',
  '新增',
  '新建'
];

export const { capitals: NEW_MARKER_IN_CAPITALS, anyCase: NEW_MARKER } = markerPatterns(
  'planned-new-marker',
  NEW_MARKERS_IN_CAPITALS,
  NEW_MARKERS_ANY_CASE
);

/**
 * Decides that a note says the (existing) path is changed: `MODIFY: add nav shell`, `MODIFIED:
 * use DTOs`, `update to call the new client`, `extended for monorepo` (pattern sources, the
 * first word; capitals, or lower case before a colon or `to`).
 */
export const MODIFIED_MARKERS_IN_CAPITALS = [
  'MODIFY',
  'MODIFIED',
  'MODIFIES',
  'UPDATE',
  'UPDATED',
  'UPDATES',
  'CHANGE',
  'CHANGED',
  'EXTEND',
  'EXTENDED',
  'EDIT',
  'EDITED'
];

export const MODIFIED_MARKERS_ANY_CASE = [
  '(?:modif(?:y|ied)|update[ds]?|changed?|extended|edited)(?=\\s{0,3}(?:$|[:—–,)]|to\\s))',
  '수정',
  '변경',
  '修改',
  'modificad[oa]'
];

export const { capitals: MODIFIED_MARKER_IN_CAPITALS, anyCase: MODIFIED_MARKER } = markerPatterns(
  'planned-modified-marker',
  MODIFIED_MARKERS_IN_CAPITALS,
  MODIFIED_MARKERS_ANY_CASE
);

/**
 * Decides that a note says the path exists already and is only shown (anywhere in the note):
 * `EXISTS`, `(existing)`, `Reused from 004`, `already present`, `from spec 004`, `기존` (pattern
 * sources, whole words, any case).
 */
export const EXISTING_WORDS = [
  'exists?',
  'existing',
  'already (?:present|exists|there|in place|implemented)',
  'reused?',
  'reuses',
  'kept as is',
  'existente'
];

/** The same in scripts without word boundaries: Korean "existing", Chinese "existing" (pattern sources). */
export const EXISTING_PHRASES = ['기존', '已有', '现有'];

export const EXISTING_NOTE = pattern(
  'planned-existing-note',
  `${wholeWords(EXISTING_WORDS, true)}|${alternation(EXISTING_PHRASES, true)}`,
  'i'
);

/**
 * Decides that a note says the path belongs to another feature's spec: `from 004`, `Spec 004's`,
 * `(feature 012)` (pattern sources, whole words, any case).
 */
export const OTHER_SPEC_WORDS = [
  '(?:from|per|see) (?:spec |feature )?#?\\d{3}',
  '(?:spec|feature) #?\\d{3}',
  "\\d{3}'s"
];

export const OTHER_SPEC_NOTE = wholeWordPattern(
  'planned-other-spec-note',
  OTHER_SPEC_WORDS,
  'i',
  true
);

/**
 * Decides that a note on an existing path still says the feature changes it: `EXISTS: settings
 * landing (add sidebar nav)`, `Existing — extended for monorepo` (whole words, any case).
 */
export const CHANGE_WORDS = [
  'add',
  'adds',
  'adding',
  'extend',
  'extends',
  'extended',
  'polish',
  'update',
  'updated',
  'modify',
  'modified',
  'wire',
  'wired',
  'change',
  'changes',
  'changed',
  'adjust',
  'refactor',
  'replace',
  'fix',
  'rename',
  'remove',
  'migrate',
  'register',
  'hook'
];

export const CHANGE_WORD = wholeWordPattern('planned-change-word', CHANGE_WORDS, 'i');

/**
 * Decides which first words of a note make it a sentence about what to do (`absorb owner caps`,
 * `gate dial behind the limiter`), so the task reads "Update … to absorb …" rather than
 * "Update absorb …" (lower case, whole first word).
 */
export const NOTE_VERBS: ReadonlySet<string> = new Set([
  'absorb',
  'accept',
  'add',
  'aggregate',
  'apply',
  'build',
  'call',
  'check',
  'collect',
  'compute',
  'configure',
  'convert',
  'create',
  'define',
  'delegate',
  'detect',
  'emit',
  'enforce',
  'expose',
  'extend',
  'fetch',
  'forward',
  'gate',
  'generate',
  'handle',
  'implement',
  'invoke',
  'load',
  'log',
  'map',
  'parse',
  'persist',
  'poll',
  'push',
  'read',
  'record',
  'register',
  'remember',
  'render',
  'report',
  'return',
  'route',
  'run',
  'send',
  'serve',
  'show',
  'store',
  'stream',
  'capture',
  'mirror',
  'cover',
  'describe',
  'track',
  'translate',
  'use',
  'validate',
  'wire',
  'wrap',
  'write'
]);

// ---------------------------------------------------------------------------------------------
// Prose lists of the files a plan creates or changes

/**
 * Decides which headings or bold labels introduce a list of files the feature creates (pattern
 * sources, any case): "Files to create", "New files".
 */
export const NEW_FILE_LIST_TITLES = [
  'files? to (?:create|add)',
  'new (?:source )?files?',
  'files? (?:created|added)',
  'created files?',
  'added files?'
];

/** Decides which headings or bold labels introduce a list of files the feature changes. */
export const MODIFIED_FILE_LIST_TITLES = [
  'files? to (?:modify|change|update|edit)',
  '(?:modified|changed|updated|edited) files?',
  'files? (?:modified|changed|updated|edited)'
];

/** Decides which headings or labels introduce a list of files created and changed alike. */
export const MIXED_FILE_LIST_TITLES = [
  'files? to (?:create|add) (?:or|and|/) (?:modify|change|update)',
  'files? (?:touched|affected|changed by this feature)',
  'affected files?',
  'file changes'
];

export const NEW_FILE_LIST = pattern(
  'planned-new-file-list',
  `^${alternation(NEW_FILE_LIST_TITLES, true)}\\s{0,3}:?$`,
  'i'
);

export const MODIFIED_FILE_LIST = pattern(
  'planned-modified-file-list',
  `^${alternation(MODIFIED_FILE_LIST_TITLES, true)}\\s{0,3}:?$`,
  'i'
);

export const MIXED_FILE_LIST = pattern(
  'planned-mixed-file-list',
  `^${alternation(MIXED_FILE_LIST_TITLES, true)}\\s{0,3}:?$`,
  'i'
);
