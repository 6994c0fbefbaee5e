import { describe, expect, it } from '@jest/globals';
import { readTree } from '../../src/core/parse/directory-tree.js';
import { hashDocuments, parseFeature } from '../../src/core/parse/feature.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { parseQuickstart } from '../../src/core/parse/quickstart.js';
import { parseResearch } from '../../src/core/parse/research.js';
import { parseSpec } from '../../src/core/parse/spec.js';
import type {
  Feature,
  FeatureFiles,
  Finding,
  SourceDocument,
  SourcePosition
} from '../../src/core/model.js';

const DIR = 'specs/031-invoices';

function doc(relativePath: string, lines: string[]): SourceDocument {
  return { path: `${DIR}/${relativePath}`, relativePath, text: lines.join('\n') };
}

function files(documents: SourceDocument[], findings: Finding[] = []): FeatureFiles {
  return { dir: DIR, name: '031-invoices', documents, findings };
}

const PLAN = doc('plan.md', [
  '# Implementation Plan: Invoices',
  '',
  '**Language/Version**: Elixir 1.16',
  '',
  '## Project Structure',
  '```',
  'lib/invoices/',
  'test/invoices/',
  '```'
]);
const SPEC = doc('spec.md', [
  '# Feature Specification: Invoices',
  '### User Story 1 - Send an invoice (Priority: P1)',
  '1. **Given** a customer, **When** I send, **Then** they get a PDF',
  '- **FR-001**: System MUST number invoices'
]);
const RESEARCH = doc('research.md', ['# Research', '## PDF rendering', 'Decision: Typst']);
const DATA_MODEL = doc('data-model.md', [
  '# Data Model',
  '## Invoice',
  '| Field | Type |',
  '|---|---|',
  '| number | string |'
]);
const QUICKSTART = doc('quickstart.md', ['# Quickstart', '## Step 1: Send an invoice']);
const CONTRACT = doc('contracts/invoices.yaml', [
  'openapi: 3.0.3',
  'info: { title: Invoices, version: "1" }',
  'paths:',
  '  /invoices:',
  '    post:',
  '      responses: { "201": { description: created } }'
]);
const TASKS = doc('tasks.md', ['# Tasks', '- [ ] T001 Create lib/invoices/invoice.ex']);
const ALL = [PLAN, SPEC, RESEARCH, DATA_MODEL, QUICKSTART, CONTRACT];

describe('parseFeature: a complete folder', () => {
  it('parses every document into one feature, with no findings', () => {
    const feature = parseFeature(files([...ALL, TASKS]));
    expect(feature.dir).toBe(DIR);
    expect(feature.name).toBe('031-invoices');
    expect(feature.findings).toEqual([]);
    expect(feature.plan!.technicalContext['Language/Version']!.value).toBe('Elixir 1.16');
    expect(feature.plan!.structure.sourceDirs).toEqual(['lib/invoices/']);
    expect(feature.spec!.stories.map(story => story.title)).toEqual(['Send an invoice']);
    expect(feature.spec!.requirements.map(requirement => requirement.id)).toEqual(['FR-001']);
    expect(feature.research!.decisions.map(decision => decision.decision)).toEqual(['Typst']);
    expect(feature.dataModel!.entities.map(entity => entity.name)).toEqual(['Invoice']);
    expect(feature.quickstart!.scenarios.map(scenario => scenario.title)).toEqual([
      'Send an invoice'
    ]);
    expect(
      feature.contracts.map(contract => [contract.fileName, contract.endpoints.length])
    ).toEqual([['invoices.yaml', 1]]);
  });

  it('leaves an absent optional document undefined and reads every file under contracts/', () => {
    const notes = doc('contracts/notes.txt', ['free text']);
    const checklist = doc('checklists/requirements.md', ['# Checklist']);
    const feature = parseFeature(files([PLAN, notes, checklist]));
    expect(feature.spec).toBeUndefined();
    expect(feature.research).toBeUndefined();
    expect(feature.dataModel).toBeUndefined();
    expect(feature.quickstart).toBeUndefined();
    expect(feature.contracts.map(contract => [contract.path, contract.format])).toEqual([
      [`${DIR}/contracts/notes.txt`, 'unknown']
    ]);
    expect(feature.findings).toEqual([]);
  });
});

describe('parseFeature: missing plan', () => {
  it('reports a missing plan.md as an error at <dir>/plan.md and still parses the rest', () => {
    const feature = parseFeature(files([SPEC, QUICKSTART]));
    expect(feature.plan).toBeUndefined();
    expect(feature.findings).toEqual([
      {
        ruleId: 'missing-plan',
        severity: 'error',
        message: `No implementation plan found in ${DIR}: plan.md is required`,
        location: { file: `${DIR}/plan.md`, line: 1, column: 1 }
      }
    ]);
    expect(feature.spec!.stories).toHaveLength(1);
    expect(feature.quickstart!.scenarios).toHaveLength(1);
  });

  it('does not take a plan.md in a sub-folder for the feature plan', () => {
    const nested = doc('contracts/plan.md', ['# Implementation Plan']);
    const feature = parseFeature(files([nested]));
    expect(feature.plan).toBeUndefined();
    expect(feature.findings.map(finding => finding.ruleId)).toEqual(['missing-plan']);
  });

  it('finds nothing missing in a folder that has only its plan', () => {
    const feature = parseFeature(files([PLAN]));
    expect(feature.plan!.title).toBe('Implementation Plan: Invoices');
    expect(feature.findings).toEqual([]);
  });
});

describe('parseFeature: a broken document is a finding', () => {
  it('reports unreadable YAML at its line and still parses every other document', () => {
    const broken = doc('contracts/broken.yaml', ['openapi: 3.0.0', 'paths:', '  /x: [unclosed']);
    const feature = parseFeature(files([...ALL, broken]));
    expect(feature.findings).toHaveLength(1);
    expect(feature.findings[0]).toMatchObject({
      ruleId: 'parse-error',
      severity: 'warning',
      location: { file: `${DIR}/contracts/broken.yaml` }
    });
    expect(feature.findings[0]!.message).toContain(`${DIR}/contracts/broken.yaml`);
    expect(feature.findings[0]!.location.line).toBeGreaterThan(1);
    expect(
      feature.contracts.map(contract => [contract.fileName, contract.endpoints.length])
    ).toEqual([
      ['invoices.yaml', 1],
      ['broken.yaml', 0]
    ]);
    expect(feature.plan!.structure.sourceDirs).toEqual(['lib/invoices/']);
    expect(feature.spec!.stories).toHaveLength(1);
    expect(feature.dataModel!.entities).toHaveLength(1);
  });

  it('keeps the loader findings first, then the parser findings', () => {
    const refused: Finding = {
      ruleId: 'file-rejected',
      severity: 'error',
      message: `${DIR}/research.md: invalid UTF-8 at byte 12; save the file as UTF-8`,
      location: { file: `${DIR}/research.md`, line: 1, column: 1 }
    };
    const feature = parseFeature(files([SPEC], [refused]));
    expect(feature.findings.map(finding => finding.ruleId)).toEqual([
      'file-rejected',
      'missing-plan'
    ]);
    expect(feature.research).toBeUndefined();
  });
});

describe('parseFeature: inputHash', () => {
  it('does not depend on the order the documents were listed in', () => {
    const forward = parseFeature(files(ALL)).inputHash;
    const backward = parseFeature(files([...ALL].reverse())).inputHash;
    expect(backward).toBe(forward);
    expect(forward).toMatch(/^sha256:[0-9a-f]{32}$/);
  });

  it('ignores tasks.md, whatever it says', () => {
    const without = parseFeature(files(ALL)).inputHash;
    expect(parseFeature(files([...ALL, TASKS])).inputHash).toBe(without);
    expect(parseFeature(files([TASKS, ...ALL, doc('tasks.md', ['changed'])])).inputHash).toBe(
      without
    );
  });

  it('changes when any design document changes, is added, or moves', () => {
    const base = hashDocuments(ALL);
    const edited = ALL.map(d => (d === RESEARCH ? { ...d, text: `${d.text}\n` } : d));
    expect(hashDocuments(edited)).not.toBe(base);
    expect(hashDocuments([...ALL, doc('contracts/extra.md', ['# Extra'])])).not.toBe(base);
    const moved = ALL.map(d => (d === CONTRACT ? { ...d, relativePath: 'contracts/v2.yaml' } : d));
    expect(hashDocuments(moved)).not.toBe(base);
    expect(hashDocuments(ALL.filter(d => d !== QUICKSTART))).not.toBe(base);
  });

  it('cannot be fooled by moving text across the boundary between two documents', () => {
    const a = [doc('spec.md', ['ab']), doc('research.md', ['c'])];
    const b = [doc('spec.md', ['a']), doc('research.md', ['bc'])];
    expect(hashDocuments(a)).not.toBe(hashDocuments(b));
  });
});

// ---------------------------------------------------------------------------------------------
// No parser throws, whatever it is given

/** A small seeded generator, so a failing document can be reproduced from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '',
  '#',
  '# ',
  '###### deep',
  '####### not a heading',
  '```',
  '```text',
  '~~~',
  '````',
  '    indented code',
  '├── a/',
  '│   └── b.py',
  '└──',
  '|-- x',
  '- ',
  '1. ',
  '1)',
  '* [ ] T001 task',
  '> ',
  '>> **Storage**:',
  '| a | b |',
  '|---|---|',
  '**Language/Version**: [e.g., Python 3.11 or NEEDS CLARIFICATION]  ',
  '**Storage**:',
  '**Project Type**:',
  'Testing: NEEDS CLARIFICATION',
  '**Structure Decision**:',
  '## Project Structure',
  '### Documentation (this feature)',
  '### Source Code',
  'specs/[###-feature]/',
  '# [REMOVE IF UNUSED] Option 1',
  '### User Story 1 - (Priority: P1)',
  '### User Story 999 —',
  '### US-',
  '### Primary User Story',
  '### Acceptance Scenarios',
  '1. **Given** **When** **Then**',
  'Given then',
  '**Given**',
  '- **FR-001**:',
  '- SC-',
  '### Key Entities',
  '- **',
  '**Relationships**:',
  '## Decision:',
  '**Decision**:',
  '### Decision',
  '### Rationale',
  '## Alternatives considered:',
  '## Step 1:',
  '## 1.',
  '## Test Scenarios',
  '## Prerequisites',
  '[link](',
  '![img]()',
  '<details>',
  '</details>',
  '<!-- unclosed comment',
  '\\',
  '*',
  '`',
  '  ',
  '\t\t- tab item',
  '🎯 MVP ✅',
  '가나다 한국어 제목',
  '中文标题：决策',
  'Türkçe başlık: Karar',
  'עברית ← שמאל',
  '\u200b\u200d\ufeff',
  '\ud800 lone surrogate',
  '(((((((((',
  ':::',
  '---',
  '==='
];

function oddDocument(next: () => number): string {
  const lines: string[] = [];
  const count = Math.floor(next() * 40);
  for (let i = 0; i < count; i++) {
    const fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!;
    const indent = ' '.repeat(Math.floor(next() * 3) * 2);
    lines.push(next() < 0.2 ? `${indent}${fragment} ${fragment}` : `${indent}${fragment}`);
  }
  return lines.join(next() < 0.1 ? '\r\n' : '\n');
}

const ODD_DOCUMENTS: [string, string][] = [
  ['an empty file', ''],
  ['only whitespace', ' \n\t\n   '],
  ['only headings', '# A\n## B\n### C\n#### D\n##### E\n###### F'],
  ['an unterminated code fence', '## Project Structure\n```text\nsrc/\n├── a/'],
  ['a fence opened at the very end', '## Project Structure\n```'],
  ['a very long line', `**Storage**: ${'x'.repeat(200_000)}`],
  ['a very long tree line', `\`\`\`\n${'├── '.repeat(20_000)}a/\n\`\`\``],
  [
    'deeply nested lists',
    Array.from(
      { length: 120 },
      (_, depth) => `${'  '.repeat(depth)}- **FR-${depth}**: Given x Then y`
    ).join('\n')
  ],
  ['deeply nested block quotes', `${'>'.repeat(300)} **Testing**: deep`],
  [
    'a deeply indented tree',
    `## Project Structure\n\`\`\`\n${Array.from({ length: 500 }, (_, depth) => `${'│   '.repeat(depth)}└── d${depth}/`).join('\n')}\n\`\`\``
  ],
  ['many headings', Array.from({ length: 1_000 }, (_, i) => `## Step ${i}: s`).join('\n')],
  ['NUL and control characters', '# \u0000\u0001\u0007\n**Storage**: \u0000']
];

function checkPosition(position: SourcePosition, file: string, lineCount: number): void {
  expect(position.file).toBe(file);
  expect(Number.isInteger(position.line) && position.line >= 1).toBe(true);
  expect(position.line).toBeLessThanOrEqual(lineCount);
  expect(Number.isInteger(position.column) && position.column >= 1).toBe(true);
}

/** Runs every parser on one text: none throws, and every position points into the text. */
function parseEverywhere(text: string): Feature {
  const lineCount = Math.max(1, text.split(/\r\n|\r|\n/).length);
  const as = (name: string): SourceDocument => ({
    path: `${DIR}/${name}`,
    relativePath: name,
    text
  });
  const plan = parsePlan(as('plan.md'));
  checkPosition(plan.plan.source, `${DIR}/plan.md`, lineCount);
  for (const context of Object.values(plan.plan.technicalContext)) {
    checkPosition(context!.source, `${DIR}/plan.md`, lineCount);
  }
  const spec = parseSpec(as('spec.md')).spec;
  for (const story of spec.stories) {
    checkPosition(story.source, `${DIR}/spec.md`, lineCount);
    for (const scenario of story.scenarios)
      checkPosition(scenario.source, `${DIR}/spec.md`, lineCount);
  }
  for (const item of [...spec.requirements, ...spec.keyEntities]) {
    checkPosition(item.source, `${DIR}/spec.md`, lineCount);
  }
  for (const decision of parseResearch(as('research.md')).research.decisions) {
    checkPosition(decision.source, `${DIR}/research.md`, lineCount);
  }
  for (const scenario of parseQuickstart(as('quickstart.md')).quickstart.scenarios) {
    checkPosition(scenario.source, `${DIR}/quickstart.md`, lineCount);
  }
  expect(Array.isArray(readTree(text))).toBe(true);
  return parseFeature(
    files(['plan.md', 'spec.md', 'research.md', 'data-model.md', 'quickstart.md'].map(as))
  );
}

describe('the parsers never throw', () => {
  it.each(ODD_DOCUMENTS)('on %s', (_name, text) => {
    const feature = parseEverywhere(text);
    expect(typeof feature.plan!.title).toBe('string');
    expect(feature.findings.filter(finding => finding.ruleId === 'missing-plan')).toEqual([]);
  });

  it('on 300 documents pieced together from odd fragments', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = oddDocument(random(seed));
      try {
        parseEverywhere(text);
      } catch (error) {
        throw new Error(`seed ${seed}: ${String(error)}\n---\n${text}`, { cause: error });
      }
    }
  });
});
