/**
 * The resource an endpoint acts on, used to name implementation files and to match tasks:
 * `/v1/metrics/{id}` → `metrics`, `getUser` → `user`, `spectra ai generate` → `generate`.
 */
import { words } from '../../text/words.js';

const NOT_RESOURCES = new Set(['api', 'rest', 'rpc', 'graphql', 'internal', 'public', 'admin']);

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
        !/^v\d{1,3}(?:\.\d{1,3})?$/i.test(segment) &&
        !NOT_RESOURCES.has(segment.toLowerCase())
    )
    .map(segment => words(segment).join('-'))
    .filter(Boolean);
}

export function httpResource(path: string): string {
  const segments = path.split('/').filter(segment => segment.length > 0);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    if (isParameter(segment) || /^v\d{1,3}(?:\.\d{1,3})?$/i.test(segment)) continue;
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

const VERBS = new Set([
  'get',
  'list',
  'create',
  'update',
  'delete',
  'remove',
  'add',
  'set',
  'fetch',
  'find',
  'search',
  'put',
  'post',
  'patch',
  'upsert',
  'on',
  'handle',
  'query',
  'mutate',
  'subscribe',
  'watch',
  'stream',
  'do'
]);

/** `getUser` → `user`, `list_users` → `users`, `CompleteStream` → `complete-stream`. */
export function nameResource(name: string): string {
  const parts = words(name);
  const meaningful = parts.length > 1 && VERBS.has(parts[0]!) ? parts.slice(1) : parts;
  return meaningful.join('-') || 'root';
}

/** The last word of a command, without arguments: `spectra show <id>` → `show`. */
export function commandResource(command: string): string {
  const parts = command.split(/\s+/).filter(part => /^[\w-]+$/.test(part));
  return parts.length > 0 ? words(parts[parts.length - 1]!).join('-') || 'root' : 'root';
}
