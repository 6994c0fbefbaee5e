/**
 * The planner: a feature model and a template in, a numbered task plan out. Each rule is a named
 * function in ./rules; this module only decides which rules run and hands their drafts to the
 * scheduler.
 */
import type { Feature } from '../model.js';
import type { TasksTemplate } from '../template/model.js';
import { resolveLayout } from './layout.js';
import type { TaskPlan } from './model.js';
import { planPhases } from './phases.js';
import { contractOperationTasks } from './rules/contract-operations.js';
import { contractTestTasks } from './rules/contract-tests.js';
import type { RuleContext } from './rules/context.js';
import { endpointTasks } from './rules/endpoints.js';
import { modelTasks } from './rules/models.js';
import { decisionTasks } from './rules/research.js';
import { serviceTasks } from './rules/services.js';
import { scenarioTestTasks, storyTestTasks } from './rules/story-tests.js';
import { templateItemTasks } from './rules/template-items.js';
import { schedule } from './schedule.js';
import { storyOrder, storyOwners, type StoryOwners } from './story-owners.js';

export function planTasks(feature: Feature, template: TasksTemplate): TaskPlan {
  const owners = template.layout === 'user-story' ? storyOwners(feature) : unowned(feature);
  const context: RuleContext = {
    feature,
    template,
    layout: resolveLayout(feature, template),
    owners
  };
  const drafts = [
    ...templateItemTasks(context),
    ...decisionTasks(context),
    ...contractTestTasks(context),
    ...storyTestTasks(context),
    ...scenarioTestTasks(context),
    ...modelTasks(context),
    ...serviceTasks(context),
    ...endpointTasks(context),
    ...contractOperationTasks(context)
  ];
  const phases = planPhases(template, owners.stories);
  return { feature, template, phases, tasks: schedule(drafts, phases) };
}

/** The classic layout has no story phases: nothing is owned by a story. */
function unowned(feature: Feature): StoryOwners {
  return {
    stories: storyOrder(feature.spec?.stories ?? []),
    entity: () => undefined,
    contract: () => undefined,
    endpoint: () => undefined
  };
}
