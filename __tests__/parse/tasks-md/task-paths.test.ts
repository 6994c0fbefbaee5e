/**
 * The paths a task names, in every way real task lists write them, and the words that look like
 * paths but are not: routes, URLs, alternatives such as `and/or`, technology names.
 */
import { describe, expect, it } from '@jest/globals';
import { namedPaths, pathsIn } from '../../../src/core/parse/tasks-md/task-paths.js';

describe('paths written the usual ways', () => {
  it('reads a path in backticks', () => {
    expect(pathsIn('Create the Tile model in `src/models/tile.py`')).toEqual([
      'src/models/tile.py'
    ]);
  });

  it('reads a bare path at the end of a sentence, without its full stop', () => {
    expect(pathsIn('Create the Tile model in src/models/tile.py.')).toEqual(['src/models/tile.py']);
  });

  it('reads a path after an em dash', () => {
    expect(pathsIn('Scale test for the relay — `crates/relay/tests/scale.rs`')).toEqual([
      'crates/relay/tests/scale.rs'
    ]);
  });

  it('reads several paths in one task, in order, once each', () => {
    expect(
      pathsIn(
        'Write the guide — docs/guide.md, docs/faq.md; link it from `docs/guide.md` and src/a.ts,src/b.ts'
      )
    ).toEqual(['docs/guide.md', 'docs/faq.md', 'src/a.ts', 'src/b.ts']);
  });

  it('reads directories with a trailing slash, and deep ones without', () => {
    expect(pathsIn('Create src/api/, tests/unit/ and app/src/main/kotlin/org/kiln')).toEqual([
      'src/api/',
      'tests/unit/',
      'app/src/main/kotlin/org/kiln/'
    ]);
  });

  it('reads a two-segment directory without a slash only under a known root', () => {
    expect(pathsIn('Docs live in docs/api')).toEqual([]);
    expect(pathsIn('Docs live in docs/api', ['docs/'])).toEqual(['docs/api/']);
  });

  it('reads both the text and the target of a link, cut at a known root', () => {
    expect(
      pathsIn(
        'Persist caps in [crates/kiln/src/caps.rs](/Users/ana/work/kiln/crates/kiln/src/caps.rs)',
        ['crates/']
      )
    ).toEqual(['crates/kiln/src/caps.rs']);
  });

  it('reads the file of `file::symbol` and `file:line:column`', () => {
    expect(pathsIn('Cover `tests/test_oven.py::test_heat` and src/oven.py:42:7')).toEqual([
      'tests/test_oven.py',
      'src/oven.py'
    ]);
  });

  it('reads a relative Windows path with forward slashes', () => {
    expect(pathsIn('Create `src\\Kiln.Core\\Models\\Batch.cs`')).toEqual([
      'src/Kiln.Core/Models/Batch.cs'
    ]);
  });

  it('reads extension-less files by name: Makefile, Dockerfile, Doxyfile', () => {
    expect(pathsIn('Add deploy/Dockerfile and docs/Doxyfile')).toEqual([
      'deploy/Dockerfile',
      'docs/Doxyfile'
    ]);
  });

  it('reads a verb that is also an HTTP method as a verb: "Delete src/old.py" names a file', () => {
    expect(pathsIn('Delete src/legacy/old_oven.py')).toEqual(['src/legacy/old_oven.py']);
    expect(pathsIn('Patch `/docs/` to point at the new pages', ['docs/'])).toEqual(['docs/']);
  });
});

describe('absolute paths, normalised to the repository where its layout allows', () => {
  it('reads /backend/src/… as the repository path backend/src/…', () => {
    expect(pathsIn('Add the handler in /backend/src/api/kilns.py', ['backend/'])).toEqual([
      'backend/src/api/kilns.py'
    ]);
  });

  it('cuts a machine path at the first known root', () => {
    expect(
      pathsIn('Update /home/ana/work/kiln/backend/src/app.py and /workspaces/kiln/deploy/', [
        'backend/',
        'deploy/'
      ])
    ).toEqual(['backend/src/app.py', 'deploy/']);
  });

  it('cuts a Windows path with a drive letter at a known root', () => {
    expect(
      pathsIn(
        'Run D:\\work\\kiln\\tests\\Smoke\\Run.cs against C:\\Users\\ana\\kiln\\src\\Main.cs',
        ['tests/', 'src/']
      )
    ).toEqual(['tests/Smoke/Run.cs', 'src/Main.cs']);
  });

  it('keeps a machine path whole when no root of the layout is in it', () => {
    expect(pathsIn('Document /opt/kiln/notes/setup.md')).toEqual(['opt/kiln/notes/setup.md']);
  });

  it('nearest miss: a two-segment route with no extension is not a directory', () => {
    expect(pathsIn('The client calls /api/kilns for the list')).toEqual([]);
    expect(pathsIn('Edit /etc/hosts')).toEqual([]);
  });
});

describe('directories written in backticks or after a workspace flag', () => {
  it('reads a two-segment monorepo folder in backticks as a directory', () => {
    expect(pathsIn('Verify `apps/kiln` still builds after moving `packages/glaze`')).toEqual([
      'apps/kiln/',
      'packages/glaze/'
    ]);
  });

  it('reads the folder inside a backticked command, once', () => {
    expect(pathsIn('Run `npm run build -w apps/kiln && npm test -w apps/kiln`')).toEqual([
      'apps/kiln/'
    ]);
  });

  it('reads the value of -w, --workspace and --workspace= as a folder, whatever its name', () => {
    expect(pathsIn('npm test -w kiln/app')).toEqual(['kiln/app/']);
    expect(pathsIn('npm test --workspace glaze/ui')).toEqual(['glaze/ui/']);
    expect(pathsIn('npm test --workspace=glaze/ui')).toEqual(['glaze/ui/']);
  });

  it('nearest miss: the same pair in prose, without backticks, is not a path', () => {
    expect(pathsIn('Verify apps/kiln still builds')).toEqual([]);
  });

  it('nearest miss: backticked imports, MIME types, wording and method lists are not paths', () => {
    expect(
      pathsIn(
        'Load the chart via `next/dynamic`, reply `text/csv`, count `bytes_in/out`, send `ETag/If-Match`, allow `PUT/PATCH`, log with `log/slog`, grant `read/write`'
      )
    ).toEqual([]);
  });

  it('reads a folder of the layout written alone in backticks after a place word as a directory', () => {
    expect(pathsIn('Add the kiln dashboard to `frontend`.')).toEqual(['frontend/']);
    expect(pathsIn('Move the firing rules into `engine`', ['engine/'])).toEqual(['engine/']);
  });

  it('nearest miss: a word in backticks that is no known folder, or inside a longer span, is no path', () => {
    expect(pathsIn('Set `kiln` as the default profile')).toEqual([]);
    expect(pathsIn('Add the make targets `proto`, `lint` and `test`')).toEqual([]);
    expect(pathsIn('Declare a `src` layout for the package')).toEqual([]);
    expect(pathsIn('Run `cd frontend && npm ci`')).toEqual([]);
    expect(pathsIn('Add the dashboard to the frontend')).toEqual([]);
  });

  it('nearest miss: -w followed by a word without a slash names no folder', () => {
    expect(pathsIn('Start gunicorn -w 4 and grep -w kiln')).toEqual([]);
  });
});

describe('absolute paths under a machine folder', () => {
  it('cuts a directory without a trailing slash at the known root it reaches', () => {
    expect(pathsIn('Create the chart folder at /workspaces/kiln/deploy', ['deploy/'])).toEqual([
      'deploy/'
    ]);
    expect(pathsIn('Add probes under /home/ana/kiln/backend/src/probes', ['backend/'])).toEqual([
      'backend/src/probes/'
    ]);
  });

  it('reads a Codespaces path after its repository folder even without a known root', () => {
    expect(
      pathsIn('Seed from /workspaces/kiln/tools/seed.py and /workspaces/kiln/charts/kiln')
    ).toEqual(['tools/seed.py', 'charts/kiln/']);
  });

  it('still names a path when no known root is in a deep machine path', () => {
    expect(pathsIn('Flash /Users/ana/code/kiln/firmware')).toEqual([
      'Users/ana/code/kiln/firmware/'
    ]);
  });

  it('nearest miss: a deep route, with or without a glob, and a bare repository folder', () => {
    expect(pathsIn('Guard /api/v1/kilns/** and /api/v1/kilns/history for admins')).toEqual([]);
    expect(pathsIn('Open /workspaces/kiln in the container')).toEqual([]);
  });
});

describe('paths a task cites rather than changes', () => {
  const cited = (text: string, roots: string[] = []) => namedPaths(text, roots).cited;

  it('cites the path after "per", and keeps it among the paths', () => {
    expect(namedPaths('Implement the export in src/export.py per contracts/export.md')).toEqual({
      paths: ['src/export.py', 'contracts/export.md'],
      bare: [],
      cited: ['contracts/export.md']
    });
  });

  it.each([
    ['Wire the probe in `src/probe.rs` (see `src/kiln/heat.rs:40`)', 'src/kiln/heat.rs'],
    ['Create `src/b.ts` mirroring `src/a.ts`', 'src/a.ts'],
    ['Create `src/b.ts` following the pattern in `src/a.ts`', 'src/a.ts'],
    ['Create `src/b.ts` like the one in `src/a.ts`', 'src/a.ts'],
    ['Handle errors in `src/b.ts` as in `src/a.ts`', 'src/a.ts'],
    ['Validate in `src/b.ts` the schema defined in `contracts/kiln.yaml`', 'contracts/kiln.yaml'],
    ['Write `src/b.ts` according to `docs/kilns.md`', 'docs/kilns.md'],
    ['Write `src/b.ts` based on `docs/kilns.md`', 'docs/kilns.md'],
    ['Fill `src/b.ts` (cf. `docs/kilns.md`)', 'docs/kilns.md'],
    ['Fill `src/b.ts`, documented in `docs/kilns.md`', 'docs/kilns.md']
  ])('"%s" cites %s and nothing else', (text, path) => {
    expect(cited(text)).toEqual([path]);
  });

  it('cites where the covering test lives: "pinned by `a_test` in [file](machine path)"', () => {
    const text =
      'Integration test. **Status**: verified manually. Carryover is pinned by `t035_keeps_state` in [crates/kiln/src/scope.rs](/Users/ana/kiln/crates/kiln/src/scope.rs).';
    expect(namedPaths(text, ['crates/'])).toEqual({
      paths: ['crates/kiln/src/scope.rs'],
      bare: [],
      cited: ['crates/kiln/src/scope.rs']
    });
    expect(
      cited('Pinned at the unit level by `t036_drains` in `crates/kiln/src/scope.rs`')
    ).toEqual(['crates/kiln/src/scope.rs']);
  });

  it('cites every path of a list after one citing word', () => {
    expect(cited('Fill `src/b.ts` (see `docs/a.md` and `docs/b.md`)')).toEqual([
      'docs/a.md',
      'docs/b.md'
    ]);
  });

  it('cites file:line references in a note that the work was verified', () => {
    expect(cited('**Status**: verified manually against `src/kiln/heat.rs:162`')).toEqual([
      'src/kiln/heat.rs'
    ]);
  });

  it('nearest miss: a file:line reference in a task that changes it is not cited', () => {
    expect(cited('Fix the overflow at `src/kiln/heat.rs:162`')).toEqual([]);
  });

  it('nearest miss: the path before the citing word, or after a path that follows it, is changed', () => {
    expect(cited('Implement the export per `contracts/export.md` in `src/export.py`')).toEqual([
      'contracts/export.md'
    ]);
  });

  it('nearest miss: "like", "following" and "see" used as ordinary words', () => {
    expect(cited('Add features like search in `src/search.ts`')).toEqual([]);
    expect(cited('Implement the following in `src/a.ts`')).toEqual([]);
    expect(cited('Add the following files: `src/a.ts`, `src/b.ts`')).toEqual([]);
    expect(cited('See that the build passes; update `src/a.ts`')).toEqual([]);
    expect(cited('Add one contract test per contract in `tests/contract/`')).toEqual([]);
  });

  it('nearest miss: the work a parenthesis spells out after a cited file is not cited', () => {
    expect(cited('Create the layout per `docs/layout.md` (src/api/, src/models/)')).toEqual([
      'docs/layout.md'
    ]);
  });

  it('nearest miss: a path cited once and changed elsewhere in the task is changed', () => {
    expect(cited('Update `src/a.ts`; see `src/a.ts` for the old shape')).toEqual([]);
  });
});

describe('words that are not paths', () => {
  it('a route after an HTTP method, even a deep one', () => {
    expect(pathsIn('Implement GET /api/v1/kilns/search in src/api/kilns.py')).toEqual([
      'src/api/kilns.py'
    ]);
  });

  it('alternatives: and/or, CI/CD, km/h, and lists of IDs, codes, numbers or methods', () => {
    expect(
      pathsIn(
        'Use and/or CI/CD at 30 km/h (depends on T019/T020/T021); map 400/404/409; allow PUT/PATCH/DELETE; show ACTIVE/IDLE/OFFLINE'
      )
    ).toEqual([]);
  });

  it('URLs, home-relative and parent-relative paths, templates, package scopes and variables', () => {
    expect(
      pathsIn(
        'See https://example.org/a/b.py and www.example.org/x.js; edit ~/.config/kiln.toml, ../other/x.py, /api/kilns/{id}, @kiln/ui/button and $HOME/bin/kiln'
      )
    ).toEqual([]);
  });

  it('string escapes: `data: [DONE]\\n\\n` names no folder', () => {
    expect(pathsIn('Return `data: [DONE]\\n\\n` at the end')).toEqual([]);
  });

  it('technology names and versions: Node.js, Next.js, Python 3.11, v1.2', () => {
    expect(pathsIn('Upgrade Node.js and Next.js on Python 3.11 with lib v1.2')).toEqual([]);
  });

  it('a module path whose last part carries a major version: example.in/toml.v2', () => {
    expect(pathsIn('Add example.in/toml.v2 and the parser in `pkg/conf/load.go`')).toEqual([
      'pkg/conf/load.go'
    ]);
  });

  it('the feature’s own design documents mentioned as sources', () => {
    expect(pathsIn('Follow plan.md and research.md')).toEqual([]);
  });
});

describe('bare file names', () => {
  it('count as the task’s only path, and are marked bare', () => {
    expect(namedPaths('Add the kiln settings to application.yml')).toEqual({
      paths: ['application.yml'],
      bare: ['application.yml'],
      cited: []
    });
  });

  it('count in backticks beside a directory path, and are then not bare', () => {
    expect(namedPaths('Add `config.toml` beside src/main.rs')).toEqual({
      paths: ['config.toml', 'src/main.rs'],
      bare: [],
      cited: []
    });
  });

  it('nearest miss: a bare name in prose beside a real path is left out', () => {
    expect(namedPaths('Mention it in README.md and edit src/main.rs')).toEqual({
      paths: ['src/main.rs'],
      bare: [],
      cited: []
    });
  });

  it('dotfiles and extension-less files are files', () => {
    expect(pathsIn('Add .env.example and Makefile')).toEqual(['.env.example', 'Makefile']);
    expect(pathsIn('Add the `LICENSE`')).toEqual(['LICENSE']);
  });

  it('nearest miss: a lower-case `license` is a word, not the LICENSE file', () => {
    expect(pathsIn("Add the kinds `'license' | 'permit'` to the enum")).toEqual([]);
  });
});

describe('odd text', () => {
  it('reads nothing from empty or symbol-only text', () => {
    expect(pathsIn('')).toEqual([]);
    expect(pathsIn('/ // /// ` `` * ** [] () ](')).toEqual([]);
  });

  it('reads a very long line without choking', () => {
    const long = `Touch ${'a/'.repeat(5000)}x.py and ${'/'.repeat(5000)}`;
    expect(pathsIn(long)).toHaveLength(1);
  });
});
