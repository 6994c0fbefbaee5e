import type { Client } from './client.js';
import type { Repository } from '../event.js';

/** The tree a commit records. */
export async function getCommitTree(
  client: Client,
  repository: Repository,
  commitSha: string
): Promise<string> {
  const { data } = await client.rest.git.getCommit({ ...repository, commit_sha: commitSha });
  return data.tree.sha;
}
