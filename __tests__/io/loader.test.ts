import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_LIMITS, loadFeature, loadTextFile } from '../../src/io/loader.js';
import { decodeBytes, firstInvalidUtf8, lineAtByte, normaliseText } from '../../src/io/utf8.js';

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
      'spec.md',
      'research.md',
      'data-model.md',
      'contracts/api.yaml',
      'contracts/nested/events.graphql'
    ]);
    const messages = files.findings.map(found => [
      found.ruleId,
      found.location.file,
      found.location.line,
      found.message
    ]);
    expect(messages).toEqual([
      [
        'encoding',
        'specs/001-thing/spec.md',
        3,
        expect.stringContaining('invalid UTF-8 at byte 12')
      ],
      [
        'encoding',
        'specs/001-thing/research.md',
        3,
        expect.stringContaining('a NUL byte at byte 7')
      ],
      [
        'file-rejected',
        'specs/001-thing/quickstart.md',
        1,
        expect.stringContaining('outside the repository')
      ],
      [
        'file-rejected',
        'specs/001-thing/contracts/escape',
        1,
        expect.stringContaining('outside the repository')
      ],
      [
        'file-rejected',
        'specs/001-thing/contracts/huge.json',
        1,
        expect.stringContaining('over the 1 KiB limit')
      ]
    ]);
    expect(
      files.findings.filter(found => found.ruleId === 'encoding').map(f => f.severity)
    ).toEqual(['warning', 'warning']);
  });

  it('reads a text file with stray bytes, each replaced, and goes on', async () => {
    const files = await loadFeature(repo, feature);
    const text = (name: string) => files.documents.find(doc => doc.relativePath === name)?.text;
    expect(text('spec.md')).toBe('# Spec\n\nbad \uFFFD byte\n');
    expect(text('research.md')).toBe('# R\nok\n\uFFFDbinary\n');
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
  it('refuses a binary file as an error naming what it is', async () => {
    const file = path.join(scratch, 'repo', 'diagram.md');
    write(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const loaded = await loadTextFile(repo, file, 1000);
    expect(loaded.document).toBeUndefined();
    expect(loaded.finding).toMatchObject({
      ruleId: 'file-rejected',
      severity: 'error',
      message: 'a PNG image, not text; not read',
      location: { file: 'diagram.md', line: 1 }
    });
  });

  it('gives neither document nor finding for a missing file', async () => {
    expect(await loadTextFile(repo, path.join(feature, 'tasks.md'), 100)).toEqual({});
  });

  it('reads a file outside the repository when it was named explicitly', async () => {
    const loaded = await loadTextFile(repo, path.join(scratch, 'secret.md'), 100);
    expect(loaded.document?.text).toContain('outside');
  });
});

describe('decodeBytes', () => {
  const decode = (bytes: number[] | string) =>
    decodeBytes(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Uint8Array.from(bytes));

  it('replaces a stray Windows-1252 quote and says where it was', () => {
    const decoded = decode('# Plan\n\nthe team\x92s choice\n');
    expect(decoded).toEqual({
      kind: 'text',
      text: '# Plan\n\nthe team\uFFFDs choice\n',
      stray: { offset: 16, problem: 'invalid UTF-8', count: 1 }
    });
  });

  it('counts each run of bad bytes once, and replaces control characters but not tabs or line ends', () => {
    const decoded = decode('# A readable heading\na\x00\x00b\x1bc\td\r\n\x0ce\xff\xfe');
    expect(decoded.kind).toBe('text');
    if (decoded.kind !== 'text') return;
    expect(decoded.text).toBe(
      '# A readable heading\na\uFFFD\uFFFDb\uFFFDc\td\r\n\x0ce\uFFFD\uFFFD'
    );
    expect(decoded.stray).toEqual({ offset: 22, problem: 'a NUL byte', count: 3 });
  });

  it('leaves clean UTF-8 alone', () => {
    expect(decodeBytes(Buffer.from('héllo ✓ 😀\n', 'utf8'))).toEqual({
      kind: 'text',
      text: 'héllo ✓ 😀\n',
      stray: undefined
    });
  });

  it('refuses a file that is mostly NUL and control bytes, or opens like a binary format', () => {
    expect(decode([0x41, 0, 0, 0, 0x42, 0, 0, 0])).toEqual({
      kind: 'binary',
      reason: '75% of its bytes are NUL or control bytes, not text',
      offset: 1
    });
    expect(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).toMatchObject({
      kind: 'binary',
      reason: 'a PNG image, not text'
    });
    expect(decode('%PDF-1.7\n')).toMatchObject({
      kind: 'binary',
      reason: 'a PDF document, not text'
    });
  });

  it('reads UTF-16 text that a byte-order mark announces', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Plan ✓\n', 'utf16le')]);
    expect(decodeBytes(le)).toEqual({ kind: 'text', text: '# Plan ✓\n', stray: undefined });
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
