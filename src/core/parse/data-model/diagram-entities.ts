/**
 * Entities a Mermaid erDiagram draws that no section of the document describes: every box of an
 * ER diagram is an entity of the model, whether the diagram gives it attributes
 * (`BIN { int id PK }`) or only a line to another (`BIN ||--o{ SEED_PACKET : holds`). Its
 * attributes are its fields; its name is written as the code would (`SEED_PACKET` → `SeedPacket`).
 */
import type { Code, Root } from 'mdast';
import type { Entity, EntityField } from '../../model.js';
import { pascalCase } from '../../text/case.js';
import { MERMAID_ER_DIAGRAM } from '../../vocabulary/data-model-relationships.js';
import { type Context, pushEntity } from './context.js';
import { normalise } from './entity-names.js';

/** `SHELF ||--o{ JAR : holds`: the two names a relationship line joins. */
const RELATIONSHIP_LINE =
  /^\s{0,12}([\p{L}_][\p{L}\p{N}_-]{0,80})\s{1,4}[|}o]{2}(?:--|\.\.)[|{o]{2}\s{1,4}([\p{L}_][\p{L}\p{N}_-]{0,80})/u;
/** `SHELF {` opens a box of attributes. */
const BOX_START = /^\s{0,12}([\p{L}_][\p{L}\p{N}_-]{0,80})\s{0,4}\{\s{0,4}$/u;
/** `string label PK "shown on the jar"`: a type, then the attribute's name. */
const ATTRIBUTE =
  /^\s{0,16}([\p{L}_][\p{L}\p{N}_[\]<>,()-]{0,60})\s{1,8}([\p{L}_][\p{L}\p{N}_]{0,60})\b/u;

export function diagramEntities(context: Context, root: Root): void {
  for (const node of root.children) {
    if (node.type !== 'code' || node.lang !== 'mermaid' || !MERMAID_ER_DIAGRAM.test(node.value))
      continue;
    for (const drawn of drawnEntities(node, context.file)) {
      if (context.names.has(normalise(drawn.name))) continue;
      pushEntity(context, drawn);
    }
  }
  context.entities.sort((a, b) => a.source.line - b.source.line);
}

function drawnEntities(code: Code, file: string): Entity[] {
  const start = (code.position?.start.line ?? 1) + 1;
  const byKey = new Map<string, Entity>();
  const entityAt = (name: string, line: number): Entity => {
    const key = normalise(name);
    let entity = byKey.get(key);
    if (!entity) {
      entity = {
        name: entityName(name),
        fields: [],
        states: [],
        existing: false,
        extended: false,
        derived: false,
        aliases: [],
        source: { file, line: start + line, column: 1 }
      };
      byKey.set(key, entity);
    }
    return entity;
  };
  const lines = code.value.split('\n');
  let box: Entity | undefined;
  lines.forEach((text, at) => {
    if (box) {
      if (text.trim() === '}') box = undefined;
      else addAttribute(box, text, { file, line: start + at, column: 1 });
      return;
    }
    const related = RELATIONSHIP_LINE.exec(text);
    if (related) {
      entityAt(related[1]!, at);
      entityAt(related[2]!, at);
      return;
    }
    const opened = BOX_START.exec(text);
    if (opened) box = entityAt(opened[1]!, at);
  });
  return [...byKey.values()];
}

function addAttribute(entity: Entity, text: string, source: EntityField['source']): void {
  const match = ATTRIBUTE.exec(text);
  if (!match || entity.fields.some(field => field.name === match[2])) return;
  entity.fields.push({ name: match[2]!, type: match[1], description: undefined, source });
}

/** `SEED_PACKET` → `SeedPacket`; a name already written in mixed case stays as it is. */
function entityName(drawn: string): string {
  return /\p{Ll}/u.test(drawn) && !drawn.includes('_') ? drawn : pascalCase(drawn.toLowerCase());
}
