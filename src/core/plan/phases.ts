/**
 * The phases a plan renders: the template's phases as they are in the classic layout; in the
 * user-story layout the template's single story phase repeated once per story, in priority order.
 */
import type { UserStory } from '../model.js';
import type { TasksTemplate, TemplatePhase } from '../template/model.js';
import type { DraftRole, PlannedPhase } from './model.js';

export function planPhases(template: TasksTemplate, stories: UserStory[]): PlannedPhase[] {
  if (template.layout === 'classic')
    return template.phases.map(phase => ({ number: phase.number, ...templatePhase(phase) }));
  const phases: Omit<PlannedPhase, 'number'>[] = [];
  for (const phase of template.phases) {
    if (phase.role !== 'story') phases.push(templatePhase(phase));
    else phases.push(...stories.map(storyPhase));
  }
  return phases.map((phase, index) => ({ ...phase, number: String(index + 1) }));
}

/** A phase as the template has it, with nothing of a story's. */
function templatePhase(phase: TemplatePhase): Omit<PlannedPhase, 'number'> {
  return {
    title: phase.title,
    role: phase.role,
    story: undefined,
    goal: undefined,
    independentTest: undefined,
    checkpoint: undefined
  };
}

function storyPhase(story: UserStory): Omit<PlannedPhase, 'number'> {
  return {
    title: `User Story ${story.number} - ${story.title}${story.priority ? ` (Priority: ${story.priority})` : ''}`,
    role: 'story',
    story,
    goal: story.title,
    independentTest: undefined,
    checkpoint: `User Story ${story.number} works and is testable on its own`
  };
}

const CLASSIC_FALLBACKS: Record<DraftRole, DraftRole[]> = {
  setup: ['setup', 'tests', 'core'],
  tests: ['tests', 'core', 'integration'],
  core: ['core', 'integration', 'tests'],
  integration: ['integration', 'core', 'polish'],
  polish: ['polish', 'integration', 'core']
};

/** The phase a task with this role and story goes to; the nearest existing phase when the template lacks one. */
export function phaseIndexFor(
  phases: PlannedPhase[],
  role: DraftRole,
  story: string | undefined
): number {
  const find = (predicate: (phase: PlannedPhase) => boolean) => phases.findIndex(predicate);
  if (phases.some(phase => phase.role === 'story') && role !== 'setup' && role !== 'polish') {
    const own = story === undefined ? -1 : find(phase => phase.story?.id === story);
    if (own >= 0) return own;
    const foundational = find(phase => phase.role === 'foundational');
    if (foundational >= 0) return foundational;
    return find(phase => phase.role === 'story');
  }
  for (const candidate of CLASSIC_FALLBACKS[role]) {
    const index = find(phase => phase.role === candidate);
    if (index >= 0) return index;
  }
  return role === 'setup' ? 0 : Math.max(phases.length - 1, 0);
}
