/**
 * The built action on a pull request against a fake GitHub API on 127.0.0.1: the sticky comment
 * (scenario 1), and specs that would make it too long or try to break out of it (scenario 7).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Code, Html, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { runAction, TOKEN, webhookExample } from '../helpers/action-process.js';
import { FakeGitHub, OWNER, REPO } from '../helpers/fake-github.js';
import { scratchRepo } from '../helpers/workspace.js';

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';

let github: FakeGitHub;
let repo: ReturnType<typeof scratchRepo>;

beforeEach(async () => {
  github = await new FakeGitHub().start();
  repo = scratchRepo('e2e');
  github.pullFiles.set(2, [
    { filename: `${FEATURE}/data-model.md`, status: 'modified' },
    { filename: 'README.md', status: 'modified' }
  ]);
});

afterEach(async () => {
  await github.stop();
  repo.cleanup();
  expect(github.problems).toEqual([]);
});

function pullRequestOpened(): Record<string, unknown> {
  return webhookExample('pull_request', payload => payload.action === 'opened');
}

function generate(extra: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runAction({
    apiUrl: github.url,
    workspace: repo.root,
    eventName: 'pull_request',
    payload: pullRequestOpened(),
    inputs: { command: 'generate', ...extra },
    env
  });
}

describe('scenario 1: one comment per pull request and workflow job', () => {
  it('creates it, edits it when the specs change, leaves it alone when nothing did', async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      'GET /issues/2/comments?per_page=100',
      'POST /issues/2/comments'
    ]);
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0]!;
    expect(comment.body.split('\n')[0]).toBe(
      '<!-- spec-tasks:comment workflow=.github%2Fworkflows%2Fspec-tasks.yml job=check -->'
    );
    expect(comment.body).toContain('## spec-tasks generate');
    expect(comment.body).toContain(
      `[Full results in the job summary of this run](https://github.com/${OWNER}/${REPO}/actions/runs/4242)`
    );
    expect(first.outputs).toMatchObject({
      features: JSON.stringify([FEATURE]),
      'comment-url': `https://github.com/${OWNER}/${REPO}/pull/2#issuecomment-${comment.id}`,
      'commit-sha': '',
      errors: '0'
    });
    const tasks = Number(first.outputs.tasks);
    expect(tasks).toBeGreaterThan(20);
    expect(comment.body).toContain(`; ${tasks} tasks.**`);
    expect(first.summary).toContain('## spec-tasks generate');
    expect(first.summary).toContain('# Tasks: KV-Cache Hit-Rate Metric');
    expect(first.report?.counts).toEqual({ error: 0, warning: 0, note: 0 });

    // A new entity: one more task, and the comment is edited in place.
    const dataModel = path.join(repo.feature, 'data-model.md');
    fs.writeFileSync(
      dataModel,
      fs
        .readFileSync(dataModel, 'utf8')
        .replace(
          '## Relationships',
          '### EvictionRecord\n\nOne evicted block.\n\n| Field | Type | Description |\n|-------|------|-------------|\n| block_id | int | The block |\n\n## Relationships'
        )
    );
    github.requests.length = 0;
    const second = await generate();
    expect(second.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      'GET /issues/2/comments?per_page=100',
      `PATCH /issues/comments/${comment.id}`
    ]);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('EvictionRecord');
    expect(Number(second.outputs.tasks)).toBeGreaterThan(tasks);
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);

    // Nothing changed (another run, another run id): no write at all.
    github.requests.length = 0;
    const third = await generate({}, { GITHUB_RUN_ID: '4243' });
    expect(third.code).toBe(0);
    expect(github.calls()).toEqual([
      'GET /pulls/2/files?per_page=100',
      'GET /issues/2/comments?per_page=100'
    ]);
    expect(third.outputs['comment-url']).toBe(first.outputs['comment-url']);

    // Another workflow keeps a comment of its own.
    github.requests.length = 0;
    const other = await generate(
      {},
      { GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/docs.yml@refs/heads/main` }
    );
    expect(other.code).toBe(0);
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    expect(github.comments.map(c => c.body.split('\n')[0])).toEqual([
      '<!-- spec-tasks:comment workflow=.github%2Fworkflows%2Fspec-tasks.yml job=check -->',
      '<!-- spec-tasks:comment workflow=.github%2Fworkflows%2Fdocs.yml job=check -->'
    ]);
    for (const run of [first, second, third, other])
      for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs)])
        expect(text).not.toContain(TOKEN);
    expect(github.requests.every(r => r.authorization === `token ${TOKEN}`)).toBe(true);
  });

  it('deletes a duplicate left by a race and keeps the oldest', async () => {
    const marker =
      '<!-- spec-tasks:comment workflow=.github%2Fworkflows%2Fspec-tasks.yml job=check -->';
    github.comments.push(
      { id: 900, issue: 2, body: `${marker}\nan older run's comment` },
      { id: 901, issue: 2, body: 'A person writes: looks good' },
      { id: 902, issue: 2, body: `${marker}\na racing run's comment` },
      { id: 903, issue: 2, body: `> ${marker}\nA person quoting the comment` }
    );
    const run = await generate();
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual(['DELETE /issues/comments/902', 'PATCH /issues/comments/900']);
    expect(github.comments.map(comment => comment.id)).toEqual([900, 901, 903]);
    expect(github.comments[0]!.body).toContain('## spec-tasks generate');
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-900$/);
  });
});

/** The comment's parsed markdown: its HTML, code blocks and prose. */
function parts(body: string) {
  const all: Nodes[] = [];
  const walk = (node: Nodes): void => {
    all.push(node);
    if ('children' in node) node.children.forEach(child => walk(child));
  };
  walk(fromMarkdown(body));
  return {
    html: all
      .filter((node): node is Html => node.type === 'html' && node.value !== '<br>')
      .map(node => node.value),
    code: all.filter((node): node is Code => node.type === 'code'),
    prose: all
      .filter(node => node.type === 'text' || node.type === 'inlineCode')
      .map(node => (node as { value: string }).value)
      .join('\n'),
    links: all.filter(node => node.type === 'link')
  };
}

describe('scenario 7: what the comment holds stays in its place', () => {
  it('stays under 65,536 characters and says what it cut', async () => {
    const entities = Array.from(
      { length: 700 },
      (_, index) =>
        `### SampleRecordNumber${index}\n\nOne record of the ${index}th kind, with a description long enough to matter.\n\n| Field | Type | Description |\n|-------|------|-------------|\n| value_${index} | int | The value |\n`
    ).join('\n');
    const dataModel = path.join(repo.feature, 'data-model.md');
    fs.writeFileSync(
      dataModel,
      fs
        .readFileSync(dataModel, 'utf8')
        .replace('## Relationships', `${entities}\n## Relationships`)
    );
    const run = await generate();
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual(['POST /issues/2/comments']);
    const body = github.comments[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toMatch(
      /_Shortened to stay within GitHub's 65,536-character comment limit: left out the task list of specs\/001-kv-cache-hit-rate-metric after line \d+ of \d+; the dependency graph of specs\/001-kv-cache-hit-rate-metric\. The job summary has everything\._/
    );
    // The summary has the whole list.
    expect(run.summary).toContain('SampleRecordNumber699');
    expect(body).not.toContain('SampleRecordNumber699');
    const { html, code } = parts(body);
    expect(html.at(-1)).toBe('</details>');
    expect(code.map(node => node.lang)).toEqual(['markdown']);
  });

  it('lets no mention, reference, HTML or fence from a spec escape', async () => {
    const spec = path.join(repo.feature, 'spec.md');
    fs.writeFileSync(
      spec,
      fs
        .readFileSync(spec, 'utf8')
        .replace(
          '### Edge Cases',
          '### User Story 4 - Ping @someone, fixes #1 </details> <img src=x> ``` (Priority: P3)\n\nA hostile story.\n\n**Acceptance Scenarios**:\n\n1. **Given** x, **When** y, **Then** z.\n\n### Edge Cases'
        )
    );
    github.pullFiles.set(2, [{ filename: `${FEATURE}/spec.md`, status: 'modified' }]);
    // A hand-written list without the story's test: check names the story in a finding.
    fs.writeFileSync(
      path.join(repo.feature, 'tasks.md'),
      '# Tasks\n\n## Phase 3.1: Setup\n- [ ] T001 Create vllm/core/kv_cache_stats.py\n'
    );
    const checked = await runAction({
      apiUrl: github.url,
      workspace: repo.root,
      eventName: 'pull_request',
      payload: pullRequestOpened(),
      inputs: { 'fail-on': 'never' }
    });
    expect(checked.code).toBe(0);
    fs.rmSync(path.join(repo.feature, 'tasks.md'));
    const generated = await generate({}, { GITHUB_JOB: 'generate' });
    expect(generated.code).toBe(0);
    expect(github.comments).toHaveLength(2);
    const [checkBody, generateBody] = github.comments.map(comment => comment.body);
    expect(checkBody).toContain(
      'User Story 4 "Ping @&#8203;someone, fixes #&#8203;1   \\`\\`\\`" has no'
    );
    expect(generateBody).toContain(
      'Integration test for User Story 4: Ping @someone, fixes #1   ```'
    );
    for (const body of [checkBody!, generateBody!]) {
      const { html, code, prose, links } = parts(body);
      expect(html[0]).toMatch(/^<!-- spec-tasks:comment /);
      expect(html.slice(1)).toEqual([
        expect.stringMatching(/^<details><summary>[^<]*<\/summary>$/),
        '</details>'
      ]);
      for (const live of [/@someone/, /#\d/, /<img/, /<\/details>/])
        expect(prose).not.toMatch(live);
      expect(links.length).toBe(1);
      // The generated list is shown verbatim in one block, and the graph draws in another.
      for (const node of code) expect(['markdown', 'mermaid']).toContain(node.lang);
    }
    expect(parts(checkBody!).prose).toContain('Ping @\u200bsomeone, fixes #\u200b1');
    expect(parts(generateBody!).code[0]!.value).toContain('Ping @someone, fixes #1   ```');
  });
});
