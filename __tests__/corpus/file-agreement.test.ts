import { agreement, documentedFiles, normalisePath } from '../../scripts/file-agreement.js';

describe('file agreement measure', () => {
  it('drops backticks, ./, a leading / and a declared root label', () => {
    expect(normalisePath('`./src/x.ts`')).toBe('src/x.ts');
    expect(normalisePath('/acme-shop/src/x.ts', { rootLabels: ['acme-shop'] })).toBe('src/x.ts');
  });

  it('puts a path into the feature folder back under specs/, as the repository has it', () => {
    const form = { featureName: '004-gift-cards' };
    expect(normalisePath('004-gift-cards/quickstart.md', form)).toBe(
      'specs/004-gift-cards/quickstart.md'
    );
    expect(normalisePath('specs/004-gift-cards/quickstart.md', form)).toBe(
      'specs/004-gift-cards/quickstart.md'
    );
    expect(normalisePath('src/004-gift-cards/x.ts', form)).toBe('src/004-gift-cards/x.ts');
  });

  it('counts the existing files the documents name by a path with a folder', () => {
    const existing = new Set(['src/cards/card.ts', 'src/cards/ledger.ts', 'README.md', 'x/y.ts']);
    const documented = documentedFiles(
      existing,
      ['src/cards/card.ts'],
      ['The ledger lives in `src/cards/ledger.ts`.', 'See README.md']
    );
    // A bare name is not counted: any folder could hold it.
    expect([...documented].sort()).toEqual(['src/cards/card.ts', 'src/cards/ledger.ts']);
    const one = agreement(existing, new Set(['src/cards/card.ts', 'src/other.ts']), documented);
    expect(one).toEqual({
      existing: 4,
      generated: 2,
      byPath: 1,
      byName: 1,
      generatedNamed: 1,
      documented: 2,
      documentedGenerated: 1
    });
  });
});
