import { describe, expect, it } from '@jest/globals';
import { FILE, parse, names, entity, fieldSummary } from './read.js';

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

  it('makes enumerations enums, not models: under an Enums section, named so, or as an enum block', () => {
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
    expect(names(model)).toEqual(['Shot', 'ShotKind', 'Grade', 'Roast']);
    expect(model.entities.map(found => found.kind ?? 'entity')).toEqual([
      'entity',
      'enum',
      'enum',
      'enum'
    ]);
    expect(fieldSummary(entity(model, 'Grade'))).toEqual(['Good:?', 'Bad:?']);
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

describe('parseDataModel: entities written in the forms real documents use', () => {
  it('takes a bullet per entity under "Entities", and never the heading itself', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '- **Shelf**: a board in the pantry',
      '- **Jar**: a glass on a shelf'
    ]);
    expect(names(model)).toEqual(['Shelf', 'Jar']);
  });

  it('takes request and response types a section of messages lists, as bullets or as rows', () => {
    const bullets = parse([
      '# Data Model',
      '',
      '## Request and Response Models',
      '',
      '- **SowRequest**: `bedId`, `seed`',
      '- **SowResponse**: `plantingId`'
    ]);
    expect(
      bullets.entities.map(found => `${found.name}: ${fieldSummary(found).join(' ')}`)
    ).toEqual(['SowRequest: bedId:? seed:?', 'SowResponse: plantingId:?']);
    const rows = parse([
      '# Data Model',
      '',
      '## Wire Messages',
      '',
      '| Message | Fields | Notes |',
      '|---|---|---|',
      '| HarvestReport | bedId, weightGrams | sent hourly |',
      '| HarvestAck | reportId | |'
    ]);
    expect(names(rows)).toEqual(['HarvestReport', 'HarvestAck']);
    expect(fieldSummary(entity(rows, 'HarvestReport'))).toEqual(['bedId:?', 'weightGrams:?']);
  });

  it('takes each type a heading names when its code declares them: `A / B`', () => {
    const model = parse([
      '# Data Model',
      '',
      '### SowRequest / SowResponse',
      '',
      '```typescript',
      'interface SowRequest { bedId: string; seed: string }',
      'interface SowResponse { plantingId: string; dueOn: string }',
      '```'
    ]);
    expect(names(model)).toEqual(['SowRequest', 'SowResponse']);
    expect(fieldSummary(entity(model, 'SowResponse'))).toEqual([
      'plantingId:string',
      'dueOn:string'
    ]);
  });

  it('drops a descriptive tail from a heading’s name: `Jar entity definition`, `Node hierarchy`', () => {
    const model = parse([
      '# Data Model',
      '',
      '### Jar entity definition',
      '',
      '- `id`: uuid',
      '- `size`: int',
      '',
      '### Pantry Node Hierarchy',
      '',
      '- `parent`: uuid',
      '- `depth`: int'
    ]);
    expect(names(model)).toEqual(['Jar', 'Pantry Node']);
  });

  it('nearest miss: one entity named with a grouping word in its note keeps its own lists', () => {
    const model = parse([
      '# Data Model',
      '',
      '### Batch (Aggregate Root)',
      '',
      '**Attributes**:',
      '- `id`: uuid',
      '- `state`: BatchState',
      '',
      '**Domain Services**:',
      '- `BatchTimeoutPolicy` - expires stale batches',
      '- `BatchCloser` - closes finished ones'
    ]);
    expect(names(model)).toEqual(['Batch']);
  });
});

describe('parseDataModel: sections about configuration per environment', () => {
  it('makes no entity of settings that differ by environment, by title or by their keys', () => {
    const model = parse([
      '# Data Model',
      '',
      '## GreenhouseSensor',
      '',
      '- `id`: uuid',
      '- `zone`: text',
      '',
      '## Logging Configuration per Environment',
      '',
      '- **level**: debug in development, warn in production',
      '- **format**: text locally, json when deployed',
      '',
      '## Alert Thresholds',
      '',
      '- **Development**: alert after 1 missed reading',
      '- **Staging**: alert after 3 missed readings',
      '- **Production**: alert after 5 missed readings'
    ]);
    expect(names(model)).toEqual(['GreenhouseSensor']);
  });

  it('nearest miss: a configuration type with fields of its own is an entity', () => {
    const model = parse([
      '# Data Model',
      '',
      '## SensorConfig',
      '',
      '- `pollSeconds`: int',
      '- `environment`: text — development or production'
    ]);
    expect(names(model)).toEqual(['SensorConfig']);
  });
});
