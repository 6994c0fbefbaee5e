/**
 * A contract without endpoints may still declare what the feature must build: service
 * interfaces and their methods, MCP tools and resources, tRPC routers, proto messages. This
 * module sorts the names a contract declares into that work, once, when the contract is read:
 * groups (services, repositories, routers, clients, each the unit one file implements) with
 * their operations, else loose operations, else types. The planner decides what to do with it.
 */
import type { Contract, ContractDeclarations, DeclaredCode, DeclaredGroup } from '../../model.js';
import { words } from '../../text/words.js';
import {
  GROUP_NAME,
  IMPLEMENTATION_SUFFIX,
  INTERFACE_NAME,
  INTERFACE_PREFIX,
  MESSAGE_TYPE,
  NOT_A_GROUP,
  OPERATION_NAME,
  PAYLOAD_NAME,
  ROUTER_SUFFIX,
  SERVING_GROUP
} from '../../vocabulary/contracts.js';

/** What the classification reads of a contract. */
export type DeclaringContract = Pick<Contract, 'title' | 'fileName' | 'names' | 'declarations'>;

/** A resource an MCP contract serves, called by its URI: `orders://recent`. */
const RESOURCE_URI = /^[a-z][\w+.-]*:\/\//;
/** A PascalCase name: a type the contract declares. */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** A group while its members are still being found; `serves` follows from the final name. */
type Forming = Omit<DeclaredGroup, 'serves'>;

export function declaredCode(contract: DeclaringContract): DeclaredCode {
  const names = declaredNames(contract);
  const groups = withoutSubject(contract, operationGroups(contract, names)).map(group => ({
    ...group,
    serves: SERVING_GROUP.test(group.name)
  }));
  const served = contract.declarations?.operations;
  // A JSON contract says which names it serves; the rest (schema definitions) are its types.
  const operations =
    served && served.length > 0
      ? served
      : names.filter(name => isOperation(name) || RESOURCE_URI.test(name));
  const types = names.filter(name => TYPE_NAME.test(name));
  const typesWanted = types.length >= 2 || types.some(name => MESSAGE_TYPE.test(name));
  return { groups, operations, types, typesWanted };
}

/** `orders://recent`: an operation called by its URI, so a resource rather than a tool. */
export function isResourceUri(name: string): boolean {
  return RESOURCE_URI.test(name);
}

/**
 * Names the contract itself declares: not its title, nor a plain word of its title ("Acme
 * Checkout Contract" declares no `Acme`), though a service it is about may be one.
 */
function declaredNames(contract: DeclaringContract): string[] {
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
 * Services and routers in first-seen order, each with its operations. Where the contract lists
 * a service's operations in that service's own section, those are its operations, all of them
 * and no others. Otherwise, from the names: `order.list` belongs to `orderRouter`,
 * `QuoteClient.fetch_quote` to `QuoteClient`, and an unqualified method to the service written
 * before it. A router's procedures are always qualified, so it takes no others (a client-side
 * example after it is not its procedure).
 */
function operationGroups(contract: DeclaringContract, names: string[]): Forming[] {
  return withInterfaces(
    namedOrStatedGroups(contract, names),
    contract.declarations?.interfaces ?? []
  );
}

function namedOrStatedGroups(contract: DeclaringContract, names: string[]): Forming[] {
  const stated = (contract.declarations?.groups ?? []).filter(
    group => !NOT_A_GROUP.test(group.name)
  );
  const inferred = namedGroups(names);
  if (stated.length === 0) return inferred;
  const listed = new Set(stated.flatMap(group => group.members));
  const groups: Forming[] = stated.map(group => {
    const name = canonicalGroup(group.name);
    return { name, aliases: name === group.name ? [] : [group.name], members: group.members };
  });
  for (const group of inferred) {
    const same = groups.find(known => known.name.toLowerCase() === group.name.toLowerCase());
    if (same) {
      for (const alias of group.aliases)
        if (alias !== same.name && !same.aliases.includes(alias)) same.aliases.push(alias);
      continue;
    }
    groups.push({ ...group, members: group.members.filter(member => !listed.has(member)) });
  }
  return groups;
}

/**
 * The interfaces and service classes the code declares bring every method their bodies declare,
 * those too common to name the contract by (`list()`, `stations()`) too: to the group already
 * found by that name, or as a group of their own when the code declares an interface, trait or
 * protocol, or a class named as a group (`ShelfService`). Not a payload's interface
 * (`ShelfCardProps` with its `onSelect(…)`), nor a test class.
 */
function withInterfaces(
  groups: Forming[],
  interfaces: NonNullable<ContractDeclarations['interfaces']>
): Forming[] {
  for (const declared of interfaces) {
    if (NOT_A_GROUP.test(declared.name) || PAYLOAD_NAME.test(declared.name)) continue;
    const name = canonicalGroup(declared.name);
    let group = groups.find(known => known.name.toLowerCase() === name.toLowerCase());
    if (!group) {
      if (!declared.isInterface && !isGroup(declared.name)) continue;
      group = { name, aliases: [], members: [] };
      groups.push(group);
    }
    if (declared.name !== group.name && !group.aliases.includes(declared.name))
      group.aliases.push(declared.name);
    for (const member of declared.members)
      if (!group.members.includes(member)) group.members.push(member);
  }
  return groups;
}

function namedGroups(names: string[]): Forming[] {
  const groups: Forming[] = [];
  const byKey = new Map<string, Forming>();
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
    byKey.get(`${qualifier}${ROUTER_SUFFIX}`.toLowerCase());
  const known = new Set(groups.flatMap(group => [group.name, ...group.aliases].map(moduleKey)));
  let current: Forming | undefined;
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
        : current && !current.name.endsWith(ROUTER_SUFFIX)
          ? current
          : undefined;
    // `quote_client` is the module of `QuoteClient`, not one of its methods.
    if (!target || !isOperation(member) || known.has(moduleKey(member))) continue;
    if (!target.members.includes(member)) target.members.push(member);
  }
  return groups;
}

/**
 * "Contract: `QuoteClient` Streaming API" is about a client that exists: the work is in the
 * groups that declare operations, not in the one the title names without any.
 */
function withoutSubject(contract: DeclaringContract, groups: Forming[]): Forming[] {
  if (!groups.some(group => group.members.length > 0)) return groups;
  const title = new Set((contract.title ?? '').split(/[^\p{L}\p{N}_]+/u));
  return groups.filter(
    group =>
      group.members.length > 0 || ![group.name, ...group.aliases].some(name => title.has(name))
  );
}

function isGroup(name: string): boolean {
  return GROUP_NAME.test(name) && !NOT_A_GROUP.test(name);
}

function moduleKey(name: string): string {
  return words(name).join('_');
}

/** The interface `IOrderService` is implemented as `OrderService`; `FooImpl` is `Foo`. */
function canonicalGroup(name: string): string {
  const bare = name.replace(IMPLEMENTATION_SUFFIX, '');
  return INTERFACE_NAME.test(bare) ? bare.slice(INTERFACE_PREFIX.length) : bare;
}

function isOperation(name: string): boolean {
  if (PAYLOAD_NAME.test(name) || RESOURCE_URI.test(name)) return false;
  return /^[a-z_]\w*$/.test(name) || OPERATION_NAME.test(name);
}
