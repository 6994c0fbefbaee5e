import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../../src/core/model.js';
import { formatMarkdown, GITHUB_COMMENT_LIMIT } from '../../src/core/report/markdown.js';
import { escapeTableCell } from '../../src/core/report/safe-markdown.js';
import { at, coverage, feature, finding, report, sampleReport } from './fixtures.js';

function manyFindings(count: number, messageLength: number): Finding[] {
  return Array.from({ length: count }, (_, index) =>
    finding(
      'missing-file-path',
      'warning',
      `Task T${String(index).padStart(4, '0')} ${'x'.repeat(messageLength)}`,
      at('specs/001-x/tasks.md', index + 1)
    )
  );
}

describe('Markdown report', () => {
  it('has a heading, the counts, a findings table and a coverage table per feature', () => {
    expect(formatMarkdown(sampleReport())).toBe(
      [
        '## spec-tasks check',
        '',
        '❌ 2 errors, 1 warning, 1 note in 2 features',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        '| ⚠️ warning | `entity-without-model` | specs/001-x/data-model.md:5 | Entity Metric from data-model.md has no task that creates or changes it |',
        '| ℹ️ note | `task-id-order` | specs/001-x/tasks.md:12 | Task T003 comes after T004 in the document; IDs should ascend |',
        '| ❌ error | `parallel-file-conflict` | specs/001-x/tasks.md:14 | \\[P\\] tasks T004 and T005 both touch src/a.ts and can run at the same time<br>↳ specs/001-x/tasks.md:11 also touches src/a.ts: T004 |',
        '| ❌ error | `missing-plan` | specs/002-y:1 | The feature folder has no plan.md |',
        '',
        '### Coverage: specs/001-x',
        '',
        '| Kind | Item | Tasks |',
        '| --- | --- | --- |',
        '| entity | Metric | ⚠️ — |',
        '| endpoint | GET /v1/metrics | T010, T011 |',
        '',
        '### Coverage: specs/002-y',
        '',
        '_No tasks.md in this folder: nothing to check._',
        ''
      ].join('\n')
    );
  });

  it('says "No findings" clearly and still shows coverage', () => {
    const output = formatMarkdown(
      report([feature('specs/001-x', [], { coverage: [coverage('story', 'US1', ['T004'])] })])
    );
    expect(output).toContain('\n✅ No findings in 1 feature.\n');
    expect(output).not.toContain('| Severity |');
    expect(output).toContain('| story | US1 | T004 |');
  });

  it('says, under a feature without tasks.md, that there was nothing to check', () => {
    const output = formatMarkdown(report([feature('specs/001-x', [], { tasksPath: undefined })]));
    expect(output).toContain('\n✅ No findings in 1 feature.\n');
    expect(output).toContain(
      '### Coverage: specs/001-x\n\n_No tasks.md in this folder: nothing to check._\n'
    );
  });

  it('points at the findings when the tasks.md of a feature was refused, not at a missing file', () => {
    const refused = finding(
      'file-rejected',
      'error',
      'specs/001-x/tasks.md: 2000000 bytes, over the 1 MiB limit for this kind of file; not read',
      at('specs/001-x/tasks.md', 1)
    );
    const output = formatMarkdown(
      report([feature('specs/001-x', [refused], { tasksPath: undefined })])
    );
    expect(output).toContain('_tasks.md was not read; see the findings above._');
    expect(output).not.toContain('No tasks.md');
  });

  it('says when a feature has nothing to cover', () => {
    expect(formatMarkdown(report([feature('specs/001-x', [])]))).toContain(
      '_No contracts, entities, endpoints, stories or scenarios to cover._'
    );
  });

  it('keeps hostile text inside its cell and out of HTML', () => {
    const output = formatMarkdown(
      report([
        feature(
          'specs/001-x',
          [
            finding(
              'r',
              'error',
              'a | b\nc <script>alert(1)</script> `x` *y* [z](http://e) &amp;',
              at('specs/001-x/tasks.md', 1)
            )
          ],
          { coverage: [coverage('entity', 'Evil|<img src=x>', ['T1|T2'])] }
        )
      ])
    );
    expect(output).toContain(
      '| a \\| b<br>c &lt;script&gt;alert(1)&lt;/script&gt; \\`x\\` \\*y\\* \\[z\\](http:&#8203;//e) &amp;amp; |'
    );
    expect(output).toContain('| entity | Evil\\|&lt;img src=x&gt; | T1\\|T2 |');
    expect(output).not.toMatch(/<(?!br>)/);
    const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;
    const rows = output.split('\n');
    expect(cells(rows.find(line => line.startsWith('| ❌ error'))!)).toBe(4);
    expect(cells(rows.find(line => line.startsWith('| entity'))!)).toBe(3);
  });

  it('pings nobody and links no issue when pasted into a pull-request comment', () => {
    const output = formatMarkdown(
      report([
        feature('specs/001-x', [
          finding('r', 'warning', 'ask @octocat, fixes #12', at('specs/001-x/tasks.md', 1))
        ])
      ])
    );
    expect(output).toContain('ask @&#8203;octocat, fixes #&#8203;12');
    expect(output).not.toMatch(/@octocat|#12/);
  });

  it('escapes each markdown-significant character', () => {
    expect(escapeTableCell('\\ ` * _ [ ] ~ | < > &')).toBe(
      '\\\\ \\` \\* \\_ \\[ \\] \\~ \\| &lt; &gt; &amp;'
    );
    expect(escapeTableCell('one\r\ntwo\rthree\nfour')).toBe('one<br>two<br>three<br>four');
  });

  it('stays under the comment limit and says how many rows it left out', () => {
    const output = formatMarkdown(report([feature('specs/001-x', manyFindings(2000, 60))]));
    expect(output.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const kept = output.split('\n').filter(line => line.startsWith('| ⚠️ warning')).length;
    expect(kept).toBeGreaterThan(100);
    expect(output).toContain(
      `\n_${2000 - kept} more rows left out to stay within GitHub's 65536-character comment limit._\n`
    );
    expect(output.endsWith('\n')).toBe(true);
  });

  it('cuts findings before coverage would be shown, and every cut table says so', () => {
    const sample = report([
      feature('specs/001-x', manyFindings(30, 20), {
        coverage: [coverage('entity', 'A', []), coverage('entity', 'B', ['T1'])]
      })
    ]);
    const output = formatMarkdown(sample, { maxLength: 2000 });
    expect(output.length).toBeLessThanOrEqual(2000);
    expect(output).toMatch(/_\d+ more rows left out/);
    expect(output).toContain('_2 more rows left out');
    expect(output).toContain('### Coverage: specs/001-x');
    expect(formatMarkdown(sample).length).toBeGreaterThan(2000);
  });

  it('leaves a report that fits untouched', () => {
    const sample = sampleReport();
    expect(formatMarkdown(sample, { maxLength: 100_000 })).toBe(formatMarkdown(sample));
    expect(formatMarkdown(sample)).not.toContain('left out');
  });
});
