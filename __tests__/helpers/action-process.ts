/**
 * Runs the built action (dist/index.js, the file action.yml names) as the runner does: a child
 * process with the runner's environment, inputs as INPUT_* variables with action.yml's defaults
 * filled in, and the event payload in a file. Outputs, the job summary and the JSON report are read
 * back from the files the runner would read.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { OWNER, REPO } from './fake-github.js';
import { REPO_DIR } from './workspace.js';

const require = createRequire(import.meta.url);

export const TOKEN = 'ghs_testTokenThatMustNeverBePrinted0123456789';

interface Example {
  name: string;
  examples: Record<string, unknown>[];
}

let webhooks: Example[] | undefined;

/** A webhook payload from @octokit/webhooks-examples, a fresh copy to adjust. */
export function webhookExample(
  name: string,
  pick: (payload: Record<string, unknown>) => boolean = () => true
): Record<string, unknown> {
  webhooks ??= JSON.parse(
    fs.readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8')
  ) as Example[];
  const payload = webhooks.find(example => example.name === name)?.examples.find(pick);
  if (!payload) throw new Error(`no ${name} example in @octokit/webhooks-examples`);
  return structuredClone(payload);
}

const actionYml = parse(fs.readFileSync(path.join(REPO_DIR, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report the `report` output names, parsed; undefined when there is none. */
  report: { counts: Record<string, number> } | undefined;
  milliseconds: number;
}

export interface RunOptions {
  apiUrl: string;
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}

/** The runner's files for one job step, in a fresh folder removed by `cleanup`. */
export function runnerFolder(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-runner-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const runner = runnerFolder();
  try {
    const eventPath = path.join(runner.dir, 'event.json');
    const outputPath = path.join(runner.dir, 'output.txt');
    const summaryPath = path.join(runner.dir, 'summary.md');
    const temp = path.join(runner.dir, 'temp');
    fs.mkdirSync(temp);
    fs.writeFileSync(eventPath, JSON.stringify(options.payload));
    fs.writeFileSync(outputPath, '');
    fs.writeFileSync(summaryPath, '');
    const inputs: Record<string, string> = {};
    for (const [name, input] of Object.entries(actionYml.inputs))
      inputs[name] = String(input.default ?? '').replace('${{ github.token }}', TOKEN);
    Object.assign(inputs, options.inputs);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? os.homedir(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: options.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_EVENT_NAME: options.eventName,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: options.workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_WORKFLOW: 'spec-tasks',
      GITHUB_WORKFLOW_REF: `${OWNER}/${REPO}/.github/workflows/spec-tasks.yml@refs/pull/2/merge`,
      GITHUB_JOB: 'check',
      GITHUB_RUN_ID: '4242',
      GITHUB_ACTION: 'spec-tasks',
      GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
      GITHUB_REF: 'refs/pull/2/merge',
      RUNNER_TEMP: temp,
      ...Object.fromEntries(
        Object.entries(inputs).map(([name, value]) => [
          `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
          value
        ])
      ),
      ...options.env
    };
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(REPO_DIR, 'dist', 'index.js')], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => (stdout += String(chunk)));
    child.stderr.on('data', chunk => (stderr += String(chunk)));
    const code = await new Promise<number | null>(resolve => child.on('close', resolve));
    const milliseconds = performance.now() - started;
    const outputs = readOutputs(fs.readFileSync(outputPath, 'utf8'));
    const report = outputs.report ? JSON.parse(fs.readFileSync(outputs.report, 'utf8')) : undefined;
    return {
      code,
      stdout,
      stderr,
      outputs,
      summary: fs.readFileSync(summaryPath, 'utf8'),
      report,
      milliseconds
    };
  } finally {
    runner.cleanup();
  }
}

/** The runner's output file: `name<<DELIMITER`, the value's lines, the delimiter. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!);
    if (!match) continue;
    const end = lines.indexOf(match[2]!, index + 1);
    outputs[match[1]!] = lines.slice(index + 1, end).join('\n');
    index = end;
  }
  return outputs;
}

/** The annotations a run printed: `level file:line: message`. */
export function annotations(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map(line => /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(match => {
      const properties = Object.fromEntries(
        match[2]!.split(',').map(pair => pair.split('=') as [string, string])
      );
      return `${match[1]} ${decodeURIComponent(properties.file ?? '')}:${properties.line ?? ''} ${decodeURIComponent(properties.title ?? '')}`;
    });
}

/** The notices (without a file) a run printed, unescaped. */
export function notices(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter(line => line.startsWith('::notice::'))
    .map(line => decodeURIComponent(line.slice('::notice::'.length)));
}
