/**
 * The routes a plan declares without a contract: method lists beside its files
 * (`route.ts  # GET (list), POST (create)`, `OrderController.java  # POST /api/orders`), the
 * API route files of frameworks that route by folder (`app/api/orders/[id]/route.ts`), and route
 * tables (`| GET | /api/orders | list orders |`).
 */
import type { Contract, Endpoint, Feature, PlannedFile, SourcePosition } from '../model.js';
import { HTTP_METHODS } from '../vocabulary/contracts-endpoints.js';
import { ROUTE_FOLDERS } from '../vocabulary/documents-tree.js';
import {
  API_ROUTE_FILE_NAMES,
  ROUTE_TABLE_FILE_HEADERS,
  ROUTE_TABLE_METHOD_HEADERS,
  ROUTE_TABLE_PATH_HEADERS
} from '../vocabulary/plan-files.js';
import { API_ROUTE_SEGMENT } from '../vocabulary/plan-endpoints.js';
import { httpResource } from './contracts/resource.js';
import { words } from '../text/words.js';
import { clausesOutsideParentheses, trimCharacters } from '../text/pieces.js';

/**
 * The routes the plan declares, as a contract of their own, for a feature whose contracts
 * declare no endpoint (or that has none): they are then the endpoints to build and to check.
 */
export function planRoutesContract(feature: Feature): Contract | undefined {
  const plan = feature.plan;
  const endpoints = plan?.endpoints ?? [];
  if (!plan || endpoints.length === 0) return undefined;
  if (feature.contracts.some(contract => contract.endpoints.length > 0)) return undefined;
  const fileName = plan.source.file.slice(plan.source.file.lastIndexOf('/') + 1);
  return {
    path: plan.source.file,
    fileName,
    format: 'markdown',
    title: undefined,
    endpoints,
    names: [],
    declared: { groups: [], operations: [], types: [], typesWanted: false },
    source: plan.source
  };
}

/** Files the plan writes or changes: only their routes are the feature's to serve. */
const OWN: ReadonlySet<PlannedFile['status']> = new Set(['new', 'modified', 'unmarked']);

export function planRoutes(planned: PlannedFile[], text: string, file: string): Endpoint[] {
  const found: Endpoint[] = [];
  for (const entry of planned) if (OWN.has(entry.status)) found.push(...fileRoutes(entry));
  found.push(...tableRoutes(text, file));
  const seen = new Set<string>();
  return found.filter(endpoint => {
    const key = `${endpoint.name}\u0000${endpoint.file ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A file's routes: those its note lists (a method with its path, or methods alone on a route
 * file, whose folder is the path), else, for an API route file, its folder's route.
 */
function fileRoutes(entry: PlannedFile): Endpoint[] {
  const folderRoute = apiRouteOf(entry.path);
  const listed = entry.note ? noteRoutes(entry.note, folderRoute) : [];
  if (listed.length > 0)
    return listed.map(({ method, path, purpose }) =>
      endpoint(method, path, entry.source, entry.path, purpose)
    );
  return folderRoute === undefined
    ? []
    : [endpoint(undefined, folderRoute, entry.source, entry.path, entry.note)];
}

/**
 * `GET (list/filter), POST (create)` on a route file; `POST /api/orders`, `GET /a, /a/export`
 * (the method carried over) anywhere; a clause with neither is not a route.
 */
function noteRoutes(
  note: string,
  folderRoute: string | undefined
): { method: string | undefined; path: string; purpose: string | undefined }[] {
  const routes: { method: string | undefined; path: string; purpose: string | undefined }[] = [];
  let method: string | undefined;
  for (const clause of clausesOutsideParentheses(note)) {
    const tokens = clause.split(/\s+/).filter(Boolean);
    const first = cleanToken(tokens[0] ?? '');
    const isMethod = HTTP_METHODS.has(first);
    if (isMethod) method = first;
    const pathToken = cleanToken(tokens[isMethod ? 1 : 0] ?? '');
    const hasPath = pathToken.startsWith('/') && !pathToken.includes('*');
    if (!isMethod && !hasPath) continue;
    const path = hasPath ? pathToken.split('?')[0]! : folderRoute;
    if (path === undefined || (!hasPath && !isMethod)) continue;
    const purposeStart = (isMethod ? 1 : 0) + (hasPath ? 1 : 0);
    const purpose = purposeOf(tokens.slice(purposeStart).join(' '));
    routes.push({ method: isMethod || hasPath ? method : undefined, path, purpose });
  }
  return routes;
}

/** `(list/filter)` → `list/filter`; `— .ics download` → `.ics download`. */
function purposeOf(rest: string): string | undefined {
  let text = rest.trim().replace(/^[—–:-]+\s*/, '');
  if (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1);
  return text.trim() || undefined;
}

/** A token without the marks around it: `` `/api/seeds`, `` → `/api/seeds`. */
function cleanToken(token: string): string {
  return trimCharacters(token, '`*_[(', '`*_:,;)]');
}

/**
 * `src/app/api/orders/[id]/route.ts` → `/api/orders/{id}`: the route a framework serves an API
 * route file at (route groups `(shop)` left out); nothing for a page or another file.
 */
export function apiRouteOf(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  const stem = name.slice(0, name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : undefined);
  const root = segments.findIndex(segment => ROUTE_FOLDERS.has(segment));
  if (root < 0) return undefined;
  const inside = segments.slice(root + 1, -1);
  const isApiFile =
    API_ROUTE_FILE_NAMES.has(stem) ||
    // `pages/api/orders/[id].ts`: the pages router serves every file under `api/`.
    (segments[root] === 'pages' && inside[0] === API_ROUTE_SEGMENT);
  if (!isApiFile) return undefined;
  const routeSegments = API_ROUTE_FILE_NAMES.has(stem) ? inside : [...inside, stem];
  const route = routeSegments
    .filter(segment => !/^\(.*\)$/.test(segment) && segment !== 'index')
    .map(segment => {
      const param = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
      return param ? `{${param[1]}}` : segment;
    });
  return '/' + route.join('/');
}

function endpoint(
  method: string | undefined,
  path: string,
  source: SourcePosition,
  file: string | undefined,
  purpose: string | undefined
): Endpoint {
  return {
    kind: 'http',
    method,
    path,
    name: method ? `${method} ${path}` : path,
    operationId: undefined,
    tags: [],
    resource: httpResource(path),
    basePath: undefined,
    consumed: false,
    source,
    ...(file ? { file } : {}),
    ...(purpose ? { purpose } : {})
  };
}

// ---------------------------------------------------------------------------------------------
// Route tables

/**
 * Rows of a markdown table whose header names a method column and a path column (or an
 * endpoint column holding `GET /path`), with the serving file when a column names it.
 */
function tableRoutes(text: string, file: string): Endpoint[] {
  if (!text.includes('\n|')) return [];
  const found: Endpoint[] = [];
  const lines = text.split('\n');
  let columns: { method: number; path: number; file: number; purpose: number } | undefined;
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed.startsWith('|')) {
      columns = undefined;
      return;
    }
    const cells = trimmed
      .replace(/^\||\|$/g, '')
      .split('|')
      .map(cell => cell.replace(/`/g, '').trim());
    if (cells.every(cell => /^:?-{2,}:?$/.test(cell) || cell === '')) return;
    if (!columns) {
      columns = routeColumns(cells);
      return;
    }
    found.push(...rowRoutes(cells, columns, { file, line: index + 1, column: 1 }));
  });
  return found;
}

function routeColumns(
  cells: string[]
): { method: number; path: number; file: number; purpose: number } | undefined {
  const headers = cells.map(cell => words(cell));
  const find = (names: ReadonlySet<string>) =>
    headers.findIndex(header => header.some(word => names.has(word)));
  const path = find(ROUTE_TABLE_PATH_HEADERS);
  if (path < 0) return undefined;
  const method = find(ROUTE_TABLE_METHOD_HEADERS);
  const fileColumn = find(ROUTE_TABLE_FILE_HEADERS);
  const purpose = headers.findIndex(
    (_header, index) => index !== path && index !== method && index !== fileColumn
  );
  return { method, path, file: fileColumn, purpose };
}

function rowRoutes(
  cells: string[],
  columns: { method: number; path: number; file: number; purpose: number },
  source: SourcePosition
): Endpoint[] {
  let pathCell = cells[columns.path] ?? '';
  let methods = columns.method >= 0 ? (cells[columns.method] ?? '').split(/[\s/,]+/) : [];
  // `GET /api/orders` in one cell.
  const [head, ...rest] = pathCell.split(/\s+/);
  if (head && HTTP_METHODS.has(head.toUpperCase()) && rest.length > 0) {
    methods = [head];
    pathCell = rest.join(' ');
  }
  const path = cleanToken(pathCell.split(/\s+/)[0] ?? '');
  if (!path.startsWith('/')) return [];
  const served = methods.map(method => method.toUpperCase()).filter(m => HTTP_METHODS.has(m));
  if (served.length === 0) return [];
  const fileCell = columns.file >= 0 ? cleanToken(cells[columns.file] ?? '') : '';
  const servingFile = /^[\w.()[\]-]+(?:\/[\w.()[\]-]+)+\.\w+$/.test(fileCell)
    ? fileCell
    : undefined;
  const purpose = columns.purpose >= 0 ? cells[columns.purpose] || undefined : undefined;
  return served.map(method => endpoint(method, path, source, servingFile, purpose));
}
