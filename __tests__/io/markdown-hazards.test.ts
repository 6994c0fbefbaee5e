/**
 * Markdown that would take the parser minutes is refused before it is parsed, naming the line,
 * and ordinary documents, however large, are not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from '@jest/globals';
import { loadFeature } from '../../src/io/loader.js';
import { markdownHazard } from '../../src/io/markdown-hazards.js';

describe('markdownHazard', () => {
  it('refuses a paragraph of tens of thousands of emphasis markers, at its line', () => {
    const text = '# Spec\n\nIntro.\n\n' + '*a'.repeat(20_000) + '\n';
    const hazard = markdownHazard(text);
    expect(hazard?.line).toBe(5);
    expect(hazard?.reason).toContain('20000 emphasis and link markers');
  });

  it('refuses unclosed links by the thousand in one line', () => {
    expect(markdownHazard('[a]('.repeat(10_000))?.line).toBe(1);
  });

  it('refuses lists nested a hundred levels deep, by indentation or by markers on one line', () => {
    let nested = '';
    for (let depth = 0; depth < 120; depth++) nested += ' '.repeat(depth * 2) + '- item\n';
    expect(markdownHazard(nested)?.reason).toContain('indented');
    expect(markdownHazard('intro\n\n' + '- '.repeat(300) + 'x\n')?.line).toBe(3);
    expect(markdownHazard('> '.repeat(60) + 'x')?.reason).toContain('nested lists or quotes');
  });

  it('accepts the same markers spread over many paragraphs, list items and table rows', () => {
    const tasks = '- [ ] T001 **Create** `user_model` in src/models/user_model.py [US1]\n'.repeat(
      5000
    );
    const table = '| **a_b** | [x](y) |\n'.repeat(5000);
    const prose = 'Some *emphasis* and a [link](x) in snake_case_words.\n\n'.repeat(5000);
    expect(markdownHazard(tasks)).toBeUndefined();
    expect(markdownHazard(table)).toBeUndefined();
    expect(markdownHazard(prose)).toBeUndefined();
  });

  it('does not count markers inside fenced code, nor indentation there', () => {
    const code =
      '```python\n' + ('    ' + '*'.repeat(40) + '_'.repeat(40) + '\n').repeat(4000) + '```\n';
    const deep = '~~~\n' + ' '.repeat(400) + '- not a list\n~~~\n';
    expect(markdownHazard(code)).toBeUndefined();
    expect(markdownHazard(deep)).toBeUndefined();
  });

  it('scans a megabyte in well under the time the parser would need', () => {
    const text = '*a'.repeat(512 * 1024);
    const start = performance.now();
    expect(markdownHazard(text)).toBeDefined();
    // Not a timing assertion: a generous bound that only a quadratic scan could break.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe('the loader and markdown hazards', () => {
  it('refuses the markdown file with a finding at its line, and still reads the rest', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-tasks-hazard-'));
    try {
      const dir = path.join(root, 'specs', '001-x');
      fs.mkdirSync(path.join(dir, 'contracts'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'plan.md'), '# Plan\n');
      fs.writeFileSync(path.join(dir, 'spec.md'), '# Spec\n\n' + '*a'.repeat(20_000) + '\n');
      // Not markdown: a contract is never parsed as markdown, so its stars are harmless.
      fs.writeFileSync(path.join(dir, 'contracts', 'api.yaml'), `x: "${'*a'.repeat(20_000)}"\n`);
      const files = await loadFeature(root, dir);
      expect(files.documents.map(doc => doc.relativePath).sort()).toEqual([
        'contracts/api.yaml',
        'plan.md'
      ]);
      expect(files.findings).toEqual([
        expect.objectContaining({
          ruleId: 'file-rejected',
          location: { file: 'specs/001-x/spec.md', line: 3, column: 1 }
        })
      ]);
      expect(files.findings[0]!.message).toMatch(/a Markdown parser minutes; not read$/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
