import type { Entity, Feature } from '../../model.js';
import { plannedFileNamed } from '../layout.js';
import { sourceFile } from '../naming.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

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

export function modelFile(context: RuleContext, entityName: string): string {
  return (
    plannedFileNamed(context.layout, entityName) ??
    context.layout.modelsDir + sourceFile(entityName, context.layout.language)
  );
}

/** The data model's entities, else the spec's Key Entities (names only: their prose has no fields). */
export function featureEntities(feature: Feature): Entity[] {
  if (feature.dataModel) return feature.dataModel.entities;
  return (feature.spec?.keyEntities ?? []).map(key => ({
    name: withoutNote(key.name),
    fields: [],
    states: [],
    existing: /^(?:(?:an?|the)\s+)?existing\b/i.test(key.description),
    extended: false,
    derived: false,
    aliases: [],
    source: key.source
  }));
}

/** "Site (Data Source)": the note is not part of the name. */
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
