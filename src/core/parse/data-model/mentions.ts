/** Where a line of text names an entity: case, plurals and spacing do not matter. */
import type { Entity } from '../../model.js';
import { wordSpans } from '../../text/words.js';
import { normalise } from './entity-names.js';

export interface Mention {
  entity: Entity;
  /** Character offset in the text. */
  index: number;
  length: number;
  /** Word offset in the text. */
  word: number;
}

/** Entities a text names, in order of first mention; case, plurals and spacing do not matter. */
export function mentions(text: string, entities: Entity[]): Mention[] {
  const { byName, longest } = nameIndex(entities);
  const tokens = wordSpans(text);
  const all: Mention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    let joined = '';
    for (let span = 1; span <= longest && at + span <= tokens.length; span++) {
      joined += tokens[at + span - 1]!.text;
      const entity = byName.get(normalise(joined));
      if (!entity) continue;
      const last = tokens[at + span - 1]!;
      all.push({
        entity,
        index: tokens[at]!.index,
        length: last.index + last.text.length - tokens[at]!.index,
        word: at
      });
    }
  }
  // A longer name wins over a shorter one inside it: "Order Line" does not also name "Order".
  const kept = all.filter(
    mention =>
      !all.some(
        other =>
          other.length > mention.length &&
          other.index <= mention.index &&
          other.index + other.length >= mention.index + mention.length
      )
  );
  const first = new Map<Entity, Mention>();
  for (const mention of kept.sort((a, b) => a.index - b.index)) {
    if (!first.has(mention.entity)) first.set(mention.entity, mention);
  }
  return [...first.values()];
}

interface NameIndex {
  byName: Map<string, Entity>;
  /** The most words an entity name has: `Order Line` spans two. */
  longest: number;
}

const nameIndexes = new WeakMap<Entity[], NameIndex>();

/** Looked up once per document once its entities are known; every line is then matched against it. */
function nameIndex(entities: Entity[]): NameIndex {
  const known = nameIndexes.get(entities);
  if (known && known.byName.size === entities.length) return known;
  const byName = new Map<string, Entity>();
  let longest = 1;
  for (const entity of entities) {
    byName.set(normalise(entity.name), entity);
    // Counted at underscores too: `seed_packet` may be written "seed packet", two word spans.
    longest = Math.max(longest, entity.name.split(/[\s_-]+/).length);
  }
  const index = { byName, longest };
  nameIndexes.set(entities, index);
  return index;
}
