/**
 * What a heading's title says about its section: that it discusses the model rather than names a
 * part of it ("Overview", "Validation Rules"), that it describes the entity above it ("Fields",
 * "State Transitions"), or that the entity it names already exists or is extended.
 */
import { STATE_PART } from '../../vocabulary/data-model-states.js';
import {
  CHANGED,
  EXISTING,
  EXTENDED_GROUP,
  EXTENDED_NOTE,
  EXTENDED_TITLE,
  UNTOUCHED
} from '../../vocabulary/data-model-status.js';
import {
  ABOUT_MODEL,
  ABOUT_MODEL_NON_LATIN,
  ABOUT_SYSTEM,
  PART_TITLE
} from '../../vocabulary/data-model.js';
import type { Context } from './context.js';
import { ancestors } from './outline.js';

export function aboutModel(text: string): boolean {
  return ABOUT_MODEL.test(text) || ABOUT_MODEL_NON_LATIN.test(text);
}

function describesModel(text: string): boolean {
  return aboutModel(text) || ABOUT_SYSTEM.test(text);
}

export function isPartTitle(title: string): boolean {
  const text = stripNumbering(title);
  return PART_TITLE.test(text) || describesModel(text) || STATE_PART.test(text);
}

export function saysExisting(title: string): boolean {
  return UNTOUCHED.test(title) || (EXISTING.test(title) && !CHANGED.test(title));
}

/** The heading, or the section it sits in, says an existing entity is changed. */
export function saysExtended(context: Context, index: number): boolean {
  const title = stripNumbering(context.nodes[index]!.title);
  const notes = title.match(/\([^)]{1,80}\)/g) ?? [];
  if (EXTENDED_TITLE.test(title) || notes.some(note => EXTENDED_NOTE.test(note))) return true;
  return ancestors(context.nodes, index).some(ancestor => {
    const group = stripNumbering(ancestor.title);
    return EXTENDED_GROUP.test(group) || (EXISTING.test(group) && CHANGED.test(group));
  });
}

/** The note in parentheses after a heading's name: `Health (service)` → `service`. */
export function qualifier(title: string): string {
  const open = title.indexOf('(');
  const close = title.indexOf(')', open);
  const note = open >= 0 && close > open ? title.slice(open + 1, close) : '';
  // "(`garden.toml` OR command-line flags)" says where it lives, not what it is.
  return note.split(/\s+/).length <= 3 ? note : '';
}

export function stripNumbering(title: string): string {
  const trimmed = title.trim();
  const match = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Z][.)])\s/.exec(trimmed);
  return match ? trimmed.slice(match[0].length).trim() : trimmed;
}
