/**
 * The name a heading gives an entity (`## Entity: Invoice` → `Invoice`, `### 2. Shelf Entity`
 * → `Shelf`), whether a text reads like a name at all, and when two names are the same one.
 */
import {
  DESCRIPTION_FUNCTION_WORDS,
  ENTITY_LABEL_PREFIX,
  ENTITY_SUFFIX,
  NAME_CHANGE_PREFIX,
  NAME_ENDS,
  NAME_KIND_WORDS,
  PLURAL_ES,
  SINGULAR_S
} from '../../vocabulary/data-model.js';
import type { OutlineNode } from './outline.js';
import { aboutModel, stripNumbering } from './titles.js';

export interface CleanName {
  text: string;
  /** Written as code: `` `SeedLimit` envelope `` */
  quoted: boolean;
  /** `## User Entity` */
  labelled: boolean;
  /** Had a note in parentheses: `Token (transient)`. */
  qualified: boolean;
}

export function cleanName(node: OutlineNode): CleanName {
  const title = stripNumbering(node.title);
  const qualified = /\(.{1,80}\)/.test(title);
  for (const child of node.heading.children) {
    if (child.type === 'inlineCode' && /^[A-Z_]\w{0,60}$/i.test(child.value)) {
      return { text: child.value, quoted: true, labelled: false, qualified };
    }
  }
  let text = title.replace(ENTITY_LABEL_PREFIX, '');
  for (const cut of NAME_ENDS) {
    const at = text.indexOf(cut);
    if (at > 0) text = text.slice(0, at);
  }
  text = text.replace(NAME_CHANGE_PREFIX, '');
  text = text.split('`').join('').split('*').join('').trim();
  const words = text.split(/\s+/);
  const labelled = words.length > 1 && ENTITY_SUFFIX.test(words[words.length - 1]!);
  return { text: withoutKindWords(words), quoted: false, labelled, qualified };
}

/** `Plot schema version 2` → `Plot`, `Harvest embedded document` → `Harvest`. */
function withoutKindWords(words: string[]): string {
  const kept = [...words];
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!.toLowerCase();
    if (!NAME_KIND_WORDS.has(last) && !/^v?\d{1,3}$/.test(last)) break;
    kept.pop();
  }
  return kept.join(' ');
}

/** Short, no sentence punctuation, starts like a word: `GrowerProfile`, `Watering Schedule`. */
export function isNameLike(name: string): boolean {
  if (name.length === 0 || name.length > 60 || /[.?!;,=/\\]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  // "Complete SQL Schema with Triggers", "Entity Schema via Document Stores": a description.
  if (words.length >= 3 && words.some(word => DESCRIPTION_FUNCTION_WORDS.has(word))) return false;
  return /^[\p{L}_]/u.test(name) && !aboutModel(name);
}

/** One token that reads as code: `PlotId`, `grower_profile`, `HTTPRequest`. */
export function isIdentifier(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_]{0,60}$/u.test(name)) return false;
  return /\p{Ll}\p{Lu}|_|^\p{Lu}{2,}/u.test(name);
}

/** Every long word capitalised, as names are written: `Seed Packet`, `Frost Alert`. */
export function isTitled(name: string): boolean {
  return name
    .split(/\s+/)
    .every(word => word.length <= 3 || /^[\p{Lu}\p{N}_]/u.test(word) || isIdentifier(word));
}

export function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

export function normalise(name: string): string {
  const flat = name.toLowerCase().replace(/[\s_\-`*]/g, '');
  if (flat.length > 4 && flat.endsWith('ies')) return `${flat.slice(0, -3)}y`;
  if (flat.length > 4 && PLURAL_ES.test(flat)) return flat.slice(0, -2);
  if (flat.length > 3 && flat.endsWith('s') && !SINGULAR_S.test(flat)) return flat.slice(0, -1);
  return flat;
}
