import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  discoverFeatures,
  featuresTouchedBy,
  findRepoRoot,
  isFeatureFolderName
} from '../../src/io/discover.js';

let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-discover-'));
  for (const dir of ['002-b', '001-a', '20250102-030405-c', 'notes', '01-short']) {
    fs.mkdirSync(path.join(scratch, 'repo', 'specs', dir), { recursive: true });
  }
  fs.writeFileSync(path.join(scratch, 'repo', 'specs', '003-file-not-folder'), '');
  fs.mkdirSync(path.join(scratch, 'repo', '.git'));
  fs.mkdirSync(path.join(scratch, 'loose', 'specs', '001-x'), { recursive: true });
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('feature folders', () => {
  it('knows the two naming schemes', () => {
    expect(isFeatureFolderName('001-kv-cache')).toBe(true);
    expect(isFeatureFolderName('1234-x')).toBe(true);
    expect(isFeatureFolderName('20250102-030405-login')).toBe(true);
    expect(isFeatureFolderName('01-x')).toBe(false);
    expect(isFeatureFolderName('notes')).toBe(false);
    expect(isFeatureFolderName('001-')).toBe(false);
  });

  it('discovers folders under specs/, sorted, and only folders', async () => {
    const found = await discoverFeatures(path.join(scratch, 'repo'));
    expect(found.map(dir => path.basename(dir))).toEqual(['001-a', '002-b', '20250102-030405-c']);
    expect(await discoverFeatures(path.join(scratch, 'nowhere'))).toEqual([]);
  });

  it('maps changed files to the feature folders they belong to', () => {
    expect(
      featuresTouchedBy([
        'specs/002-b/plan.md',
        'specs/001-a/contracts/api.yaml',
        'specs/002-b/spec.md',
        'specs/README.md',
        'src/index.ts',
        'specs/notes/x.md'
      ])
    ).toEqual(['specs/001-a', 'specs/002-b']);
    expect(featuresTouchedBy(['docs/specs/001-a/plan.md'], 'docs/specs/')).toEqual([
      'docs/specs/001-a'
    ]);
  });

  it('finds the repository root by .git, else by the enclosing specs/ folder', async () => {
    expect(await findRepoRoot(path.join(scratch, 'repo', 'specs', '001-a'))).toBe(
      path.join(scratch, 'repo')
    );
    expect(await findRepoRoot(path.join(scratch, 'loose', 'specs', '001-x'))).toBe(
      path.join(scratch, 'loose')
    );
  });

  it('takes a working directory outside any repository as the root, a feature folder its parent', async () => {
    const bare = path.join(scratch, 'bare', 'work');
    fs.mkdirSync(bare, { recursive: true });
    expect(await findRepoRoot(bare, 'self')).toBe(bare);
    expect(await findRepoRoot(bare)).toBe(path.join(scratch, 'bare'));
  });
});
