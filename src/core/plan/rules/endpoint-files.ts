/**
 * The file each endpoint of a contract is implemented in: the planned file that serves its route
 * or the contract's resources, else a controller of its entity's, a file of its own in a folder
 * of commands, or one file named for the contract.
 */
import type { Contract, Endpoint, Entity } from '../../model.js';
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
import { singular, words } from '../../text/words.js';
import { lastSegment } from '../layout/folders.js';
import type { RuleContext } from './context.js';
import { entityServedBy, entityUnder, modelFile } from './models.js';

/** The file of each of `served`, the contract's endpoints the feature serves, in their order. */
export function servingFiles(
  context: RuleContext,
  contract: Contract,
  served: Endpoint[],
  entities: Entity[]
): string[] {
  const place = endpointFile(context, contract, served, entities);
  return served.map(
    endpoint =>
      endpoint.file ??
      ownFile(context, contract, endpoint) ??
      (endpoint.kind === 'http' ? routeFileFor(context.layout, endpoint.name) : undefined) ??
      (place.planned ? place.file : fileOfItsOwn(context, endpoint, entities, place.file))
  );
}

/** Where the plan names no file for the contract: its entity's controller, or its command's file. */
function fileOfItsOwn(
  context: RuleContext,
  endpoint: Endpoint,
  entities: Entity[],
  contractFile: string
): string {
  return (
    entityControllerFile(context, endpoint, entityUnder(endpoint, entities)) ??
    (endpoint.kind === 'cli'
      ? commandFileBeside(contractFile, endpoint.resource, context.layout.language)
      : undefined) ??
    contractFile
  );
}

/** The kind a folder's name says its files are: `controllers/` → controller. */
function folderKind(dir: string): string {
  return singular(words(lastSegment(dir)).join(''));
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
  const folder = folderKind(dir);
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
  const folder = folderKind(dir);
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
