/**
 * The action: select feature folders, then check them (annotations, summary, SARIF) or generate
 * their task lists (summary). The same I/O adapters and pure core as the CLI.
 */
import * as core from '@actions/core';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport } from '../core/check/result.js';
import type { RuleSettings } from '../core/check/settings.js';
import { formatReport } from '../core/report/index.js';
import { checkFeatures } from '../io/check-features.js';
import { generateFeature } from '../io/generate-feature.js';
import { loadTemplate } from '../io/template-source.js';
import { selectFeatures } from './changed-features.js';
import { type FailOn, failingCount } from '../core/fail-on.js';
import { type ActionInputs, readInputs } from './inputs.js';
import { annotate, writeSummary } from './publish.js';
import { ruleSettings } from './rule-settings.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    // Read before the pull request is asked about: a broken config fails the step even when no
    // feature is touched, as it fails the CLI.
    const settings = inputs.command === 'check' ? await ruleSettings(workspace, inputs) : undefined;
    const dirs = await selectFeatures(workspace, inputs.specsDir, inputs.features, inputs.token);
    core.setOutput(
      'features',
      dirs.map(dir => path.relative(workspace, dir).split(path.sep).join('/')).join('\n')
    );
    if (dirs.length === 0) {
      core.info(
        `No feature folders to ${inputs.command}: nothing under ${inputs.specsDir}/ was touched.`
      );
      return;
    }
    const template = await loadTemplate(
      workspace,
      inputs.template && path.resolve(workspace, inputs.template)
    );
    if (settings) await check(workspace, dirs, inputs, settings, template);
    else await generate(workspace, dirs, inputs, template);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function check(
  workspace: string,
  dirs: string[],
  inputs: ActionInputs,
  settings: RuleSettings,
  template: Awaited<ReturnType<typeof loadTemplate>>
): Promise<void> {
  const report = await checkFeatures(workspace, dirs, {
    settings,
    template,
    limits: inputs.limits
  });
  annotate(report);
  await writeSummary(formatReport(report, 'markdown', {}));
  if (inputs.sarifFile)
    await writeFile(
      path.resolve(workspace, inputs.sarifFile),
      formatReport(report, 'sarif', {}),
      'utf8'
    );
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notes', report.counts.note);
  const failure = failureMessage(report, inputs.failOn);
  if (failure) core.setFailed(failure);
}

export function failureMessage(report: CheckReport, failOn: FailOn): string | undefined {
  if (failingCount(report.counts, failOn) === 0) return undefined;
  const { error, warning } = report.counts;
  return `spec-tasks found ${error} error${error === 1 ? '' : 's'} and ${warning} warning${warning === 1 ? '' : 's'} (failing on ${failOn})`;
}

async function generate(
  workspace: string,
  dirs: string[],
  inputs: ActionInputs,
  template: Awaited<ReturnType<typeof loadTemplate>>
): Promise<void> {
  const sections: string[] = ['# spec-tasks: generated task lists', ''];
  let failed = 0;
  for (const dir of dirs) {
    const outcome = await generateFeature(workspace, dir, template, {
      write: false,
      force: false,
      limits: inputs.limits
    });
    for (const found of outcome.feature.findings)
      core.warning(found.message, {
        file: found.location.file,
        startLine: found.location.line,
        title: `spec-tasks: ${found.ruleId}`
      });
    if (!outcome.result) {
      failed++;
      sections.push(
        `## ${outcome.feature.dir}`,
        '',
        'No task list: the folder has no plan.md.',
        ''
      );
      continue;
    }
    const { result } = outcome;
    sections.push(
      `## ${outcome.tasksPath}`,
      '',
      `${result.plan.tasks.length} tasks; the existing file would be ${result.status}.`,
      ''
    );
    sections.push(
      '<details><summary>tasks.md</summary>',
      '',
      '````markdown',
      result.content.trimEnd(),
      '````',
      '',
      '</details>',
      ''
    );
  }
  await writeSummary(sections.join('\n'));
  if (failed > 0)
    core.setFailed(`${failed} feature folder${failed === 1 ? ' has' : 's have'} no plan.md`);
}
