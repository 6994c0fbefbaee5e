import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/main.js';
import { GENERATE_USAGE, MAIN_USAGE } from '../../src/cli/usage.js';
import { capture, EXAMPLE_FEATURE, REPO_DIR, scratchRepo } from '../helpers/workspace.js';

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo('cli');
});
afterEach(() => repo.cleanup());

describe('spec-tasks generate', () => {
  it('prints the example feature task list, byte-identical on a second run', async () => {
    const first = capture(REPO_DIR);
    expect(await run(['generate', EXAMPLE_FEATURE], first)).toBe(0);
    const second = capture(REPO_DIR);
    await run(['generate', EXAMPLE_FEATURE], second);
    expect(first.out()).toBe(second.out());
    const text = first.out();
    expect(text.startsWith('<!-- spec-tasks:generated ')).toBe(true);
    expect(text).toContain('# Tasks: KV-Cache Hit-Rate Metric');
    expect(text).toContain('contracts/metrics-api.yaml');
    expect(text).toContain('contracts/prometheus-metrics.md');
    for (const entity of ['CacheHitSample', 'HitRateWindow', 'CacheStatsSnapshot']) {
      expect(text).toContain(entity);
    }
    expect(text).toContain('GET /v1/cache/stats');
    expect(text).toContain('```mermaid');
    expect(text).not.toContain('\r');
    expect(first.err()).toBe('');
    // The example ships its generated list for readers: it must be what generate writes today.
    expect(fs.readFileSync(path.join(EXAMPLE_FEATURE, 'tasks.md'), 'utf8')).toBe(text);
  });

  it('writes tasks.md with --write, then reports it unchanged, keeping a checked box', async () => {
    const tasksPath = path.join(repo.feature, 'tasks.md');
    const io = capture(repo.root);
    expect(await run(['generate', '--write', repo.feature], io)).toBe(0);
    expect(io.err()).toContain('specs/001-kv-cache-hit-rate-metric/tasks.md: created');
    const written = fs.readFileSync(tasksPath, 'utf8');
    const checked = written.replace('- [ ] T001 ', '- [x] T001 ');
    expect(checked).not.toBe(written);
    fs.writeFileSync(tasksPath, checked);
    const again = capture(repo.root);
    expect(await run(['generate', '--write', repo.feature], again)).toBe(0);
    expect(again.err()).toContain('unchanged');
    expect(fs.readFileSync(tasksPath, 'utf8')).toBe(checked);
  });

  it('refuses to overwrite a hand-written tasks.md without --force, and says why', async () => {
    const tasksPath = path.join(repo.feature, 'tasks.md');
    fs.writeFileSync(tasksPath, '# My tasks\n\n- [x] T001 Do the thing in src/x.py\n');
    const io = capture(repo.root);
    expect(await run(['generate', '--write', repo.feature], io)).toBe(1);
    expect(io.err()).toMatch(/tasks\.md/);
    expect(fs.readFileSync(tasksPath, 'utf8')).toBe(
      '# My tasks\n\n- [x] T001 Do the thing in src/x.py\n'
    );
    const forced = capture(repo.root);
    expect(await run(['generate', '--write', '--force', repo.feature], forced)).toBe(0);
    expect(fs.readFileSync(tasksPath, 'utf8')).toContain('<!-- spec-tasks:generated');
  });

  it('regenerates when the inputs change, and the marker records the new inputs', async () => {
    await run(['generate', '--write', repo.feature], capture(repo.root));
    const tasksPath = path.join(repo.feature, 'tasks.md');
    const before = fs.readFileSync(tasksPath, 'utf8');
    const dataModel = path.join(repo.feature, 'data-model.md');
    fs.writeFileSync(
      dataModel,
      fs
        .readFileSync(dataModel, 'utf8')
        .replace(
          '## Relationships',
          '### EvictionEvent\n\n| Field | Type | Description |\n|---|---|---|\n| block_id | int | Evicted block |\n\n## Relationships'
        )
    );
    const io = capture(repo.root);
    expect(await run(['generate', '--write', repo.feature], io)).toBe(0);
    expect(io.err()).toContain('updated');
    const after = fs.readFileSync(tasksPath, 'utf8');
    expect(after.split('\n')[0]).not.toBe(before.split('\n')[0]);
    expect(after).toContain('EvictionEvent');
  });

  it('fails with the required message when plan.md is missing', async () => {
    fs.rmSync(path.join(repo.feature, 'plan.md'));
    const io = capture(repo.root);
    expect(await run(['generate', repo.feature], io)).toBe(1);
    expect(io.err()).toContain(
      'No implementation plan found in specs/001-kv-cache-hit-rate-metric: plan.md is required'
    );
  });

  it('exits 2 on usage errors and prints help with --help', async () => {
    const none = capture(repo.root);
    expect(await run(['generate'], none)).toBe(2);
    expect(none.err()).toContain('at least one feature folder');
    const unknown = capture(repo.root);
    expect(await run(['generate', '--nope', repo.feature], unknown)).toBe(2);
    const help = capture(repo.root);
    expect(await run(['generate', '--help'], help)).toBe(0);
    expect(help.out()).toContain('--write');
    expect(await run(['frobnicate'], capture(repo.root))).toBe(2);
  });

  it("prints generate's own usage after a usage error, and the main usage for no command", async () => {
    const unknown = capture(repo.root);
    expect(await run(['generate', '--nope', repo.feature], unknown)).toBe(2);
    expect(unknown.err()).toContain(GENERATE_USAGE);
    expect(unknown.err()).not.toContain(MAIN_USAGE);
    const none = capture(repo.root);
    expect(await run([], none)).toBe(2);
    expect(none.err()).toBe(`spec-tasks: no command given\n\n${MAIN_USAGE}\n`);
  });

  it('neutralises terminal escapes from an old tasks.md in its stderr lines', async () => {
    fs.writeFileSync(
      path.join(repo.feature, 'tasks.md'),
      '# My tasks\n\n- [x] T001 Wipe \u001b[2J the screen \u202e in src/x.py\n'
    );
    const io = capture(repo.root);
    expect(await run(['generate', repo.feature], io)).toBe(0);
    expect(io.err()).toContain('checked task has no counterpart in the new list');
    // The loader replaced the escape byte (and warned); the bidi override is valid text, escaped here.
    expect(io.err()).toContain('Wipe \uFFFD[2J the screen \\u202e in src/x.py');
    expect(io.err()).toContain('a control character at byte 28');
    expect(io.err()).not.toMatch(/[\u001b\u202e]/);
  });

  it('uses the repository template when it has one', async () => {
    const templateDir = path.join(repo.root, '.specify', 'templates');
    fs.mkdirSync(templateDir, { recursive: true });
    fs.writeFileSync(
      path.join(templateDir, 'tasks-template.md'),
      [
        '# Tasks',
        '',
        '## Phase 1: Setup',
        '- [ ] T001 Create project structure',
        '',
        '## Phase 2: Foundational',
        '',
        '## Phase 3: User Story 1 - [Title] (Priority: P1)',
        '',
        '## Phase N: Polish',
        '- [ ] T099 Documentation in docs/',
        ''
      ].join('\n')
    );
    const io = capture(repo.root);
    expect(await run(['generate', repo.feature], io)).toBe(0);
    const text = io.out();
    expect(text).toContain('User Story 1 - See the cache hit rate on the dashboard');
    expect(text).toContain('[US1]');
    expect(text).toContain('.specify/templates/tasks-template.md');
  });
});
