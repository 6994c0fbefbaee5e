import { describe, expect, it } from '@jest/globals';
import { parseDataModel } from '../../src/core/parse/data-model.js';
import type { DataModel, Entity } from '../../src/core/model.js';

const FILE = 'specs/001-x/data-model.md';

function parse(lines: string[]): DataModel {
  const text = lines.join('\n');
  return parseDataModel({ path: FILE, relativePath: 'data-model.md', text }).dataModel;
}

function entity(model: DataModel, name: string): Entity {
  const found = model.entities.find(candidate => candidate.name === name);
  if (!found) throw new Error(`no entity ${name} in ${model.entities.map(e => e.name).join(', ')}`);
  return found;
}

function derivedNames(model: DataModel): string[] {
  return model.entities.filter(found => found.derived).map(found => found.name);
}

function aliases(model: DataModel): Record<string, string[]> {
  return Object.fromEntries(model.entities.map(found => [found.name, found.aliases]));
}

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

describe('parseDataModel: other names an entity goes by', () => {
  it('takes the type a code block declares under a descriptive heading', () => {
    const model = parse([
      '# Data Model',
      '',
      '## 2. Runtime entities',
      '',
      '### 2.1 `Throttle`',
      '',
      '- `rate`: u32',
      '- `burst`: u32',
      '',
      '### 2.2 Upload queue',
      '',
      'Per bucket, the agent keeps:',
      '',
      '```text',
      'UploadQueueAccumulator {',
      '  pending_bytes: AtomicU64,',
      '  dropped_total: AtomicU64,',
      '}',
      '```'
    ]);
    expect(aliases(model)).toEqual({ Throttle: [], 'Upload queue': ['UploadQueueAccumulator'] });
  });

  it('takes an enum that is the entity itself, not the types nested in its block', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Syntax',
      '',
      '#### Syntax Tree Node Hierarchy',
      '```rust',
      '#[derive(Debug)]',
      'pub enum SyntaxNode {',
      '    Let(LetBinding),',
      '    Call(CallSite),',
      '}',
      '',
      'pub struct LetBinding {',
      '    pub name: String,',
      '    pub value: Box<SyntaxNode>,',
      '}',
      '',
      'pub struct CallSite {',
      '    pub callee: String,',
      '}',
      '```',
      '',
      '#### Invoice',
      '```rust',
      'pub enum InvoiceStatus { Open, Paid }',
      '',
      'pub struct Invoice {',
      '    pub status: InvoiceStatus,',
      '    pub total: u64,',
      '}',
      '```'
    ]);
    expect(aliases(model)).toEqual({
      'Syntax Tree Node Hierarchy': ['SyntaxNode'],
      Invoice: []
    });
  });

  it('takes a type alias and later types that share a word of the name', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Ledger Tree',
      '',
      '```typescript',
      'export type LedgerNode = CreditNode | DebitNode;',
      '',
      'interface LedgerBranch {',
      '  children: LedgerNode[];',
      '}',
      '',
      'interface AuditTrail {',
      '  entries: string[];',
      '}',
      '```'
    ]);
    expect(aliases(model)).toEqual({ 'Ledger Tree': ['LedgerNode', 'LedgerBranch'] });
  });

  it('takes at most five type names from a section', () => {
    const blocks = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Theta'].flatMap(word => [
      '```typescript',
      `interface ${word}Probe {`,
      '  id: string;',
      '}',
      '```',
      ''
    ]);
    const model = parse(['# Data Model', '', '## Probe Set', '', ...blocks]);
    expect(entity(model, 'Probe Set').aliases).toEqual([
      'AlphaProbe',
      'BetaProbe',
      'GammaProbe',
      'DeltaProbe',
      'EpsilonProbe'
    ]);
  });

  it('takes the identifiers of an implementation anchor, not those a field maps to', () => {
    const model = parse([
      '# Data Model',
      '',
      '## CreditGrant',
      '',
      '- **Purpose**: the credit a confirmed payment adds.',
      '- **Existing implementation anchor**: `LedgerActivity` plus `Ledger`',
      '- **Fields**:',
      '  - `account_ref`: maps to `AccountRow`',
      '  - `amount`: decimal'
    ]);
    expect(aliases(model)).toEqual({ CreditGrant: ['LedgerActivity', 'Ledger'] });
  });

  it('takes a storage file by its name, or by a clean suffix after a placeholder', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### AgentSettings',
      '*Global settings. Stored in `settings.toml` (via the loader), not in the database.*',
      '- **Port**: `int`',
      '- **LogLevel**: `string`',
      '',
      '### SessionRecord',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | string |',
      '',
      '**Storage**: `<data_dir>/sessions.json`, one entry per login.',
      '',
      '### ExportPack',
      '',
      'Written to `<out_dir>/<client>.pack.json` for the operator:',
      '',
      '| Field | Type |',
      '|---|---|',
      '| version | u32 |',
      '',
      '### ExportNote',
      '',
      'Written to `<out_dir>/<client>.json` beside the pack.',
      '',
      '| Field | Type |',
      '|---|---|',
      '| text | string |',
      '',
      '### ArchiveIndex',
      '',
      'Stored in PostgreSQL, see `https://db.example.org/archive.sql`.',
      '',
      '| Field | Type |',
      '|---|---|',
      '| key | string |',
      '',
      '### AgentConfig (persisted as `<config_dir>/agent.toml`)',
      '',
      '| Field | Type |',
      '|---|---|',
      '| listen | string |'
    ]);
    expect(aliases(model)).toEqual({
      AgentSettings: ['settings.toml'],
      SessionRecord: ['sessions.json'],
      ExportPack: ['.pack.json'],
      ExportNote: [],
      ArchiveIndex: [],
      AgentConfig: ['agent.toml']
    });
    expect(entity(model, 'AgentSettings').derived).toBe(false);
  });

  it('gives no entity the name of another entity as an alias', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Order',
      '',
      '```typescript',
      'interface OrderLine {',
      '  sku: string;',
      '  qty: number;',
      '}',
      '```',
      '',
      '## OrderLine',
      '',
      '- `sku`: string',
      '- `qty`: number'
    ]);
    expect(aliases(model)).toEqual({ Order: [], OrderLine: [] });
  });
});
