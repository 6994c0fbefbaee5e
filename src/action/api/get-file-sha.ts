import type { Client } from './client.js';
import type { Repository } from '../event.js';
import { httpStatus } from './errors.js';

/** The blob SHA of a file at a commit, or undefined when the commit has no such file. */
export async function getFileSha(
  client: Client,
  repository: Repository,
  path: string,
  ref: string
): Promise<string | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...repository, path, ref });
    if (Array.isArray(data) || data.type !== 'file') return undefined;
    return data.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
