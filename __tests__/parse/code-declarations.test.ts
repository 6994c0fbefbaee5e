import { describe, expect, it } from '@jest/globals';
import {
  codeNames,
  typeAliases,
  typeDeclarations
} from '../../src/core/parse/code-declarations.js';

function typesOf(lang: string, lines: string[]): string[] {
  return typeDeclarations(lines.join('\n'), lang).map(
    declared =>
      `${declared.name}${declared.isEnum ? ' (enum)' : ''}: ${declared.fields
        .map(field => `${field.name}:${field.type ?? '?'}`)
        .join(', ')}`
  );
}

describe('code declarations: one reading of a line for the data model and the contracts', () => {
  it('reads the same modifiers and keywords for both', () => {
    const kotlin = [
      'internal value class SeedId(',
      '  val raw: String',
      ')',
      'enum class Season { SPRING, AUTUMN }',
      'sealed interface PlotService {',
      '  suspend fun sow(seed: SeedId): Plot',
      '}'
    ];
    expect(typesOf('kotlin', kotlin)).toEqual([
      'SeedId: raw:String',
      'Season (enum): ',
      'PlotService: '
    ]);
    expect(codeNames(kotlin.join('\n'), 'kotlin')).toEqual([
      'SeedId',
      'Season',
      'PlotService',
      'sow'
    ]);
  });

  it('strips `#` comments in Python and `--` comments in SQL before reading brackets', () => {
    expect(
      typesOf('python', ['class Bed:  # a raised bed (wooden', '    width: int', '    soil: str'])
    ).toEqual(['Bed: width:int, soil:str']);
    expect(
      typesOf('sql', [
        'CREATE TABLE beds ( -- one row per bed (raised or not',
        '  id UUID PRIMARY KEY,',
        '  width INTEGER',
        ');'
      ])
    ).toEqual(['beds: id:UUID, width:INTEGER']);
  });

  it('reads YAML and SQL as schemas for the data model only', () => {
    const yaml = ['Bed:', '  width: int', '  soil: string'];
    expect(typesOf('yaml', yaml)).toEqual(['Bed: width:int, soil:string']);
    expect(codeNames(yaml.join('\n'), 'yaml')).toEqual([]);
    expect(codeNames('create function plant_bed(id uuid)', 'sql')).toEqual([]);
  });

  it('reads nothing from example fences', () => {
    expect(typesOf('json', ['{ "Bed": { "width": 3 } }'])).toEqual([]);
    expect(codeNames('class Bed {}', 'json')).toEqual([]);
  });

  it('reads type aliases, which have no body, on their own', () => {
    expect(typeAliases('export type Crop = Bean | Pea\ntype Row = { id: string }', 'ts')).toEqual([
      { name: 'Crop', isEnum: false, line: 0, fields: [] }
    ]);
  });
});

describe('code declarations: positional records', () => {
  it('reads a one-line record’s parameters as its fields, as it does one parameter a line', () => {
    expect(
      typesOf('csharp', [
        'public record Dose(Guid Id, Guid PetId, IReadOnlyList<string> Notes, DateOnly GivenOn);',
        'public record Visit(',
        '    Guid Id, string Reason,',
        '    DateOnly On);'
      ])
    ).toEqual([
      'Dose: Id:Guid, PetId:Guid, Notes:IReadOnlyList<string>, GivenOn:DateOnly',
      'Visit: Id:Guid, Reason:string, On:DateOnly'
    ]);
  });

  it('declares a bodiless record with no fields, so its section’s other records lend it none', () => {
    expect(
      typesOf('csharp', [
        'public abstract record Outcome<T>;',
        'public sealed record Harvested<T>(T Value) : Outcome<T>;'
      ])
    ).toEqual(['Outcome: ', 'Harvested: Value:T']);
  });

  it('reads a Kotlin value class and a data class with a function-typed parameter', () => {
    expect(
      typesOf('kotlin', [
        '@JvmInline value class TagId(val raw: String)',
        'data class Reminder(val id: TagId, val onDue: () -> Unit, val at: Instant)'
      ])
    ).toEqual(['TagId: raw:String', 'Reminder: id:TagId, onDue:() -> Unit, at:Instant']);
  });
});

describe('code declarations: enumerations and their values', () => {
  function valuesOf(lang: string, lines: string[]): string[] {
    return typeDeclarations(lines.join('\n'), lang).map(
      declared =>
        `${declared.name}${declared.isEnum ? '' : ' (no enum)'}: ${(declared.values ?? []).join(', ')}`
    );
  }

  it('reads values as Swift, Java, Kotlin and TypeScript write them', () => {
    expect(
      valuesOf('swift', ['enum Roast {', '    case light, medium', '    case dark', '}'])
    ).toEqual(['Roast: light, medium, dark']);
    expect(
      valuesOf('java', [
        'public enum Grind {',
        '    FINE("fine"),',
        '    COARSE("coarse");',
        '    private final String label;',
        '}'
      ])
    ).toEqual(['Grind: FINE, COARSE']);
    expect(
      valuesOf('kotlin', ['enum class Shelf { TOP, BOTTOM; fun label() = name.lowercase() }'])
    ).toEqual(['Shelf: TOP, BOTTOM']);
    expect(valuesOf('typescript', ["export enum Lid { Screw = 'screw', Clip = 'clip' }"])).toEqual([
      'Lid: Screw, Clip'
    ]);
  });

  it('reads a Python Enum class as an enum, leaving out its methods and private names', () => {
    expect(
      valuesOf('python', [
        'class Roast(str, Enum):',
        '    LIGHT = "light"',
        '    DARK = "dark"',
        '    _ignore_ = ["x"]',
        '',
        '    def label(self) -> str:',
        '        return self.value'
      ])
    ).toEqual(['Roast: LIGHT, DARK']);
    expect(valuesOf('python', ['class Jar(Base):', '    label = "x"'])).toEqual([
      'Jar (no enum): '
    ]);
  });
});
