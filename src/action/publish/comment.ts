/**
 * The sticky comment: one per pull request and workflow job, found again by its marker. Created
 * once, edited in place after, not written at all when it would say the same. Two runs racing can
 * each create one; the oldest is kept and the others are deleted.
 */
import { hasMarker, sameCommentContent } from '../../core/report/comment.js';
import type { Client } from '../api/client.js';
import { createComment } from '../api/create-comment.js';
import { deleteComment } from '../api/delete-comment.js';
import { listComments } from '../api/list-comments.js';
import { updateComment } from '../api/update-comment.js';
import type { Repository } from '../event.js';

export interface CommentOutcome {
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Duplicates deleted. */
  deleted: number;
}

export async function upsertComment(
  client: Client,
  repository: Repository,
  issueNumber: number,
  marker: string,
  body: string
): Promise<CommentOutcome> {
  const ours = (await listComments(client, repository, issueNumber))
    .filter(comment => hasMarker(comment.body, marker))
    .sort((a, b) => a.id - b.id);
  const [kept, ...duplicates] = ours;
  if (!kept) {
    const created = await createComment(client, repository, issueNumber, body);
    return { url: created.htmlUrl, action: 'created', deleted: 0 };
  }
  for (const duplicate of duplicates) await deleteComment(client, repository, duplicate.id);
  if (sameCommentContent(kept.body, body))
    return { url: kept.htmlUrl, action: 'unchanged', deleted: duplicates.length };
  await updateComment(client, repository, kept.id, body);
  return { url: kept.htmlUrl, action: 'updated', deleted: duplicates.length };
}
