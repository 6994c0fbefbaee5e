/**
 * What an API error means for the run. Octokit's errors carry the HTTP status and GitHub's message;
 * neither holds the token (Octokit redacts the authorization header in the request it keeps).
 */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A 403 that no wait cures: the token lacks a permission (GitHub says "Resource not accessible by
 * integration"), as on a pull request from a fork. Rate limits are the client's to retry.
 */
export function isPermissionError(error: unknown): boolean {
  if (httpStatus(error) !== 403) return false;
  const message = error instanceof Error ? error.message : '';
  return !/rate limit/i.test(message);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
