import { describe, expect, it } from '@jest/globals';
import { parseDataModel } from '../../src/core/parse/data-model.js';
import type { DataModel, Entity } from '../../src/core/model.js';

const FILE = 'specs/001-x/data-model.md';

function parse(lines: string[]): DataModel {
  const text = lines.join('\n');
  return parseDataModel({ path: FILE, relativePath: 'data-model.md', text }).dataModel;
}

function names(model: DataModel): string[] {
  return model.entities.map(entity => entity.name);
}

function entity(model: DataModel, name: string): Entity {
  const found = model.entities.find(candidate => candidate.name === name);
  if (!found) throw new Error(`no entity ${name} in ${names(model).join(', ')}`);
  return found;
}

function fieldSummary(found: Entity): string[] {
  return found.fields.map(field => `${field.name}:${field.type ?? '?'}`);
}

function states(found: Entity): string[] {
  return found.states.map(
    state => `${state.from}>${state.to}${state.trigger ? ` (${state.trigger})` : ''}`
  );
}

function links(model: DataModel): string[] {
  return model.relationships.map(
    relationship =>
      `${relationship.from}>${relationship.to}${relationship.kind ? ` ${relationship.kind}` : ''}`
  );
}

describe('parseDataModel: which headings are entities', () => {
  it('reads `## Entity: X` with a field table, and skips Overview and Validation Rules', () => {
    const model = parse([
      '# Data Model: Shop', //                               1
      '',
      '## Overview',
      '',
      'Two tables back the shop.', //                         5
      '',
      '## Entity: Customer',
      '',
      '| Field | Type | Description |',
      '|-------|------|-------------|', //                     10
      '| `id` | UUID | Primary key |',
      '| email | string | Login name |',
      '',
      '## Validation Rules',
      '', //                                                  15
      '- `email`: must be unique',
      '- `id`: generated'
    ]);
    expect(names(model)).toEqual(['Customer']);
    const customer = entity(model, 'Customer');
    expect(customer.source).toEqual({ file: FILE, line: 7, column: 1 });
    expect(customer.existing).toBe(false);
    expect(customer.fields).toEqual([
      {
        name: 'id',
        type: 'UUID',
        description: 'Primary key',
        source: { file: FILE, line: 11, column: 1 }
      },
      {
        name: 'email',
        type: 'string',
        description: 'Login name',
        source: { file: FILE, line: 12, column: 1 }
      }
    ]);
  });

  it('cleans numbering, backticks, labels and notes from names and keeps their casing', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### 1. `KvCacheSnapshot` (new)',
      '',
      '- `hit_rate`: float — share of hits',
      '- `taken_at`: timestamp',
      '',
      '### 2. User Profile (modified)',
      '',
      '- **display_name** (string): shown to others',
      '- **avatar_url** (string, optional): picture',
      '',
      '### Order Entity',
      '',
      '- total: decimal',
      '- placed_at: datetime',
      '',
      '## Account schema version 2',
      '',
      '| Field | Type |',
      '|---|---|',
      '| `displayName` | string |',
      '',
      '## Category embedded document',
      '',
      '| Field | Type |',
      '|---|---|',
      '| `title` | string |',
      '',
      '## Payment (payments)',
      '',
      '| Column | Type |',
      '|---|---|',
      '| amount | numeric |'
    ]);
    expect(names(model)).toEqual([
      'KvCacheSnapshot',
      'User Profile',
      'Order',
      'Account',
      'Category',
      'Payment'
    ]);
    expect(fieldSummary(entity(model, 'KvCacheSnapshot'))).toEqual([
      'hit_rate:float',
      'taken_at:timestamp'
    ]);
    expect(entity(model, 'KvCacheSnapshot').fields[0]!.description).toBe('share of hits');
    expect(fieldSummary(entity(model, 'User Profile'))).toEqual([
      'display_name:string',
      'avatar_url:string'
    ]);
    expect(entity(model, 'User Profile').fields[1]!.description).toBe('optional — picture');
    expect(fieldSummary(entity(model, 'Order'))).toEqual(['total:decimal', 'placed_at:datetime']);
    expect(entity(model, 'Payment').source.line).toBe(32);
  });

  it('treats headings about the model, and everything under them, as no entity', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Summary',
      '',
      '## Relationships',
      '',
      '- Ticket belongs to Board',
      '',
      '## Validation Rules',
      '',
      '### Numeric Constraints',
      '',
      '- `limit`: must be ≥ 1',
      '- `offset`: must be ≥ 0',
      '',
      '## Indexes',
      '',
      '## Migration Strategy',
      '',
      '### Initial Migration',
      '',
      '```sql',
      'CREATE TABLE tickets (',
      '  id uuid PRIMARY KEY,',
      '  title text',
      ');',
      '```',
      '',
      '## Ticket',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | uuid |'
    ]);
    expect(names(model)).toEqual(['Ticket']);
    expect(model.relationships).toEqual([]);
  });

  it('does not make enumerations entities, under an Enums section or as an enum block', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Shot',
      '',
      '```csharp',
      'public class Shot',
      '{',
      '    public int Id { get; set; }',
      '    public ShotKind Kind { get; set; }',
      '}',
      '```',
      '',
      '### ShotKind (enum)',
      '',
      '- Single',
      '- Double',
      '',
      '### Grade',
      '',
      '```csharp',
      'public enum Grade { Good, Bad }',
      '```',
      '',
      '## Enumerations',
      '',
      '### Roast',
      '',
      '| Value | Meaning |',
      '|---|---|',
      '| Light | light roast |'
    ]);
    expect(names(model)).toEqual(['Shot']);
    expect(fieldSummary(entity(model, 'Shot'))).toEqual(['Id:int', 'Kind:ShotKind']);
  });

  it('keeps a group heading out and takes its members, even without fields', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Core Entities',
      '',
      '### Source File Handling',
      '',
      '#### SourceFile',
      '',
      '```rust',
      'pub struct SourceFile {',
      '    pub path: PathBuf,   // absolute',
      '    pub content: String,',
      '}',
      '```',
      '',
      '### Runtime Types',
      '',
      '#### `TokenBucket`',
      '',
      'Same shape as the limiter.',
      '',
      '#### Capability gate',
      '',
      'If a rule is capped the server refuses it.'
    ]);
    expect(names(model)).toEqual(['SourceFile', 'TokenBucket']);
    expect(fieldSummary(entity(model, 'SourceFile'))).toEqual(['path:PathBuf', 'content:String']);
  });

  it('gives "Fields", "Campos" and "Indexes" sub-sections to the entity above them', () => {
    const model = parse([
      '# Modelo de datos',
      '',
      '## Entidad: Empleado',
      '',
      '### Campos',
      '- `clave` (string, PK, `VARCHAR(20)`, requerido)',
      '- `nombre` (string, requerido)',
      '',
      '### Reglas de validación',
      '- `clave`: obligatorio',
      '',
      '## Core Entities',
      '',
      '### 1. Truck',
      '',
      '#### Fields',
      '',
      '| Field | Type | Constraints |',
      '|---|---|---|',
      '| `plate` | VARCHAR(20) | UNIQUE |',
      '',
      '#### Indexes',
      '',
      '- `plate` (unique)'
    ]);
    expect(names(model)).toEqual(['Empleado', 'Truck']);
    expect(fieldSummary(entity(model, 'Empleado'))).toEqual(['clave:string', 'nombre:string']);
    expect(entity(model, 'Empleado').fields[0]!.description).toBe('PK, VARCHAR(20), requerido');
    expect(fieldSummary(entity(model, 'Truck'))).toEqual(['plate:VARCHAR(20)']);
    expect(entity(model, 'Truck').fields[0]!.description).toBe('UNIQUE');
  });

  it('takes one entity per heading among entity headings, identifiers without fields included', () => {
    const model = parse([
      '# Phase 1 — Data Model',
      '',
      '## ClientName (newtype)',
      '',
      '| Field | Type |',
      '|---|---|',
      '| inner | `String` |',
      '',
      '## RuleId (newtype)',
      '',
      'A counter assigned by the server.',
      '',
      '## TokenRecord (persisted)',
      '',
      '| Field | Type |',
      '|---|---|',
      '| `client_name` | `ClientName` |',
      '',
      '## Configuration',
      '',
      '### ServerConfig (persisted as `server.toml`)',
      '',
      '| Field | Type | Default |',
      '|---|---|---|',
      '| `listen` | `SocketAddr` | `0.0.0.0:7443` |'
    ]);
    expect(names(model)).toEqual(['ClientName', 'RuleId', 'TokenRecord', 'ServerConfig']);
    expect(entity(model, 'RuleId').fields).toEqual([]);
  });

  it('reads entities written as bullets under an Entities heading', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '- Sample',
      '  - Fields: `post_id`, `label` (bool), `created_at`.',
      '  - Notes: one row per sentence.',
      '',
      '- FoldSplit',
      '  - Fields: `fold_index`, `is_validation`'
    ]);
    expect(names(model)).toEqual(['Sample', 'FoldSplit']);
    expect(fieldSummary(entity(model, 'Sample'))).toEqual([
      'post_id:?',
      'label:bool',
      'created_at:?'
    ]);
    expect(entity(model, 'Sample').source.line).toBe(5);
    expect(entity(model, 'FoldSplit').fields[0]!.source.line).toBe(10);
  });

  it('makes one entity per type when a heading holds several ("TypeScript Interfaces")', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Client Entities',
      '',
      '### TypeScript Interfaces',
      '',
      '```typescript',
      'interface Person {',
      '  id: string;',
      '  nickname?: string; // shown in lists',
      '}',
      '',
      'interface Household {',
      '  members: Person[];',
      '}',
      '```'
    ]);
    expect(names(model)).toEqual(['Person', 'Household']);
    expect(fieldSummary(entity(model, 'Person'))).toEqual(['id:string', 'nickname:string']);
    expect(entity(model, 'Person').source.line).toBe(8);
    expect(entity(model, 'Household').fields[0]!.source.line).toBe(14);
  });

  it('keeps the first of two entities with the same name', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Invoice',
      '- `number`: string',
      '- `total`: decimal',
      '',
      '### Invoices',
      '- `due`: date',
      '- `paid`: bool'
    ]);
    expect(names(model)).toEqual(['Invoice']);
    expect(entity(model, 'Invoice').source.line).toBe(5);
  });
});

describe('parseDataModel: fields from code', () => {
  function fieldsOf(lang: string, code: string[]): string[] {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Thing',
      '',
      '```' + lang,
      ...code,
      '```'
    ]);
    return fieldSummary(entity(model, 'Thing'));
  }

  it('reads Python dataclasses and SQLAlchemy columns', () => {
    expect(
      fieldsOf('python', [
        '@dataclass',
        'class Thing:',
        '    name: str',
        '    size: int = 0  # bytes',
        '    def grow(self): ...'
      ])
    ).toEqual(['name:str', 'size:int']);
    expect(
      fieldsOf('python', [
        'class Thing(Base):',
        '    id = Column(Integer, primary_key=True)',
        '    label = Column(String)'
      ])
    ).toEqual(['id:Integer', 'label:String']);
  });

  it('reads C# properties, records and Kotlin data classes', () => {
    expect(
      fieldsOf('csharp', [
        'public sealed class Thing',
        '{',
        '    [JsonPropertyName("id")]',
        '    public required string Id { get; init; }',
        '    public IReadOnlyList<string> Tags { get; init; } = [];',
        '    public Dictionary<string, object>? Custom { get; set; }',
        '}',
        '',
        'public sealed class Other',
        '{',
        '    public int Ignored { get; set; }',
        '}'
      ])
    ).toEqual(['Id:string', 'Tags:IReadOnlyList<string>', 'Custom:Dictionary<string, object>?']);
    expect(
      fieldsOf('csharp', [
        'public sealed record Thing(',
        '    string Code,',
        '    int? Line = null);'
      ])
    ).toEqual(['Code:string', 'Line:int?']);
    expect(
      fieldsOf('kotlin', [
        'data class Thing(',
        '    val latitude: Double,',
        '    val label: String? = null',
        ')'
      ])
    ).toEqual(['latitude:Double', 'label:String?']);
  });

  it('reads SQL tables, protobuf messages and bare `Name {` blocks', () => {
    expect(
      fieldsOf('sql', [
        'CREATE TABLE IF NOT EXISTS things (',
        '    id UUID PRIMARY KEY,',
        '    title VARCHAR(100) NOT NULL, -- shown',
        '    PRIMARY KEY (id)',
        ');'
      ])
    ).toEqual(['id:UUID', 'title:VARCHAR(100)']);
    expect(
      fieldsOf('protobuf', ['message Thing {', '  string delta = 1;', '  int32 index = 2;', '}'])
    ).toEqual(['delta:string', 'index:int32']);
    expect(
      fieldsOf('text', ['Thing {', '  rate: u64,', '  tokens: AtomicU64,  // pool', '}'])
    ).toEqual(['rate:u64', 'tokens:AtomicU64']);
  });

  it('reads Java fields, Go structs and YAML schemas named like the entity', () => {
    expect(
      fieldsOf('java', [
        'public class Thing {',
        '    private String name;',
        '    private final long size = 0L;',
        '}'
      ])
    ).toEqual(['name:String', 'size:long']);
    expect(
      fieldsOf('go', [
        'type Thing struct {',
        '    Name string `json:"name"`',
        '    Size int64',
        '}'
      ])
    ).toEqual(['Name:string', 'Size:int64']);
    expect(
      fieldsOf('yaml', [
        'Thing:',
        '  namespace: string   # where it runs',
        '  image:',
        '    tag: string',
        '  replicas: integer'
      ])
    ).toEqual(['namespace:string', 'image:?', 'replicas:integer']);
  });

  it('does not take the keys of a JSON or YAML example as fields', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Thing',
      '',
      '```json',
      '{ "id": "abc", "size": 3 }',
      '```',
      '',
      '```yaml',
      'id: abc',
      'size: 3',
      '```'
    ]);
    expect(entity(model, 'Thing').fields).toEqual([]);
  });
});

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

describe('parseDataModel: state transitions', () => {
  it('reads an entity’s own "State transitions" label: lists, code chains and inline code', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Payment',
      '',
      '| Field | Type |',
      '|---|---|',
      '| status | enum |',
      '',
      '**State transitions**:',
      '- `Pending → Paid`: provider confirmed the charge',
      '- `Failed -> Pending`, `Expired -> Pending` are allowed after a retry',
      '- Paid/Refunded → Closed (month end)',
      '- The ledger -> is updated nightly',
      '',
      '**Validation rules**:',
      '- `amount` → positive',
      '',
      '## Order',
      '',
      '| Field | Type |',
      '|---|---|',
      '| state | enum |',
      '',
      '**Lifecycle**:',
      '```',
      'Draft ──(submit)──> Placed',
      'Placed → Shipped → Delivered',
      '[*] --> Draft',
      '```'
    ]);
    expect(states(entity(model, 'Payment'))).toEqual([
      'Pending>Paid (provider confirmed the charge)',
      'Failed>Pending (are allowed after a retry)',
      'Expired>Pending (are allowed after a retry)',
      'Paid>Closed (month end)',
      'Refunded>Closed (month end)'
    ]);
    expect(entity(model, 'Payment').states[0]!.source.line).toBe(10);
    expect(states(entity(model, 'Order'))).toEqual([
      'Draft>Placed (submit)',
      'Placed>Shipped',
      'Shipped>Delivered'
    ]);
    expect(entity(model, 'Order').states[1]!.source.line).toBe(27);
  });

  it('gives a "State Transitions" section to the entity its title or labels name', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Batch',
      '- `id`: uuid',
      '- `status`: BatchStatus',
      '',
      '### Upload',
      '- `id`: uuid',
      '- `size`: int',
      '',
      '## State Transitions',
      '',
      '### Batch Status State Machine',
      '',
      '```mermaid',
      'stateDiagram-v2',
      '    [*] --> Open',
      '    Open --> Closed : complete',
      '```',
      '',
      '### Upload lifecycle',
      '',
      '| From | To | Trigger |',
      '|------|----|---------|',
      '| Queued | Stored | upload finished |',
      '',
      '### Process flow',
      '',
      '- Start → Finish'
    ]);
    expect(states(entity(model, 'Batch'))).toEqual(['Open>Closed (complete)']);
    expect(entity(model, 'Batch').states[0]!.source.line).toBe(20);
    expect(states(entity(model, 'Upload'))).toEqual(['Queued>Stored (upload finished)']);
  });

  it('labels inside a state section pick the entity; the only entity takes the rest', () => {
    const model = parse([
      '# Data Model',
      '',
      '## User Entity',
      '',
      '**Fields**:',
      '- `id`: UUID',
      '- `status`: Enum',
      '',
      '## State Transitions',
      '',
      '**User Status**:',
      '- ACTIVE → LOCKED (after 3 failed logins)',
      '- Any → DELETED'
    ]);
    expect(states(entity(model, 'User'))).toEqual([
      'ACTIVE>LOCKED (after 3 failed logins)',
      'Any>DELETED'
    ]);
  });
});

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

describe('parseDataModel: odd input', () => {
  it('never throws', () => {
    const odd = [
      '',
      '#',
      '## ',
      '```',
      '## Entities\n\n### `X`\n```csharp\npublic class X\n{\n',
      '## Relationships\n\n- → → →\n- (1) ──── (*)',
      '## State Transitions\n\n- → A\n- A →\n- A ──( → B',
      '| Field |\n|---|\n| |',
      '- - - -\n  - Fields: ``',
      '### 🚀\n\n- `a`: b',
      '## 상태 전이\n\n```\n1. 설정 검증\n   ↓\n```'
    ];
    for (const text of odd) {
      const result = parseDataModel({ path: FILE, relativePath: 'data-model.md', text });
      expect(result.findings).toEqual([]);
      expect(Array.isArray(result.dataModel.entities)).toBe(true);
    }
  });

  it('finds nothing in a document without entities', () => {
    const model = parse(['# Data Model', '', '## Overview', '', 'This feature stores no data.']);
    expect(model).toEqual({ entities: [], relationships: [] });
  });
});
