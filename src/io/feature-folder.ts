/**
 * A feature folder as generation and checking both open it: its design documents loaded and
 * parsed, where its tasks.md is, and that tasks.md read with any trouble reading it reported.
 */
import path from 'node:path';
import type { Feature } from '../core/model.js';
import { parseFeature } from '../core/parse/feature.js';
import {
  DEFAULT_LIMITS,
  type LoadedFile,
  type LoadLimits,
  loadFeature,
  loadTextFile
} from './loader.js';

export interface OpenFeature {
  feature: Feature;
  /** Repository-relative path of the feature's tasks.md. */
  tasksPath: string;
  limits: LoadLimits;
}

export async function openFeature(
  repoRoot: string,
  featureDir: string,
  limits: LoadLimits = DEFAULT_LIMITS
): Promise<OpenFeature> {
  const feature = parseFeature(await loadFeature(repoRoot, featureDir, limits));
  return { feature, tasksPath: `${feature.dir}/tasks.md`, limits };
}

/** The feature's tasks.md as loaded; a finding about reading it (too large, unreadable) joins the feature's. */
export async function readTasksFile(repoRoot: string, open: OpenFeature): Promise<LoadedFile> {
  const { feature, tasksPath, limits } = open;
  const loaded = await loadTextFile(repoRoot, path.join(repoRoot, tasksPath), limits.markdownBytes);
  if (loaded.finding) feature.findings.push(loaded.finding);
  return loaded;
}
