/**
 * What the product knows about how people write the design documents: the section titles and
 * labels of plan.md, spec.md and research.md, the markers of an unfilled template, and the fence
 * languages that only ever show examples. Quickstart words are in ./documents-quickstart.ts,
 * directory-tree words in ./documents-tree.ts.
 */
import {
  alternation,
  anywherePattern,
  escapePattern,
  leadingPattern,
  leadingWordPattern,
  pattern,
  wholeWords
} from './build.js';

// ---------------------------------------------------------------------------------------------
// Any markdown document

/**
 * Decides which fenced blocks only show examples (data, shell sessions, markup, diagrams) and so
 * never declare a type or an operation.
 */
export const EXAMPLE_LANGUAGES: ReadonlySet<string> = new Set([
  'json',
  'jsonc',
  'json5',
  'bash',
  'sh',
  'shell',
  'console',
  'powershell',
  'http',
  'mermaid',
  'toml',
  'ini',
  'env',
  'dotenv',
  'csv',
  'diff',
  'xml',
  'html',
  'dockerfile'
]);

/** The offset JSON.parse names in its message (`… at position 42`), so a finding points at the line. */
export const JSON_ERROR_POSITION = pattern('json-error-position', 'at position (\\d+)');

// ---------------------------------------------------------------------------------------------
// plan.md

/** Decides which Technical Context values are unfilled: any holding one of these (compared in capitals). */
export const PLACEHOLDER_MARKERS = ['NEEDS CLARIFICATION'];

/** Decides which section draws the source tree: one whose title holds one of these … */
export const STRUCTURE_SECTION_TITLES = ['project structure'];
/** … else one whose title starts with one of these. */
export const SOURCE_CODE_SECTION_TITLES = ['source code'];
/** Decides which sub-sections of the structure draw documentation, not source code. */
export const DOCUMENTATION_SECTION_WORDS = ['documentation'];
/** Decides which label introduces the plan's structure decision: `Structure Decision: …`. */
export const STRUCTURE_DECISION_LABELS = ['structure decision'];

export const STRUCTURE_SECTION = anywherePattern(
  'plan-structure-section',
  STRUCTURE_SECTION_TITLES,
  'i'
);
export const SOURCE_CODE_SECTION = leadingWordPattern(
  'plan-source-code-section',
  SOURCE_CODE_SECTION_TITLES,
  'i'
);
export const DOCUMENTATION_SECTION = anywherePattern(
  'plan-documentation-section',
  DOCUMENTATION_SECTION_WORDS,
  'i'
);
export const STRUCTURE_DECISION = pattern(
  'plan-structure-decision',
  `^${alternation(STRUCTURE_DECISION_LABELS)}\\s{0,3}:`,
  'i'
);

/** spec-kit's own folders: a path in them is a design document, never source code. */
export const SPEC_KIT_FOLDERS = ['specs', '.specify'];
/** The folder that holds the feature folders (`specs/001-x/`). */
export const FEATURE_FOLDERS_ROOT = 'specs/';

export const SPEC_KIT_PATH = pattern('plan-spec-kit-path', `^${alternation(SPEC_KIT_FOLDERS)}\\/`);

/** Decides which drawn trees are spec-kit's template left as it was: a tree holding this … */
export const UNFILLED_TREE_MARKER = '[REMOVE IF UNUSED]';
/** … or all of these option labels, which a plan that chose one would have removed. */
export const UNFILLED_TREE_OPTIONS = ['Option 1', 'Option 2'];

/** Decides which path segments are test folders. */
export const TEST_FOLDER_NAMES: ReadonlySet<string> = new Set([
  'tests',
  'test',
  '__tests__',
  'spec',
  'e2e',
  'androidtest',
  'testing',
  'uitests'
]);
/** A segment ending in this is a test folder too (`Shop.Tests`, `apitests`), when longer than it. */
export const TEST_FOLDER_SUFFIX = 'tests';
/** Maven and Gradle's main source set (`src/main/`): below it `test` or `spec` is a package name. */
export const MAIN_SOURCE_SET = ['src', 'main'] as const;

// ---------------------------------------------------------------------------------------------
// spec.md

/** The label spec-kit writes before a spec's title: `Feature Specification: …` (compared in lower case). */
export const SPEC_TITLE_PREFIX = 'feature specification';

/** Decides which headings are user stories: `User Story 2 - …`, `US-3: …` (pattern sources). */
export const STORY_LABELS = ['user\\s{1,3}story\\s{0,3}', 'US-?'];
/** Decides which parenthesised aside of a story heading holds its priority: `(Priority: P1)`. */
export const PRIORITY_WORDS = ['priority'];

export const STORY_HEADING = pattern(
  'spec-story-heading',
  `^${alternation(STORY_LABELS, true)}(\\d{1,3})\\b\\s{0,3}[-—–:.]?\\s{0,3}(.*)$`,
  'i'
);
export const PRIORITY_ASIDE = pattern(
  'spec-priority-aside',
  `${alternation(PRIORITY_WORDS)}|^\\s{0,2}P\\d`,
  'i'
);

/** Decides which section holds the older format's one story, matched at the title's start. */
export const PRIMARY_STORY_SECTIONS = ['primary user stor'];
/** Decides which section holds that story's scenarios, matched anywhere in the title. */
export const ACCEPTANCE_SECTIONS = ['acceptance scenarios'];

/**
 * Decides which sub-sections of the acceptance scenarios group them as stories of their own
 * (`#### Scenario 2: Batch upload lifecycle`), in a spec whose one story is unnumbered.
 */
export const SCENARIO_GROUP_LABELS = ['scenario', 'escenario', 'scénario', 'szenario', 'cenário'];
export const SCENARIO_GROUP = pattern(
  'spec-scenario-group',
  `^${alternation(SCENARIO_GROUP_LABELS)}\\s{1,3}(\\d{1,3})\\s{0,3}[-—–:.]\\s{0,3}(\\S.{0,200})$`,
  'i'
);

export const PRIMARY_STORY_SECTION = leadingPattern(
  'spec-primary-story-section',
  PRIMARY_STORY_SECTIONS,
  'i'
);
export const ACCEPTANCE_SECTION = anywherePattern(
  'spec-acceptance-section',
  ACCEPTANCE_SECTIONS,
  'i'
);

/** The words of an acceptance scenario: a list item with the first and last is one. */
export const SCENARIO_GIVEN = pattern('spec-scenario-given', wholeWords(['given']), 'i');
export const SCENARIO_WHEN = pattern('spec-scenario-when', wholeWords(['when']), 'i');
export const SCENARIO_THEN = pattern('spec-scenario-then', wholeWords(['then']), 'i');
/** A paragraph that opens with it is a scenario written on its own: `**Given** …, **Then** …`. */
export const OPENS_WITH_GIVEN = pattern('spec-opens-with-given', '^given\\b', 'i');

/** Decides which list items are requirements: an ID with one of these prefixes (`FR-001`, `SC-2a`). */
export const REQUIREMENT_PREFIXES = ['FR', 'SC', 'NFR'];

export const REQUIREMENT_ID = pattern(
  'spec-requirement-id',
  `^(${alternation(REQUIREMENT_PREFIXES)}-\\d{1,4}[a-z]?)\\s{0,3}[:.\\-–—]?\\s{0,3}`,
  'i'
);

/** Decides which section lists the spec's key entities, matched at the title's start. */
export const KEY_ENTITIES_SECTIONS = ['key entities'];
/** Decides which label ends the entity list: what follows describes links between them. */
export const RELATIONSHIP_LABELS = ['relationships?'];

export const KEY_ENTITIES_SECTION = leadingPattern(
  'spec-key-entities-section',
  KEY_ENTITIES_SECTIONS,
  'i'
);
export const RELATIONSHIP_LABEL = leadingWordPattern(
  'spec-relationship-label',
  RELATIONSHIP_LABELS,
  'i',
  true
);

// ---------------------------------------------------------------------------------------------
// research.md

/** Decides which labels a research topic answers with, by the label they stand for (compared in lower case). */
export const RESEARCH_LABELS: Record<'decision' | 'rationale', readonly string[]> = {
  decision: ['decision', 'chosen', 'choice'],
  rationale: ['rationale', 'why']
};
/** Any label starting with this lists the alternatives: `Alternatives considered:`. */
export const ALTERNATIVES_LABEL_PREFIX = 'alternatives';

/** The word research headings open with: `Research Topic 2: …`. */
export const RESEARCH_WORD = 'research';
/** Decides which labels a research heading opens with and a decision's title loses: `Topic 2: Paging`. */
export const RESEARCH_TOPIC_WORDS = ['topic', 'task', 'area', 'question'];

const RESEARCH = escapePattern(RESEARCH_WORD);

export const RESEARCH_TITLE_LABEL = pattern(
  'research-title-label',
  `^(?:${RESEARCH}\\s{1,3}${alternation(RESEARCH_TOPIC_WORDS)}\\s{0,3}\\d{0,3}|(?:${RESEARCH}\\s{1,3})?${alternation([...RESEARCH_TOPIC_WORDS, RESEARCH_LABELS.decision[0]!])}\\s{0,3}\\d{1,3})\\s{0,3}[:—–-]\\s{0,3}`,
  'i'
);
