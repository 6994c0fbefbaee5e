/**
 * One commit of every generated tasks.md that differs from the branch's, through the Git Data
 * API: a blob per file, a tree on the branch's head, a commit without author (GitHub signs it as
 * verified), and a ref update that is never forced.
 *
 * A file is written only where the branch still holds the tasks.md this run judged: the same one
 * as the checkout (a list a person wrote never reaches here), in a folder no commit since the run
 * started has touched. If the branch moves between reading it and updating it, the branch is read
 * again and the commit rebuilt once; a second move gives up, and the next run commits.
 */
import type { Client } from '../api/client.js';
import { compareCommits } from '../api/compare-commits.js';
import { createBlob } from '../api/create-blob.js';
import { createCommit } from '../api/create-commit.js';
import { createTree } from '../api/create-tree.js';
import { httpStatus } from '../api/errors.js';
import { getBranchHead } from '../api/get-branch-head.js';
import { getCommitTree } from '../api/get-commit-tree.js';
import { getFileSha } from '../api/get-file-sha.js';
import { updateBranch } from '../api/update-branch.js';
import type { Repository } from '../event.js';
import { gitBlobSha } from '../git-blob.js';
import { COMPARE_FILE_CAP } from '../select-features.js';
import type { GeneratedFile } from '../work.js';

export interface CommitRequest {
  branch: string;
  /** The commit the run's checkout stands for: the pull request's head, or the pushed commit. */
  runSha: string;
  message: string;
  files: readonly GeneratedFile[];
}

export interface CommitOutcome {
  /** The new commit, when one was made. */
  sha: string | undefined;
  /** Repository-relative tasks.md paths in the commit. */
  committed: string[];
  /** Files left as they are on the branch, each with the reason. */
  skipped: { path: string; reason: string }[];
  /** The branch moved twice while committing: nothing was committed. */
  gaveUp: boolean;
}

export async function commitTaskLists(
  client: Client,
  repository: Repository,
  request: CommitRequest
): Promise<CommitOutcome> {
  const blobs = new Map<string, string>();
  let head = await getBranchHead(client, repository, request.branch);
  let since = request.runSha;
  const skipped: CommitOutcome['skipped'] = [];
  let files = request.files;
  for (let attempt = 0; attempt < 2; attempt++) {
    files = await unmovedFiles(client, repository, since, head, files, skipped);
    const changed = await changedFiles(client, repository, head, files, skipped);
    if (changed.length === 0) return { sha: undefined, committed: [], skipped, gaveUp: false };
    const entries = [];
    for (const file of changed) {
      const blobSha = blobs.get(file.path) ?? (await createBlob(client, repository, file.content));
      blobs.set(file.path, blobSha);
      entries.push({ path: file.path, blobSha });
    }
    const tree = await createTree(
      client,
      repository,
      await getCommitTree(client, repository, head),
      entries
    );
    const commit = await createCommit(client, repository, request.message, tree, head);
    try {
      await updateBranch(client, repository, request.branch, commit);
      return { sha: commit, committed: entries.map(entry => entry.path), skipped, gaveUp: false };
    } catch (error) {
      // 422: not a fast-forward, the branch moved since it was read.
      if (httpStatus(error) !== 422) throw error;
    }
    since = head;
    head = await getBranchHead(client, repository, request.branch);
    files = changed;
  }
  return { sha: undefined, committed: [], skipped, gaveUp: true };
}

/**
 * The files whose feature folders no commit between `since` and `head` touched: a list generated
 * from older design documents must not land on newer ones.
 */
async function unmovedFiles(
  client: Client,
  repository: Repository,
  since: string,
  head: string,
  files: readonly GeneratedFile[],
  skipped: CommitOutcome['skipped']
): Promise<readonly GeneratedFile[]> {
  if (since === head || files.length === 0) return files;
  const touched = await compareCommits(client, repository, since, head);
  // Past the comparison's cap GitHub does not say which files changed: take every folder as moved.
  const unknown = touched.length >= COMPARE_FILE_CAP;
  return files.filter(file => {
    const moved = unknown || touched.some(changed => changed.startsWith(`${file.dir}/`));
    if (moved)
      skipped.push({
        path: file.path,
        reason: `the branch changed ${file.dir}/ since ${since.slice(0, 7)}; the run for ${head.slice(0, 7)} decides`
      });
    return !moved;
  });
}

/** The files that differ from the branch's, where the branch's tasks.md is the one checked out. */
async function changedFiles(
  client: Client,
  repository: Repository,
  head: string,
  files: readonly GeneratedFile[],
  skipped: CommitOutcome['skipped']
): Promise<GeneratedFile[]> {
  const changed: GeneratedFile[] = [];
  for (const file of files) {
    const onBranch = await getFileSha(client, repository, file.path, head);
    if (onBranch !== file.workspaceBlobSha) {
      skipped.push({
        path: file.path,
        reason: "the branch's tasks.md is not the one this run checked out"
      });
      continue;
    }
    if (onBranch !== gitBlobSha(file.content)) changed.push(file);
  }
  return changed;
}
