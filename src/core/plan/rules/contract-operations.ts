import type { Contract } from '../../model.js';
import { plannedFileNamed } from '../layout.js';
import { sourceFile, words } from '../naming.js';
import { singular } from '../story-owners.js';
import type { TaskDraft, TaskKind } from '../model.js';
import type { RuleContext } from './context.js';
import { contractTestKey } from './contract-tests.js';

/**
 * A contract without endpoints may still declare what the feature must build: service
 * interfaces and their methods, MCP tools and resources, tRPC routers, proto messages. Its
 * contract test alone would leave that work unplanned, so each service or router it declares
 * gets an implementation task, and a contract that declares only loose operations or types gets
 * one task for all of them. Each waits for the contract's test.
 */
export function contractOperationTasks(context: RuleContext): TaskDraft[] {
  return context.feature.contracts
    .filter(contract => contract.endpoints.length === 0)
    .flatMap(contract => {
      const declared = declaredNames(contract);
      const groups = operationGroups(declared);
      if (groups.length > 0) return groups.map(group => groupTask(context, contract, group));
      const whole = wholeContractTask(context, contract, declared);
      return whole ? [whole] : [];
    });
}

/** A service, repository, router or client: the unit a person implements in one file. */
const GROUP =
  /^(?:I?[A-Z][A-Za-z0-9]*(?:Service|Repository|Router|Controller|Handler|Provider|Executor|Collector|Client|Manager|ViewModel|UseCase|Gateway|Adapter|Store|Servicer|Resolver)|[a-z][A-Za-z0-9]*Router)(?:Impl)?$/;
/** Tests and generic bases are named in a contract, not built from it. */
const NOT_A_GROUP = /(?:Test|Tests|Spec)$|^(?:I?ViewModel|Service|Repository|Router|Client)$/;
/** Payload types, not operations: `route_plan_input`, `RoutePlanOutput`, `AccountResponseDto`. */
const PAYLOAD =
  /[_.]?(?:input|output|request|response|payload|dto|props|options|error|result|args|params)$/i;
/** PascalCase methods (C#, Go) start with a verb or end in Async. */
const VERB =
  /^(?:Get|Set|Create|Update|Delete|Archive|Restore|List|Find|Search|Fetch|Save|Load|Add|Remove|Is|Has|Execute|Run|Start|Stop|Sync|Import|Export|Mark|Recover|Validate|Check|Send|Handle|Link|Unlink|Purge|Reset|Collect|Register|Resolve)[A-Z]|Async$/;
const RESOURCE = /^[a-z][\w+.-]*:\/\//;
/** A type that is plainly a message or record the feature defines, even alone. */
const MESSAGE_TYPE = /(?:Message|Request|Response|Event|Dto|Payload|Record)$/;

interface Group {
  name: string;
  /** Other names it goes by: `IShotService` for `ShotService`, `…Impl`. */
  aliases: string[];
  members: string[];
}

/**
 * Names the contract itself declares: not its title, nor a plain word of its title ("PayFast
 * Hosted Payment Contract" declares no `PayFast`), though a service it is about may be one.
 */
function declaredNames(contract: Contract): string[] {
  const titleWords = new Set(
    `${contract.title ?? ''} ${contract.fileName}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)
  );
  return contract.names.filter(
    name =>
      name !== contract.title &&
      !/\s/.test(name) &&
      (isGroup(name) || isOperation(name) || !titleWords.has(name.toLowerCase()))
  );
}

/**
 * Services and routers in first-seen order, each with its operations: `user.exists` belongs to
 * `userRouter`, `ChatClient.complete_stream` to `ChatClient`, and an unqualified method to the
 * service written before it. A router's procedures are always qualified, so it takes no others
 * (a client-side example after it is not its procedure).
 */
function operationGroups(names: string[]): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const name of names) {
    if (!isGroup(name)) continue;
    const canonical = canonicalGroup(name);
    const key = canonical.toLowerCase();
    const group = byKey.get(key) ?? { name: canonical, aliases: [], members: [] };
    if (!byKey.has(key)) groups.push(group);
    byKey.set(key, group);
    if (name !== group.name && !group.aliases.includes(name)) group.aliases.push(name);
  }
  const ownerOf = (qualifier: string) =>
    byKey.get(canonicalGroup(qualifier).toLowerCase()) ??
    byKey.get(`${qualifier}router`.toLowerCase());
  const known = new Set(groups.flatMap(group => [group.name, ...group.aliases].map(moduleKey)));
  let current: Group | undefined;
  for (const name of names) {
    if (isGroup(name)) {
      current = byKey.get(canonicalGroup(name).toLowerCase());
      continue;
    }
    const dot = name.lastIndexOf('.');
    const member = dot > 0 ? name.slice(dot + 1) : name;
    const target =
      dot > 0
        ? ownerOf(name.slice(0, dot))
        : current && !current.name.endsWith('Router')
          ? current
          : undefined;
    // `vllm_grpc_client` is the module of `VllmGrpcClient`, not one of its methods.
    if (!target || !isOperation(member) || known.has(moduleKey(member))) continue;
    if (!target.members.includes(member)) target.members.push(member);
  }
  return groups;
}

function isGroup(name: string): boolean {
  return GROUP.test(name) && !NOT_A_GROUP.test(name);
}

function moduleKey(name: string): string {
  return words(name).join('_');
}

/** The interface `IShotService` is implemented as `ShotService`; `FooImpl` is `Foo`. */
function canonicalGroup(name: string): string {
  const bare = name.replace(/Impl$/, '');
  return /^I[A-Z][a-z]/.test(bare) ? bare.slice(1) : bare;
}

function isOperation(name: string): boolean {
  if (PAYLOAD.test(name) || RESOURCE.test(name)) return false;
  return /^[a-z_]\w*$/.test(name) || VERB.test(name);
}

function groupTask(context: RuleContext, contract: Contract, group: Group): TaskDraft {
  const routing = /(?:Router|Controller|Handler|Servicer|Resolver)$/.test(group.name);
  const dir = routing ? context.layout.endpointsDir : context.layout.servicesDir;
  const file =
    [group.name, ...group.aliases]
      .map(name => plannedFileNamed(context.layout, name))
      .find(Boolean) ?? dir + sourceFile(group.name, context.layout.language);
  const alias = group.aliases.find(name => name !== `${group.name}Impl`);
  const subject = alias ? `${group.name} (${alias})` : group.name;
  return draft(
    context,
    contract,
    `contract-operations:${contract.path}:${group.name}`,
    routing ? 'endpoint' : 'service',
    `Implement ${subject} per ${relative(contract)}${listed(group.members)}`,
    file
  );
}

/** Loose tools, procedures or resources, else message types: one task for the contract. */
function wholeContractTask(
  context: RuleContext,
  contract: Contract,
  names: string[]
): TaskDraft | undefined {
  const operations = names.filter(name => isOperation(name) || RESOURCE.test(name));
  const types = names.filter(name => /^[A-Z][A-Za-z0-9]*$/.test(name));
  if (operations.length > 0) {
    const what = operations.every(name => RESOURCE.test(name)) ? 'resources' : 'operations';
    return draft(
      context,
      contract,
      `contract-operations:${contract.path}`,
      'endpoint',
      `Implement the ${what} declared in ${relative(contract)}${listed(operations)}`,
      operationsFile(context, contract)
    );
  }
  if (types.length < 2 && !types.some(name => MESSAGE_TYPE.test(name))) return undefined;
  return draft(
    context,
    contract,
    `contract-operations:${contract.path}`,
    'model',
    `Implement the types declared in ${relative(contract)}${listed(types)}`,
    typesFile(context, contract, types)
  );
}

/** `tools.json` in the plan's `mcp/tools.rs`, `ai-tools.md` in its `Agent/Tools/`. */
function operationsFile(context: RuleContext, contract: Contract): string {
  const stem = contractStem(contract);
  const { layout } = context;
  return (
    plannedFileNamed(layout, stem) ??
    (dirNamedBy(layout.touchedDirs, stem) ?? layout.endpointsDir) +
      sourceFile(stem, layout.language)
  );
}

/**
 * Wire messages go in the plan's .proto file; a DTO in the DTO directory of its own module
 * (`account/presentation/dto/` for `account-dtos.yaml`), named after itself when it is alone.
 */
function typesFile(context: RuleContext, contract: Contract, types: string[]): string {
  const { layout } = context;
  const stem = contractStem(contract);
  const proto = layout.plannedFiles.find(file => file.endsWith('.proto'));
  if (proto && /\b(?:wire|proto|protobuf|grpc|messages?)\b/i.test(`${stem} ${contract.title}`))
    return proto;
  const name = types.length === 1 ? types[0]! : stem;
  return (
    plannedFileNamed(layout, name) ??
    (dirNamedBy(layout.touchedDirs, stem) ?? layout.modelsDir) + sourceFile(name, layout.language)
  );
}

/** The planned directory whose segments name most of the stem's words (`account`, `dto`). */
function dirNamedBy(dirs: string[], stem: string): string | undefined {
  const wanted = new Set(words(stem).map(singular));
  let best: { dir: string; score: number } | undefined;
  for (const dir of dirs) {
    const segments = new Set(dir.split('/').flatMap(segment => words(segment).map(singular)));
    const score = [...wanted].filter(word => segments.has(word)).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { dir, score };
  }
  return best?.dir;
}

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
    covers: [{ kind: 'contract', name: contract.path, source: contract.source }],
    story: context.owners.contract(contract)
  };
}

function listed(names: string[]): string {
  if (names.length === 0) return '';
  const shown = names.slice(0, 4).join(', ');
  return ` (${shown}${names.length > 4 ? `, and ${names.length - 4} more` : ''})`;
}

function relative(contract: Contract): string {
  const at = contract.path.indexOf('/contracts/');
  return at >= 0 ? contract.path.slice(at + 1) : `contracts/${contract.fileName}`;
}

/** `ai-tools.md` → `ai-tools`; `tools.json` → `tools`. */
function contractStem(contract: Contract): string {
  const lastDot = contract.fileName.lastIndexOf('.');
  return lastDot > 0 ? contract.fileName.slice(0, lastDot) : contract.fileName;
}
