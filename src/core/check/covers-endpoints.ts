/**
 * How a task covers endpoints it does not name: a wildcard or prefix route over them, or code
 * that serves their whole resource (a controller, a handler folder, a file named for the route).
 * Asked only where no task names the endpoint, so as generous as the rest of the coverage
 * questions (see covers.ts).
 */
import type { Endpoint } from '../model.js';
import { keyForm, keyWords, sameStem } from './key-words.js';
import { words } from '../text/words.js';
import { routeResources } from '../parse/contracts/resource.js';
import { namesWildcardRoute, normaliseRoute } from './routes.js';
import type { TaskText } from './task-text.js';
import { HTTP_METHODS_LOWER as HTTP_METHODS } from '../vocabulary/contracts-endpoints.js';
import { PHRASE_BREAKS, SERVING_WORDS } from '../vocabulary/coverage.js';

/** Whether the task writes any route that could cover endpoints it does not name. */
export function writesOpenRoute(task: TaskText): boolean {
  return task.routeText.includes('/*') || routesInProse(task).some(route => !route.withMethod);
}

/**
 * A task that covers the endpoint by its route without naming it: a wildcard or prefix route
 * written without a method (`/admin/tenants/*`, "for /api/v2/exports endpoints"). As precise as
 * naming it: a list that builds routes one by one writes these too.
 */
export function coversRoute(task: TaskText, endpoint: Endpoint): boolean {
  if (endpoint.kind !== 'http') return false;
  if (namesWildcardRoute(task, endpoint)) return true;
  return routesInProse(task).some(route => !route.withMethod && isUnder(route.path, endpoint));
}

/**
 * A task that serves the endpoint's whole resource by name: a file named after the route
 * (`handlers/gift_card.py` for `/gift_card`), the resource followed by a serving noun in its
 * prose (`TenantAdminController`, "Parcel API handlers"), or a folder named for both
 * (`shop-lambda-route/`). Not a task that names routes: it is about those.
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
 * phrase: "Parcel API handlers", "TenantAdminController", "Order History API". A preposition ends
 * the phrase: "parcels in view" and "parcels on the map click handler" serve nothing.
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

/**
 * A folder or file named for the resource and its serving code: `shop-lambda-route/`
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
  /** Written after an HTTP method (`POST /vouchers`): one endpoint, not everything under it. */
  withMethod: boolean;
}

const proseRouteCache = new WeakMap<TaskText, ProseRoute[]>();

/** Routes the prose names (`/api/v2/exports`), worked out once per task. */
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

/** `\`/api/v2/exports/*\``, `(/parcels)` → the route itself; undefined for anything else. */
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
 * A file named after the route's last segment: `/gift_card` is served by
 * `handlers/gift_card.py`.
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
 * The key words of each resource the endpoint's route passes through (`/orders/{id}/notes` is
 * served by "Order History API handlers" as much as by a notes handler), or of its one resource
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
