import type { Entity, Feature } from '../../model.js';
import { sourceFile } from '../placement/file-names.js';
import { plannedFileNamed } from '../placement/named-file.js';
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
  return (
    plannedFileNamed(context.layout, entityName) ??
    plannedTypesFile(context.layout) ??
    context.layout.modelsDir + sourceFile(entityName, context.layout.language)
  );
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

function storesData(feature: Feature): boolean {
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
  return `${verb} ${entity.name} model${suffix}${states}`;
}
