/** What the readers of one data model share: the outline, the entities found so far, caches. */
import type { Entity, EntityField } from '../../model.js';
import { normalise } from './entity-names.js';
import type { OutlineNode } from './outline.js';
import type { Part } from './parts.js';

export interface Context {
  file: string;
  nodes: OutlineNode[];
  entities: Entity[];
  /** For each outline node, the entity whose section it is part of. */
  owners: (Entity | undefined)[];
  /** Normalised names of the entities found, which must be unique. */
  names: Set<string>;
  /** Each heading's parts and fields, read once: several rules ask for them. */
  parts: Map<number, Part[]>;
  fields: Map<number, EntityField[] | 'enum'>;
  /** The heading each entity was found under, for what its section says about it. */
  homes: Map<Entity, number>;
}

/** Entities are unique by name; the first mention wins. */
export function pushEntity(context: Context, entity: Entity): boolean {
  const key = normalise(entity.name);
  if (context.names.has(key)) return false;
  context.names.add(key);
  context.entities.push(entity);
  return true;
}

export function entitiesOf(context: Context): Entity[] {
  return context.entities;
}
