import { testFile, words } from '../naming.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

/** Template rule "each story → integration test [P]": one test file per user story. */
export function storyTestTasks(context: RuleContext): TaskDraft[] {
  return context.owners.stories.map(story => ({
    key: `story-test:${story.id}`,
    kind: 'integration-test',
    role: 'tests',
    description: `Integration test for User Story ${story.number}: ${story.title}`,
    files: [
      context.layout.integrationTestsDir +
        testFile(shortName(story.title, `story ${story.number}`), context.layout.language)
    ],
    after: [],
    covers: [{ kind: 'story', name: story.id, source: story.source }],
    story: story.id
  }));
}

/** Template rule "quickstart scenarios → validation tasks", written as integration tests. */
export function scenarioTestTasks(context: RuleContext): TaskDraft[] {
  const scenarios = context.feature.quickstart?.scenarios ?? [];
  return scenarios.map((scenario, index) => ({
    key: `scenario-test:${index}`,
    kind: 'integration-test',
    // spec-kit's current layout validates the quickstart once every story is in place, in Polish.
    role: context.template.layout === 'user-story' ? 'polish' : 'tests',
    description: `Quickstart validation test for scenario "${scenario.title}"`,
    files: [
      context.layout.integrationTestsDir +
        testFile(
          'quickstart ' + shortName(scenario.title, `scenario ${index + 1}`),
          context.layout.language
        )
    ],
    after: [],
    covers: [{ kind: 'scenario', name: scenario.title, source: scenario.source }],
    story: undefined
  }));
}

/** At most five words, so file names stay readable; a fallback when the title has no ASCII words. */
function shortName(title: string, fallback: string): string {
  const ascii = words(title).filter(word => /^[a-z0-9]+$/.test(word));
  return ascii.length > 0 ? ascii.slice(0, 5).join(' ') : fallback;
}
