/**
 * How a contract groups and places its own code: the operations each service's section lists
 * (`## ShelfService` and its table), the package or module it says its code goes in
 * (`**Module**: `shop.cart``), the source files its own tree draws, and the tools a JSON contract
 * serves. ./classify.ts sorts the declared names into groups with these, and the planner puts
 * each task where the contract says; the names of ./names.ts stay what tests may call a contract
 * by, and keep their filtering.
 */
import type { Code, Heading, List, Paragraph, Root, RootContent, Table } from 'mdast';
import type { ContractDeclarations } from '../../model.js';
import { declaredInterfaces } from '../code-interfaces.js';
import { readTree } from '../directory-tree.js';
import { plainText } from '../markdown.js';
import {
  HOME_LABEL,
  OPERATION_COLUMN,
  RESOURCE_KEY_PREFIX,
  RESOURCE_NAME_FIELDS,
  SERVED_KEYS,
  SERVED_NAME_FIELD
} from '../../vocabulary/contracts.js';
import { isMapping } from './names.js';

/** `ShelfService`, `ICrateService`, `LabelPrinter`: a type name of two words or more. */
const TYPE_NAME = /^I?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*/u;
/** A line of a drawn tree or method list: `├── PrintLabel(name string) → string`. */
const TREE_LINE = /^[\s│├└─┬|`+]*[├└]/u;
const TREE_METHOD = /^[\s│├└─┬|`+]*([\p{L}_][\p{L}\p{N}_]*)\s*\(/u;
const SOURCE_PATH = /^[\w@.[\]()-]+(?:\/[\w@.[\]()-]+)*\.[a-z0-9]+$/i;

interface Section {
  name: string;
  depth: number;
  members: string[];
}

export function markdownDeclarations(root: Root): ContractDeclarations | undefined {
  const groups: Section[] = [];
  const homes: string[] = [];
  const files: ContractDeclarations['files'] = [];
  const interfaces: NonNullable<ContractDeclarations['interfaces']> = [];
  let current: Section | undefined;
  for (const node of root.children) {
    if (node.type === 'heading') {
      if (current && node.depth <= current.depth) current = undefined;
      const name = sectionType(node);
      if (name) {
        current = groups.find(group => group.name === name) ?? {
          name,
          depth: node.depth,
          members: []
        };
        if (!groups.includes(current)) groups.push(current);
        current.depth = node.depth;
      }
      continue;
    }
    if (current && node.type === 'table') addMembers(current, tableOperations(node));
    if (node.type === 'code') {
      if (current) addMembers(current, treeMethods(node));
      addInterfaces(interfaces, declaredInterfaces(node.value, node.lang));
      files.push(...treeFiles(node).filter(file => !files.some(known => known.path === file.path)));
    }
    for (const home of statedHomes(node)) if (!homes.includes(home)) homes.push(home);
  }
  const declared = groups
    .filter(group => group.members.length > 0)
    .map(({ name, members }) => ({ name, members }));
  const withMethods = interfaces.filter(declared => declared.members.length > 0);
  if (declared.length + homes.length + files.length + withMethods.length === 0) return undefined;
  return {
    groups: declared,
    homes,
    files,
    ...(withMethods.length > 0 ? { interfaces: withMethods } : {})
  };
}

/** The same interface in two blocks (its declaration, then its implementation) is one. */
function addInterfaces(
  known: NonNullable<ContractDeclarations['interfaces']>,
  found: NonNullable<ContractDeclarations['interfaces']>
): void {
  for (const declared of found) {
    const same = known.find(other => other.name === declared.name);
    if (!same) known.push({ ...declared, members: [...declared.members] });
    else
      for (const member of declared.members)
        if (!same.members.includes(member)) same.members.push(member);
  }
}

/** `## ShelfService`, `## CrateTrackingService (P5)`, `## LabelPrinter Interface`. */
function sectionType(heading: Heading): string | undefined {
  const first = plainText(heading)
    .trim()
    .replace(/^[\d.]+\s+/, '')
    .split(/\s+/)[0]
    ?.replace(/`/g, '');
  return first && TYPE_NAME.test(first) ? first : undefined;
}

function addMembers(section: Section, members: string[]): void {
  for (const member of members) if (!section.members.includes(member)) section.members.push(member);
}

function tableOperations(table: Table): string[] {
  const [header, ...rows] = table.children;
  const title = header?.children[0] ? plainText(header.children[0]).trim() : '';
  if (!OPERATION_COLUMN.test(title)) return [];
  return rows.flatMap(row => {
    const cell = row.children[0] ? plainText(row.children[0]).replace(/`/g, '').trim() : '';
    const qualified = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(cell)?.[0] ?? '';
    const member = qualified.slice(qualified.lastIndexOf('.') + 1);
    return IDENTIFIER.test(member) ? [member] : [];
  });
}

/** `LabelPrinter` drawn as a tree of its methods: `├── PrintLabel(…) → string`. */
function treeMethods(code: Code): string[] {
  const lines = code.value.split('\n');
  if (!lines.some(line => TREE_LINE.test(line))) return [];
  return lines
    .filter(line => TREE_LINE.test(line))
    .flatMap(line => {
      const method = TREE_METHOD.exec(line)?.[1];
      return method ? [method] : [];
    });
}

/** The source files of a directory tree the contract draws for its own code. */
function treeFiles(code: Code): ContractDeclarations['files'] {
  if (!/[├└]/.test(code.value) || /\(/.test(code.value.split('\n')[0] ?? '')) return [];
  return readTree(code.value)
    .filter(entry => !entry.isDirectory && entry.path.includes('/') && SOURCE_PATH.test(entry.path))
    .map(entry => ({ path: entry.path, note: entry.note }));
}

/** The code spans after a home label: `**Package**: `x` (`packages/x`)`, `- **File**: `a/b.kt``. */
function statedHomes(node: RootContent): string[] {
  if (node.type === 'paragraph') return homesIn(node);
  if (node.type === 'list')
    return (node as List).children.flatMap(item =>
      item.children.flatMap(child => (child.type === 'paragraph' ? homesIn(child) : []))
    );
  return [];
}

function homesIn(paragraph: Paragraph): string[] {
  const homes: string[] = [];
  let label = '';
  for (const child of paragraph.children) {
    if (child.type === 'strong') label = plainText(child).replace(/:\s*$/, '').trim();
    else if (child.type === 'break') label = '';
    else if (child.type === 'inlineCode' && HOME_LABEL.test(label)) homes.push(child.value.trim());
  }
  return homes.filter(Boolean);
}

/** A JSON or YAML contract's tools, prompts and resources, when it lists any. */
export function structuredDeclarations(value: unknown): ContractDeclarations | undefined {
  if (!isMapping(value)) return undefined;
  const keys = SERVED_KEYS.filter(key => key in value);
  if (keys.length === 0) return undefined;
  // A resource is called by its URI; a tool or prompt by its name.
  const operations = keys.flatMap(key =>
    servedItems(
      value[key],
      key.startsWith(RESOURCE_KEY_PREFIX) ? RESOURCE_NAME_FIELDS : [SERVED_NAME_FIELD]
    )
  );
  return { groups: [], homes: [], files: [], operations };
}

function servedItems(items: unknown, fields: string[]): string[] {
  const entries: [string | undefined, unknown][] = Array.isArray(items)
    ? items.map(item => [undefined, item])
    : isMapping(items)
      ? Object.entries(items)
      : [];
  return entries.flatMap(([key, item]) => {
    const named = isMapping(item)
      ? fields.map(field => item[field]).find(text => typeof text === 'string')
      : undefined;
    return typeof named === 'string' ? [named] : key ? [key] : [];
  });
}
