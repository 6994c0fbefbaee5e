/**
 * The plan's own types file, for an entity it names no file for. A plan that keeps its models in
 * one module (`shop/orders/models.py  # Order, Customer`, `pkg/catalog/schema.go  # catalog
 * structs`) means every other entity of the feature to go there too, not into a file of its own
 * beside it; only languages that give each type its own file (Java, C#) do that.
 */
import { directoryOf, sharedSegments } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { codeFileFacts, deniesRole, type FileFacts } from './file-roles.js';
import {
  MODEL_STEMS,
  ONE_TYPE_PER_FILE_LANGUAGES,
  SERVICE_STEMS
} from '../../vocabulary/plan-files.js';

const typesFileCache = new WeakMap<PathLayout, string | null>();

/**
 * The planned file named for the types it holds (`models.py`, `types.ts`, `schema.go`) nearest the
 * layout's models folder. None where the language gives each type its own file, or
 * where the models folder holds planned files of its own and the types file is elsewhere (a
 * `models/` of one file per entity).
 */
export function plannedTypesFile(layout: PathLayout): string | undefined {
  let found = typesFileCache.get(layout);
  if (found === undefined) {
    found = findTypesFile(layout) ?? null;
    typesFileCache.set(layout, found);
  }
  return found ?? undefined;
}

function findTypesFile(layout: PathLayout): string | undefined {
  if (ONE_TYPE_PER_FILE_LANGUAGES.has(layout.language)) return undefined;
  const facts = codeFileFacts(layout);
  const home = layout.modelsDir;
  const ranked = facts
    .filter(entry => namedForTypes(entry) && !deniesRole(entry, 'model'))
    .map(entry => ({
      file: entry.file,
      shared: sharedSegments(directoryOf(entry.file), home)
    }))
    .filter(candidate => candidate.shared > 0);
  if (ranked.length === 0) return undefined;
  // The nearest first; among as near, the plan's order.
  ranked.sort((a, b) => b.shared - a.shared);
  const best = ranked[0]!;
  const atHome = directoryOf(best.file) === home;
  const homeHasOwnFiles = facts.some(entry => directoryOf(entry.file) === home);
  return atHome || !homeHasOwnFiles ? best.file : undefined;
}

/**
 * A file named for what it holds (`models.py`, `types.ts`, `schema.go`). A note that lists types
 * (`# OrderId, LineId newtypes`) makes a file theirs, not every entity's.
 */
function namedForTypes(facts: FileFacts): boolean {
  return facts.stemWords.length === 1 && MODEL_STEMS.has(facts.stemWords[0]!);
}

/**
 * The planned file that holds the logic of the folder `modelFile` is in (`services.py` beside
 * `models.py`, `service.go`), for a relationship service the plan names no file for; none where
 * the language gives each type its own file (a `UserService.java` is the plan's style there).
 */
export function plannedServicesFileBeside(
  layout: PathLayout,
  modelFile: string
): string | undefined {
  if (ONE_TYPE_PER_FILE_LANGUAGES.has(layout.language)) return undefined;
  const dir = directoryOf(modelFile);
  return codeFileFacts(layout).find(
    entry =>
      directoryOf(entry.file) === dir &&
      entry.stemWords.length === 1 &&
      SERVICE_STEMS.has(entry.stemWords[0]!) &&
      !deniesRole(entry, 'service')
  )?.file;
}
