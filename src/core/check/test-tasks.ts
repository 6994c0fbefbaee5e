/**
 * Whether a task is about tests: generously (anything to do with tests, for the coverage rules)
 * or strictly (the task is a test, for the ordering rules).
 */
import type { ListedPhase, ListedTask } from '../parse/tasks-md/model.js';

const LEADING_TEST_WORDS = ['test', 'tests', 'testing', 'spec', 'specs', 'e2e'];

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

/**
 * Not "spec": in a spec-kit repository it names the design documents ("update the spec-kit
 * templates"), and inside a path (`com/spec/kit/`) it is a package, not a test.
 */
const TEST_WORDS = ['test', 'tests', 'testing', 'e2e'];

/** In a tests phase, or its prose says test, or a path it names is a test file. */
export function isTestTask(task: ListedTask, phases: ListedPhase[]): boolean {
  if (phases[task.phase]?.kind === 'tests') return true;
  if (proseSaysTest(task.description)) return true;
  return task.paths.some(isTestPath);
}

/**
 * A test word in the prose, or an identifier that names a test (`test_health_ping`,
 * `AuthSecurityIntegrationTest`). Not a word inside another identifier: the tool
 * `batch_read_tests` is not a test.
 */
function proseSaysTest(description: string): boolean {
  // Most tasks hold no test word at all: settle those with one scan.
  if (!/test|e2e/i.test(description)) return false;
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
    /^test/i.test(identifier) ||
    /(?:Tests?|Spec|IT)$/.test(identifier) ||
    /_(?:test|spec)$/i.test(identifier)
  );
}

export function isTestPath(path: string): boolean {
  const lower = path.toLowerCase();
  const segments = lower.split('/');
  // Not `specs/`: in a spec-kit repository that holds the design documents. `spec/` only near
  // the top (Ruby's convention), since `com/spec/kit/` deep in a Java package is not a test folder.
  if (
    segments.some(
      (segment, index) =>
        ['test', 'tests', '__tests__', 'e2e', 'androidtest'].includes(segment) ||
        (segment === 'spec' && index <= 1)
    )
  ) {
    return true;
  }
  const name = segments[segments.length - 1] ?? '';
  return (
    name.startsWith('test_') ||
    /[._](?:test|spec)s?\.[a-z]+$/.test(name) ||
    /tests?\.[a-z]+$/.test(name)
  );
}
