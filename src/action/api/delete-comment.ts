import type { Client } from './client.js';
import type { Repository } from '../event.js';

export async function deleteComment(
  client: Client,
  repository: Repository,
  commentId: number
): Promise<void> {
  await client.rest.issues.deleteComment({ ...repository, comment_id: commentId });
}
