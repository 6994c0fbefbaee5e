/**
 * Scenario 6: the built action against a fake GitHub API that fails the way GitHub does now and
 * then: a 502, a reset connection, a secondary rate limit with `retry-after`. The client retries
 * within bounds and the run succeeds; a wait longer than the bound is not waited for.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { notices, runAction, webhookExample } from '../helpers/action-process.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { scratchRepo } from '../helpers/workspace.js';

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';

let github: FakeGitHub;
let repo: ReturnType<typeof scratchRepo>;

beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = scratchRepo('e2e-faults');
  github.pullFiles.set(2, [{ filename: `${FEATURE}/spec.md`, status: 'modified' }]);
});

afterEach(async () => {
  await github.stop();
  repo.cleanup();
  expect(github.problems).toEqual([]);
});

function secondaryRateLimit(retryAfter: number) {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfter) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403'
    }
  };
}

function generate() {
  return runAction({
    apiUrl: github.url,
    workspace: repo.root,
    eventName: 'pull_request',
    payload: webhookExample('pull_request', payload => payload.action === 'opened'),
    inputs: { command: 'generate' }
  });
}

describe('scenario 6: faults', () => {
  it('retries a 502, a reset connection and a secondary rate limit, and succeeds in bounded time', async () => {
    github.fail('GET', '/pulls/2/files', { status: 502, body: { message: 'Bad Gateway' } });
    github.fail('GET', '/issues/2/comments', { status: 0 });
    github.fail('POST', '/issues/2/comments', secondaryRateLimit(1));
    const run = await generate();
    expect(run.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      'GET /pulls/2/files?per_page=100',
      'GET /issues/2/comments?per_page=100',
      'GET /issues/2/comments?per_page=100',
      'POST /issues/2/comments',
      'POST /issues/2/comments'
    ]);
    expect(github.comments).toHaveLength(1);
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(run.stdout).toContain(
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying in 1 s.'
    );
    // Waits of a second or so each (the retry plugin's first back-off, retry-after, and GitHub's
    // spacing of notifying writes): bounded by the client's limits, far from the test's timeout.
    expect(run.milliseconds).toBeLessThan(30_000);
  });

  it('does not wait out a retry-after past its bound: it gives up at once and says so', async () => {
    github.fail('POST', '/issues/2/comments', secondaryRateLimit(3600));
    const run = await generate();
    expect(run.code).toBe(1);
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    expect(run.stdout).toContain('giving up (retry-after 3600 s)');
    expect(run.stdout).toMatch(/^::error::You have exceeded a secondary rate limit/m);
    expect(notices(run.stdout)).toEqual([]);
    // An hour's wait would end in the test's timeout; giving up takes no wait at all.
    expect(run.milliseconds).toBeLessThan(30_000);
  });
});
