/**
 * Which feature folders a run is about: the ones the `features` input names; else, on a pull
 * request, the ones its changed files touch (asked of the API), on a push the ones the pushed
 * range touches (the compare API), on a dispatch every folder. Where the API cannot say (too many
 * files, no permission, a new branch) every folder is taken, and a notice says why.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { discoverFeatures, featuresTouchedBy } from '../io/discover.js';
import type { Client } from './api/client.js';
import { compareCommits } from './api/compare-commits.js';
import { errorMessage, httpStatus, isPermissionError } from './api/errors.js';
import { listPullRequestFiles } from './api/list-pull-request-files.js';
import type { PullRequestEvent, PushEvent, Repository, RunEvent } from './event.js';

/** GitHub lists at most this many files of a pull request, and of a comparison. */
export const PULL_REQUEST_FILE_CAP = 3000;
export const COMPARE_FILE_CAP = 300;

export interface Selection {
  /** Absolute feature folders, sorted. */
  dirs: string[];
  /** Said as a notice: why every folder was taken, or why there is nothing to do. */
  notices: string[];
}

export interface SelectionContext {
  workspace: string;
  specsDir: string;
  named: string[];
  event: Exclude<RunEvent, { kind: 'ignored' }>;
  repository: Repository;
  /** The API client; undefined without a token. */
  client: () => Promise<Client | undefined>;
}

export async function selectFeatures(context: SelectionContext): Promise<Selection> {
  const { workspace, named, event } = context;
  if (named.length > 0) return { dirs: namedFolders(workspace, named), notices: [] };
  if (event.kind === 'pull_request') return pullRequestFeatures(context, event);
  if (event.kind === 'push') return pushFeatures(context, event);
  return everyFeature(context, []);
}

function namedFolders(workspace: string, named: string[]): string[] {
  return named.map(dir => {
    const absolute = path.resolve(workspace, dir);
    const relative = path.relative(workspace, absolute);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
      throw new Error(`Input "features": ${dir} is not a folder inside the workspace`);
    return absolute;
  });
}

async function everyFeature(context: SelectionContext, notices: string[]): Promise<Selection> {
  return { dirs: await discoverFeatures(context.workspace, context.specsDir), notices };
}

async function pullRequestFeatures(
  context: SelectionContext,
  event: PullRequestEvent
): Promise<Selection> {
  const capped = `The pull request changes more than ${PULL_REQUEST_FILE_CAP.toLocaleString('en-US')} files, more than GitHub lists: every feature folder under ${context.specsDir}/ is taken.`;
  if ((event.changedFiles ?? 0) > PULL_REQUEST_FILE_CAP) return everyFeature(context, [capped]);
  const client = await context.client();
  if (!client)
    return everyFeature(context, [
      "No github-token: the pull request's files cannot be listed, so every feature folder is taken."
    ]);
  let files: string[];
  try {
    files = await listPullRequestFiles(client, context.repository, event.number);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    return everyFeature(context, [
      `The token may not list the pull request's files (it needs "pull-requests: read"): every feature folder is taken. ${errorMessage(error)}`
    ]);
  }
  if (files.length >= PULL_REQUEST_FILE_CAP) return everyFeature(context, [capped]);
  return touched(context, files, 'The pull request');
}

async function pushFeatures(context: SelectionContext, event: PushEvent): Promise<Selection> {
  if (!event.before)
    return everyFeature(context, [
      'The push created the branch: there is no earlier commit to compare with, so every feature folder is taken.'
    ]);
  const client = await context.client();
  if (!client)
    return everyFeature(context, [
      'No github-token: the pushed commits cannot be compared, so every feature folder is taken.'
    ]);
  let files: string[];
  try {
    files = await compareCommits(client, context.repository, event.before, event.after);
  } catch (error) {
    // A force push can leave `before` unknown to GitHub.
    if (httpStatus(error) !== 404 && !isPermissionError(error)) throw error;
    return everyFeature(context, [
      `The pushed range ${event.before.slice(0, 7)}...${event.after.slice(0, 7)} cannot be compared (${errorMessage(error)}): every feature folder is taken.`
    ]);
  }
  if (files.length >= COMPARE_FILE_CAP)
    return everyFeature(context, [
      `The push changes ${COMPARE_FILE_CAP} files or more, more than GitHub compares: every feature folder under ${context.specsDir}/ is taken.`
    ]);
  return touched(context, files, 'The push');
}

function touched(context: SelectionContext, files: string[], what: string): Selection {
  const dirs = featuresTouchedBy(files, context.specsDir).map(dir =>
    path.resolve(context.workspace, dir)
  );
  // A folder the change deletes has nothing left to act on.
  const present = dirs.filter(dir => existsSync(dir));
  if (present.length > 0) return { dirs: present, notices: [] };
  const reason =
    dirs.length > 0
      ? `only deletes feature folders under ${context.specsDir}/`
      : `changes no feature folder under ${context.specsDir}/`;
  return { dirs: [], notices: [`${what} ${reason}: nothing to do.`] };
}
