/**
 * Whether a task is about tests: generously (anything to do with tests, for the coverage rules)
 * or strictly (the task is a test, for the ordering rules).
 */
import type { ListedPhase, ListedTask } from '../parse/tasks-md/model.js';
import {
  LEADING_TEST_WORDS,
  SNAKE_TEST_IDENTIFIER_END,
  TEST_FILE_ENDING,
  TEST_FILE_MARKER,
  TEST_FILE_PREFIXES,
  TEST_FOLDERS,
  TEST_IDENTIFIER_END,
  TEST_IDENTIFIER_START,
  TEST_WORD_ANYWHERE,
  TEST_WORDS,
  TOP_TEST_FOLDERS
} from '../vocabulary/check-test-words.js';

/** "Implement X with unit tests" is implementation; "Contract test for X" and "Write tests…" are tests. */
export function isOnlyTest(task: ListedTask, phases: ListedPhase[]): boolean {
  if (phases[task.phase]?.kind === 'tests') return true;
  if (task.paths.length > 0 && task.paths.every(isTestPath)) return true;
  // Whole words as written: `TestSuiteService` is a service, not a test.
  return task.description
    .toLowerCase()
    .split(/[\s:,.;()*`]+/)
    .slice(0, 4)
    .some(word => LEADING_TEST_WORDS.includes(word));
}

/** In a tests phase, or its prose says test, or a path it names is a test file. */
export function isTestTask(task: ListedTask, phases: ListedPhase[]): boolean {
  if (phases[task.phase]?.kind === 'tests') return true;
  if (proseSaysTest(task.description)) return true;
  return task.paths.some(isTestPath);
}

/**
 * A test word in the prose, or an identifier that names a test (`test_service_echo`,
 * `AuthSessionIntegrationTest`). Not a word inside another identifier: the tool
 * `bulk_import_tests` is not a test.
 */
function proseSaysTest(description: string): boolean {
  // Most tasks hold no test word at all: settle those with one scan.
  if (!TEST_WORD_ANYWHERE.test(description)) return false;
  for (const token of description.split(/\s+/)) {
    if (token.includes('/')) continue;
    for (const part of token.split(/[^\p{L}\p{N}_]+/u)) {
      if (part === '') continue;
      if (part.includes('_') || /[a-z][A-Z]/.test(part)) {
        if (namesATest(part)) return true;
      } else if (TEST_WORDS.includes(part.toLowerCase())) return true;
    }
  }
  return false;
}

function namesATest(identifier: string): boolean {
  return (
    TEST_IDENTIFIER_START.test(identifier) ||
    TEST_IDENTIFIER_END.test(identifier) ||
    SNAKE_TEST_IDENTIFIER_END.test(identifier)
  );
}

export function isTestPath(path: string): boolean {
  const lower = path.toLowerCase();
  const segments = lower.split('/');
  // Not `specs/`: in a spec-kit repository that holds the design documents. `spec/` only near
  // the top (Ruby's convention), since `org/acme/spec/` deep in a Java package is not a test folder.
  if (
    segments.some(
      (segment, index) =>
        TEST_FOLDERS.includes(segment) || (TOP_TEST_FOLDERS.includes(segment) && index <= 1)
    )
  ) {
    return true;
  }
  const name = segments[segments.length - 1] ?? '';
  return (
    TEST_FILE_PREFIXES.some(prefix => name.startsWith(prefix)) ||
    TEST_FILE_MARKER.test(name) ||
    TEST_FILE_ENDING.test(name)
  );
}
