/** The dependency graph of a task list: explicit edges only, between tasks that exist. */
import type { TaskList } from '../parse/tasks-md/model.js';

export interface TaskGraph {
  /** Task ID → IDs it waits for directly. */
  waitsFor: Map<string, Set<string>>;
  /** True when `later` waits, directly or through others, for `earlier`. */
  reaches(later: string, earlier: string): boolean;
}

export function buildGraph(list: TaskList): TaskGraph {
  const ids = new Set(list.tasks.map(task => task.id));
  const waitsFor = new Map<string, Set<string>>();
  for (const id of ids) waitsFor.set(id, new Set());
  list.dependencies.forEach((dependency, index) => {
    const before = dependency.before.filter(id => ids.has(id));
    const after = dependency.after.filter(id => ids.has(id));
    if (before.length * after.length <= before.length + after.length) {
      for (const a of after) for (const b of before) if (a !== b) waitsFor.get(a)!.add(b);
      return;
    }
    // A large "A before B" goes through one joint node: |A|+|B| links instead of |A|×|B|.
    const joint = jointNode(index);
    waitsFor.set(joint, new Set(before));
    for (const a of after) waitsFor.get(a)!.add(joint);
  });
  for (const task of list.tasks) {
    for (const id of task.dependsOn)
      if (ids.has(id) && id !== task.id) waitsFor.get(task.id)!.add(id);
  }
  const memo = new Map<string, Set<string>>();
  const ancestors = (id: string): Set<string> => {
    const known = memo.get(id);
    if (known) return known;
    const seen = new Set<string>();
    const stack = [...(waitsFor.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const parent of waitsFor.get(next) ?? []) stack.push(parent);
    }
    memo.set(id, seen);
    return seen;
  };
  return { waitsFor, reaches: (later, earlier) => ancestors(later).has(earlier) };
}

const JOINT_PREFIX = '\u0000joint';

function jointNode(index: number): string {
  return `${JOINT_PREFIX}${index}`;
}

function isJoint(id: string): boolean {
  return id.startsWith(JOINT_PREFIX);
}

/** Strongly connected components with more than one task (or a self-loop): the cycles. */
export function findCycles(graph: TaskGraph, order: string[]): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  // Iterative Tarjan: a long dependency chain in untrusted input must not overflow the call stack.
  for (const root of order) {
    if (indices.has(root)) continue;
    const work: { id: string; children: string[]; next: number }[] = [];
    const open = (id: string) => {
      indices.set(id, index);
      low.set(id, index++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, children: [...(graph.waitsFor.get(id) ?? [])].sort(), next: 0 });
    };
    open(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.children.length) {
        const child = frame.children[frame.next++]!;
        if (!indices.has(child)) open(child);
        else if (onStack.has(child))
          low.set(frame.id, Math.min(low.get(frame.id)!, indices.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === indices.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        const tasks = component.filter(id => !isJoint(id));
        if (tasks.length > 1)
          cycles.push(tasks.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      }
    }
  }
  return cycles;
}
