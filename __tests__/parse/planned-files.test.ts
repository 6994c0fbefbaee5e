import { describe, expect, it } from '@jest/globals';
import type { Plan } from '../../src/core/model.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { apiRouteOf } from '../../src/core/parse/plan-routes.js';
import { readNote } from '../../src/core/parse/planned-files.js';

const FILE = 'specs/021-seed-swap/plan.md';

function parse(lines: string[]): Plan {
  return parsePlan({ path: FILE, relativePath: 'plan.md', text: lines.join('\n') }).plan;
}

function statuses(plan: Plan): [string, string, string | undefined][] {
  return (plan.structure.planned ?? []).map(file => [file.path, file.status, file.note]);
}

describe('readNote: what a note beside a file says of it', () => {
  it.each([
    ['NEW: token bucket + scope manager', 'new', 'token bucket + scope manager'],
    ['NEW Swap history tab', 'new', 'Swap history tab'],
    ['new', 'new', undefined],
    ['new file', 'new', undefined],
    ['MODIFY: add the swap counter', 'modified', 'add the swap counter'],
    ['MODIFIED: Use DTOs', 'modified', 'Use DTOs'],
    ['update to call the swap ledger', 'modified', 'to call the swap ledger'],
    ['EXISTS', 'existing', undefined],
    ['EXISTS (no changes)', 'existing', undefined],
    ['EXISTS: seed card (already styled)', 'existing', undefined],
    ['EXISTS: wraps SeedList (add breadcrumb)', 'modified', 'wraps SeedList (add breadcrumb)'],
    ['Reused from 014 (not duplicated)', 'existing', undefined],
    ['Existing — extended for the workspace', 'modified', 'extended for the workspace'],
    ['generated, git-ignored', 'generated', undefined],
    ['FUTURE: seed auctions', 'later', undefined],
    ['Seed CRUD, listing', undefined, 'Seed CRUD, listing'],
    ['new-member onboarding routes', undefined, 'new-member onboarding routes']
  ])('%s', (note, status, rest) => {
    expect(readNote(note)).toEqual({ status, rest });
  });
});

describe('parsePlan: the files a tree plans', () => {
  it('takes every unmarked file of a tree that marks nothing new as the feature’s own', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```text',
      'src/',
      '├── lib/',
      '│   ├── seeds/',
      '│   │   ├── types.ts        # Seed, Packet interfaces',
      '│   │   └── service.ts      # Seed CRUD, listing',
      '│   └── permissions/        # Reused from 014 (NOT duplicated)',
      '│       └── guard.ts',
      '└── db/',
      '    └── swap.sql            # generated',
      '```'
    ]);
    expect(statuses(plan)).toEqual([
      ['src/lib/seeds/types.ts', 'unmarked', 'Seed, Packet interfaces'],
      ['src/lib/seeds/service.ts', 'unmarked', 'Seed CRUD, listing'],
      ['src/lib/permissions/guard.ts', 'existing', undefined],
      ['src/db/swap.sql', 'generated', undefined]
    ]);
    expect(plan.structure.planned![0]!.source).toEqual({ file: FILE, line: 7, column: 1 });
  });

  it('takes an unmarked file of a tree that marks others new as an existing file it changes', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```text',
      'crates/swap/src/',
      '├── ledger.rs          # NEW: swap ledger',
      '├── quota/             # NEW: per-member quota',
      '│   └── bucket.rs',
      '├── control.rs         # absorb quotas from the ledger',
      '└── lib.rs',
      '```'
    ]);
    expect(statuses(plan)).toEqual([
      ['crates/swap/src/ledger.rs', 'new', 'swap ledger'],
      ['crates/swap/src/quota/bucket.rs', 'new', undefined],
      ['crates/swap/src/control.rs', 'modified', 'absorb quotas from the ledger'],
      ['crates/swap/src/lib.rs', 'modified', undefined]
    ]);
  });

  it('names one file per type a new folder’s note lists, in a language that keeps a type per file', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```text',
      'src/main/java/org/seedswap/',
      '├── dto/                     # NEW: SeedDto, SwapListDto',
      '└── SwapController.java      # MODIFIED: Use DTOs',
      '```'
    ]);
    expect(statuses(plan)).toEqual([
      ['src/main/java/org/seedswap/dto/SeedDto.java', 'new', undefined],
      ['src/main/java/org/seedswap/dto/SwapListDto.java', 'new', undefined],
      ['src/main/java/org/seedswap/SwapController.java', 'modified', 'Use DTOs']
    ]);
  });

  it('reads prose lists of files to create and to modify', () => {
    const plan = parse([
      '## Files to Create',
      '',
      '- `src/swap/ledger.py` — the swap ledger',
      '- `tests/test_ledger.py`',
      '',
      '## Changes',
      '',
      '**Modified files**:',
      '',
      '- `src/swap/app.py`: register the ledger routes',
      '- see `docs/` for the guide'
    ]);
    expect(statuses(plan)).toEqual([
      ['src/swap/ledger.py', 'new', 'the swap ledger'],
      ['tests/test_ledger.py', 'new', undefined],
      ['src/swap/app.py', 'modified', 'register the ledger routes']
    ]);
  });
});

describe('parsePlan: the files a plan’s prose names as its work', () => {
  it('reads headings and bold labels naming their file, and items that start with a file', () => {
    const plan = parse([
      '## Implementation Strategy',
      '',
      '#### 2.1 Swap matching — `src/swap/matching.py`, `src/swap/ranks.py`',
      '',
      '**Ledger — `src/swap/ledger.py`**',
      '',
      '- `configs/swap.yaml` defines the quota defaults.',
      '- Tests:',
      '  - `tests/unit/test_matching.py`: ties and ranks.',
      '- The ranks come from `src/swap/ranks.py` as before.',
      '- `src/swap/util.py` centralizes rounding so both passes reuse one rule.',
      '',
      '## Constitution Check',
      '',
      '- `src/legacy/shim.py` stays untouched.'
    ]);
    expect(statuses(plan)).toEqual([
      ['src/swap/matching.py', 'unmarked', 'Swap matching'],
      ['src/swap/ranks.py', 'unmarked', 'Swap matching'],
      ['src/swap/ledger.py', 'unmarked', 'Ledger'],
      ['configs/swap.yaml', 'unmarked', 'defines the quota defaults.'],
      ['tests/unit/test_matching.py', 'unmarked', 'ties and ranks.'],
      ['src/swap/util.py', 'unmarked', 'centralizes rounding so both passes reuse one rule.']
    ]);
  });
});

describe('parsePlan: the routes a plan declares', () => {
  it('reads method lists beside route files, their folder being the path', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```text',
      'src/app/api/seeds/',
      '├── route.ts              # GET (list/filter), POST (create)',
      '└── [id]/',
      '    ├── route.ts          # GET — one packet',
      '    └── swap/',
      '        └── route.ts',
      '```'
    ]);
    expect(
      (plan.endpoints ?? []).map(endpoint => [endpoint.name, endpoint.file, endpoint.purpose])
    ).toEqual([
      ['GET /api/seeds', 'src/app/api/seeds/route.ts', 'list/filter'],
      ['POST /api/seeds', 'src/app/api/seeds/route.ts', 'create'],
      ['GET /api/seeds/{id}', 'src/app/api/seeds/[id]/route.ts', 'one packet'],
      ['/api/seeds/{id}/swap', 'src/app/api/seeds/[id]/swap/route.ts', undefined]
    ]);
  });

  it('reads a method and path beside any file, the method carried to the next path', () => {
    const plan = parse([
      '## Project Structure',
      '',
      '```text',
      'src/web/',
      '├── SwapController.java     # POST /api/swaps, /api/swaps/{id}/accept',
      '├── AdminController.java    # Admin API (/admin/*)',
      '└── SeedController.java     # EXISTS: GET /api/seeds',
      '```'
    ]);
    expect((plan.endpoints ?? []).map(endpoint => [endpoint.name, endpoint.file])).toEqual([
      ['POST /api/swaps', 'src/web/SwapController.java'],
      ['POST /api/swaps/{id}/accept', 'src/web/SwapController.java']
    ]);
  });

  it('reads route tables with a method and a path column, and the file column when there is one', () => {
    const plan = parse([
      '## API',
      '',
      '| Method | Path | Purpose | Handler |',
      '|--------|------|---------|---------|',
      '| GET | `/api/swaps` | list swaps | `src/swap/routes.py` |',
      '| POST/DELETE | /api/swaps/{id} | offer or withdraw | |',
      '',
      '| Endpoint | Notes |',
      '|---|---|',
      '| `PATCH /api/swaps/{id}` | accept |'
    ]);
    expect(
      (plan.endpoints ?? []).map(endpoint => [endpoint.name, endpoint.file, endpoint.purpose])
    ).toEqual([
      ['GET /api/swaps', 'src/swap/routes.py', 'list swaps'],
      ['POST /api/swaps/{id}', undefined, 'offer or withdraw'],
      ['DELETE /api/swaps/{id}', undefined, 'offer or withdraw'],
      ['PATCH /api/swaps/{id}', undefined, 'accept']
    ]);
    expect(plan.endpoints![0]!.source).toEqual({ file: FILE, line: 5, column: 1 });
  });
});

describe('apiRouteOf: the route a framework serves an API file at', () => {
  it.each([
    ['src/app/api/seeds/[id]/route.ts', '/api/seeds/{id}'],
    ['app/(shop)/api/swaps/route.js', '/api/swaps'],
    ['src/routes/api/seeds/+server.ts', '/api/seeds'],
    ['pages/api/seeds/[id].ts', '/api/seeds/{id}'],
    ['src/app/seeds/page.tsx', undefined],
    ['src/lib/route.ts', undefined]
  ])('%s', (path, route) => {
    expect(apiRouteOf(path)).toBe(route);
  });
});
