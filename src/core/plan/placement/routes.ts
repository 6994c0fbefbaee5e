/**
 * Routes served by file: frameworks that map a file's folders to its route (Next.js, Nuxt,
 * SvelteKit, Remix), and plan notes that name the route a file serves.
 */
import type { PathLayout } from '../layout/model.js';
import { codeFiles, stemOf } from './file-roles.js';
import { lastSegment } from '../layout/folders.js';
import { sourceExtension } from '../layout/language.js';
import {
  API_ROUTE_SEGMENT,
  APP_ROUTER_API_STEM,
  APP_ROUTER_NOTE,
  ROUTE_BASE_SEGMENT,
  ROUTE_FILE
} from '../../vocabulary/plan-endpoints.js';
import { ROUTE_FOLDERS } from '../../vocabulary/documents-tree.js';

const API_ROUTE = `/${API_ROUTE_SEGMENT}`;

/**
 * The route a framework serves from a file (`src/app/(yard)/pallets/[id]/page.tsx` →
 * `/pallets/:`), or nothing for a file that is not a route file.
 */
export function routeOf(file: string): string | undefined {
  const segments = file.split('/');
  const stem = stemOf(file);
  const root = segments.findIndex(segment => ROUTE_FOLDERS.has(segment));
  if (root < 0 || !ROUTE_FILE.test(stem)) return undefined;
  const route = segments
    .slice(root + 1, -1)
    .filter(segment => !/^\(.*\)$/.test(segment))
    .map(segment => (/^\[.*\]$/.test(segment) ? ':' : segment.toLowerCase()));
  return '/' + route.join('/');
}

/**
 * The file whose note names the route, exactly
 * (`ShipmentController.java  # POST /api/v1/shipments/{id}/label`) or under a wildcard
 * (`# Courier API (/api/v1/shipments/*)`).
 */
export function fileWhoseNoteNamesRoute(
  layout: PathLayout,
  files: string[],
  route: string
): string | undefined {
  const noted = files.flatMap(file =>
    (layout.notes.get(file)?.match(/\/[^\s,;()]+/g) ?? []).map(path => ({ file, path }))
  );
  const bare = bareRoute(route)!;
  const exact = noted.find(({ path }) => bareRoute(routeIn(path)) === bare);
  if (exact) return exact.file;
  const under = noted.find(({ path }) => {
    if (!path.endsWith('/*')) return false;
    const prefix = bareRoute(routeIn(path.slice(0, -2)));
    return prefix !== undefined && bare.startsWith(`${prefix}/`);
  });
  return under?.file;
}

/**
 * Where a framework that routes by file (Next.js, SvelteKit) would serve an endpoint the plan names
 * no file for: `src/app/couriers/page.tsx` for `GET /couriers`, named as the plan's other route
 * files under the same `api/` or non-`api/` part are.
 */
export function routeFileFor(layout: PathLayout, name: string): string | undefined {
  const path = name.split(' ').find(part => part.startsWith('/'));
  if (!path) return undefined;
  const routeFiles = codeFiles(layout).filter(file => routeOf(file) !== undefined);
  const isApi = (route: string | undefined) =>
    route === API_ROUTE || !!route?.startsWith(`${API_ROUTE}/`);
  const segments = path
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map(segment => {
      const param = /^(?:\{(.+)\}|:(.+))$/.exec(segment);
      return param ? `[${param[1] ?? param[2]}]` : segment;
    });
  const wantsApi = segments[0] === API_ROUTE_SEGMENT;
  if (routeFiles.length === 0) return wantsApi ? appRouterApiFile(layout, segments) : undefined;
  // An API route is never served from a screen's folder (`app/(tabs)/events.tsx`): with no
  // API route file to model it on, it goes where the plan's Next.js app routes by file.
  const model =
    routeFiles.find(file => isApi(routeOf(file)) === wantsApi) ??
    (wantsApi ? undefined : routeFiles[0]);
  if (!model) return wantsApi ? appRouterApiFile(layout, segments) : undefined;
  const segmentsOfModel = model.split('/');
  const root = segmentsOfModel.findIndex(segment => ROUTE_FOLDERS.has(segment));
  const base = segmentsOfModel.slice(0, root + 1).join('/');
  const fileName = segmentsOfModel[segmentsOfModel.length - 1]!;
  return [base, ...segments, fileName].join('/');
}

/**
 * `apps/web/src/app/  # Next.js App Router` and `/api/auth/token` →
 * `apps/web/src/app/api/auth/token/route.ts`: the file Next.js serves an API route from.
 */
function appRouterApiFile(layout: PathLayout, segments: string[]): string | undefined {
  const app = layout.sourceDirs.find(
    dir => ROUTE_FOLDERS.has(lastSegment(dir)) && APP_ROUTER_NOTE.test(layout.notes.get(dir) ?? '')
  );
  if (!app) return undefined;
  return `${app}${segments.join('/')}/${APP_ROUTER_API_STEM}${sourceExtension(layout.language)}`;
}

/** The route without the base path servers add (`/api`, `/v1`): `/api/v1/shipments/:` → `/shipments/:`. */
export function bareRoute(route: string | undefined): string | undefined {
  if (route === undefined) return undefined;
  const segments = route.split('/').filter(Boolean);
  while (segments.length > 0 && ROUTE_BASE_SEGMENT.test(segments[0]!)) segments.shift();
  return '/' + segments.join('/');
}

/** `GET /pallets/{id}` → `/pallets/:`, in the form `routeOf` gives. */
export function routeIn(name: string): string | undefined {
  const path = name.split(' ').find(part => part.startsWith('/'));
  if (!path) return undefined;
  const route = path
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map(segment => (/^(?:\{.*\}|:.+|\[.*\])$/.test(segment) ? ':' : segment.toLowerCase()));
  return '/' + route.join('/');
}
