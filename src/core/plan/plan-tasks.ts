/**
 * The planner: a feature model and a template in, a numbered task plan out. Each rule is a named
 * function in ./rules; this module only decides which rules run and hands their drafts to the
 * scheduler. Contract work folds into the model and service tasks that plan the same classes, so
 * those rules run first and the contract rule receives their drafts.
 */
import type { Feature } from '../model.js';
import type { TasksTemplate } from '../template/model.js';
import { resolveLayout } from './layout/resolve.js';
import type { TaskDraft, TaskPlan } from './model.js';
import { planPhases } from './phases.js';
import { contractOperationTasks } from './rules/contract-operations.js';
import { contractTestTasks } from './rules/contract-tests.js';
import type { RuleContext } from './rules/context.js';
import { endpointTasks } from './rules/endpoints.js';
import { modelTasks } from './rules/models.js';
import { withPlannedFiles } from './rules/planned-files.js';
import { decisionTasks } from './rules/research.js';
import { partModelTasks } from './rules/part-models.js';
import { repositoryTasks } from './rules/repositories.js';
import { serviceTasks } from './rules/services.js';
import { scenarioTestTasks, storyTestTasks } from './rules/story-tests.js';
import { type LeftOutItem, templateItemTasks } from './rules/template-items.js';
import { withEmptyReasons } from './empty-phases.js';
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
  const contractWork = contractOperationTasks(context, modelTasks(context), serviceTasks(context));
  const leftOut: LeftOutItem[] = [];
  const ruleDrafts = renameDependencies(
    [
      ...templateItemTasks(context, leftOut),
      ...decisionTasks(context),
      ...contractTestTasks(context),
      ...storyTestTasks(context),
      ...scenarioTestTasks(context),
      ...contractWork.models,
      ...partModelTasks(context),
      ...contractWork.services,
      ...repositoryTasks(context),
      ...endpointTasks(context),
      ...contractWork.operations
    ],
    contractWork.renamed
  );
  const drafts = withPlannedFiles(context, ruleDrafts);
  const phases = planPhases(template, owners.stories);
  const tasks = schedule(drafts, phases);
  return {
    feature,
    template,
    phases: withEmptyReasons(
      phases,
      tasks,
      template.phases,
      leftOut,
      context.layout.language,
      template.paths.sourceRoot
    ),
    tasks
  };
}

/** A task folded into another is waited for as that one. */
function renameDependencies(drafts: TaskDraft[], renamed: Map<string, string>): TaskDraft[] {
  if (renamed.size === 0) return drafts;
  return drafts.map(draft => ({
    ...draft,
    after: [...new Set(draft.after.map(key => renamed.get(key) ?? key))].filter(
      key => key !== draft.key
    )
  }));
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
