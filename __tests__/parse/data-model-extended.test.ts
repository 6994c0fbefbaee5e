import { describe, expect, it } from '@jest/globals';
import { parseDataModel } from '../../src/core/parse/data-model.js';

const FILE = 'specs/001-x/data-model.md';

/** Each entity as `name:existing/extended`. */
function flags(lines: string[]): string[] {
  const { dataModel } = parseDataModel({
    path: FILE,
    relativePath: 'data-model.md',
    text: lines.join('\n')
  });
  return dataModel.entities.map(
    entity =>
      `${entity.name}:${entity.existing ? 'existing' : entity.extended ? 'extended' : 'new'}`
  );
}

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
