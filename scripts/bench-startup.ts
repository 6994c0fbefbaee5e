/**
 * The action's start-up: the whole-process time of dist/index.js on a run with nothing to do,
 * beside a bare `node -e 0`, interleaved so that machine load hits every candidate alike. The
 * budget is 2× `node -e 0`, for an unrelated event and for a pull request that touches no spec
 * (which must ask the API for its files, here a server on 127.0.0.1 that answers at once).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION = path.join(REPO_DIR, 'dist', 'index.js');
const BUDGET = 2;

interface Candidate {
  name: string;
  args: string[];
  env: Record<string, string>;
}

function timeProcess(candidate: Candidate): Promise<number> {
  const start = performance.now();
  const child = spawn(process.execPath, candidate.args, {
    env: { PATH: process.env.PATH ?? '', ...candidate.env },
    stdio: 'ignore'
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', code =>
      code === 0
        ? resolve(performance.now() - start)
        : reject(new Error(`${candidate.name} exited with ${code}`))
    );
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function benchStartup(runs: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-bench-'));
  // Answers the pull request's file list: one file, outside specs/.
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify([{ filename: 'src/app.py', status: 'modified' }]));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  try {
    const event = path.join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        action: 'opened',
        number: 1,
        pull_request: {
          number: 1,
          head: { ref: 'x', sha: 'a'.repeat(40), repo: { full_name: 'o/r' } },
          base: { repo: { full_name: 'o/r' } }
        }
      })
    );
    const output = path.join(dir, 'output.txt');
    writeFileSync(output, '');
    const runner = {
      GITHUB_EVENT_PATH: event,
      GITHUB_WORKSPACE: dir,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_OUTPUT: output,
      GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      'INPUT_GITHUB-TOKEN': 'bench'
    };
    const candidates: Candidate[] = [
      { name: 'node -e 0', args: ['-e', '0'], env: {} },
      {
        name: 'action, unrelated event',
        args: [ACTION],
        env: { ...runner, GITHUB_EVENT_NAME: 'issues' }
      },
      {
        name: 'action, pull request without spec changes',
        args: [ACTION],
        env: { ...runner, GITHUB_EVENT_NAME: 'pull_request' }
      }
    ];
    const samples = candidates.map(() => [] as number[]);
    for (const candidate of candidates) await timeProcess(candidate);
    for (let run = 0; run < runs; run++)
      for (const [index, candidate] of candidates.entries())
        samples[index]!.push(await timeProcess(candidate));
    const base = median(samples[0]!);
    console.log(
      `start-up of ${path.relative(REPO_DIR, ACTION)}, whole process, median of ${runs} interleaved runs:`
    );
    for (const [index, candidate] of candidates.entries()) {
      const value = median(samples[index]!);
      const ratio = value / base;
      const over = index > 0 && ratio > BUDGET ? ` OVER the ${BUDGET}× budget` : '';
      console.log(
        `  ${candidate.name.padEnd(44)} ${value.toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×${over}`
      );
    }
    console.log('');
  } finally {
    await new Promise(resolve => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}
