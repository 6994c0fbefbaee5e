/**
 * The resource an endpoint acts on, used to name implementation files and to match tasks:
 * `/v1/metrics/{id}` → `metrics`, `getShelf` → `shelf`, `shelfctl label print` → `print`.
 */
import { words } from '../../text/words.js';
import { NOT_RESOURCES, RESOURCE_NAME_VERBS } from '../../vocabulary/contracts-endpoints.js';

/** `v1`, `v2.1`: a version segment of a route, never its resource. */
const VERSION_SEGMENT = /^v\d{1,3}(?:\.\d{1,3})?$/i;

/**
 * Every resource an HTTP route passes through, outermost first: `/admin/jobs/{id}/logs` →
 * jobs, logs. Parameters, versions and words such as `api` or `admin` are not resources.
 */
export function routeResources(path: string): string[] {
  return path
    .split('/')
    .filter(
      segment =>
        segment.length > 0 &&
        !isParameter(segment) &&
        !VERSION_SEGMENT.test(segment) &&
        !NOT_RESOURCES.has(segment.toLowerCase())
    )
    .map(segment => words(segment).join('-'))
    .filter(Boolean);
}

export function httpResource(path: string): string {
  const segments = path.split('/').filter(segment => segment.length > 0);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (isParameter(segment) || VERSION_SEGMENT.test(segment)) continue;
    if (NOT_RESOURCES.has(segment.toLowerCase()) && i > 0) continue;
    return words(segment).join('-') || 'root';
  }
  return 'root';
}

function isParameter(segment: string): boolean {
  return (
    segment.startsWith('{') || segment.startsWith(':') || segment.startsWith('<') || segment === '*'
  );
}

/** `getShelf` → `shelf`, `list_shelves` → `shelves`, `StackCrates` → `stack-crates`. */
export function nameResource(name: string): string {
  const parts = words(name);
  const meaningful =
    parts.length > 1 && RESOURCE_NAME_VERBS.has(parts[0]!) ? parts.slice(1) : parts;
  return meaningful.join('-') || 'root';
}

/** The last word of a command, without arguments: `shelfctl show <id>` → `show`. */
export function commandResource(command: string): string {
  const parts = command.split(/\s+/).filter(part => /^[\w-]+$/.test(part));
  return parts.length > 0 ? words(parts[parts.length - 1]!).join('-') || 'root' : 'root';
}
