/**
 * data-model.md → entities (fields, state transitions, whether they already exist) and the
 * relationships between them.
 *
 * Real data models name entities in many ways (`## Entity: X`, `### 1. X`, `` ### `X` (new) ``,
 * `## X Entity`, `## X schema version 2`, bullets under `## Entities`), so a heading is judged by
 * what surrounds it and what it holds:
 * - it is an entity when its title is labelled as one, when it (or its "Fields"-like
 *   sub-sections) defines fields, when it sits in a group such as "Core Entities" or "Domain
 *   Models" and reads like a name, or when its siblings are entities and it is an identifier;
 * - titles about the model ("Overview", "Validation Rules", "Indexes", "Migration Strategy"…)
 *   are never entities, and nothing beneath them is;
 * - enumerations are not entities: the corpus lists them under "Enums"/"Enumerations" or as
 *   `enum` blocks that a model task creates alongside the entity using them, never as tables;
 *   value objects and newtypes with a heading of their own (`ClientName (newtype)`) are.
 * A heading whose title names several types ("Supporting Types") becomes one entity per type
 * its code defines.
 */
import type {
  Code,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow
} from 'mdast';
import type {
  DataModel,
  Entity,
  EntityField,
  Finding,
  Relationship,
  SourceDocument,
  SourcePosition,
  StateTransition
} from '../model.js';
import { parseError } from './finding.js';
import { EXAMPLE_LANGUAGES, parseMarkdown, plainText, positionOf } from './markdown.js';

export function parseDataModel(doc: SourceDocument): { dataModel: DataModel; findings: Finding[] } {
  try {
    return { dataModel: readDataModel(doc), findings: [] };
  } catch (error) {
    // A parser bug must cost one document, not the whole feature.
    const message = error instanceof Error ? error.message : String(error);
    return {
      dataModel: { entities: [], relationships: [] },
      findings: [
        parseError({ file: doc.path, line: 1, column: 1 }, `Could not read ${doc.path}: ${message}`)
      ]
    };
  }
}

function readDataModel(doc: SourceDocument): DataModel {
  // Without a `|` there is no table, and the table extension is the slow part of parsing.
  const root = parseMarkdown(doc.text, { tables: doc.text.includes('|') });
  const context: Context = {
    file: doc.path,
    nodes: outline(root),
    entities: [],
    owners: [],
    names: new Set(),
    parts: new Map(),
    fields: new Map(),
    homes: new Map()
  };
  classify(context);
  nameAliases(context);
  const relationships = relationshipsOf(context, root);
  attachStateSections(context);
  return { entities: context.entities, relationships };
}

// ---------------------------------------------------------------------------------------------
// Outline: each heading with its own body, parent and children

interface OutlineNode {
  heading: Heading;
  title: string;
  depth: number;
  /** Content up to the next heading of any depth. */
  body: RootContent[];
  parent: number | undefined;
  children: number[];
  role: Role;
}

type Role = 'title' | 'skip' | 'group' | 'entity' | 'part' | 'other';

interface Context {
  file: string;
  nodes: OutlineNode[];
  entities: Entity[];
  /** For each outline node, the entity whose section it is part of. */
  owners: (Entity | undefined)[];
  /** Normalised names of the entities found, which must be unique. */
  names: Set<string>;
  /** Each heading's parts and fields, read once: several rules ask for them. */
  parts: Map<number, Part[]>;
  fields: Map<number, EntityField[] | 'enum'>;
  /** The heading each entity was found under, for what its section says about it. */
  homes: Map<Entity, number>;
}

function outline(root: Root): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  const open: number[] = [];
  for (const child of root.children) {
    if (child.type !== 'heading') {
      nodes[nodes.length - 1]?.body.push(child);
      continue;
    }
    while (open.length > 0 && nodes[open[open.length - 1]!]!.depth >= child.depth) open.pop();
    const parent = open[open.length - 1];
    const index = nodes.length;
    const title = plainText(child).trim();
    nodes.push({
      heading: child,
      title,
      depth: child.depth,
      body: [],
      parent,
      children: [],
      role: 'other'
    });
    if (parent !== undefined) nodes[parent]!.children.push(index);
    open.push(index);
  }
  return nodes;
}

function ancestors(nodes: OutlineNode[], index: number): OutlineNode[] {
  const chain: OutlineNode[] = [];
  for (let at = nodes[index]!.parent; at !== undefined; at = nodes[at]!.parent)
    chain.push(nodes[at]!);
  return chain;
}

// ---------------------------------------------------------------------------------------------
// Which headings are entities

/** Words that make a title a discussion of the model rather than the name of a part of it. */
const ABOUT_MODEL =
  /\b(?:overview|summary|purpose|introduction|background|scope|relationships?|relations|relaciones|associations|transitions?|transiciones|lifecycle|life cycle|state machines?|rules|reglas|invariants|constraints|restricciones|conditions|indexes|[ií]ndices|migrations?|examples?|ejemplos?|notes|notas|questions|assumptions|glossary|references|diagram|erd|strategy|considerations|guidelines|conventions|decisions|mappings?|mapeo|taxonomy|delta|diff|changes|enums?|enumerations?|next steps|checklist|why|how)\b/i;
/** Words that usually mean the same, but may name an entity that has fields ("Domain Validation"). */
const ABOUT_SYSTEM =
  /\b(?:validation|validaci[oó]n|storage|persistence|database|seeding|seed data|default data|quer(?:y|ies)|patterns|flow|performance|security|testing|tests|scenarios|architecture|implementation|operations|operaciones|efectos|layout|partitioning|retention|repositor(?:y|ies)|services|domain events|resources|layers?|extensions|contracts?|status|dependencies|sync|sql)\b/i;
/** The same for scripts without word boundaries: validation, rules, example, mapping, state. */
const NOT_ENTITY_NON_LATIN =
  /유효성|규칙|예제|예시|매핑|상태|목록|설정 예|验证|规则|示例|映射|状态|关系|관계/u;
/** Sub-section titles that describe the entity above them rather than name another one. */
const PART_TITLE =
  /^(?:fields?|campos|attributes?|atributos|properties|propiedades|columns|schema|structure|definition|shape|keys?|primary key|members|new fields|data|example)\b/i;
/** Groups whose members are entities even without fields of their own. */
const STRONG_GROUP =
  /\b(?:entit(?:y|ies)|entidad(?:es)?|models|modelos|domain models?|data models?|types|tables|records|messages|dtos|structs|classes|objects|aggregates?)\b/i;
const WEAK_GROUP = /\b(?:schemas?|configurations?|config|data|esquemas?)\b/i;
const UNTOUCHED =
  /\b(?:unchanged|no modifications?|no changes|not modified|reused|consumed|read-only|sin cambios)\b/i;
const EXISTING = /\b(?:existing|existente)s?\b/i;
/** "Existing entities (extended)" still need work. */
const CHANGED = /\b(?:modif|extend|extension|chang|updat|new fields)/i;
const ENTITY_LABEL = /^(?:entity|entidad|entité|model|table)\s{0,2}:/i;
const ENUM_TITLE = /\b(?:enum|enums|enumerations?|enumeraci[oó]n)\b/i;
/** Qualifiers that say a heading is not a data type at all. */
const NOT_A_TYPE = /\b(?:service|rpc|endpoint|cli|command|packages?|module)\b/i;

function classify(context: Context): void {
  const { nodes } = context;
  nodes.forEach((node, index) => {
    node.role = roleOf(context, index);
    const parent = node.parent === undefined ? undefined : context.owners[node.parent];
    if (node.role === 'part') context.owners[index] = parent;
  });
  // `## RuleId (newtype)` comes before the `## TokenRecord` that shows headings are entities here.
  nodes.forEach((node, index) => {
    if (node.role !== 'other') return;
    const name = cleanName(node);
    if (!mayNameEntity(context, index, name) || !amongEntities(context, index, name)) return;
    if (addEntity(context, index, name.text, headingFields(context, index, name.text))) {
      node.role = 'entity';
    }
  });
  listedEntities(context);
  context.entities.sort((a, b) => a.source.line - b.source.line);
}

function roleOf(context: Context, index: number): Role {
  const { nodes } = context;
  const node = nodes[index]!;
  if (node.depth === 1 && !nodes.slice(0, index).some(other => other.depth === 1)) return 'title';
  const parent = node.parent === undefined ? undefined : nodes[node.parent];
  if (parent && (parent.role === 'entity' || parent.role === 'part')) {
    return nestedEntity(context, index) ? 'entity' : 'part';
  }
  if (parent?.role === 'skip') return 'skip';
  const name = cleanName(node);
  const title = stripNumbering(node.title);
  if (!name.text || aboutModel(name.text) || aboutModel(title)) return 'skip';
  if (ABOUT_SYSTEM.test(title) && !namesEntityAnyway(context, index, name.text)) return 'skip';
  if (isGroup(context, index)) return 'group';
  return entityFromHeading(context, index) ? 'entity' : 'other';
}

function aboutModel(text: string): boolean {
  return ABOUT_MODEL.test(text) || NOT_ENTITY_NON_LATIN.test(text);
}

function describesModel(text: string): boolean {
  return aboutModel(text) || ABOUT_SYSTEM.test(text);
}

/** "Domain Validation" with fields, among "Core Entities": an entity despite its word. */
function namesEntityAnyway(context: Context, index: number, name: string): boolean {
  const parent = context.nodes[index]!.parent;
  const group = parent === undefined ? undefined : context.nodes[parent];
  if (group?.role !== 'group' || !STRONG_GROUP.test(group.title)) return false;
  const fields = headingFields(context, index, name);
  return fields !== 'enum' && fields.length >= 2;
}

/** A heading over headings that are not its own parts, with no fields of its own, groups them. */
function isGroup(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (node.children.length === 0) return false;
  const ownParts = node.children.every(child => isPartTitle(context.nodes[child]!.title));
  if (ownParts) return false;
  return fieldsOfParts(partsOf(node.body, undefined), context.file, '').length === 0;
}

function isPartTitle(title: string): boolean {
  const text = stripNumbering(title);
  return PART_TITLE.test(text) || describesModel(text) || STATE_PART.test(text);
}

/** A heading inside an entity's section names another entity only when it is an identifier with fields. */
function nestedEntity(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (isPartTitle(node.title)) return false;
  const name = cleanName(node);
  if (!isIdentifier(name.text) && !name.quoted) return false;
  return addEntity(context, index, name.text, headingFields(context, index, name.text));
}

function entityFromHeading(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  const name = cleanName(node);
  if (!mayNameEntity(context, index, name)) return false;
  const fields = headingFields(context, index, name.text);
  if (fields === 'enum') return false;
  if (expandTypes(context, index)) return true;
  const labelled = ENTITY_LABEL.test(stripNumbering(node.title)) || name.labelled;
  const evidence =
    labelled ||
    (fields.length > 0 && (name.quoted || isIdentifier(name.text) || isTitled(name.text))) ||
    fields.length >= 2 ||
    inGroup(context, index, name);
  return evidence && addEntity(context, index, name.text, fields);
}

function saysExisting(title: string): boolean {
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
function saysExtended(context: Context, index: number): boolean {
  const title = stripNumbering(context.nodes[index]!.title);
  const notes = title.match(/\([^)]{1,80}\)/g) ?? [];
  if (EXTENDED_TITLE.test(title) || notes.some(note => EXTENDED_NOTE.test(note))) return true;
  return ancestors(context.nodes, index).some(ancestor => {
    const group = stripNumbering(ancestor.title);
    return EXTENDED_GROUP.test(group) || (EXISTING.test(group) && CHANGED.test(group));
  });
}

/** The note in parentheses after a heading's name: `Health (service)` → `service`. */
function qualifier(title: string): string {
  const open = title.indexOf('(');
  const close = title.indexOf(')', open);
  const note = open >= 0 && close > open ? title.slice(open + 1, close) : '';
  // "(`client.toml` OR command-line flags)" says where it lives, not what it is.
  return note.split(/\s+/).length <= 3 ? note : '';
}

/** Not an enumeration, a service or a sentence. */
function mayNameEntity(context: Context, index: number, name: CleanName): boolean {
  const node = context.nodes[index]!;
  if (
    !isNameLike(name.text) ||
    ENUM_TITLE.test(node.title) ||
    NOT_A_TYPE.test(qualifier(node.title))
  ) {
    return false;
  }
  return !ancestors(context.nodes, index).some(ancestor => ENUM_TITLE.test(ancestor.title));
}

function inGroup(context: Context, index: number, name: CleanName): boolean {
  const parent = context.nodes[index]!.parent;
  const group = parent === undefined ? undefined : context.nodes[parent];
  if (group?.role !== 'group') return false;
  const code = name.quoted || isIdentifier(name.text);
  // A bare title such as "Loro Document Structure" is a topic; "Proxy" or "Events" is a name.
  if (STRONG_GROUP.test(group.title))
    return code || /^\p{Lu}\S*$/u.test(name.text) || saysExisting(group.title);
  return WEAK_GROUP.test(group.title) && code;
}

/** `## RuleId (newtype)` among `## TokenRecord`, `## Rule`…: the document lists one entity per heading. */
function amongEntities(context: Context, index: number, name: CleanName): boolean {
  if (!name.quoted && !isIdentifier(name.text) && !name.qualified) return false;
  const node = context.nodes[index]!;
  const siblings = context.nodes.filter(
    (other, at) => at !== index && other.parent === node.parent && other.depth === node.depth
  );
  const entities = siblings.filter(sibling =>
    context.entities.some(found => found.source.line === sibling.heading.position?.start.line)
  );
  return entities.length >= 2;
}

function addEntity(
  context: Context,
  index: number,
  name: string,
  fields: EntityField[] | 'enum'
): boolean {
  if (fields === 'enum') return false;
  const node = context.nodes[index]!;
  const existing =
    saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
  const entity: Entity = {
    name,
    fields,
    states: headingStates(context, index),
    existing,
    extended: !existing && saysExtended(context, index),
    derived: saysDerived(context, index),
    aliases: [],
    source: positionOf(node.heading, context.file)
  };
  if (!pushEntity(context, entity)) return false;
  context.owners[index] = entity;
  context.homes.set(entity, index);
  return true;
}

/** Entities are unique by name; the first mention wins. */
function pushEntity(context: Context, entity: Entity): boolean {
  const key = normalise(entity.name);
  if (context.names.has(key)) return false;
  context.names.add(key);
  context.entities.push(entity);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Entity names

interface CleanName {
  text: string;
  /** Written as code: `` `RateLimit` envelope `` */
  quoted: boolean;
  /** `## User Entity` */
  labelled: boolean;
  /** Had a note in parentheses: `Token (transient)`. */
  qualified: boolean;
}

const TRAILING_KIND = new Set([
  'entity',
  'entidad',
  'model',
  'modelo',
  'schema',
  'version',
  'embedded',
  'document',
  'collection'
]);

function cleanName(node: OutlineNode): CleanName {
  const title = stripNumbering(node.title);
  const qualified = /\(.{1,80}\)/.test(title);
  for (const child of node.heading.children) {
    if (child.type === 'inlineCode' && /^[A-Z_]\w{0,60}$/i.test(child.value)) {
      return { text: child.value, quoted: true, labelled: false, qualified };
    }
  }
  let text = title.replace(/^(?:entity|entidad|entité|model|table)\s{0,2}:\s{0,2}/i, '');
  for (const cut of [' (', '(', ' —', ' – ', ' - ', ':', '<']) {
    const at = text.indexOf(cut);
    if (at > 0) text = text.slice(0, at);
  }
  text = text.replace(/^(?:extended|new|modified|updated)\s{1,3}/i, '');
  text = text.split('`').join('').split('*').join('').trim();
  const words = text.split(/\s+/);
  const labelled = words.length > 1 && /^(?:entity|entidad)$/i.test(words[words.length - 1]!);
  return { text: withoutKindWords(words), quoted: false, labelled, qualified };
}

/** `Account schema version 2` → `Account`, `Category embedded document` → `Category`. */
function withoutKindWords(words: string[]): string {
  const kept = [...words];
  while (kept.length > 1) {
    const last = kept[kept.length - 1]!.toLowerCase();
    if (!TRAILING_KIND.has(last) && !/^v?\d{1,3}$/.test(last)) break;
    kept.pop();
  }
  return kept.join(' ');
}

function stripNumbering(title: string): string {
  const trimmed = title.trim();
  const match = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Z][.)])\s/.exec(trimmed);
  return match ? trimmed.slice(match[0].length).trim() : trimmed;
}

/** Short, no sentence punctuation, starts like a word: `UserProfile`, `Theme Configuration`. */
function isNameLike(name: string): boolean {
  if (name.length === 0 || name.length > 60 || /[.?!;,=/\\]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 5) return false;
  // "Complete SQL Schema with RLS", "Entity Schema via Loro Containers": a description.
  if (words.length >= 3 && words.some(word => FUNCTION_WORDS.has(word))) return false;
  return /^[\p{L}_]/u.test(name) && !aboutModel(name);
}

const FUNCTION_WORDS = new Set(['with', 'for', 'via', 'from', 'of', 'and', 'to', 'in', 'by', 'on']);

/** One token that reads as code: `RuleId`, `user_profile`, `HTTPRequest`. */
function isIdentifier(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{N}_]{0,60}$/u.test(name)) return false;
  return /\p{Ll}\p{Lu}|_|^\p{Lu}{2,}/u.test(name);
}

/** Every long word capitalised, as names are written: `Documentation Page`, `Auth Session`. */
function isTitled(name: string): boolean {
  return name
    .split(/\s+/)
    .every(word => word.length <= 3 || /^[\p{Lu}\p{N}_]/u.test(word) || isIdentifier(word));
}

// ---------------------------------------------------------------------------------------------
// Labelled parts of a section: "**Fields**:", "Validation rules:", "- **Relationships**:"…

interface Part {
  label: string | undefined;
  /** What followed the label on its own line: `**Fields**: \`id\`, \`name\``. */
  inline: PhrasingContent[];
  inlineLine: number;
  nodes: RootContent[];
}

const KNOWN_LABEL =
  /^(?:fields?|primary fields|derived fields|new fields|campos|attributes?|properties|purpose|description|validation|validation rules|relationships?|relations|state transitions?|states?|lifecycle|notes?|identity|metadata|indexes|existing|new|operations|derived|definition|structure|constraints|business rules)\b/i;

function partsOf(nodes: RootContent[], initial: string | undefined): Part[] {
  let current: Part = { label: initial, inline: [], inlineLine: 0, nodes: [] };
  const parts: Part[] = [current];
  const start = (label: string | undefined, inline: PhrasingContent[], line: number) => {
    current = { label, inline, inlineLine: line, nodes: [] };
    parts.push(current);
  };
  for (const node of nodes) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'thematicBreak') {
      start(initial, [], line);
    } else if (node.type === 'paragraph' && labelOf(node)) {
      const label = labelOf(node)!;
      start(label.label, label.rest, line);
      // `**Source**: x` holds only x; a table after it belongs to the section, or to a last
      // line such as `**Attributes**:` in the same paragraph.
      const trailing = trailingLabel(node);
      if (trailing !== undefined || hasText(label.rest)) start(trailing ?? initial, [], line);
    } else if (node.type === 'paragraph' && trailingLabel(node) !== undefined) {
      start(trailingLabel(node), [], line);
    } else if (node.type === 'list' && isLabelledList(node)) {
      for (const item of node.children) itemPart(item, parts);
      start(current.label, [], line);
    } else {
      current.nodes.push(node);
    }
  }
  return parts.filter(part => part.nodes.length > 0 || part.inline.length > 0);
}

function hasText(phrasing: PhrasingContent[]): boolean {
  return plainText({ type: 'paragraph', children: phrasing }).trim() !== '';
}

/** The label on the last line of a paragraph of several: `**Purpose**: …⏎**Attributes**:`. */
function trailingLabel(paragraph: Paragraph): string | undefined {
  const lines = plainText(paragraph).split('\n');
  if (lines.length < 2) return undefined;
  const match = /^(\p{L}[\p{L}\p{N} /&'()-]{0,50}):$/u.exec(lines[lines.length - 1]!.trim());
  return match ? match[1]!.trim() : undefined;
}

function itemPart(item: ListItem, parts: Part[]): void {
  const [first, ...rest] = item.children;
  const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
  const line = item.position?.start.line ?? 0;
  if (label) parts.push({ label: label.label, inline: label.rest, inlineLine: line, nodes: rest });
}

/** A list of "**Label**: …" items that describe one entity, rather than a list of its fields. */
function isLabelledList(list: List): boolean {
  return list.children.some(item => {
    const first = item.children[0];
    const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
    return (
      label !== undefined &&
      first?.type === 'paragraph' &&
      first.children[0]?.type === 'strong' &&
      KNOWN_LABEL.test(label.label)
    );
  });
}

/** `**Fields**:`, `**State Transitions** (enforced by code):`, `Validation:` → the label and the rest. */
function labelOf(paragraph: Paragraph): { label: string; rest: PhrasingContent[] } | undefined {
  const [first, second, ...others] = paragraph.children;
  if (first?.type === 'strong') {
    const strongText = plainText(first).trim();
    if (strongText.endsWith(':')) {
      return { label: strongText.slice(0, -1).trim(), rest: paragraph.children.slice(1) };
    }
    if (!second) return { label: strongText, rest: [] };
    if (second.type !== 'text') return undefined;
    const colon = second.value.indexOf(':');
    if (colon < 0 || colon > 60) return undefined;
    const after = second.value.slice(colon + 1);
    const rest: PhrasingContent[] = after.trim()
      ? [{ type: 'text', value: after }, ...others]
      : others;
    return { label: strongText, rest };
  }
  if (first?.type !== 'text') return undefined;
  const match = /^(\p{L}[\p{L}\p{N} /&'-]{0,40}):(?:\s|$)/u.exec(first.value);
  if (!match) return undefined;
  const after = first.value.slice(match[0].length);
  const rest: PhrasingContent[] = after.trim()
    ? [{ type: 'text', value: after }, ...paragraph.children.slice(1)]
    : paragraph.children.slice(1);
  return { label: match[1]!.trim(), rest };
}

// ---------------------------------------------------------------------------------------------
// Fields

const FIELD_LABEL =
  /\b(?:fields?|campos|attributes?|atributos|properties|propiedades|columns|definition|structure|schema|shape|members|props|new)\b/i;
const NOT_FIELD_LABEL =
  /\b(?:existing|unchanged|validation|rules|index|indexes|relationships?|relations|states?|transitions?|lifecycle|notes?|examples?|constraints|usage|mapping|operations|events|services|invariants|thresholds|purpose|description)\b/i;

/** The fields of a heading's section and of its "Fields"-like sub-sections; `enum` when it only defines an enum. */
function headingFields(context: Context, index: number, name: string): EntityField[] | 'enum' {
  let fields = context.fields.get(index);
  if (fields === undefined) {
    fields = readHeadingFields(context, index, name);
    context.fields.set(index, fields);
  }
  return fields;
}

function readHeadingFields(context: Context, index: number, name: string): EntityField[] | 'enum' {
  const parts = sectionParts(context, index);
  const fields = fieldsOfParts(parts, context.file, name);
  if (fields.length > 0) return fields;
  const definitions = parts.flatMap(part =>
    part.nodes.filter(isCode).flatMap(code => typeDefinitions(code, context.file))
  );
  return definitions.length > 0 && definitions.every(definition => definition.isEnum) ? 'enum' : [];
}

function isCode(node: RootContent): node is Code {
  return node.type === 'code';
}

/** A heading's own parts, then those of sub-sections that describe it ("Fields", "Campos"). */
function sectionParts(context: Context, index: number): Part[] {
  let parts = context.parts.get(index);
  if (!parts) {
    parts = readSectionParts(context, index);
    context.parts.set(index, parts);
  }
  return parts;
}

function readSectionParts(context: Context, index: number): Part[] {
  const node = context.nodes[index]!;
  const parts = partsOf(node.body, undefined);
  for (const child of node.children) {
    const sub = context.nodes[child]!;
    if (isPartTitle(sub.title)) parts.push(...partsOf(sub.body, stripNumbering(sub.title)));
  }
  return parts;
}

function fieldsOfParts(parts: Part[], file: string, entityName: string): EntityField[] {
  for (const part of parts) {
    const labelled = part.label !== undefined;
    if (labelled && (!FIELD_LABEL.test(part.label!) || NOT_FIELD_LABEL.test(part.label!))) continue;
    const found = fieldsOfPart(part, labelled, file, entityName);
    if (found.length > 0) return found;
  }
  return [];
}

function fieldsOfPart(part: Part, labelled: boolean, file: string, name: string): EntityField[] {
  if (part.inline.length > 0) {
    const inline = inlineFields(part.inline, { file, line: part.inlineLine, column: 1 });
    if (inline.length > 0) return inline;
  }
  for (const node of part.nodes) {
    const found = nodeFields(node, labelled, file, name);
    if (found.length > 0) return found;
  }
  return [];
}

function nodeFields(
  node: RootContent,
  labelled: boolean,
  file: string,
  name: string
): EntityField[] {
  switch (node.type) {
    case 'table':
      return tableFields(node, file);
    case 'code':
      return codeFields(node, file, name);
    case 'list':
      return listFields(node, labelled, file);
    default:
      return [];
  }
}

const NAME_HEADER =
  /^(?:field|fields|field name|attribute|attributes|column|columns|name|property|properties|campo|key|member|parameter|param|属性|字段|필드|속성)\b/i;
const TYPE_HEADER = /^(?:type|data type|tipo|kind|타입|类型)\b/i;
const DESCRIPTION_HEADER =
  /\b(?:desc|description|notes?|meaning|purpose|rules?|constraints?|details?|comment|validation|descripci[oó]n|설명|说明)\b/i;

function tableFields(table: Table, file: string): EntityField[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map(cell => plainText(cell).trim());
  const nameColumn = titles.findIndex(title => NAME_HEADER.test(title));
  if (nameColumn !== 0) return [];
  const typeColumn = titles.findIndex((title, at) => at !== nameColumn && TYPE_HEADER.test(title));
  const descriptionColumn = titles.findIndex(
    (title, at) => at !== nameColumn && at !== typeColumn && DESCRIPTION_HEADER.test(title)
  );
  return rows.flatMap(row => {
    const name = fieldName(cellText(row, nameColumn) ?? '');
    if (!name) return [];
    return [
      {
        name,
        type: cellText(row, typeColumn),
        description: cellText(row, descriptionColumn),
        source: positionOf(row, file)
      }
    ];
  });
}

function cellText(row: TableRow, column: number): string | undefined {
  const cell = column >= 0 ? row.children[column] : undefined;
  return cell ? plainText(cell).trim() || undefined : undefined;
}

/** A field is one identifier (`user_id`, `items[]`, `name?`, `meta.tags`); anything else is prose. */
function fieldName(text: string): string | undefined {
  const cleaned = text.split('`').join('').split('*').join('').trim();
  return /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}\??$/u.test(cleaned) ? cleaned : undefined;
}

/** `- \`id\`: UUID — primary key`, `- **name** (string): shown to users`, `- email: string`. */
function listFields(list: List, labelled: boolean, file: string): EntityField[] {
  const fields: EntityField[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (first?.type !== 'paragraph') continue;
    const source = positionOf(item, file);
    const several = labelled ? codeNamesOnly(first) : [];
    if (several.length > 1) {
      fields.push(
        ...several.map(name => ({ name, type: undefined, description: undefined, source }))
      );
      continue;
    }
    const field = fieldFromLine(plainText(first).split('\n')[0]!, labelled, source);
    if (field && valuesInParens(first)) {
      // `Status` (`Pending`, `Completed`): the values it takes, not its type.
      fields.push({ ...field, type: undefined, description: parenthesised(field) });
    } else if (field) {
      fields.push(field);
    }
  }
  // An unlabelled list is a field list only when most of it reads as one.
  if (!labelled && (fields.length < 2 || fields.length * 2 < list.children.length)) return [];
  return fields;
}

/** `` `Status` (`Pending`, …) ``: a name, an opening parenthesis, then code. */
function valuesInParens(paragraph: Paragraph): boolean {
  const [, open, value] = paragraph.children;
  return open?.type === 'text' && open.value.trim() === '(' && value?.type === 'inlineCode';
}

function parenthesised(field: EntityField): string | undefined {
  return [field.type, field.description].filter(Boolean).join(', ') || undefined;
}

/** `` `CreatedAt`, `UpdatedAt`, `CompletedAt` `` on one line: several fields. */
function codeNamesOnly(paragraph: Paragraph): string[] {
  const names: string[] = [];
  for (const child of paragraph.children) {
    if (child.type === 'inlineCode') {
      const name = fieldName(child.value);
      if (!name) return [];
      names.push(name);
    } else if (child.type !== 'text' || !/^[\s,;]*(?:(?:and|or|y)[\s,;]*)?$/.test(child.value)) {
      return [];
    }
  }
  return names;
}

const PRIMITIVE =
  /^(?:string|str|text|int|integer|long|short|number|float|double|decimal|bool|boolean|date|datetime|timestamp|uuid|guid|json|object|array|list|map|bytes|enum|char|varchar|any)\b/i;

function fieldFromLine(
  line: string,
  lenient: boolean,
  source: SourcePosition
): EntityField | undefined {
  const text = line.trim();
  const match = /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}/u.exec(text);
  if (!match) return undefined;
  let name = match[0];
  let rest = text.slice(name.length);
  if (rest.startsWith('?')) {
    name += '?';
    rest = rest.slice(1);
  }
  rest = rest.trimStart();
  if (rest === '')
    return lenient ? { name, type: undefined, description: undefined, source } : undefined;
  if (rest.startsWith('(')) return fieldWithParens(name, rest, source);
  if (rest.startsWith(':')) return fieldWithColon(name, rest.slice(1).trim(), source);
  if (/^[—–-]\s/.test(rest)) {
    return { name, type: undefined, description: rest.slice(1).trim() || undefined, source };
  }
  return undefined;
}

/** `` `clave` (string, PK, `VARCHAR(20)`) `` → type `string`, the rest describes it. */
function fieldWithParens(name: string, rest: string, source: SourcePosition): EntityField {
  const close = matchingParen(rest, 0);
  const inside = rest.slice(1, close < 0 ? undefined : close);
  const after = close < 0 ? '' : trimSeparators(rest.slice(close + 1));
  const [first, ...others] = splitTopLevel(inside, ',');
  const head = (first ?? '').trim();
  if (isTypeLike(head)) {
    const description = [others.join(',').trim(), after].filter(Boolean).join(' — ');
    return { name, type: head, description: description || undefined, source };
  }
  return {
    name,
    type: undefined,
    description: [inside.trim(), after].filter(Boolean).join(' — ') || undefined,
    source
  };
}

/** `: UUID (Primary Key)`, `: Page title (string)`, `: Array of menu items` */
function fieldWithColon(name: string, rest: string, source: SourcePosition): EntityField {
  const cut = firstIndexOf(rest, [' (', ' - ', ' — ', ' – ', ', ', '; ', '. ']);
  const head = (cut < 0 ? rest : rest.slice(0, cut)).trim();
  if (head && !/\s/.test(head) && head.length <= 60) {
    const description = cut < 0 ? '' : trimSeparators(rest.slice(cut)).replace(/^\((.*)\)$/, '$1');
    return { name, type: head, description: description || undefined, source };
  }
  const trailing = trailingParenType(rest);
  if (trailing) return { name, type: trailing.type, description: trailing.description, source };
  return { name, type: undefined, description: rest || undefined, source };
}

/** `Page title (string)`: a primitive type in parentheses at the end. */
function trailingParenType(
  rest: string
): { type: string; description: string | undefined } | undefined {
  if (!rest.endsWith(')')) return undefined;
  const open = rest.lastIndexOf('(');
  const inner = rest.slice(open + 1, -1).trim();
  if (open <= 0 || !PRIMITIVE.test(inner) || /\s/.test(inner)) return undefined;
  return { type: inner, description: rest.slice(0, open).trim() || undefined };
}

function isTypeLike(text: string): boolean {
  if (!text || text.length > 40) return false;
  if (/^(?:optional|required|nullable|e\.g|i\.e|see|default)\b/i.test(text)) return false;
  return !/\s/.test(text) || PRIMITIVE.test(text);
}

/** `Fields: \`post_id\`, \`label\` (bool), \`name:String\`` → one field per code span. */
function inlineFields(phrasing: PhrasingContent[], source: SourcePosition): EntityField[] {
  const fields: EntityField[] = [];
  phrasing.forEach((child, at) => {
    if (child.type !== 'inlineCode') return;
    const colon = child.value.indexOf(':');
    const name = fieldName(colon > 0 ? child.value.slice(0, colon) : child.value);
    if (!name || fields.some(field => field.name === name)) return;
    const next = phrasing[at + 1];
    const type =
      colon > 0
        ? child.value.slice(colon + 1).trim() || undefined
        : next?.type === 'text'
          ? parenType(next.value)
          : undefined;
    fields.push({ name, type, description: undefined, source });
  });
  return fields;
}

function parenType(text: string): string | undefined {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('(')) return undefined;
  const close = matchingParen(trimmed, 0);
  const inner = trimmed.slice(1, close < 0 ? undefined : close).trim();
  return isTypeLike(inner) && !/\s/.test(inner) ? inner : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fields from code: classes, interfaces, structs, records, dataclasses, messages, SQL tables

interface TypeDefinition {
  name: string;
  isEnum: boolean;
  fields: EntityField[];
  line: number;
}

/** Example blocks define no type; YAML and SQL do (schemas named like the entity, tables). */
const NOT_DEFINITIONS = EXAMPLE_LANGUAGES;

function codeFields(code: Code, file: string, entityName: string): EntityField[] {
  const definitions = typeDefinitions(code, file).filter(definition => !definition.isEnum);
  const named = definitions.find(definition => sameName(definition.name, entityName));
  return (named ?? definitions.find(definition => definition.fields.length > 0))?.fields ?? [];
}

const definitionsRead = new WeakMap<Code, TypeDefinition[]>();

function typeDefinitions(code: Code, file: string): TypeDefinition[] {
  let definitions = definitionsRead.get(code);
  if (!definitions) {
    definitions = readTypeDefinitions(code, file);
    definitionsRead.set(code, definitions);
  }
  return definitions;
}

function readTypeDefinitions(code: Code, file: string): TypeDefinition[] {
  const lang = (code.lang ?? '').toLowerCase();
  if (NOT_DEFINITIONS.has(lang)) return [];
  const lines = code.value.split('\n');
  const firstLine = (code.position?.start.line ?? 1) + 1;
  const definitions: TypeDefinition[] = [];
  for (let at = 0; at < lines.length; at++) {
    const header = definitionHeader(lines, at, lang);
    if (!header) continue;
    const end = header.opener === ':' ? indentedEnd(lines, at) : bracketEnd(lines, header.openLine);
    const fields = header.isEnum
      ? []
      : bodyFields(lines, header, end, lang).map(({ field, offset }) => ({
          ...field,
          source: { file, line: firstLine + offset, column: 1 }
        }));
    definitions.push({ name: header.name, isEnum: header.isEnum, fields, line: firstLine + at });
    at = Math.max(at, end);
  }
  return definitions;
}

interface Header {
  name: string;
  isEnum: boolean;
  /** `{` and `(` bodies end at the matching bracket, `:` bodies (Python, YAML) at the indent. */
  opener: '{' | '(' | ':' | 'sql';
  line: number;
  /** The line holding the opening bracket (C# puts it on the next line). */
  openLine: number;
}

const MODIFIER =
  /^(?:export|public|private|protected|internal|abstract|sealed|static|final|open|partial|data|pub(?:\([a-z]{1,10}\))?|declare|default|readonly)\s/;
const DEFINITION_KEYWORD =
  /^(class|interface|struct|record|enum|message|object|trait|type|table|model|dataclass)\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,80})/u;

function definitionHeader(lines: string[], at: number, lang: string): Header | undefined {
  const raw = lines[at]!;
  let line = stripComment(raw, lang).trim();
  const sql =
    /^create\s{1,4}table\s{1,4}(?:if\s{1,4}not\s{1,4}exists\s{1,4})?["`[]?([\w.]{1,80})/i.exec(
      line
    );
  if (sql)
    return {
      name: sql[1]!.split('.').pop()!,
      isEnum: false,
      opener: 'sql',
      line: at,
      openLine: at
    };
  for (let guard = 0; guard < 6 && MODIFIER.test(line); guard++)
    line = line.replace(MODIFIER, '').trimStart();
  // Kotlin's `enum class Roast` is an enum named Roast.
  line = line.replace(/^enum\s{1,4}(?:class|struct)\s/, 'enum ');
  const keyword = DEFINITION_KEYWORD.exec(line);
  if (keyword) return headerFrom(lines, at, line, keyword[2]!, keyword[1] === 'enum');
  const bare = /^(\p{Lu}[\p{L}\p{N}_]{0,80})\s{0,4}\{$/u.exec(line);
  if (bare) return { name: bare[1]!, isEnum: false, opener: '{', line: at, openLine: at };
  const yamlRoot = /^(\p{Lu}[\p{L}\p{N}_]{0,80}):$/u.exec(raw.trimEnd());
  if (yamlRoot && (lang === 'yaml' || lang === 'yml')) {
    return { name: yamlRoot[1]!, isEnum: false, opener: ':', line: at, openLine: at };
  }
  return undefined;
}

function headerFrom(
  lines: string[],
  at: number,
  line: string,
  name: string,
  isEnum: boolean
): Header | undefined {
  const brace = line.indexOf('{');
  const paren = line.indexOf('(');
  if (brace >= 0 && (paren < 0 || brace < paren))
    return { name, isEnum, opener: '{', line: at, openLine: at };
  if (paren >= 0) {
    // `class Base(Model):` is Python inheritance, `record P(string A, …)` lists fields.
    if (line.trimEnd().endsWith(':')) return { name, isEnum, opener: ':', line: at, openLine: at };
    return { name, isEnum, opener: '(', line: at, openLine: at };
  }
  if (line.trimEnd().endsWith(':')) return { name, isEnum, opener: ':', line: at, openLine: at };
  const next = lines.slice(at + 1).findIndex(text => text.trim() !== '');
  if (next >= 0 && lines[at + 1 + next]!.trim() === '{') {
    return { name, isEnum, opener: '{', line: at, openLine: at + 1 + next };
  }
  return undefined;
}

function stripComment(line: string, lang: string): string {
  let text = line;
  const slashes = text.indexOf('//');
  if (slashes >= 0 && !text.slice(0, slashes).endsWith(':')) text = text.slice(0, slashes);
  if (['python', 'py', 'yaml', 'yml', 'ruby', 'rb', 'toml', 'text', ''].includes(lang)) {
    const hash = text.search(/(?:^|\s)#(?!\[)/);
    if (hash >= 0) text = text.slice(0, hash);
  }
  if (lang === 'sql' || lang === '') {
    const dashes = text.indexOf('--');
    if (dashes >= 0 && !/[─-]{3}/.test(text)) text = text.slice(0, dashes);
  }
  return text;
}

/** The index of the line that closes the bracket opened on `start`. */
function bracketEnd(lines: string[], start: number): number {
  let depth = 0;
  let opened = false;
  for (let at = start; at < lines.length; at++) {
    for (const char of lines[at]!) {
      if (char === '{' || char === '(' || char === '[') {
        depth++;
        opened = true;
      } else if (char === '}' || char === ')' || char === ']') {
        depth--;
      }
    }
    if (opened && depth <= 0) return at;
  }
  return lines.length - 1;
}

function indentedEnd(lines: string[], start: number): number {
  const indent = indentOf(lines[start]!);
  let end = start;
  for (let at = start + 1; at < lines.length; at++) {
    const text = lines[at]!;
    if (text.trim() === '') continue;
    if (indentOf(text) <= indent) break;
    end = at;
  }
  return end;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function bodyFields(
  lines: string[],
  header: Header,
  end: number,
  lang: string
): { field: Omit<EntityField, 'source'>; offset: number }[] {
  const fields: { field: Omit<EntityField, 'source'>; offset: number }[] = [];
  const memberIndent = header.opener === ':' ? firstMemberIndent(lines, header.line, end) : -1;
  let depth = 0;
  for (let at = header.openLine; at <= end; at++) {
    const text = stripComment(lines[at]!, lang);
    const before = depth;
    for (const char of text) {
      if (char === '{' || char === '(' || char === '[') depth++;
      else if (char === '}' || char === ')' || char === ']') depth--;
    }
    const member =
      header.opener === ':'
        ? at > header.line && indentOf(lines[at]!) === memberIndent
        : before === 1;
    if (!member) continue;
    const field = header.opener === 'sql' ? sqlField(text) : codeField(text, lang);
    if (field && !fields.some(existing => existing.field.name === field.name)) {
      fields.push({ field: { ...field, description: undefined }, offset: at });
    }
  }
  return fields;
}

function firstMemberIndent(lines: string[], start: number, end: number): number {
  for (let at = start + 1; at <= end; at++) {
    if (lines[at]!.trim() !== '') return indentOf(lines[at]!);
  }
  return -1;
}

const FIELD_MODIFIER =
  /^(?:public|private|protected|internal|readonly|required|static|virtual|override|final|val|var|let|const|pub(?:\([a-z]{1,10}\))?|optional|repeated|lateinit|open|mut|export|declare)\s/;
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]{0,80}/u;

function codeField(
  line: string,
  lang: string
): { name: string; type: string | undefined } | undefined {
  let text = line.trim().replace(/[,;]$/, '').trim();
  if (
    !text ||
    /^(?:[@#[{}()*/]|return\b|fn\b|def\b|func\b|function\b|import\b|package\b|use\b|case\b)/.test(
      text
    )
  ) {
    return undefined;
  }
  for (let guard = 0; guard < 6 && FIELD_MODIFIER.test(text); guard++)
    text = text.replace(FIELD_MODIFIER, '').trimStart();
  const name = IDENTIFIER.exec(text)?.[0];
  if (!name) return undefined;
  let rest = text.slice(name.length);
  if (rest.startsWith('?')) rest = rest.slice(1);
  rest = rest.trimStart();
  if (rest.startsWith(':') && !rest.startsWith('::'))
    return { name, type: typeAfterColon(rest.slice(1)) };
  if (lang === 'go') return goField(name, rest);
  const column = /^=\s{0,3}(?:Column|Field|models\.\w{1,40}|mapped_column|relationship)\(/.exec(
    rest
  );
  if (column)
    return {
      name,
      type:
        rest
          .slice(rest.indexOf('(') + 1)
          .split(/[,)]/)[0]!
          .trim() || undefined
    };
  return typedDeclaration(text);
}

function typeAfterColon(text: string): string | undefined {
  let type = text.trim();
  const cut = firstIndexOf(type, [' =', ' //', ' #']);
  if (cut >= 0) type = type.slice(0, cut).trim();
  type = type.replace(/[,;]$/, '').trim();
  if (type === '{' || type === '') return undefined;
  return type.length > 80 ? undefined : type;
}

function goField(
  name: string,
  rest: string
): { name: string; type: string | undefined } | undefined {
  const type = rest.split(/\s/)[0];
  return type && /^[\w.*[\]]{1,60}$/.test(type) ? { name, type } : undefined;
}

/** `string Name { get; set; }`, `int? Line = null`, `string delta_content = 1` (type before name). */
function typedDeclaration(text: string): { name: string; type: string } | undefined {
  const typeEnd = typeTokenEnd(text);
  if (typeEnd <= 0) return undefined;
  const type = text.slice(0, typeEnd);
  const rest = text.slice(typeEnd).trimStart();
  if (rest.length === text.length - typeEnd) return undefined;
  const name = IDENTIFIER.exec(rest)?.[0];
  if (!name) return undefined;
  const after = rest.slice(name.length).trimStart();
  if (after !== '' && !/^[{=)]/.test(after)) return undefined;
  if (/^(?:class|interface|struct|enum|record|new|return|var|await)$/.test(type)) return undefined;
  return { name, type };
}

/** Where a type such as `IReadOnlyList<string>` or `Dictionary<string, object>?` ends. */
function typeTokenEnd(text: string): number {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '<' || char === '[') depth++;
    else if (char === '>' || char === ']') depth--;
    else if (/\s/.test(char) && depth === 0) return at;
    else if (!/[\p{L}\p{N}_.?,*&]/u.test(char) && !/\s/.test(char)) return -1;
  }
  return -1;
}

const SQL_NOT_COLUMN =
  /^(?:primary|foreign|constraint|unique|check|index|key|partition|exclude)\b/i;

function sqlField(line: string): { name: string; type: string | undefined } | undefined {
  const text = line.trim().replace(/,$/, '');
  if (!text || SQL_NOT_COLUMN.test(text) || text.startsWith(')')) return undefined;
  const match =
    /^["`[]?(\w{1,64})["`\]]?\s{1,40}([A-Z]\w{0,30}(?:\(\d{1,5}(?:,\s?\d{1,5})?\))?)/i.exec(text);
  return match ? { name: match[1]!, type: match[2]! } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Headings that list several types ("Supporting Types"), and entities written as bullets

const TYPES_TITLE =
  /\b(?:interfaces|types|schemas|structs|classes|messages|records|dtos|models)\b/i;

/** `### TypeScript Interfaces` holding `interface Person`, `interface Account`…: one entity each. */
function expandTypes(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  if (!TYPES_TITLE.test(node.title)) return false;
  const definitions = node.body
    .filter(isCode)
    .flatMap(code => typeDefinitions(code, context.file))
    .filter(definition => !definition.isEnum && definition.fields.length > 0);
  if (definitions.length < 2) return false;
  const existing =
    saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
  const derivedSection = headingSaysDerived(context, index);
  for (const definition of definitions) {
    pushEntity(context, {
      name: definition.name,
      fields: definition.fields,
      states: [],
      existing,
      extended: !existing && saysExtended(context, index),
      derived: derivedSection && aggregates(definition, definitions),
      aliases: [],
      source: { file: context.file, line: definition.line, column: 1 }
    });
  }
  return true;
}

/** `## Entities` followed by `- Sample` / `  - Fields: \`post_id\`, …`, with no headings below it. */
function listedEntities(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (
      node.children.length > 0 ||
      !/^(?:core |domain |key )?(?:entities|entidades|models)$/i.test(stripNumbering(node.title))
    )
      return;
    if (ancestors(context.nodes, index).some(ancestor => ancestor.role === 'skip')) return;
    for (const list of node.body) {
      if (list.type !== 'list') continue;
      for (const item of list.children) listedEntity(context, item);
    }
  });
}

function listedEntity(context: Context, item: ListItem): void {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph' || rest.length === 0) return;
  const name = plainText(first).split('\n')[0]!.trim();
  if (!isIdentifier(name) && !/^\p{Lu}[\p{L}\p{N}_]{0,60}$/u.test(name)) return;
  const parts = rest.flatMap(node =>
    node.type === 'list' ? node.children.flatMap(sub => itemParts(sub)) : []
  );
  const entity: Entity = {
    name,
    fields: fieldsOfParts(parts, context.file, name),
    states: [],
    existing: false,
    extended: false,
    derived: false,
    aliases: [],
    source: positionOf(item, context.file)
  };
  pushEntity(context, entity);
}

function itemParts(item: ListItem): Part[] {
  const parts: Part[] = [];
  itemPart(item, parts);
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Entities with nothing to build: views, read models, log records

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

function saysDerived(context: Context, index: number): boolean {
  if (headingSaysDerived(context, index)) return true;
  return aboutLines(context, index).some(
    line =>
      DERIVED_LINE.some(pattern => pattern.test(line)) ||
      (LOG_RECORD.test(line) && NOT_SEPARATELY_STORED.test(line))
  );
}

/** The heading's own note, or a group above it such as "Derived Views". */
function headingSaysDerived(context: Context, index: number): boolean {
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
function aggregates(definition: TypeDefinition, all: TypeDefinition[]): boolean {
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

// ---------------------------------------------------------------------------------------------
// Other names an entity's section gives it

/** At most this many type names from a section's code: the first are its own, later ones nested. */
const MAX_TYPE_ALIASES = 5;
const MAX_ALIASES = 8;
/** "Existing implementation anchor: `WalletActivity`", "Backed by `LedgerRow`". */
const ANCHOR =
  /\b(?:anchor|implemented (?:by|as|in)|implementation class|maps? to|mapped to|backed by|represented by|stored as|lives in)\b/i;
/** "Stored in `config.toml`", "**Storage**: `<dir>/tokens.json`", "(persisted as `server.toml`)". */
const STORAGE =
  /\b(?:stored (?:in|at|as|to)|persisted (?:in|at|as|to)|saved (?:in|at|to|as)|written (?:to|at|as)|lives in)\b|\b(?:storage|file)\s{0,2}:/i;
/** Type names so common that a task naming one names no entity in particular. */
const GENERIC_TYPES = new Set([
  'error',
  'result',
  'status',
  'state',
  'type',
  'data',
  'value',
  'config',
  'options',
  'request',
  'response',
  'event',
  'message',
  'item',
  'entry',
  'node',
  'record'
]);

function nameAliases(context: Context): void {
  const taken = new Set(context.entities.map(found => normalise(found.name)));
  for (const [entity, index] of context.homes) {
    const own = normalise(entity.name);
    const seen = new Set<string>();
    const aliases: string[] = [];
    for (const alias of sectionAliases(context, index, entity.name)) {
      const key = normalise(alias);
      if (key === own || seen.has(key) || taken.has(key)) continue;
      seen.add(key);
      aliases.push(alias);
    }
    entity.aliases = aliases.slice(0, MAX_ALIASES);
  }
}

function sectionAliases(context: Context, index: number, name: string): string[] {
  const node = context.nodes[index]!;
  const lines = [...renderedLines(node.heading.children), ...describingLines(context, index)];
  return [
    ...lines.flatMap(anchorNames),
    ...declaredTypes(context, index, name),
    ...lines.flatMap(storageFile)
  ];
}

/** Lines of the section that may say what implements or stores it: paragraphs, labels, and list items that start with it. */
function describingLines(context: Context, index: number): string[] {
  const lines: string[] = [];
  for (const part of sectionParts(context, index)) {
    if (part.label !== undefined) {
      lines.push(
        ...renderedLines(part.inline).map((line, at) =>
          at === 0 ? `${part.label}: ${line}` : line
        )
      );
    }
    for (const node of part.nodes) {
      if (node.type === 'paragraph') lines.push(...renderedLines(node.children));
      if (node.type !== 'list') continue;
      for (const item of node.children) {
        const first = item.children[0];
        if (first?.type !== 'paragraph') continue;
        const line = renderedLines(first.children)[0] ?? '';
        // `- \`owner_id\`: maps to \`Owner.id\`` describes a field, not the entity.
        const lead = line.replace(/^\*\*[^*]{1,60}\*\*:?\s{0,3}/, '');
        if (ANCHOR.exec(lead)?.index === 0 || STORAGE.exec(lead)?.index === 0) lines.push(line);
      }
    }
  }
  return lines;
}

/** Identifiers in code after an anchor phrase: `WalletActivity` plus `Wallet`. */
function anchorNames(line: string): string[] {
  const match = ANCHOR.exec(line);
  if (!match) return [];
  return codeSpans(line.slice(match.index + match[0].length)).filter(
    code => /^[\p{L}_][\p{L}\p{N}_]{3,80}$/u.test(code) && !GENERIC_TYPES.has(code.toLowerCase())
  );
}

/** The first file name after a storage phrase: `config.toml`, `<dir>/tokens.json`, `<name>.bundle.json` → `.bundle.json`. */
function storageFile(line: string): string[] {
  const match = STORAGE.exec(line);
  if (!match) return [];
  const after = line.slice(match.index + match[0].length);
  const candidate = codeSpans(after)[0] ?? /^\s{0,3}([^\s`,;()]{1,120})/.exec(after)?.[1];
  const file = candidate ? fileAlias(candidate) : undefined;
  return file ? [file] : [];
}

function fileAlias(path: string): string | undefined {
  if (path.includes('://') || /\s/.test(path)) return undefined;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const placeholder = Math.max(base.lastIndexOf('>'), base.lastIndexOf('}'));
  if (placeholder >= 0) {
    // `<client>.bundle.json` is known by its suffix; `<client>.json` by nothing of its own.
    const suffix = base.slice(placeholder + 1);
    return /^\.[\w-]{1,40}\.[a-z][a-z0-9]{0,5}$/i.test(suffix) ? suffix : undefined;
  }
  return /^[\w-][\w.-]{0,80}\.[a-z][a-z0-9]{0,5}$/i.test(base) ? base : undefined;
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]{1,200})`/g)].map(match => match[1]!.trim());
}

/**
 * The types the section's code declares for it: the first of each block (`struct
 * RateLimitStatsAccumulator` under "Reporting buffer"), and later ones that share a word of the
 * entity's name (`FunctionType` under "Type Nodes"), not every type nested in the block
 * (`FunctionCall` under "IR Instructions"). An enum only when it is the entity itself (`enum
 * AstNode` under "AST Node Hierarchy"), not a `Status` of it.
 */
function declaredTypes(context: Context, index: number, name: string): string[] {
  const names: string[] = [];
  const entityWords = new Set(nameWords(name).map(normalise));
  for (const part of sectionParts(context, index)) {
    for (const code of part.nodes.filter(isCode)) {
      const declared = [
        ...typeDefinitions(code, context.file),
        ...typeAliasDeclarations(code)
      ].sort((a, b) => a.line - b.line);
      declared.forEach((definition, at) => {
        const words = nameWords(definition.name).map(normalise);
        if (definition.isEnum && !words.every(word => entityWords.has(word))) return;
        if (at > 0 && !words.some(word => entityWords.has(word))) return;
        // SQL tables (`error_logs_2025_10`) are storage, not the names code gives a type.
        if (!/^\p{Lu}/u.test(definition.name) || !isCompoundName(definition.name)) return;
        names.push(definition.name);
      });
    }
  }
  return names.slice(0, MAX_TYPE_ALIASES);
}

/** `type TypeNode = Literal | Call`: a type that has no body for `typeDefinitions` to read. */
function typeAliasDeclarations(code: Code): TypeDefinition[] {
  const lang = (code.lang ?? '').toLowerCase();
  if (NOT_DEFINITIONS.has(lang)) return [];
  const firstLine = (code.position?.start.line ?? 1) + 1;
  return code.value.split('\n').flatMap((text, at) => {
    const match =
      /^(?:export\s{1,4})?type\s{1,4}(\p{Lu}[\p{L}\p{N}_]{0,80})\s{0,4}(?:<[^>]{0,80}>)?\s{0,4}=\s{0,4}[^{\s]/u.exec(
        text.trim()
      );
    return match ? [{ name: match[1]!, isEnum: false, fields: [], line: firstLine + at }] : [];
  });
}

function nameWords(name: string): string[] {
  return name
    .replace(/(\p{Ll}|\p{N})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);
}

function isCompoundName(name: string): boolean {
  return nameWords(name).length >= 2 && name.length >= 5;
}

/** A paragraph's text a line at a time, with code spans kept in backticks. */
function renderedLines(children: PhrasingContent[]): string[] {
  let text = '';
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') text += node.value;
      else if (node.type === 'inlineCode') text += `\`${node.value}\``;
      else if (node.type === 'break') text += '\n';
      else if ('children' in node) walk(node.children as PhrasingContent[]);
    }
  };
  walk(children);
  return text.split('\n');
}

// ---------------------------------------------------------------------------------------------
// State transitions

const STATE_TITLE =
  /\b(?:states?|transitions?|lifecycle|life cycle|state machine|estados?|transiciones)\b|상태|状态/i;
/** A sub-section about its entity's states: "State Transitions", "Lifecycle", "Estados". */
const STATE_PART =
  /^(?:states?|state transitions?|transitions?|lifecycle|life cycle|state machine|estados?|transiciones)\b/i;

/** The transitions an entity's own section states under a "State transitions"-like label. */
function headingStates(context: Context, index: number): StateTransition[] {
  return sectionParts(context, index)
    .filter(part => part.label !== undefined && STATE_TITLE.test(part.label))
    .flatMap(part => partTransitions(part, context.file));
}

function partTransitions(part: Part, file: string): StateTransition[] {
  const inline = part.inline.length > 0 ? itemTransitions(part.inline, part.inlineLine, file) : [];
  return [...inline, ...transitionsIn(part.nodes, file)];
}

/** "## State Transitions" sections: to the entity their title (or a label in them) names. */
function attachStateSections(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (node.role !== 'skip' || !STATE_TITLE.test(node.title)) return;
    const fallback = stateTarget(context, index);
    for (const part of partsOf(node.body, undefined)) {
      const named = part.label ? mentions(part.label, entitiesOf(context))[0]?.entity : undefined;
      const target = named ?? fallback;
      if (target) target.states.push(...partTransitions(part, context.file));
    }
  });
}

function stateTarget(context: Context, index: number): Entity | undefined {
  const entities = entitiesOf(context);
  const chain = [context.nodes[index]!, ...ancestors(context.nodes, index)];
  for (const node of chain) {
    if (node.role !== 'skip') break;
    const named = mentions(stripNumbering(node.title), entities)[0];
    if (named) return named.entity;
  }
  const owned = entities.filter(entity => !entity.existing);
  return owned.length === 1 ? owned[0] : undefined;
}

function entitiesOf(context: Context): Entity[] {
  return context.entities;
}

function transitionsIn(nodes: RootContent[], file: string): StateTransition[] {
  const transitions: StateTransition[] = [];
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'code') {
      node.value.split('\n').forEach((text, offset) => {
        transitions.push(...lineTransitions(text, { file, line: line + 1 + offset, column: 1 }));
      });
    } else if (node.type === 'list') {
      for (const item of listItems(node)) {
        const first = item.children[0];
        if (first?.type === 'paragraph') {
          transitions.push(
            ...itemTransitions(first.children, item.position?.start.line ?? line, file)
          );
        }
      }
    } else if (node.type === 'paragraph') {
      plainText(node)
        .split('\n')
        .forEach((text, offset) =>
          transitions.push(...lineTransitions(text, { file, line: line + offset, column: 1 }))
        );
    } else if (node.type === 'table') {
      transitions.push(...tableTransitions(node, file));
    }
  }
  return transitions;
}

function listItems(list: List): ListItem[] {
  return list.children.flatMap(item => [
    item,
    ...item.children.flatMap(child => (child.type === 'list' ? listItems(child) : []))
  ]);
}

/** `` `Expired -> Completed`, `Abandoned -> Completed` are allowed when… `` or `A → B (trigger)`. */
function itemTransitions(
  phrasing: PhrasingContent[],
  line: number,
  file: string
): StateTransition[] {
  const source = { file, line, column: 1 };
  const spans = phrasing.filter(
    child => child.type === 'inlineCode' && arrowAt(child.value, 0) !== undefined
  );
  const text = plainText({ type: 'paragraph', children: phrasing }).split('\n').join(' ');
  // `Active → Removed`: operator… drain → forced close — the code span is the transition.
  if (spans.length > 0) {
    const last = spans[spans.length - 1]!;
    const after = phrasing.slice(phrasing.indexOf(last) + 1);
    const trigger = triggerText(plainText({ type: 'paragraph', children: after }));
    return spans.flatMap(span =>
      lineTransitions(plainText(span), source).map(transition => ({ ...transition, trigger }))
    );
  }
  return lineTransitions(text, source);
}

const ARROW_HEADS = ['>', '►', '▶', '→', '⟶', '⇒', '➜', '➔'];
const ARROW_SHAFT = new Set(['-', '─', '=', '━', '~']);

/** An arrow starting at or after `from`: `->`, `-->`, `=>`, `→`, `──>`, `──(trigger)──>`. */
function arrowAt(
  text: string,
  from: number
): { start: number; end: number; label: string | undefined } | undefined {
  for (let at = from; at < text.length; at++) {
    const char = text[at]!;
    if (char === '→' || char === '⟶' || char === '⇒' || char === '➜' || char === '➔') {
      return { start: at, end: at + 1, label: undefined };
    }
    if (!ARROW_SHAFT.has(char)) continue;
    let end = at;
    while (end < text.length && ARROW_SHAFT.has(text[end]!)) end++;
    let label: string | undefined;
    if (text[end] === '(' && end - at >= 2) {
      const close = text.indexOf(')', end);
      if (close > end) {
        label = text.slice(end + 1, close).trim();
        end = close + 1;
        while (end < text.length && ARROW_SHAFT.has(text[end]!)) end++;
      }
    }
    if (end < text.length && ARROW_HEADS.includes(text[end]!))
      return { start: at, end: end + 1, label };
    at = end - 1;
  }
  return undefined;
}

const STATE_TOKEN = /^[\p{L}_][\p{L}\p{N}_.-]{0,40}$/u;

/**
 * `A → B`, `A -> B -> C`, `A --> B : trigger`, `A ──(trigger)──> B`, `A/B → C (trigger)`. The
 * text before the first arrow must be the state itself, so prose with an arrow in it is no transition.
 */
function lineTransitions(line: string, source: SourcePosition): StateTransition[] {
  const text = line
    .trim()
    .replace(/^(?:[-*+]\s|\d{1,3}[.)]\s)/, '')
    .trim();
  const segments: string[] = [];
  const labels: (string | undefined)[] = [];
  let from = 0;
  for (let arrow = arrowAt(text, 0); arrow; arrow = arrowAt(text, arrow.end)) {
    segments.push(text.slice(from, arrow.start).trim());
    labels.push(arrow.label);
    from = arrow.end;
  }
  if (segments.length === 0) return [];
  const last = text.slice(from).trim();
  const states = segments.map(cleanState);
  if (states.some(state => state === undefined)) return [];
  const target = /^`?([\p{L}_][\p{L}\p{N}_]{0,40})`?/u.exec(last);
  if (!target) return [];
  const trailing = triggerText(last.slice(target[0].length));
  const chain = [...(states as string[][]), [target[1]!]];
  const transitions: StateTransition[] = [];
  for (let step = 0; step + 1 < chain.length; step++) {
    const trigger = labels[step] ?? (step + 2 === chain.length ? trailing : undefined);
    for (const fromState of chain[step]!) {
      for (const toState of chain[step + 1]!) {
        if (fromState === '[*]' || toState === '[*]') continue;
        transitions.push({ from: fromState, to: toState, trigger, source });
      }
    }
  }
  return transitions;
}

/** `Active/Completed` → both states; anything that is not a state token rules the line out. */
function cleanState(segment: string): string[] | undefined {
  const text = segment.split('`').join('').split('**').join('').trim();
  if (text === '[*]') return ['[*]'];
  const states = text.split('/').map(state => state.trim());
  return states.every(state => STATE_TOKEN.test(state)) ? states : undefined;
}

function triggerText(text: string): string | undefined {
  let trigger = trimSeparators(text);
  if (trigger.startsWith('(') && trigger.endsWith(')')) trigger = trigger.slice(1, -1).trim();
  return trigger || undefined;
}

function tableTransitions(table: Table, file: string): StateTransition[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map(cell => plainText(cell).trim());
  const fromColumn = titles.findIndex(title => /^(?:from|current|source)\b/i.test(title));
  const toColumn = titles.findIndex(title => /^(?:to|next|target)\b/i.test(title));
  const triggerColumn = titles.findIndex(title =>
    /trigger|event|action|when|condition/i.test(title)
  );
  if (fromColumn < 0 || toColumn < 0) return [];
  return rows.flatMap(row => {
    const from = cellText(row, fromColumn);
    const to = cellText(row, toColumn);
    if (!from || !to) return [];
    return [{ from, to, trigger: cellText(row, triggerColumn), source: positionOf(row, file) }];
  });
}

// ---------------------------------------------------------------------------------------------
// Relationships

const RELATIONSHIP_TITLE =
  /\b(?:relationships?|relations|associations|erd|er diagram|entity relationship|relaciones)\b|관계|关系/i;

function relationshipsOf(context: Context, root: Root): Relationship[] {
  const entities = entitiesOf(context);
  const found: Relationship[] = [];
  const add = (relationship: Relationship | undefined) => {
    if (!relationship || relationship.from === relationship.to) return;
    if (found.some(other => other.from === relationship.from && other.to === relationship.to))
      return;
    found.push(relationship);
  };
  context.nodes.forEach((node, index) => {
    const inSection = [node, ...ancestors(context.nodes, index)].some(
      at => at.role === 'skip' && RELATIONSHIP_TITLE.test(at.title)
    );
    if (inSection) {
      add(headingRelationship(node, entities, context.file));
      sectionRelationships(node.body, entities, context.file).forEach(add);
    }
    const owner = context.owners[index];
    if (owner) ownedRelationships(context, index, owner, entities).forEach(add);
  });
  for (const node of root.children) {
    if (node.type === 'code' && node.lang === 'mermaid')
      mermaidRelationships(node, entities, context.file).forEach(add);
  }
  return found;
}

/** `### Certificate ↔ Certificate Bundle` over `- **One-to-One**: each certificate has one bundle`. */
function headingRelationship(
  node: OutlineNode,
  entities: Entity[],
  file: string
): Relationship | undefined {
  const relationship = statedRelationship(node.title, entities, positionOf(node.heading, file));
  if (!relationship || relationship.kind) return relationship;
  const body = node.body.map(child => plainText(child)).join('\n');
  return { ...relationship, kind: KIND_WORDS.find(([pattern]) => pattern.test(body))?.[1] };
}

/** Lines of a "Relationships" section: bullets, table rows, diagrams, trees. */
function sectionRelationships(
  nodes: RootContent[],
  entities: Entity[],
  file: string
): Relationship[] {
  const found: Relationship[] = [];
  for (const node of nodes) {
    if (node.type === 'list') {
      for (const item of listItems(node)) {
        const first = item.children[0];
        if (first?.type !== 'paragraph') continue;
        const text = plainText(first).split('\n')[0]!;
        const relationship = statedRelationship(text, entities, positionOf(item, file));
        if (relationship) found.push(relationship);
      }
    } else if (node.type === 'table') {
      for (const row of node.children.slice(1)) {
        const text = row.children.map(cell => plainText(cell)).join(' | ');
        const relationship = statedRelationship(text, entities, positionOf(row, file));
        if (relationship) found.push(relationship);
      }
    } else if (node.type === 'code' && node.lang !== 'mermaid') {
      found.push(...diagramRelationships(node, entities, file));
    } else if (node.type === 'paragraph') {
      const line = node.position?.start.line ?? 1;
      plainText(node)
        .split('\n')
        .forEach((text, offset) => {
          const relationship = statedRelationship(text, entities, {
            file,
            line: line + offset,
            column: 1
          });
          if (relationship) found.push(relationship);
        });
    }
  }
  return found;
}

/** Words that may come before the first entity a relationship line names. */
const LEAD_WORDS = new Set([
  'one',
  'each',
  'a',
  'an',
  'the',
  'every',
  'many',
  'zero',
  'or',
  'more',
  'multiple'
]);

/** `User 1:N Order`, `**User** has many **Orders**`, `Order belongs to User`, `One Sample maps to one FoldSplit`. */
function statedRelationship(
  text: string,
  entities: Entity[],
  source: SourcePosition
): Relationship | undefined {
  const named = mentions(text, entities);
  const first = named[0];
  if (!first) return undefined;
  const lead = words(text).slice(0, first.word);
  if (lead.some(word => !LEAD_WORDS.has(word.toLowerCase()) && !/^\d{1,3}$/.test(word)))
    return undefined;
  const second = named.find(mention => mention.entity !== first.entity);
  if (!second) return undefined;
  return {
    from: first.entity.name,
    to: second.entity.name,
    kind: kindOf(text, first, second),
    text: text.trim(),
    source
  };
}

/** Under an entity's "Relationships:" label: `- belongs to one project`, `- **One-to-Many** with Site`. */
function ownedRelationships(
  context: Context,
  index: number,
  owner: Entity,
  entities: Entity[]
): Relationship[] {
  const node = context.nodes[index]!;
  const parts = partsOf(node.body, RELATIONSHIP_TITLE.test(node.title) ? node.title : undefined);
  const found: Relationship[] = [];
  for (const part of parts) {
    if (
      !part.label ||
      !/relationships?|relations|associations|references|relaciones/i.test(part.label)
    )
      continue;
    const lines: { text: string; source: SourcePosition }[] = [];
    if (part.inline.length > 0) {
      lines.push({
        text: plainText({ type: 'paragraph', children: part.inline }),
        source: { file: context.file, line: part.inlineLine, column: 1 }
      });
    }
    for (const list of part.nodes) {
      if (list.type !== 'list') continue;
      for (const item of listItems(list)) {
        const first = item.children[0];
        if (first?.type === 'paragraph')
          lines.push({
            text: plainText(first).split('\n')[0]!,
            source: positionOf(item, context.file)
          });
      }
    }
    for (const line of lines) {
      const other = mentions(line.text, entities).find(mention => mention.entity !== owner);
      if (!other) continue;
      found.push({
        from: owner.name,
        to: other.entity.name,
        kind: kindOf(line.text, undefined, other),
        text: `${owner.name}: ${line.text.trim()}`,
        source: line.source
      });
    }
  }
  return found;
}

const BRANCH = /[├└]|[|+\\`]--/;

/** Box-and-line diagrams and trees in code blocks: `A (1) ──── (*) B`, `A 1──* B`, `├── Child`. */
function diagramRelationships(code: Code, entities: Entity[], file: string): Relationship[] {
  const lines = code.value.split('\n');
  const start = (code.position?.start.line ?? 1) + 1;
  const found: Relationship[] = [];
  lines.forEach((text, at) => {
    const source = { file, line: start + at, column: 1 };
    const named = mentions(text, entities);
    const branch = BRANCH.exec(text);
    if (branch && named[0] && named[0].index > branch.index) {
      const parent = treeParent(lines, at, branch.index, entities);
      if (parent && parent !== named[0].entity) {
        found.push({
          from: parent.name,
          to: named[0].entity.name,
          kind: cardinalityKind(['1', ...cardinalities(text.slice(branch.index, named[0].index))]),
          text: `${parent.name} → ${text.trim()}`,
          source
        });
      }
    }
    for (let step = 0; step + 1 < named.length; step++) {
      const left = named[step]!;
      const right = named[step + 1]!;
      const between = text.slice(left.index + left.length, right.index);
      if (left.entity === right.entity || !/[─\-=>←→<|*]/.test(between)) continue;
      found.push({
        from: left.entity.name,
        to: right.entity.name,
        kind: kindOf(text, left, right),
        text: text.trim(),
        source
      });
    }
  });
  return found;
}

/** The entity on the nearest line above whose column is at or left of the branch. */
function treeParent(
  lines: string[],
  at: number,
  column: number,
  entities: Entity[]
): Entity | undefined {
  for (let above = at - 1; above >= 0; above--) {
    const candidates = mentionsOfAnyWord(lines[above]!).filter(word => word.index <= column + 1);
    const nearest = candidates[candidates.length - 1];
    if (!nearest) continue;
    return entities.find(entity => sameName(entity.name, nearest.text));
  }
  return undefined;
}

function mentionsOfAnyWord(line: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  const pattern = /[\p{L}_][\p{L}\p{N}_]*/gu;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    found.push({ text: match[0], index: match.index });
  }
  return found;
}

/** `USER ||--o{ ORDER : places` */
function mermaidRelationships(code: Code, entities: Entity[], file: string): Relationship[] {
  if (!/^\s{0,8}erDiagram/m.test(code.value)) return [];
  const start = (code.position?.start.line ?? 1) + 1;
  return code.value.split('\n').flatMap((text, at) => {
    const match =
      /^\s{0,12}([\w-]{1,80})\s{1,4}([|}o]{2})(?:--|\.\.)([|{o]{2})\s{1,4}([\w-]{1,80})/.exec(text);
    if (!match) return [];
    const from = entities.find(entity => sameName(entity.name, match[1]!));
    const to = entities.find(entity => sameName(entity.name, match[4]!));
    if (!from || !to) return [];
    const left = match[2]!.includes('}') ? 'N' : '1';
    const right = match[3]!.includes('{') ? 'N' : '1';
    return [
      {
        from: from.name,
        to: to.name,
        kind: kindName(left, right),
        text: text.trim(),
        source: { file, line: start + at, column: 1 }
      }
    ];
  });
}

const KIND_WORDS: [RegExp, string][] = [
  [/many[- ]to[- ]many|\bN:M\b|\bM:N\b|\*:\*/i, 'N:M'],
  [/one[- ]to[- ]many|has[ _]?many|\b1:N\b|\b1:\*/i, '1:N'],
  [/many[- ]to[- ]one|belongs[ _]?to|\bN:1\b|\*:1\b/i, 'N:1'],
  [/one[- ]to[- ]one|has[ _]?one|\b1:1\b/i, '1:1']
];

/** The kind a line states in words, else from cardinalities written between the two entities. */
function kindOf(text: string, left: Mention | undefined, right: Mention): string | undefined {
  const worded = KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
  if (worded) return worded;
  if (!left) return undefined;
  const between = text.slice(left.index + left.length, right.index);
  const marks = cardinalities(between);
  if (marks.length >= 2) return cardinalityKind(marks);
  // "One DatasetManifest owns many Sample records"
  const said = words(between).map(word => word.toLowerCase());
  return said.includes('many') || said.includes('multiple') ? '1:N' : undefined;
}

/** `(1)`, `*`, `0..1`, `1..100`, `(M)` written around a connector. */
function cardinalities(text: string): string[] {
  return text
    .split(/[\s─\-=<>|(){}]+/)
    .filter(token => /^(?:[01*NM]|\d{1,4}\.\.(?:\d{1,4}|[*n]))$/i.test(token));
}

function cardinalityKind(marks: string[]): string | undefined {
  if (marks.length < 2) return undefined;
  const side = (mark: string) => (/^(?:1|0\.\.1)$/.test(mark) ? '1' : 'N');
  return kindName(side(marks[0]!), side(marks[marks.length - 1]!));
}

function kindName(left: string, right: string): string {
  if (left === 'N' && right === 'N') return 'N:M';
  return `${left}:${right}`;
}

// ---------------------------------------------------------------------------------------------
// Naming entities in text

interface Mention {
  entity: Entity;
  /** Character offset in the text. */
  index: number;
  length: number;
  /** Word offset in the text. */
  word: number;
}

function words(text: string): string[] {
  return mentionsOfAnyWord(text).map(word => word.text);
}

/** Entities a text names, in order of first mention; case, plurals and spacing do not matter. */
function mentions(text: string, entities: Entity[]): Mention[] {
  const { byName, longest } = nameIndex(entities);
  const tokens = mentionsOfAnyWord(text);
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
    longest = Math.max(longest, entity.name.split(/[\s_-]+/).length);
  }
  const index = { byName, longest };
  nameIndexes.set(entities, index);
  return index;
}

function sameName(a: string, b: string): boolean {
  return normalise(a) === normalise(b);
}

function normalise(name: string): string {
  const flat = name.toLowerCase().replace(/[\s_\-`*]/g, '');
  if (flat.length > 4 && flat.endsWith('ies')) return `${flat.slice(0, -3)}y`;
  if (flat.length > 4 && /(?:ses|xes|ches|shes)$/.test(flat)) return flat.slice(0, -2);
  if (flat.length > 3 && flat.endsWith('s') && !/(?:ss|us|is)$/.test(flat))
    return flat.slice(0, -1);
  return flat;
}

// ---------------------------------------------------------------------------------------------
// Small text helpers

function matchingParen(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '(') depth++;
    else if (text[at] === ')' && --depth === 0) return at;
  }
  return -1;
}

function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char)) depth--;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(from, at));
      from = at + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

function firstIndexOf(text: string, needles: string[]): number {
  const found = needles.map(needle => text.indexOf(needle)).filter(at => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

function trimSeparators(text: string): string {
  let start = 0;
  while (start < text.length && ' \t:—–-,;'.includes(text[start]!)) start++;
  return text.slice(start).trim();
}
