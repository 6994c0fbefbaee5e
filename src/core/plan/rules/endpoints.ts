import type { Contract, Endpoint, Entity } from '../../model.js';
import { plannedFileFor } from '../layout.js';
import { sourceFile, words } from '../naming.js';
import type { TaskDraft } from '../model.js';
import { singular } from '../story-owners.js';
import type { RuleContext } from './context.js';
import { contractTestKey } from './contract-tests.js';
import { modelKey } from './models.js';
import { serviceKey } from './services.js';

/**
 * Template rule "each endpoint → implementation task". Endpoints of one contract share one file,
 * so they run one after another; each waits for its contract test and for the model (or service)
 * of the entity it serves. Endpoints the feature only calls are someone else's to build.
 */
export function endpointTasks(context: RuleContext): TaskDraft[] {
  const entities = context.feature.dataModel?.entities ?? [];
  const services = new Set(
    (context.feature.dataModel?.relationships ?? []).map(relationship => relationship.from)
  );
  return context.feature.contracts.flatMap(contract => {
    const served = contract.endpoints.filter(endpoint => !endpoint.consumed);
    if (served.length === 0) return [];
    const file = endpointFile(context, contract, served);
    return served.map(endpoint => {
      const entity = entityServedBy(endpoint, entities);
      const dependency = entity
        ? services.has(entity.name)
          ? serviceKey(entity.name)
          : modelKey(entity.name)
        : undefined;
      return {
        key: `endpoint:${contract.path}:${endpoint.name}`,
        kind: 'endpoint',
        role: 'core',
        description: `Implement ${endpointLabel(endpoint)}`,
        files: [file],
        after: [contractTestKey(contract), ...(dependency ? [dependency] : [])],
        covers: [{ kind: 'endpoint', name: endpoint.name, source: endpoint.source }],
        story: context.owners.endpoint(contract, endpoint)
      } satisfies TaskDraft;
    });
  });
}

function endpointLabel(endpoint: Endpoint): string {
  const kind =
    endpoint.kind === 'cli' ? 'command' : endpoint.kind === 'http' ? 'endpoint' : 'operation';
  return `${endpoint.name} ${kind}${endpoint.operationId ? ` (${endpoint.operationId})` : ''}`;
}

function endpointFile(context: RuleContext, contract: Contract, served: Endpoint[]): string {
  const lastDot = contract.fileName.lastIndexOf('.');
  const stem = lastDot > 0 ? contract.fileName.slice(0, lastDot) : contract.fileName;
  const hint = [stem, ...served.map(endpoint => endpoint.resource)].join(' ');
  return (
    plannedFileFor(context.layout, context.layout.endpointsDir, hint) ??
    context.layout.endpointsDir + sourceFile(stem, context.layout.language)
  );
}

/** The entity whose name matches the endpoint's resource (`/events/{id}` serves `Event`). */
function entityServedBy(endpoint: Endpoint, entities: Entity[]): Entity | undefined {
  const resource = words(endpoint.resource).map(singular).join(' ');
  if (!resource) return undefined;
  return entities.find(entity => words(entity.name).map(singular).join(' ') === resource);
}
