import type { Client } from './client.js';
import type { Repository } from '../event.js';

/**
 * Moves the branch to `commitSha`, never by force: GitHub refuses (422) unless the commit
 * descends from the branch's head, so work pushed meanwhile is never lost.
 */
export async function updateBranch(
  client: Client,
  repository: Repository,
  branch: string,
  commitSha: string
): Promise<void> {
  await client.rest.git.updateRef({
    ...repository,
    ref: `heads/${branch}`,
    sha: commitSha,
    force: false
  });
}
