/**
 * Where results go besides the job summary and annotations, as the `publish` input asks: a commit
 * of the generated lists with a `spec-tasks` status on it, then the sticky comment (which says
 * what was committed). Nothing is written for a pull request from a fork, and a write the token is
 * not allowed becomes a notice naming the permission, never a failed check: the findings are what
 * the check is about.
 */
import { commentMarker, formatComment, type FeatureSection } from '../../core/report/comment.js';
import type { Client } from '../api/client.js';
import { createStatus } from '../api/create-status.js';
import { errorMessage, isPermissionError } from '../api/errors.js';
import { findPullRequest } from '../api/find-pull-request.js';
import type { RunEvent, Repository } from '../event.js';
import type { ActionInputs } from '../get-inputs/index.js';
import type { WorkResult } from '../work.js';
import { upsertComment } from './comment.js';
import { commitTaskLists } from './commit.js';

export interface PublishContext {
  inputs: ActionInputs;
  event: Exclude<RunEvent, { kind: 'ignored' }>;
  repository: Repository;
  client: () => Promise<Client | undefined>;
  result: WorkResult;
  /** The step fails on its findings. */
  failing: boolean;
  runUrl: string | undefined;
  /** Workflow and job, for the comment's marker. */
  workflow: string;
  job: string;
  log: {
    info(message: string): void;
    notice(message: string): void;
    warning(message: string): void;
  };
}

export interface Published {
  commentUrl: string | undefined;
  commitSha: string | undefined;
}

const FORK_FOLLOW_UP =
  'To comment on pull requests from forks, upload the report (the `report` output) as an artifact and post it from a workflow_run workflow, which runs with a token of the base repository.';

export async function publish(context: PublishContext): Promise<Published> {
  const { inputs, event, log } = context;
  const published: Published = { commentUrl: undefined, commitSha: undefined };
  const wantsComment = inputs.publish === 'comment' || inputs.publish === 'both';
  const wantsCommit = inputs.publish === 'commit' || inputs.publish === 'both';
  if (!wantsComment && !wantsCommit) return published;
  if (event.kind === 'push') {
    log.info(
      `A push has no pull request to comment on and is not committed to: publish "${inputs.publish}" leaves the results in the job summary and annotations.`
    );
    return published;
  }
  if (event.kind === 'pull_request' && event.headRepo !== event.baseRepo) {
    log.notice(
      `This pull request comes from a fork (${event.headRepo ?? 'a deleted repository'}): its token may not write to ${event.baseRepo} or to the fork, so nothing is ${wantsCommit ? 'committed or ' : ''}commented. The results are in the job summary and annotations. ${FORK_FOLLOW_UP}`
    );
    return published;
  }
  const client = await context.client();
  if (!client) {
    log.notice('No github-token: nothing is published beyond the job summary and annotations.');
    return published;
  }
  const notes: string[] = [];
  const branch = event.kind === 'pull_request' ? event.headRef : event.branch;
  if (wantsCommit) {
    if (!branch) log.notice('The run is not on a branch: there is nothing to commit to.');
    else
      published.commitSha = await guarded(log, 'contents: write', 'commit the task lists', () =>
        commit(context, client, branch, notes)
      );
  }
  if (!wantsComment) return published;
  const issueNumber =
    event.kind === 'pull_request'
      ? event.number
      : branch
        ? await guarded(log, 'pull-requests: read', 'find the pull request of the branch', () =>
            findPullRequest(client, context.repository, branch)
          )
        : undefined;
  if (issueNumber === undefined) {
    log.info(
      `No open pull request for ${branch ? `branch ${branch}` : 'this ref'}: the results are in the job summary only.`
    );
    return published;
  }
  const body = formatComment(
    {
      command: inputs.command,
      features: context.result.sections,
      notes,
      runUrl: context.runUrl
    },
    { marker: commentMarker(context.workflow, context.job) }
  );
  const outcome = await guarded(log, 'pull-requests: write', 'comment on the pull request', () =>
    upsertComment(
      client,
      context.repository,
      issueNumber,
      commentMarker(context.workflow, context.job),
      body
    )
  );
  if (outcome) {
    log.info(
      `Comment ${outcome.action}: ${outcome.url}${outcome.deleted > 0 ? ` (${outcome.deleted} duplicate${outcome.deleted === 1 ? '' : 's'} deleted)` : ''}`
    );
    published.commentUrl = outcome.url;
  }
  return published;
}

async function commit(
  context: PublishContext,
  client: Client,
  branch: string,
  notes: string[]
): Promise<string | undefined> {
  const { event, inputs, result, log } = context;
  const runSha =
    event.kind === 'pull_request'
      ? event.headSha
      : event.kind === 'workflow_dispatch'
        ? event.sha
        : event.after;
  const outcome = await commitTaskLists(client, context.repository, {
    branch,
    runSha,
    message: inputs.commitMessage,
    files: result.generated
  });
  for (const skipped of outcome.skipped) {
    log.notice(`${skipped.path} not committed: ${skipped.reason}.`);
    notes.push(`${skipped.path} was not committed: ${skipped.reason}.`);
  }
  const refused = result.sections.filter(section => section.state === 'refused');
  for (const section of refused)
    notes.push(
      `${section.dir}/tasks.md was written or edited by hand: it was checked, and not replaced.`
    );
  if (outcome.gaveUp) {
    log.warning(
      `Branch ${branch} moved twice while committing: nothing committed; the next run will.`
    );
    notes.push(`Not committed: branch ${branch} moved twice while committing.`);
    return undefined;
  }
  if (!outcome.sha) {
    log.info("Every generated tasks.md equals the branch's: nothing to commit.");
    return undefined;
  }
  markCommitted(result.sections, outcome.committed);
  notes.push(`Committed ${outcome.sha.slice(0, 7)} to ${branch}: ${outcome.committed.join(', ')}.`);
  log.info(`Committed ${outcome.sha} to ${branch}: ${outcome.committed.join(', ')}`);
  const counts = result.report.counts;
  const tasks = result.sections.reduce((sum, section) => sum + (section.taskCount ?? 0), 0);
  await guarded(log, 'statuses: write', 'set the spec-tasks status on the new commit', () =>
    createStatus(client, context.repository, outcome.sha!, {
      state: context.failing ? 'failure' : 'success',
      description: `${tasks} tasks; ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`,
      targetUrl: context.runUrl
    })
  );
  return outcome.sha;
}

function markCommitted(sections: FeatureSection[], paths: readonly string[]): void {
  for (const section of sections)
    if (paths.includes(`${section.dir}/tasks.md`)) section.committed = true;
}

/**
 * Runs one publishing step; when the token lacks the permission, says which and goes on. Any other
 * API failure (after the client's retries) fails the step, as a broken API should.
 */
async function guarded<T>(
  log: PublishContext['log'],
  permission: string,
  what: string,
  step: () => Promise<T>
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    log.notice(
      `The token may not ${what}: the workflow needs "permissions: ${permission}" (${errorMessage(error)}). The results are in the job summary and annotations.`
    );
    return undefined;
  }
}
