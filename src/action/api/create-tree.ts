import type { Client } from './client.js';
import type { Repository } from '../event.js';

/** A tree that is `baseTree` with these files set to these blobs. */
export async function createTree(
  client: Client,
  repository: Repository,
  baseTree: string,
  files: readonly { path: string; blobSha: string }[]
): Promise<string> {
  const { data } = await client.rest.git.createTree({
    ...repository,
    base_tree: baseTree,
    tree: files.map(file => ({
      path: file.path,
      mode: '100644' as const,
      type: 'blob' as const,
      sha: file.blobSha
    }))
  });
  return data.sha;
}
