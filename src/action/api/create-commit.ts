import type { Client } from './client.js';
import type { Repository } from '../event.js';

/**
 * A commit of `tree` on `parent`. No author or committer is given: GitHub then makes the token's
 * identity both and signs the commit, so it shows as verified.
 */
export async function createCommit(
  client: Client,
  repository: Repository,
  message: string,
  tree: string,
  parent: string
): Promise<string> {
  const { data } = await client.rest.git.createCommit({
    ...repository,
    message,
    tree,
    parents: [parent]
  });
  return data.sha;
}
