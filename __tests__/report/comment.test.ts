/**
 * The pull-request comment and the generate job summary, built without the API: structure, the
 * marker, the 65,536-character cap, and text from specs that must neither ping, link nor break out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Code, Html, Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import {
  checkedSections,
  commentMarker,
  type FeatureSection,
  formatComment,
  hasMarker,
  mermaidGraph,
  type PublishedRun,
  sameCommentContent
} from '../../src/core/report/comment.js';
import { formatGenerateSummary } from '../../src/core/report/generate-summary.js';
import { fencedBlock, safeInline } from '../../src/core/report/safe-markdown.js';
import { EXAMPLE_FEATURE } from '../helpers/workspace.js';
import { at, feature, finding, report } from './fixtures.js';

const EXAMPLE_TASKS = fs.readFileSync(path.join(EXAMPLE_FEATURE, 'tasks.md'), 'utf8');
const MARKER = commentMarker('spec-tasks', 'check');

function section(overrides: Partial<FeatureSection> = {}): FeatureSection {
  return {
    dir: 'specs/001-kv-cache-hit-rate-metric',
    state: 'created',
    taskCount: 30,
    taskList: EXAMPLE_TASKS,
    findings: [],
    committed: false,
    ...overrides
  };
}

function run(features: FeatureSection[], overrides: Partial<PublishedRun> = {}): PublishedRun {
  return { command: 'generate', features, notes: [], runUrl: undefined, ...overrides };
}

/** Every node of a parsed markdown tree, depth first. */
function nodes(tree: Nodes): Nodes[] {
  return [tree, ...('children' in tree ? tree.children.flatMap(child => nodes(child)) : [])];
}

function parse(markdown: string): Nodes[] {
  return nodes(fromMarkdown(markdown));
}

describe('the comment marker', () => {
  it('differs per workflow and per job, and cannot end the HTML comment early', () => {
    expect(commentMarker('spec-tasks', 'check')).toBe(
      '<!-- spec-tasks:comment workflow=spec-tasks job=check -->'
    );
    expect(commentMarker('other', 'check')).not.toBe(MARKER);
    expect(commentMarker('spec-tasks', 'lint')).not.toBe(MARKER);
    expect(commentMarker('a --> b', 'c')).toBe(
      '<!-- spec-tasks:comment workflow=a%20--%3E%20b job=c -->'
    );
  });

  it('finds only comments that start with it', () => {
    const body = formatComment(run([section()]), { marker: MARKER });
    expect(hasMarker(body, MARKER)).toBe(true);
    expect(hasMarker(`> ${body}`, MARKER)).toBe(false);
    expect(hasMarker(body, commentMarker('spec-tasks', 'other'))).toBe(false);
  });
});

describe('formatComment', () => {
  it('gives a headline, then per feature a collapsible task list, graph and findings', () => {
    const found = finding(
      'story-untested',
      'warning',
      'Story 2 has no integration test',
      at('specs/001-kv-cache-hit-rate-metric/spec.md', 12)
    );
    const body = formatComment(
      run([section({ findings: [found] })], {
        notes: ['Committed 0123abc to feature/kv.'],
        runUrl: 'https://github.com/octo/spec-repo/actions/runs/42'
      }),
      { marker: MARKER }
    );
    const lines = body.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      MARKER,
      '',
      '## spec-tasks generate',
      '',
      '⚠️ **0 errors, 1 warning, 0 notes in 1 feature; 30 tasks.**',
      '',
      'Committed 0123abc to feature/kv.'
    ]);
    expect(body).toContain(
      '<details><summary>⚠️ specs/001-kv-cache-hit-rate-metric · 30 tasks · 1 warning</summary>'
    );
    expect(body).toContain('30 tasks; the folder has no tasks.md yet.');
    expect(body).toContain(
      '| ⚠️ warning | `story-untested` | specs/001-kv-cache-hit-rate-metric/spec.md:12 | Story 2 has no integration test |'
    );
    expect(lines.at(-2)).toBe(
      '[Full results in the job summary of this run](https://github.com/octo/spec-repo/actions/runs/42)'
    );
    const code = parse(body).filter((node): node is Code => node.type === 'code');
    expect(code.map(node => node.lang)).toEqual(['markdown', 'mermaid']);
    expect(code[0]!.value).toBe(EXAMPLE_TASKS.trimEnd());
    expect(code[1]!.value).toBe(mermaidGraph(EXAMPLE_TASKS));
    expect(code[1]!.value).toMatch(/^flowchart TD\n/);
  });

  it('is the same for the same run, whatever order the features came in', () => {
    const a = section({ dir: 'specs/002-b' });
    const b = section({ dir: 'specs/001-a', taskList: undefined, state: 'no-plan' });
    const body = formatComment(run([a, b]), { marker: MARKER });
    expect(formatComment(run([b, a]), { marker: MARKER })).toBe(body);
    expect(body.indexOf('specs/001-a')).toBeLessThan(body.indexOf('specs/002-b'));
    expect(body).toContain('_No task list: the folder has no plan.md._');
  });

  it('says a hand-written list was checked, not replaced, and shows no generated list for it', () => {
    const body = formatComment(
      run([section({ state: 'refused', taskList: undefined, taskCount: 4 })])
    );
    expect(body).toContain('tasks.md was written or edited by hand, so it was checked as it is');
    expect(parse(body).some(node => node.type === 'code')).toBe(false);
  });

  it('posts only findings for check', () => {
    const found = finding(
      'parallel-file-conflict',
      'error',
      'T002 and T003 both change a.py',
      at('specs/001-a/tasks.md', 8)
    );
    const checked = report([
      feature('specs/001-a', [found]),
      feature('specs/002-b', [], { tasksPath: undefined })
    ]);
    const body = formatComment(
      { command: 'check', features: checkedSections(checked), notes: [], runUrl: undefined },
      { marker: MARKER }
    );
    expect(body).toContain('❌ **1 error, 0 warnings, 0 notes in 2 features; 0 tasks.**');
    expect(body).toContain('`parallel-file-conflict` | specs/001-a/tasks.md:8 |');
    expect(body).toContain('_No tasks.md in this folder: nothing to check._');
  });
});

describe('text from specs', () => {
  const HOSTILE = [
    'Ping @someone and @octo-org/team, fixes #1, see octo/other#2 and GH-3,',
    'https://github.com/octo/spec-repo/issues/4 and www.example.com',
    '</details><img src=x onerror=alert(1)> <script>x</script>',
    '```',
    '````',
    '~~~'
  ].join('\n');

  it('neither pings, links, opens HTML, nor closes a fence or a section early', () => {
    const hostileList = `# Tasks\n\n- [ ] T001 ${HOSTILE}\n`;
    const body = formatComment(
      run([
        section({
          dir: 'specs/001-@someone-#5-</details>',
          taskList: hostileList,
          findings: [finding('malformed-task', 'warning', HOSTILE, at('specs/x/tasks.md', 3))]
        })
      ]),
      { marker: MARKER }
    );
    const tree = parse(body);
    // The only HTML is ours: the marker, one <details> section with its summary, and the line
    // breaks that keep a multi-line message in its table cell.
    const html = tree
      .filter((node): node is Html => node.type === 'html' && node.value !== '<br>')
      .map(node => node.value);
    expect(html).toHaveLength(3);
    expect(html[0]).toBe(MARKER);
    expect(html[1]).toMatch(/^<details><summary>.*<\/summary>$/);
    expect(html[1]).not.toMatch(/<\/details>|<img|<script/);
    expect(html[2]).toBe('</details>');
    // The task list is one code block, verbatim, and the text after it is still ours.
    const code = tree.filter((node): node is Code => node.type === 'code');
    expect(code.map(node => node.value)).toEqual([hostileList.trimEnd()]);
    // Outside code, nothing that GitHub would turn into a mention, reference or link.
    const prose = tree
      .filter(node => node.type === 'text')
      .map(node => (node as { value: string }).value)
      .join('\n');
    expect(prose).toContain('someone');
    for (const live of [/@someone/, /@octo-org/, /#\d/, /GH-\d/i, /https:\/\//, /www\./])
      expect(prose).not.toMatch(live);
    expect(tree.some(node => node.type === 'link')).toBe(false);
  });

  it('keeps mentions readable: a zero-width space after the sign', () => {
    expect(safeInline('@someone fixes #1')).toBe('@&#8203;someone fixes #&#8203;1');
    expect(safeInline('a | b <br>')).toBe('a \\| b &lt;br&gt;');
  });

  it('fences code with more backticks than the text holds', () => {
    expect(fencedBlock('a\n`````\nb', 'markdown')).toBe('``````markdown\na\n`````\nb\n``````');
    expect(fencedBlock('plain')).toBe('```\nplain\n```');
  });
});

describe('the 65,536-character limit', () => {
  const hugeList = (count: number, dir: string): string =>
    Array.from({ length: count }, (_, index) => `- [ ] T${index + 1} Task ${index} in ${dir}/a.py`)
      .concat(['', '```mermaid', 'flowchart TD', '  T1 --> T2', '```', ''])
      .join('\n');

  it('shortens the largest parts first, keeps small ones whole, and says what it cut', () => {
    const small = section({ dir: 'specs/001-small', taskList: hugeList(20, 'small') });
    const big = section({
      dir: 'specs/002-big',
      taskList: hugeList(4000, 'big'),
      findings: Array.from({ length: 300 }, (_, index) =>
        finding('missing-file-path', 'warning', `Task ${index} names no file`, at('x', index + 1))
      )
    });
    const body = formatComment(run([small, big], { runUrl: 'https://example.test/run' }), {
      marker: MARKER
    });
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.length).toBeGreaterThan(60000);
    const code = parse(body).filter((node): node is Code => node.type === 'code');
    // The small feature's list and graph are whole; the big list lost its end.
    expect(code[0]!.value).toBe(small.taskList!.trimEnd());
    expect(code[1]!.value).toBe('flowchart TD\n  T1 --> T2');
    expect(big.taskList!.startsWith(code[2]!.value)).toBe(true);
    expect(code[2]!.value.length).toBeLessThan(big.taskList!.length);
    expect(body).toMatch(
      /_Shortened to stay within GitHub's 65,536-character comment limit: left out the task list of specs\/002-big after line \d+ of 4005\. The job summary has everything\._/
    );
    expect(body).not.toMatch(/task list of specs\/001-small/);
  });

  it('names the features it has no room for at all', () => {
    const many = Array.from({ length: 600 }, (_, index) =>
      section({ dir: `specs/${String(index).padStart(3, '0')}-feature-with-a-long-name-${index}` })
    );
    const body = formatComment(run(many), { marker: MARKER });
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toMatch(/the sections of \d+ more features \(specs\/\d{3}-feature/);
    expect(body.endsWith('</details>\n\n_Shortened')).toBe(false);
  });

  it('leaves the job summary its own, larger limit', () => {
    const big = section({ taskList: hugeList(3000, 'big') });
    const summary = formatGenerateSummary(run([big]));
    expect(summary.length).toBeGreaterThan(65536);
    expect(summary).not.toContain('Shortened');
    expect(summary.startsWith('## spec-tasks generate')).toBe(true);
  });
});

describe('sameCommentContent', () => {
  it('ignores only the link to the run', () => {
    const first = formatComment(run([section()], { runUrl: 'https://x.test/runs/1' }), {
      marker: MARKER
    });
    const second = formatComment(run([section()], { runUrl: 'https://x.test/runs/2' }), {
      marker: MARKER
    });
    expect(first).not.toBe(second);
    expect(sameCommentContent(first, second)).toBe(true);
    const changed = formatComment(
      run([section({ taskCount: 31 })], { runUrl: 'https://x.test/runs/2' }),
      { marker: MARKER }
    );
    expect(sameCommentContent(first, changed)).toBe(false);
  });
});
