/**
 * `npm run bench`: the action's start-up beside a bare `node -e 0` (scripts/bench-startup.ts;
 * `BENCH_ONLY=startup` runs only that), then what generating and checking cost beside only
 * parsing the documents.
 *
 * For each corpus folder, and a synthetic folder of 200 entities and 300 endpoints, it times
 * (documents already in memory, so disk speed does not blur the comparison):
 *   parse     every design document parsed once and nothing else: markdown with
 *             mdast-util-from-markdown (with the GFM extensions the document's parser uses),
 *             YAML contracts with `yaml`, JSON with JSON.parse, GraphQL with `graphql`
 *   generate  parseFeature + plan + render, the whole of `spec-tasks generate` minus I/O
 *   check     parseFeature + parse tasks.md + every rule; its baseline also parses tasks.md
 * and prints the medians and the ratios. The budget is 1.3× parse for both.
 */
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { parse as parseGraphql } from 'graphql';
import { parseDocument } from 'yaml';
import { checkFeature } from '../src/core/check/check-feature.js';
import { knownRoots } from '../src/core/parse/tasks-md/known-roots.js';
import { parseTaskList } from '../src/core/parse/tasks-md/parse-task-list.js';
import { defaultSettings } from '../src/core/check/settings.js';
import { generateTasks, generationInputHash } from '../src/core/generate.js';
import type { FeatureFiles, SourceDocument } from '../src/core/model.js';
import { parseFeature } from '../src/core/parse/feature.js';
import { parseMarkdown } from '../src/core/parse/markdown.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../src/core/template/default-template.js';
import { parseTemplate } from '../src/core/template/parse-template.js';
import { loadFeature, loadTextFile } from '../src/io/loader.js';
import { CORPUS_DIR, corpusAvailable, corpusFeatureDirs } from '../__tests__/helpers/corpus.js';
import { benchStartup } from './bench-startup.js';
import { syntheticFeature } from './synthetic-feature.js';

const BUDGET = 1.3;
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARMUP = 3;
/** Length of one timed block of calls. */
const BLOCK_MS = Number(process.env.BENCH_BLOCK_MS ?? 150);

const { template } = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH);
const settings = defaultSettings();

/**
 * The GFM extensions each parser asks for, mirrored here so the baseline parses exactly what
 * spec-tasks parses: tables for data-model.md and table-bearing markdown contracts, task-list
 * items for tasks.md, nothing for the rest.
 */
function markdownOptions(doc: SourceDocument): { tables?: boolean; taskLists?: boolean } {
  const name = doc.relativePath;
  if (name === 'tasks.md') return { taskLists: true };
  if (name === 'data-model.md') return { tables: doc.text.includes('|') };
  if (name.startsWith('contracts/')) return { tables: doc.text.includes('\n|') };
  return {};
}

function parseOnly(documents: SourceDocument[]): void {
  for (const doc of documents) {
    const name = doc.relativePath;
    if (name.endsWith('.md')) {
      parseMarkdown(doc.text, markdownOptions(doc));
    } else if (name.endsWith('.json')) {
      JSON.parse(doc.text);
    } else if (name.endsWith('.yaml') || name.endsWith('.yml')) {
      parseDocument(doc.text, { merge: false }).toJS({ maxAliasCount: 100 });
    } else if (name.endsWith('.graphql') || name.endsWith('.gql')) {
      try {
        parseGraphql(doc.text);
      } catch {
        // A broken schema costs its parse attempt; that is all the baseline measures.
      }
    }
  }
}

function generate(files: FeatureFiles): void {
  const feature = parseFeature(files);
  if (feature.plan) generateTasks(feature, template, DEFAULT_TEMPLATE_TEXT, {});
}

function check(files: FeatureFiles, tasks: SourceDocument): void {
  const feature = parseFeature(files);
  const taskList = parseTaskList(tasks, { knownRoots: knownRoots(feature) });
  checkFeature(
    {
      feature,
      taskList,
      expectedInputHash: generationInputHash(feature, template, DEFAULT_TEMPLATE_TEXT)
    },
    settings
  );
}

/**
 * Median milliseconds per call over `RUNS` samples, the candidates interleaved so drift hits
 * both. Each sample times a block of calls lasting about `BLOCK_MS`, so a small folder's few
 * milliseconds are not lost in timer and scheduler noise, and garbage collection is paid in the
 * block that made the garbage, as it is in a real run.
 */
function medians(fns: (() => void)[]): number[] {
  const repeats = fns.map(fn => {
    for (let i = 0; i < WARMUP; i++) fn();
    const start = performance.now();
    fn();
    const once = Math.max(performance.now() - start, 0.01);
    return Math.max(1, Math.round(BLOCK_MS / once));
  });
  // The same block length for every candidate, so both pay for the same amount of garbage.
  const count = Math.max(...repeats);
  const samples = fns.map(() => [] as number[]);
  for (let run = 0; run < RUNS; run++) {
    fns.forEach((fn, index) => {
      collectGarbage?.();
      const start = performance.now();
      for (let i = 0; i < count; i++) fn();
      samples[index]!.push((performance.now() - start) / count);
    });
  }
  return samples.map(list => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
  });
}

interface Row {
  name: string;
  kib: number;
  parse: number;
  generate: number;
  checkParse: number | undefined;
  check: number | undefined;
}

function measure(name: string, files: FeatureFiles, tasks: SourceDocument | undefined): Row {
  const bytes = files.documents.reduce((sum, doc) => sum + doc.text.length, 0);
  const [parse, generated] = medians([() => parseOnly(files.documents), () => generate(files)]);
  let checkParse: number | undefined;
  let checked: number | undefined;
  if (tasks) {
    [checkParse, checked] = medians([
      () => parseOnly([...files.documents, tasks]),
      () => check(files, tasks)
    ]);
  }
  return {
    name,
    kib: bytes / 1024,
    parse: parse!,
    generate: generated!,
    checkParse,
    check: checked
  };
}

function syntheticTasks(files: FeatureFiles): SourceDocument {
  const feature = parseFeature(files);
  const result = generateTasks(feature, template, DEFAULT_TEMPLATE_TEXT, {});
  return { path: `${files.dir}/tasks.md`, relativePath: 'tasks.md', text: result.content };
}

function fixed(value: number | undefined, digits = 2): string {
  return value === undefined ? '-' : value.toFixed(digits);
}

function ratio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined) return '-';
  const value = numerator / denominator;
  return `${value.toFixed(2)}×${value > BUDGET ? ' OVER' : ''}`;
}

function printTable(rows: Row[]): void {
  const header = [
    'folder',
    'KiB',
    'parse ms',
    'generate ms',
    'gen/parse',
    'parse+tasks ms',
    'check ms',
    'check/parse'
  ];
  const body = rows.map(row => [
    row.name,
    fixed(row.kib, 1),
    fixed(row.parse),
    fixed(row.generate),
    ratio(row.generate, row.parse),
    fixed(row.checkParse),
    fixed(row.check),
    ratio(row.check, row.checkParse)
  ]);
  const widths = header.map((title, col) =>
    Math.max(title.length, ...body.map(line => line[col]!.length))
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map(width => '-'.repeat(width)).join('  '));
  for (const line of body) console.log(format(line));
}

function total(rows: Row[], pick: (row: Row) => number | undefined): number {
  return rows.reduce((sum, row) => sum + (pick(row) ?? 0), 0);
}

async function main(): Promise<void> {
  await benchStartup(RUNS * 2 - 1);
  if (process.env.BENCH_ONLY === 'startup') return;
  console.log(
    `spec-tasks bench: median of ${RUNS} samples, each a block of calls of about ${BLOCK_MS} ms, after ${WARMUP} warm-up calls; Node ${process.version}\n`
  );
  const rows: Row[] = [];
  if (corpusAvailable) {
    // BENCH_ONLY=Portunus measures just the folders whose path holds that text.
    const only = process.env.BENCH_ONLY;
    for (const dir of corpusFeatureDirs().filter(dir => !only || dir.includes(only))) {
      const repoRoot = path.dirname(dir);
      const files = await loadFeature(repoRoot, dir);
      const tasks = (await loadTextFile(repoRoot, path.join(dir, 'tasks.md'), 1 << 20)).document;
      rows.push(measure(path.relative(CORPUS_DIR, dir), files, tasks));
    }
  } else {
    console.log(`corpus not found at ${CORPUS_DIR}: corpus rows skipped\n`);
  }
  const corpusRows = [...rows];
  const synthetic = syntheticFeature({ entities: 200, endpoints: 300, stories: 20 });
  rows.push(
    measure('synthetic: 200 entities, 300 endpoints', synthetic, syntheticTasks(synthetic))
  );
  printTable(rows);
  if (corpusRows.length > 0) {
    const parse = total(corpusRows, row => row.parse);
    const generated = total(corpusRows, row => row.generate);
    const checkRows = corpusRows.filter(row => row.check !== undefined);
    console.log(
      `\ncorpus total (${corpusRows.length} folders): parse ${parse.toFixed(1)} ms, generate ${generated.toFixed(1)} ms (${ratio(generated, parse)}); ` +
        `parse+tasks ${total(checkRows, row => row.checkParse).toFixed(1)} ms, check ${total(checkRows, row => row.check).toFixed(1)} ms (${ratio(
          total(checkRows, row => row.check),
          total(checkRows, row => row.checkParse)
        )})`
    );
  }
  const over = rows.filter(
    row => row.generate / row.parse > BUDGET || (row.check ?? 0) / (row.checkParse ?? 1) > BUDGET
  );
  console.log(
    over.length === 0
      ? `\nevery folder within ${BUDGET}× parse for generate and check`
      : `\nover the ${BUDGET}× budget: ${over.map(row => row.name).join(', ')}`
  );
}

await main();
