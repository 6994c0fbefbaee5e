/**
 * What the checker knows about tests: the words that make a task a test, the folders and file
 * names of tests, what a test's name says it tests, and which tests come after the code by nature.
 */
import {
  alternation,
  anywherePattern,
  leadingPattern,
  pattern,
  trailingPattern,
  wholeWords
} from './build.js';

/** Words that make a task a test when one of its first four words: "Contract test for …", "E2E: …". */
export const LEADING_TEST_WORDS = ['test', 'tests', 'testing', 'spec', 'specs', 'e2e'];

/**
 * Words that make a task about tests anywhere in its prose (as whole words). Not "spec": in a
 * spec-kit repository it names the design documents ("update the spec-kit templates"), and inside
 * a path (`org/acme/spec/`) it is a package, not a test.
 */
export const TEST_WORDS = ['test', 'tests', 'testing', 'e2e'];

/** What every test word above holds, so a task without any is settled with one scan. */
export const TEST_WORD_STEMS = ['test', 'e2e'];

export const TEST_WORD_ANYWHERE = anywherePattern(
  'check-test-words.test-word-anywhere',
  TEST_WORD_STEMS,
  'i'
);

/** How an identifier names a test: `test_voucher_flow`, `TestVoucher` (start, any case). */
export const TEST_IDENTIFIER_PREFIXES = ['test'];

/** … `VoucherServiceTest`, `VoucherTests`, `VoucherSpec`, `VoucherIT` (end, as written). */
export const TEST_IDENTIFIER_SUFFIXES = ['Tests', 'Test', 'Spec', 'IT'];

/** … `voucher_test`, `voucher_spec` (end, after an underscore, any case). */
export const SNAKE_TEST_SUFFIXES = ['test', 'spec'];

export const TEST_IDENTIFIER_START = leadingPattern(
  'check-test-words.test-identifier-start',
  TEST_IDENTIFIER_PREFIXES,
  'i'
);

export const TEST_IDENTIFIER_END = trailingPattern(
  'check-test-words.test-identifier-end',
  TEST_IDENTIFIER_SUFFIXES
);

export const SNAKE_TEST_IDENTIFIER_END = pattern(
  'check-test-words.snake-test-identifier-end',
  `_${alternation(SNAKE_TEST_SUFFIXES)}$`,
  'i'
);

/** Folders anywhere in a path that hold tests (compared in lower case). */
export const TEST_FOLDERS = ['test', 'tests', '__tests__', 'e2e', 'androidtest'];

/**
 * Folders that hold tests only as a path's first or second segment: Ruby's `spec/`. Deep in a
 * Java package (`org/acme/spec/`) it is not a test folder, and `specs/` holds the design documents.
 */
export const TOP_TEST_FOLDERS = ['spec'];

/** How a test file's name starts, the rest naming what it tests: `test_voucher.py` tests `voucher`. */
export const TEST_FILE_PREFIXES = ['test_'];

/** How a test file's stem ends, the rest naming what it tests: `voucher_test.go` tests `voucher`. */
export const TEST_FILE_SUFFIXES = ['_test'];

/** The word a test file's name carries before its extension: `voucher.test.ts`, `voucher_spec.rb`. */
export const TEST_FILE_MARKERS = ['test', 'spec'];

/** The same word that ends a test file's name, without a separator: `VoucherTests.cs`. */
export const TEST_FILE_ENDINGS = ['test'];

export const TEST_FILE_MARKER = pattern(
  'check-test-words.test-file-marker',
  `[._]${alternation(TEST_FILE_MARKERS)}s?\\.[a-z]+$`
);

export const TEST_FILE_ENDING = pattern(
  'check-test-words.test-file-ending',
  `${alternation(TEST_FILE_ENDINGS)}s?\\.[a-z]+$`
);

/** `.test.` or `.spec.` right after a file's stem: `voucher.test.ts` tests `voucher`. */
export const TEST_FILE_INFIX = pattern(
  'check-test-words.test-file-infix',
  `^\\.${alternation(TEST_FILE_MARKERS)}\\.`
);

/** Suffixes of a test's name that leave the name of what it tests, longest first. */
export const TEST_NAME_SUFFIXES = [
  'IntegrationTests',
  'IntegrationTest',
  'Tests',
  'Test',
  'Spec',
  'IT'
];

/** Words that name a kind of test, not the code under test: `IntegrationTest` tests no unit. */
export const TEST_KINDS = new Set([
  'integration',
  'contract',
  'acceptance',
  'component',
  'system',
  'functional',
  'performance',
  'regression',
  'smoke',
  'endtoend',
  'snapshot',
  'security',
  'visual',
  'stress'
]);

/**
 * Tests that come after the code by nature, so TDD order does not apply: manual checks and runs,
 * and changes to tests that exist already (a refactor of them after a constructor changed), by
 * their first word; fixtures and test doubles (anywhere); tests said to exist already.
 */
export const AFTER_THE_FACT_VERBS = [
  'manual',
  'manually',
  'verify',
  'run',
  'validate',
  'confirm',
  'check',
  'smoke',
  'update',
  'adjust',
  'adapt',
  'fix',
  'migrate',
  'refactor',
  'rework',
  'align'
];
/** "… the existing tests", "existing unit tests": tests written before this feature. */
export const EXISTING_WORDS = ['existing', 'current'];
export const TEST_SUPPORT_WORDS = [
  'fixtures',
  'fixture',
  'conftest',
  'fakes',
  'fake',
  'mocks',
  'mock',
  'stubs',
  'stub',
  'helpers',
  'helper',
  'harness'
];
/** The start of a test double's name: `FakeClock` (any case, as the pattern is). */
export const TEST_DOUBLE_PREFIXES = ['Fake'];

export const AFTER_THE_FACT = pattern(
  'check-test-words.after-the-fact',
  `^${alternation(AFTER_THE_FACT_VERBS)}\\b|${wholeWords(TEST_SUPPORT_WORDS)}|${alternation(TEST_DOUBLE_PREFIXES)}[A-Z]|${wholeWords(EXISTING_WORDS)}\\s{1,3}(?:\\w{1,20}\\s{1,3})?tests?\\b`,
  'i'
);

/**
 * Decides which tests exercise the feature as a whole, which a list may place after the code on
 * purpose ("Integration tests" after "Implementation"): words of the test's headline or its
 * phase's title. `end-to-end` comes apart as end, to, end, so its words are listed as a phrase.
 */
export const INTEGRATION_TEST_WORDS = ['integration', 'e2e', 'scenario', 'scenarios', 'quickstart'];
export const INTEGRATION_TEST_PHRASES = ['end to end'];

/**
 * Phase kinds whose tests the template itself places after the core: hardware and distributed
 * checks in the integration phase, follow-up unit tests in Polish.
 */
export const AFTER_CORE_PHASE_KINDS = ['integration', 'polish'] as const;
