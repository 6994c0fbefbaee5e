import { describe, expect, it } from '@jest/globals';
import { isPlaceholder, isTestDirectory, parsePlan } from '../../src/core/parse/plan.js';
import type { Plan, TechnicalField } from '../../src/core/model.js';

const FILE = 'specs/004-ledger/plan.md';

function parse(lines: string[]): Plan {
  const result = parsePlan({ path: FILE, relativePath: 'plan.md', text: lines.join('\n') });
  expect(result.findings).toEqual([]);
  return result.plan;
}

function values(plan: Plan): Partial<Record<TechnicalField, string | undefined>> {
  return Object.fromEntries(
    Object.entries(plan.technicalContext).map(([field, context]) => [field, context!.value])
  );
}

function at(line: number, column = 1) {
  return { file: FILE, line, column };
}

const FILLED_CONTEXT = {
  'Language/Version': 'Go 1.22',
  'Primary Dependencies': 'chi, pgx',
  Storage: 'PostgreSQL 16',
  Testing: 'go test, testcontainers',
  'Target Platform': 'Linux containers',
  'Project Type': 'single',
  'Performance Goals': '500 req/s per node',
  Constraints: 'p95 < 150ms',
  'Scale/Scope': '2k tenants'
};

describe('parsePlan: title', () => {
  it('takes the first level-one heading as title with its position', () => {
    const plan = parse([
      '<!-- generated -->',
      '',
      '## Preface',
      '',
      '# Implementation Plan: Ledger Export'
    ]);
    expect(plan.title).toBe('Implementation Plan: Ledger Export');
    expect(plan.source).toEqual(at(5));
  });

  it('falls back to a generic title at line 1 when there is no level-one heading', () => {
    const plan = parse(['## Summary', '', 'Short.']);
    expect(plan.title).toBe('Implementation Plan');
    expect(plan.source).toEqual(at(1));
  });
});

describe('parsePlan: Technical Context spellings', () => {
  it('reads all nine fields written as hard-broken lines (two trailing spaces)', () => {
    const plan = parse([
      '# Plan',
      '',
      '## Technical Context',
      '**Language/Version**: Go 1.22  ', //              4
      '**Primary Dependencies**: chi, pgx  ',
      '**Storage**: PostgreSQL 16  ',
      '**Testing**: go test, testcontainers  ',
      '**Target Platform**: Linux containers  ',
      '**Project Type**: single  ', //                   9
      '**Performance Goals**: 500 req/s per node  ',
      '**Constraints**: p95 < 150ms  ',
      '**Scale/Scope**: 2k tenants'
    ]);
    expect(values(plan)).toEqual(FILLED_CONTEXT);
    expect(plan.technicalContext['Language/Version']!.source).toEqual(at(4));
    expect(plan.technicalContext['Project Type']!.source).toEqual(at(9));
    expect(plan.technicalContext['Scale/Scope']!.source).toEqual(at(12));
  });

  it('reads fields written as blank-line separated paragraphs', () => {
    const lines = ['# Plan', '', '## Technical Context', ''];
    for (const [field, value] of Object.entries(FILLED_CONTEXT)) {
      lines.push(`**${field}**: ${value}`, '');
    }
    const plan = parse(lines);
    expect(values(plan)).toEqual(FILLED_CONTEXT);
    expect(plan.technicalContext['Language/Version']!.source).toEqual(at(5));
    expect(plan.technicalContext['Storage']!.source).toEqual(at(9));
  });

  it('reads fields written as list items, at the column of the item', () => {
    const plan = parse([
      '# Plan',
      '',
      '## Technical Context',
      '',
      '- **Language/Version**: Go 1.22',
      '- **Storage**: PostgreSQL 16',
      '  - **Testing**: go test' // nested item
    ]);
    expect(values(plan)).toEqual({
      'Language/Version': 'Go 1.22',
      Storage: 'PostgreSQL 16',
      Testing: 'go test'
    });
    expect(plan.technicalContext['Language/Version']!.source).toEqual(at(5, 3));
    expect(plan.technicalContext['Testing']!.source).toEqual(at(7, 5));
  });

  it('reads fields on consecutive lines without trailing spaces, and plain unbolded labels', () => {
    const plan = parse([
      '## Technical Context',
      '**Language/Version**: Kotlin 2.0',
      'Storage: Room',
      '**Project Type**: mobile'
    ]);
    expect(values(plan)).toEqual({
      'Language/Version': 'Kotlin 2.0',
      Storage: 'Room',
      'Project Type': 'mobile'
    });
    expect(plan.technicalContext['Project Type']!.source).toEqual(at(4));
  });

  it('continues a value soft-wrapped onto the next line, but not across a hard break', () => {
    const plan = parse([
      '## Technical Context',
      '**Primary Dependencies**: numpy, pandas,',
      'polars, duckdb  ',
      'this line follows a hard break and belongs to no field',
      '**Storage**: local Parquet files; optional',
      'S3 mirror'
    ]);
    expect(values(plan)).toEqual({
      'Primary Dependencies': 'numpy, pandas, polars, duckdb',
      Storage: 'local Parquet files; optional S3 mirror'
    });
  });

  it('does not take another label or an introducing line for a wrapped value', () => {
    const plan = parse([
      '## Technical Context',
      '**Project Type**: web service',
      '**Deployment Notes**: blue/green',
      '**Language/Version**: Ruby 3.3',
      '**Performance Goals** (advisory only, not enforced):',
      '- p99 under 80ms'
    ]);
    expect(values(plan)).toEqual({ 'Project Type': 'web service', 'Language/Version': 'Ruby 3.3' });
  });

  it('takes the bullet list under an empty field as its value', () => {
    const plan = parse([
      '## Technical Context',
      '',
      '**Language/Version**: TypeScript 5.4',
      '',
      '**Storage**:', //                                5
      '- Primary: SQLite file per workspace',
      '- Cache: in-memory LRU',
      '  with a size cap',
      '',
      '**Performance Goals**: ', //                      10
      '- Startup under 1 s',
      '- 60 fps scrolling'
    ]);
    expect(values(plan)).toEqual({
      'Language/Version': 'TypeScript 5.4',
      Storage: 'Primary: SQLite file per workspace; Cache: in-memory LRU with a size cap',
      'Performance Goals': 'Startup under 1 s; 60 fps scrolling'
    });
    expect(plan.technicalContext['Storage']!.source).toEqual(at(5));
    expect(plan.technicalContext['Performance Goals']!.source).toEqual(at(10));
  });

  it('stops a list value where the next field runs on into its last item', () => {
    const plan = parse([
      '## Technical Context',
      '**Primary Dependencies**:',
      '- echo (HTTP)',
      '- sqlc (queries)',
      '**Testing**: go test',
      '**Target Platform**: Linux'
    ]);
    expect(values(plan)).toEqual({
      'Primary Dependencies': 'echo (HTTP); sqlc (queries)',
      Testing: 'go test',
      'Target Platform': 'Linux'
    });
  });

  it('leaves an empty field unknown when no list follows it', () => {
    const plan = parse(['## Technical Context', '', '**Storage**:', '', 'Nothing is stored.']);
    expect(plan.technicalContext['Storage']).toEqual({ value: undefined, raw: '', source: at(3) });
  });

  it('keeps the first occurrence of a field and ignores look-alike labels', () => {
    const plan = parse([
      '## Technical Context',
      '**Testing**: vitest',
      '',
      '## Constitution Check',
      '**Testing**: must run in CI',
      '**Testing Priority**: high',
      '**Language**: French'
    ]);
    expect(values(plan)).toEqual({ Testing: 'vitest' });
    expect(plan.technicalContext['Testing']!.source).toEqual(at(2));
  });

  it('reads fields inside a block quote and keeps values in any script', () => {
    const plan = parse([
      '> **Language/Version**: C (C17)',
      '',
      '**Storage**: 없음 (상태 없는 서비스)',
      '',
      '**Target Platform**: RP2040, geliştirme macOS üzerinde'
    ]);
    expect(values(plan)).toEqual({
      'Language/Version': 'C (C17)',
      Storage: '없음 (상태 없는 서비스)',
      'Target Platform': 'RP2040, geliştirme macOS üzerinde'
    });
  });

  it('reads no Technical Context from a plan that has none', () => {
    const plan = parse([
      '# Plan: short',
      '',
      '## Scope',
      '',
      '- Download the catalog',
      '- Cache it'
    ]);
    expect(plan.technicalContext).toEqual({});
  });
});

describe('parsePlan: unfilled placeholders are unknown', () => {
  it('reads the untouched spec-kit template fields as unknown, keeping the raw text', () => {
    const plan = parse([
      '## Technical Context',
      '',
      '**Language/Version**: [e.g., Python 3.11, Swift 5.9, Rust 1.75 or NEEDS CLARIFICATION]  ',
      '**Primary Dependencies**: [e.g., FastAPI, UIKit, LLVM or NEEDS CLARIFICATION]  ',
      '**Storage**: [if applicable, e.g., PostgreSQL, CoreData, files or N/A]  ',
      '**Testing**: NEEDS CLARIFICATION  ',
      '**Target Platform**: [e.g., Linux server, iOS 15+, WASM]  ',
      '**Project Type**: [single/web/mobile - determines source structure]  ',
      '**Performance Goals**: [domain-specific, e.g., 1000 req/s]  ',
      '**Constraints**: manual checks only; tooling undecided [NEEDS CLARIFICATION]  ',
      '**Scale/Scope**:'
    ]);
    for (const context of Object.values(plan.technicalContext)) {
      expect(context!.value).toBeUndefined();
    }
    expect(Object.keys(plan.technicalContext)).toHaveLength(9);
    expect(plan.technicalContext['Testing']!.raw).toBe('NEEDS CLARIFICATION');
    expect(plan.technicalContext['Storage']!.raw).toBe(
      '[if applicable, e.g., PostgreSQL, CoreData, files or N/A]'
    );
  });

  it('keeps real values that merely contain brackets or say N/A', () => {
    const plan = parse([
      '## Technical Context',
      '**Language/Version**: Python 3.12 [pinned]  ',
      '**Storage**: N/A  ',
      '**Testing**: [pytest](https://docs.pytest.org)'
    ]);
    expect(values(plan)).toEqual({
      'Language/Version': 'Python 3.12 [pinned]',
      Storage: 'N/A',
      Testing: 'pytest'
    });
  });

  it('isPlaceholder: brackets around the whole value, NEEDS CLARIFICATION anywhere, or nothing', () => {
    expect(isPlaceholder('[e.g., Python 3.11 or NEEDS CLARIFICATION]')).toBe(true);
    expect(isPlaceholder('needs clarification')).toBe(true);
    expect(isPlaceholder('   ')).toBe(true);
    expect(isPlaceholder('[TBD]')).toBe(true);
    expect(isPlaceholder('[docs](docs/setup.md)')).toBe(false);
    expect(isPlaceholder('Go [1.22]')).toBe(false);
    expect(isPlaceholder('[1.22] Go')).toBe(false);
  });
});

describe('parsePlan: Project Structure', () => {
  it('reads source dirs, test dirs and files from a box-drawn tree, and the Structure Decision', () => {
    const plan = parse([
      '# Plan', //                                       1
      '',
      '## Project Structure',
      '',
      '### Documentation (this feature)', //            5
      '',
      '```text',
      'specs/004-ledger/',
      '├── plan.md',
      '└── contracts/', //                              10
      '```',
      '',
      '### Source Code (repository root)',
      '',
      '```text', //                                     15
      'src/',
      '├── ledger/           # domain',
      '│   ├── entry.go',
      '│   └── export/',
      '└── cmd/', //                                    20
      '',
      'tests/',
      '├── contract/',
      '└── integration/',
      '```', //                                         25
      '',
      '**Structure Decision**: One Go module; tests mirror `src/`.'
    ]);
    expect(plan.structure).toEqual({
      sourceDirs: ['src/', 'src/ledger/', 'src/ledger/export/', 'src/cmd/'],
      testDirs: ['tests/', 'tests/contract/', 'tests/integration/'],
      files: ['src/ledger/entry.go'],
      decision: 'One Go module; tests mirror src/.',
      source: at(3),
      notes: [{ path: 'src/ledger/', note: 'domain' }],
      mentioned: ['src/'],
      planned: [
        {
          path: 'src/ledger/entry.go',
          status: 'unmarked',
          note: undefined,
          source: { file: 'specs/004-ledger/plan.md', line: 18, column: 1 }
        }
      ]
    });
  });

  it('reads a tree whose opening fence was lost, from two or more drawn branches', () => {
    const plan = parse([
      '## Project Structure',
      '',
      'Harbor/                       # Solution root',
      '├── Harbor.Core/',
      '│   ├── Models/               # Domain entities',
      '│   │   └── Boat.cs',
      '│   └── Services/',
      '│',
      '└── Harbor.Tests/',
      '    └── Unit/',
      '```',
      '',
      '**Structure Decision**: one core library.'
    ]);
    expect(plan.structure.sourceDirs).toEqual([
      'Harbor.Core/',
      'Harbor.Core/Models/',
      'Harbor.Core/Services/'
    ]);
    expect(plan.structure.testDirs).toEqual(['Harbor.Tests/', 'Harbor.Tests/Unit/']);
    expect(plan.structure.files).toEqual(['Harbor.Core/Models/Boat.cs']);
    expect(plan.structure.notes).toEqual([
      { path: 'Harbor.Core/Models/', note: 'Domain entities' }
    ]);
  });

  it('collects the repository paths its prose names in code spans', () => {
    const plan = parse([
      '# Plan',
      '',
      'Load it with `Catalog::from_path` and test it under `crates/harbor-lib/tests/`, with',
      'the fixture `docs/fixtures/boats.csv` and `./scripts/seed.sh`. The API answers',
      '`application/json` at `https://example.test/api/`; see `specs/004-ledger/spec.md`,',
      '`/etc/harbor/` and `<crate>/src/`.',
      '',
      '```',
      '`not/read/`',
      '```'
    ]);
    expect(plan.structure.mentioned).toEqual([
      'crates/harbor-lib/tests/',
      'docs/fixtures/boats.csv',
      'scripts/seed.sh'
    ]);
  });

  it('reads a tree drawn with plain indentation', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```',
      'backend/',
      '    app/',
      '        main.py   # entry point',
      '    tests/',
      'frontend/',
      '    src/',
      '```'
    ]);
    expect(plan.structure.sourceDirs).toEqual([
      'backend/',
      'backend/app/',
      'frontend/',
      'frontend/src/'
    ]);
    expect(plan.structure.testDirs).toEqual(['backend/tests/']);
    expect(plan.structure.files).toEqual(['backend/app/main.py']);
  });

  it('merges several trees without repeating a path', () => {
    const plan = parse([
      '## Project Structure',
      '```',
      'src/',
      '└── a.ts',
      '```',
      '```',
      'src/',
      '├── a.ts',
      '└── b/',
      '```'
    ]);
    expect(plan.structure.sourceDirs).toEqual(['src/', 'src/b/']);
    expect(plan.structure.files).toEqual(['src/a.ts']);
  });

  it('finds a tree under a "Source Code" heading when there is no Project Structure heading', () => {
    const plan = parse(['## Source Code (repository root)', '', '```', 'lib/', '└── x.rb', '```']);
    expect(plan.structure.sourceDirs).toEqual(['lib/']);
    expect(plan.structure.source).toEqual(at(1));
  });

  it('ignores the feature docs tree even outside a Documentation heading', () => {
    const plan = parse([
      '## Project Structure',
      '```',
      'specs/004-ledger/',
      '├── research.md',
      '└── contracts/',
      '```',
      '```',
      'api/',
      '├── handlers/',
      'specs/',
      '```'
    ]);
    expect(plan.structure.sourceDirs).toEqual(['api/', 'api/handlers/']);
    expect(plan.structure.files).toEqual([]);
  });

  it('ignores the unfilled three-option template tree, both old and current spellings', () => {
    const current = parse([
      '## Project Structure',
      '```text',
      '# [REMOVE IF UNUSED] Option 1: Single project (DEFAULT)',
      'src/',
      '├── models/',
      'tests/',
      '```'
    ]);
    const old = parse([
      '## Project Structure',
      '```',
      '# Option 1: Single project (DEFAULT)',
      'src/',
      '└── lib/',
      '',
      '# Option 2: Web application (when "frontend" + "backend" detected)',
      'backend/',
      '└── src/',
      '```',
      '',
      '**Structure Decision**: Option 1 (single project)'
    ]);
    for (const plan of [current, old]) {
      expect(plan.structure.sourceDirs).toEqual([]);
      expect(plan.structure.testDirs).toEqual([]);
    }
    expect(old.structure.decision).toBe('Option 1 (single project)');
  });

  it('keeps a real tree that names only the option it chose', () => {
    const plan = parse([
      '## Project Structure',
      '```',
      '# Option 1: Single project (chosen)',
      'src/',
      '└── firmware/',
      '```'
    ]);
    expect(plan.structure.sourceDirs).toEqual(['src/', 'src/firmware/']);
  });

  it('does not read the prose swallowed by a fence that is never closed', () => {
    const plan = parse([
      '## Project Structure',
      '',
      'app/                # the fence before this tree was lost',
      '├── views/',
      '```',
      '',
      '**Structure Decision**: keep the views thin.',
      '',
      '## Phase 1',
      '',
      '- Reader',
      '- `model.md` written',
      'Notes/'
    ]);
    expect(plan.structure.sourceDirs).toEqual([]);
    expect(plan.structure.files).toEqual([]);
  });

  it('still reads a closed tilde fence and a fence longer than three backticks', () => {
    const plan = parse([
      '## Project Structure',
      '~~~',
      'one/',
      '~~~',
      '````text',
      'two/',
      '```', // too short to close a four-backtick fence
      'three/',
      '````'
    ]);
    expect(plan.structure.sourceDirs).toEqual(['one/', 'two/', 'three/']);
  });

  it('finds the Structure Decision anywhere when the structure section has none', () => {
    const plan = parse([
      '## Project Structure',
      '```',
      'src/',
      '```',
      '',
      '## Notes',
      '',
      'Structure Decision: a single crate.'
    ]);
    expect(plan.structure.decision).toBe('a single crate.');
  });

  it('has no structure, decision or position when the plan has no such section', () => {
    expect(parse(['# Plan', '', 'Nothing here.']).structure).toEqual({
      sourceDirs: [],
      testDirs: [],
      files: [],
      decision: undefined,
      source: undefined
    });
  });

  it('tells source from test directories in Maven, Android and Ruby layouts', () => {
    const plan = parse([
      '## Project Structure',
      '```',
      'service/',
      '├── src/main/java/org/spec/audit/',
      '├── src/main/java/org/acme/testing/',
      '└── src/test/java/org/spec/audit/',
      'app/src/androidTest/java/',
      'spec/models/',
      '```'
    ]);
    expect(plan.structure.sourceDirs).toEqual([
      'service/',
      'service/src/main/java/org/spec/audit/',
      'service/src/main/java/org/acme/testing/'
    ]);
    expect(plan.structure.testDirs).toEqual([
      'service/src/test/java/org/spec/audit/',
      'app/src/androidTest/java/',
      'spec/models/'
    ]);
  });
});

describe('isTestDirectory', () => {
  it.each([
    ['tests/', true],
    ['test/unit/', true],
    ['__tests__/', true],
    ['spec/', true],
    ['web/e2e/', true],
    ['Shop.Tests/', true],
    ['ShopTests/', true],
    ['src/test/java/', true],
    ['Integration/', false],
    ['src/', false],
    ['src/main/java/com/spec/kit/', false],
    ['src/main/java/com/acme/test/', false],
    ['contest/', false],
    ['latest/', false]
  ])('%s → %s', (path, expected) => {
    expect(isTestDirectory(path)).toBe(expected);
  });
});
