/**
 * data-model.md → entities with fields and state transitions, and relationships between them.
 *
 * Real data models name entities in many ways (`## Entity: X`, `### 1. X`, `` ### `X` (new) ``,
 * `## X (derived)`), so a heading is an entity when (a) its own body defines fields (a field
 * table, field bullets or a type definition in code), or (b) it sits directly under a section
 * about entities or types and its title reads like a name. Headings such as "Overview",
 * "Relationships" or "Validation Rules" never are, and sub-sections such as "Fields" or
 * "Campos" give their fields to the entity above them.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type {
  DataModel,
  Entity,
  EntityField,
  Finding,
  Relationship,
  SourceDocument,
  StateTransition
} from '../model.js';
import { codeFields, listFields, tableFields } from './entity-fields.js';
import { parseMarkdown, plainText, positionOf } from './markdown.js';

/** Titles that describe the model rather than name a part of it. */
const GENERIC =
  /^(?:validaci[oó]n|reglas|ejemplos?|notas|overview|summary|purpose|introduction|notes?|relationships?|entity relationships?|relations|state(?:s| transitions?| machines?)?|lifecycle|transitions?|validation(?: rules)?|rules|indexes|indices|constraints|migrations?(?: strategy| sql| plan)?|storage|persistence|schema|database|examples?|open questions|assumptions|invariants|derived rules|enumerations|enums|glossary|references|diagram|er diagram|erd|data flow|volume|scale|security|performance|changes|change summary|key architectural decisions)\b/i;
/** Sub-sections whose content belongs to the entity above them. */
const ENTITY_PART =
  /^(?:fields?|campos|attributes?|properties|columns|schema|structure|definition|shape|validation|validation rules|reglas|rules|constraints|restricciones|relationships?|relations|state transitions?|states|lifecycle|transiciones|indexes|notes?|example|mapping|mapeo|invariants)\b/i;
const ENTITY_GROUP =
  /entit|entidad|model|types|messages|tables|schemas|records|objects|dtos|structs/i;
/** The same for scripts without word boundaries: validation, rules, examples, notes, generated… */
const GENERIC_NON_LATIN = /^(?:유효성|규칙|예제|예시|참고|생성되는|验证|规则|示例|注意)/u;
/** Words that make a heading a discussion of the model, wherever they stand in it. */
const DESCRIBES =
  /[↔→⇄&+]|<->|^(?:why|how|what|when)\b|\b(?:implementation|delta|diff|changes|mapping|mappings|derivation|strategy|architecture|decisions?|operations|operaciones|transiciones|efectos|effects|flow|lifecycle|transitions|conventions|considerations|guidelines|layout|framework)\b/i;
const GROUP_TITLE =
  /^(?:[\p{L}\w/&-]{1,30}\s){0,4}(?:entities|entidades|entity definitions|types|models?|tables|schemas|messages|records|objects|dtos|structs|data)\b/iu;
const EXISTING =
  /\b(?:existing|unchanged|no modification|no changes|not modified|reused|consumed|read-only reference)\b/i;

interface HeadingInfo {
  heading: Heading;
  title: string;
  depth: number;
  body: RootContent[];
}

export function parseDataModel(doc: SourceDocument): { dataModel: DataModel; findings: Finding[] } {
  const root = parseMarkdown(doc.text, { tables: doc.text.includes('|') });
  const headings = headingsOf(root);
  const entities: Entity[] = [];
  const owner: (Entity | undefined)[] = [];
  headings.forEach((info, index) => {
    const parent = parentOf(headings, index);
    const parentEntity = parent === undefined ? undefined : owner[parent];
    if (parentEntity && ENTITY_PART.test(stripNumber(info.title))) {
      addBody(parentEntity, info.body, doc.path);
      owner[index] = parentEntity;
      return;
    }
    const entity = entityOf(info, headings, parent, doc.path);
    if (entity && !entities.some(existing => sameName(existing.name, entity.name))) {
      entities.push(entity);
      owner[index] = entity;
    }
  });
  const relationships = relationshipsOf(headings, entities, doc.path);
  attachStateSections(headings, entities, doc.path);
  return { dataModel: { entities, relationships }, findings: [] };
}

function headingsOf(root: Root): HeadingInfo[] {
  const result: HeadingInfo[] = [];
  for (let i = 0; i < root.children.length; i++) {
    const node = root.children[i]!;
    if (node.type !== 'heading') continue;
    const body: RootContent[] = [];
    for (let j = i + 1; j < root.children.length && root.children[j]!.type !== 'heading'; j++)
      body.push(root.children[j]!);
    result.push({ heading: node, title: plainText(node).trim(), depth: node.depth, body });
  }
  return result;
}

function parentOf(headings: HeadingInfo[], index: number): number | undefined {
  const depth = headings[index]!.depth;
  for (let i = index - 1; i >= 0; i--) if (headings[i]!.depth < depth) return i;
  return undefined;
}

function ancestors(headings: HeadingInfo[], index: number | undefined): HeadingInfo[] {
  const chain: HeadingInfo[] = [];
  for (let at = index; at !== undefined; at = parentOf(headings, at)) chain.push(headings[at]!);
  return chain;
}

function entityOf(
  info: HeadingInfo,
  headings: HeadingInfo[],
  parent: number | undefined,
  file: string
): Entity | undefined {
  if (info.depth === 1) return undefined;
  const name = entityName(info);
  if (!name || GENERIC.test(name) || GENERIC_NON_LATIN.test(name)) return undefined;
  if (DESCRIBES.test(name) || !looksLikeName(name)) return undefined;
  // "Core Entities", "Tool Input Types", "Existing entities (no modification)": a group of entities.
  if (
    GROUP_TITLE.test(stripNumber(info.title)) &&
    hasChildHeadings(headings, headings.indexOf(info))
  )
    return undefined;
  const fields = fieldsIn(info.body, file);
  const labelled = /^(?:entity|entidad|entité|model|table|type)\s{0,2}:/i.test(
    stripNumber(info.title)
  );
  const group = parent === undefined ? undefined : headings[parent]!;
  const underGroup =
    group !== undefined &&
    group.depth > 1 &&
    ENTITY_GROUP.test(group.title) &&
    !GENERIC.test(group.title);
  if (!labelled && fields.length === 0 && !underGroup) return undefined;
  // A heading over other headings, with no fields of its own, groups entities ("1. Lexical Analysis").
  if (!labelled && fields.length === 0 && hasChildHeadings(headings, headings.indexOf(info)))
    return undefined;
  const chain = ancestors(headings, parent);
  return {
    name,
    fields,
    states: [],
    existing: EXISTING.test(info.title) || chain.some(ancestor => EXISTING.test(ancestor.title)),
    source: positionOf(info.heading, file)
  };
}

function hasChildHeadings(headings: HeadingInfo[], index: number): boolean {
  const next = headings[index + 1];
  return next !== undefined && next.depth > headings[index]!.depth;
}

function fieldsIn(body: RootContent[], file: string): EntityField[] {
  for (const node of body) {
    if (node.type === 'table') {
      const fields = tableFields(node, file);
      if (fields.length > 0) return fields;
    }
  }
  for (const node of body) {
    if (node.type === 'list') {
      const fields = listFields(node, file);
      if (fields.length >= 2) return fields;
    }
  }
  for (const node of body) {
    if (node.type === 'code' && node.lang !== 'mermaid') {
      const fields = codeFields(node, file);
      if (fields.length >= 2) return fields;
    }
  }
  return [];
}

function addBody(entity: Entity, body: RootContent[], file: string): void {
  if (entity.fields.length === 0) entity.fields = fieldsIn(body, file);
  entity.states.push(...transitionsIn(body, file));
}

/** The backticked identifier if the heading has one, else its words without numbering and notes. */
function entityName(info: HeadingInfo): string {
  for (const child of info.heading.children) {
    if (child.type === 'inlineCode' && /^[A-Z_][\w.]{0,60}$/i.test(child.value)) return child.value;
  }
  let name = stripNumber(info.title);
  name = name.replace(/^(?:entity|entidad|entité|model|table|type)\s{0,2}:\s{0,2}/i, '');
  for (const cut of [' (', ' —', ' – ', ' - ', ':']) {
    const at = name.indexOf(cut);
    if (at > 0) name = name.slice(0, at);
  }
  name = name.replace(/^(?:extended|new|modified)\s{1,3}/i, '');
  return withoutKindWords(name.split('`').join('').split('*').join('').trim());
}

const KIND_WORDS_AT_END = new Set([
  'entity',
  'model',
  'schema',
  'version',
  'embedded',
  'document',
  'collection',
  'table',
  'record',
  'dto'
]);

/** `Account schema version 2` → `Account`, `Category embedded document` → `Category`. */
function withoutKindWords(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1) {
    const last = words[words.length - 1]!.toLowerCase();
    if (!KIND_WORDS_AT_END.has(last) && !/^v?\d{1,3}$/.test(last)) break;
    words.pop();
  }
  return words.join(' ');
}

function stripNumber(title: string): string {
  const match = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Z][.)])\s{1,3}/.exec(title.trim());
  return match ? title.trim().slice(match[0].length) : title.trim();
}

/** A name is short and has no sentence punctuation: `UserProfile`, `Theme Configuration`. */
function looksLikeName(name: string): boolean {
  return name.length <= 50 && name.split(/\s+/).length <= 5 && !/[.?!,;]/.test(name);
}

function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(name: string): string {
  const flat = name.toLowerCase().replace(/[\s_\-`]/g, '');
  return flat.endsWith('s') && flat.length > 3 ? flat.slice(0, -1) : flat;
}

// ---------------------------------------------------------------------------------------------
// Relationships

const KIND_WORDS: [RegExp, string][] = [
  [/many[- ]to[- ]many|\bN:M\b|\bM:N\b|\*:\*/i, 'N:M'],
  [/one[- ]to[- ]many|has many|\b1:N\b|\b1:\*|1\s?→\s?N|\|\|--o\{|\|\|--\|\{/i, '1:N'],
  [/many[- ]to[- ]one|belongs to|\bN:1\b|\}o--\|\|/i, 'N:1'],
  [/one[- ]to[- ]one|has one|\b1:1\b|\|\|--\|\||\|\|--o\|/i, '1:1']
];

function relationshipsOf(
  headings: HeadingInfo[],
  entities: Entity[],
  file: string
): Relationship[] {
  const relationships: Relationship[] = [];
  const add = (relationship: Relationship | undefined) => {
    if (!relationship) return;
    const duplicate = relationships.some(
      existing => existing.from === relationship.from && existing.to === relationship.to
    );
    if (!duplicate) relationships.push(relationship);
  };
  for (const info of headings) {
    const isSection = /relationship|relations\b|associations|er diagram|erd/i.test(info.title);
    for (const node of info.body) {
      if (node.type === 'code' && node.lang === 'mermaid') {
        mermaidLines(node.value, node.position?.start.line ?? 1).forEach(line =>
          add(relationshipIn(line.text, entities, { file, line: line.line, column: 1 }))
        );
      } else if (isSection && node.type === 'list') {
        for (const item of node.children) {
          add(relationshipIn(plainText(item).split('\n')[0]!, entities, positionOf(item, file)));
        }
      } else if (node.type === 'list') {
        // Per-entity "Relationships:" bullets: `- belongs to User`, `- has many Orders`.
        const owner = entities.find(
          entity => entity.source.line === info.heading.position?.start.line
        );
        for (const item of node.children) {
          const text = plainText(item).split('\n')[0]!;
          if (owner && /^(?:has|belongs|references|owns|contains)\b/i.test(text.trim())) {
            add(relationshipIn(`${owner.name} ${text}`, entities, positionOf(item, file)));
          }
        }
      }
    }
  }
  return relationships;
}

function mermaidLines(value: string, fenceLine: number): { text: string; line: number }[] {
  if (!/^\s{0,4}erDiagram/m.test(value)) return [];
  return value.split('\n').map((text, index) => ({ text, line: fenceLine + 1 + index }));
}

/** The first two known entities a line names, in order, and the kind of link it states. */
function relationshipIn(
  text: string,
  entities: Entity[],
  source: Relationship['source']
): Relationship | undefined {
  const mentioned = mentions(text, entities);
  if (mentioned.length < 2) return undefined;
  const kind = KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  const [from, to] =
    /\bbelongs to\b|many[- ]to[- ]one|\bN:1\b/i.test(text) && kind === 'N:1'
      ? [mentioned[1]!, mentioned[0]!]
      : [mentioned[0]!, mentioned[1]!];
  return { from: from.name, to: to.name, kind, text: text.trim(), source };
}

/** Entities named in the text, ordered by first mention; plural and case do not matter. */
function mentions(text: string, entities: Entity[]): Entity[] {
  const tokens = text.split(/\W+/).filter(Boolean);
  const found: { entity: Entity; at: number }[] = [];
  for (const entity of entities) {
    const wanted = normalise(entity.name);
    const parts = entity.name.split(/[\s_-]+/).length;
    for (let i = 0; i + parts <= tokens.length; i++) {
      if (normalise(tokens.slice(i, i + parts).join('')) === wanted) {
        found.push({ entity, at: i });
        break;
      }
    }
  }
  return found.sort((a, b) => a.at - b.at).map(entry => entry.entity);
}

// ---------------------------------------------------------------------------------------------
// State transitions

/** A "State Transitions" section names its entity in its title or in each line; else the one above it. */
function attachStateSections(headings: HeadingInfo[], entities: Entity[], file: string): void {
  headings.forEach((info, index) => {
    if (!/state|lifecycle|transiti|상태/i.test(info.title)) return;
    if (entities.some(entity => entity.source.line === info.heading.position?.start.line)) return;
    const transitions = transitionsIn(info.body, file);
    if (transitions.length === 0) return;
    const named = mentions(info.title, entities)[0];
    const above = entities
      .filter(entity => entity.source.line < (info.heading.position?.start.line ?? 0))
      .pop();
    const target =
      named ??
      (headings[index]!.depth > 2 ? above : undefined) ??
      (entities.length === 1 ? entities[0] : undefined);
    if (target && !target.states.length) target.states.push(...transitions);
  });
}

const ARROWS = ['-->', '->', '→', '⟶', '=>'];

function transitionsIn(body: RootContent[], file: string): StateTransition[] {
  const transitions: StateTransition[] = [];
  const read = (text: string, line: number) => {
    for (const arrow of ARROWS) {
      const at = text.indexOf(arrow);
      if (at <= 0) continue;
      const from = lastWord(text.slice(0, at));
      const afterArrow = text.slice(at + arrow.length);
      const colon = afterArrow.indexOf(':');
      const to = firstWord(colon >= 0 ? afterArrow.slice(0, colon) : afterArrow);
      if (from && to && from !== '[*]') {
        transitions.push({
          from,
          to,
          trigger: colon >= 0 ? afterArrow.slice(colon + 1).trim() || undefined : undefined,
          source: { file, line, column: 1 }
        });
      }
      return;
    }
  };
  for (const node of body) {
    const start = node.position?.start.line ?? 1;
    if (node.type === 'code')
      node.value.split('\n').forEach((text, i) => read(text.trim(), start + 1 + i));
    else if (node.type === 'list')
      for (const item of node.children)
        read(plainText(item).split('\n')[0]!, positionOf(item, file).line);
    else if (node.type === 'paragraph')
      plainText(node)
        .split('\n')
        .forEach((text, i) => read(text, start + i));
  }
  return transitions;
}

function lastWord(text: string): string | undefined {
  const words = text
    .trim()
    .split(/[\s`*]+/)
    .filter(Boolean);
  return words[words.length - 1];
}

function firstWord(text: string): string | undefined {
  return text
    .trim()
    .split(/[\s`*(,]+/)
    .filter(Boolean)[0];
}
