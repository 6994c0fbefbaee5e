/**
 * What a heading's title says about its section: that it discusses the model rather than names a
 * part of it ("Overview", "Validation Rules"), that it describes the entity above it ("Fields",
 * "State Transitions"), or that the entity it names already exists or is extended.
 */
import type { Context } from './context.js';
import { ancestors } from './outline.js';

/** Words that make a title a discussion of the model rather than the name of a part of it. */
const ABOUT_MODEL =
  /\b(?:overview|summary|purpose|introduction|background|scope|relationships?|relations|relaciones|associations|transitions?|transiciones|lifecycle|life cycle|state machines?|rules|reglas|invariants|constraints|restricciones|conditions|indexes|[ií]ndices|migrations?|examples?|ejemplos?|notes|notas|questions|assumptions|glossary|references|diagram|erd|strategy|considerations|guidelines|conventions|decisions|mappings?|mapeo|taxonomy|delta|diff|changes|enums?|enumerations?|next steps|checklist|why|how)\b/i;
/** Words that usually mean the same, but may name an entity that has fields ("Domain Validation"). */
export const ABOUT_SYSTEM =
  /\b(?:validation|validaci[oó]n|storage|persistence|database|seeding|seed data|default data|quer(?:y|ies)|patterns|flow|performance|security|testing|tests|scenarios|architecture|implementation|operations|operaciones|efectos|layout|partitioning|retention|repositor(?:y|ies)|services|domain events|resources|layers?|extensions|contracts?|status|dependencies|sync|sql)\b/i;
/** The same for scripts without word boundaries: validation, rules, example, mapping, state. */
const NOT_ENTITY_NON_LATIN =
  /유효성|규칙|예제|예시|매핑|상태|목록|설정 예|验证|规则|示例|映射|状态|关系|관계/u;
/** Sub-section titles that describe the entity above them rather than name another one. */
const PART_TITLE =
  /^(?:fields?|campos|attributes?|atributos|properties|propiedades|columns|schema|structure|definition|shape|keys?|primary key|members|new fields|data|example)\b/i;

const UNTOUCHED =
  /\b(?:unchanged|no modifications?|no changes|not modified|reused|consumed|read-only|sin cambios)\b/i;
const EXISTING = /\b(?:existing|existente)s?\b/i;
/** "Existing entities (extended)" still need work. */
const CHANGED = /\b(?:modif|extend|extension|chang|updat|new fields)/i;

export function aboutModel(text: string): boolean {
  return ABOUT_MODEL.test(text) || NOT_ENTITY_NON_LATIN.test(text);
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

/** `Rule (extended)`, `RouteStep (extension)`, "Extended `RequestResult`", "Account schema version 2". */
const EXTENDED_TITLE =
  /^(?:extended|modified|updated|changed)\s|\bschema\s{1,3}version\s{1,3}(?:[2-9]|[1-9]\d)\b|\b(?:extends|extension of)\s{1,3}(?:the\s{1,3})?existing\b/i;
const EXTENDED_NOTE = /\b(?:extended|extension|modified|updated|changed)\b/i;
/** A section of such entities: "Existing entities (extended)", "Modified Entities". */
const EXTENDED_GROUP =
  /^(?:extended|modified|updated|changed) (?:entities|models|types|tables|schemas)\b/i;

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
  // "(`client.toml` OR command-line flags)" says where it lives, not what it is.
  return note.split(/\s+/).length <= 3 ? note : '';
}

export function stripNumbering(title: string): string {
  const trimmed = title.trim();
  const match = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Z][.)])\s/.exec(trimmed);
  return match ? trimmed.slice(match[0].length).trim() : trimmed;
}

/** A sub-section about its entity's states: "State Transitions", "Lifecycle", "Estados". */
const STATE_PART =
  /^(?:states?|state transitions?|transitions?|lifecycle|life cycle|state machine|estados?|transiciones)\b/i;
