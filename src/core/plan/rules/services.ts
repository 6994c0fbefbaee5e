import type { Relationship } from '../../model.js';
import { sourceFile } from '../placement/file-names.js';
import { fileOfFolderFor, plannedFileNamed } from '../placement/named-file.js';
import { SERVICE_STEMS } from '../../vocabulary/plan-files.js';
import { roleDirNear } from '../placement/role-dir.js';
import { plannedServicesFileBeside, plannedTypesFile } from '../placement/types-file.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { modelFile, modelKey } from './models.js';

/** An entity that relates to others, and so gets a service owning those relationships. */
export interface ManagedEntity {
  owner: string;
  /** The entities it relates to, in first-written order. */
  related: string[];
  relationships: Relationship[];
}

/**
 * Template rule "relationships → service layer tasks": one service per entity that relates to
 * others, owning those relationships, after the models it joins.
 */
export function serviceTasks(context: RuleContext): TaskDraft[] {
  return managedEntities(context).map(managed => {
    const place = servicePlace(context, managed.owner);
    const phrase = relationshipsPhrase([managed]);
    return {
      key: serviceKey(managed.owner),
      kind: 'service',
      role: 'core',
      description: place.inModel
        ? `Add ${phrase}`
        : `Implement ${managed.owner}Service managing ${phrase}`,
      files: [place.file],
      after: serviceDependencies(managed),
      covers: relationshipCovers(managed),
      story: serviceStory(context, managed)
    };
  });
}

/**
 * Where the service owning an entity's relationships goes: the plan's service file for the
 * entity (`orders/service.ts`, `order_service.py`, `order_manager.py`), else the plan's services
 * module beside its model (`services.py` beside `models.py`). A plan that keeps its types in one
 * file and plans no service layer keeps the relationships in that file; only a plan without
 * such files gets a service file of the template's making.
 */
function servicePlace(context: RuleContext, owner: string): { file: string; inModel: boolean } {
  const { layout } = context;
  const model = modelFile(context, owner);
  const planned =
    fileOfFolderFor(layout, owner, SERVICE_STEMS) ??
    [...SERVICE_STEMS]
      .map(stem => plannedFileNamed(layout, `${owner} ${stem}`, 'service'))
      .find(Boolean) ??
    plannedServicesFileBeside(layout, model);
  if (planned) return { file: planned, inModel: false };
  if (model === plannedTypesFile(layout)) return { file: model, inModel: true };
  const name = `${owner} service`;
  return {
    file: roleDirNear(layout, 'service', model) + sourceFile(name, layout.language),
    inModel: false
  };
}

export function managedEntities(context: RuleContext): ManagedEntity[] {
  const entities = new Map(
    (context.feature.dataModel?.entities ?? []).map(entity => [entity.name, entity])
  );
  const byOwner = new Map<string, Relationship[]>();
  for (const relationship of context.feature.dataModel?.relationships ?? []) {
    if (
      !entities.has(relationship.from) ||
      !entities.has(relationship.to) ||
      relationship.from === relationship.to ||
      // A derived view has nothing to manage: its relationships are read, not kept.
      entities.get(relationship.from)!.derived
    )
      continue;
    const list = byOwner.get(relationship.from) ?? [];
    list.push(relationship);
    byOwner.set(relationship.from, list);
  }
  return [...byOwner].map(([owner, relationships]) => ({
    owner,
    related: [...new Set(relationships.map(relationship => relationship.to))],
    relationships
  }));
}

/** "Shipment's relationships to Pallet, Courier"; several owners joined with "and". */
export function relationshipsPhrase(managed: ManagedEntity[]): string {
  return managed
    .map(({ owner, related }) => `${possessive(owner)} relationships to ${related.join(', ')}`)
    .join(' and ');
}

/** Entities named as tables are plural (`events`): "events' relationships", not "events's". */
function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

export function serviceDependencies(managed: ManagedEntity): string[] {
  return [modelKey(managed.owner), ...managed.related.map(modelKey)];
}

export function relationshipCovers(managed: ManagedEntity): TaskDraft['covers'] {
  return managed.relationships.map(relationship => ({
    kind: 'relationship',
    name: relationship.text,
    source: relationship.source
  }));
}

export function serviceStory(context: RuleContext, managed: ManagedEntity): string | undefined {
  const entities = new Map(
    (context.feature.dataModel?.entities ?? []).map(entity => [entity.name, entity])
  );
  return sharedOwner(
    [managed.owner, ...managed.related].map(name => context.owners.entity(entities.get(name)!))
  );
}

export function serviceKey(entityName: string): string {
  return `service:${entityName}`;
}

/** The story when every part agrees on one; otherwise shared. */
export function sharedOwner(owners: (string | undefined)[]): string | undefined {
  const distinct = new Set(owners);
  return distinct.size === 1 ? owners[0] : undefined;
}
