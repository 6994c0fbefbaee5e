import { describe, expect, it } from '@jest/globals';
import { parse, entity, aliases } from './read.js';

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
      'Syntax Tree Node': ['SyntaxNode'],
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

  it('takes the script a record is produced by, not the code that merely emits it', () => {
    const model = parse([
      '# Data Model',
      '',
      '### HarvestSummaryRow',
      '',
      'Produced by `scripts/summarise_harvest.py` once a night.',
      '',
      '- `bed`: text',
      '- `kilos`: float',
      '',
      '### MoistureReading',
      '',
      'Emitted by `MoistureProbe.readings()` every minute.',
      '',
      '- `probe`: text',
      '- `percent`: float'
    ]);
    expect(aliases(model)).toEqual({
      HarvestSummaryRow: ['summarise_harvest.py'],
      MoistureReading: []
    });
  });
});
