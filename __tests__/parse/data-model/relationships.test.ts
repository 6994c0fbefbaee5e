import { describe, expect, it } from '@jest/globals';
import { FILE, parse, links } from './read.js';

describe('parseDataModel: relationships', () => {
  const entities = [
    '# Data Model',
    '',
    '## Entities',
    '',
    '### User',
    '- `id`: uuid',
    '- `email`: string',
    '',
    '### Order',
    '- `id`: uuid',
    '- `user_id`: uuid',
    '',
    '### Order Line',
    '- `order_id`: uuid',
    '- `sku`: string',
    ''
  ];

  it('reads bullets in many phrasings, with the kind they state', () => {
    const model = parse([
      ...entities,
      '## Relationships', //                        17
      '',
      '- User 1:N Order',
      '- **Order** has many **Order Lines** (one-to-many)',
      '- Order Line belongs to Order',
      '- One `User` may place many `Order Line` records',
      '- User → Warehouse (one-to-many)',
      '- Order references the pricing service'
    ]);
    expect(links(model)).toEqual([
      'User>Order 1:N',
      'Order>Order Line 1:N',
      'Order Line>Order N:1',
      'User>Order Line 1:N'
    ]);
    expect(model.relationships[0]).toEqual({
      from: 'User',
      to: 'Order',
      kind: '1:N',
      text: 'User 1:N Order',
      source: { file: FILE, line: 19, column: 1 }
    });
  });

  it('reads tables, mermaid erDiagrams and cardinality diagrams', () => {
    const model = parse([
      ...entities,
      '## Entity Relationships',
      '',
      '| From | To | Kind |',
      '|---|---|---|',
      '| Order | Order Line | one-to-many |',
      '',
      '```mermaid',
      'erDiagram',
      '    USER ||--o{ ORDER : places',
      '```',
      '',
      '```text',
      'Order Line * ── 1 User',
      '```'
    ]);
    expect(links(model)).toEqual(['Order>Order Line 1:N', 'Order Line>User N:1', 'User>Order 1:N']);
    expect(model.relationships.find(link => link.from === 'User')!.source.line).toBe(25);
  });

  it('reads trees: each child under the entity above it', () => {
    const model = parse([
      ...entities,
      '## Relationships',
      '',
      '```',
      'User (1) ──── (*) Order',
      '                  │',
      '                  └── (*) Order Line',
      '```'
    ]);
    expect(links(model)).toEqual(['User>Order 1:N', 'Order>Order Line 1:N']);
  });

  it('reads an entity’s own "Relationships" label, from that entity', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Site',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | UUID |',
      '',
      '**Relationships**:',
      '- **One-to-Many** with Batch: `batches` collection',
      '- audited by the platform team',
      '',
      '### Batch',
      '',
      '| Field | Type |',
      '|---|---|',
      '| siteId | UUID |',
      '',
      '**Relationships**:',
      '- `site: Site` — belongs to one site'
    ]);
    expect(links(model)).toEqual(['Site>Batch 1:N', 'Batch>Site N:1']);
    expect(model.relationships[1]!.source.line).toBe(22);
  });

  it('reads sub-headings that pair two entities, with the kind their bullets state', () => {
    const model = parse([
      ...entities,
      '## Entity Relationships',
      '',
      '### User ↔ Order',
      '- **One-to-Many**: a user places orders over time',
      '',
      '### Shipping notes',
      '- Orders ship from one warehouse'
    ]);
    expect(links(model)).toEqual(['User>Order 1:N']);
    expect(model.relationships[0]!.source.line).toBe(19);
  });

  it('skips a relationship that names an unknown entity', () => {
    const model = parse([
      ...entities,
      '## Relationships',
      '',
      '- User has many Invoices',
      '- Invoice belongs to Order'
    ]);
    expect(model.relationships).toEqual([]);
  });
});
