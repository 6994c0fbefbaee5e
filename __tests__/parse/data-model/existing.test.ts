import { describe, expect, it } from '@jest/globals';
import { parse, flags } from './read.js';

describe('parseDataModel: existing entities', () => {
  it('marks entities under an "existing" section or with an "(unchanged)" note', () => {
    const model = parse([
      '# Data Model',
      '',
      '## New Entities',
      '',
      '### Report',
      '- `id`: uuid',
      '- `body`: text',
      '',
      '### Session (unchanged)',
      '',
      'No changes.',
      '',
      '### Export (existing)',
      '',
      '## Existing entities (no modification)',
      '',
      '### Account',
      '',
      'Read only.',
      '',
      '### Team',
      '- `name`: string',
      '- `size`: int',
      '',
      '## Reused Entities',
      '',
      '### Tenant',
      '',
      '## Existing Entities (extended)',
      '',
      '### Invoice',
      '- `due_at`: date — new column',
      '- `paid`: bool'
    ]);
    expect(model.entities.map(found => `${found.name}:${found.existing}`)).toEqual([
      'Report:false',
      'Session:true',
      'Export:true',
      'Account:true',
      'Team:true',
      'Tenant:true',
      'Invoice:false'
    ]);
  });
});

const table = (field: string) => ['', '| Field | Type |', '|---|---|', `| ${field} | string |`, ''];

describe('parseDataModel: entities the feature extends', () => {
  it('reads "(extended)", "(extension)", an "Extended" prefix and a schema version above 1', () => {
    expect(
      flags([
        '# Data Model',
        '## Entities',
        '### `Quota` (extended)',
        ...table('burst'),
        '### Route (extension)',
        ...table('fuel'),
        '### Extended `RunStats`',
        ...table('p99_ms'),
        '### Ledger',
        ...table('balance')
      ])
    ).toEqual(['Quota:extended', 'Route:extended', 'RunStats:extended', 'Ledger:new']);
  });

  it('reads "schema version 2" as extended, and version 1 as new', () => {
    expect(
      flags([
        '# Data Model',
        '## Account schema version 2',
        ...table('displayName'),
        '## Badge schema version 1',
        ...table('label')
      ])
    ).toEqual(['Account:extended', 'Badge:new']);
  });

  it('reads a section of existing entities that are changed as extended, and unchanged ones as existing', () => {
    expect(
      flags([
        '# Data Model',
        '## Existing entities (modified)',
        '### Invoice',
        ...table('currency'),
        '## Existing entities (unchanged)',
        '### Customer',
        ...table('email')
      ])
    ).toEqual(['Invoice:extended', 'Customer:existing']);
  });
});
