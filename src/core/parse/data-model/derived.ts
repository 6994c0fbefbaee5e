/** Entities with nothing to build: views, read models, log records that are never stored. */
import {
  ABOUT_LABEL,
  DERIVED_GROUP,
  DERIVED_LINES,
  DERIVED_NOTE,
  IN_MEMORY,
  LOG_RECORD,
  NOT_SEPARATELY_STORED,
  NOT_STORED_EVERYWHERE
} from '../../vocabulary/data-model-status.js';
import type { TypeDefinition } from './code-types.js';
import type { Context } from './context.js';
import { renderedLines } from './markdown-nodes.js';
import { ancestors } from './outline.js';
import { sectionParts } from './parts.js';
import { stripNumbering } from './titles.js';

export function saysDerived(context: Context, index: number): boolean {
  if (headingSaysDerived(context, index)) return true;
  return aboutLines(context, index).some(
    line =>
      DERIVED_LINES.some(pattern => pattern.test(line)) ||
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
  const withoutStorage = note.replace(NOT_STORED_EVERYWHERE, '');
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
 * In a section of types "derived from the others", the type made only of the others (`GardenState`
 * holding `Record<string, Plot>`…) is the derived whole; the others are entities in their own right.
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
