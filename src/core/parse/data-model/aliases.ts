/**
 * Other names an entity's section gives it, by which a task may name it: the class that
 * implements it, the types its code declares, the file it is stored in.
 */
import { words } from '../../text/words.js';
import {
  ANCHOR,
  GENERIC_TYPE_NAMES,
  PRODUCER,
  STORAGE
} from '../../vocabulary/data-model-aliases.js';
import { typeAliasDeclarations, typeDefinitions } from './code-types.js';
import type { Context } from './context.js';
import { normalise } from './entity-names.js';
import { isCode, renderedLines } from './markdown-nodes.js';
import { sectionParts } from './parts.js';

/** At most this many type names from a section's code: the first are its own, later ones nested. */
const MAX_TYPE_ALIASES = 5;
const MAX_ALIASES = 8;

export function nameAliases(context: Context): void {
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
    ...lines.flatMap(storageFile),
    ...lines.flatMap(producerFile)
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
        // `- \`shelf_id\`: maps to \`Shelf.id\`` describes a field, not the entity.
        const lead = line.replace(/^\*\*[^*]{1,60}\*\*:?\s{0,3}/, '');
        if ([ANCHOR, STORAGE, PRODUCER].some(phrase => phrase.exec(lead)?.index === 0))
          lines.push(line);
      }
    }
  }
  return lines;
}

/** Identifiers in code after an anchor phrase: `JarHistory` plus `Jar`. */
function anchorNames(line: string): string[] {
  const match = ANCHOR.exec(line);
  if (!match) return [];
  return codeSpans(line.slice(match.index + match[0].length)).filter(
    code =>
      /^[\p{L}_][\p{L}\p{N}_]{3,80}$/u.test(code) && !GENERIC_TYPE_NAMES.has(code.toLowerCase())
  );
}

/** The first file name after a storage phrase: `pantry.toml`, `<dir>/jars.json`, `<name>.label.json` → `.label.json`. */
function storageFile(line: string): string[] {
  const match = STORAGE.exec(line);
  if (!match) return [];
  const after = line.slice(match.index + match[0].length);
  const candidate = codeSpans(after)[0] ?? /^\s{0,3}([^\s`,;()]{1,120})/.exec(after)?.[1];
  const file = candidate ? fileAlias(candidate) : undefined;
  return file ? [file] : [];
}

/**
 * The script after a producer phrase: "Produced by `scripts/tally.py`" → `tally.py`. Only a file:
 * "emitted by `ShelfRepository`" names code that uses the record, not code that makes it.
 */
function producerFile(line: string): string[] {
  const match = PRODUCER.exec(line);
  if (!match) return [];
  const span = codeSpans(line.slice(match.index + match[0].length))[0];
  const file = span && !span.includes('<') && !span.includes('{') ? fileAlias(span) : undefined;
  return file ? [file] : [];
}

function fileAlias(path: string): string | undefined {
  if (path.includes('://') || /\s/.test(path)) return undefined;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const placeholder = Math.max(base.lastIndexOf('>'), base.lastIndexOf('}'));
  if (placeholder >= 0) {
    // `<shelf>.label.json` is known by its suffix; `<shelf>.json` by nothing of its own.
    const suffix = base.slice(placeholder + 1);
    return /^\.[\w-]{1,40}\.[a-z][a-z0-9]{0,5}$/i.test(suffix) ? suffix : undefined;
  }
  return /^[\w-][\w.-]{0,80}\.[a-z][a-z0-9]{0,5}$/i.test(base) ? base : undefined;
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`\n]{1,200})`/g)].map(match => match[1]!.trim());
}

/**
 * The types the section's code declares for it: the first of each block (`struct HarvestTally`
 * under "Yield buffer"), and later ones that share a word of the entity's name (`PlotKind` under
 * "Plot Types"), not every type nested in the block (`SoilSample` under "Bed Records"). An enum
 * only when it is the entity itself (`enum CropNode` under "Crop Node Tree"), not a `Status` of it.
 */
function declaredTypes(context: Context, index: number, name: string): string[] {
  const names: string[] = [];
  const entityWords = new Set(words(name).map(normalise));
  for (const part of sectionParts(context, index)) {
    for (const code of part.nodes.filter(isCode)) {
      const declared = [
        ...typeDefinitions(code, context.file),
        ...typeAliasDeclarations(code, context.file)
      ].sort((a, b) => a.line - b.line);
      declared.forEach((definition, at) => {
        const declaredWords = words(definition.name).map(normalise);
        if (definition.isEnum && !declaredWords.every(word => entityWords.has(word))) return;
        if (at > 0 && !declaredWords.some(word => entityWords.has(word))) return;
        // SQL tables (`harvest_logs_2024_09`) are storage, not the names code gives a type.
        if (!/^\p{Lu}/u.test(definition.name) || !isCompoundName(definition.name)) return;
        names.push(definition.name);
      });
    }
  }
  return names.slice(0, MAX_TYPE_ALIASES);
}

function isCompoundName(name: string): boolean {
  return words(name).length >= 2 && name.length >= 5;
}
