import type { Client } from './client.js';
import type { Repository } from '../event.js';

export interface CommitStatus {
  state: 'success' | 'failure';
  /** At most 140 characters; longer ones are cut. */
  description: string;
  targetUrl: string | undefined;
}

/** The `spec-tasks` status on a commit: a commit pushed with GITHUB_TOKEN starts no workflow. */
export async function createStatus(
  client: Client,
  repository: Repository,
  sha: string,
  status: CommitStatus
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repository,
    sha,
    state: status.state,
    context: 'spec-tasks',
    description: status.description.slice(0, 140),
    ...(status.targetUrl ? { target_url: status.targetUrl } : {})
  });
}
