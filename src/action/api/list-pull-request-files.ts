import type { Client } from './client.js';
import type { Repository } from '../event.js';

/**
 * Every file the pull request changes, renamed ones under both names (the old folder may need its
 * tasks.md checked too). GitHub lists at most 3,000 files, in pages of 100.
 */
export async function listPullRequestFiles(
  client: Client,
  repository: Repository,
  pullNumber: number
): Promise<string[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repository,
    pull_number: pullNumber,
    per_page: 100
  });
  return files.flatMap(file =>
    file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]
  );
}
