import { describe, expect, it } from '@jest/globals';
import { parseMarkdown, plainText, sections } from '../../src/core/parse/markdown.js';

describe('markdown helpers', () => {
  it('keeps inline code text and drops emphasis marks', () => {
    const root = parseMarkdown('Use **`GET /v1/x`** for *it*\n');
    expect(plainText(root)).toBe('Use GET /v1/x for it');
  });

  it('splits a document into sections with their positions', () => {
    const root = parseMarkdown('# A\n\ntext\n\n## B\n\nmore\n\n# C\n');
    const found = sections(root);
    expect(found.map(s => [s.title, s.depth, s.heading.position?.start.line])).toEqual([
      ['A', 1, 1],
      ['B', 2, 5],
      ['C', 1, 9]
    ]);
    expect(found[0]!.body).toHaveLength(1);
    expect(found[0]!.content).toHaveLength(3);
  });

  it('reads GFM tables only when asked', () => {
    const table = '| a | b |\n| - | - |\n| 1 | 2 |\n';
    expect(parseMarkdown(table).children[0]!.type).toBe('paragraph');
    expect(parseMarkdown(table, { tables: true }).children[0]!.type).toBe('table');
  });
});
