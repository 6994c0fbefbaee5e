/**
 * The job summary of `generate`: the comment's body without its marker, under the job summary's
 * own limit (1 MiB of UTF-8, so at most three bytes for each UTF-16 code unit counted here).
 */
import { formatComment, type PublishedRun } from './comment.js';

export const JOB_SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);

export function formatGenerateSummary(run: PublishedRun): string {
  return formatComment(run, {
    maxLength: JOB_SUMMARY_LIMIT,
    limitText: 'the 1 MiB limit of a job summary'
  });
}
