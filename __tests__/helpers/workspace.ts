/** Temporary repositories for CLI and action tests, seeded from the bundled example feature. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export const REPO_DIR = path.resolve(here, '..', '..');
export const EXAMPLE_FEATURE = path.join(
  REPO_DIR,
  'examples',
  'specs',
  '001-kv-cache-hit-rate-metric'
);

/** A scratch repository (with a `.git` marker) holding the example's design documents under specs/. */
export function scratchRepo(prefix: string): {
  root: string;
  feature: string;
  cleanup: () => void;
} {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `spec-tasks-${prefix}-`));
  fs.mkdirSync(path.join(root, '.git'));
  const feature = path.join(root, 'specs', path.basename(EXAMPLE_FEATURE));
  fs.cpSync(EXAMPLE_FEATURE, feature, { recursive: true });
  // Tests start from the design documents alone; the example's own tasks.md is for readers.
  fs.rmSync(path.join(feature, 'tasks.md'), { force: true });
  return { root, feature, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export interface CapturedIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  out: () => string;
  err: () => string;
}

export function capture(cwd: string): CapturedIO {
  let out = '';
  let err = '';
  return {
    stdout: text => {
      out += text;
    },
    stderr: text => {
      err += text;
    },
    cwd,
    out: () => out,
    err: () => err
  };
}
