/**
 * The I/O around one generation: load the folder and its tasks.md, run the pure core, and write
 * the result when asked and allowed. Shared by the CLI and the action.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateTasks, type GenerateResult } from '../core/generate.js';
import type { Feature } from '../core/model.js';
import { openFeature, readTasksFile } from './feature-folder.js';
import type { LoadLimits } from './loader.js';
import type { LoadedTemplate } from './template-source.js';

export interface FeatureGeneration {
  feature: Feature;
  /** Repository-relative path of the feature's tasks.md. */
  tasksPath: string;
  result: GenerateResult | undefined;
  written: boolean;
}

export interface GenerateFeatureOptions {
  write: boolean;
  force: boolean;
  limits?: LoadLimits;
}

export async function generateFeature(
  repoRoot: string,
  featureDir: string,
  template: LoadedTemplate,
  options: GenerateFeatureOptions
): Promise<FeatureGeneration> {
  const open = await openFeature(repoRoot, featureDir, options.limits);
  const { feature, tasksPath } = open;
  if (!feature.plan) return { feature, tasksPath, result: undefined, written: false };
  const existing = await readTasksFile(repoRoot, open);
  let result = generateTasks(feature, template.template, template.text, {
    existing: existing.document,
    force: options.force
  });
  if (existing.finding && !existing.document) {
    // A tasks.md we could not read is still somebody's file: never write over it.
    result = {
      ...result,
      status: 'refused',
      reason: `${tasksPath} exists but could not be read: ${existing.finding.message}`
    };
  }
  const mayWrite = options.write && (result.status === 'created' || result.status === 'updated');
  if (mayWrite) await writeFile(path.join(repoRoot, tasksPath), result.content, 'utf8');
  return { feature, tasksPath, result, written: mayWrite };
}
