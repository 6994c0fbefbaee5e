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

/**
 * Ranges run over the tasks in document order; a range whose ends are unknown counts by number.
 * An ID that is no task but the stem of lettered or numbered ones (`T006` where only `T006a`,
 * `T006b` exist) stands for that family, as a range end for its first or last member.
 */
export function resolverFor(reader: Reader): SideResolver {
  const order = reader.tasks.map(task => task.id);
  const position = new Map<string, number>();
  order.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  const families = familiesOf(position);
  const at = (id: string, end: 'first' | 'last'): number | undefined => {
    const own = position.get(id);
    if (own !== undefined) return own;
    const family = families.get(id);
    if (!family) return undefined;
    return position.get(end === 'first' ? family[0]! : family[family.length - 1]!);
  };
  return {
    expand(ref) {
      const dash = ref.indexOf('-');
      if (dash < 0) return position.has(ref) ? [ref] : (families.get(ref) ?? [ref]);
      const first = ref.slice(0, dash);
      const last = ref.slice(dash + 1);
      const from = at(first, 'first');
      const to = at(last, 'last');
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

/** `T006` → [`T006a`, `T006b`] where no task is `T006` itself; `T021` → [`T021.1`, `T021.2`]. */
function familiesOf(position: Map<string, number>): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const id of position.keys()) {
    const member = /^(T\d{1,5})(?:[a-z]|\.\d{1,3})$/.exec(id);
    if (!member || position.has(member[1]!)) continue;
    const family = families.get(member[1]!);
    if (family) family.push(id);
    else families.set(member[1]!, [id]);
  }
  for (const family of families.values())
    family.sort((a, b) => position.get(a)! - position.get(b)!);
  return families;
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
