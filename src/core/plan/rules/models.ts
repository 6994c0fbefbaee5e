import type { Endpoint, Entity, Feature } from '../../model.js';
import { singular, words } from '../../text/words.js';
import { LANGUAGE_CONVENTIONS } from '../../vocabulary/languages.js';
import { sourceFile } from '../placement/file-names.js';
import { modelFolderNaming, plannedFileNamed } from '../placement/named-file.js';
import { plannedTypesFile } from '../placement/types-file.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import {
  ARTEFACT,
  DATA_LIKE,
  EXISTING_ENTITY,
  NO_STORAGE
} from '../../vocabulary/plan-entities.js';

/**
 * Template rule "each entity → model creation task [P]". Entities the data model lists as
 * existing and unmodified, or as derived (a view, a log record), need no task: the checker
 * expects none for them either. An entity the feature extends gets a task to extend it. Without
 * a data-model.md, the spec's Key Entities are the entities.
 */
export function modelTasks(context: RuleContext): TaskDraft[] {
  const entities = featureEntities(context.feature).filter(
    entity => !entity.existing && !entity.derived
  );
  return entities.map(entity => ({
    key: modelKey(entity.name),
    kind: 'model',
    role: 'core',
    description: modelDescription(entity),
    files: [modelFile(context, entity.name)],
    after: [],
    covers: [{ kind: 'entity', name: entity.name, source: entity.source }],
    story: context.owners.entity(entity)
  }));
}

export function modelKey(entityName: string): string {
  return `model:${entityName}`;
}

/**
 * The file the plan names for the entity, else the plan's own types file (`models.py`), else a
 * file of its own in the models folder.
 */
export function modelFile(context: RuleContext, entityName: string): string {
  // Where a file holds one class named as its file (Java, Kotlin, C#), the class names the file.
  const language = context.layout.language;
  const typeName =
    LANGUAGE_CONVENTIONS[language].fileCase === 'pascal'
      ? declaredTypeOf(context.feature, entityName)
      : undefined;
  // A folder whose note names the entity is more particular than the plan's shared types file.
  const folderFile = (dir: string | undefined) =>
    dir === undefined ? undefined : dir + sourceFile(typeName ?? entityName, language);
  return (
    plannedFileNamed(context.layout, entityName) ??
    (typeName && plannedFileNamed(context.layout, typeName)) ??
    folderFile(modelFolderNaming(context.layout, entityName)) ??
    plannedTypesFile(context.layout) ??
    context.layout.modelsDir + sourceFile(typeName ?? entityName, language)
  );
}

/**
 * The one type an entity's section declares where its heading is a description, not a type
 * name: `KioskScreenState` under "Screen State" is the class the model task writes, in a file
 * of that name. A declared type that does not carry the heading's words is something else.
 */
function declaredTypeOf(feature: Feature, entityName: string): string | undefined {
  if (!/\s/.test(entityName.trim())) return undefined;
  const entity = feature.dataModel?.entities.find(candidate => candidate.name === entityName);
  const [alias, ...more] = entity?.aliases ?? [];
  if (!alias || more.length > 0 || !/^[a-z_]\w*$/i.test(alias)) return undefined;
  const aliasWords = new Set(words(alias));
  return words(entityName).every(word => aliasWords.has(word)) ? alias : undefined;
}

/**
 * The data model's entities, else those of the spec's Key Entities that are data (names only:
 * their prose has no fields). A spec calls anything it talks about an entity, a hardware module
 * or the generated documentation too; only a plan that stores something, or an entity described
 * by what it holds, makes a model worth building.
 */
export function featureEntities(feature: Feature): Entity[] {
  if (feature.dataModel) return feature.dataModel.entities;
  const stores = storesData(feature);
  const keyEntities = (feature.spec?.keyEntities ?? []).filter(
    key => !ARTEFACT.test(key.description) && (stores || DATA_LIKE.test(key.description))
  );
  return keyEntities.map(key => ({
    name: withoutNote(key.name),
    fields: [],
    states: [],
    existing: EXISTING_ENTITY.test(key.description),
    extended: false,
    derived: false,
    aliases: [],
    source: key.source
  }));
}

/** The plan's Technical Context names a store: its entities are kept somewhere. */
export function storesData(feature: Feature): boolean {
  const storage = feature.plan?.technicalContext.Storage?.value;
  return storage !== undefined && storage.trim() !== '' && !NO_STORAGE.test(storage);
}

/** "Kiln (Equipment)": the note is not part of the name. */
function withoutNote(name: string): string {
  const open = name.indexOf('(');
  const bare = open > 0 && name.trimEnd().endsWith(')') ? name.slice(0, open).trim() : name;
  return bare || name;
}

function modelDescription(entity: Entity): string {
  const verb = entity.extended ? 'Extend' : 'Create';
  const fields = entity.fields.map(field => field.name);
  const shown = fields.slice(0, 6).join(', ');
  const suffix =
    fields.length === 0
      ? ''
      : ` (${shown}${fields.length > 6 ? `, and ${fields.length - 6} more` : ''})`;
  const states = entity.states.length > 0 ? ' with its state transitions' : '';
  // An enumeration is built as one: "Create Priority enum (high, low)", its values in brackets.
  const noun = entity.kind === 'enum' ? 'enum' : 'model';
  return `${verb} ${entity.name} ${noun}${suffix}${states}`;
}

/** The entity whose name matches the endpoint's resource (`/pallets/{id}` serves `Pallet`). */
export function entityServedBy(endpoint: Endpoint, entities: Entity[]): Entity | undefined {
  const resource = nameKey(endpoint.resource);
  if (!resource) return undefined;
  return entitiesByKey(entities).get(resource);
}

/**
 * The entity of the collection an HTTP endpoint sits under: its own resource's, else that of the
 * nearest path segment naming one (`/pallets/{id}/history` sits under `Pallet`).
 */
export function entityUnder(endpoint: Endpoint, entities: Entity[]): Entity | undefined {
  const byKey = entitiesByKey(entities);
  const segments = endpoint.path.split('/').filter(segment => /^[\p{L}_-]+$/u.test(segment));
  return (
    entityServedBy(endpoint, entities) ??
    segments
      .reverse()
      .map(segment => byKey.get(nameKey(segment)))
      .find(Boolean)
  );
}

function nameKey(name: string): string {
  return words(name).map(singular).join(' ');
}

const entityKeys = new WeakMap<Entity[], Map<string, Entity>>();

/** Entities by the key of their name, the first of equal keys winning, worked out once per list. */
function entitiesByKey(entities: Entity[]): Map<string, Entity> {
  let byKey = entityKeys.get(entities);
  if (!byKey) {
    byKey = new Map();
    for (const entity of entities) {
      const key = nameKey(entity.name);
      if (!byKey.has(key)) byKey.set(key, entity);
    }
    entityKeys.set(entities, byKey);
  }
  return byKey;
}
