import type { Relationship } from '../../model.js';
import { plannedFileNamed, roleDirNear } from '../layout.js';
import { sourceFile } from '../naming.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { modelFile, modelKey } from './models.js';

/**
 * Template rule "relationships → service layer tasks": one service per entity that relates to
 * others, owning those relationships, after the models it joins.
 */
export function serviceTasks(context: RuleContext): TaskDraft[] {
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
  return [...byOwner].map(([owner, relationships]) => {
    const related = [...new Set(relationships.map(relationship => relationship.to))];
    const name = `${owner} service`;
    return {
      key: serviceKey(owner),
      kind: 'service',
      role: 'core',
      description: `${owner}Service managing ${owner}'s relationships to ${related.join(', ')}`,
      files: [
        plannedFileNamed(context.layout, name, 'service') ??
          roleDirNear(context.layout, 'service', modelFile(context, owner)) +
            sourceFile(name, context.layout.language)
      ],
      after: [modelKey(owner), ...related.map(modelKey)],
      covers: relationships.map(relationship => ({
        kind: 'relationship',
        name: relationship.text,
        source: relationship.source
      })),
      story: sharedOwner(
        [owner, ...related].map(entity => context.owners.entity(entities.get(entity)!))
      )
    };
  });
}

export function serviceKey(entityName: string): string {
  return `service:${entityName}`;
}

/** The story when every part agrees on one; otherwise shared. */
export function sharedOwner(owners: (string | undefined)[]): string | undefined {
  const distinct = new Set(owners);
  return distinct.size === 1 ? owners[0] : undefined;
}
