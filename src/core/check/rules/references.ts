/** Rules about IDs and the dependency graph. */
import type { Finding, RelatedLocation } from '../../model.js';
import type { Dependency } from '../../parse/tasks-md/model.js';
import { findCycles } from '../graph.js';
import { finding, relatedTask, type CheckRule } from './context.js';

export const unknownTaskReference: CheckRule = context => {
  const ids = new Set(context.list.tasks.map(task => task.id));
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const report = (id: string, where: Finding['location'], owner: string) => {
    const key = `${id}@${where.line}`;
    if (ids.has(id) || reported.has(key)) return;
    reported.add(key);
    findings.push(
      finding(
        'unknown-task-reference',
        `${owner} refers to ${id}, which is not a task in this list`,
        where
      )
    );
  };
  // A task's own "(depends on …)" first, so the finding names the task rather than "a dependency".
  for (const task of context.list.tasks)
    for (const id of task.dependsOn) report(id, task.source, `Task ${task.id}`);
  for (const dependency of context.list.dependencies) {
    for (const id of [...dependency.before, ...dependency.after])
      report(id, dependency.source, 'A dependency');
  }
  return findings;
};

/**
 * Tasks that wait for each other, at the first of them, with the lines whose statements make the
 * cycle as related locations: the fix is to correct one of those lines.
 */
export const dependencyCycle: CheckRule = context => {
  const order = context.list.tasks.map(task => task.id);
  const byId = new Map(context.list.tasks.map(task => [task.id, task]));
  return findCycles(context.graph, order).map(cycle => {
    const first = byId.get(cycle[0]!)!;
    return finding(
      'dependency-cycle',
      `Tasks ${cycle.join(', ')} depend on each other in a cycle, so none of them can start`,
      first.source,
      cycleStatements(context.list.dependencies, new Set(cycle))
    );
  });
};

/** Each line that makes a task of the cycle wait for another of it, once, saying which. */
function cycleStatements(dependencies: Dependency[], cycle: Set<string>): RelatedLocation[] {
  const byLine = new Map<
    string,
    { source: Dependency['source']; after: Set<string>; before: Set<string> }
  >();
  for (const dependency of dependencies) {
    const after = dependency.after.filter(id => cycle.has(id));
    const before = dependency.before.filter(id => cycle.has(id));
    if (after.length === 0 || before.length === 0) continue;
    if (after.every(id => before.length === 1 && before[0] === id)) continue;
    const key = `${dependency.source.file}\u0000${dependency.source.line}`;
    const entry = byLine.get(key) ?? {
      source: dependency.source,
      after: new Set(),
      before: new Set()
    };
    for (const id of after) entry.after.add(id);
    for (const id of before) entry.before.add(id);
    byLine.set(key, entry);
  }
  return [...byLine.values()]
    .sort((a, b) => a.source.line - b.source.line)
    .map(({ source, after, before }) => ({
      location: source,
      message: `says ${[...after].join(', ')} ${after.size === 1 ? 'waits' : 'wait'} for ${[...before].join(', ')}`
    }));
}

export const duplicateTaskId: CheckRule = context => {
  const first = new Map<string, (typeof context.list.tasks)[number]>();
  const findings: Finding[] = [];
  for (const task of context.list.tasks) {
    const earlier = first.get(task.id);
    if (!earlier) {
      first.set(task.id, task);
      continue;
    }
    findings.push(
      finding(
        'duplicate-task-id',
        `Task ID ${task.id} is used again (first at line ${earlier.source.line})`,
        task.source,
        [relatedTask(earlier, 'first use')]
      )
    );
  }
  return findings;
};
