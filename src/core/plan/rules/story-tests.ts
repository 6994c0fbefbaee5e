import { testFileAt } from '../placement/file-names.js';
import { fileNameWords } from '../../text/words.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

/** Template rule "each story → integration test [P]": one test file per user story. */
export function storyTestTasks(context: RuleContext): TaskDraft[] {
  const stories = context.owners.stories;
  const files = distinctTestFiles(
    context,
    stories.map(story => ({ title: story.title, fallback: `story ${story.number}` }))
  );
  return stories.map((story, index) => ({
    key: `story-test:${story.id}`,
    kind: 'integration-test',
    role: 'tests',
    description: `Integration test for User Story ${story.number}: ${story.title}`,
    files: [files[index]!],
    after: [],
    covers: [{ kind: 'story', name: story.id, source: story.source }],
    story: story.id
  }));
}

/** Template rule "quickstart scenarios → validation tasks", written as integration tests. */
export function scenarioTestTasks(context: RuleContext): TaskDraft[] {
  const scenarios = context.feature.quickstart?.scenarios ?? [];
  const files = distinctTestFiles(
    context,
    scenarios.map((scenario, index) => ({
      title: scenario.title,
      fallback: `scenario ${index + 1}`,
      prefix: 'quickstart'
    }))
  );
  return scenarios.map((scenario, index) => ({
    key: `scenario-test:${index}`,
    kind: 'integration-test',
    // spec-kit's current layout validates the quickstart once every story is in place, in Polish.
    role: context.template.layout === 'user-story' ? 'polish' : 'tests',
    description: `Quickstart validation test for scenario "${scenario.title}"`,
    files: [files[index]!],
    after: [],
    covers: [{ kind: 'scenario', name: scenario.title, source: scenario.source }],
    story: undefined
  }));
}

interface TestSubject {
  title: string;
  /** The name when the title has no word a file name can hold (`배송 확인`). */
  fallback: string;
  prefix?: string;
}

/**
 * One integration test file per subject, named by the first five words of its title. Where two
 * titles begin alike (`Scan pallets at the loading dock`, `… at the loading bay`), each takes more
 * of its words until they differ, and failing that its number: two stories never share a file.
 */
function distinctTestFiles(context: RuleContext, subjects: TestSubject[]): string[] {
  const { layout } = context;
  const fileFor = (subject: TestSubject, length: number, numbered: boolean) => {
    const name = shortName(subject.title, length) ?? subject.fallback;
    const numberedName =
      numbered && name !== subject.fallback ? `${name} ${subject.fallback}` : name;
    return testFileAt(
      layout,
      layout.integrationTestsDir,
      [subject.prefix, numberedName].filter(Boolean).join(' ')
    );
  };
  const files = subjects.map(subject => fileFor(subject, SHORT_NAME_WORDS, false));
  const clashing = (index: number) =>
    files.some((file, other) => other !== index && file === files[index]);
  const lengthen = (length: number, numbered: boolean) => {
    const clashes = files.map((_, index) => clashing(index));
    subjects.forEach((subject, index) => {
      if (clashes[index]) files[index] = fileFor(subject, length, numbered);
    });
    return clashes.some(Boolean);
  };
  for (let length = SHORT_NAME_WORDS + 1; length <= MAX_NAME_WORDS; length++)
    if (!lengthen(length, false)) break;
  lengthen(MAX_NAME_WORDS, true);
  return files;
}

const SHORT_NAME_WORDS = 5;
const MAX_NAME_WORDS = 12;

/**
 * The title's first words that a file name can hold, accents folded (`Recepción` →
 * `recepcion`); none for a title in another script.
 */
function shortName(title: string, length: number): string | undefined {
  const tokens = title
    .split(/[^\p{L}\p{N}]+/u)
    .filter(token => token && fileNameWords(token).every(word => /^[a-z0-9]+$/.test(word)));
  return tokens.length > 0 ? tokens.slice(0, length).join(' ') : undefined;
}
