/**
 * What the product knows about how a contract says an API is someone else's: sections and
 * labels over the endpoints a feature only calls, the sentences in which a contract says it
 * exposes no new API, and the sections where it sums itself up or lists its pages.
 */
import { alternation, leadingWordPattern, pattern, wholeWordPattern } from './build.js';

/**
 * Decides which section titles hold someone else's API ("Billing REST Endpoints Used",
 * "Required Capabilities"): matched as whole words anywhere in the title (pattern sources).
 */
export const CONSUMED_SECTION_WORDS = [
  'used',
  'consumed',
  'consumes',
  'external',
  'third[- ]party',
  'upstream',
  'existing',
  'dependencies',
  'depends on',
  'required capabilities',
  'api calls',
  'calls to',
  'outbound'
];
/** … or as the title's first word. */
export const CONSUMED_SECTION_OPENINGS = ['calls'];

/** Decides which of those titles still hold our endpoints: those "used by" a client … */
export const OWN_SECTION_PHRASES = ['used by'];
/** … and "Existing endpoints (modified)", "Extended routes": stems matched at a word's start. */
export const OWN_SECTION_STEMS = ['modif', 'extend', 'chang', 'updat'];

export const CONSUMED_SECTION = pattern(
  'contract-consumed-section',
  `\\b${alternation(CONSUMED_SECTION_WORDS, true)}\\b|^${alternation(CONSUMED_SECTION_OPENINGS)}\\b`,
  'i'
);
export const OWN_SECTION = pattern(
  'contract-own-section',
  `\\b${alternation(OWN_SECTION_PHRASES)}\\b|\\b${alternation(OWN_SECTION_STEMS)}`,
  'i'
);

/** Decides which labels before a list of endpoints mark them as called: "**API calls**:" (pattern sources). */
export const CONSUMED_LABELS = [
  'api calls',
  'calls',
  'consumes',
  'consumed apis?',
  'uses(?: existing)?(?: apis?| endpoints?)?',
  'required capabilities',
  'dependencies',
  'depends on',
  'external apis?',
  'upstream apis?'
];

export const CONSUMED_LABEL = pattern(
  'contract-consumed-label',
  `^${alternation(CONSUMED_LABELS, true)}\\s{0,2}:\\s{0,2}`,
  'i'
);

/** The nouns of "no new APIs" (pattern sources). */
export const API_NOUNS = ['apis?', 'endpoints?'];
/** Decides which verbs say a contract brings something: "exposes no new APIs". */
export const EXPOSING_VERBS = ['exposes', 'introduces', 'adds', 'defines', 'provides', 'creates'];
/** "No new endpoints are added": the verbs and their participles. */
export const BEING_WORDS = ['are', 'is', 'will be'];
export const ADDED_WORDS = ['added', 'introduced', 'exposed', 'created', 'needed', 'required'];
/** "Does not expose any new APIs". */
export const NEGATED_EXPOSING_VERBS = ['expose', 'add', 'introduce'];

/** "This feature exposes no new APIs": every endpoint it lists is someone else's. */
export const NO_NEW_APIS = pattern(
  'contract-no-new-apis',
  `\\b${alternation(EXPOSING_VERBS)}\\s{1,3}no\\s{1,3}new(?:\\s{1,3}[\\w-]{1,20}){0,2}?\\s{1,3}${alternation(API_NOUNS, true)}\\b` +
    `|\\bno new (?:[\\w-]{1,20} ){0,2}${alternation(API_NOUNS, true)} ${alternation(BEING_WORDS)} ${alternation(ADDED_WORDS)}\\b` +
    `|\\bdoes(?: not|n't) ${alternation(NEGATED_EXPOSING_VERBS)} any (?:new )?(?:[\\w-]{1,20} )?${alternation(API_NOUNS, true)}\\b`,
  'i'
);

/** Decides which sections sum a contract up, where "no new APIs" counts (matched at the title's start). */
export const SUMMARY_SECTIONS = ['overview', 'summary', 'purpose', 'scope', 'introduction'];

export const SUMMARY_SECTION = leadingWordPattern(
  'contract-summary-section',
  SUMMARY_SECTIONS,
  'i'
);

/** Decides which sections list the pages a feature serves even when it "exposes no new APIs" (pattern sources). */
export const PAGE_SECTION_WORDS = ['pages?', 'screens?', 'ui routes?'];

export const PAGE_SECTION = wholeWordPattern(
  'contract-page-section',
  PAGE_SECTION_WORDS,
  'i',
  true
);
