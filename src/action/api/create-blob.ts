import type { Client } from './client.js';
import type { Repository } from '../event.js';

export async function createBlob(
  client: Client,
  repository: Repository,
  content: string
): Promise<string> {
  const { data } = await client.rest.git.createBlob({
    ...repository,
    content: Buffer.from(content, 'utf8').toString('base64'),
    encoding: 'base64'
  });
  return data.sha;
}
