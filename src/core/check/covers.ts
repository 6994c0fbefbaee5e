/**
 * Whether a task covers a design item: tests a contract, implements an endpoint, builds an
 * entity, tests a story or a quickstart scenario. These answers decide the coverage rules, which
 * fire when nothing covers an item, so they are generous on purpose: people paraphrase design
 * items in task lists, and a missed finding costs less than a false one. (The ordering rules ask
 * the opposite question, "is this exactly the same thing?", and are strict; see rules/ordering.ts.)
 */
import type { Contract, Endpoint, Entity, UserStory } from '../model.js';
import { hasAllKeyWords, keyForm, keyWords, sameStem, sharesKeyWords } from './key-words.js';
import { words } from '../text/words.js';
import { routeResources } from '../parse/contracts/resource.js';
import {
  mentionsPhrase,
  mentionsText,
  namesEndpoint,
  namesEntity,
  namesIdentifierLoosely,
  namesWildcardRoute,
  normaliseRoute,
  type TaskText
} from './matching.js';

// ---------------------------------------------------------------------------------------------
// Contracts

/** Words of a contract's file name or title that say what kind of document it is, not what it is about. */
const CONTRACT_KIND_WORDS = new Set([
  'contract',
  'api',
  'spec',
  'specification',
  'schema',
  'interface',
  'definition',
  'openapi',
  'swagger',
  'graphql',
  'readme',
  'index',
  'v1',
  'v2',
  'v3',
  'summary',
  'endpoint',
  'service',
  'document',
  'doc',
  'format',
  'type',
  'model'
]);

/** What a contract is about, computed once per check. */
export interface ContractSubject {
  contract: Contract;
  /** Key words of the file name (`auth-security.yaml` → authentication, security). */
  stemWords: string[];
  /** Key words of the title. */
  titleWords: string[];
}

export function contractSubject(contract: Contract): ContractSubject {
  const dot = contract.fileName.indexOf('.');
  const stem = dot > 0 ? contract.fileName.slice(0, dot) : contract.fileName;
  return {
    contract,
    stemWords: keyWords(stem, CONTRACT_KIND_WORDS),
    titleWords: keyWords(contract.title ?? '', CONTRACT_KIND_WORDS)
  };
}

/**
 * A test task tests a contract when it names the contract's file, what its file name or title
 * says it is about, a name the contract declares (an operation, a message, a type), or one of
 * its endpoints, by route, operationId or resource.
 */
export function testsContract(task: TaskText, subject: ContractSubject): boolean {
  const { contract } = subject;
  if (mentionsText(task, contract.fileName)) return true;
  if (hasAllKeyWords(task.keys, subject.stemWords)) return true;
  if (sharesKeyWords(task.keys, subject.titleWords)) return true;
  if (contract.names.some(name => namesIdentifierLoosely(task, name))) return true;
  return contract.endpoints.some(endpoint => namesEndpoint(task, endpoint, true));
}

/**
 * A contract the feature calls rather than serves: a task builds a client for it, and no task
 * implements any of its endpoints by name. Its endpoints are somebody else's to implement.
 */
export function isConsumedContract(
  subject: ContractSubject,
  implementationTasks: TaskText[]
): boolean {
  const subjectWords = [...subject.stemWords, ...subject.titleWords];
  if (subjectWords.length === 0) return false;
  const buildsClient = implementationTasks.some(
    task => task.keys.has('client') && subjectWords.some(word => task.keys.has(word))
  );
  if (!buildsClient) return false;
  return !subject.contract.endpoints.some(endpoint =>
    implementationTasks.some(task => namesEndpoint(task, endpoint, false))
  );
}

// ---------------------------------------------------------------------------------------------
// Endpoints

/** Nouns for the code that serves a resource: `TaskController`, "Remote API handlers", "the compile command". */
const SERVING_WORDS = [
  'controller',
  'handler',
  'router',
  'route',
  'endpoint',
  'api',
  'resolver',
  'view',
  'command',
  'procedure',
  'resource',
  'servlet',
  'lambda'
];

/**
 * A task that covers the endpoint by its route without naming it: a wildcard or prefix route
 * written without a method (`/admin/accounts/*`, "for /api/v1/batch endpoints"). As precise as
 * naming it: a list that builds routes one by one writes these too.
 */
/** Whether the task writes any route that could cover endpoints it does not name. */
export function writesOpenRoute(task: TaskText): boolean {
  return task.routeText.includes('/*') || routesInProse(task).some(route => !route.withMethod);
}

export function coversRoute(task: TaskText, endpoint: Endpoint): boolean {
  if (endpoint.kind !== 'http') return false;
  if (namesWildcardRoute(task, endpoint)) return true;
  return routesInProse(task).some(route => !route.withMethod && isUnder(route.path, endpoint));
}

/**
 * A task that serves the endpoint's whole resource by name: a file named after the route
 * (`action_plugins/zerossl_certificate.py` for `/zerossl_certificate`), the resource followed by
 * a serving noun in its prose (`AccountAdminController`, "Remote API handlers"), or a folder
 * named for both (`evefrontier-lambda-route/`). Not a task that names routes: it is about those.
 */
export function servesResource(task: TaskText, endpoint: Endpoint): boolean {
  if (endpoint.kind === 'http' && task.routeFiles.length === 0 && namesRouteFile(task, endpoint))
    return true;
  if (routesInProse(task).length > 0) return false;
  const sequence = proseKeys(task);
  return resourceWords(endpoint).some(
    resource => followedByServingWord(sequence, resource) || pathServes(task, resource)
  );
}

/**
 * The resource's words, in order, then a serving noun within the next two words of the same
 * phrase: "Remote API handlers", "AccountAdminController", "Job History API". A preposition ends
 * the phrase: "trucks in view" and "trucks on the map click handler" serve nothing.
 */
function followedByServingWord(sequence: string[], resource: string[]): boolean {
  for (let at = 0; at + resource.length <= sequence.length; at++) {
    if (!resource.every((word, offset) => sameWord(sequence[at + offset]!, word))) continue;
    for (const word of sequence.slice(at + resource.length, at + resource.length + 2)) {
      if (PHRASE_BREAKS.has(word)) break;
      if (SERVING_WORDS.includes(word)) return true;
    }
  }
  return false;
}

const PHRASE_BREAKS = new Set([
  'in',
  'on',
  'at',
  'for',
  'of',
  'to',
  'with',
  'from',
  'by',
  'the',
  'a',
  'an',
  'and',
  'or',
  'into',
  'via'
]);

/**
 * A folder or file named for the resource and its serving code: `evefrontier-lambda-route/`
 * serves `/route`. A bare resource word in a path (`src/main/resources/`) serves nothing.
 */
function pathServes(task: TaskText, resource: string[]): boolean {
  return task.task.paths.some(path =>
    path.split('/').some(segment => {
      const segmentWords = words(segment).map(keyForm);
      return (
        resource.every(word => segmentWords.some(other => sameWord(other, word))) &&
        segmentWords.some(word => SERVING_WORDS.includes(word) && !resource.includes(word))
      );
    })
  );
}

function sameWord(a: string, b: string): boolean {
  return a === b || sameStem(a, b);
}

const proseKeyCache = new WeakMap<TaskText, string[]>();

/** The task's prose (no file paths) as key words in order. */
function proseKeys(task: TaskText): string[] {
  let found = proseKeyCache.get(task);
  if (!found) {
    const prose = task.task.description
      .split(/\s+/)
      .filter(token => !token.includes('/'))
      .join(' ');
    found = words(prose).map(keyForm);
    proseKeyCache.set(task, found);
  }
  return found;
}

interface ProseRoute {
  /** Lower case, parameters normalised. */
  path: string;
  /** Written after an HTTP method (`POST /certificates`): one endpoint, not everything under it. */
  withMethod: boolean;
}

const proseRouteCache = new WeakMap<TaskText, ProseRoute[]>();

/** Routes the prose names (`/api/v1/batch`), worked out once per task. */
function routesInProse(task: TaskText): ProseRoute[] {
  let routes = proseRouteCache.get(task);
  if (!routes) {
    routes = findRoutesInProse(task);
    proseRouteCache.set(task, routes);
  }
  return routes;
}

function findRoutesInProse(task: TaskText): ProseRoute[] {
  const routes: ProseRoute[] = [];
  const tokens = task.task.description.split(/\s+/);
  tokens.forEach((token, index) => {
    const route = trimRoute(token);
    if (!route || task.task.paths.includes(route.slice(1))) return;
    const before = (tokens[index - 1] ?? '').replace(/[^A-Z]/gi, '').toLowerCase();
    routes.push({ path: normaliseRoute(route), withMethod: HTTP_METHODS.includes(before) });
  });
  return routes;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** `\`/api/v1/batch/*\``, `(/users)` → the route itself; undefined for anything else. */
function trimRoute(token: string): string | undefined {
  const start = token.indexOf('/');
  if (
    start < 0 ||
    /[\w.]/.test(
      token
        .slice(0, start)
        .replace(/^[`(*"']+/, '')
        .slice(-1)
    )
  )
    return undefined;
  let route = token.slice(start);
  while (route.length > 1 && /[`)*,.;:"']$/.test(route)) route = route.slice(0, -1);
  return /^\/[\w{:<-]/.test(route) && !/\.\w{1,5}$/.test(route) ? route : undefined;
}

/**
 * A route the endpoint sits under (or is), its base path included or not. The route must name a
 * resource: `/api` in a proxy setting covers no endpoint.
 */
function isUnder(route: string, endpoint: Endpoint): boolean {
  const prefix = route.endsWith('/') ? route.slice(0, -1) : route;
  if (routeResources(prefix).length === 0) return false;
  const own = [normaliseRoute(endpoint.path)];
  if (endpoint.basePath) own.push(normaliseRoute(endpoint.basePath + endpoint.path));
  return own.some(path => path === prefix || path.startsWith(prefix + '/'));
}

/**
 * A file named after the route's last segment: `/zerossl_certificate` is served by
 * `action_plugins/zerossl_certificate.py`.
 */
function namesRouteFile(task: TaskText, endpoint: Endpoint): boolean {
  const segments = endpoint.path.split('/').filter(segment => segment && !/^[{:<*]/.test(segment));
  const last = segments[segments.length - 1]?.toLowerCase();
  if (!last || last.length < 4) return false;
  return task.task.paths.some(path => {
    const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const dot = file.indexOf('.');
    return dot > 0 && file.slice(0, dot) === last;
  });
}

const resourceKeys = new WeakMap<Endpoint, string[][]>();

/**
 * The key words of each resource the endpoint's route passes through (`/jobs/{id}/logs` is
 * served by "Job History API handlers" as much as by a logs handler), or of its one resource
 * when it is not an HTTP route.
 */
function resourceWords(endpoint: Endpoint): string[][] {
  let found = resourceKeys.get(endpoint);
  if (!found) {
    const resources =
      endpoint.kind === 'http' ? routeResources(endpoint.path) : [endpoint.resource];
    found = resources
      .filter(resource => resource !== 'root')
      .map(resource => keyWords(resource))
      .filter(words => words.length > 0);
    resourceKeys.set(endpoint, found);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Entities

/** Words that follow an entity's real name in descriptive headings: "AST Node Hierarchy", "Type Nodes". */
const ENTITY_HEADING_TAILS = new Set([
  'hierarchy',
  'tree',
  'entity',
  'model',
  'record',
  'object',
  'structure',
  'interface',
  'definition',
  'schema',
  'table'
]);

/** An entity with its name's key words worked out once, for every task to be held against. */
export interface EntityTarget {
  entity: Entity;
  nameWords: string[];
  /** The name's key words without a descriptive tail ("AST Node Hierarchy" → ast, node). */
  headWords: string[];
}

export function entityTarget(entity: Entity): EntityTarget {
  const nameWords = keyWords(entity.name);
  const headWords = nameWords.filter(word => !ENTITY_HEADING_TAILS.has(word));
  return {
    entity,
    nameWords,
    headWords: headWords.length < nameWords.length ? headWords : []
  };
}

/**
 * A task builds an entity when it names it in any spelling (`WalletCreditRecord`, "wallet credit
 * record", all its words in another order), by a name its section gives it (a type declared in
 * its code block, an implementation anchor), or by its name without a descriptive tail.
 */
export function buildsEntity(task: TaskText, target: EntityTarget): boolean {
  const { entity, nameWords, headWords } = target;
  if (namesEntity(task, entity)) return true;
  if (
    entity.aliases.some(alias => namesIdentifierLoosely(task, alias) || mentionsText(task, alias))
  )
    return true;
  if (nameWords.length > 1 && hasAllKeyWords(task.keys, nameWords)) return true;
  if (hasAllKeyWords(task.keys, headWords)) return true;
  // An entity the feature extends is changed by a task that extends what it is part of:
  // "Extend route data structures…" changes RouteStep (extension).
  return (
    entity.extended &&
    EXTENDING_WORDS.some(word => task.keys.has(word)) &&
    nameWords.some(word => task.keys.has(word))
  );
}

const EXTENDING_WORDS = ['extend', 'extended', 'extension'];

// ---------------------------------------------------------------------------------------------
// Stories and quickstart scenarios

/**
 * Tasks that check behaviour without being written as tests: "Verify the menu bar timer",
 * "Run quickstart.md end-to-end", "Manual validation checkpoint".
 */
const CHECKING_WORDS = new Set([
  'verify',
  'validate',
  'validation',
  'confirm',
  'manual',
  'manually',
  'smoke',
  'acceptance',
  'e2e',
  'qa',
  'audit',
  'check',
  // Lists are written in other languages too.
  'verificar',
  'validar',
  'probar',
  'prueba',
  'comprobar',
  'testar',
  'vérifier',
  'valider',
  'tester',
  'prüfen',
  'testen',
  'doğrula',
  'doğrulama'
]);

export function checksBehaviour(task: TaskText): boolean {
  if (task.isTest) return true;
  for (const word of task.keys) if (CHECKING_WORDS.has(word)) return true;
  return false;
}

/** "Perform end-to-end testing of all user stories" covers every story. */
export function testsEveryStory(task: TaskText): boolean {
  return (
    task.isTest && (mentionsPhrase(task, 'all user stories') || mentionsPhrase(task, 'all stories'))
  );
}

/**
 * A story is tested by a checking task labelled with it, in its phase, naming it ("User Story 2",
 * "US2"), or sharing its title's key words; a spec's only story (the older "Primary User Story")
 * by any integration-level test.
 */
export function testsStory(
  task: TaskText,
  story: UserStory,
  titleWords: string[],
  storyPhase: boolean,
  onlyStory: boolean
): boolean {
  if (!checksBehaviour(task)) return false;
  if (task.task.story === story.id || storyPhase) return true;
  if (
    mentionsPhrase(task, `user story ${story.number}`) ||
    mentionsPhrase(task, `us${story.number}`)
  )
    return true;
  if (testsEveryStory(task)) return true;
  if (onlyStory && isIntegrationLevel(task)) return true;
  return sharesKeyWords(task.keys, titleWords);
}

/** Not a unit or contract test: something that exercises the feature as a whole. */
function isIntegrationLevel(task: TaskText): boolean {
  return !task.keys.has('unit') && !task.keys.has('contract');
}

const RUNNING_WORDS = ['run', 'execute', 'perform', 'follow', 'walk', 'ejecutar'];

/** A task that runs or checks quickstart.md as a whole covers every scenario in it. */
export function validatesQuickstart(task: TaskText): boolean {
  return (
    task.keys.has('quickstart') &&
    (checksBehaviour(task) || RUNNING_WORDS.some(word => task.keys.has(word)))
  );
}

/** A checking task naming the scenario, by its number ("Scenario 3") or its title's key words. */
export function testsScenario(task: TaskText, number: number, titleWords: string[]): boolean {
  if (validatesQuickstart(task)) return true;
  if (!checksBehaviour(task)) return false;
  if (mentionsPhrase(task, `scenario ${number}`)) return true;
  return sharesKeyWords(task.keys, titleWords);
}
