import type { Client } from './client.js';
import type { Repository } from '../event.js';

/** The open pull request whose head is this repository's branch, if there is one. */
export async function findPullRequest(
  client: Client,
  repository: Repository,
  branch: string
): Promise<number | undefined> {
  const { data } = await client.rest.pulls.list({
    ...repository,
    head: `${repository.owner}:${branch}`,
    state: 'open',
    per_page: 1
  });
  return data[0]?.number;
}
