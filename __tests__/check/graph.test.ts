/** The dependency graph of a task list: explicit edges between tasks that exist, and its cycles. */
import { describe, expect, it } from '@jest/globals';
import { buildGraph, findCycles } from '../../src/core/check/graph.js';
import type { Dependency, ListedTask, TaskList } from '../../src/core/parse/tasks-md/model.js';

const FILE = 'specs/004-kiln/tasks.md';

function task(id: string, dependsOn: string[] = [], phase = 0): ListedTask {
  return {
    id,
    checked: false,
    deferred: false,
    parallel: false,
    story: undefined,
    description: `Work for ${id}`,
    paths: [],
    barePaths: [],
    citedPaths: [],
    phase,
    dependsOn,
    source: { file: FILE, line: 1, column: 1 },
    line: `- [ ] ${id} Work`
  };
}

function edge(before: string[], after: string[], line = 40): Dependency {
  return { before, after, source: { file: FILE, line, column: 1 } };
}

function list(tasks: ListedTask[], dependencies: Dependency[] = []): TaskList {
  return {
    path: FILE,
    marker: undefined,
    testsNotRequested: undefined,
    phases: [],
    tasks,
    dependencies,
    malformed: [],
    suppressions: new Map()
  };
}

const ids = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `T${String(from + i).padStart(3, '0')}`);

describe('buildGraph', () => {
  it('makes a task wait for what a section line and its own (depends on …) name', () => {
    const graph = buildGraph(
      list([task('T001'), task('T002'), task('T003', ['T002'])], [edge(['T001'], ['T002'])])
    );
    expect([...graph.waitsFor.get('T002')!]).toEqual(['T001']);
    expect([...graph.waitsFor.get('T003')!]).toEqual(['T002']);
    expect(graph.reaches('T003', 'T001')).toBe(true);
    expect(graph.reaches('T001', 'T003')).toBe(false);
  });

  it('leaves out IDs no task has and a task waiting for itself', () => {
    const graph = buildGraph(
      list(
        [task('T001'), task('T002', ['T002', 'T404'])],
        [edge(['T001', 'T999'], ['T002', 'T002'])]
      )
    );
    expect([...graph.waitsFor.get('T002')!]).toEqual(['T001']);
    expect(graph.waitsFor.has('T999')).toBe(false);
    expect(graph.reaches('T002', 'T002')).toBe(false);
  });

  it('does not order tasks by phase on its own: only stated edges count', () => {
    const graph = buildGraph(list([task('T001', [], 0), task('T002', [], 1)]));
    expect(graph.reaches('T002', 'T001')).toBe(false);
  });

  it('links a large "A before B" through one joint node and still reaches across it', () => {
    const before = ids(40);
    const after = ids(40, 41);
    const graph = buildGraph(
      list(
        [...before, ...after].map(id => task(id)),
        [edge(before, after)]
      )
    );
    expect(graph.waitsFor.get('T080')!.size).toBe(1);
    expect(graph.reaches('T080', 'T001')).toBe(true);
    expect(graph.reaches('T041', 'T040')).toBe(true);
    expect(graph.reaches('T001', 'T080')).toBe(false);
  });

  it('reads a chain of thousands of tasks without overflowing the stack', () => {
    const chain = ids(5000).map((id, i, all) => task(id, i > 0 ? [all[i - 1]!] : []));
    const graph = buildGraph(list(chain));
    expect(graph.reaches('T5000', 'T001')).toBe(true);
    expect(graph.reaches('T001', 'T5000')).toBe(false);
  });
});

describe('findCycles', () => {
  it('finds tasks that wait for each other, in document order', () => {
    const tasks = [
      task('T001', ['T003']),
      task('T002', ['T001']),
      task('T003', ['T002']),
      task('T004')
    ];
    const graph = buildGraph(list(tasks));
    expect(
      findCycles(
        graph,
        tasks.map(t => t.id)
      )
    ).toEqual([['T001', 'T002', 'T003']]);
  });

  it('finds a cycle that runs through a joint node, without naming the joint', () => {
    const before = ids(3);
    const after = ids(3, 4);
    const tasks = [...before, ...after].map(id => task(id, id === 'T001' ? ['T006'] : []));
    const graph = buildGraph(list(tasks, [edge(before, after)]));
    const cycles = findCycles(
      graph,
      tasks.map(t => t.id)
    );
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toEqual(['T001', 'T006']);
  });

  it('nearest miss: a diamond (two paths to one task) is no cycle', () => {
    const tasks = [
      task('T001'),
      task('T002', ['T001']),
      task('T003', ['T001']),
      task('T004', ['T002', 'T003'])
    ];
    expect(
      findCycles(
        buildGraph(list(tasks)),
        tasks.map(t => t.id)
      )
    ).toEqual([]);
  });

  it('walks a long cycle without overflowing the stack', () => {
    const all = ids(5000);
    const tasks = all.map((id, i) => task(id, [all[(i + all.length - 1) % all.length]!]));
    const cycles = findCycles(buildGraph(list(tasks)), all);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(5000);
  });
});
