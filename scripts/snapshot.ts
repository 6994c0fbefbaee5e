/**
 * `npm run snapshot -- record <dir>` / `npm run snapshot -- compare <dir>`: what spec-tasks writes
 * for every folder it can reach, kept so a change can show its exact effect on the output.
 *
 * For the bundled example, every in-repository fixture, every corpus folder (when ../shared is
 * there) and the benchmark's synthetic feature it writes:
 *   <name>/generate.md      what `generate` prints for the folder (its status on the first line)
 *   <name>/check.json       `check --format json` of the folder's own tasks.md, if it has one
 *   <name>/self-check.json  `check --format json` of the generated list itself
 * `compare` writes the same into a temporary folder and prints, per file, whether it is
 * unchanged, changed (with the number of differing lines) or new or gone; it exits 1 on any
 * difference, so a refactoring can prove it changed nothing.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generateTasks } from '../src/core/generate.js';
import { parseFeature } from '../src/core/parse/feature.js';
import { formatReport } from '../src/core/report/index.js';
import { checkFeatures } from '../src/io/check-features.js';
import { generateFeature } from '../src/io/generate-feature.js';
import { defaultSettings } from '../src/core/check/settings.js';
import { loadTemplate } from '../src/io/template-source.js';
import { CORPUS_DIR, corpusFeatureDirs } from '../__tests__/helpers/corpus.js';
import { syntheticFeature } from './synthetic-feature.js';

const REPO = process.cwd();
const settings = defaultSettings();

interface Target {
  /** Output folder name, unique and stable. */
  name: string;
  repoRoot: string;
  dir: string;
}

async function featureDirsUnder(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    return entries
      .filter(entry => entry.isDirectory())
      .map(entry => path.join(root, entry.name))
      .sort();
  } catch {
    return [];
  }
}

async function targets(): Promise<Target[]> {
  const result: Target[] = [];
  for (const dir of await featureDirsUnder(path.join(REPO, 'examples', 'specs')))
    result.push({ name: `example/${path.basename(dir)}`, repoRoot: REPO, dir });
  // Each style folder of the fixtures is a repository root of its own, holding specs/<NNN-name>/.
  for (const root of await featureDirsUnder(path.join(REPO, '__fixtures__', 'features')))
    for (const dir of await featureDirsUnder(path.join(root, 'specs')))
      result.push({
        name: `fixture/${path.basename(root)}/${path.basename(dir)}`,
        repoRoot: root,
        dir
      });
  for (const dir of corpusFeatureDirs())
    result.push({
      name: `corpus/${path.relative(CORPUS_DIR, dir)}`,
      repoRoot: path.dirname(dir),
      dir
    });
  return result;
}

async function snapshotFolder(target: Target, out: string): Promise<void> {
  const template = await loadTemplate(target.repoRoot);
  const folder = path.join(out, target.name);
  await mkdir(folder, { recursive: true });
  const generation = await generateFeature(target.repoRoot, target.dir, template, {
    write: false,
    force: false
  });
  const result = generation.result;
  await writeFile(
    path.join(folder, 'generate.md'),
    result ? `status: ${result.status}\n${result.content}` : 'no plan.md\n'
  );
  const check = await checkFeatures(target.repoRoot, [target.dir], { settings, template });
  if (await exists(path.join(target.dir, 'tasks.md')))
    await writeFile(path.join(folder, 'check.json'), formatReport(check, 'json'));
  if (result) {
    const self = await selfCheck(target, result.content, template);
    await writeFile(path.join(folder, 'self-check.json'), self);
  }
}

/** Checks the generated list as if it were the folder's tasks.md, in a scratch copy. */
async function selfCheck(
  target: Target,
  content: string,
  template: Awaited<ReturnType<typeof loadTemplate>>
): Promise<string> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'spec-tasks-snapshot-'));
  try {
    const copy = path.join(scratch, path.relative(target.repoRoot, target.dir) || '.');
    await copyFolder(target.dir, copy);
    await writeFile(path.join(copy, 'tasks.md'), content);
    const report = await checkFeatures(scratch, [copy], { settings, template });
    return formatReport(report, 'json');
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function copyFolder(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyFolder(source, target);
    else if (entry.isFile()) await writeFile(target, await readFile(source));
  }
}

async function snapshotSynthetic(out: string): Promise<void> {
  const folder = path.join(out, 'synthetic');
  await mkdir(folder, { recursive: true });
  const template = await loadTemplate(REPO);
  const feature = parseFeature(syntheticFeature({ entities: 200, endpoints: 300, stories: 12 }));
  const result = generateTasks(feature, template.template, template.text, {});
  await writeFile(path.join(folder, 'generate.md'), `status: ${result.status}\n${result.content}`);
}

async function record(out: string): Promise<void> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const all = await targets();
  for (const target of all) await snapshotFolder(target, out);
  await snapshotSynthetic(out);
  console.log(`recorded ${all.length + 1} folders into ${out}`);
}

async function filesUnder(root: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  let entries;
  try {
    entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  } catch {
    return result;
  }
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) result.push(...(await filesUnder(root, relative)));
    else result.push(relative);
  }
  return result.sort();
}

function differingLines(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let count = Math.abs(left.length - right.length);
  for (let i = 0; i < Math.min(left.length, right.length); i++) if (left[i] !== right[i]) count++;
  return count;
}

async function compare(baseline: string): Promise<void> {
  const fresh = await mkdtemp(path.join(os.tmpdir(), 'spec-tasks-compare-'));
  try {
    await record(fresh);
    const before = new Set(await filesUnder(baseline));
    const after = new Set(await filesUnder(fresh));
    let changed = 0;
    for (const file of [...new Set([...before, ...after])].sort()) {
      if (!after.has(file)) {
        console.log(`gone     ${file}`);
        changed++;
        continue;
      }
      if (!before.has(file)) {
        console.log(`new      ${file}`);
        changed++;
        continue;
      }
      const a = await readFile(path.join(baseline, file), 'utf8');
      const b = await readFile(path.join(fresh, file), 'utf8');
      if (a === b) continue;
      changed++;
      console.log(`changed  ${file} (${differingLines(a, b)} lines differ)`);
    }
    console.log(
      changed === 0
        ? `identical: ${after.size} files, 0 changed bytes`
        : `${changed} of ${after.size} files differ`
    );
    if (changed > 0) process.exitCode = 1;
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
}

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !dir) {
  console.error('usage: npm run snapshot -- record|compare <dir>');
  process.exitCode = 2;
} else if (mode === 'record') {
  await record(path.resolve(dir));
} else {
  await compare(path.resolve(dir));
}
