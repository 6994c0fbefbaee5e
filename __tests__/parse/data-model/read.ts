/** Reading a data model in the tests of parse/data-model/, and summaries of what was read. */
import { parseDataModel } from '../../../src/core/parse/data-model/index.js';
import type { DataModel, Entity } from '../../../src/core/model.js';

export const FILE = 'specs/001-x/data-model.md';

export function parse(lines: string[]): DataModel {
  const text = lines.join('\n');
  return parseDataModel({ path: FILE, relativePath: 'data-model.md', text }).dataModel;
}

export function names(model: DataModel): string[] {
  return model.entities.map(entity => entity.name);
}

export function entity(model: DataModel, name: string): Entity {
  const found = model.entities.find(candidate => candidate.name === name);
  if (!found) throw new Error(`no entity ${name} in ${names(model).join(', ')}`);
  return found;
}

export function fieldSummary(found: Entity): string[] {
  return found.fields.map(field => `${field.name}:${field.type ?? '?'}`);
}

export function states(found: Entity): string[] {
  return found.states.map(
    state => `${state.from}>${state.to}${state.trigger ? ` (${state.trigger})` : ''}`
  );
}

export function links(model: DataModel): string[] {
  return model.relationships.map(
    relationship =>
      `${relationship.from}>${relationship.to}${relationship.kind ? ` ${relationship.kind}` : ''}`
  );
}

export function derivedNames(model: DataModel): string[] {
  return model.entities.filter(found => found.derived).map(found => found.name);
}

export function aliases(model: DataModel): Record<string, string[]> {
  return Object.fromEntries(model.entities.map(found => [found.name, found.aliases]));
}

/** Each entity as `name:existing/extended`. */
export function flags(lines: string[]): string[] {
  const { dataModel } = parseDataModel({
    path: FILE,
    relativePath: 'data-model.md',
    text: lines.join('\n')
  });
  return dataModel.entities.map(
    entity =>
      `${entity.name}:${entity.existing ? 'existing' : entity.extended ? 'extended' : 'new'}`
  );
}
