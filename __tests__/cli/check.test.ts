/**
 * `spec-tasks check` through the real command-line entry, in scratch repositories: exit codes,
 * the text report, formats, --output, rule settings from the config file and --rule.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/main.js';
import { CHECK_USAGE, MAIN_USAGE } from '../../src/cli/usage.js';
import { capture, scratchRepo } from '../helpers/workspace.js';

const FEATURE = 'specs/001-kv-cache-hit-rate-metric';
const TASKS = `${FEATURE}/tasks.md`;
const ESC = '\u001b[';

let repo: ReturnType<typeof scratchRepo>;
beforeEach(() => {
  repo = scratchRepo('check');
});
afterEach(() => repo.cleanup());

async function check(args: string[], extra: { isTTY?: boolean; noColor?: boolean } = {}) {
  const io = { ...capture(repo.root), ...extra };
  const code = await run(['check', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function writeRepoFile(relative: string, text: string): string {
  const file = path.join(repo.root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** A generated list, then a design document changed under it: one `stale-tasks` warning. */
async function staleList(): Promise<void> {
  expect(await run(['generate', '--write', repo.feature], capture(repo.root))).toBe(0);
  fs.appendFileSync(path.join(repo.feature, 'research.md'), '\nOne more sentence of research.\n');
}

/** A hand-written list with one error (a duplicate ID) and one warning (no path) of its own. */
function brokenList(): void {
  writeRepoFile(
    TASKS,
    [
      '# Tasks',
      '',
      '## Phase 3.1: Setup',
      '- [ ] T001 Prepare the cache counters',
      '- [ ] T001 [P] Add the counter module in vllm/metrics/cache_counter.py',
      ''
    ].join('\n')
  );
}

describe('spec-tasks check: exit status', () => {
  it('exits 0 and says so when a freshly generated list has no finding', async () => {
    expect(await run(['generate', '--write', repo.feature], capture(repo.root))).toBe(0);
    const result = await check([FEATURE]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('No findings in 1 feature.\n');
    expect(result.err).toBe('');
  });

  it('exits 1 when a finding is at error, the default failing severity', async () => {
    brokenList();
    const result = await check([FEATURE]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('duplicate-task-id');
  });

  it('exits 0 on warnings alone, and 1 for them with --fail-on warning', async () => {
    await staleList();
    const byDefault = await check([FEATURE]);
    expect(byDefault.out).toContain('stale-tasks');
    expect(byDefault.out).toContain('0 errors, 1 warning, 0 notes in 1 feature');
    expect(byDefault.code).toBe(0);
    expect((await check([FEATURE, '--fail-on', 'warning'])).code).toBe(1);
    expect((await check([FEATURE, '--fail-on', 'error'])).code).toBe(0);
  });

  it('exits 0 with --fail-on never even when there are errors', async () => {
    brokenList();
    const result = await check([FEATURE, '--fail-on', 'never']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('duplicate-task-id');
  });

  it('says a folder without tasks.md had nothing to check, and still exits 0', async () => {
    const result = await check([FEATURE]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `${FEATURE} has no tasks.md: nothing to check.\n\nNo findings in 1 feature.\n`
    );
    const markdown = await check([FEATURE, '--format', 'markdown']);
    expect(markdown.code).toBe(0);
    expect(markdown.out).toContain('_No tasks.md in this folder: nothing to check._');
  });

  it('reads a tasks.md with a stray byte, replaced, and warns with its byte and line', async () => {
    fs.writeFileSync(
      path.join(repo.root, TASKS),
      Buffer.concat([
        Buffer.from('# Tasks\n\n- [ ] T001 Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n')
      ])
    );
    const result = await check([FEATURE]);
    expect(result.out).toMatch(
      new RegExp(
        `^${TASKS}:3:1 +warning {2}invalid UTF-8 at byte 23; read with U\\+FFFD in its place: save the file as UTF-8 text {2}encoding$`,
        'm'
      )
    );
    expect(result.out).not.toContain('file-rejected');
    expect(result.out).not.toContain('has no tasks.md');
  });

  it('fails on a tasks.md the loader refuses (binary): file-rejected is an error', async () => {
    fs.writeFileSync(path.join(repo.root, TASKS), Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1'));
    const result = await check([FEATURE]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      new RegExp(
        `^${TASKS}:1:1 +error {4}a PDF document, not text; not read {2}file-rejected$`,
        'm'
      )
    );
  });

  it('reports a folder without plan.md as a missing-plan error', async () => {
    fs.rmSync(path.join(repo.feature, 'plan.md'));
    const result = await check([FEATURE]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('missing-plan');
  });
});

describe('spec-tasks check: usage and read errors exit 2', () => {
  it("rejects an unknown flag with check's own usage on stderr, not the main one", async () => {
    const result = await check([FEATURE, '--colour']);
    expect(result.code).toBe(2);
    expect(result.err).toContain("'--colour'");
    expect(result.err).toContain(CHECK_USAGE);
    expect(result.err).not.toContain(MAIN_USAGE);
    expect(result.out).toBe('');
  });

  it("follows a bad option value with check's usage", async () => {
    const result = await check([FEATURE, '--format', 'xml']);
    expect(result.err).toMatch(
      /^spec-tasks: --format must be one of .*\n\nUsage: spec-tasks check /
    );
  });

  it('rejects a format it does not know, naming the formats it does', async () => {
    const result = await check([FEATURE, '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "--format must be one of text, json, github, sarif, markdown, not 'xml'"
    );
  });

  it('rejects a --fail-on level it does not know', async () => {
    const result = await check([FEATURE, '--fail-on', 'note']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--fail-on must be one of error, warning, never');
  });

  it('names a feature folder that does not exist, and prints no report', async () => {
    const result = await check(['specs/999-not-here']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(path.join(repo.root, 'specs', '999-not-here'));
    expect(result.err).toContain('no such feature folder');
    expect(result.out).toBe('');
  });

  it('treats a file given as a feature folder as a read error', async () => {
    const result = await check([path.join(FEATURE, 'plan.md')]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('not a folder');
  });

  it('says in one line that there is nothing to check, and passes, when specs/ holds no feature', async () => {
    fs.rmSync(path.join(repo.root, 'specs'), { recursive: true });
    const result = await check([]);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      `spec-tasks: no feature folders under ${path.join(repo.root, 'specs')}; nothing to check\n`
    );
    expect(result.err).toBe('');
  });

  it('still writes a valid, empty machine report when there is nothing to check', async () => {
    fs.rmSync(path.join(repo.root, 'specs'), { recursive: true });
    const result = await check(['--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ features: [], counts: { error: 0 } });
    expect(result.err).toContain('nothing to check');
  });

  it('keeps exit 2 for a real usage error', async () => {
    const result = await check(['--format', 'yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(
      "--format must be one of text, json, github, sarif, markdown, not 'yaml'"
    );
  });

  it('prints its own usage with --help and exits 0', async () => {
    const result = await check(['--help']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(CHECK_USAGE + '\n');
    for (const flag of ['--format', '--output', '--config', '--fail-on', '--rule'])
      expect(result.out).toContain(flag);
  });
});

describe('spec-tasks check: which folders', () => {
  it('checks every feature folder under specs/ of the repository found from cwd', async () => {
    brokenList();
    const second = path.join(repo.root, 'specs', '002-second-feature');
    fs.cpSync(repo.feature, second, { recursive: true });
    fs.mkdirSync(path.join(repo.root, 'specs', 'notes'));
    const io = capture(path.join(repo.feature, 'contracts'));
    const code = await run(['check', '--format', 'json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(io.out()) as { features: { feature: string }[] };
    expect(report.features.map(feature => feature.feature)).toEqual([
      FEATURE,
      'specs/002-second-feature'
    ]);
  });

  it('checks only the folders named when there are some', async () => {
    fs.cpSync(repo.feature, path.join(repo.root, 'specs', '002-second-feature'), {
      recursive: true
    });
    const result = await check([FEATURE]);
    expect(result.out).toContain('in 1 feature');
  });
});

describe('spec-tasks check: text report', () => {
  it('groups findings by file, one `path:line:col  severity  message  rule-id` a line, then counts', async () => {
    brokenList();
    const { out } = await check([FEATURE]);
    const lines = out.trimEnd().split('\n');
    const findingLine = /^(\S+):\d+:\d+ +(?:error|warning|note) +\S.* {2}[a-z]+(?:-[a-z]+)*$/;
    const headers = lines.filter(line => line !== '' && !line.includes(':'));
    expect(new Set(headers).size).toBe(headers.length);
    expect(headers).toContain(TASKS);
    let header: string | undefined;
    let findings = 0;
    for (const line of lines.slice(0, -1)) {
      if (headers.includes(line)) header = line;
      const match = findingLine.exec(line);
      if (!match) continue;
      findings++;
      expect(match[1]).toBe(header);
    }
    expect(findings).toBeGreaterThanOrEqual(2);
    expect(out).toMatch(
      new RegExp(
        `^${TASKS}:4:1 +warning {2}Task T001 names no file or directory path {2}missing-file-path$`,
        'm'
      )
    );
    expect(out).toMatch(
      new RegExp(`^${TASKS}:5:1 +error +Task ID T001 is used again .* {2}duplicate-task-id$`, 'm')
    );
    expect(lines[lines.length - 1]).toMatch(
      /^\d+ errors?, \d+ warnings?, \d+ notes? in 1 feature$/
    );
  });

  it('uses no colour when stdout is not a terminal', async () => {
    brokenList();
    expect((await check([FEATURE])).out).not.toContain(ESC);
  });

  it('colours severities on a terminal', async () => {
    brokenList();
    const { out } = await check([FEATURE], { isTTY: true });
    expect(out).toContain(`${ESC}31merror`);
    expect(out).toContain(`${ESC}33mwarning`);
  });

  it('uses no colour on a terminal when NO_COLOR is set', async () => {
    brokenList();
    expect((await check([FEATURE], { isTTY: true, noColor: true })).out).not.toContain(ESC);
  });

  it('writes the report to --output, uncoloured, and nothing to stdout', async () => {
    brokenList();
    const result = await check([FEATURE, '--output', 'report.txt'], { isTTY: true });
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    const written = fs.readFileSync(path.join(repo.root, 'report.txt'), 'utf8');
    expect(written).toContain('duplicate-task-id');
    expect(written).not.toContain(ESC);
    expect(written).toBe((await check([FEATURE])).out);
  });
});

describe('spec-tasks check: formats', () => {
  it('writes a JSON report whose counts add up', async () => {
    brokenList();
    const result = await check([FEATURE, '--format', 'json']);
    const report = JSON.parse(result.out) as {
      counts: Record<string, number>;
      features: { findings: { ruleId: string; severity: string }[] }[];
    };
    const findings = report.features.flatMap(feature => feature.findings);
    expect(findings.filter(found => found.severity === 'error')).toHaveLength(report.counts.error!);
    expect(findings.map(found => found.ruleId)).toContain('duplicate-task-id');
  });

  it('writes SARIF 2.1.0 to a file with --output', async () => {
    brokenList();
    const result = await check([FEATURE, '--format', 'sarif', '--output', 'spec-tasks.sarif']);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(path.join(repo.root, 'spec-tasks.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map(found => found.ruleId)).toContain('duplicate-task-id');
  });

  it('writes workflow commands in the github format', async () => {
    brokenList();
    const { out } = await check([FEATURE, '--format', 'github']);
    expect(out).toMatch(new RegExp(`^::error file=${TASKS},line=5`, 'm'));
  });

  it('writes a markdown summary in the markdown format', async () => {
    brokenList();
    const { out } = await check([FEATURE, '--format', 'markdown']);
    expect(out).toMatch(/^#/m);
    expect(out).toContain('duplicate-task-id');
    expect(out).not.toContain(ESC);
  });
});

describe('spec-tasks check: rule settings', () => {
  it('reads severities from .spec-tasks.yml at the repository root', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n');
    const result = await check([FEATURE]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/ error {2}.* {2}stale-tasks$/m);
  });

  it('turns a rule off from the config file', async () => {
    brokenList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  duplicate-task-id: off\n');
    const result = await check([FEATURE]);
    expect(result.out).not.toContain('duplicate-task-id');
    expect(result.out).toContain('missing-file-path');
  });

  it('lets --rule override the config file', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: error\n');
    const result = await check([FEATURE, '--rule', 'stale-tasks=note']);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/ note {5}.* {2}stale-tasks$/m);
  });

  it('takes --rule more than once, the last word for a rule winning', async () => {
    await staleList();
    const result = await check([
      FEATURE,
      '--rule',
      'stale-tasks=error',
      '--rule',
      'stale-tasks=off'
    ]);
    expect(result.code).toBe(0);
    expect(result.out).toBe('No findings in 1 feature.\n');
  });

  it('judges a list generated with another template by that template with --template', async () => {
    const template = writeRepoFile(
      'ci/tasks-template.md',
      [
        '# Tasks',
        '',
        '## Phase 1: Setup',
        '- [ ] T001 Create project structure',
        '',
        '## Phase 2: Polish',
        '- [ ] T002 [P] Documentation updates in docs/',
        ''
      ].join('\n')
    );
    expect(
      await run(['generate', '--write', '--template', template, repo.feature], capture(repo.root))
    ).toBe(0);
    expect((await check([FEATURE])).out).toContain('stale-tasks');
    const withTemplate = await check([FEATURE, '--template', template]);
    expect(withTemplate.out).not.toContain('stale-tasks');
    expect(withTemplate.code).toBe(0);
  });

  it('reads --config FILE instead of the root file', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rules:\n  stale-tasks: off\n');
    writeRepoFile('ci/strict.yml', 'rules:\n  stale-tasks: error\n');
    const result = await check([FEATURE, '--config', 'ci/strict.yml']);
    expect(result.code).toBe(1);
    expect(result.out).toContain('stale-tasks');
  });

  it('names the file and line of an unknown rule in the config file, exit 2', async () => {
    writeRepoFile('.spec-tasks.yml', 'rules:\n  task-id-order: off\n  missing-file-paths: error\n');
    const result = await check([FEATURE]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('.spec-tasks.yml:3: unknown rule "missing-file-paths"');
    expect(result.out).toBe('');
  });

  it('names the file and line of a bad level in the config file, exit 2', async () => {
    writeRepoFile('ci/rules.yml', '# strict\nrules:\n  task-id-order: fatal\n');
    const result = await check([FEATURE, '--config', 'ci/rules.yml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('ci/rules.yml:3: "fatal" is not one of error, warning, note, off');
  });

  it('names the file and line of a config file that is not YAML, exit 2', async () => {
    writeRepoFile('.spec-tasks.yml', 'rules:\n  task-id-order: [off\n');
    const result = await check([FEATURE]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/\.spec-tasks\.yml:\d+: Cannot parse \.spec-tasks\.yml as YAML/);
  });

  it('names the file, line and known keys of a misspelt top-level key, exit 2', async () => {
    await staleList();
    writeRepoFile('.spec-tasks.yml', 'rule:\n  stale-tasks: error\n');
    const result = await check([FEATURE]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'spec-tasks: .spec-tasks.yml:1: unknown key "rule" (known keys: rules)\n'
    );
    expect(result.out).toBe('');
  });

  it('refuses a config file linked from outside the repository, saying so once, exit 2', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-outside-'));
    try {
      fs.writeFileSync(path.join(outside, 'rules.yml'), 'rules:\n  stale-tasks: off\n');
      fs.symlinkSync(path.join(outside, 'rules.yml'), path.join(repo.root, '.spec-tasks.yml'));
      const result = await check([FEATURE]);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        'spec-tasks: .spec-tasks.yml:1: symbolic link leads outside the repository; not read\n'
      );
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says so when --config names a file that does not exist, exit 2', async () => {
    const result = await check([FEATURE, '--config', 'missing.yml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('config file not found: missing.yml');
  });

  it('rejects --rule with an unknown rule or without a level, naming --rule, exit 2', async () => {
    const unknown = await check([FEATURE, '--rule', 'no-such-rule=error']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--rule: unknown rule "no-such-rule"');
    const bare = await check([FEATURE, '--rule', 'stale-tasks']);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain('--rule: "stale-tasks" is not rule=level');
  });
});

describe('spec-tasks generate: findings on stderr', () => {
  it('prints a design document finding as `file:line:col: severity: message [rule]`', async () => {
    writeRepoFile(`${FEATURE}/contracts/broken.yaml`, 'openapi: 3.0.0\npaths:\n  /x: [\n');
    const io = capture(repo.root);
    expect(await run(['generate', repo.feature], io)).toBe(0);
    expect(io.err()).toMatch(
      new RegExp(
        `^${FEATURE}/contracts/broken\\.yaml:\\d+:\\d+: warning: .+ \\[parse-error\\]$`,
        'm'
      )
    );
  });
});
