/**
 * The built action committing generated task lists through the Git Data API of a fake GitHub on
 * 127.0.0.1 (scenario 2), and the branch moving under it (scenario 6).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction, webhookExample } from '../helpers/action-process.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { scratchRepo } from '../helpers/workspace.js';

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';
const TASKS = `${FEATURE}/tasks.md`;
const BRANCH = 'changes';

let github: FakeGitHub;
let repo: ReturnType<typeof scratchRepo>;
let head: string;

/** The workspace's files under specs/, path → text, as the branch holds them. */
function workspaceFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files[path.relative(repo.root, full).split(path.sep).join('/')] = fs.readFileSync(
          full,
          'utf8'
        );
    }
  };
  walk(path.join(repo.root, 'specs'));
  return { 'README.md': '# spec-repo\n', ...files };
}

beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = scratchRepo('e2e-commit');
  head = github.commitFiles(BRANCH, workspaceFiles());
  github.pullFiles.set(2, [{ filename: `${FEATURE}/plan.md`, status: 'modified' }]);
});

afterEach(async () => {
  await github.stop();
  repo.cleanup();
  expect(github.problems).toEqual([]);
});

/** The opened example, on this test's branch and head commit. */
function payload(): Record<string, unknown> {
  const event = webhookExample('pull_request', example => example.action === 'opened');
  const pull = event.pull_request as { head: { ref: string; sha: string } };
  pull.head.ref = BRANCH;
  pull.head.sha = head;
  return event;
}

function generate(publish: string) {
  return runAction({
    apiUrl: github.url,
    workspace: repo.root,
    eventName: 'pull_request',
    payload: payload(),
    inputs: { command: 'generate', publish }
  });
}

describe('scenario 2: commit mode', () => {
  it('commits the generated list once with a status, then has nothing to commit', async () => {
    const run = await generate('commit');
    expect(run.code).toBe(0);
    const commit = run.outputs['commit-sha']!;
    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    const blob = github.requests.find(request => request.url.endsWith('/git/blobs'))!;
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      `GET /git/ref/heads/${BRANCH}`,
      `GET /contents/${TASKS}?ref=${head}`,
      'POST /git/blobs',
      `GET /git/commits/${head}`,
      'POST /git/trees',
      'POST /git/commits',
      `PATCH /git/refs/heads/${BRANCH}`,
      `POST /statuses/${commit}`
    ]);
    // One commit: the branch's files plus tasks.md, on the old head, no author, never forced.
    const created = github.requests.find(request => request.url.endsWith('/git/commits'))!;
    expect(created.body).toEqual({
      message: 'chore(specs): generate tasks.md',
      tree: expect.any(String),
      parents: [head]
    });
    const update = github.requests.find(request => request.method === 'PATCH')!;
    expect(update.body).toEqual({ sha: commit, force: false });
    expect(github.refs.get(BRANCH)).toBe(commit);
    const files = github.filesOf(BRANCH);
    expect(Object.keys(files).sort()).toEqual([...Object.keys(workspaceFiles()), TASKS].sort());
    expect(files[TASKS]).toBe(
      Buffer.from((blob.body as { content: string }).content, 'base64').toString('utf8')
    );
    expect(files[TASKS]).toMatch(/^<!-- spec-tasks:generated inputs=sha256:/);
    expect(github.statuses).toEqual([
      {
        sha: commit,
        state: 'success',
        context: 'spec-tasks',
        description: `${run.outputs.tasks} tasks; 0 errors, 0 warnings, 0 notes`
      }
    ]);
    expect(run.outputs['comment-url']).toBe('');
    expect(run.stdout).toContain(`Committed ${commit} to ${BRANCH}: ${TASKS}`);

    // The next run checks out the new head: every file equals the branch's, nothing is written.
    fs.writeFileSync(path.join(repo.root, TASKS), files[TASKS]!);
    head = commit;
    github.requests.length = 0;
    const again = await generate('commit');
    expect(again.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      `GET /git/ref/heads/${BRANCH}`,
      `GET /contents/${TASKS}?ref=${commit}`
    ]);
    expect(again.outputs['commit-sha']).toBe('');
    expect(again.stdout).toContain(
      "Every generated tasks.md equals the branch's: nothing to commit."
    );
  });

  it('never replaces a hand-written tasks.md: it is checked, and the comment says so', async () => {
    const handWritten =
      '# Tasks\n\n## Phase 3.1: Setup\n- [ ] T001 Create vllm/core/kv_cache_stats.py\n';
    fs.writeFileSync(path.join(repo.root, TASKS), handWritten);
    head = github.commitFiles(BRANCH, workspaceFiles());
    const run = await generate('both');
    expect(run.code).toBe(1);
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    expect(github.filesOf(BRANCH)[TASKS]).toBe(handWritten);
    expect(fs.readFileSync(path.join(repo.root, TASKS), 'utf8')).toBe(handWritten);
    const body = github.comments[0]!.body;
    expect(body).toContain(
      `${TASKS} was written or edited by hand: it was checked, and not replaced.`
    );
    expect(body).toContain('tasks.md was written or edited by hand, so it was checked as it is');
    // The hand-written list's own findings: its contracts have no tests.
    expect(body).toContain('`contract-untested`');
    expect(run.outputs['commit-sha']).toBe('');
    expect(run.stdout).toMatch(/^::error title=spec-tasks%3A contract-untested,/m);
  });
});

describe('scenario 6: the branch moves before the ref update', () => {
  it('re-reads the branch and retries once, never forcing', async () => {
    let moved: string | undefined;
    github.beforeRefUpdate = () => {
      if (moved) return;
      moved = github.commitFiles(
        BRANCH,
        { ...github.filesOf(BRANCH), 'README.md': '# spec-repo, edited meanwhile\n' },
        head
      );
    };
    const run = await generate('commit');
    expect(run.code).toBe(0);
    const commit = run.outputs['commit-sha']!;
    const writes = github.writes();
    expect(writes).toEqual([
      'POST /git/blobs',
      'POST /git/trees',
      'POST /git/commits',
      `PATCH /git/refs/heads/${BRANCH}`,
      'POST /git/trees',
      'POST /git/commits',
      `PATCH /git/refs/heads/${BRANCH}`,
      `POST /statuses/${commit}`
    ]);
    expect(github.calls()).toContain(`GET /compare/${head}...${moved}`);
    const updates = github.requests.filter(request => request.method === 'PATCH');
    expect(updates.map(update => (update.body as { force: boolean }).force)).toEqual([
      false,
      false
    ]);
    // The new commit sits on the moved head and keeps its change.
    const commits = github.requests.filter(request => request.url.endsWith('/git/commits'));
    expect((commits[1]!.body as { parents: string[] }).parents).toEqual([moved]);
    expect(github.refs.get(BRANCH)).toBe(commit);
    expect(github.filesOf(BRANCH)['README.md']).toBe('# spec-repo, edited meanwhile\n');
    expect(github.filesOf(BRANCH)[TASKS]).toMatch(/^<!-- spec-tasks:generated/);
  });

  it('leaves a folder alone that the move changed: the run for the new head decides', async () => {
    github.beforeRefUpdate = () => {
      if (github.refs.get(BRANCH) !== head) return;
      github.commitFiles(
        BRANCH,
        { ...github.filesOf(BRANCH), [`${FEATURE}/plan.md`]: 'edited meanwhile\n' },
        head
      );
    };
    const run = await generate('commit');
    expect(run.code).toBe(0);
    expect(run.outputs['commit-sha']).toBe('');
    expect(github.writes().filter(call => call.startsWith('PATCH'))).toHaveLength(1);
    expect(github.filesOf(BRANCH)[TASKS]).toBeUndefined();
    expect(run.stdout).toContain(
      `::notice::${TASKS} not committed: the branch changed ${FEATURE}/`
    );
  });
});
