/**
 * The run's real work, imported only when there are feature folders to act on: check them, or
 * generate their task lists and check what would be written (or, for a list a person wrote, the
 * list as it is). Both give one check report, which the annotations, the summary, SARIF, the JSON
 * report and `fail-on` all follow.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport } from '../core/check/result.js';
import type { RuleSettings } from '../core/check/settings.js';
import { checkedSections, type FeatureSection } from '../core/report/comment.js';
import { checkFeatures } from '../io/check-features.js';
import { generateFeature } from '../io/generate-feature.js';
import { loadTemplate } from '../io/template-source.js';
import type { ActionInputs } from './get-inputs/index.js';
import { gitBlobSha } from './git-blob.js';
import { ruleSettings } from './rule-settings.js';

/** A generated tasks.md the branch may receive. */
export interface GeneratedFile {
  /** Repository-relative feature folder and tasks.md path. */
  dir: string;
  path: string;
  content: string;
  /** Git's blob SHA of the file in the workspace as it is on disk; undefined when there is none. */
  workspaceBlobSha: string | undefined;
}

export interface WorkResult {
  report: CheckReport;
  sections: FeatureSection[];
  /** generate: the lists that are ours to write (created, updated or unchanged). */
  generated: GeneratedFile[];
}

export async function work(
  workspace: string,
  dirs: string[],
  inputs: ActionInputs,
  settings: RuleSettings | undefined
): Promise<WorkResult> {
  const rules = settings ?? (await ruleSettings(workspace, inputs));
  const template = await loadTemplate(
    workspace,
    inputs.template && path.resolve(workspace, inputs.template)
  );
  const options = { settings: rules, template, limits: inputs.limits };
  if (inputs.command === 'check') {
    const report = await checkFeatures(workspace, dirs, options);
    return { report, sections: checkedSections(report), generated: [] };
  }
  const outcomes = [];
  for (const dir of dirs)
    outcomes.push(
      await generateFeature(workspace, dir, template, {
        write: false,
        force: false,
        limits: inputs.limits
      })
    );
  // What would be written is what gets checked; a list a person wrote is checked as it is.
  const taskLists = new Map<string, string>();
  const generated: GeneratedFile[] = [];
  for (const outcome of outcomes) {
    const result = outcome.result;
    if (!result || result.status === 'refused') continue;
    taskLists.set(outcome.tasksPath, result.content);
    generated.push({
      dir: outcome.feature.dir,
      path: outcome.tasksPath,
      content: result.content,
      workspaceBlobSha: await blobShaOnDisk(path.join(workspace, outcome.tasksPath))
    });
  }
  const report = await checkFeatures(workspace, dirs, { ...options, taskLists });
  const sections = outcomes.map((outcome, index): FeatureSection => {
    const checked = report.features[index]!;
    const result = outcome.result;
    return {
      dir: outcome.feature.dir,
      state: result ? result.status : 'no-plan',
      taskCount:
        result && result.status !== 'refused'
          ? result.plan.tasks.length
          : checked.taskList?.tasks.length,
      taskList: result && result.status !== 'refused' ? result.content : undefined,
      findings: checked.findings,
      committed: false
    };
  });
  return { report, sections, generated };
}

async function blobShaOnDisk(file: string): Promise<string | undefined> {
  try {
    return gitBlobSha(await readFile(file));
  } catch {
    return undefined;
  }
}
