/**
 * Routes as tasks write them: `/parcels/{id}` in any parameter spelling, as a whole word after its
 * method, under a wildcard, as a slash-joined list of methods, or as a file of file-based routing.
 */
import type { Endpoint } from '../model.js';
import type { TaskText } from './task-text.js';
import { HTTP_METHODS_LOWER as HTTP_METHODS } from '../vocabulary/contracts-endpoints.js';
import { ROUTE_FILE_STEMS } from '../vocabulary/coverage.js';
import { ROUTE_FOLDERS } from '../vocabulary/documents-tree.js';

/**
 * `/admin/tenants/*` (or `/**`) in a task serves every route under `/admin/tenants`, the base
 * path included or not.
 */
export function namesWildcardRoute(task: TaskText, endpoint: Endpoint): boolean {
  if (!task.routeText.includes('/*')) return false;
  const routes = [routeOf(endpoint.path)];
  if (endpoint.basePath) routes.push(routeOf(endpoint.basePath + endpoint.path));
  for (let at = task.routeText.indexOf('/*'); at >= 0; at = task.routeText.indexOf('/*', at + 1)) {
    const start = task.routeText.lastIndexOf(' ', at) + 1;
    const prefix = trimRouteStart(task.routeText.slice(start, at));
    if (prefix.length <= 1) continue;
    if (routes.some(route => route === prefix || route.startsWith(prefix + '/'))) return true;
  }
  return false;
}

/** A route as written in prose may sit in backticks or parentheses. */
function trimRouteStart(text: string): string {
  const slash = text.indexOf('/');
  return slash < 0 ? '' : text.slice(slash);
}

/**
 * File-based routing: `/recipes/:id` lives in `src/app/recipes/[id]/page.tsx` (Next.js, SvelteKit,
 * Nuxt), `/` in `app/page.tsx`.
 */
export function isRouteFileName(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.indexOf('.');
  return ROUTE_FILE_STEMS.includes(dot < 0 ? file : file.slice(0, dot));
}

export function isRouteFile(path: string, route: string): boolean {
  if (!isRouteFileName(path)) return false;
  const segments = path.split('/');
  segments.pop();
  const wanted = route.split('/').filter(Boolean);
  if (wanted.length === 0) return ROUTE_FOLDERS.has(segments[segments.length - 1] ?? '');
  if (segments.length <= wanted.length) return false;
  const tail = segments.slice(segments.length - wanted.length);
  return wanted.every((segment, index) => {
    const actual = tail[index]!;
    const isParameter =
      segment.startsWith('{') || segment.startsWith(':') || segment.startsWith('<');
    return isParameter
      ? actual.startsWith('[') || actual.startsWith('_')
      : actual.toLowerCase() === segment.toLowerCase();
  });
}

/** Methods written as a slash-joined list, `PUT/PATCH/DELETE`, lower case. */
export function listedMethodsIn(text: string): Set<string> {
  const methods = new Set<string>();
  for (const token of text.split(/[\s`*(),]+/)) {
    if (!token.includes('/')) continue;
    const parts = token.split('/');
    if (parts.length > 1 && parts.every(part => HTTP_METHODS.includes(part)))
      for (const part of parts) methods.add(part);
  }
  return methods;
}

/**
 * The route as a whole word: `/api/parcels` is not named by `/api/parcels/{}` (a longer route),
 * by `src/api/parcels.py` (a file), or by `GET /api/parcels` when the endpoint is
 * `POST /api/parcels`.
 */
export function namesRoute(text: string, route: string, method: string | undefined): boolean {
  if (route.length <= 1) return false;
  for (let at = text.indexOf(route); at >= 0; at = text.indexOf(route, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + route.length] ?? ' ';
    if (/[\w.{}/-]/.test(before)) continue;
    if (/[\w/{}-]/.test(after) || (after === '.' && /\w/.test(text[at + route.length + 1] ?? '')))
      continue;
    const word =
      text
        .slice(0, at)
        .trimEnd()
        .split(/[\s`*(]+/)
        .pop() ?? '';
    if (method && HTTP_METHODS.includes(word) && word !== method.toLowerCase()) continue;
    return true;
  }
  return false;
}

const routeCache = new Map<string, string>();

/** normaliseRoute, computed once per endpoint path rather than once per task. */
export function routeOf(path: string): string {
  let cached = routeCache.get(path);
  if (cached === undefined) {
    if (routeCache.size > 10_000) routeCache.clear();
    cached = normaliseRoute(path);
    routeCache.set(path, cached);
  }
  return cached;
}

/** `/parcels/{id}`, `/parcels/:id` and `/parcels/<id>` are one route. */
export function normaliseRoute(text: string): string {
  let result = '';
  let inParameter = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{' || ch === '<') {
      inParameter = true;
      result += '{}';
    } else if (inParameter) {
      if (ch === '}' || ch === '>') inParameter = false;
    } else if (ch === ':' && text[i - 1] === '/') {
      result += '{}';
      while (i + 1 < text.length && /[\w-]/.test(text[i + 1]!)) i++;
    } else {
      result += ch.toLowerCase();
    }
  }
  return result;
}
