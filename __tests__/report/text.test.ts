import { describe, expect, it } from '@jest/globals';
import { formatText } from '../../src/core/report/text.js';
import { at, feature, finding, report, sampleReport } from './fixtures.js';

describe('text report', () => {
  it('groups findings by file with related locations beneath and a counts line', () => {
    expect(formatText(sampleReport())).toBe(
      [
        'specs/001-x/data-model.md',
        'specs/001-x/data-model.md:5:1  warning  Entity Metric from data-model.md has no task that creates or changes it  entity-without-model',
        '',
        'specs/001-x/tasks.md',
        'specs/001-x/tasks.md:12:3  note     Task T003 comes after T004 in the document; IDs should ascend  task-id-order',
        'specs/001-x/tasks.md:14:3  error    [P] tasks T004 and T005 both touch src/a.ts and can run at the same time  parallel-file-conflict',
        '  ↳ specs/001-x/tasks.md:11:3 also touches src/a.ts: T004',
        '',
        'specs/002-y',
        'specs/002-y:1:1  error    The feature folder has no plan.md  missing-plan',
        '',
        'specs/002-y has no tasks.md: nothing to check.',
        '',
        '2 errors, 1 warning, 1 note in 2 features',
        ''
      ].join('\n')
    );
  });

  it('aligns the message column within a file', () => {
    const output = formatText(
      report([
        feature('specs/001-x', [
          finding('r', 'error', 'first', at('specs/001-x/tasks.md', 9)),
          finding('r', 'error', 'second', at('specs/001-x/tasks.md', 10))
        ])
      ])
    );
    expect(output).toContain('specs/001-x/tasks.md:9:1   error    first  r\n');
    expect(output).toContain('specs/001-x/tasks.md:10:1  error    second  r\n');
  });

  it('says so when there are no findings', () => {
    expect(formatText(report([feature('specs/001-x', [])]))).toBe('No findings in 1 feature.\n');
    expect(formatText(report([feature('a', []), feature('b', [])]))).toBe(
      'No findings in 2 features.\n'
    );
  });

  it('names each feature without a tasks.md, by folder, before the counts', () => {
    const output = formatText(
      report([
        feature('specs/003-z', [], { tasksPath: undefined }),
        feature('specs/001-x', []),
        feature('specs/002-y', [], { tasksPath: undefined })
      ])
    );
    expect(output).toBe(
      [
        'specs/002-y has no tasks.md: nothing to check.',
        'specs/003-z has no tasks.md: nothing to check.',
        '',
        'No findings in 3 features.',
        ''
      ].join('\n')
    );
  });

  it('leaves a feature whose tasks.md was refused to the finding that says why', () => {
    const refused = finding(
      'file-rejected',
      'error',
      'specs/001-x/tasks.md: invalid UTF-8 at byte 3; save the file as UTF-8',
      at('specs/001-x/tasks.md', 1)
    );
    const output = formatText(
      report([feature('specs/001-x', [refused], { tasksPath: undefined })])
    );
    expect(output).toContain('file-rejected');
    expect(output).not.toContain('has no tasks.md');
  });

  it('neutralises terminal escapes in the folder name of a feature without tasks.md', () => {
    const output = formatText(
      report([feature('specs/\u001b[2J001-x', [], { tasksPath: undefined })])
    );
    expect(output).not.toContain('\u001b');
    expect(output).toContain('specs/\\u001b[2J001-x has no tasks.md');
  });

  it('colours severity and dims the rule id only when asked', () => {
    const plain = formatText(sampleReport());
    const coloured = formatText(sampleReport(), { color: true });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[36mnote   \u001b[39m');
    expect(coloured).toContain('\u001b[2mmissing-plan\u001b[22m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('keeps one finding a line and neutralises terminal escapes from the files', () => {
    const output = formatText(
      report([
        feature('specs/001-x', [
          finding(
            'r',
            'warning',
            'two\nlines \u001b[2J and \u202eevil',
            at('specs/001-x/ta\tsks.md', 1),
            [{ location: at('specs/001-x/tasks.md', 2), message: 'see\r\nhere' }]
          )
        ])
      ])
    );
    expect(output).not.toContain('\u001b');
    expect(output).not.toContain('\u202e');
    expect(output).toContain('two\\nlines \\u001b[2J and \\u202eevil');
    expect(output).toContain('  ↳ specs/001-x/tasks.md:2:1 see\\r\\nhere\n');
    expect(output.split('\n')).toHaveLength(6);
  });
});
