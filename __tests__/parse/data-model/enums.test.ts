/**
 * Enumerations a data model defines on their own are entities of kind `enum`, their values its
 * fields; an enum declared inside an entity's own section stays part of that entity.
 */
import { describe, expect, it } from '@jest/globals';
import type { DataModel } from '../../../src/core/model.js';
import { parse } from './read.js';

function enums(model: DataModel): string[] {
  return model.entities
    .filter(found => found.kind === 'enum')
    .map(found => `${found.name}: ${found.fields.map(field => field.name).join(', ')}`);
}

describe('parseDataModel: enumerations', () => {
  it('makes each heading under "Enumerations" an enum, named and valued by its code', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Jar',
      '',
      '| Field | Type |',
      '|---|---|',
      '| id | uuid |',
      '| roast | Roast |',
      '',
      '## Enumerations',
      '',
      '### Roast',
      '',
      '```csharp',
      'public enum Roast',
      '{',
      '    Light = 1,',
      '    Dark = 2,',
      '}',
      '```',
      '',
      '### GrindSize',
      '',
      '```python',
      'class GrindSize(str, Enum):',
      '    FINE = "fine"',
      '    COARSE = "coarse"',
      '```'
    ]);
    expect(enums(model)).toEqual(['Roast: Light, Dark', 'GrindSize: FINE, COARSE']);
    expect(model.entities.find(found => found.name === 'Roast')!.source.line).toBe(12);
  });

  it('reads `Name: a, b` lines of an "Enums" section, and a heading named as an enum', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Enums',
      '',
      '```text',
      'Channel: sms, email, push',
      'Cadence: daily | weekly',
      '```',
      '',
      '## 2.4 Spoilage reason enum',
      '',
      '```rust',
      'pub enum SpoilageReason {',
      '    Mould,',
      '    Heat(u8),',
      '}',
      '```'
    ]);
    expect(enums(model)).toEqual([
      'Channel: sms, email, push',
      'Cadence: daily, weekly',
      'SpoilageReason: Mould, Heat'
    ]);
  });

  it('takes the values a list gives under an enum’s own heading', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Enumerations',
      '',
      '### ShelfZone',
      '',
      '- `cold` — below 8 °C',
      '- `ambient` — room temperature'
    ]);
    expect(enums(model)).toEqual(['ShelfZone: cold, ambient']);
  });

  it('nearest miss: an enum inside an entity’s section, or in an example, is no entity', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Jar',
      '',
      '```kotlin',
      'enum class JarSize { SMALL, LARGE }',
      'data class Jar(val id: String, val size: JarSize)',
      '```',
      '',
      '## Examples',
      '',
      '```kotlin',
      'enum class Sample { A, B }',
      '```'
    ]);
    expect(enums(model)).toEqual([]);
    expect(model.entities.map(found => found.name)).toEqual(['Jar']);
  });
});
