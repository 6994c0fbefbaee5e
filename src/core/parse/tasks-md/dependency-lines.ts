/**
 * Dependencies as edges: the lines of a Dependencies section and each task's own "(depends on …)",
 * with ranges and phase names expanded to the tasks they stand for.
 */
import type { RootContent } from 'mdast';
import { edgesFromLine, phaseNamed, type SideResolver } from './dependencies-section.js';
import type { Dependency } from './model.js';
import type { DependencyLine, Reader } from './reader.js';

export function collectDependencyLines(reader: Reader, node: RootContent): void {
  if (node.type === 'code') {
    if (node.lang === 'mermaid') return;
    const first = (node.position?.start.line ?? 0) + 1;
    node.value
      .split('\n')
      .forEach((text, offset) => reader.dependencyLines.push({ text, line: first + offset }));
    return;
  }
  if (node.type === 'list') {
    for (const item of node.children) {
      for (const child of item.children) collectDependencyLines(reader, child as RootContent);
    }
    return;
  }
  if (node.type === 'paragraph' || node.type === 'blockquote') {
    const start = node.position?.start.line ?? 0;
    const end = node.position?.end.line ?? start;
    for (let line = start; line <= end; line++) {
      reader.dependencyLines.push({ text: reader.lines[line - 1] ?? '', line });
    }
  }
}

export function sectionEdges(
  line: DependencyLine,
  resolver: SideResolver,
  file: string
): Dependency[] {
  const source = { file, line: line.line, column: 1 };
  return edgesFromLine(line.text, resolver).map(relation => ({ ...relation, source }));
}

export function inlineEdges(reader: Reader, resolver: SideResolver): Dependency[] {
  const dependencies: Dependency[] = [];
  reader.tasks.forEach((task, index) => {
    const before = (reader.inlineRefs[index] ?? []).flatMap(ref => resolver.expand(ref));
    if (before.length > 0)
      dependencies.push({ before: [...new Set(before)], after: [task.id], source: task.source });
  });
  return dependencies;
}

/** Ranges run over the tasks in document order; a range whose ends are unknown counts by number. */
export function resolverFor(reader: Reader): SideResolver {
  const order = reader.tasks.map(task => task.id);
  const position = new Map<string, number>();
  order.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  return {
    expand(ref) {
      const dash = ref.indexOf('-');
      if (dash < 0) return [ref];
      const first = ref.slice(0, dash);
      const last = ref.slice(dash + 1);
      const from = position.get(first);
      const to = position.get(last);
      if (from !== undefined && to !== undefined && from <= to) return order.slice(from, to + 1);
      return numericRange(first, last);
    },
    phaseTasks(text) {
      const phase = phaseNamed(text, reader.phases);
      return phase
        ? reader.tasks.filter(task => task.phase === phase.index).map(task => task.id)
        : [];
    }
  };
}

function numericRange(first: string, last: string): string[] {
  const a = /^T(\d{1,5})$/.exec(first);
  const b = /^T(\d{1,5})$/.exec(last);
  if (!a || !b) return [first, last];
  const from = Number(a[1]);
  const to = Number(b[1]);
  if (to < from || to - from > 500) return [first, last];
  const width = a[1]!.length;
  const ids: string[] = [];
  for (let n = from; n <= to; n++) ids.push(`T${String(n).padStart(width, '0')}`);
  return ids;
}
