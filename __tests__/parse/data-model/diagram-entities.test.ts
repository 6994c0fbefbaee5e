/** Entities only a Mermaid erDiagram draws: every box of an ER diagram is an entity of the model. */
import { describe, expect, it } from '@jest/globals';
import { entity, fieldSummary, links, names, parse } from './read.js';

describe('parseDataModel: entities drawn only in an erDiagram', () => {
  const model = parse([
    '# Data Model: Seed Library', // 1
    '',
    '```mermaid',
    'erDiagram',
    '    BIN ||--o{ SEED_PACKET : holds', // 5
    '    SEED_PACKET }o--|| GROWER : "donated by"',
    '    BIN {',
    '        int id PK',
    '        string shelf_label "as printed"',
    '    }',
    '```',
    '',
    '## SeedPacket',
    '',
    '| Field | Type |',
    '|---|---|',
    '| id | int |',
    '| variety | string |'
  ]);

  it('adds the boxes no section describes, named as code names them, with their attributes', () => {
    expect(names(model)).toEqual(['Bin', 'Grower', 'SeedPacket']);
    expect(fieldSummary(entity(model, 'Bin'))).toEqual(['id:int', 'shelf_label:string']);
    expect(entity(model, 'Grower').fields).toEqual([]);
    expect(entity(model, 'Bin').source.line).toBe(5);
  });

  it('keeps the section’s own entity for a box it describes, and relates the drawn ones', () => {
    expect(fieldSummary(entity(model, 'SeedPacket'))).toEqual(['id:int', 'variety:string']);
    expect(links(model)).toEqual(['Bin>SeedPacket 1:N', 'SeedPacket>Grower N:1']);
  });

  it('nearest miss: a flowchart in Mermaid draws no entities', () => {
    expect(
      names(parse(['# Data Model', '', '```mermaid', 'flowchart LR', '    BIN --> SHELF', '```']))
    ).toEqual([]);
  });
});
