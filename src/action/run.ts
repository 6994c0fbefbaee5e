/**
 * A run with an event to act on: select the feature folders, then (imported only when there are
 * some) check them or generate their task lists, report to the runner (annotations, job summary,
 * SARIF, a JSON report, outputs), publish (commit, status, comment), and fail on the findings.
 */
import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CheckReport } from '../core/check/result.js';
import type { RuleSettings } from '../core/check/settings.js';
import { failingCount } from '../core/fail-on.js';
import { plural } from '../core/report/text.js';
import { CONFIG_FILE } from '../io/config-file-name.js';
import type { Client } from './api/client.js';
import { type RunEvent, repositoryFromEnv } from './event.js';
import type { ActionInputs } from './get-inputs/index.js';
import { publish } from './publish/index.js';
import { annotate, writeSummary } from './runner-report.js';
import { selectFeatures } from './select-features.js';

export async function run(
  inputs: ActionInputs,
  event: Exclude<RunEvent, { kind: 'ignored' }>
): Promise<void> {
  try {
    await act(inputs, event);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function act(inputs: ActionInputs, event: Exclude<RunEvent, { kind: 'ignored' }>) {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const repository = repositoryFromEnv();
  // Read before the API is asked anything: a broken config fails the step even when no feature
  // is touched, as it fails the CLI. Without a file or rules, the parsers stay unloaded here.
  const settings = await earlySettings(workspace, inputs);
  const client = lazyClient(inputs.token);
  const selection = await selectFeatures({
    workspace,
    specsDir: inputs.specsDir,
    named: inputs.features,
    event,
    repository,
    client
  });
  for (const notice of selection.notices) core.notice(notice);
  const relative = selection.dirs.map(dir =>
    path.relative(workspace, dir).split(path.sep).join('/')
  );
  core.setOutput('features', JSON.stringify(relative));
  if (selection.dirs.length === 0) {
    setCounts({ error: 0, warning: 0, note: 0 }, 0);
    if (selection.notices.length === 0)
      core.info(`No feature folders under ${inputs.specsDir}/: nothing to ${inputs.command}.`);
    return;
  }
  const { work } = await import('./work.js');
  const result = await work(workspace, selection.dirs, inputs, settings);
  const { report } = result;
  annotate(report);
  if (inputs.command === 'check') {
    const { formatReport } = await import('../core/report/index.js');
    await writeSummary(formatReport(report, 'markdown', {}));
  } else {
    const { formatGenerateSummary } = await import('../core/report/generate-summary.js');
    await writeSummary(
      formatGenerateSummary({
        command: 'generate',
        features: result.sections,
        notes: [],
        runUrl: undefined
      })
    );
  }
  if (inputs.sarifFile) {
    const { formatReport } = await import('../core/report/index.js');
    await writeFile(
      path.resolve(workspace, inputs.sarifFile),
      formatReport(report, 'sarif', {}),
      'utf8'
    );
  }
  core.setOutput('report', await writeJsonReport(report));
  const tasks = result.sections.reduce((sum, section) => sum + (section.taskCount ?? 0), 0);
  setCounts(report.counts, tasks);
  const failing = failingCount(report.counts, inputs.failOn) > 0;
  const published = await publish({
    inputs,
    event,
    repository,
    client,
    result,
    failing,
    runUrl: runUrl(),
    workflow: workflowName(),
    job: process.env.GITHUB_JOB ?? '',
    log: { info: core.info, notice: core.notice, warning: core.warning }
  });
  core.setOutput('comment-url', published.commentUrl ?? '');
  core.setOutput('commit-sha', published.commitSha ?? '');
  if (failing) {
    const { error, warning } = report.counts;
    core.setFailed(
      `spec-tasks found ${plural(error, 'error')} and ${plural(warning, 'warning')} (failing on ${inputs.failOn})`
    );
  }
}

async function earlySettings(
  workspace: string,
  inputs: ActionInputs
): Promise<RuleSettings | undefined> {
  const asked =
    inputs.config !== undefined ||
    inputs.rules !== '' ||
    existsSync(path.join(workspace, CONFIG_FILE));
  if (!asked) return undefined;
  const { ruleSettings } = await import('./rule-settings.js');
  return ruleSettings(workspace, inputs);
}

/** The client, made (and its libraries loaded) on first use; undefined without a token. */
function lazyClient(token: string): () => Promise<Client | undefined> {
  let client: Promise<Client | undefined> | undefined;
  return () => {
    client ??= token
      ? import('./api/client.js').then(module =>
          module.createClient(token, { info: core.info, warning: core.warning })
        )
      : Promise.resolve(undefined);
    return client;
  };
}

function setCounts(counts: { error: number; warning: number; note: number }, tasks: number) {
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notes', counts.note);
  core.setOutput('tasks', tasks);
}

/** The JSON report in the runner's temporary folder, one file per step. */
async function writeJsonReport(report: CheckReport): Promise<string> {
  const { formatReport } = await import('../core/report/index.js');
  const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'spec-tasks');
  await mkdir(dir, { recursive: true });
  const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
  const file = path.join(dir, `${step}.json`);
  await writeFile(file, formatReport(report, 'json', {}), 'utf8');
  return file;
}

function runUrl(): string | undefined {
  const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
  if (!GITHUB_RUN_ID || !GITHUB_REPOSITORY) return undefined;
  return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}

/**
 * The workflow's file (from GITHUB_WORKFLOW_REF, without the branch it ran on), else its name: the
 * same workflow on every run of every branch, and a renamed workflow keeps its comment.
 */
function workflowName(): string {
  const ref = process.env.GITHUB_WORKFLOW_REF;
  const repository = process.env.GITHUB_REPOSITORY;
  if (ref && repository && ref.startsWith(`${repository}/`)) {
    const at = ref.lastIndexOf('@');
    return ref.slice(repository.length + 1, at < 0 ? undefined : at);
  }
  return process.env.GITHUB_WORKFLOW ?? '';
}
