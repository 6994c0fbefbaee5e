import { describe, expect, it } from '@jest/globals';
import { parse, entity, derivedNames } from './read.js';

describe('parseDataModel: entities with nothing to build', () => {
  it('reads `(derived)` on a heading as derived, and leaves its sibling alone', () => {
    const model = parse([
      '# Data Model: Baskets',
      '',
      '## Basket',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | UUID |',
      '| owner | UUID |',
      '',
      '## BasketItem',
      '',
      '| Field | Type |',
      '|---|---|',
      '| sku | string |',
      '| qty | u32 |',
      '',
      '## BasketSummaryView (derived)',
      '',
      '- **Purpose**: what the owner sees on the basket page.',
      '- **Derived fields**:',
      '  - item count',
      '  - latest change'
    ]);
    expect(model.entities.map(found => found.name)).toEqual([
      'Basket',
      'BasketItem',
      'BasketSummaryView'
    ]);
    expect(derivedNames(model)).toEqual(['BasketSummaryView']);
  });

  it('reads a log record that is not stored as derived, but not an in-memory entity that is not persisted', () => {
    const model = parse([
      '# Data Model',
      '',
      '## ShipmentNote (log record, not stored)',
      '',
      '| Field | Type |',
      '|---|---|',
      '| at | timestamp |',
      '| text | string |',
      '',
      '## LiveRoute (in-memory, not persisted)',
      '',
      '| Field | Type |',
      '|---|---|',
      '| hops | u32 |',
      '| origin | string |',
      '',
      '## DockSlot',
      '',
      'Held by the scheduler. Not persisted; lost when the process restarts.',
      '',
      '| Field | Type |',
      '|---|---|',
      '| dock | u32 |',
      '| until | timestamp |'
    ]);
    expect(model.entities.map(found => found.name)).toEqual([
      'ShipmentNote',
      'LiveRoute',
      'DockSlot'
    ]);
    expect(derivedNames(model)).toEqual(['ShipmentNote']);
  });

  it('reads a "Purpose" line that calls it a derived read model as derived', () => {
    const model = parse([
      '# Data Model',
      '',
      '## ParcelTimeline',
      '',
      '- **Purpose**: a derived read model built from `ParcelScan` rows; no separate projection is required.',
      '- **Fields**:',
      '  - `parcel_id`: UUID',
      '  - `scans`: list'
    ]);
    expect(entity(model, 'ParcelTimeline').derived).toBe(true);
  });

  it('does not read an entity with a computed field as derived', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Invoice',
      '',
      '- **Purpose**: what the customer owes for one order.',
      '- **Fields**:',
      '  - `lines`: list of InvoiceLine',
      '  - `total`: decimal — computed from lines, not stored',
      '- **Derived fields**: `total`'
    ]);
    expect(entity(model, 'Invoice').derived).toBe(false);
  });

  it('reads entities under a "Read Models" group as derived, and not those under "Domain Models"', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Domain Models',
      '',
      '### CargoHold',
      '',
      '- `id`: UUID',
      '- `capacity`: u32',
      '',
      '## Read Models',
      '',
      '### HoldUsageView',
      '',
      '- `hold_id`: UUID',
      '- `used`: u32'
    ]);
    expect(model.entities.map(found => found.name)).toEqual(['CargoHold', 'HoldUsageView']);
    expect(derivedNames(model)).toEqual(['HoldUsageView']);
  });

  it('in a section of types derived from a snapshot, reads only the type made of the others as derived', () => {
    const model = parse([
      '# Data Model',
      '',
      '### Client Interfaces (Derived via snapshot())',
      '',
      '```typescript',
      'interface GardenState {',
      '  beds: Record<string, Bed>;',
      '  plants: Record<string, Plant>;',
      '}',
      '',
      'interface Bed {',
      '  id: string;',
      '  width: number;',
      '}',
      '',
      'interface Plant {',
      '  id: string;',
      '  species: string;',
      '}',
      '```'
    ]);
    expect(model.entities.map(found => found.name)).toEqual(['GardenState', 'Bed', 'Plant']);
    expect(derivedNames(model)).toEqual(['GardenState']);
  });
});
