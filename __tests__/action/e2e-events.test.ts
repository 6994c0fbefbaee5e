/**
 * The built action on each event it may meet, against a fake GitHub API on 127.0.0.1: a pull
 * request from a fork (scenario 3), findings that fail the step (scenario 4), workflow_dispatch,
 * push and an unrelated event (scenario 5), and the inputs it refuses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  annotations,
  notices,
  runAction,
  type RunOptions,
  TOKEN,
  webhookExample
} from '../helpers/action-process.js';
import { FakeGitHub, forbidden } from '../helpers/fake-github.js';
import { capture, scratchRepo } from '../helpers/workspace.js';
import { run as runCli } from '../../src/cli/main.js';

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';
const SECOND = 'specs/002-second-feature';

let github: FakeGitHub;
let repo: ReturnType<typeof scratchRepo>;

beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = scratchRepo('e2e-events');
  github.pullFiles.set(2, [{ filename: `${FEATURE}/research.md`, status: 'modified' }]);
});

afterEach(async () => {
  await github.stop();
  repo.cleanup();
  expect(github.problems).toEqual([]);
});

function pullRequest(action = 'opened'): Record<string, unknown> {
  return webhookExample('pull_request', payload => payload.action === action);
}

function action(options: Partial<RunOptions> & Pick<RunOptions, 'eventName' | 'payload'>) {
  return runAction({ apiUrl: github.url, workspace: repo.root, ...options });
}

/** A generated list whose research.md changed since: one `stale-tasks` warning. */
async function staleList(): Promise<void> {
  await runCli(['generate', '--write', repo.feature], capture(repo.root));
  fs.appendFileSync(path.join(repo.feature, 'research.md'), '\nOne more sentence of research.\n');
}

/** A second feature folder: the example's documents under another name. */
function secondFeature(): void {
  fs.cpSync(repo.feature, path.join(repo.root, SECOND), { recursive: true });
}

describe('scenario 3: a pull request from a fork', () => {
  it('writes nothing, still annotates and summarises, names the follow-up, and succeeds', async () => {
    await staleList();
    const payload = pullRequest();
    (payload.pull_request as { head: { repo: { full_name: string } } }).head.repo.full_name =
      'someone/Hello-World';
    const checked = await action({ eventName: 'pull_request', payload });
    expect(checked.code).toBe(0);
    expect(github.calls()).toEqual(['GET /pulls/2/files?per_page=100']);
    expect(annotations(checked.stdout)).toEqual([
      `warning ${FEATURE}/tasks.md:1 spec-tasks: stale-tasks`
    ]);
    expect(checked.summary).toContain('## spec-tasks check');
    expect(checked.summary).toContain('stale-tasks');
    expect(notices(checked.stdout)).toEqual([
      expect.stringMatching(
        /^This pull request comes from a fork \(someone\/Hello-World\): its token may not write .* nothing is commented\. .*workflow_run workflow/
      )
    ]);
    expect(checked.outputs).toMatchObject({ warnings: '1', errors: '0', 'comment-url': '' });

    // Nor is anything committed.
    github.requests.length = 0;
    const generated = await action({
      eventName: 'pull_request',
      payload,
      inputs: { command: 'generate', publish: 'both', features: FEATURE }
    });
    expect(generated.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(notices(generated.stdout)[0]).toMatch(/nothing is committed or commented/);
    expect(generated.summary).toContain('## spec-tasks generate');
  });

  it('treats a 403 on a write as a missing permission: a notice, no failure', async () => {
    await staleList();
    github.fail('POST', '/issues/2/comments', forbidden());
    const run = await action({ eventName: 'pull_request', payload: pullRequest() });
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    expect(notices(run.stdout)).toEqual([
      'The token may not comment on the pull request: the workflow needs "permissions: pull-requests: write" (Resource not accessible by integration - https://docs.github.com/rest). The results are in the job summary and annotations.'
    ]);
    expect(run.summary).toContain('stale-tasks');
  });
});

describe('scenario 4: findings fail the step', () => {
  const conflicting = [
    '# Tasks',
    '',
    '## Phase 3.1: Setup',
    '- [ ] T001 Create vllm/core/kv_cache_stats.py',
    '',
    '## Phase 3.3: Core Implementation',
    '- [ ] T002 [P] CacheHitSample model in vllm/core/kv_cache_stats.py',
    '- [ ] T003 [P] HitRateWindow model in vllm/core/kv_cache_stats.py',
    ''
  ].join('\n');

  it('annotates [P] tasks sharing a file and untested contracts at their lines, and fails', async () => {
    fs.writeFileSync(path.join(repo.feature, 'tasks.md'), conflicting);
    const run = await action({ eventName: 'pull_request', payload: pullRequest() });
    expect(run.code).toBe(1);
    const errors = annotations(run.stdout).filter(line => line.startsWith('error'));
    expect(errors).toEqual([
      `error ${FEATURE}/contracts/metrics-api.yaml:1 spec-tasks: contract-untested`,
      `error ${FEATURE}/contracts/prometheus-metrics.md:1 spec-tasks: contract-untested`,
      // One finding per file and group, at its first task (T002, line 7).
      `error ${FEATURE}/tasks.md:7 spec-tasks: parallel-file-conflict`
    ]);
    expect(run.stdout).toMatch(
      /^::error::spec-tasks found 3 errors and \d+ warnings \(failing on error\)$/m
    );
    expect(run.outputs.errors).toBe('3');
    expect(run.report?.counts.error).toBe(3);
    // The comment is still posted: the findings are what it is for.
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    expect(github.comments[0]!.body).toContain(
      '`parallel-file-conflict` | specs/001-kv-cache-hit-rate-metric/tasks.md:7 |'
    );
  });

  it('succeeds with fail-on: never, the findings still annotated', async () => {
    fs.writeFileSync(path.join(repo.feature, 'tasks.md'), conflicting);
    const run = await action({
      eventName: 'pull_request',
      payload: pullRequest(),
      inputs: { 'fail-on': 'never', publish: 'none' }
    });
    expect(run.code).toBe(0);
    expect(annotations(run.stdout).filter(line => line.startsWith('error'))).toHaveLength(3);
    expect(github.writes()).toEqual([]);
  });
});

describe('scenario 5: events', () => {
  function dispatch(): Record<string, unknown> {
    return webhookExample('workflow_dispatch');
  }

  it("workflow_dispatch without features: every folder, commented on the branch's pull request", async () => {
    secondFeature();
    await runCli(
      ['generate', '--write', repo.feature, path.join(repo.root, SECOND)],
      capture(repo.root)
    );
    github.openPulls.set('feature-branch', 7);
    const run = await action({
      eventName: 'workflow_dispatch',
      payload: dispatch(),
      env: { GITHUB_REF: 'refs/heads/feature-branch' }
    });
    expect(run.code).toBe(0);
    expect(run.outputs.features).toBe(JSON.stringify([FEATURE, SECOND]));
    expect(github.calls()).toEqual([
      'GET /pulls?head=octo:feature-branch&state=open&per_page=1',
      'GET /issues/7/comments?per_page=100',
      'POST /issues/7/comments'
    ]);
    expect(github.comments[0]!.body).toContain('✅ **No findings in 2 features;');
  });

  it('workflow_dispatch with features and no pull request: the named folder, summary only', async () => {
    secondFeature();
    const run = await action({
      eventName: 'workflow_dispatch',
      payload: dispatch(),
      inputs: { command: 'generate', features: JSON.stringify([SECOND]) },
      env: { GITHUB_REF: 'refs/heads/lonely' }
    });
    expect(run.code).toBe(0);
    expect(run.outputs.features).toBe(JSON.stringify([SECOND]));
    expect(github.calls()).toEqual(['GET /pulls?head=octo:lonely&state=open&per_page=1']);
    expect(run.stdout).toContain(
      'No open pull request for branch lonely: the results are in the job summary only.'
    );
    expect(run.summary).toContain(`${SECOND} · `);
    expect(run.summary).not.toContain(`${FEATURE} · `);
  });

  it('push: the folders the pushed range touches, from the compare API; summary and annotations only', async () => {
    secondFeature();
    await staleList();
    const before = github.commitFiles('main', { [`${FEATURE}/research.md`]: 'old\n' });
    const after = github.commitFiles(
      'main',
      { [`${FEATURE}/research.md`]: 'new\n', 'README.md': 'x\n' },
      before
    );
    const payload = webhookExample('push');
    Object.assign(payload, { before, after, ref: 'refs/heads/main' });
    const run = await action({ eventName: 'push', payload });
    expect(run.code).toBe(0);
    expect(github.calls()).toEqual([`GET /compare/${before}...${after}`]);
    expect(run.outputs.features).toBe(JSON.stringify([FEATURE]));
    expect(annotations(run.stdout)).toEqual([
      `warning ${FEATURE}/tasks.md:1 spec-tasks: stale-tasks`
    ]);
    expect(run.summary).toContain('stale-tasks');
    expect(github.writes()).toEqual([]);
  });

  it('an unrelated event: a notice and success, before anything is loaded or asked', async () => {
    const run = await action({
      eventName: 'issues',
      payload: webhookExample('issues', payload => payload.action === 'opened')
    });
    expect(run.code).toBe(0);
    expect(notices(run.stdout)).toEqual([
      'spec-tasks acts on pull_request, workflow_dispatch and push events, not on "issues": nothing to do.'
    ]);
    expect(run.outputs).toEqual({});
    expect(run.summary).toBe('');
    expect(github.requests).toEqual([]);
  });

  it('a pull request action that changes no list, and one that touches no spec: nothing to do', async () => {
    const closed = await action({ eventName: 'pull_request', payload: pullRequest('closed') });
    expect(closed.code).toBe(0);
    expect(notices(closed.stdout)[0]).toMatch(
      /^A pull request "closed" event changes no task list/
    );
    github.pullFiles.set(2, [{ filename: 'src/app.py', status: 'modified' }]);
    const unrelated = await action({ eventName: 'pull_request', payload: pullRequest() });
    expect(unrelated.code).toBe(0);
    expect(notices(unrelated.stdout)).toEqual([
      'The pull request changes no feature folder under specs/: nothing to do.'
    ]);
    expect(unrelated.outputs).toMatchObject({ features: '[]', tasks: '0', errors: '0' });
    expect(github.calls()).toEqual(['GET /pulls/2/files?per_page=100']);
  });

  it('follows the pages of a long file list, and writes SARIF when asked', async () => {
    github.pullFiles.set(2, [
      ...Array.from({ length: 150 }, (_, index) => ({
        filename: `docs/file-${index}.md`,
        status: 'added' as const
      })),
      { filename: `${FEATURE}/spec.md`, status: 'modified' }
    ]);
    await staleList();
    const run = await action({
      eventName: 'pull_request',
      payload: pullRequest(),
      inputs: { publish: 'none', 'sarif-file': 'spec-tasks.sarif' }
    });
    expect(run.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      'GET /pulls/2/files?per_page=100&page=2'
    ]);
    expect(run.outputs.features).toBe(JSON.stringify([FEATURE]));
    const sarif = JSON.parse(fs.readFileSync(path.join(repo.root, 'spec-tasks.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual([
      'stale-tasks'
    ]);
  });

  it("past GitHub's 3,000-file list: every feature folder, without listing", async () => {
    secondFeature();
    const payload = pullRequest();
    (payload.pull_request as { changed_files: number }).changed_files = 3001;
    const run = await action({ eventName: 'pull_request', payload, inputs: { publish: 'none' } });
    expect(run.outputs.features).toBe(JSON.stringify([FEATURE, SECOND]));
    expect(github.requests).toEqual([]);
    expect(notices(run.stdout)[0]).toMatch(
      /more than 3,000 files, more than GitHub lists: every feature folder/
    );
  });
});

describe('inputs', () => {
  it('refuses publish: commit with command: check', async () => {
    const run = await action({
      eventName: 'pull_request',
      payload: pullRequest(),
      inputs: { command: 'check', publish: 'commit' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Input "publish" is "commit", which commits generated task lists: it needs "command: generate". With "command: check" use comment or none.'
    );
    expect(github.requests).toEqual([]);
  });

  it('refuses an unknown value, naming the input and the values it takes, on any event', async () => {
    const run = await action({
      eventName: 'issues',
      payload: {},
      inputs: { publish: 'sometimes' }
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Input "publish" must be one of comment, commit, both, none, not "sometimes"'
    );
    expect(run.stdout).not.toContain(TOKEN);
  });
});

describe('rule settings, read as the CLI reads them', () => {
  function writeRepoFile(relative: string, text: string): void {
    const file = path.join(repo.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  function checkStale(inputs: Record<string, string> = {}) {
    return action({
      eventName: 'pull_request',
      payload: pullRequest(),
      inputs: { publish: 'none', ...inputs }
    });
  }

  it("reads the repository's .spec-tasks.yml", async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n');
    const run = await checkStale();
    expect(annotations(run.stdout)).toEqual([
      `error ${FEATURE}/tasks.md:1 spec-tasks: stale-tasks`
    ]);
    expect(run.outputs.errors).toBe('1');
    expect(run.code).toBe(1);
  });

  it('lets the rules input win over .spec-tasks.yml', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n  task-id-order: off\n');
    const run = await checkStale({ rules: 'stale-tasks=note' });
    expect(annotations(run.stdout)).toEqual([
      `notice ${FEATURE}/tasks.md:1 spec-tasks: stale-tasks`
    ]);
    expect(run.code).toBe(0);
  });

  it('reads the file the config input names instead, and fails when it does not exist', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: off\n');
    writeRepoFile('ci/strict.yml', 'rules:\n  stale-tasks: error\n');
    const strict = await checkStale({ config: 'ci/strict.yml' });
    expect(annotations(strict.stdout)).toEqual([
      `error ${FEATURE}/tasks.md:1 spec-tasks: stale-tasks`
    ]);
    expect(strict.code).toBe(1);
    github.requests.length = 0;
    const missing = await checkStale({ config: 'ci/missing.yml' });
    expect(missing.stdout).toContain(
      '::error::Input "config": config file not found: ci/missing.yml'
    );
    expect(missing.code).toBe(1);
    expect(github.requests).toEqual([]);
  });

  it('fails on a misspelt key in .spec-tasks.yml, naming the file and line, before asking the API', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', '# settings\nrule:\n  stale-tasks: off\n');
    const run = await checkStale();
    expect(run.stdout).toContain(
      '::error::.spec-tasks.yml:2: unknown key "rule" (known keys: rules)'
    );
    expect(annotations(run.stdout)).toEqual([]);
    expect(github.requests).toEqual([]);
    expect(run.code).toBe(1);
  });
});
