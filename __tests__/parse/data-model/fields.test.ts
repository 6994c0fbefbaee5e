import { describe, expect, it } from '@jest/globals';
import { parse, entity, fieldSummary } from './read.js';

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

describe('parseDataModel: several fields on one line', () => {
  it('reads `**a**, **b**: what they share` as two fields, and counts the line once', () => {
    const model = parse([
      '# Data Model',
      '',
      '### Pairing',
      '',
      '- **gardenId**, **plotId**: together unique; one pairing per plot',
      '- **pairedAt**: timestamp',
      '- **lat** and **lng**: decimal degrees'
    ]);
    expect(fieldSummary(entity(model, 'Pairing'))).toEqual([
      'gardenId:?',
      'plotId:?',
      'pairedAt:timestamp',
      'lat:?',
      'lng:?'
    ]);
  });

  it('nearest miss: a sentence that starts with a word and a comma lists no fields', () => {
    const model = parse([
      '# Data Model',
      '',
      '### Pairing',
      '',
      '**Fields**:',
      '',
      '- **pairedAt**: timestamp',
      '- First, plots are paired: by hand',
      '- Then, gardens are merged — nightly'
    ]);
    expect(fieldSummary(entity(model, 'Pairing'))).toEqual(['pairedAt:timestamp']);
  });
});
