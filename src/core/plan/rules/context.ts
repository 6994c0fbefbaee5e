import type { Feature } from '../../model.js';
import type { TasksTemplate } from '../../template/model.js';
import type { PathLayout } from '../layout/model.js';
import type { StoryOwners } from '../story-owners.js';

/** What every rule may read. Rules are pure functions of this context. */
export interface RuleContext {
  feature: Feature;
  template: TasksTemplate;
  layout: PathLayout;
  /** Who owns what in the user-story layout; in the classic layout every owner is undefined. */
  owners: StoryOwners;
}
