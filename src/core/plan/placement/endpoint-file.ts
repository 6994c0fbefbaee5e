/**
 * The planned file that serves an endpoint: its route file, or the controller, handler, router or
 * resolver whose words best match what the endpoint serves.
 */
import type { EndpointKind } from '../../model.js';
import type { PathLayout } from '../layout/model.js';
import { roleWords } from '../layout/role-words.js';
import { codeFileFacts, codeFiles, deniesRole, saysRole } from './file-roles.js';
import { bareRoute, fileWhoseNoteNamesRoute, routeIn, routeOf } from './routes.js';
import { PLACEMENT_NOISE_WORDS, REQUEST_KIND_WORDS } from '../../vocabulary/plan-endpoints.js';

/**
 * The planned file that serves a request: for an HTTP route, the framework's route file for it
 * (`src/app/kilns/[id]/page.tsx` for `GET /kilns/{id}`); else a controller, handler,
 * router or resolver whose name, folder or note shares the most meaningful words with the hints
 * (the first hint counting most), and which takes requests of the contract's kind (a CLI module
 * does not serve HTTP routes). Never a DTO, an entity, a repository, a client or a generated stub.
 */
export function plannedEndpointFile(
  layout: PathLayout,
  kinds: EndpointKind[],
  ...hints: string[]
): string | undefined {
  const files = codeFiles(layout);
  const route = kinds.length === 1 && kinds[0] === 'http' ? routeIn(hints[0] ?? '') : undefined;
  if (route !== undefined) {
    // `/api/pallets/{id}` is `app/api/pallets/[id]/route.ts`; where the contract leaves the base
    // path to its server (`/pallets/{id}`), the route is found without the `api/` folder.
    const routed =
      files.find(file => routeOf(file) === route) ??
      files.find(file => bareRoute(routeOf(file)) === bareRoute(route)) ??
      fileWhoseNoteNamesRoute(layout, files, route);
    if (routed) return routed;
  }
  const wanted = hints.map(
    hint => new Set(roleWords(hint).filter(word => !PLACEMENT_NOISE_WORDS.has(word)))
  );
  let best: { file: string; score: number } | undefined;
  for (const facts of codeFileFacts(layout)) {
    if (deniesRole(facts, 'endpoint') || !saysRole(layout, facts, 'endpoint')) continue;
    const file = facts.file;
    const said = [...facts.dirWords, ...facts.stemWords, ...facts.noteWords];
    const saysKind = (kind: EndpointKind) => said.some(word => REQUEST_KIND_WORDS[kind].has(word));
    const ownKind = kinds.some(saysKind);
    const otherKind = (Object.keys(REQUEST_KIND_WORDS) as EndpointKind[]).some(
      kind => !kinds.includes(kind) && saysKind(kind)
    );
    if (otherKind && !ownKind) continue;
    let matched = 0;
    wanted.forEach((set, index) => {
      const count = (list: string[]) => new Set(list.filter(word => set.has(word))).size;
      const weight = wanted.length - index;
      matched +=
        weight * (2 * count(facts.stemWords) + count(facts.dirWords) + count(facts.noteWords));
    });
    const score = matched + (ownKind ? 1 : 0);
    if (matched > 0 && (best === undefined || score > best.score)) best = { file, score };
  }
  return best?.file;
}
