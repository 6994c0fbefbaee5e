import { describe, expect, it } from '@jest/globals';
import type { FeatureFiles, PlannedFile, SourceDocument } from '../../src/core/model.js';
import { plannedFromDesignTrees } from '../../src/core/parse/design-trees.js';
import { parseFeature } from '../../src/core/parse/feature.js';
import { parsePlan } from '../../src/core/parse/plan.js';

const DIR = 'specs/044-kiln-log';

function doc(relativePath: string, lines: string[]): SourceDocument {
  return { path: `${DIR}/${relativePath}`, relativePath, text: lines.join('\n') };
}

/** A plan that draws only folders, and one file of its own. */
const PLAN = doc('plan.md', [
  '# Implementation Plan: Kiln log',
  '',
  '## Project Structure',
  '',
  '```text',
  'src/',
  '├── server/',
  '├── lib/',
  '│   └── firing.ts',
  'tests/',
  '└── unit/',
  '```'
]);

function planned(...documents: SourceDocument[]): [string, string, string | undefined][] {
  const structure = parsePlan(PLAN).plan.structure;
  return plannedFromDesignTrees(documents, structure).map(file => [
    file.path,
    file.status,
    file.note
  ]);
}

describe('plannedFromDesignTrees: files other documents draw in the plan folders', () => {
  it('reads a contract tree below a plan folder, with its notes', () => {
    const contract = doc('contracts/api.md', [
      '# Kiln API',
      '',
      '## Layout',
      '',
      '```',
      'src/',
      '├── server/',
      '│   ├── context.ts        # request context, auth',
      '│   └── routers/',
      '│       ├── firing.ts     # firing.* procedures',
      '│       └── glaze.ts',
      '└── lib/',
      '    └── client.ts         # typed client for the UI',
      '```'
    ]);
    expect(planned(contract)).toEqual([
      ['src/server/context.ts', 'unmarked', 'request context, auth'],
      ['src/server/routers/firing.ts', 'unmarked', 'firing.* procedures'],
      ['src/server/routers/glaze.ts', 'unmarked', undefined],
      ['src/lib/client.ts', 'unmarked', 'typed client for the UI']
    ]);
  });

  it('finds trees in ~~~ and longer fences, a ``` line inside a ```` block, and an unclosed last fence', () => {
    const research = doc('research.md', [
      '# Research',
      '',
      '~~~',
      'src/',
      '├── lib/',
      '│   └── glaze.ts',
      '└── server/',
      '~~~',
      '',
      '````markdown',
      '```',
      'src/',
      '├── lib/',
      '│   └── cone.ts',
      '└── server/',
      '```',
      '````',
      '',
      '```',
      'src/',
      '├── server/',
      '│   └── kiln.ts'
    ]);
    expect(planned(research).map(([path]) => path)).toEqual([
      'src/lib/glaze.ts',
      'src/lib/cone.ts',
      'src/server/kiln.ts'
    ]);
  });

  it('keeps a tree marked NEW/existing as it marks it', () => {
    const quickstart = doc('quickstart.md', [
      '# Quickstart',
      '',
      '```',
      'tests/',
      '├── unit/',
      '│   ├── firing.test.ts    # NEW',
      '│   └── kiln.test.ts      # existing',
      '```'
    ]);
    expect(planned(quickstart)).toEqual([
      ['tests/unit/firing.test.ts', 'new', undefined],
      ['tests/unit/kiln.test.ts', 'existing', undefined]
    ]);
  });

  it('leaves out trees outside the plan folders: what a command writes, runtime output', () => {
    const quickstart = doc('quickstart.md', [
      '# Quickstart',
      '',
      '## After `kiln init`',
      '',
      '```',
      'my-studio/',
      '├── kiln.config.json',
      '└── logs/',
      '    └── firing-001.json',
      '```',
      '',
      '```',
      '.kiln/',
      '├── runs/',
      '│   └── 0001.jsonl',
      '└── cache.db',
      '```'
    ]);
    expect(planned(quickstart)).toEqual([]);
  });

  it('reads no code block without tree branches, nor the feature folder tree', () => {
    const research = doc('research.md', [
      '# Research',
      '',
      '```ts',
      'src/lib/firing.ts',
      'export const x = 1;',
      '```',
      '',
      '```',
      'specs/044-kiln-log/',
      '├── plan.md',
      '└── contracts/',
      '    └── api.md',
      '```'
    ]);
    expect(planned(research)).toEqual([]);
  });

  it('reads nothing where the plan lays out no folder', () => {
    const bare = parsePlan(doc('plan.md', ['# Plan', '', 'No structure yet.'])).plan.structure;
    const contract = doc('contracts/api.md', ['```', 'src/', '├── a.ts', '└── b.ts', '```']);
    expect(plannedFromDesignTrees([contract], bare)).toEqual([]);
  });
});

describe('parseFeature: the plan takes the files the other documents draw', () => {
  const contract = doc('contracts/api.md', [
    '# Kiln API',
    '',
    '```',
    'src/',
    '├── lib/',
    '│   └── firing.ts         # firing curve maths',
    '└── server/',
    '    └── kiln.ts           # kiln.* procedures',
    '```'
  ]);
  const files: FeatureFiles = {
    dir: DIR,
    name: '044-kiln-log',
    documents: [PLAN, contract],
    findings: []
  };

  it('adds the files the plan does not list, after its own, and lends a note to a bare one', () => {
    const planned = parseFeature(files).plan?.structure.planned ?? [];
    const shown = planned.map((file: PlannedFile) => [file.path, file.note, file.source.file]);
    expect(shown).toEqual([
      ['src/lib/firing.ts', 'firing curve maths', `${DIR}/plan.md`],
      ['src/server/kiln.ts', 'kiln.* procedures', `${DIR}/contracts/api.md`]
    ]);
  });

  it('points a drawn file at its line in the other document', () => {
    const planned = parseFeature(files).plan?.structure.planned ?? [];
    expect(planned[1]?.source).toEqual({ file: `${DIR}/contracts/api.md`, line: 8, column: 1 });
  });
});
