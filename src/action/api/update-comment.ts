import type { Client } from './client.js';
import type { Repository } from '../event.js';

export async function updateComment(
  client: Client,
  repository: Repository,
  commentId: number,
  body: string
): Promise<void> {
  await client.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
}
