import { describe, expect, it } from '@jest/globals';
import { readYaml, type YamlResult } from '../../src/core/parse/yaml.js';

function read(path: string, lines: string[] | string): YamlResult {
  const text = Array.isArray(lines) ? lines.join('\n') : lines;
  return readYaml({ path, relativePath: path.slice(path.lastIndexOf('/') + 1), text });
}

function at(result: YamlResult, path: (string | number)[]): string {
  const { line, column } = result.positionOf(path);
  return `${line}:${column}`;
}

/** Ten anchors, each a list of ten aliases of the one before: 10^10 strings once expanded. */
function billionLaughs(): string {
  const lines = ['l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]'];
  for (let level = 1; level < 10; level++) {
    lines.push(
      `l${level}: &l${level} [${Array(10)
        .fill(`*l${level - 1}`)
        .join(', ')}]`
    );
  }
  return lines.join('\n');
}

const KITCHEN = [
  '# Kitchen rota', //         1
  'name: rota', //             2
  'shifts:', //                3
  '  morning:', //             4
  '    cooks: [Ana, Ben]', //  5
  '  evening:', //             6
  '    cooks:', //             7
  '      - Cid', //            8
  '      - Dee', //            9
  'codes:', //                10
  '  200: served', //         11
  '  "404": missing' //       12
];

describe('readYaml: values and positions', () => {
  it('reads a YAML mapping without findings', () => {
    const result = read('ops/rota.yaml', KITCHEN);
    expect(result.findings).toEqual([]);
    expect(result.value).toEqual({
      name: 'rota',
      shifts: { morning: { cooks: ['Ana', 'Ben'] }, evening: { cooks: ['Cid', 'Dee'] } },
      codes: { '200': 'served', '404': 'missing' }
    });
  });

  it('places a mapping entry at its key, in the file it was read from', () => {
    const result = read('ops/rota.yaml', KITCHEN);
    expect(result.positionOf(['shifts', 'evening'])).toEqual({
      file: 'ops/rota.yaml',
      line: 6,
      column: 3
    });
    expect(at(result, ['shifts', 'evening', 'cooks'])).toBe('7:5');
  });

  it('places a list item at the item, in block and flow lists', () => {
    const result = read('ops/rota.yaml', KITCHEN);
    expect(at(result, ['shifts', 'evening', 'cooks', 1])).toBe('9:9');
    expect(at(result, ['shifts', 'morning', 'cooks', 1])).toBe('5:18');
  });

  it('finds keys written as numbers or quoted, by their text', () => {
    const result = read('ops/rota.yaml', KITCHEN);
    expect(at(result, ['codes', '200'])).toBe('11:3');
    expect(at(result, ['codes', 404])).toBe('12:3');
  });

  it('places a missing entry at the deepest place that exists, and the empty path at 1:1', () => {
    const result = read('ops/rota.yaml', KITCHEN);
    expect(at(result, ['shifts', 'night', 'cooks'])).toBe('3:1');
    expect(at(result, ['shifts', 'evening', 'cooks', 7])).toBe('7:5');
    expect(at(result, ['nothing'])).toBe('1:1');
    expect(at(result, [])).toBe('1:1');
  });

  it('reads a document that is a list or a scalar, and an empty one as null', () => {
    expect(read('a.yaml', '- one\n- two').value).toEqual(['one', 'two']);
    expect(read('b.yaml', 'plain words').value).toBe('plain words');
    expect(read('c.yaml', '').value).toBeNull();
    expect(read('c.yaml', '').findings).toEqual([]);
  });
});

describe('readYaml: duplicate keys, aliases and merge keys', () => {
  it('keeps the last of two equal keys without a finding, and places it at that key', () => {
    const result = read('dup.yaml', ['shift: early', 'cook: Ana', 'shift: late']);
    expect(result.findings).toEqual([]);
    expect(result.value).toEqual({ shift: 'late', cook: 'Ana' });
    expect(at(result, ['shift'])).toBe('3:1');
  });

  it('resolves a few aliases, and places an aliased entry at its own key', () => {
    const result = read('alias.yaml', [
      'base: &base {oven: 200}',
      'bread: *base',
      'cake:',
      '  settings: *base'
    ]);
    expect(result.findings).toEqual([]);
    expect(result.value).toEqual({
      base: { oven: 200 },
      bread: { oven: 200 },
      cake: { settings: { oven: 200 } }
    });
    expect(at(result, ['cake', 'settings', 'oven'])).toBe('4:3');
  });

  it('does not merge `<<` keys: they stay a plain key holding the aliased map', () => {
    const result = read('merge.yaml', [
      'base: &base {oven: 200}',
      'cake:',
      '  <<: *base',
      '  sugar: 3'
    ]);
    expect(result.findings).toEqual([]);
    expect(result.value).toEqual({
      base: { oven: 200 },
      cake: { '<<': { oven: 200 }, sugar: 3 }
    });
  });

  it('stops a billion-laughs document with a parse-error finding instead of expanding it', () => {
    const started = Date.now();
    const result = read('specs/001-x/contracts/laughs.yaml', billionLaughs());
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.value).toBeUndefined();
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'parse-error',
      severity: 'warning',
      location: { file: 'specs/001-x/contracts/laughs.yaml', line: 1, column: 1 }
    });
    expect(result.findings[0]!.message).toMatch(
      /^Cannot read specs\/001-x\/contracts\/laughs\.yaml: .*alias/i
    );
  });

  it('stops a document that doubles forty times as well', () => {
    const lines = ['d0: &d0 [ha, ha]'];
    for (let level = 1; level < 40; level++) {
      lines.push(`d${level}: &d${level} [*d${level - 1}, *d${level - 1}]`);
    }
    expect(read('double.yaml', lines).findings.map(found => found.ruleId)).toEqual(['parse-error']);
  });

  it('reports an alias to an anchor that does not exist', () => {
    const result = read('ghost.yaml', ['cook: *nobody']);
    expect(result.value).toBeUndefined();
    expect(result.findings.map(found => found.ruleId)).toEqual(['parse-error']);
  });
});

describe('readYaml: broken YAML', () => {
  it.each([
    ['an unclosed flow list', ['cooks: [Ana, Ben', 'oven: hot'], 2],
    ['a tab used as indentation', ['shifts:', '\tmorning: Ana'], 2],
    ['an unclosed quote', ['name: "rota', 'oven: hot'], 2],
    ['a second document', ['name: rota', '---', 'name: other'], 2]
  ])('reports %s as a parse-error naming the file and line, without throwing', (_, lines, line) => {
    const result = read('ops/rota.yaml', lines);
    expect(result.value).toBeUndefined();
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'parse-error',
      severity: 'warning',
      location: { file: 'ops/rota.yaml', line }
    });
    expect(result.findings[0]!.message).toMatch(/^Cannot parse ops\/rota\.yaml as YAML: \S/);
  });

  it('reports at most three errors of one file', () => {
    const lines = ['a: b: c', 'd: e: f', 'g: h: i', 'j: k: l', 'm: n: o'];
    const result = read('many.yaml', lines);
    expect(result.findings.map(found => found.location.line)).toEqual([1, 2, 3]);
  });

  it('keeps each message to its first line', () => {
    const result = read('ops/rota.yaml', ['cooks: [Ana, Ben', 'oven: hot']);
    for (const found of result.findings) expect(found.message).not.toContain('\n');
  });

  it('reports nesting too deep to read instead of overflowing the stack', () => {
    const result = read('deep.yaml', '['.repeat(5000) + ']'.repeat(5000));
    expect(result.findings.map(found => found.ruleId)).toContain('parse-error');
  });
});

describe('readYaml: JSON files', () => {
  it('reads JSON with JSON.parse, so nesting YAML could not read is fine', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(read('deep.json', deep).findings).toEqual([]);
    expect(read('deep.yaml', deep).findings).not.toEqual([]);
  });

  it('places keys of a JSON file at their line and column, quotes included', () => {
    const result = read('rota.json', ['{', '  "shifts": {', '    "morning": ["Ana"]', '  }', '}']);
    expect(result.value).toEqual({ shifts: { morning: ['Ana'] } });
    expect(at(result, ['shifts', 'morning'])).toBe('3:5');
    expect(at(result, ['shifts', 'morning', 0])).toBe('3:17');
  });

  it('reads a .JSON file in capitals as JSON', () => {
    expect(read('ROTA.JSON', "{'a': 1}").findings[0]!.message).toMatch(/as JSON/);
  });

  it.each([
    ['a // comment', ['{', '  // rota for May', '  "name": "rota"', '}'], '2:3'],
    ['a trailing comma', ['{', '  "name": "rota",', '}'], '3:1'],
    ['single quotes', ["{'name': 'rota'}"], '1:2'],
    ['no value at all', [''], '1:1']
  ])(
    'reports JSON with %s at its line and column, though YAML would read it',
    (_, lines, where) => {
      const result = read('rota.json', lines);
      expect(result.value).toBeUndefined();
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]!.ruleId).toBe('parse-error');
      expect(`${result.findings[0]!.location.line}:${result.findings[0]!.location.column}`).toBe(
        where
      );
      expect(result.findings[0]!.message).toMatch(/^Cannot parse rota\.json as JSON: \S/);
    }
  );

  it.each([
    ['a missing comma', ['{', '  "name": "rota"', '  "oven": "hot"', '}'], 3],
    ['text after the value', ['{"name": "rota"}', 'and more'], 2]
  ])(
    'reports JSON with %s, which YAML cannot read either, at the line YAML names',
    (_, lines, line) => {
      const result = read('rota.json', lines);
      expect(result.value).toBeUndefined();
      expect(result.findings[0]).toMatchObject({
        ruleId: 'parse-error',
        location: { file: 'rota.json', line }
      });
    }
  );

  it('reads JSON written in a .yaml file as YAML', () => {
    const result = read('rota.yaml', ['{', '  "name": "rota"', '}']);
    expect(result.findings).toEqual([]);
    expect(at(result, ['name'])).toBe('2:3');
  });
});
