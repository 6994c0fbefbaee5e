/**
 * The one GitHub API client of a run: @actions/github's Octokit with the retry plugin (server
 * errors and dropped connections) and the throttling plugin (primary and secondary rate limits,
 * `retry-after`), both through getOctokit's plugin argument. Every wait and every request ends
 * within one budget for the whole run, so a struggling API cannot hold a runner for hours.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Client = ReturnType<typeof getOctokit>;

export interface ClientLimits {
  /** All API work of the run, waits included, in milliseconds. */
  budgetMs: number;
  /** Retries of one request after a server error or a reset connection. */
  retries: number;
  /** Retries of one request after a rate limit. */
  rateLimitRetries: number;
  /** The longest `retry-after` or rate-limit reset honoured, in seconds. */
  maxRetryAfterSeconds: number;
}

export const DEFAULT_CLIENT_LIMITS: ClientLimits = {
  budgetMs: 3 * 60_000,
  retries: 2,
  rateLimitRetries: 2,
  maxRetryAfterSeconds: 60
};

export interface ClientLog {
  info(message: string): void;
  warning(message: string): void;
}

export function createClient(
  token: string,
  log: ClientLog,
  limits: ClientLimits = DEFAULT_CLIENT_LIMITS
): Client {
  const deadline = Date.now() + limits.budgetMs;
  const signal = AbortSignal.timeout(limits.budgetMs);
  const waitFits = (retryAfter: number, retryCount: number): boolean =>
    retryCount < limits.rateLimitRetries &&
    retryAfter <= limits.maxRetryAfterSeconds &&
    Date.now() + retryAfter * 1000 < deadline;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _client: unknown,
      retryCount: number
    ): boolean => {
      const request = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      if (waitFits(retryAfter, retryCount)) {
        log.info(`GitHub ${kind} on ${request}: retrying in ${retryAfter} s.`);
        return true;
      }
      log.warning(`GitHub ${kind} on ${request}: giving up (retry-after ${retryAfter} s).`);
      return false;
    };
  const client = getOctokit(
    token,
    {
      // Octokit's own log would print request details: only what is said here reaches the log.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      // Rate limits (403 and 429) are the throttling plugin's: retried once per plugin, not twice.
      retry: { retries: limits.retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit')
      }
    },
    retry,
    throttling
  );
  // After the budget every request, and every retry, is aborted rather than started.
  client.hook.before('request', options => {
    options.request = { ...options.request, signal };
  });
  return client;
}
