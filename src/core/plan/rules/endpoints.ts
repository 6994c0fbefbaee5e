import type { Contract, Endpoint, Entity } from '../../model.js';
import { planRoutesContract } from '../../parse/plan-routes.js';
import { ENDPOINT_FILE_KIND, type Language } from '../../vocabulary/languages.js';
import {
  COMMAND_FILE_KIND,
  COMMAND_NAME_WORD,
  CONTRACT_DOCUMENT_WORDS,
  ENDPOINT_FILE_NAMES,
  ENDPOINT_FOLDER_KINDS
} from '../../vocabulary/plan-endpoints.js';
import { plannedEndpointFile } from '../placement/endpoint-file.js';
import { sourceFile } from '../placement/file-names.js';
import { commandFileBeside } from '../placement/one-file-each.js';
import { stemOf } from '../placement/file-roles.js';
import { roleDirNear } from '../placement/role-dir.js';
import { routeFileFor } from '../placement/routes.js';
import { pascalCase } from '../../text/case.js';
import { words } from '../../text/words.js';
import type { TaskDraft } from '../model.js';
import { singular } from '../../text/words.js';
import type { RuleContext } from './context.js';
import { contractTestKey } from './contract-tests.js';
import { entityServedBy, entityUnder, modelFile, modelKey } from './models.js';
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
    const place = endpointFile(context, contract, served, entities);
    return served.map(endpoint => {
      const entity = entityServedBy(endpoint, entities);
      const file = place.planned
        ? place.file
        : (entityControllerFile(context, endpoint, entityUnder(endpoint, entities)) ??
          (endpoint.kind === 'cli'
            ? commandFileBeside(place.file, endpoint.resource, context.layout.language)
            : undefined) ??
          place.file);
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
        files: [
          endpoint.file ??
            ownFile(context, contract, endpoint) ??
            (endpoint.kind === 'http' ? routeFileFor(context.layout, endpoint.name) : undefined) ??
            file
        ],
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

/**
 * The planned controller, handler or router that serves the contract's resources; else a file
 * named for them in the endpoint folder nearest the entity they serve.
 */
function endpointFile(
  context: RuleContext,
  contract: Contract,
  served: Endpoint[],
  entities: Entity[]
): { file: string; planned: boolean } {
  const { layout } = context;
  const stem = stemOf(contract.fileName);
  const hint = [stem, ...served.map(endpoint => endpoint.resource)].join(' ');
  const kinds = [...new Set(served.map(endpoint => endpoint.kind))];
  const planned = plannedEndpointFile(layout, kinds, hint);
  if (planned) return { file: planned, planned: true };
  const entity = served.map(endpoint => entityServedBy(endpoint, entities)).find(Boolean);
  const dir = roleDirNear(layout, 'endpoint', entity && modelFile(context, entity.name));
  return { file: dir + endpointFileName(stem, served, dir, layout.language), planned: false };
}

/**
 * Where the plan has a folder of controllers (or handlers) and plans none for the contract, an
 * HTTP endpoint goes in the one of the entity whose collection it sits under, in the folder nearest
 * its model: `/kennels/{id}` and `/kennels/{id}/history` in `controller/KennelController.java`,
 * as a team of that language writes them.
 */
function entityControllerFile(
  context: RuleContext,
  endpoint: Endpoint,
  entity: Entity | undefined
): string | undefined {
  const { layout } = context;
  const usual = ENDPOINT_FILE_KIND[layout.language];
  if (!entity || endpoint.kind !== 'http' || !usual || layout.origin !== 'plan') return undefined;
  const dir = roleDirNear(layout, 'endpoint', modelFile(context, entity.name));
  const folder = singular(words(dir.split('/').filter(Boolean).pop() ?? '').join(''));
  if (!ENDPOINT_FOLDER_KINDS.has(folder)) return undefined;
  // The entity's own spelling kept, acronyms and all: `GPSFix` → `GPSFixController`.
  return dir + sourceFile(pascalCase(entity.name) + pascalCase(folder), layout.language);
}

/** The planned file whose name, folder or note names this endpoint's route or operation. */
function ownFile(context: RuleContext, contract: Contract, endpoint: Endpoint): string | undefined {
  return plannedEndpointFile(
    context.layout,
    [endpoint.kind],
    endpoint.name,
    stemOf(contract.fileName)
  );
}

/**
 * `yard-api-summary.md` → `YardApiController.java`, `orders-api.yaml` → `orders_api.py`,
 * `openapi.yaml` → `api.py`: what the contract serves, never the document's own name taken for
 * a class; in languages that name such files by kind (Java, Kotlin, C#, Go), with its folder's
 * kind or the usual one.
 */
function endpointFileName(
  stem: string,
  served: Endpoint[],
  dir: string,
  language: Language
): string {
  const subject = words(stem).filter(word => !CONTRACT_DOCUMENT_WORDS.has(word));
  const resources = [...new Set(served.map(endpoint => endpoint.resource).filter(Boolean))];
  const name =
    subject.length > 0
      ? subject.join(' ')
      : resources.length === 1
        ? resources[0]!
        : ENDPOINT_FILE_NAMES[served[0]?.kind ?? 'http'];
  const folder = singular(words(dir.split('/').filter(Boolean).pop() ?? '').join(''));
  const usual = ENDPOINT_FILE_KIND[language];
  const kind = served.every(endpoint => endpoint.kind === 'cli')
    ? usual && commandSuffix(name)
    : usual && ENDPOINT_FOLDER_KINDS.has(folder)
      ? folder
      : usual;
  return sourceFile(kind ? `${name} ${kind}` : name, language);
}

/** A CLI's file is named as a command (`ExportCommand`), never a web controller or handler. */
function commandSuffix(name: string): string | undefined {
  const last = words(name).pop();
  return last && COMMAND_NAME_WORD.test(last) ? undefined : COMMAND_FILE_KIND;
}
