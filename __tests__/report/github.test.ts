import { describe, expect, it } from '@jest/globals';
import { escapeData, escapeProperty, formatGithub } from '../../src/core/report/github.js';
import { at, feature, finding, report, sampleReport } from './fixtures.js';

describe('GitHub workflow commands', () => {
  it('writes one command per finding, in report order, with the severity as the command', () => {
    expect(formatGithub(sampleReport()).split('\n')).toEqual([
      '::warning file=specs/001-x/data-model.md,line=5,col=1,title=spec-tasks%3A entity-without-model::Entity Metric from data-model.md has no task that creates or changes it',
      '::notice file=specs/001-x/tasks.md,line=12,col=3,title=spec-tasks%3A task-id-order::Task T003 comes after T004 in the document; IDs should ascend',
      '::error file=specs/001-x/tasks.md,line=14,col=3,title=spec-tasks%3A parallel-file-conflict::[P] tasks T004 and T005 both touch src/a.ts and can run at the same time (see specs/001-x/tasks.md:11: also touches src/a.ts: T004)',
      '::error file=specs/002-y,line=1,col=1,title=spec-tasks%3A missing-plan::The feature folder has no plan.md',
      ''
    ]);
  });

  it('writes nothing when there are no findings', () => {
    expect(formatGithub(report([feature('specs/001-x', [])]))).toBe('');
  });

  it('escapes data and property values as the runner requires', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeData('a:b,c')).toBe('a:b,c');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    // `%` first, so an already-escaped sequence in the input is not decoded by the runner.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('keeps hostile file names and messages inside a single command', () => {
    const output = formatGithub(
      report([
        feature('specs/001-x', [
          finding(
            'r',
            'error',
            'broken\n::set-output name=x::y\r\n100%',
            at('specs/001-x/a,b:c%d\ne.md', 2, 4),
            [{ location: at('specs/001-x/x.md', 7), message: 'see, here: 50%' }]
          )
        ])
      ])
    );
    expect(output).toBe(
      '::error file=specs/001-x/a%2Cb%3Ac%25d%0Ae.md,line=2,col=4,title=spec-tasks%3A r::broken%0A::set-output name=x::y%0D%0A100%25 (see specs/001-x/x.md:7: see, here: 50%25)\n'
    );
    expect(output.trimEnd().split('\n')).toHaveLength(1);
  });
});
