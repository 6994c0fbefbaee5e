import type { Client } from './client.js';
import type { Repository } from '../event.js';

export interface IssueComment {
  id: number;
  body: string;
  htmlUrl: string;
}

/** Every comment on the pull request's conversation, oldest first. */
export async function listComments(
  client: Client,
  repository: Repository,
  issueNumber: number
): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    ...repository,
    issue_number: issueNumber,
    per_page: 100
  });
  return comments.map(comment => ({
    id: comment.id,
    body: comment.body ?? '',
    htmlUrl: comment.html_url
  }));
}
