import { describe, expect, it } from '@jest/globals';
import {
  hasPlaceholderSegment,
  isDynamicRouteDir,
  readTree,
  type TreeEntry
} from '../../src/core/parse/directory-tree.js';

function tree(lines: string[]): TreeEntry[] {
  return readTree(lines.join('\n'));
}

function paths(lines: string[]): string[] {
  return tree(lines).map(entry => entry.path);
}

describe('readTree: box-drawing trees', () => {
  it('nests ├── └── │ entries under their directories and keeps each line', () => {
    expect(
      tree([
        'src/', //                      0
        '├── models/',
        '│   ├── order.py',
        '│   └── invoice.py',
        '├── services/',
        '│   └── billing.py', //        5
        '└── cli.py',
        '',
        'tests/',
        '└── unit/'
      ])
    ).toEqual([
      { path: 'src/', isDirectory: true, line: 0 },
      { path: 'src/models/', isDirectory: true, line: 1 },
      { path: 'src/models/order.py', isDirectory: false, line: 2 },
      { path: 'src/models/invoice.py', isDirectory: false, line: 3 },
      { path: 'src/services/', isDirectory: true, line: 4 },
      { path: 'src/services/billing.py', isDirectory: false, line: 5 },
      { path: 'src/cli.py', isDirectory: false, line: 6 },
      { path: 'tests/', isDirectory: true, line: 8 },
      { path: 'tests/unit/', isDirectory: true, line: 9 }
    ]);
  });

  it('reads heavy box characters and ASCII |-- +-- `-- branches alike', () => {
    expect(paths(['app/', '┣━━ core/', '┃   ┗━━ main.rs', '┗━━ build.rs'])).toEqual([
      'app/',
      'app/core/',
      'app/core/main.rs',
      'app/build.rs'
    ]);
    expect(paths(['web/', '|-- pages/', '|   `-- home.tsx', '+-- package.json'])).toEqual([
      'web/',
      'web/pages/',
      'web/pages/home.tsx',
      'web/package.json'
    ]);
  });

  it('starts a new root after a blank line at column zero', () => {
    expect(paths(['backend/', '└── api/', '', 'frontend/', '└── src/'])).toEqual([
      'backend/',
      'backend/api/',
      'frontend/',
      'frontend/src/'
    ]);
  });

  it('takes a multi-segment entry as one path under its parent', () => {
    expect(paths(['backend/', '├── src/main/java/org/shop/', '│   └── Cart.java'])).toEqual([
      'backend/',
      'backend/src/main/java/org/shop/',
      'backend/src/main/java/org/shop/Cart.java'
    ]);
  });
});

describe('readTree: plain indentation', () => {
  it('nests by two-space, four-space and tab indentation', () => {
    expect(paths(['lib/', '  parser/', '    lexer.ts', '  index.ts', 'docs/'])).toEqual([
      'lib/',
      'lib/parser/',
      'lib/parser/lexer.ts',
      'lib/index.ts',
      'docs/'
    ]);
    expect(paths(['pkg/', '\tcmd/', '\t\tmain.go'])).toEqual([
      'pkg/',
      'pkg/cmd/',
      'pkg/cmd/main.go'
    ]);
  });

  it('reads a `- name` list drawn inside the code block', () => {
    expect(paths(['server/', '- routes/', '  - health.js'])).toEqual([
      'server/',
      'server/routes/',
      'server/routes/health.js'
    ]);
  });
});

describe('readTree: comments and annotations', () => {
  it('drops # comments, arrows, parentheses and dashes after the name', () => {
    expect(
      paths([
        '# The layout after this feature',
        'src/                 # application code',
        '├── queue.py ← new',
        '├── worker.py <- changed',
        '├── retry.py (new)',
        '├── backoff.py — jitter helpers',
        '└── limits.py // tuned'
      ])
    ).toEqual([
      'src/',
      'src/queue.py',
      'src/worker.py',
      'src/retry.py',
      'src/backoff.py',
      'src/limits.py'
    ]);
  });

  it('skips ellipses, wildcards and names with spaces, and keeps placeholders as [name]', () => {
    expect(
      paths([
        'src/',
        '├── ...',
        '├── …',
        '├── [feature]/',
        '├── <module>/',
        '├── *.py',
        '├── {a,b}/',
        '├── My Documents',
        '└── real.py'
      ])
    ).toEqual(['src/', 'src/[feature]/', 'src/[module]/', 'src/real.py']);
  });

  it('places nothing drawn below a name no path stands for, rather than moving it up', () => {
    expect(
      paths(['mobile/', '├── ios/ or android/', '│   └── platform.swift', '└── shared.ts'])
    ).toEqual(['mobile/', 'mobile/shared.ts']);
    // A label in plain words is prose: what follows it is still read.
    expect(paths(['Backend service:', 'api/', '└── server.py'])).toEqual(['api/', 'api/server.py']);
  });

  it('keeps what the plan writes beside an entry as its note', () => {
    const entries = tree([
      'pkg/',
      '├── gen/               # generated (gitignored)',
      '├── api.go ← NEW: REST handlers',
      '├── store.go (MODIFY)',
      '└── util.go'
    ]);
    expect(entries.map(entry => [entry.path, entry.note])).toEqual([
      ['pkg/', undefined],
      ['pkg/gen/', 'generated (gitignored)'],
      ['pkg/api.go', 'NEW: REST handlers'],
      ['pkg/store.go', 'MODIFY'],
      ['pkg/util.go', undefined]
    ]);
  });

  it('gives a heading comment to the folders it heads, up to the next heading', () => {
    const entries = tree([
      '# Existing workspace (no changes)',
      'services/',
      '├── billing/',
      '└── ledger/',
      'shared/           # common types',
      '',
      '# Added by this feature',
      'deploy/',
      '└── chart.yaml'
    ]);
    expect(entries.map(entry => [entry.path, entry.note])).toEqual([
      ['services/', 'Existing workspace (no changes)'],
      // Below the headed folder, and beside a note of its own, the heading says nothing.
      ['services/billing/', undefined],
      ['services/ledger/', undefined],
      ['shared/', 'common types'],
      ['deploy/', 'Added by this feature'],
      ['deploy/chart.yaml', undefined]
    ]);
  });

  it('gives a heading to no file, and ends it at an entry further left', () => {
    const entries = tree([
      'app/',
      '    # unchanged helpers',
      '    util.py',
      '    helpers/',
      'lib/'
    ]);
    expect(entries.map(entry => [entry.path, entry.note])).toEqual([
      ['app/', undefined],
      ['app/util.py', undefined],
      ['app/helpers/', 'unchanged helpers'],
      ['lib/', undefined]
    ]);
  });

  it('treats `.` and `./` as the repository root and strips ./ and / prefixes', () => {
    expect(paths(['.', '├── ./scripts/', '└── /config.toml'])).toEqual(['scripts/', 'config.toml']);
    expect(paths(['./', '└── Makefile'])).toEqual(['Makefile']);
  });
});

describe('readTree: a root label standing for the repository', () => {
  it('drops a label the plan comments as the repository root', () => {
    expect(
      paths([
        'harbor-app/            # Repository root',
        '├── apps/',
        '│   └── web/',
        '└── package.json'
      ])
    ).toEqual(['apps/', 'apps/web/', 'package.json']);
  });

  it('drops a label that holds what only a repository top holds', () => {
    expect(
      paths(['Lighthouse/', '├── Cargo.toml', '├── crates/', '│   └── beacon/', '└── specs/'])
    ).toEqual(['Cargo.toml', 'crates/', 'crates/beacon/', 'specs/']);
  });

  it('keeps a label that is a real folder: a code root, or one without such signs', () => {
    expect(paths(['backend/', '├── src/', '└── specs/'])).toEqual([
      'backend/',
      'backend/src/',
      'backend/specs/'
    ]);
    expect(paths(['Harbor/', '├── Models/', '│   └── Boat.swift', '└── Views/'])).toEqual([
      'Harbor/',
      'Harbor/Models/',
      'Harbor/Models/Boat.swift',
      'Harbor/Views/'
    ]);
    // "site root" is a folder's role, not the repository's.
    expect(paths(['site/ (Hugo site root)', '└── content/'])).toEqual(['site/', 'site/content/']);
  });

  it('keeps a label with other top-level entries beside it', () => {
    expect(paths(['shop/   # repository root', '└── src/', 'docs/'])).toEqual([
      'shop/',
      'shop/src/',
      'docs/'
    ]);
  });

  it("reads a path on someone's machine from the repository top down", () => {
    expect(
      paths(['/Users/dev/projects/ledger/', '├── src/', '│   └── Ledger.Api/', '└── tests/'])
    ).toEqual(['src/', 'src/Ledger.Api/', 'tests/']);
    expect(paths(['/home/dev/ledger/specs/004-x/', '└── plan.md'])).toEqual([
      'specs/004-x/',
      'specs/004-x/plan.md'
    ]);
    expect(paths(['~/code/ledger/src/', '└── main.rs'])).toEqual(['src/', 'src/main.rs']);
  });
});

describe('readTree: bracketed folders', () => {
  it('keeps route parameters of file-routed frameworks as real folders', () => {
    expect(
      paths([
        'src/app/',
        '├── api/events/[id]/',
        '│   └── rsvp/',
        '│       └── route.ts',
        '├── docs/[...slug]/page.tsx',
        '└── shop/[[...path]]/page.tsx'
      ])
    ).toEqual([
      'src/app/',
      'src/app/api/events/[id]/',
      'src/app/api/events/[id]/rsvp/',
      'src/app/api/events/[id]/rsvp/route.ts',
      'src/app/docs/[...slug]/page.tsx',
      'src/app/shop/[[...path]]/page.tsx'
    ]);
  });

  it('tells a placeholder folder from a route parameter', () => {
    expect(hasPlaceholderSegment('src/test/java/acme/[feature]/domain/')).toBe(true);
    expect(hasPlaceholderSegment('src/app/events/[id]/page.tsx')).toBe(false);
    expect(hasPlaceholderSegment('web/routes/[slug]/+page.svelte')).toBe(false);
    expect(isDynamicRouteDir('src/app/events/[id]/')).toBe(true);
    expect(isDynamicRouteDir('src/app/events/')).toBe(false);
    expect(isDynamicRouteDir('src/test/java/acme/[feature]/')).toBe(false);
  });
});

describe('readTree: files or directories', () => {
  it('knows extensionless files by name and takes other bare names as directories', () => {
    const entries = tree(['Makefile', 'Dockerfile', 'LICENSE', 'bin', 'bin/']);
    expect(entries.map(entry => [entry.path, entry.isDirectory])).toEqual([
      ['Makefile', false],
      ['Dockerfile', false],
      ['LICENSE', false],
      ['bin/', true],
      ['bin/', true]
    ]);
  });

  it('reads a dot file as a file unless entries hang below it', () => {
    const entries = tree([
      '├── .gitignore           # ignores build output',
      '├── .tool-version',
      '├── .env.example',
      '├── .config/',
      '├── .ci',
      '│   └── deploy.yml',
      '└── README.md'
    ]);
    expect(entries.map(entry => [entry.path, entry.isDirectory])).toEqual([
      ['.gitignore', false],
      ['.tool-version', false],
      ['.env.example', false],
      ['.config/', true],
      ['.ci/', true],
      ['.ci/deploy.yml', false],
      ['README.md', false]
    ]);
  });

  it('does not take a version-like suffix for an extension', () => {
    expect(tree(['v1.2', 'notes.v2']).map(entry => entry.isDirectory)).toEqual([true, false]);
  });
});

describe('readTree: odd blocks', () => {
  it('returns nothing for an empty block or one of comments only', () => {
    expect(readTree('')).toEqual([]);
    expect(paths(['# just a note', '#', '   '])).toEqual([]);
  });

  it('reads Unicode names', () => {
    expect(paths(['문서/', '└── 안내.md'])).toEqual(['문서/', '문서/안내.md']);
  });
});
