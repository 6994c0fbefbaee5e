import type { Client } from './client.js';
import type { Repository } from '../event.js';

/** The commit a branch points at now. */
export async function getBranchHead(
  client: Client,
  repository: Repository,
  branch: string
): Promise<string> {
  const { data } = await client.rest.git.getRef({ ...repository, ref: `heads/${branch}` });
  return data.object.sha;
}
