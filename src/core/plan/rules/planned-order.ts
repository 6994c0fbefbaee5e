/**
 * The order the plan's own files imply: a service after the models of its area, a route after
 * the service it delegates to, a page after the routes and services it calls. Two files are of
 * one area when the words of their folders and names meet (`lib/bookings/service.ts` and
 * `app/api/sessions/[id]/bookings/route.ts`), words nearly every file shares (a package's
 * `com/acme/shop/`) and words that only say what a file is (`lib`, `route`) aside.
 */
import { singular, words } from '../../text/words.js';
import { AREA_NOISE_WORDS } from '../../vocabulary/plan-files.js';
import type { TaskDraft, TaskKind } from '../model.js';

/** The layers code is built in, lowest first; a task waits for the nearest lower one of its area. */
const LAYER: Partial<Record<TaskKind, number>> = { model: 0, service: 1, endpoint: 2, core: 3 };

export function withLayerOrder(
  drafts: TaskDraft[],
  plannedPaths: ReadonlySet<string>
): TaskDraft[] {
  const layered = drafts
    .map((draft, index) => ({ draft, index, layer: LAYER[draft.kind] }))
    .filter(
      (entry): entry is { draft: TaskDraft; index: number; layer: number } =>
        entry.layer !== undefined &&
        entry.draft.files.length > 0 &&
        entry.draft.files.every(file => plannedPaths.has(file))
    );
  if (layered.length < 2) return drafts;
  const areas = areaWords(layered.map(entry => entry.draft.files.join(' ')));
  const result = [...drafts];
  for (const [at, entry] of layered.entries()) {
    const own = areas[at]!;
    if (own.size === 0) continue;
    const below = (layer: number) =>
      layered.filter(
        (other, index) => other.layer === layer && [...areas[index]!].some(word => own.has(word))
      );
    let waited: typeof layered = [];
    for (let layer = entry.layer - 1; layer >= 0 && waited.length === 0; layer--)
      waited = below(layer);
    if (waited.length === 0) continue;
    const after = [...entry.draft.after];
    for (const other of waited)
      if (other.draft.key !== entry.draft.key && !after.includes(other.draft.key))
        after.push(other.draft.key);
    result[entry.index] = { ...entry.draft, after };
  }
  return result;
}

/** Each path's area words, without noise and without words four in five of the paths share. */
function areaWords(paths: string[]): Set<string>[] {
  const each = paths.map(
    path =>
      new Set(
        path
          .split(/[/\s]/)
          .filter(segment => !/^[[(]/.test(segment))
          .flatMap(segment => words(segment.replace(/\.[^.]*$/, '')))
          .map(singular)
          .filter(word => word.length > 2 && !AREA_NOISE_WORDS.has(word))
      )
  );
  const shared = new Map<string, number>();
  for (const set of each) for (const word of set) shared.set(word, (shared.get(word) ?? 0) + 1);
  const common = (word: string) => paths.length >= 4 && shared.get(word)! * 5 >= paths.length * 4;
  return each.map(set => new Set([...set].filter(word => !common(word))));
}
