/**
 * The in-repository fixtures: `__fixtures__/features/<style>/` is a miniature repository (its
 * `.specify/` folder makes it its own root) holding `specs/<NNN-name>/`, with the goldens beside
 * them in `expected/`. What the goldens hold is produced here, through the command line's `run`,
 * so the test and `npm run fixtures:update` cannot disagree about it. See __fixtures__/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/cli/main.js';
import { capture, REPO_DIR } from './workspace.js';

export const FIXTURES_DIR = path.join(REPO_DIR, '__fixtures__', 'features');

export interface FixtureFeature {
  /** The style folder's name: one style of writing a feature that the code serves. */
  style: string;
  /** The style folder, the fixture's repository root. */
  root: string;
  /** The feature folder's name, `NNN-name`. */
  name: string;
  /** Whether the folder carries its own tasks.md. */
  hasTasks: boolean;
  expectedTasks: string;
  expectedCheck: string;
}

export interface FixtureOutputs {
  /** What `spec-tasks generate specs/<name>` prints. */
  tasks: string;
  /** `spec-tasks check --format json` of the folder's own tasks.md, else of the generated list. */
  check: string;
}

function subfolders(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name)
    .sort();
}

/** Every feature folder of every fixture, by style, then name. */
export function fixtureFeatures(): FixtureFeature[] {
  const result: FixtureFeature[] = [];
  for (const style of subfolders(FIXTURES_DIR)) {
    const root = path.join(FIXTURES_DIR, style);
    for (const name of subfolders(path.join(root, 'specs'))) {
      result.push({
        style,
        root,
        name,
        hasTasks: fs.existsSync(path.join(root, 'specs', name, 'tasks.md')),
        expectedTasks: path.join(root, 'expected', `${name}.tasks.md`),
        expectedCheck: path.join(root, 'expected', `${name}.check.json`)
      });
    }
  }
  return result;
}

/** Style folders, whether or not they hold a feature. */
export function fixtureStyles(): string[] {
  return subfolders(FIXTURES_DIR);
}

async function cli(argv: string[], cwd: string): Promise<string> {
  const io = capture(cwd);
  const code = await run(argv, io);
  if (code !== 0) {
    throw new Error(
      `spec-tasks ${argv.join(' ')} (in ${cwd}) exited ${code}:\n${io.err()}${io.out()}`
    );
  }
  return io.out();
}

/** Runs `generate` and `check --format json` for one fixture, with its root as the working folder. */
export async function fixtureOutputs(feature: FixtureFeature): Promise<FixtureOutputs> {
  const folder = `specs/${feature.name}`;
  const tasks = await cli(['generate', folder], feature.root);
  const checkArgs = ['check', folder, '--format', 'json', '--fail-on', 'never'];
  if (feature.hasTasks) return { tasks, check: await cli(checkArgs, feature.root) };
  // No list of its own: check the generated one, as if written, in a scratch copy of the root.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `spec-tasks-fixture-${feature.style}-`));
  try {
    fs.cpSync(feature.root, scratch, {
      recursive: true,
      filter: source => path.relative(feature.root, source) !== 'expected'
    });
    fs.writeFileSync(path.join(scratch, folder, 'tasks.md'), tasks);
    return { tasks, check: await cli(checkArgs, scratch) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Where two texts first differ, with a few lines of each around it: enough to see the change
 * without scrolling through a whole task list.
 */
export function describeDifference(expected: string, actual: string, context = 3): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let first = 0;
  while (first < want.length && first < got.length && want[first] === got[first]) first++;
  let fromEnd = 0;
  while (
    fromEnd < want.length - first &&
    fromEnd < got.length - first &&
    want[want.length - 1 - fromEnd] === got[got.length - 1 - fromEnd]
  )
    fromEnd++;
  const start = Math.max(0, first - context);
  const lines: string[] = [`first difference at line ${first + 1} (- expected, + actual):`];
  for (let i = start; i < first; i++) lines.push(`  ${want[i]}`);
  const wantEnd = Math.min(want.length - fromEnd, first + 2 * context + 1);
  const gotEnd = Math.min(got.length - fromEnd, first + 2 * context + 1);
  for (let i = first; i < wantEnd; i++) lines.push(`- ${want[i]}`);
  if (wantEnd < want.length - fromEnd) lines.push(`- … ${want.length - fromEnd - wantEnd} more`);
  for (let i = first; i < gotEnd; i++) lines.push(`+ ${got[i]}`);
  if (gotEnd < got.length - fromEnd) lines.push(`+ … ${got.length - fromEnd - gotEnd} more`);
  return lines.join('\n');
}
