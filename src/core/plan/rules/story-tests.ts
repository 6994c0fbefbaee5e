import { testFileAt } from '../placement/file-names.js';
import {
  plannedScenarioTest,
  plannedStoryTest,
  plannedStoryTestDir
} from '../placement/planned-tests.js';
import { fileNameWords, words } from '../../text/words.js';
import { QUICKSTART_WORDS } from '../../vocabulary/coverage.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

/**
 * Template rule "each story → integration test [P]": one test file per user story, the plan's
 * own where it ties one to the story or names one for it.
 */
export function storyTestTasks(context: RuleContext): TaskDraft[] {
  const stories = context.owners.stories;
  const planned = ownFiles(stories.map(story => plannedStoryTest(context.layout, story)));
  // Stories the plan names no test for get theirs beside those it does name.
  const dir = plannedStoryTestDir(context.layout) ?? context.layout.integrationTestsDir;
  const invented = distinctTestFiles(
    context,
    dir,
    stories.map(story => ({ title: story.title, fallback: `story ${story.number}` }))
  );
  const files = stories.map((_, index) => planned[index] ?? invented[index]!);
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

/**
 * Template rule "quickstart scenarios → validation tasks". A scenario the plan names a test file
 * for is that integration test; every other one is validated by running it from quickstart.md
 * once the feature is built, in Polish: a scenario is a walk through the finished feature, and a
 * test file per step of the quickstart is more than anyone planned.
 */
export function scenarioTestTasks(context: RuleContext): TaskDraft[] {
  const scenarios = context.feature.quickstart?.scenarios ?? [];
  const planned = ownFiles(
    scenarios.map(scenario => plannedScenarioTest(context.layout, scenario.title))
  );
  // A template that runs quickstart.md in Polish validates every scenario in that one task.
  const runsQuickstart = context.template.phases.some(phase =>
    phase.items.some(item => words(item.text).some(word => QUICKSTART_WORDS.includes(word)))
  );
  return scenarios.flatMap((scenario, index): TaskDraft[] => {
    const covers = [{ kind: 'scenario' as const, name: scenario.title, source: scenario.source }];
    const file = planned[index];
    if (file)
      return [
        {
          key: `scenario-test:${index}`,
          kind: 'integration-test',
          // spec-kit's current layout validates the quickstart once every story is in place.
          role: context.template.layout === 'user-story' ? 'polish' : 'tests',
          description: `Integration test for quickstart scenario "${scenario.title}"`,
          files: [file],
          after: [],
          covers,
          story: undefined
        }
      ];
    if (runsQuickstart) return [];
    return [
      {
        key: `scenario-test:${index}`,
        kind: 'polish',
        role: 'polish',
        description: `Validate quickstart scenario "${scenario.title}"`,
        files: [scenario.source.file],
        after: [],
        covers,
        story: undefined
      }
    ];
  });
}

/** Each planned file for one subject only: a second subject matched to it gets its own. */
function ownFiles(files: (string | undefined)[]): (string | undefined)[] {
  return files.map((file, index) => (file && files.indexOf(file) === index ? file : undefined));
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
function distinctTestFiles(context: RuleContext, dir: string, subjects: TestSubject[]): string[] {
  const { layout } = context;
  const fileFor = (subject: TestSubject, length: number, numbered: boolean) => {
    const name = shortName(subject.title, length) ?? subject.fallback;
    const numberedName =
      numbered && name !== subject.fallback ? `${name} ${subject.fallback}` : name;
    return testFileAt(layout, dir, [subject.prefix, numberedName].filter(Boolean).join(' '));
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
