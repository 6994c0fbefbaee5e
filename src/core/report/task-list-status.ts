/**
 * Whether a feature had a task list to check. Reports say so for each feature that had none, so
 * that "no findings" about a folder without tasks.md is not read as a clean task list.
 */
import type { FeatureCheck } from '../check/result.js';
import { sortFeatures } from './order.js';

/** `refused`: there is a tasks.md, but the loader would not read it and a finding says why. */
export type TaskListStatus = 'checked' | 'missing' | 'refused';

export function taskListStatus(feature: FeatureCheck): TaskListStatus {
  if (feature.tasksPath !== undefined) return 'checked';
  const tasksFile = `${feature.feature}/tasks.md`;
  return feature.findings.some(found => found.location.file === tasksFile) ? 'refused' : 'missing';
}

/** Features without a tasks.md, by folder. */
export function featuresWithoutTasks(features: readonly FeatureCheck[]): FeatureCheck[] {
  return sortFeatures(features).filter(feature => taskListStatus(feature) === 'missing');
}
