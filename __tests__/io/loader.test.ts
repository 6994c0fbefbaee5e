import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS, loadFeature, loadTextFile } from '../../src/io/loader.js';
import { firstInvalidUtf8, lineAtByte, normaliseText } from '../../src/io/utf8.js';

let scratch: string;
let repo: string;
let feature: string;

function write(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-loader-'));
  repo = path.join(scratch, 'repo');
  feature = path.join(repo, 'specs', '001-thing');
  write(path.join(scratch, 'secret.md'), '# outside the repository\n');
  write(path.join(feature, 'plan.md'), '\uFEFF# Plan\r\n\r\nline three\rline four\n');
  write(path.join(feature, 'spec.md'), Buffer.from('# Spec\n\nbad \xff byte\n', 'latin1'));
  write(path.join(feature, 'research.md'), Buffer.from('# R\nok\n\0binary\n', 'utf8'));
  write(path.join(feature, 'contracts', 'api.yaml'), 'openapi: 3.0.0\n');
  write(path.join(feature, 'contracts', 'nested', 'events.graphql'), 'type Query { a: Int }\n');
  write(path.join(feature, 'contracts', '.gitkeep'), '');
  write(path.join(feature, 'contracts', 'huge.json'), 'x'.repeat(2048));
  fs.symlinkSync(path.join(scratch, 'secret.md'), path.join(feature, 'quickstart.md'));
  fs.symlinkSync(path.join(feature, 'plan.md'), path.join(feature, 'data-model.md'));
  fs.symlinkSync(scratch, path.join(feature, 'contracts', 'escape'));
});

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('loadFeature', () => {
  it('reads the design documents and every contract, and reports what it refused', async () => {
    const files = await loadFeature(repo, feature, { ...DEFAULT_LIMITS, contractBytes: 1024 });
    expect(files.dir).toBe('specs/001-thing');
    expect(files.name).toBe('001-thing');
    expect(files.documents.map(doc => doc.relativePath)).toEqual([
      'plan.md',
      'data-model.md',
      'contracts/api.yaml',
      'contracts/nested/events.graphql'
    ]);
    const messages = files.findings.map(found => [
      found.location.file,
      found.location.line,
      found.message
    ]);
    expect(messages).toEqual([
      ['specs/001-thing/spec.md', 3, expect.stringContaining('invalid UTF-8')],
      ['specs/001-thing/research.md', 3, expect.stringContaining('NUL bytes')],
      ['specs/001-thing/quickstart.md', 1, expect.stringContaining('outside the repository')],
      ['specs/001-thing/contracts/escape', 1, expect.stringContaining('outside the repository')],
      ['specs/001-thing/contracts/huge.json', 1, expect.stringContaining('over the 1 KiB limit')]
    ]);
    expect(files.findings.every(found => found.ruleId === 'file-rejected')).toBe(true);
  });

  it('strips the BOM and normalises CRLF and CR so lines count right', async () => {
    const files = await loadFeature(repo, feature);
    expect(files.documents[0]!.text).toBe('# Plan\n\nline three\nline four\n');
  });

  it('follows a link that stays inside the repository', async () => {
    const files = await loadFeature(repo, feature);
    expect(files.documents.find(doc => doc.relativePath === 'data-model.md')?.text).toContain(
      '# Plan'
    );
  });

  it('throws, naming the folder, when the folder does not exist', async () => {
    await expect(loadFeature(repo, path.join(repo, 'specs', '404-gone'))).rejects.toThrow(
      /404-gone: no such feature folder/
    );
  });
});

describe('loadTextFile', () => {
  it('gives neither document nor finding for a missing file', async () => {
    expect(await loadTextFile(repo, path.join(feature, 'tasks.md'), 100)).toEqual({});
  });

  it('reads a file outside the repository when it was named explicitly', async () => {
    const loaded = await loadTextFile(repo, path.join(scratch, 'secret.md'), 100);
    expect(loaded.document?.text).toContain('outside');
  });
});

describe('utf8 helpers', () => {
  it('finds the first invalid sequence, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(Buffer.from('héllo ✓ 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xe2, 0x9c]))).toBe(1);
  });

  it('counts lines across CRLF and CR', () => {
    const bytes = Buffer.from('a\r\nb\rc\nd');
    expect(lineAtByte(bytes, bytes.indexOf('d'))).toBe(4);
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
  });
});
