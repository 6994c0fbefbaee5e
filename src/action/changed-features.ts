/**
 * Which feature folders a run is about: the ones named, else the ones the pull request's files
 * touch (asked of the GitHub API), else every folder under the specs directory.
 */
import * as github from '@actions/github';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { discoverFeatures, featuresTouchedBy } from '../io/discover.js';

export async function selectFeatures(
  workspace: string,
  specsDir: string,
  named: string[],
  token: string
): Promise<string[]> {
  if (named.length > 0) return named.map(dir => path.resolve(workspace, dir));
  const pullRequest = github.context.payload.pull_request;
  if (pullRequest && token) {
    const files = await pullRequestFiles(token, pullRequest.number);
    const touched = featuresTouchedBy(files, specsDir).map(dir => path.resolve(workspace, dir));
    // A pull request that deletes a feature folder leaves nothing to check there.
    return touched.filter(dir => existsSync(dir));
  }
  return (await discoverFeatures(workspace, specsDir)).map(dir => path.resolve(workspace, dir));
}

async function pullRequestFiles(token: string, pullNumber: number): Promise<string[]> {
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number: pullNumber,
    per_page: 100
  });
  // A renamed folder counts under both names: the old one may need its tasks.md checked too.
  return files.flatMap(file =>
    file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]
  );
}
