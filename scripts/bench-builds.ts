/**
 * `npx tsx scripts/bench-builds.ts --rounds 5 <rev> <rev> … work`: generate and check CPU time at
 * several git revisions, side by side, so a restructuring can be held to "no slower".
 *
 * Each revision gets a temporary worktree under /tmp (node_modules linked from this checkout) and
 * its own child process, which imports that revision's src modules through tsx; `work` is this
 * working tree. Every child times the same inputs, the corpus folders (../shared/corpus) and the
 * in-repo fixtures (__fixtures__/features) read from this checkout, with its documents already in
 * memory:
 *   generate  parseFeature + generateTasks for every folder
 *   check     parseFeature + parseTaskList + checkFeature for every folder's tasks.md
 * Timing is CPU time (process.cpuUsage), not wall time, because the machine is shared; the
 * children take turns round by round so drift on the machine hits every revision alike.
 */
import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureFiles, SourceDocument } from '../src/core/model.js';
import type { LoadedTemplate } from '../src/io/template-source.js';
import { CORPUS_DIR, corpusAvailable, corpusFeatureDirs } from '../__tests__/helpers/corpus.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(REPO, '__fixtures__', 'features');
const STAGES = ['generate', 'check'] as const;
type Stage = (typeof STAGES)[number];
type Timing = Record<Stage, number>;
/** Typed as this checkout has them; the entry points' signatures are the same at older revisions. */
interface Modules {
  feature: typeof import('../src/core/parse/feature.js');
  generate: typeof import('../src/core/generate.js');
  checkFeature: typeof import('../src/core/check/check-feature.js');
  settings: typeof import('../src/core/check/settings.js');
  loader: typeof import('../src/io/loader.js');
  template: typeof import('../src/io/template-source.js');
  parseTaskList: typeof import('../src/core/parse/tasks-md/parse-task-list.js');
  knownRoots: typeof import('../src/core/parse/tasks-md/known-roots.js');
}

/** Modules that moved in the restructuring: the first candidate that exists at a revision wins. */
const MODULES: Record<keyof Modules, string[]> = {
  feature: ['src/core/parse/feature.ts'],
  generate: ['src/core/generate.ts'],
  checkFeature: ['src/core/check/check-feature.ts'],
  settings: ['src/core/check/settings.ts'],
  loader: ['src/io/loader.ts'],
  template: ['src/io/template-source.ts'],
  parseTaskList: [
    'src/core/parse/tasks-md/parse-task-list.ts',
    'src/core/check/parse-task-list.ts'
  ],
  knownRoots: ['src/core/parse/tasks-md/known-roots.ts', 'src/core/check/known-roots.ts']
};

interface Folder {
  repoRoot: string;
  dir: string;
  /** The list to check: the folder's own tasks.md, else a fixture's expected output. */
  tasksFile: string | undefined;
}

/** Every input folder: corpus folders (skipped, loudly, where the corpus is absent) and fixtures. */
function inputFolders(): Folder[] {
  if (!corpusAvailable) {
    process.stderr.write(`SKIPPED corpus: not found at ${CORPUS_DIR}; timing fixtures only\n`);
  }
  const corpus = corpusFeatureDirs().map(dir => ({
    repoRoot: path.dirname(dir),
    dir,
    tasksFile: existing(path.join(dir, 'tasks.md'))
  }));
  const fixtures = fs.readdirSync(FIXTURES).flatMap(style => {
    const specs = path.join(FIXTURES, style, 'specs');
    return fs.readdirSync(specs).map(name => ({
      repoRoot: path.join(FIXTURES, style),
      dir: path.join(specs, name),
      tasksFile:
        existing(path.join(specs, name, 'tasks.md')) ??
        existing(path.join(FIXTURES, style, 'expected', `${name}.tasks.md`))
    }));
  });
  return [...corpus, ...fixtures];
}

function existing(file: string): string | undefined {
  return fs.existsSync(file) ? file : undefined;
}

/** Imports the revision's copy of each module, wherever that revision keeps it. */
async function importModules(root: string): Promise<Modules> {
  const entries = await Promise.all(
    Object.entries(MODULES).map(async ([name, candidates]) => {
      const found = candidates.find(file => fs.existsSync(path.join(root, file)));
      if (!found) throw new Error(`${root}: none of ${candidates.join(', ')}`);
      return [name, await import(pathToFileURL(path.join(root, found)).href)] as const;
    })
  );
  return Object.fromEntries(entries) as unknown as Modules;
}

/** Child: loads every folder once, then answers each `run` line with one round's CPU times. */
async function child(root: string): Promise<void> {
  const m = await importModules(root);
  const settings = m.settings.defaultSettings();
  const templates = new Map<string, LoadedTemplate>();
  const jobs: {
    files: FeatureFiles;
    tasks: SourceDocument | undefined;
    template: LoadedTemplate;
  }[] = [];
  for (const folder of inputFolders()) {
    if (!templates.has(folder.repoRoot)) {
      templates.set(folder.repoRoot, await m.template.loadTemplate(folder.repoRoot));
    }
    const files = await m.loader.loadFeature(folder.repoRoot, folder.dir);
    const tasks = folder.tasksFile
      ? {
          path: path.relative(folder.repoRoot, path.join(folder.dir, 'tasks.md')),
          relativePath: 'tasks.md',
          text: fs.readFileSync(folder.tasksFile, 'utf8')
        }
      : undefined;
    jobs.push({ files, tasks, template: templates.get(folder.repoRoot)! });
  }
  const stages: Record<Stage, () => void> = {
    generate: () => {
      for (const { files, template } of jobs) {
        const feature = m.feature.parseFeature(files);
        if (feature.plan) m.generate.generateTasks(feature, template.template, template.text, {});
      }
    },
    check: () => {
      for (const { files, tasks, template } of jobs) {
        if (!tasks) continue;
        const feature = m.feature.parseFeature(files);
        const roots = m.knownRoots.knownRoots(feature);
        const taskList = m.parseTaskList.parseTaskList(tasks, { knownRoots: roots });
        const hash = m.generate.generationInputHash(feature, template.template, template.text);
        m.checkFeature.checkFeature({ feature, taskList, expectedInputHash: hash }, settings);
      }
    }
  };
  // One untimed round so every revision is timed with its code already compiled.
  for (const stage of STAGES) stages[stage]();
  process.stdout.write('ready\n');
  for await (const line of createInterface({ input: process.stdin })) {
    if (line !== 'run') break;
    const timing = Object.fromEntries(STAGES.map(stage => [stage, cpuMs(stages[stage])]));
    process.stdout.write(JSON.stringify(timing) + '\n');
  }
}

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * A checkout of `rev` to import from: this working tree for `work`, else a /tmp worktree. Named by
 * position too, so one revision can be listed twice: the two columns' ratio shows the noise.
 */
function checkout(rev: string, index: number, tmp: string): string {
  if (rev === 'work') return REPO;
  const dir = path.join(tmp, `${index}-${rev.replace(/[^\w.-]/g, '_')}`);
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, rev], { cwd: REPO });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function removeCheckouts(dirs: string[], tmp: string): void {
  for (const dir of dirs.filter(dir => dir !== REPO)) {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: REPO });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** A running child and a way to read its next reply line. */
interface Worker {
  process: ChildProcessByStdio<Writable, Readable, null>;
  next: () => Promise<string>;
}

function startWorker(root: string): Worker {
  const script = fileURLToPath(import.meta.url);
  const proc = spawn(process.execPath, ['--import', 'tsx', script, '--child', root], {
    cwd: REPO,
    stdio: ['pipe', 'pipe', 'inherit']
  });
  const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`bench child for ${root} exited early`);
    return value as string;
  };
  return { process: proc, next };
}

/** Rounds of every stage at every revision, the revisions taking turns within each round. */
async function measure(roots: string[], rounds: number): Promise<Timing[][]> {
  const workers = roots.map(startWorker);
  for (const worker of workers) await worker.next();
  const samples: Timing[][] = roots.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // Every other round runs the revisions in reverse, so none always follows the same neighbour.
    const order = [...workers.keys()];
    if (round % 2) order.reverse();
    for (const index of order) {
      const worker = workers[index]!;
      worker.process.stdin.write('run\n');
      samples[index]!.push(JSON.parse(await worker.next()) as Timing);
    }
  }
  for (const worker of workers) worker.process.stdin.end();
  return samples;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function printTable(revs: string[], samples: Timing[][], rounds: number): void {
  console.log(`CPU ms per round, median of ${rounds} rounds; ratio to ${revs[0]}\n`);
  const header = ['stage', ...revs.flatMap((rev, i) => (i === 0 ? [rev] : [rev, 'ratio']))];
  const body = STAGES.map(stage => {
    const medians = samples.map(list => median(list.map(timing => timing[stage])));
    return [
      stage,
      ...medians.flatMap((value, i) =>
        i === 0 ? [value.toFixed(0)] : [value.toFixed(0), `${(value / medians[0]!).toFixed(3)}×`]
      )
    ];
  });
  const widths = header.map((_, col) => Math.max(...[header, ...body].map(r => r[col]!.length)));
  for (const row of [header, ...body]) {
    console.log(
      row
        .map((cell, col) => (col ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!)))
        .join('  ')
    );
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1]!);
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 5;
  const revs = argv.filter((_, i) => i !== roundsAt && i !== roundsAt + 1);
  if (revs.length === 0) throw new Error('usage: bench-builds.ts [--rounds N] <rev|work> …');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-builds-'));
  const roots: string[] = [];
  try {
    for (const [index, rev] of revs.entries()) roots.push(checkout(rev, index, tmp));
    const folders = inputFolders().length;
    console.log(`${folders} folders (corpus + fixtures); Node ${process.version}`);
    printTable(revs, await measure(roots, rounds), rounds);
  } finally {
    removeCheckouts(roots, tmp);
  }
}

await main(process.argv.slice(2));
