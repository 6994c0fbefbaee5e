/**
 * The shared corpus of real spec-kit feature folders lives outside the repository (`../shared/corpus`).
 * Tests that read it skip, loudly, where it is absent, so a clone without it still runs green.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const CORPUS_DIR = path.resolve(
  process.env.SPEC_TASKS_CORPUS ?? path.join(here, '..', '..', '..', 'shared', 'corpus')
);

export const corpusAvailable = fs.existsSync(CORPUS_DIR);

/** Absolute paths of every feature folder in the corpus (`<owner__repo>/<NNN-name>`), sorted. */
export function corpusFeatureDirs(): string[] {
  if (!corpusAvailable) return [];
  const result: string[] = [];
  for (const repo of fs.readdirSync(CORPUS_DIR).sort()) {
    const repoDir = path.join(CORPUS_DIR, repo);
    if (!fs.statSync(repoDir).isDirectory()) continue;
    for (const feature of fs.readdirSync(repoDir).sort()) {
      const dir = path.join(repoDir, feature);
      if (fs.statSync(dir).isDirectory()) result.push(dir);
    }
  }
  return result;
}

/** Says why a corpus suite is skipped, once, on stderr where CI logs show it. */
export function warnCorpusMissing(suite: string): void {
  if (!corpusAvailable) {
    process.stderr.write(
      `SKIPPED ${suite}: corpus not found at ${CORPUS_DIR} (set SPEC_TASKS_CORPUS or place ../shared beside the repo)\n`
    );
  }
}

/** `describe` for corpus suites: runs where the corpus exists, else skips with a printed reason. */
export function corpusDescribe(
  describeFn: {
    (name: string, fn: () => void): void;
    skip: (name: string, fn: () => void) => void;
  },
  name: string,
  fn: () => void
): void {
  warnCorpusMissing(name);
  (corpusAvailable ? describeFn : describeFn.skip)(name, fn);
}
