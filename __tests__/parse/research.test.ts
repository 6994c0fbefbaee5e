import { describe, expect, it } from '@jest/globals';
import { parseResearch } from '../../src/core/parse/research.js';
import type { Decision } from '../../src/core/model.js';

const FILE = 'specs/021-search/research.md';

function parse(lines: string[]): Decision[] {
  const result = parseResearch({ path: FILE, relativePath: 'research.md', text: lines.join('\n') });
  expect(result.findings).toEqual([]);
  return result.research.decisions;
}

function at(line: number, column = 1) {
  return { file: FILE, line, column };
}

describe('parseResearch: labelled lines', () => {
  it('reads bold Decision / Rationale / Alternatives considered paragraphs under a heading', () => {
    const decisions = parse([
      '# Research: Search', //                                       1
      '',
      '## Decision 1: Search engine',
      '',
      '**Decision**: Use Meilisearch', //                            5
      '',
      '**Rationale**: Typo tolerance out of the box.',
      '',
      '**Alternatives considered**: Elasticsearch (heavy), SQLite FTS5 (no typo tolerance)'
    ]);
    expect(decisions).toEqual([
      {
        title: 'Search engine',
        decision: 'Use Meilisearch',
        rationale: 'Typo tolerance out of the box.',
        alternatives: 'Elasticsearch (heavy), SQLite FTS5 (no typo tolerance)',
        source: at(3)
      }
    ]);
  });

  it('reads the labels as list items, as hard-broken lines and without bold', () => {
    const decisions = parse([
      '## Decisions',
      '',
      '### 1) Index updates',
      '- **Decision**: Push updates from the write path',
      '- **Rationale**: Keeps the index fresh',
      '- **Alternatives considered**:',
      '  - Nightly rebuild: too stale',
      '  - Change-data capture: more moving parts',
      '',
      '### 2) Ranking',
      '**Decision**: BM25 with field boosts  ',
      '**Rationale**: Simple to tune  ',
      '**Alternatives Considered**: Learning to rank',
      '',
      '### 3) Highlighting',
      'Decision: Server-side snippets',
      'Why: Consistent across clients'
    ]);
    expect(decisions.map(d => [d.title, d.decision, d.rationale, d.alternatives])).toEqual([
      [
        'Index updates',
        'Push updates from the write path',
        'Keeps the index fresh',
        'Nightly rebuild: too stale; Change-data capture: more moving parts'
      ],
      ['Ranking', 'BM25 with field boosts', 'Simple to tune', 'Learning to rank'],
      ['Highlighting', 'Server-side snippets', 'Consistent across clients', undefined]
    ]);
    expect(decisions.map(d => d.source)).toEqual([at(3), at(10), at(15)]);
  });

  it('takes the list or paragraph that follows an empty label', () => {
    const decisions = parse([
      '## R-004 — Field tags',
      '',
      '**Decision**:',
      '- `Query.limit = 7`',
      '- `Query.offset = 8`',
      '',
      '**Rationale**:',
      '',
      'Next free numbers in the message.'
    ]);
    expect(decisions).toEqual([
      {
        title: 'Field tags',
        decision: 'Query.limit = 7; Query.offset = 8',
        rationale: 'Next free numbers in the message.',
        alternatives: undefined,
        source: at(1)
      }
    ]);
  });

  it('is no decision when the label has nothing after it at all', () => {
    expect(parse(['## Open question', '', '**Decision**:', '', '```', 'tbd()', '```'])).toEqual([]);
  });

  it('keeps the first of a repeated label and accepts Chosen as a synonym', () => {
    const decisions = parse([
      '## Tokenizer',
      '**Chosen**: ICU word breaks',
      '**Decision**: ignored second label',
      '**Rationale**: handles CJK text'
    ]);
    expect(decisions.map(d => [d.decision, d.rationale])).toEqual([
      ['ICU word breaks', 'handles CJK text']
    ]);
  });
});

describe('parseResearch: decisions from headings', () => {
  it('reads `Decision: X` headings, with the rationale from the body', () => {
    const decisions = parse([
      '# Research Summary',
      '',
      '## Decision: Cursor-based pagination',
      '**Rationale**: Stable under inserts.',
      '',
      '### 3. Decision: Cache warmed at deploy'
    ]);
    expect(decisions).toEqual([
      {
        title: 'Cursor-based pagination',
        decision: 'Cursor-based pagination',
        rationale: 'Stable under inserts.',
        alternatives: undefined,
        source: at(3)
      },
      {
        title: 'Cache warmed at deploy',
        decision: 'Cache warmed at deploy',
        rationale: undefined,
        alternatives: undefined,
        source: at(6)
      }
    ]);
  });

  it('reads `### Decision`, `### Rationale`, `### Alternatives Considered` sub-headings of a topic', () => {
    const decisions = parse([
      '# Research',
      '',
      '## Topic 1: Query language', //                    3
      '',
      '### Decision',
      '',
      'Expose a small filter DSL.',
      '',
      '### Rationale',
      '', //                                              10
      '- Users already know it',
      '- Easy to validate',
      '',
      '### Alternatives Considered',
      '', //                                              15
      'Raw SQL: unsafe.',
      '',
      '### Examples',
      '',
      'Decision stays the same for v2.', //               20
      '',
      '## Topic 2: Paging',
      '',
      '### Decision:',
      'Offset paging for admin screens.'
    ]);
    expect(decisions).toEqual([
      {
        title: 'Query language',
        decision: 'Expose a small filter DSL.',
        rationale: 'Users already know it; Easy to validate',
        alternatives: 'Raw SQL: unsafe.',
        source: at(3)
      },
      {
        title: 'Paging',
        decision: 'Offset paging for admin screens.',
        rationale: undefined,
        alternatives: undefined,
        source: at(22)
      }
    ]);
  });

  it('does not make a group heading a decision because its children are decisions', () => {
    const decisions = parse([
      '## Plugin architecture decisions',
      '',
      '### Decision: Action plugin',
      '**Rationale**: Runs on the controller.',
      '',
      '### Decision: Python 3.12',
      '**Rationale**:',
      '- Modern typing',
      '- Faster startup'
    ]);
    expect(decisions.map(d => [d.title, d.rationale])).toEqual([
      ['Action plugin', 'Runs on the controller.'],
      ['Python 3.12', 'Modern typing; Faster startup']
    ]);
  });

  it('cleans numbering and research labels from titles', () => {
    const decisions = parse([
      '## R2 — Metrics collection',
      'Decision: Prometheus',
      '## Research Topic 4: Feature flags',
      'Decision: Unleash',
      '### Q1: Which client library?',
      'Decision: The official one',
      '## 2.1 Retries',
      'Decision: Exponential backoff'
    ]);
    expect(decisions.map(d => d.title)).toEqual([
      'Metrics collection',
      'Feature flags',
      'Which client library?',
      'Retries'
    ]);
  });
});

describe('parseResearch: what is not a decision', () => {
  it('needs a Decision: a section with only a rationale, or prose about a decision, is none', () => {
    expect(
      parse([
        '# Research',
        '',
        'Decision: at the top level belongs to no section heading',
        '',
        '## Background',
        '**Rationale**: context only',
        '',
        '## Findings',
        'The decision was hard: we kept both options.',
        '',
        '## Alternatives Considered:',
        '- Doing nothing'
      ])
    ).toEqual([]);
  });

  it('ignores labels in the title section and labels further than 40 characters in', () => {
    expect(
      parse([
        '# Decision: a title, not a decision',
        '## Notes',
        'A very long lead-in sentence that happens to end with decision: keep'
      ])
    ).toEqual([]);
  });

  it('reads labels in any language of the body around them', () => {
    const decisions = parse([
      '### 1) Estrategia de caché',
      '- **Decision**: Usar Redis con expiración de 5 minutos',
      '- **Rationale**: Reduce la carga de la base de datos',
      '### 2. 색인 전략',
      '**Decision**: 증분 색인'
    ]);
    expect(decisions.map(d => [d.title, d.decision])).toEqual([
      ['Estrategia de caché', 'Usar Redis con expiración de 5 minutos'],
      ['색인 전략', '증분 색인']
    ]);
  });
});

describe('parseResearch: wrapped values', () => {
  it('joins a value soft-wrapped over several lines, up to the next label', () => {
    const [decision] = parse([
      '# Research',
      '## R-1 — Token bucket',
      '**Decision**: Implement token buckets in',
      'the client crate with an atomic counter.',
      '**Rationale**: No new dependency.'
    ]);
    expect(decision!.decision).toBe(
      'Implement token buckets in the client crate with an atomic counter.'
    );
    expect(decision!.rationale).toBe('No new dependency.');
  });
});
