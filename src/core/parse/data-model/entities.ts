/**
 * Which headings are entities.
 *
 * Real data models name entities in many ways (`## Entity: X`, `### 1. X`, `` ### `X` (new) ``,
 * `## X Entity`, `## X schema version 2`, bullets under `## Entities`), so a heading is judged by
 * what surrounds it and what it holds:
 * - it is an entity when its title is labelled as one, when it (or its "Fields"-like
 *   sub-sections) defines fields, when it sits in a group such as "Core Entities" or "Domain
 *   Models" and reads like a name, or when its siblings are entities and it is an identifier;
 * - titles about the model ("Overview", "Validation Rules", "Indexes", "Migration Strategy"…)
 *   are never entities, and nothing beneath them is;
 * - enumerations are no entities here: one defined on its own (under "Enumerations", a heading
 *   named `… enum`, a section of only enum code) becomes an entity of kind `enum` in enums.ts;
 *   one declared in an entity's section is created alongside that entity; value objects and
 *   newtypes with a heading of their own (`SeedName (newtype)`) are entities.
 * A heading whose title names several types ("Supporting Types") becomes one entity per type
 * its code defines (type-sections.ts).
 */
import type { Entity, EntityField } from '../../model.js';
import {
  ABOUT_SYSTEM,
  ENTITY_LABEL,
  ENUM_TITLE,
  NOT_A_TYPE,
  STRONG_GROUP,
  WEAK_GROUP
} from '../../vocabulary/data-model.js';
import { EMBEDDED_HEADING } from '../../vocabulary/data-model-status.js';
import { positionOf } from '../markdown.js';
import { type Context, pushEntity } from './context.js';
import { saysDerived } from './derived.js';
import { cleanName, type CleanName, isIdentifier, isNameLike, isTitled } from './entity-names.js';
import { fieldsOfParts, headingFields } from './fields.js';
import { listedEntities, listedIn } from './listed-entities.js';
import { ancestors, type Role } from './outline.js';
import { partsOf } from './parts.js';
import { headingStates } from './states.js';
import {
  aboutModel,
  isPartTitle,
  qualifier,
  saysExisting,
  saysExtended,
  stripNumbering
} from './titles.js';
import { expandTypes, namedTypes } from './type-sections.js';

export function classify(context: Context): void {
  const { nodes } = context;
  nodes.forEach((node, index) => {
    node.role = roleOf(context, index);
    const parent = node.parent === undefined ? undefined : context.owners[node.parent];
    if (node.role === 'part') context.owners[index] = parent;
  });
  // `## PlotId (newtype)` comes before the `## HarvestRecord` that shows headings are entities here.
  nodes.forEach((node, index) => {
    if (node.role !== 'other') return;
    const name = cleanName(node);
    if (!mayNameEntity(context, index, name) || !amongEntities(context, index, name)) return;
    if (addEntity(context, index, name.text, headingFields(context, index, name.text))) {
      node.role = 'entity';
    }
  });
  listedEntities(context);
  context.entities.sort((a, b) => a.source.line - b.source.line);
}

function roleOf(context: Context, index: number): Role {
  const { nodes } = context;
  const node = nodes[index]!;
  if (node.depth === 1 && !nodes.slice(0, index).some(other => other.depth === 1)) return 'title';
  const parent = node.parent === undefined ? undefined : nodes[node.parent];
  if (parent && (parent.role === 'entity' || parent.role === 'part')) {
    return nestedEntity(context, index) ? 'entity' : 'part';
  }
  if (parent?.role === 'skip') return 'skip';
  const name = cleanName(node);
  const title = stripNumbering(node.title);
  if (!name.text || aboutModel(name.text) || aboutModel(title)) return 'skip';
  if (ABOUT_SYSTEM.test(title) && !namesEntityAnyway(context, index, name.text)) return 'skip';
  if (isGroup(context, index)) return 'group';
  return entityFromHeading(context, index) ? 'entity' : 'other';
}

/** "Domain Validation" with fields, among "Core Entities": an entity despite its word. */
function namesEntityAnyway(context: Context, index: number, name: string): boolean {
  const parent = context.nodes[index]!.parent;
  const group = parent === undefined ? undefined : context.nodes[parent];
  if (group?.role !== 'group' || !STRONG_GROUP.test(group.title)) return false;
  const fields = headingFields(context, index, name);
  return fields !== 'enum' && fields.length >= 2;
}

/** A heading over headings that are not its own parts, with no fields of its own, groups them. */
function isGroup(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (node.children.length === 0) return false;
  const ownParts = node.children.every(child => isPartTitle(context.nodes[child]!.title));
  if (ownParts) return false;
  return fieldsOfParts(partsOf(node.body, undefined), context.file, '').length === 0;
}

/** A heading inside an entity's section names another entity only when it is an identifier with fields. */
function nestedEntity(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (isPartTitle(node.title)) return false;
  const name = cleanName(node);
  if (!isIdentifier(name.text) && !name.quoted) return false;
  return addEntity(context, index, name.text, headingFields(context, index, name.text));
}

function entityFromHeading(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (namedTypes(node.title).length >= 2 && expandTypes(context, index)) return true;
  const name = cleanName(node);
  if (!mayNameEntity(context, index, name)) return false;
  const fields = headingFields(context, index, name.text);
  if (fields === 'enum') return false;
  if (expandTypes(context, index)) return true;
  const labelled = ENTITY_LABEL.test(stripNumbering(node.title)) || name.labelled;
  const evidence =
    labelled ||
    (fields.length > 0 && (name.quoted || isIdentifier(name.text) || isTitled(name.text))) ||
    fields.length >= 2 ||
    inGroup(context, index, name);
  return evidence && addEntity(context, index, name.text, fields);
}

/** Not an enumeration, a service or a sentence. */
function mayNameEntity(context: Context, index: number, name: CleanName): boolean {
  const node = context.nodes[index]!;
  if (
    !isNameLike(name.text) ||
    ENUM_TITLE.test(node.title) ||
    NOT_A_TYPE.test(qualifier(node.title)) ||
    listedIn(context, index).length > 0
  ) {
    return false;
  }
  return !ancestors(context.nodes, index).some(ancestor => ENUM_TITLE.test(ancestor.title));
}

function inGroup(context: Context, index: number, name: CleanName): boolean {
  const parent = context.nodes[index]!.parent;
  const group = parent === undefined ? undefined : context.nodes[parent];
  if (group?.role !== 'group') return false;
  const code = name.quoted || isIdentifier(name.text);
  // A bare title such as "Sync Document Structure" is a topic; "Proxy" or "Events" is a name.
  if (STRONG_GROUP.test(group.title))
    return code || /^\p{Lu}\S*$/u.test(name.text) || saysExisting(group.title);
  return WEAK_GROUP.test(group.title) && code;
}

/** `## PlotId (newtype)` among `## HarvestRecord`, `## Plot`…: the document lists one entity per heading. */
function amongEntities(context: Context, index: number, name: CleanName): boolean {
  if (!name.quoted && !isIdentifier(name.text) && !name.qualified) return false;
  const node = context.nodes[index]!;
  const siblings = context.nodes.filter(
    (other, at) => at !== index && other.parent === node.parent && other.depth === node.depth
  );
  const entities = siblings.filter(sibling =>
    context.entities.some(found => found.source.line === sibling.heading.position?.start.line)
  );
  return entities.length >= 2;
}

function addEntity(
  context: Context,
  index: number,
  name: string,
  fields: EntityField[] | 'enum'
): boolean {
  if (fields === 'enum') return false;
  const node = context.nodes[index]!;
  const existing =
    saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
  const entity: Entity = {
    name,
    fields,
    states: headingStates(context, index),
    existing,
    extended: !existing && saysExtended(context, index),
    derived: saysDerived(context, index),
    ...(EMBEDDED_HEADING.test(node.title) ? { embedded: true } : {}),
    aliases: [],
    source: positionOf(node.heading, context.file)
  };
  if (!pushEntity(context, entity)) return false;
  context.owners[index] = entity;
  context.homes.set(entity, index);
  return true;
}
