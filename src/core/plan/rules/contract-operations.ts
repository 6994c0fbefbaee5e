import type { Contract, DeclaredCode, DeclaredGroup } from '../../model.js';
import { isResourceUri } from '../../parse/contracts/classify.js';
import {
  GROUP_ROLE_WORDS,
  IMPLEMENTATION_SUFFIXES,
  MANAGING_GROUP,
  ROLE_ALSO_CALLED,
  WIRE_CONTRACT
} from '../../vocabulary/contracts.js';
import { directoryOf } from '../layout/folders.js';
import { languageOfFile } from '../layout/language.js';
import { sourceFile } from '../placement/file-names.js';
import { stemOf } from '../placement/file-roles.js';
import { plannedFileNamed } from '../placement/named-file.js';
import { words } from '../../text/words.js';
import { singular } from '../../text/words.js';
import type { Covered, TaskDraft, TaskKind } from '../model.js';
import type { RuleContext } from './context.js';
import { contractTestKey } from './contract-tests.js';
import { toolTasks } from './tool-tasks.js';
import { modelKey } from './models.js';
import {
  type ManagedEntity,
  managedEntities,
  relationshipCovers,
  relationshipsPhrase,
  serviceDependencies,
  serviceKey,
  serviceStory,
  sharedOwner
} from './services.js';

/**
 * A contract without endpoints may still declare what the feature must build: service
 * interfaces and their methods, MCP tools and resources, tRPC routers, proto messages (sorted
 * into `Contract.declared` when the contract is read). Its contract test alone would leave that
 * work unplanned, so each service or router it declares gets an implementation task, and a
 * contract that declares only loose operations or types gets one task for all of them. Each
 * waits for the contract's test.
 *
 * The data model often names the same classes: an entity `OrderResponseDto` that a DTO
 * contract declares, a relationship service `InvoiceService` (or `PaymentLinkService`) for what
 * the contract calls `InvoiceService` (`PaymentService`). That is one piece of work, so it
 * becomes one task covering both design items, named and placed as the contract says: the
 * contract was written about the code, the other rules only infer it.
 */
export interface ContractWork {
  /** The model tasks, each with the contract type that is the same class folded in. */
  models: TaskDraft[];
  /** The relationship services, each with the contract service that manages them folded in. */
  services: TaskDraft[];
  /** The rest of what contracts declare: their own services, routers, tools and types. */
  operations: TaskDraft[];
  /** Keys of service tasks folded into another task, to that task's key. */
  renamed: Map<string, string>;
}

export function contractOperationTasks(
  context: RuleContext,
  models: TaskDraft[],
  services: TaskDraft[]
): ContractWork {
  const declarations = context.feature.contracts
    .filter(contract => contract.endpoints.length === 0)
    .map(declaredBy);
  const foldedModels = foldTypes(context, declarations, models);
  const { folded, renamed, absorbed } = foldServices(context, declarations, services);
  const operations = declarations.flatMap(declared => {
    const groups = declared.groups.filter(group => !absorbed.has(group));
    if (declared.groups.length > 0) return groups.map(group => groupTask(context, declared, group));
    const whole = wholeContractTask(context, declared);
    return whole
      ? (toolTasks(context, declared.contract, declared.operations, whole) ?? [whole])
      : [];
  });
  return { models: foldedModels, services: folded, operations, renamed };
}

/** What one endpoint-less contract declares, as this rule folds it: its types shrink as models take them. */
interface Declared extends DeclaredCode {
  contract: Contract;
}

function declaredBy(contract: Contract): Declared {
  const { groups, operations, types, typesWanted } = contract.declared;
  return { contract, groups, operations, types, typesWanted };
}

// ---------------------------------------------------------------------------------------------
// Folding what the data model plans again

/**
 * A type the contract declares that is an entity of the data model is that entity's model: one
 * task, in the contract's place (`sales/web/dto/` for `sales-dtos.yaml`). Wire
 * messages are not folded: a `.proto` message and the domain type are two pieces of work.
 */
function foldTypes(
  context: RuleContext,
  declarations: Declared[],
  models: TaskDraft[]
): TaskDraft[] {
  const byKey = new Map(models.map(model => [model.key, model]));
  const entities = context.feature.dataModel?.entities ?? [];
  for (const declared of declarations) {
    if (declared.groups.length > 0 || declared.operations.length > 0) continue;
    if (protoFile(context, declared.contract)) continue;
    const folded: string[] = [];
    for (const type of declared.types) {
      const entity = entities.find(
        candidate => candidate.name === type || candidate.aliases.includes(type)
      );
      const model = entity ? byKey.get(modelKey(entity.name)) : undefined;
      if (!entity || !model) continue;
      folded.push(type);
      const first = !model.covers.some(cover => cover.kind === 'contract');
      byKey.set(model.key, {
        ...model,
        description: first
          ? `${model.description} per ${relative(declared.contract)}`
          : model.description,
        files: first ? [typeFile(context, declared.contract, type, model.files[0])] : model.files,
        after: unique([...model.after, contractTestKey(declared.contract)]),
        covers: [...model.covers, contractCover(declared.contract)],
        story: sharedOwner([model.story, context.owners.contract(declared.contract)])
      });
    }
    declared.types = declared.types.filter(type => !folded.includes(type));
  }
  return models.map(model => byKey.get(model.key)!);
}

/**
 * A relationship service for an entity the contract's own service manages (`InvoiceService` for
 * `Invoice`, `PaymentService` for `PaymentLink`) is that service: one task under the contract's
 * name. The longest match wins, so `ShelfLabelService` takes `ShelfLabel` before `ShelfService`
 * can.
 */
function foldServices(
  context: RuleContext,
  declarations: Declared[],
  services: TaskDraft[]
): { folded: TaskDraft[]; renamed: Map<string, string>; absorbed: Set<DeclaredGroup> } {
  const candidates = declarations.flatMap(declared =>
    declared.groups
      .filter(group => MANAGING_GROUP.test(group.name))
      .map(group => ({ declared, group }))
  );
  const managedBy = new Map<DeclaredGroup, { declared: Declared; managed: ManagedEntity[] }>();
  const ownerGroup = new Map<string, DeclaredGroup>();
  for (const managed of managedEntities(context)) {
    const found = managingGroup(managed.owner, candidates);
    if (!found) continue;
    const entry = managedBy.get(found.group) ?? { declared: found.declared, managed: [] };
    entry.managed.push(managed);
    managedBy.set(found.group, entry);
    ownerGroup.set(serviceKey(managed.owner), found.group);
  }
  const renamed = new Map<string, string>();
  const folded: TaskDraft[] = [];
  for (const service of services) {
    const group = ownerGroup.get(service.key);
    if (!group) {
      folded.push(service);
      continue;
    }
    const { declared, managed } = managedBy.get(group)!;
    const first = serviceKey(managed[0]!.owner);
    if (service.key !== first) {
      renamed.set(service.key, first);
      continue;
    }
    folded.push(managedGroupTask(context, declared, group, managed, service));
  }
  return { folded, renamed, absorbed: new Set(managedBy.keys()) };
}

function managingGroup<T extends { group: DeclaredGroup }>(
  owner: string,
  candidates: T[]
): T | undefined {
  const ownerWords = words(owner).map(singular);
  let best: { candidate: T; score: number } | undefined;
  for (const candidate of candidates) {
    const subject = words(candidate.group.name).slice(0, -1).map(singular);
    if (subject.length === 0 || subject.length > ownerWords.length) continue;
    if (!subject.every((word, index) => word === ownerWords[index])) continue;
    const score = subject.length === ownerWords.length ? Number.MAX_SAFE_INTEGER : subject.length;
    if (best === undefined || score > best.score) best = { candidate, score };
  }
  return best?.candidate;
}

function managedGroupTask(
  context: RuleContext,
  declared: Declared,
  group: DeclaredGroup,
  managed: ManagedEntity[],
  service: TaskDraft
): TaskDraft {
  const { contract } = declared;
  const inferred = service.files[0];
  // The relationship rule placed the service beside its models; the contract names the class.
  const besideModels =
    inferred === undefined
      ? undefined
      : sameWords(stemOf(inferred), group.name)
        ? inferred
        : directoryOf(inferred) + sourceFile(group.name, context.layout.language);
  return {
    key: service.key,
    kind: 'service',
    role: 'core',
    description: `Implement ${subjectOf(group)} per ${relative(contract)}${listed(group.members)}, managing ${relationshipsPhrase(managed)}`,
    files: [groupFile(context, contract, group, besideModels)],
    after: unique([...managed.flatMap(serviceDependencies), contractTestKey(contract)]),
    covers: [...managed.flatMap(relationshipCovers), contractCover(contract)],
    story: sharedOwner([
      ...managed.map(entity => serviceStory(context, entity)),
      context.owners.contract(contract)
    ])
  };
}

// ---------------------------------------------------------------------------------------------
// Tasks of the contract's own

function groupTask(context: RuleContext, declared: Declared, group: DeclaredGroup): TaskDraft {
  const routing = group.serves;
  return draft(
    context,
    declared.contract,
    `contract-operations:${declared.contract.path}:${group.name}`,
    routing ? 'endpoint' : 'service',
    `Implement ${subjectOf(group)} per ${relative(declared.contract)}${listed(group.members)}`,
    groupFile(context, declared.contract, group, undefined)
  );
}

function subjectOf(group: DeclaredGroup): string {
  const alias = group.aliases.find(
    name => !IMPLEMENTATION_SUFFIXES.some(suffix => name === `${group.name}${suffix}`)
  );
  return alias ? `${group.name} (${alias})` : group.name;
}

/**
 * The file the plan names for the group; else the one the contract's own tree, its `**File**:`
 * or its module or package says; else where the other rule would have put it; else the
 * endpoint or service folder.
 */
function groupFile(
  context: RuleContext,
  contract: Contract,
  group: DeclaredGroup,
  besideModels: string | undefined
): string {
  const { layout } = context;
  const names = [group.name, ...group.aliases];
  const routing = group.serves;
  return (
    names.map(name => plannedFileNamed(layout, name)).find(Boolean) ??
    treeFile(context, contract, names) ??
    homeFile(context, contract, names) ??
    moduleFile(context, contract) ??
    inPackage(context, contract, group.name) ??
    besideModels ??
    (routing ? layout.endpointsDir : layout.servicesDir) + sourceFile(group.name, layout.language)
  );
}

/** Loose tools, procedures or resources, else message types: one task for the contract. */
function wholeContractTask(context: RuleContext, declared: Declared): TaskDraft | undefined {
  const { contract, operations, types } = declared;
  if (operations.length > 0) {
    const what = operations.every(isResourceUri) ? 'resources' : 'operations';
    return draft(
      context,
      contract,
      `contract-operations:${contract.path}`,
      'endpoint',
      `Implement the ${what} declared in ${relative(contract)}${listed(operations)}`,
      operationsFile(context, contract)
    );
  }
  if (types.length === 0 || !declared.typesWanted) return undefined;
  return draft(
    context,
    contract,
    `contract-operations:${contract.path}`,
    'model',
    `Implement the types declared in ${relative(contract)}${listed(types)}`,
    protoFile(context, contract) ??
      typeFile(context, contract, types.length === 1 ? types[0]! : stemOf(contract.fileName))
  );
}

/** `actions.json` in the plan's `bot/actions.rs`, `bot-actions.md` in its `Bot/Actions/`. */
function operationsFile(context: RuleContext, contract: Contract): string {
  const stem = stemOf(contract.fileName);
  const { layout } = context;
  return (
    plannedFileNamed(layout, stem) ??
    moduleFile(context, contract) ??
    inPackage(context, contract, stem) ??
    (dirNamedBy(layout.touchedDirs, stem) ?? layout.endpointsDir) +
      sourceFile(stem, layout.language)
  );
}

/** Wire messages go in the plan's .proto file. */
function protoFile(context: RuleContext, contract: Contract): string | undefined {
  const proto = context.layout.plannedFiles.find(file => file.endsWith('.proto'));
  const about = `${stemOf(contract.fileName)} ${contract.title ?? ''}`;
  return proto && WIRE_CONTRACT.test(about) ? proto : undefined;
}

/** A type in the DTO directory of its own module (`sales/web/dto/` for `sales-dtos.yaml`). */
function typeFile(
  context: RuleContext,
  contract: Contract,
  name: string,
  inferred?: string
): string {
  const { layout } = context;
  const stem = stemOf(contract.fileName);
  const named =
    plannedFileNamed(layout, name) ??
    homeFile(context, contract, [name]) ??
    moduleFile(context, contract) ??
    inPackage(context, contract, name);
  if (named) return named;
  // A folder that shares one word with the contract (`web/` for `web-types.md`) is a guess no
  // better than the model rule's; one of two words or more (`sales/…/dto/`) is the contract's.
  const dir = dirNamedBy(layout.touchedDirs, stem, inferred !== undefined);
  if (dir) return dir + sourceFile(name, layout.language);
  return inferred ?? layout.modelsDir + sourceFile(name, layout.language);
}

// ---------------------------------------------------------------------------------------------
// Where the contract says its code goes

/**
 * The file the contract's own tree draws for the group: `BasketService.swift`, or for
 * `orderRouter` the `order.ts` in its routers folder (or whose note speaks of procedures).
 */
function treeFile(context: RuleContext, contract: Contract, names: string[]): string | undefined {
  const files = contract.declarations?.files ?? [];
  const exact = files.find(file => names.some(name => sameWords(stemOf(file.path), name)));
  if (exact) return anchored(context, exact.path);
  const subject = words(names[0]!).filter(word => !GROUP_ROLE_WORDS.has(singular(word)));
  const role = words(names[0]!)
    .map(singular)
    .filter(word => GROUP_ROLE_WORDS.has(word));
  if (subject.length === 0 || role.length === 0) return undefined;
  const found = files.find(file => {
    if (words(stemOf(file.path)).map(singular).join(' ') !== subject.map(singular).join(' '))
      return false;
    const around = [...directoryOf(file.path).split('/'), file.note ?? ''].flatMap(text =>
      words(text).map(singular)
    );
    return around.some(
      word => role.includes(word) || role.includes(ROLE_ALSO_CALLED.get(word) ?? '')
    );
  });
  return found ? anchored(context, found.path) : undefined;
}

/** `**File**: `store/shelf/ShelfRepository.kt``, under the plan's folder of that name. */
function homeFile(context: RuleContext, contract: Contract, names: string[]): string | undefined {
  const home = homes(contract).find(
    path => languageOfFile(path) !== undefined && names.some(name => sameWords(stemOf(path), name))
  );
  return home ? anchored(context, home) : undefined;
}

/** `**Module**: `quote_client.fetch`` is the plan's `…/quote_client/fetch.py`. */
function moduleFile(context: RuleContext, contract: Contract): string | undefined {
  const { layout } = context;
  for (const home of homes(contract)) {
    if (home.includes('/') || languageOfFile(home) !== undefined) continue;
    const segments = home.split(/\.|::/).filter(Boolean);
    if (segments.length < 2 || !segments.every(segment => /^[a-z_]\w*$/i.test(segment))) continue;
    const tail = '/' + segments.join('/');
    const planned = layout.plannedFiles.find(file =>
      `/${file.replace(/\.[^./]*$/, '')}`.endsWith(tail)
    );
    if (planned) return planned;
    const parent = `/${segments.slice(0, -1).join('/')}/`;
    const dir = layout.sourceDirs.find(candidate => `/${candidate}`.endsWith(parent));
    if (dir) return dir + sourceFile(segments[segments.length - 1]!, layout.language);
  }
  return undefined;
}

/** `**Package**: `libs/quotes``: the plan's source folder inside it, for a file of `name`. */
function inPackage(context: RuleContext, contract: Contract, name: string): string | undefined {
  const { layout } = context;
  for (const home of homes(contract)) {
    if (!home.includes('/') || languageOfFile(home) !== undefined) continue;
    const bare = home.replace(/^\.?\/+/, '');
    const prefix = bare.endsWith('/') ? bare : `${bare}/`;
    const dir = layout.sourceDirs.find(candidate => candidate.startsWith(prefix));
    if (dir) return dir + sourceFile(name, layout.language);
  }
  return undefined;
}

function homes(contract: Contract): string[] {
  return contract.declarations?.homes ?? [];
}

/**
 * A path the contract writes, where the plan has it: as written when it starts in one of the
 * plan's top folders, else under the plan's folder that ends with its folders.
 */
function anchored(context: RuleContext, path: string): string | undefined {
  const { layout } = context;
  const clean = path.replace(/^\.?\/+/, '');
  const dirs = [...layout.touchedDirs, ...layout.sourceDirs];
  const top = clean.slice(0, clean.indexOf('/') + 1);
  if (layout.origin !== 'plan' || (top && dirs.some(dir => dir.startsWith(top)))) return clean;
  const folder = directoryOf(clean);
  const name = clean.slice(folder.length);
  const dir = folder ? dirs.find(candidate => `/${candidate}`.endsWith(`/${folder}`)) : undefined;
  return dir ? dir + name : undefined;
}

/**
 * The planned directory whose segments name most of the stem's words (`sales`, `dto`); when
 * `sure`, only one that names two of them, or the stem's one word.
 */
function dirNamedBy(dirs: string[], stem: string, sure = false): string | undefined {
  const wanted = new Set(words(stem).map(singular));
  let best: { dir: string; score: number } | undefined;
  for (const dir of dirs) {
    const segments = new Set(dir.split('/').flatMap(segment => words(segment).map(singular)));
    const score = [...wanted].filter(word => segments.has(word)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { dir, score };
  }
  return best && (!sure || best.score >= Math.min(2, wanted.size)) ? best.dir : undefined;
}

function sameWords(a: string, b: string): boolean {
  return words(a).map(singular).join(' ') === words(b).map(singular).join(' ');
}

// ---------------------------------------------------------------------------------------------

function draft(
  context: RuleContext,
  contract: Contract,
  key: string,
  kind: TaskKind,
  description: string,
  file: string
): TaskDraft {
  return {
    key,
    kind,
    role: 'core',
    description,
    files: [file],
    after: [contractTestKey(contract)],
    covers: [contractCover(contract)],
    story: context.owners.contract(contract)
  };
}

function contractCover(contract: Contract): Covered {
  return { kind: 'contract', name: contract.path, source: contract.source };
}

/**
 * Every name, however many: the task is the one place a reader of the list learns which methods
 * the contract requires, and an "and 6 more" would send them back to the contract to find out.
 */
function listed(names: string[]): string {
  return names.length === 0 ? '' : ` (${names.join(', ')})`;
}

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

function relative(contract: Contract): string {
  const at = contract.path.indexOf('/contracts/');
  return at >= 0 ? contract.path.slice(at + 1) : `contracts/${contract.fileName}`;
}

/** `bot-actions.md` → `bot-actions`; `actions.json` → `actions`. */
