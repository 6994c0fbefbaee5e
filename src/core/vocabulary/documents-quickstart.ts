/**
 * What the product knows about how people title the sections of a quickstart: which headings
 * name a scenario to walk through, and which are set-up, build steps, reference material or
 * developer chores. Lists are keyed by language where a quickstart may be written in another;
 * Korean words stand outside `\b`, which does not see Hangul as word characters.
 */
import { alternation, leadingWordPattern, pattern, wholeWordPattern } from './build.js';

/** Decides which sections are set-up or reference, not scenarios, matched at the title's start (pattern sources). */
export const NOT_SCENARIO_SECTIONS = [
  'prerequisites?',
  'requirements',
  'setup',
  'set up',
  'installation',
  'install',
  'configuration',
  'troubleshooting',
  'overview',
  'introduction',
  'summary',
  'cleanup',
  'clean up',
  'next steps',
  'references?',
  'notes?',
  'see also',
  'environment',
  'success criteria',
  'expected results?',
  'validation checklist',
  'checklist',
  'table of contents',
  'contents',
  'faq',
  'resources',
  'tips'
];

/**
 * Decides which headings, and everything under them, are about building or preparing rather
 * than using the feature ("Database Setup", "Build Steps", "Storage Layer Implementation").
 * Quickstarts written as developer guides are full of them, and none is a scenario to test.
 */
export const PREPARATION_WORDS = {
  en: [
    'setup',
    'set up',
    'installation',
    'install',
    'installing',
    'prerequisites?',
    'troubleshooting',
    'implementation',
    'implementing',
    'cleanup',
    'clean up',
    'next steps',
    'development',
    'dependencies',
    'clone',
    'cloning',
    'bootstrap',
    'build',
    'project structure',
    'directory structure',
    'conventions',
    'commands',
    'tips',
    'debugging',
    'deployment',
    'common issues',
    'known issues',
    'issues & solutions'
  ],
  es: [
    'prerrequisitos',
    'requisitos previos',
    'instalación',
    'instalar',
    'clonar',
    'configurar',
    'levantar',
    'configuración inicial'
  ]
};

/** Decides which units make a parenthesised estimate, which belongs to a build step: "(30 minutes)" (pattern sources). */
export const DURATION_UNITS = ['min', 'mins', 'minutes?', 'h', 'hrs?', 'hours?'];

/** Decides which headings name a scenario themselves. Not "step": "Step 2: Add the Repository" is a build step (pattern sources). */
export const SCENARIO_HEADING_WORDS = {
  en: [
    'scenario',
    'tests?',
    'testing',
    'flows?',
    'journey',
    'walkthrough',
    'use case',
    'example',
    'validate',
    'verify',
    'check'
  ],
  ko: ['시나리오'],
  es: ['escenario']
};

/**
 * Decides which headings are reference material or test data, with everything under them:
 * "Test Data", "Request Format", "Swagger/OpenAPI", a tutorial's "Syntax Basics". They describe
 * what a scenario uses, not a scenario.
 */
export const REFERENCE_TITLES = {
  /** The whole title: "Data", "Sample Fixtures" (pattern sources, after an optional `test ` or `sample `). */
  whole: ['data', 'fixtures?'],
  /** Anywhere as whole words (pattern sources). */
  words: [
    'swagger',
    'openapi',
    'basics',
    'appendix',
    'glossary',
    'cheat ?sheet',
    '(?:recommended|suggested|planned) (?:tests|testing|coverage)',
    'pruebas (?:mínimas )?recomendadas'
  ],
  /** The title's last word. */
  endings: ['format', 'formats', 'reference', 'syntax']
};

/**
 * Decides which headings are developer chores, not the feature at work: "Run Checks", "Running
 * mypy", "npm run build passes" (pattern sources) …
 */
export const CHORE_WORDS = [
  'run(?:ning)? (?:the )?(?:checks|tests|test suite|linters?)',
  'mypy',
  'ruff',
  'eslint',
  'lint(?:ing|ers?)?',
  'type[- ]?check(?:s|ing)?',
  'npm run',
  'build passes'
];
/** … and running a test suite: "Backend Tests", "Manual Testing", these words before `tests` or `testing`. */
export const TEST_SUITE_WORDS = [
  'unit',
  'integration',
  'e2e',
  'end-to-end',
  'backend',
  'frontend',
  'manual',
  'automated',
  'api',
  'ui',
  'contract',
  'smoke',
  'all',
  'the',
  'and',
  'running',
  'run'
];

/**
 * Decides which sections' sub-headings are scenarios even without a number or a scenario word:
 * the checks under "Quick checks" ("Stale badge", "Unplug the reader") (pattern sources).
 */
export const CHECKS_SECTION_WORDS = [
  'failure[- ]paths?',
  'quick ?checks?',
  'edge cases?',
  'error cases?',
  'negative (?:tests|cases|paths)'
];

/** Decides which label makes a heading a scenario by name: "Scenario 5: …", "Test 2a: …" (order kept from the first list). */
export const SCENARIO_LABELS = ['scenario', 'escenario', 'test', '시나리오'];
/** Decides which label a scenario's title loses: `Scenario 2: Reset the counters` → `Reset the counters`. */
export const TITLE_LABELS = [
  'scenario',
  'escenario',
  '시나리오',
  'step',
  'test',
  'flow',
  'use case',
  'example'
];

/**
 * Decides which sections' numbered sub-headings are scenarios: "## Test Scenarios", "## Usage",
 * "## Walkthrough". Not "Examples": those show other tools around the feature (a web server's
 * configuration, a cron job), not the feature at work (pattern sources).
 */
export const SCENARIO_SECTION_WORDS = [
  'scenarios?',
  'validation',
  'verification',
  'tests?',
  'testing',
  'usage',
  'walkthrough',
  'acceptance',
  'user journeys?'
];

/** Decides which section's numbered list is the walkthrough, when no heading names a scenario. */
export const SCENARIO_LIST_SECTION_WORDS = ['scenario', 'validation', 'verification', 'test'];

/** The word that numbers a build step: "Step 3: …". */
export const STEP_WORD = 'step';

export const NOT_SCENARIO_SECTION = leadingWordPattern(
  'quickstart-not-scenario-section',
  NOT_SCENARIO_SECTIONS,
  'i',
  true
);
export const PREPARATION = pattern(
  'quickstart-preparation',
  `\\b${alternation([...PREPARATION_WORDS.en, ...PREPARATION_WORDS.es], true)}\\b`,
  'i'
);
export const DURATION = pattern(
  'quickstart-duration',
  `\\([^)]{0,40}?\\b\\d{1,4}\\s{0,2}${alternation(DURATION_UNITS, true)}\\b`,
  'i'
);
export const SCENARIO_HEADING = pattern(
  'quickstart-scenario-heading',
  `\\b${alternation(SCENARIO_HEADING_WORDS.en, true)}\\b|${[...SCENARIO_HEADING_WORDS.ko, ...SCENARIO_HEADING_WORDS.es].join('|')}`,
  'i'
);
export const REFERENCE = pattern(
  'quickstart-reference',
  `^(?:test |sample )?${alternation(REFERENCE_TITLES.whole, true)}$|\\b${alternation(REFERENCE_TITLES.words, true)}\\b|\\b${alternation(REFERENCE_TITLES.endings)}$`,
  'i'
);
export const CHORE = pattern(
  'quickstart-chore',
  `\\b${alternation(CHORE_WORDS, true)}\\b|^(?:${alternation(TEST_SUITE_WORDS)}\\s+)*(?:tests?|testing)$`,
  'i'
);
export const CHECKS_SECTION = wholeWordPattern(
  'quickstart-checks-section',
  CHECKS_SECTION_WORDS,
  'i',
  true
);
export const SCENARIO_LABEL = pattern(
  'quickstart-scenario-label',
  `^(?:\\d{1,3}[.)]\\s{1,3})?(?:test\\s{1,3})?${alternation(SCENARIO_LABELS)}\\s{0,3}`,
  'i'
);
export const SCENARIO_SECTION = wholeWordPattern(
  'quickstart-scenario-section',
  SCENARIO_SECTION_WORDS,
  'i',
  true
);
export const SCENARIO_LIST_SECTION = pattern(
  'quickstart-scenario-list-section',
  SCENARIO_LIST_SECTION_WORDS.join('|'),
  'i'
);
/** "3. …" or "Step 3 …": a numbered heading. */
export const NUMBERED_HEADING = pattern(
  'quickstart-numbered-heading',
  `^(?:\\d{1,3}[.)]|${STEP_WORD}\\s{0,3}\\d{1,3}\\b)`,
  'i'
);
export const TITLE_LABEL = pattern(
  'quickstart-title-label',
  `^(?:test\\s{1,3})?${alternation(TITLE_LABELS)}\\s{0,3}[\\dA-Z]{0,3}(?:\\.\\d{1,3})?\\s{0,3}[:.\\-–—]\\s{0,3}`,
  'i'
);
