/**
 * The action end to end, in process: inputs from INPUT_* variables, the pull request's files from
 * a real HTTP server on 127.0.0.1 that answers like GitHub's REST API, reached through the same
 * Octokit client the action uses; summary, outputs and annotations read back from the runner files.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  jest
} from '@jest/globals';
import { run as runCli } from '../../src/cli/main.js';
import { capture, scratchRepo } from '../helpers/workspace.js';

interface Recorded {
  method: string;
  url: string;
  authorization: string | undefined;
}

const requests: Recorded[] = [];
let changedFiles: { filename: string; status: string; previous_filename?: string }[] = [];
let server: http.Server;
let apiUrl: string;
let repo: ReturnType<typeof scratchRepo>;
let runnerDir: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      authorization: request.headers.authorization
    });
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'GET' && url.pathname === '/repos/octo/spec-repo/pulls/7/files') {
      const page = Number(url.searchParams.get('page') ?? '1');
      const perPage = Number(url.searchParams.get('per_page') ?? '30');
      const slice = changedFiles.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (page * perPage < changedFiles.length) {
        headers.link = `<${apiUrl}/repos/octo/spec-repo/pulls/7/files?per_page=${perPage}&page=${page + 1}>; rel="next"`;
      }
      response.writeHead(200, headers);
      response.end(JSON.stringify(slice));
      return;
    }
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: 'Not Found' }));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(resolve => server.close(resolve));
});

beforeAll(() => {
  // One runner folder for the file: @actions/core remembers the summary path it first wrote to.
  runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-runner-'));
});

afterAll(() => fs.rmSync(runnerDir, { recursive: true, force: true }));

beforeEach(() => {
  repo = scratchRepo('action');
  requests.length = 0;
  const event = path.join(runnerDir, 'event.json');
  fs.writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }));
  fs.writeFileSync(path.join(runnerDir, 'summary.md'), '');
  fs.writeFileSync(path.join(runnerDir, 'output.txt'), '');
  Object.assign(process.env, {
    GITHUB_API_URL: apiUrl,
    GITHUB_REPOSITORY: 'octo/spec-repo',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: repo.root,
    GITHUB_STEP_SUMMARY: path.join(runnerDir, 'summary.md'),
    GITHUB_OUTPUT: path.join(runnerDir, 'output.txt'),
    INPUT_COMMAND: 'check',
    INPUT_FEATURES: '',
    'INPUT_SPECS-DIR': 'specs',
    'INPUT_FAIL-ON': 'error',
    INPUT_RULES: '',
    INPUT_CONFIG: '',
    INPUT_TEMPLATE: '',
    'INPUT_SARIF-FILE': '',
    'INPUT_GITHUB-TOKEN': 'test-token'
  });
});

afterEach(() => {
  repo.cleanup();
  process.exitCode = undefined;
});

/** Runs the action with stdout captured (workflow commands go there). */
async function runAction(): Promise<string> {
  const { run } = await import('../../src/action/run.js');
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    stdout += String(chunk);
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return stdout;
}

function summary(): string {
  return fs.readFileSync(process.env.GITHUB_STEP_SUMMARY!, 'utf8');
}

function outputs(): string {
  return fs.readFileSync(process.env.GITHUB_OUTPUT!, 'utf8');
}

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';

describe('the action on a pull request', () => {
  it('asks GitHub for the changed files and checks only the touched feature', async () => {
    changedFiles = [
      { filename: `${FEATURE}/data-model.md`, status: 'modified' },
      { filename: 'README.md', status: 'modified' }
    ];
    await runCli(['generate', '--write', repo.feature], capture(repo.root));
    const stdout = await runAction();
    expect(requests).toEqual([
      {
        method: 'GET',
        url: '/repos/octo/spec-repo/pulls/7/files?per_page=100',
        authorization: 'token test-token'
      }
    ]);
    expect(outputs()).toContain(FEATURE);
    expect(outputs()).toMatch(/errors<<[\s\S]*\n0\n/);
    expect(summary()).toContain(FEATURE);
    expect(stdout).not.toContain('::error');
    expect(process.exitCode).not.toBe(1);
  });

  it('follows pagination for pull requests with many files', async () => {
    changedFiles = Array.from({ length: 150 }, (_, index) => ({
      filename: `docs/file-${index}.md`,
      status: 'added'
    }));
    changedFiles.push({ filename: `${FEATURE}/spec.md`, status: 'modified' });
    await runCli(['generate', '--write', repo.feature], capture(repo.root));
    await runAction();
    expect(requests.map(request => request.url)).toEqual([
      '/repos/octo/spec-repo/pulls/7/files?per_page=100',
      '/repos/octo/spec-repo/pulls/7/files?per_page=100&page=2'
    ]);
    expect(outputs()).toContain(FEATURE);
  });

  it('annotates and fails when a contract has no test and [P] tasks share a file', async () => {
    changedFiles = [{ filename: `${FEATURE}/tasks.md`, status: 'added' }];
    fs.writeFileSync(
      path.join(repo.feature, 'tasks.md'),
      [
        '# Tasks',
        '',
        '## Phase 3.1: Setup',
        '- [ ] T001 Create vllm/core/kv_cache_stats.py',
        '',
        '## Phase 3.3: Core Implementation',
        '- [ ] T002 [P] CacheHitSample model in vllm/core/kv_cache_stats.py',
        '- [ ] T003 [P] HitRateWindow model in vllm/core/kv_cache_stats.py',
        ''
      ].join('\n')
    );
    const stdout = await runAction();
    expect(stdout).toMatch(
      /::error title=spec-tasks%3A contract-untested,file=specs\/001-kv-cache-hit-rate-metric\/contracts\/metrics-api\.yaml/
    );
    expect(stdout).toMatch(
      /::error title=spec-tasks%3A parallel-file-conflict,file=specs\/001-kv-cache-hit-rate-metric\/tasks\.md,line=8/
    );
    expect(process.exitCode).toBe(1);
    expect(summary()).toContain('parallel-file-conflict');
  });

  it('does nothing, successfully, when the pull request touches no feature', async () => {
    changedFiles = [{ filename: 'src/app.py', status: 'modified' }];
    const stdout = await runAction();
    expect(stdout).toContain('No feature folders to check');
    expect(process.exitCode).not.toBe(1);
  });

  it('rejects a bad input value, naming the input', async () => {
    process.env['INPUT_FAIL-ON'] = 'sometimes';
    const stdout = await runAction();
    expect(stdout).toContain('Input "fail-on" must be one of error, warning, never');
    expect(process.exitCode).toBe(1);
  });
});

describe('the action: rule settings', () => {
  /** A generated list whose research.md changed since: one `stale-tasks` warning by default. */
  async function staleList(): Promise<void> {
    changedFiles = [{ filename: `${FEATURE}/research.md`, status: 'modified' }];
    await runCli(['generate', '--write', repo.feature], capture(repo.root));
    fs.appendFileSync(path.join(repo.feature, 'research.md'), '\nOne more sentence of research.\n');
  }

  function writeRepoFile(relative: string, text: string): void {
    const file = path.join(repo.root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }

  it('warns without failing on a stale list when nothing raises it', async () => {
    await staleList();
    const stdout = await runAction();
    expect(stdout).toMatch(/^::warning title=spec-tasks%3A stale-tasks,/m);
    expect(process.exitCode).not.toBe(1);
  });

  it("reads the repository's .spec-tasks.yml, as the CLI does", async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n');
    const stdout = await runAction();
    expect(stdout).toMatch(/^::error title=spec-tasks%3A stale-tasks,/m);
    expect(outputs()).toMatch(/errors<<[\s\S]*\n1\n/);
    expect(process.exitCode).toBe(1);
  });

  it('lets the rules input win over .spec-tasks.yml', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n  task-id-order: off\n');
    process.env.INPUT_RULES = 'stale-tasks=note';
    const stdout = await runAction();
    expect(stdout).toMatch(/^::notice title=spec-tasks%3A stale-tasks,/m);
    expect(stdout).not.toContain('::error');
    expect(process.exitCode).not.toBe(1);
  });

  it('reads the config file the config input names instead', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: off\n');
    writeRepoFile('ci/strict.yml', 'rules:\n  stale-tasks: error\n');
    process.env.INPUT_CONFIG = 'ci/strict.yml';
    const stdout = await runAction();
    expect(stdout).toMatch(/^::error title=spec-tasks%3A stale-tasks,/m);
    expect(process.exitCode).toBe(1);
  });

  it('fails when the config input names a file that does not exist', async () => {
    await staleList();
    process.env.INPUT_CONFIG = 'ci/missing.yml';
    const stdout = await runAction();
    expect(stdout).toContain('::error::Input "config": config file not found: ci/missing.yml');
    expect(process.exitCode).toBe(1);
  });

  it('fails on a misspelt key in .spec-tasks.yml, naming the file and line, before checking', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', '# settings\nrule:\n  stale-tasks: off\n');
    const stdout = await runAction();
    expect(stdout).toContain('::error::.spec-tasks.yml:2: unknown key "rule" (known keys: rules)');
    expect(stdout).not.toContain('title=spec-tasks%3A');
    expect(requests).toEqual([]);
    expect(process.exitCode).toBe(1);
  });
});

describe('the action on workflow_dispatch', () => {
  it('checks every feature folder and writes SARIF when asked', async () => {
    const { context } = await import('@actions/github');
    const payload = context.payload;
    context.payload = {};
    try {
      process.env['INPUT_SARIF-FILE'] = 'out/spec-tasks.sarif';
      fs.mkdirSync(path.join(repo.root, 'out'));
      await runCli(['generate', '--write', repo.feature], capture(repo.root));
      await runAction();
      expect(requests).toEqual([]);
      const sarif = JSON.parse(
        fs.readFileSync(path.join(repo.root, 'out', 'spec-tasks.sarif'), 'utf8')
      );
      expect(sarif.version).toBe('2.1.0');
      expect(Array.isArray(sarif.runs[0].results)).toBe(true);
    } finally {
      context.payload = payload;
    }
  });

  it('prints generated task lists into the summary with command: generate', async () => {
    const { context } = await import('@actions/github');
    const payload = context.payload;
    context.payload = {};
    try {
      process.env.INPUT_COMMAND = 'generate';
      await runAction();
      expect(summary()).toContain('# Tasks: KV-Cache Hit-Rate Metric');
      expect(fs.existsSync(path.join(repo.feature, 'tasks.md'))).toBe(false);
    } finally {
      context.payload = payload;
    }
  });
});
