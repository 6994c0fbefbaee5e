/**
 * The plan's own test files, and which of them a template rule's test belongs in: a story's
 * integration test in the file the plan ties to the story (`browse.spec.ts  # US-1 E2E`) or
 * names for it, a quickstart scenario's in the file named for it, a contract's test in the file
 * named for what the contract is about (`OrdersContractTest.java` for `orders-dtos.yaml`).
 */
import type { Contract, PlannedFile, UserStory } from '../../model.js';
import { singular, words } from '../../text/words.js';
import { TEST_FILE_MARKER, TEST_FILE_PREFIXES } from '../../vocabulary/check-test-words.js';
import { FILLER } from '../../vocabulary/coverage.js';
import {
  CONTRACT_TEST_FOLDERS,
  INTEGRATION_TEST_FOLDERS,
  TEST_SUPPORT_FOLDER
} from '../../vocabulary/layout.js';
import {
  CONTRACT_SUBJECT_NOISE,
  STORY_REFERENCE,
  TEST_FILE_WORDS
} from '../../vocabulary/plan-files.js';
import { directoryOf } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { stemOf } from './file-roles.js';
import { isTestFile } from './planned-roles.js';

interface PlannedTest {
  file: PlannedFile;
  /** What the file's name says it tests, in key form: `rsvp-free.test.ts` → rsvp, free. */
  subject: string[];
  /** Its folder is one of end-to-end or integration tests. */
  integration: boolean;
  contractFolder: boolean;
}

const cache = new WeakMap<PathLayout, PlannedTest[]>();

/** The plan's test files (not its mocks and fixtures), worked out once per layout. */
function plannedTests(layout: PathLayout): PlannedTest[] {
  let tests = cache.get(layout);
  if (!tests) {
    tests = layout.planned
      .filter(file => isTestFile(file.path))
      .filter(
        file =>
          !directoryOf(file.path)
            .split('/')
            .some(s => TEST_SUPPORT_FOLDER.test(s))
      )
      .map(file => {
        const folders = directoryOf(file.path).toLowerCase().split('/');
        return {
          file,
          subject: keyWords(testStem(file.path)).filter(word => !TEST_FILE_WORDS.has(word)),
          integration: folders.some(folder => INTEGRATION_TEST_FOLDERS.includes(folder)),
          contractFolder: folders.some(folder => CONTRACT_TEST_FOLDERS.includes(folder))
        };
      });
    cache.set(layout, tests);
  }
  return tests;
}

/**
 * The plan's test file for a story: the one whose note names it (`US-2 E2E`), else the
 * integration or end-to-end test whose name says what the story's title says; none that
 * another story's note claims.
 */
export function plannedStoryTest(layout: PathLayout, story: UserStory): string | undefined {
  const tests = plannedTests(layout);
  const noted = tests.find(test => storyNumberOf(test.file) === story.number);
  if (noted) return noted.file.path;
  const free = tests.filter(test => test.integration && storyNumberOf(test.file) === undefined);
  return bestByWords(free, story.title);
}

/** The folder of the tests the plan ties to its stories (`tests/e2e/`), if it ties any. */
export function plannedStoryTestDir(layout: PathLayout): string | undefined {
  const noted = plannedTests(layout).find(test => storyNumberOf(test.file) !== undefined);
  return noted && directoryOf(noted.file.path);
}

/** The plan's integration or end-to-end test file named for a quickstart scenario. */
export function plannedScenarioTest(layout: PathLayout, title: string): string | undefined {
  const free = plannedTests(layout).filter(
    test => test.integration && storyNumberOf(test.file) === undefined
  );
  return bestByWords(free, title);
}

/**
 * The plan's test file for a contract: the one named for what the contract is about, its
 * document words (`api`, `dtos`, `contract`) aside, a contract-test folder's first.
 */
export function plannedContractTest(layout: PathLayout, contract: Contract): string | undefined {
  const subject = contractSubject(contract);
  if (subject.length === 0) return undefined;
  const same = (test: PlannedTest) =>
    test.subject.length === subject.length && test.subject.every(word => subject.includes(word));
  const matching = plannedTests(layout).filter(same);
  return (matching.find(test => test.contractFolder) ?? matching[0])?.file.path;
}

function contractSubject(contract: Contract): string[] {
  const stem = contract.fileName.replace(/\.[^.]*$/, '');
  return keyWords(stem).filter(word => !CONTRACT_SUBJECT_NOISE.has(word));
}

function storyNumberOf(file: PlannedFile): number | undefined {
  const found = file.note ? STORY_REFERENCE.exec(file.note)?.[1] : undefined;
  return found === undefined ? undefined : Number(found);
}

/**
 * The test whose subject's words the title says, at least two of them and most of them (one
 * shared word is a coincidence); the one saying most wins, the first of equals.
 */
function bestByWords(tests: PlannedTest[], title: string): string | undefined {
  const said = new Set(keyWords(title));
  let best: { path: string; score: number } | undefined;
  for (const test of tests) {
    if (test.subject.length === 0) continue;
    const shared = test.subject.filter(word => said.has(word)).length;
    const enough = shared >= 2 && 2 * shared > test.subject.length;
    if (enough && (!best || shared > best.score)) best = { path: test.file.path, score: shared };
  }
  return best?.path;
}

/** `rsvp-free.test.ts` → `rsvp-free`, `test_orders.py` → `orders`, `OrdersTests.cs` → `OrdersTests`. */
export function testStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const marker = TEST_FILE_MARKER.exec(name);
  let stem = marker ? name.slice(0, marker.index) : stemOf(path);
  const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
  if (prefix) stem = stem.slice(prefix.length);
  return stem;
}

/** Words that say what a name is about: singular, no filler, no one-letter words. */
function keyWords(text: string): string[] {
  return words(text)
    .map(singular)
    .filter(word => word.length > 1 && !FILLER.has(word));
}
