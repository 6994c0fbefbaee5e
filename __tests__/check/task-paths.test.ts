/**
 * The paths a task names, in every way real task lists write them, and the words that look like
 * paths but are not: routes, URLs, alternatives such as `and/or`, technology names.
 */
import { describe, expect, it } from '@jest/globals';
import { namedPaths, pathsIn } from '../../src/core/check/task-paths.js';

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

  it('technology names and versions: Node.js, Next.js, Python 3.11, v1.2', () => {
    expect(pathsIn('Upgrade Node.js and Next.js on Python 3.11 with lib v1.2')).toEqual([]);
  });

  it('the feature’s own design documents mentioned as sources', () => {
    expect(pathsIn('Follow plan.md and research.md')).toEqual([]);
  });
});

describe('bare file names', () => {
  it('count as the task’s only path, and are marked bare', () => {
    expect(namedPaths('Add the kiln settings to application.yml')).toEqual({
      paths: ['application.yml'],
      bare: ['application.yml']
    });
  });

  it('count in backticks beside a directory path, and are then not bare', () => {
    expect(namedPaths('Add `config.toml` beside src/main.rs')).toEqual({
      paths: ['config.toml', 'src/main.rs'],
      bare: []
    });
  });

  it('nearest miss: a bare name in prose beside a real path is left out', () => {
    expect(namedPaths('Mention it in README.md and edit src/main.rs')).toEqual({
      paths: ['src/main.rs'],
      bare: []
    });
  });

  it('dotfiles and extension-less files are files', () => {
    expect(pathsIn('Add .env.example and Makefile')).toEqual(['.env.example', 'Makefile']);
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
