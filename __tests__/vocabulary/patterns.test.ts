/**
 * Every pattern the vocabulary builds meets untrusted text from pull requests, so none may take
 * super-linear time. Two checks: scslre's analysis of each pattern finds no backtracking or moving
 * hazard, and each pattern runs to the end over 100 KB runs of every character it repeats, under
 * a watchdog that only catches a pattern that would run for hours (nothing here measures speed;
 * `npm run bench` does).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type AST, parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { builtPatterns } from '../../src/core/vocabulary/build.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const vocabularyDir = path.join(here, '..', '..', 'src', 'core', 'vocabulary');

// Importing every vocabulary module registers every pattern it builds.
for (const file of readdirSync(vocabularyDir).sort())
  if (file.endsWith('.ts')) await import(path.join(vocabularyDir, file));

const patterns = [...builtPatterns()];
const RUN = 100_000;
/** No pattern may keep the worker busy this long; linear ones take milliseconds. */
const STALL_MS = 15_000;

interface Job {
  name: string;
  source: string;
  flags: string;
  characters: string[];
}

/**
 * A pattern stuck in catastrophic backtracking blocks its thread for hours, and a test timeout
 * cannot interrupt it. So the runs happen in a worker that reports each pattern as it finishes;
 * one that reports nothing for STALL_MS is stopped, and the test fails naming the pattern.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
for (const job of workerData.jobs) {
  const once = new RegExp(job.source, job.flags);
  const everywhere = new RegExp(job.source, job.flags + 'g');
  for (const ch of job.characters) {
    const text = ch.repeat(workerData.run) + '\\u0000';
    once.test(text);
    for (const _ of text.matchAll(everywhere));
  }
  parentPort.postMessage(job.name);
}
`;

function runWithWatchdog(jobs: Job[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const done: string[] = [];
    const worker = new Worker(WORKER, { eval: true, workerData: { jobs, run: RUN } });
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const stuck = jobs[done.length]?.name;
        void worker.terminate();
        reject(new Error(`pattern '${stuck}' ran over ${STALL_MS} ms on a 100 KB run`));
      }, STALL_MS);
    };
    worker.on('message', (name: string) => {
      done.push(name);
      arm();
    });
    worker.on('error', reject);
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve(done);
    });
    arm();
  });
}

/** A character that a class or escape stands for, as an attacker would pick it. */
function representatives(node: AST.Node): string[] {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterSet':
      if (node.kind === 'any') return ['a', ' '];
      if (node.kind === 'digit') return node.negate ? ['a'] : ['0'];
      if (node.kind === 'space') return node.negate ? ['a'] : [' ', '\n'];
      if (node.kind === 'word') return node.negate ? [' ', '-'] : ['a', 'A', '_'];
      return ['a', 'é'];
    case 'CharacterClassRange':
      return [String.fromCodePoint(node.min.value)];
    case 'CharacterClass':
      if (node.negate) return ['a', ' ', '-'];
      return node.elements.flatMap(element => representatives(element));
    default:
      return [];
  }
}

/** Every character some quantifier of the pattern repeats. */
function repeatedCharacters(built: RegExp): string[] {
  const literal = parseRegExpLiteral(built);
  const found = new Set<string>();
  visitRegExpAST(literal, {
    onQuantifierEnter(quantifier) {
      if (quantifier.max <= 1) return;
      visitRegExpAST(quantifier.element, {
        onCharacterEnter: node => representatives(node).forEach(ch => found.add(ch)),
        onCharacterSetEnter: node => representatives(node).forEach(ch => found.add(ch)),
        onCharacterClassEnter: node => representatives(node).forEach(ch => found.add(ch))
      });
    }
  });
  return [...found].sort();
}

describe('vocabulary patterns', () => {
  it('are built from the vocabulary lists', () => {
    expect(patterns.length).toBeGreaterThan(0);
  });

  it.each(patterns.map(([name, built]) => [name, built] as const))(
    '%s has no super-linear backtracking or move',
    (_name, built) => {
      const reports = analyse({ source: built.source, flags: built.flags }).reports;
      expect(reports.map(report => `${report.type} on '${report.character.pick}'`)).toEqual([]);
    }
  );

  it('each run through 100 KB runs of every character it repeats', async () => {
    const jobs = patterns.map(([name, built]) => ({
      name,
      source: built.source,
      flags: built.flags.replace(/[gy]/g, ''),
      characters: repeatedCharacters(built)
    }));
    expect(await runWithWatchdog(jobs)).toEqual(jobs.map(job => job.name));
  });
});
