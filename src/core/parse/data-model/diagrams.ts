/** Relationships drawn in code blocks: box-and-line diagrams, trees, Mermaid erDiagrams. */
import type { Code } from 'mdast';
import type { Entity, Relationship } from '../../model.js';
import { wordSpans } from '../../text/words.js';
import { MERMAID_ER_DIAGRAM } from '../../vocabulary/data-model-relationships.js';
import { sameName } from './entity-names.js';
import { mentions } from './mentions.js';
import { cardinalities, cardinalityKind, kindName, kindOf } from './relationship-kinds.js';

const BRANCH = /[├└]|[|+\\`]--/;

/** Box-and-line diagrams and trees in code blocks: `A (1) ──── (*) B`, `A 1──* B`, `├── Child`. */
export function diagramRelationships(code: Code, entities: Entity[], file: string): Relationship[] {
  const lines = code.value.split('\n');
  const start = (code.position?.start.line ?? 1) + 1;
  const found: Relationship[] = [];
  lines.forEach((text, at) => {
    const source = { file, line: start + at, column: 1 };
    const named = mentions(text, entities);
    const branch = BRANCH.exec(text);
    if (branch && named[0] && named[0].index > branch.index) {
      const parent = treeParent(lines, at, branch.index, entities);
      if (parent && parent !== named[0].entity) {
        found.push({
          from: parent.name,
          to: named[0].entity.name,
          kind: cardinalityKind(['1', ...cardinalities(text.slice(branch.index, named[0].index))]),
          text: `${parent.name} → ${text.trim()}`,
          source
        });
      }
    }
    for (let step = 0; step + 1 < named.length; step++) {
      const left = named[step]!;
      const right = named[step + 1]!;
      const between = text.slice(left.index + left.length, right.index);
      if (left.entity === right.entity || !/[─\-=>←→<|*]/.test(between)) continue;
      found.push({
        from: left.entity.name,
        to: right.entity.name,
        kind: kindOf(text, left, right),
        text: text.trim(),
        source
      });
    }
  });
  return found;
}

/** The entity on the nearest line above whose column is at or left of the branch. */
function treeParent(
  lines: string[],
  at: number,
  column: number,
  entities: Entity[]
): Entity | undefined {
  for (let above = at - 1; above >= 0; above--) {
    const candidates = wordSpans(lines[above]!).filter(word => word.index <= column + 1);
    const nearest = candidates[candidates.length - 1];
    if (!nearest) continue;
    return entities.find(entity => sameName(entity.name, nearest.text));
  }
  return undefined;
}

/** `SHELF ||--o{ JAR : holds` */
export function mermaidRelationships(code: Code, entities: Entity[], file: string): Relationship[] {
  if (!MERMAID_ER_DIAGRAM.test(code.value)) return [];
  const start = (code.position?.start.line ?? 1) + 1;
  return code.value.split('\n').flatMap((text, at) => {
    const match =
      /^\s{0,12}([\w-]{1,80})\s{1,4}([|}o]{2})(?:--|\.\.)([|{o]{2})\s{1,4}([\w-]{1,80})/.exec(text);
    if (!match) return [];
    const from = entities.find(entity => sameName(entity.name, match[1]!));
    const to = entities.find(entity => sameName(entity.name, match[4]!));
    if (!from || !to) return [];
    const left = match[2]!.includes('}') ? 'N' : '1';
    const right = match[3]!.includes('{') ? 'N' : '1';
    return [
      {
        from: from.name,
        to: to.name,
        kind: kindName(left, right),
        text: text.trim(),
        source: { file, line: start + at, column: 1 }
      }
    ];
  });
}
