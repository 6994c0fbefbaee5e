/**
 * The names a contract declares besides its endpoints, by which a test task may name it: types,
 * interfaces and their methods, functions, messages, tRPC procedures, MCP tools and resources,
 * JSON Schema definitions, OpenAPI schemas of a document that is mostly schemas.
 *
 * A name is kept only when it is distinctive: `PlotService`, `get_seed_catalog`, `shelf.create`,
 * not `Error`, `Result` or a bare `create`, which a test task would use about anything.
 */
import { words } from '../../text/words.js';
import {
  COMMON_NAME_WORDS,
  SCHEMA_DEFINITION_KEYS,
  SOURCE_FILE_NAME,
  TOPIC_KEYS
} from '../../vocabulary/code.js';
import {
  MCP_ITEM_NAME_FIELDS,
  MCP_NAMED_LISTS,
  OPERATION_COLUMN
} from '../../vocabulary/contracts.js';
import { withoutInterfacePrefix } from '../code-declarations.js';

const MAX_NAMES = 200;

/**
 * Distinctive names, in first-seen order, without duplicates: one-letter and common words go,
 * and so does a single lower-case word (`create`, `sow`), which only its qualified form
 * (`shelf.create`) makes specific.
 */
export function distinctiveNames(candidates: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const raw of candidates) {
    const name = raw.trim();
    if (seen.has(name) || !isDistinctive(name)) continue;
    seen.add(name);
    kept.push(name);
    if (kept.length === MAX_NAMES) break;
  }
  return kept;
}

function isDistinctive(name: string): boolean {
  if (name.length < 3 || name.length > 100 || name.startsWith('__')) return false;
  // `IPlotService` → i, plot, service; `shelf.create` → shelf, create.
  const nameWords = words(name);
  if (nameWords.length === 0 || nameWords.every(word => COMMON_NAME_WORDS.has(word))) return false;
  if (nameWords.length === 1) return name.length >= 4 && /^\p{Lu}/u.test(name);
  return true;
}

// ---------------------------------------------------------------------------------------------
// Code: the names ../code-declarations.ts reads from a contract's code blocks, re-exported here
// beside the other readers of a contract's names.

export { codeNames } from '../code-declarations.js';

// ---------------------------------------------------------------------------------------------
// Markdown headings and tables

/** Identifiers a heading names: `ShelfRepository.kt`, `IPlotService`, `` `get_seed_catalog` ``. */
export function headingNames(text: string, codeSpans: string[]): string[] {
  const names: string[] = [];
  for (const code of codeSpans) names.push(...spanNames(code));
  const prose = text.split(/\s+/).map(trimPunctuation);
  for (const word of prose) {
    const file = SOURCE_FILE_NAME.exec(word);
    if (file) names.push(file[1]!);
    else if (isCodeShaped(word)) names.push(...withoutInterfacePrefix(word));
  }
  return names;
}

/** A code span names what it starts with: `Validate(step Step) → R` → Validate; `SeedClient.fetch_catalog()` → both parts. */
function spanNames(code: string): string[] {
  const text = code.trim();
  if (text.startsWith('/') || /^[A-Z]{3,7}\s{1,3}\//.test(text)) return [];
  const base = text.slice(text.lastIndexOf('/') + 1);
  const file = SOURCE_FILE_NAME.exec(base);
  if (file) return [file[1]!];
  const lead = /^[\p{L}_][\p{L}\p{N}_]{0,80}(?:\.[\p{L}_][\p{L}\p{N}_]{0,80}){0,3}/u.exec(
    text
  )?.[0];
  if (!lead) return [];
  const parts = lead.split('.');
  return parts.length > 1 ? [lead, ...parts] : withoutInterfacePrefix(lead);
}

/**
 * `HarvestScheduleRepository`, `IPlotService`, `useHarvests`, `get_seed_catalog`: written as code
 * even without backticks. Not a brand written with capitals inside (`gRPC`, `macOS`, `PostgreSQL`).
 */
function isCodeShaped(word: string): boolean {
  return (
    /^I?\p{Lu}\p{Ll}{1,40}(?:\p{Lu}\p{Ll}{1,40}|\p{N}){1,12}$/u.test(word) ||
    /^\p{Ll}{1,40}(?:\p{Lu}\p{Ll}{1,40}|\p{N}){1,12}$/u.test(word) ||
    /^\p{L}[\p{L}\p{N}]{0,40}(?:_[\p{L}\p{N}]{1,40}){1,8}$/u.test(word)
  );
}

/** `(PantryRepository.kt)` → `PantryRepository.kt`: a word without the punctuation around it. */
function trimPunctuation(word: string): string {
  const isWord = (char: string) => /[\p{L}\p{N}_]/u.test(char);
  let start = 0;
  let end = word.length;
  while (start < end && !isWord(word[start]!)) start++;
  while (end > start && !isWord(word[end - 1]!)) end--;
  return word.slice(start, end);
}

/** A table of operations (`| Operation | Input | Output |`): its first column names them. */
export function operationTableNames(header: string[], firstColumn: string[]): string[] {
  if (!OPERATION_COLUMN.test(header[0] ?? '')) return [];
  return firstColumn.flatMap(cell => spanNames(cell.replace(/`/g, '')));
}

// ---------------------------------------------------------------------------------------------
// JSON and YAML that is not OpenAPI: MCP tool lists, JSON Schema, topics

/** `tools`, `resources` and `prompts` by name (and uri), topics and channels by key, schema definitions and titles. */
export function structuredNames(value: unknown): string[] {
  if (!isMapping(value)) return [];
  const names: string[] = [];
  if (typeof value.title === 'string') names.push(value.title);
  for (const key of MCP_NAMED_LISTS) names.push(...namedItems(value[key]));
  for (const key of TOPIC_KEYS) {
    const map = value[key];
    if (isMapping(map)) names.push(...Object.keys(map));
  }
  for (const key of SCHEMA_DEFINITION_KEYS) names.push(...definitionNames(value[key]));
  return names;
}

function namedItems(items: unknown): string[] {
  const entries: [string | undefined, unknown][] = Array.isArray(items)
    ? items.map(item => [undefined, item])
    : isMapping(items)
      ? Object.entries(items)
      : [];
  return entries.flatMap(([key, item]) => {
    if (!isMapping(item)) return key ? [key] : [];
    const found = MCP_ITEM_NAME_FIELDS.map(field => item[field]).filter(
      (text): text is string => typeof text === 'string'
    );
    return found.length > 0 ? found : key ? [key] : [];
  });
}

function definitionNames(definitions: unknown): string[] {
  if (!isMapping(definitions)) return [];
  return Object.entries(definitions).flatMap(([key, schema]) =>
    isMapping(schema) && typeof schema.title === 'string' ? [key, schema.title] : [key]
  );
}

/** A document that is mostly schemas (a DTO catalogue) is named by them; an API by its paths. */
const FEW_PATHS = 3;

/** `info.title`, and the schemas of a document with few or no paths. */
export function openApiNames(value: Record<string, unknown>): string[] {
  const names: string[] = [];
  const info = value.info;
  if (isMapping(info) && typeof info.title === 'string') names.push(info.title);
  const paths = isMapping(value.paths) ? Object.keys(value.paths).length : 0;
  if (paths > FEW_PATHS) return names;
  const components = value.components;
  const schemas = isMapping(components) ? components.schemas : value.definitions;
  if (isMapping(schemas)) names.push(...Object.keys(schemas));
  return names;
}

export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
