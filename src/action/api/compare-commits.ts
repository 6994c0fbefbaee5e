import type { Client } from './client.js';
import type { Repository } from '../event.js';

/** The files changed between two commits; GitHub lists at most 300 of them. */
export async function compareCommits(
  client: Client,
  repository: Repository,
  base: string,
  head: string
): Promise<string[]> {
  const { data } = await client.rest.repos.compareCommitsWithBasehead({
    ...repository,
    basehead: `${base}...${head}`
  });
  return (data.files ?? []).flatMap(file =>
    file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]
  );
}
