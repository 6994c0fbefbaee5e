/** Entities with nothing to build: views, read models, log records that are never stored. */
import type { TypeDefinition } from './code-types.js';
import type { Context } from './context.js';
import { renderedLines } from './markdown-nodes.js';
import { ancestors } from './outline.js';
import { sectionParts } from './parts.js';
import { stripNumbering } from './titles.js';

/** A note on a heading that says the entity is computed or never stored: `X (derived)`. */
const DERIVED_NOTE =
  /\b(?:derived|computed|read[- ]only view|read models?|view models?|projections?|log (?:record|entry|line|event)s?|not stored|not persisted)\b/i;
/** "Not persisted" of a struct that lives in memory still has code to write. */
const IN_MEMORY = /\b(?:in[- ]memory|transient|runtime|cached?|session)\b/i;
const NOT_STORED = /\bnot (?:stored|persisted)\b/i;
/** A group heading whose members are all derived: "Derived Views", "Read Models". */
const DERIVED_GROUP =
  /^(?:derived|computed) (?:views?|models?|entities|read models?|data)\b|^(?:read models?|projections|views \(derived\))$/i;
/**
 * The first lines of a section that say the same: "a derived read model built from…", "computed
 * on read, not stored". Not "not persisted" alone: in-memory entities say that too, and are built.
 */
const DERIVED_LINE = [
  /\bderived (?:read[- ]model|view|projection)\b/i,
  /\b(?:is|are) (?:derived|computed|calculated) (?:from|on read|at read|on demand|at query)\b/i,
  /\b(?:read|view)[- ]model (?:derived|computed|built) from\b/i,
  /\bcomputed,? (?:and )?not (?:stored|persisted)\b/i,
  /\bnot (?:stored|persisted)[;,]? (?:it is |but |only )?(?:computed|derived)\b/i,
  /\bno separate projection\b/i
];
/** "A log record, not separately persisted": nothing to store, hence nothing to build. */
const LOG_RECORD = /\blog (?:record|entry|line)s?\b/i;
const NOT_SEPARATELY_STORED = /\bnot (?:separately )?(?:stored|persisted)\b/i;
/** Labels of the lines that describe what an entity is, not what its fields hold. */
const ABOUT_LABEL =
  /^(?:purpose|description|summary|overview|kind|nature|storage|persistence|lifecycle|notes?)\b/i;

export function saysDerived(context: Context, index: number): boolean {
  if (headingSaysDerived(context, index)) return true;
  return aboutLines(context, index).some(
    line =>
      DERIVED_LINE.some(pattern => pattern.test(line)) ||
      (LOG_RECORD.test(line) && NOT_SEPARATELY_STORED.test(line))
  );
}

/** The heading's own note, or a group above it such as "Derived Views". */
export function headingSaysDerived(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (noteSaysDerived(headingNote(stripNumbering(node.title)))) return true;
  return ancestors(context.nodes, index).some(
    ancestor =>
      DERIVED_GROUP.test(stripNumbering(ancestor.title)) ||
      (ancestor.role === 'group' && noteSaysDerived(headingNote(ancestor.title)))
  );
}

/** What follows the name: `(log record, not stored)`, `— derived view`. */
function headingNote(title: string): string {
  const open = title.indexOf('(');
  if (open > 0) return title.slice(open + 1).replace(/\)\s*$/, '');
  const dash = /\s[—–-]\s/.exec(title);
  return dash ? title.slice(dash.index + dash[0].length) : '';
}

function noteSaysDerived(note: string): boolean {
  if (!DERIVED_NOTE.test(note)) return false;
  const withoutStorage = note.replace(new RegExp(NOT_STORED.source, 'gi'), '');
  return DERIVED_NOTE.test(withoutStorage) || !IN_MEMORY.test(note);
}

/** The section's paragraphs and "Purpose"-like labels, never its field lists. */
function aboutLines(context: Context, index: number): string[] {
  const lines: string[] = [];
  for (const part of sectionParts(context, index)) {
    if (part.label !== undefined && !ABOUT_LABEL.test(part.label)) continue;
    if (part.inline.length > 0) lines.push(...renderedLines(part.inline));
    for (const node of part.nodes) {
      if (node.type === 'paragraph') lines.push(...renderedLines(node.children));
    }
  }
  return lines;
}

/**
 * In a section of types "derived via toJSON()", the type made only of the others (`VaultState`
 * holding `Record<string, Person>`…) is the derived whole; the others are entities in their own right.
 */
export function aggregates(definition: TypeDefinition, all: TypeDefinition[]): boolean {
  const others = all.filter(other => other !== definition).map(other => other.name);
  return (
    definition.fields.length > 0 &&
    definition.fields.every(
      field =>
        field.type !== undefined &&
        others.some(name => new RegExp(`\\b${name}\\b`).test(field.type!))
    )
  );
}
