import type { Client } from './client.js';
import type { Repository } from '../event.js';
import type { IssueComment } from './list-comments.js';

export async function createComment(
  client: Client,
  repository: Repository,
  issueNumber: number,
  body: string
): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({
    ...repository,
    issue_number: issueNumber,
    body
  });
  return { id: data.id, body: data.body ?? '', htmlUrl: data.html_url };
}
