/** Rules about IDs and the dependency graph. */
import type { Finding } from '../../model.js';
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

export const dependencyCycle: CheckRule = context => {
  const order = context.list.tasks.map(task => task.id);
  const byId = new Map(context.list.tasks.map(task => [task.id, task]));
  return findCycles(context.graph, order).map(cycle => {
    const first = byId.get(cycle[0]!)!;
    return finding(
      'dependency-cycle',
      `Tasks ${cycle.join(', ')} depend on each other in a cycle, so none of them can start`,
      first.source,
      cycle.slice(1).map(id => relatedTask(byId.get(id)!, 'in the cycle'))
    );
  });
};

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
