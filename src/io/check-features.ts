/**
 * The I/O around checking: load each folder and its tasks.md, run the pure checker, and gather one
 * report. Shared by the CLI and the action.
 */
import { checkFeature } from '../core/check/check-feature.js';
import { knownRoots } from '../core/parse/tasks-md/known-roots.js';
import { parseTaskList } from '../core/parse/tasks-md/parse-task-list.js';
import type { CheckReport, FeatureCheck, SeverityCounts } from '../core/check/result.js';
import type { RuleSettings } from '../core/check/settings.js';
import { generationInputHash } from '../core/generate.js';
import { VERSION } from '../version.js';
import { openFeature, readTasksFile } from './feature-folder.js';
import type { LoadLimits } from './loader.js';
import type { LoadedTemplate } from './template-source.js';

export interface CheckOptions {
  settings: RuleSettings;
  template: LoadedTemplate;
  limits?: LoadLimits;
  /**
   * Task lists to check instead of the files on disk, by repository-relative tasks.md path: what
   * `generate` would write, checked before it is written anywhere.
   */
  taskLists?: ReadonlyMap<string, string>;
}

export async function checkFeatures(
  repoRoot: string,
  featureDirs: string[],
  options: CheckOptions
): Promise<CheckReport> {
  const features: FeatureCheck[] = [];
  for (const dir of featureDirs) features.push(await checkOne(repoRoot, dir, options));
  return {
    schemaVersion: 1,
    tool: { name: 'spec-tasks', version: VERSION },
    features,
    counts: countFindings(features)
  };
}

async function checkOne(
  repoRoot: string,
  featureDir: string,
  options: CheckOptions
): Promise<FeatureCheck> {
  const open = await openFeature(repoRoot, featureDir, options.limits);
  const { feature, tasksPath } = open;
  const listed = options.taskLists?.get(tasksPath);
  const tasks =
    listed !== undefined
      ? { document: { path: tasksPath, relativePath: 'tasks.md', text: listed } }
      : await readTasksFile(repoRoot, open);
  const taskList = tasks.document
    ? parseTaskList(tasks.document, { knownRoots: knownRoots(feature) })
    : undefined;
  const { template, text } = options.template;
  return checkFeature(
    { feature, taskList, expectedInputHash: generationInputHash(feature, template, text) },
    options.settings
  );
}

export function countFindings(features: FeatureCheck[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const feature of features) for (const found of feature.findings) counts[found.severity]++;
  return counts;
}
