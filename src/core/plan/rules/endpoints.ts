import type { Endpoint } from '../../model.js';
import { planRoutesContract } from '../../parse/plan-routes.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { contractTestKey } from './contract-tests.js';
import { servingFiles } from './endpoint-files.js';
import { entityServedBy, modelKey } from './models.js';
import { serviceKey } from './services.js';

/**
 * Template rule "each endpoint → implementation task", for the contracts' endpoints or, where no
 * contract declares any, the routes the plan declares. Each endpoint goes in the planned file that
 * serves its route (`CourierController` for `/couriers/{id}`), else in its contract's one file, so
 * those run one after another; each waits for its contract test and for the model (or service) of
 * the entity it serves. Endpoints the feature only calls are someone else's to build.
 */
export function endpointTasks(context: RuleContext): TaskDraft[] {
  const entities = context.feature.dataModel?.entities ?? [];
  const services = new Set(
    (context.feature.dataModel?.relationships ?? []).map(relationship => relationship.from)
  );
  const planRoutes = planRoutesContract(context.feature);
  const contracts = planRoutes
    ? [...context.feature.contracts, planRoutes]
    : context.feature.contracts;
  return contracts.flatMap(contract => {
    const served = contract.endpoints.filter(endpoint => !endpoint.consumed);
    if (served.length === 0) return [];
    const files = servingFiles(context, contract, served, entities);
    return served.map((endpoint, index) => {
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
        files: [files[index]!],
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
  const aside = endpoint.operationId ?? endpoint.purpose;
  return `${endpoint.name} ${kind}${aside ? ` (${aside})` : ''}`;
}
