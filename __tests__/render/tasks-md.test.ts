/**
 * The tasks.md renderer: byte-identical output, the task line format, the dependency section,
 * a Mermaid graph and parallel examples that hostile design text cannot break, and a validation
 * checklist that ticks only what holds.
 */
import { describe, expect, it } from '@jest/globals';
import type { Code, Heading, ListItem, Nodes, Root } from 'mdast';
import type { Feature } from '../../src/core/model.js';
import { parseFeature } from '../../src/core/parse/feature.js';
import { parseMarkdown, plainText } from '../../src/core/parse/markdown.js';
import type { PlannedPhase, Task, TaskPlan } from '../../src/core/plan/model.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import { contentHash, parseMarker } from '../../src/core/marker.js';
import { renderTasksMarkdown } from '../../src/core/render/tasks-md.js';
import { DEFAULT_TEMPLATE_TEXT } from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import {
  classicTemplate,
  contract,
  endpoint,
  entity,
  feature,
  story
} from '../helpers/builders.js';

const INPUTS = 'sha256:0123456789abcdef0123456789abcdef';

function render(plan: TaskPlan, checked?: ReadonlySet<string>): string {
  return renderTasksMarkdown(plan, { inputHash: INPUTS, checked });
}

/** A feature with a contract, entities and stories: every section of the output has content. */
function fullFeature(overrides: Partial<Feature> = {}): Feature {
  return feature({
    spec: {
      title: 'Test Feature',
      stories: [story(1, 'List widgets', 'P1'), story(2, 'Create a widget', 'P2')],
      requirements: [],
      keyEntities: []
    },
    dataModel: { entities: [entity('Widget'), entity('Gadget')], relationships: [] },
    contracts: [
      contract('widgets.yaml', [endpoint('GET', '/v1/widgets'), endpoint('POST', '/v1/widgets')])
    ],
    ...overrides
  });
}

// A hand-made plan, so the checklist and the examples can be given what the planner never produces.
const PHASES: PlannedPhase[] = [
  phase('3.1', 'Setup', 'setup'),
  phase('3.2', 'Tests First (TDD)', 'tests'),
  phase('3.3', 'Core Implementation', 'core')
];

function phase(number: string, title: string, role: PlannedPhase['role']): PlannedPhase {
  return {
    number,
    title,
    role,
    story: undefined,
    goal: undefined,
    independentTest: undefined,
    checkpoint: undefined
  };
}

function task(id: string, phaseIndex: number, overrides: Partial<Task> = {}): Task {
  return {
    id,
    key: `key:${id}`,
    kind: 'core',
    phase: phaseIndex,
    description: `Work item ${id}`,
    files: [`src/${id.toLowerCase()}.py`],
    parallel: false,
    dependsOn: [],
    covers: [],
    story: undefined,
    ...overrides
  };
}

function handPlan(tasks: Task[], model: Feature = feature()): TaskPlan {
  return { feature: model, template: classicTemplate(), phases: PHASES, tasks };
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`\n## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end + 1);
}

function checklist(text: string): Map<string, boolean> {
  const items = new Map<string, boolean>();
  for (const line of section(text, 'Validation Checklist').split('\n')) {
    const match = /^- \[([ x])\] (.+)$/.exec(line);
    if (match) items.set(match[2]!, match[1] === 'x');
  }
  return items;
}

function exampleBlock(text: string): string[] {
  const body = section(text, 'Parallel Example');
  return body.slice(body.indexOf('```\n') + 4, body.lastIndexOf('\n```')).split('\n');
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function nodesOf<T extends Nodes>(root: Root, type: T['type']): T[] {
  const found: T[] = [];
  walk(root, node => {
    if (node.type === type) found.push(node as T);
  });
  return found;
}

describe('renderTasksMarkdown: determinism', () => {
  it('renders byte-identical output for the same plan, and for a second plan of the same inputs', () => {
    const model = fullFeature();
    const first = render(planTasks(model, classicTemplate()));
    expect(render(planTasks(model, classicTemplate()))).toBe(first);
    expect(render(planTasks(fullFeature(), classicTemplate()))).toBe(first);
  });

  it('uses \\n line endings only, ends with one, and carries no date or time', () => {
    const text = render(planTasks(fullFeature(), classicTemplate()));
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/\b\d{1,2}:\d{2}(:\d{2})?\b/);
  });

  it('starts with the marker holding the input hash and the hash of everything after it', () => {
    const text = render(planTasks(fullFeature(), classicTemplate()));
    const newline = text.indexOf('\n');
    const first = text.slice(0, newline);
    expect(first).toMatch(/^<!-- spec-tasks:generated inputs=\S+ content=sha256:[0-9a-f]{32} -->$/);
    const marker = parseMarker(first);
    expect(marker).toEqual({
      inputHash: INPUTS,
      contentHash: contentHash(text.slice(newline + 1))
    });
  });

  it('records a different content hash when the plan differs, and the same when only boxes do', () => {
    const plan = planTasks(fullFeature(), classicTemplate());
    const plain = render(plan).split('\n')[0];
    expect(render(plan, new Set(['T001', 'T003'])).split('\n')[0]).toBe(plain);
    const other = planTasks(
      fullFeature({ dataModel: { entities: [entity('Widget')], relationships: [] } }),
      classicTemplate()
    );
    expect(render(other).split('\n')[0]).not.toBe(plain);
  });
});

describe('renderTasksMarkdown: task lines', () => {
  it('writes every task as `- [ ] T001 [P] Description in path`, in ID order', () => {
    const plan = planTasks(fullFeature(), classicTemplate());
    const text = render(plan);
    const lines = text.split('\n').filter(line => /^- \[[ x]\] T\d/.test(line));
    expect(lines).toHaveLength(plan.tasks.length);
    lines.forEach((line, index) => {
      const planned = plan.tasks[index]!;
      expect(line).toMatch(/^- \[ \] T\d{3} (\[P\] )?\S.* in \S+/);
      expect(line.startsWith(`- [ ] ${planned.id} ${planned.parallel ? '[P] ' : ''}`)).toBe(true);
      for (const file of planned.files) expect(line).toContain(file);
    });
    expect(lines.map(line => line.split(' ')[3])).toEqual(
      plan.tasks.map((_, index) => `T${String(index + 1).padStart(3, '0')}`)
    );
  });

  it('ticks exactly the boxes it is told are checked', () => {
    const text = render(
      handPlan([task('T001', 0), task('T002', 0), task('T003', 2)]),
      new Set(['T002'])
    );
    expect(text).toContain('- [ ] T001 Work item T001 in src/t001.py');
    expect(text).toContain('- [x] T002 Work item T002 in src/t002.py');
    expect(text).toContain('- [ ] T003 Work item T003 in src/t003.py');
  });

  it('puts a path with spaces in backticks', () => {
    const text = render(handPlan([task('T001', 0, { files: ['docs/user guide.md'] })]));
    expect(text).toContain('- [ ] T001 Work item T001 in `docs/user guide.md`');
  });

  it('says so under a phase that has no task', () => {
    const text = render(handPlan([task('T001', 0)]));
    expect(section(text, 'Phase 3.2: Tests First (TDD)')).toContain('_No tasks:');
  });
});

describe('renderTasksMarkdown: dependencies', () => {
  it('orders the non-empty phases by ID range and lists each task that waits for another', () => {
    const text = render(
      handPlan([
        task('T001', 0),
        task('T002', 1, { parallel: true }),
        task('T003', 1, { parallel: true }),
        task('T004', 2, { dependsOn: ['T002'] }),
        task('T005', 2, { dependsOn: ['T002', 'T004'] })
      ])
    );
    expect(section(text, 'Dependencies').split('\n')).toEqual([
      '## Dependencies',
      '',
      '- Phase 3.1 Setup (T001) before Phase 3.2 Tests First (TDD) (T002-T003)',
      '- Phase 3.2 Tests First (TDD) (T002-T003) before Phase 3.3 Core Implementation (T004-T005)',
      '- T004 depends on T002',
      '- T005 depends on T002, T004',
      '',
      ''
    ]);
  });

  it('skips an empty phase in the chain and says when no task waits for another', () => {
    const text = render(handPlan([task('T001', 0)]));
    expect(section(text, 'Dependencies')).toContain('- No task depends on another.');
    const chained = render(handPlan([task('T001', 0), task('T002', 2)]));
    expect(section(chained, 'Dependencies')).toContain(
      '- Phase 3.1 Setup (T001) before Phase 3.3 Core Implementation (T002)'
    );
  });

  it('draws the same edges in the Mermaid graph, one node per task inside its phase', () => {
    const text = render(
      handPlan([task('T001', 0), task('T002', 2, { dependsOn: ['T001'] }), task('T003', 2)])
    );
    const graph = section(text, 'Dependency Graph');
    expect(graph).toContain('```mermaid\nflowchart TD\n');
    expect(graph).toContain(
      '  subgraph phase1["Phase 3.1: Setup"]\n    T001["T001 Work item T001"]\n  end'
    );
    expect(graph).toContain('  phase1 --> phase3\n');
    expect(graph).toContain('  T001 --> T002\n');
    expect(graph).not.toContain('phase2');
  });
});

describe('renderTasksMarkdown: parallel examples', () => {
  it('lists only the [P] tasks of one phase that can run together', () => {
    const text = render(
      handPlan([
        task('T001', 0, { parallel: true }),
        task('T002', 1, { parallel: true }),
        task('T003', 1),
        task('T004', 1, { parallel: true }),
        task('T005', 2, { parallel: true }),
        task('T006', 2, { dependsOn: ['T005'] })
      ])
    );
    const lines = exampleBlock(text);
    expect(lines).toEqual([
      '# Phase 3.2: launch T002, T004 together (different files, no unfinished dependencies):',
      'Task: "Work item T002 in src/t002.py"',
      'Task: "Work item T004 in src/t004.py"'
    ]);
  });

  it('says no two tasks can run together when no phase has two [P] tasks', () => {
    const lines = exampleBlock(
      render(handPlan([task('T001', 0, { parallel: true }), task('T002', 0)]))
    );
    expect(lines).toEqual([
      '# No two tasks of one phase can run together: each shares a file or waits for another.'
    ]);
  });

  it('shows twelve tasks of a large group and counts the rest', () => {
    const tasks = Array.from({ length: 15 }, (_, index) =>
      task(`T${String(index + 1).padStart(3, '0')}`, 1, { parallel: true })
    );
    const lines = exampleBlock(render(handPlan(tasks)));
    expect(lines.filter(line => line.startsWith('Task: '))).toHaveLength(12);
    expect(lines[lines.length - 1]).toBe('# …and 3 more from the list above');
  });

  it('agrees with the [P] markers of the planner: every example task is a [P] task of its phase', () => {
    const plan = planTasks(fullFeature(), classicTemplate());
    const lines = exampleBlock(render(plan));
    const listed = lines
      .filter(line => line.startsWith('# Phase '))
      .flatMap(line => /launch (.+) together/.exec(line)![1]!.split(', '));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const id of listed) expect(plan.tasks.find(t => t.id === id)!.parallel).toBe(true);
  });
});

describe('renderTasksMarkdown: validation checklist', () => {
  it('ticks every box for a plan where each holds', () => {
    const items = checklist(render(planTasks(fullFeature(), classicTemplate())));
    expect(items.size).toBe(7);
    expect([...items.values()].every(Boolean)).toBe(true);
  });

  it('leaves "Each task specifies exact file path" unticked when a task names no file', () => {
    const items = checklist(render(handPlan([task('T001', 0), task('T002', 2, { files: [] })])));
    expect(items.get('Each task specifies exact file path')).toBe(false);
    expect(items.get('Parallel tasks truly independent')).toBe(true);
  });

  it('leaves "Parallel tasks truly independent" unticked when a [P] task waits for one of its phase', () => {
    const items = checklist(
      render(handPlan([task('T001', 2), task('T002', 2, { parallel: true, dependsOn: ['T001'] })]))
    );
    expect(items.get('Parallel tasks truly independent')).toBe(false);
    expect(items.get('Each task specifies exact file path')).toBe(true);
  });

  it('leaves the [P] file box unticked when two [P] tasks of a phase share a file', () => {
    const items = checklist(
      render(
        handPlan([
          task('T001', 2, { parallel: true, files: ['src/shared.py'] }),
          task('T002', 2, { parallel: true, files: ['src/shared.py'] })
        ])
      )
    );
    expect(items.get('No task modifies same file as another [P] task')).toBe(false);
  });

  it('leaves the entity and contract boxes unticked when their tasks are missing', () => {
    const model = fullFeature();
    const plan = planTasks(model, classicTemplate());
    const without = {
      ...plan,
      tasks: plan.tasks.filter(
        t =>
          !t.covers.some(c => c.kind === 'entity' && c.name === 'Gadget') &&
          t.kind !== 'contract-test'
      )
    };
    const items = checklist(render(without));
    expect(items.get('All entities have model tasks')).toBe(false);
    expect(items.get('All contracts have corresponding tests')).toBe(false);
    expect(items.get('All endpoints have implementation tasks')).toBe(true);
  });

  it('leaves "All tests come before implementation" unticked when an endpoint task precedes its contract test', () => {
    const model = fullFeature();
    const plan = planTasks(model, classicTemplate());
    const test = plan.tasks.find(t => t.kind === 'contract-test')!;
    const moved = {
      ...plan,
      tasks: plan.tasks.map(t => (t === test ? { ...t, id: 'T999' } : t))
    };
    expect(checklist(render(plan)).get('All tests come before implementation')).toBe(true);
    expect(checklist(render(moved)).get('All tests come before implementation')).toBe(false);
  });
});

describe('renderTasksMarkdown: hostile design text', () => {
  const HOSTILE = 'Evil ``` "] end <script>alert(1)</script> | [x] `tick` #35; %% *bold*';

  function hostilePlan(): TaskPlan {
    return planTasks(
      fullFeature({
        spec: {
          title: undefined,
          stories: [story(1, HOSTILE, 'P1'), story(2, 'Break\n```\n# Injected heading\n<b>', 'P2')],
          requirements: [],
          keyEntities: []
        },
        dataModel: { entities: [entity('W<i>"]:::x'), entity('Gadget')], relationships: [] }
      }),
      classicTemplate()
    );
  }

  it('keeps the document structure: its own headings, two code blocks, no HTML but the marker', () => {
    const text = render(hostilePlan());
    const root = parseMarkdown(text, { taskLists: true });
    const headings = nodesOf<Heading>(root, 'heading').map(node => plainText(node));
    expect(headings.filter(heading => heading.includes('Injected'))).toEqual([]);
    expect(headings.slice(-4)).toEqual([
      'Dependencies',
      'Dependency Graph',
      'Parallel Example',
      'Validation Checklist'
    ]);
    const code = nodesOf<Code>(root, 'code');
    expect(code.map(block => block.lang ?? null)).toEqual(['mermaid', null]);
    expect(nodesOf(root, 'html').map(node => (node as { value: string }).value)).toEqual([
      text.split('\n')[0]
    ]);
  });

  it('keeps each hostile task one list item whose text reads as written', () => {
    const plan = hostilePlan();
    const root = parseMarkdown(render(plan), { taskLists: true });
    const items = nodesOf<ListItem>(root, 'listItem').filter(
      item => item.checked !== null && /^T\d{3} /.test(plainText(item))
    );
    expect(items).toHaveLength(plan.tasks.length);
    expect(items.every(item => item.checked === false)).toBe(true);
    const storyTest = items.find(item => plainText(item).includes('User Story 1'))!;
    expect(plainText(storyTest)).toContain(HOSTILE);
  });

  it('writes a Mermaid block of nodes, subgraphs and edges only, with no raw quote inside a label', () => {
    const plan = hostilePlan();
    const text = render(plan);
    const block = nodesOf<Code>(parseMarkdown(text), 'code').find(c => c.lang === 'mermaid')!;
    const lines = block.value.split('\n');
    expect(lines[0]).toBe('flowchart TD');
    const grammar = [
      /^ {2}subgraph phase\d+\["[^"<>\n]*"\]$/,
      /^ {4}T\d{3}\["[^"<>\n]*"\]$/,
      /^ {2}end$/,
      /^ {2}(phase\d+|T\d{3}) --> (phase\d+|T\d{3})$/
    ];
    for (const line of lines.slice(1)) expect(grammar.some(rule => rule.test(line))).toBe(true);
    expect(lines.filter(line => /^ {4}T\d{3}\[/.test(line))).toHaveLength(plan.tasks.length);
    expect(block.value).toContain('#quot;]');
    expect(block.value).toContain('W#lt;i#gt;#quot;]:::x model');
  });

  it('keeps every parallel example on one line, quoted once', () => {
    const lines = exampleBlock(render(hostilePlan()));
    expect(lines.some(line => line.includes('Injected heading'))).toBe(true);
    for (const line of lines) {
      if (line !== '' && !line.startsWith('# ')) expect(line).toMatch(/^Task: "[^"]*"$/);
    }
  });

  it('keeps the structure for hostile text that came through the real parsers', () => {
    const dir = 'specs/007-hostile-text';
    const doc = (relativePath: string, text: string) => ({
      path: `${dir}/${relativePath}`,
      relativePath,
      text
    });
    const model = parseFeature({
      dir,
      name: '007-hostile-text',
      findings: [],
      documents: [
        doc(
          'plan.md',
          '# Implementation Plan: Tricky "] <i>names</i>\n\n**Project Type**: single\n'
        ),
        doc(
          'spec.md',
          '# Feature Specification: Tricky\n\n## User Scenarios & Testing\n\n' +
            '### User Story 1 - Paste ``` "] <script>x()</script> | [x] (Priority: P1)\n\nWords.\n'
        ),
        doc('quickstart.md', '# Quickstart\n\n## Scenario 1: Quote "] and ``` fence\n\nSteps.\n')
      ]
    });
    const template = parseTemplate(DEFAULT_TEMPLATE_TEXT, '(built-in)').template;
    const plan = planTasks(model, template);
    const text = render(plan);
    const root = parseMarkdown(text, { taskLists: true });
    expect(nodesOf<Code>(root, 'code').map(block => block.lang ?? null)).toEqual(['mermaid', null]);
    expect(nodesOf(root, 'html')).toHaveLength(1);
    const mermaid = nodesOf<Code>(root, 'code')[0]!.value;
    for (const line of mermaid.split('\n').filter(l => /^ {4}T\d{3}\[/.test(l)))
      expect(line).toMatch(/^ {4}T\d{3}\["[^"]*"\]$/);
    expect(text).toContain('Paste \\`\\`\\` "\\]');
  });
});

describe('renderTasksMarkdown: header', () => {
  it('uses the feature name when the plan title has nothing after its colon', () => {
    const model = feature({ plan: { ...fullFeature().plan!, title: 'Implementation Plan:' } });
    expect(render(handPlan([task('T001', 0)], model)).split('\n')[1]).toBe('# Tasks: 001-test');
  });
});

describe('pytest markers in the header', () => {
  const template = parseTemplate(DEFAULT_TEMPLATE_TEXT, '(built-in)').template;
  const withLanguage = (language: string) =>
    render(
      planTasks(
        fullFeature({
          plan: {
            ...feature().plan!,
            technicalContext: {
              'Language/Version': {
                value: language,
                raw: language,
                source: { file: 'specs/001-test/plan.md', line: 3, column: 1 }
              }
            }
          }
        }),
        template
      )
    );

  it('names them for a Python feature and not for a feature in another language', () => {
    expect(withLanguage('Python 3.11')).toContain('pytest markers');
    expect(withLanguage('Go 1.22')).not.toContain('pytest');
  });
});
