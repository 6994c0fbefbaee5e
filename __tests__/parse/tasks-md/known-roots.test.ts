/** The top-level directories of a feature's layout, which let absolute task paths be read. */
import { describe, expect, it } from '@jest/globals';
import { knownRoots } from '../../../src/core/parse/tasks-md/known-roots.js';
import { namedPaths } from '../../../src/core/parse/tasks-md/task-paths.js';
import { feature, plan } from '../../helpers/builders.js';

const DEFAULTS = ['src/', 'tests/', 'test/', 'specs/', 'docs/'];

function withStructure(sourceDirs: string[], testDirs: string[] = [], files: string[] = []) {
  return feature({
    plan: plan({
      structure: { sourceDirs, testDirs, files, decision: undefined, source: undefined }
    })
  });
}

describe('knownRoots', () => {
  it('takes the first segment of each directory and file the plan names, then the usual roots', () => {
    expect(
      knownRoots(
        withStructure(
          ['backend/src/models/', 'frontend/src/pages/'],
          ['backend/tests/'],
          ['deploy/chart/values.yaml']
        )
      )
    ).toEqual(['backend/', 'frontend/', 'deploy/', ...DEFAULTS]);
  });

  it('names each root once, the plan’s own first', () => {
    expect(knownRoots(withStructure(['src/lib/', 'src/bin/'], ['tests/unit/']))).toEqual(DEFAULTS);
  });

  it('nearest miss: a top-level file such as Makefile is no directory', () => {
    expect(knownRoots(withStructure([], [], ['Makefile', 'Cargo.toml']))).toEqual(DEFAULTS);
  });

  it('gives the usual roots when there is no plan', () => {
    expect(knownRoots(feature({ plan: undefined }))).toEqual(DEFAULTS);
  });

  it('lets an absolute task path be read as the repository path the plan means', () => {
    const roots = knownRoots(withStructure(['services/kiln/src/']));
    expect(namedPaths('Edit /home/ana/repo/services/kiln/src/app.py', roots).paths).toEqual([
      'services/kiln/src/app.py'
    ]);
  });

  it('lets a machine path ending at a root the plan names be read as that directory', () => {
    const roots = knownRoots(withStructure([], [], ['deploy/helm/kiln/values.yaml']));
    expect(namedPaths('Create /workspaces/kiln/deploy for the charts', roots).paths).toEqual([
      'deploy/'
    ]);
    expect(namedPaths('Create /home/ana/kiln/deploy for the charts', roots).paths).toEqual([
      'deploy/'
    ]);
  });
});
