/**
 * The names a contract declares besides its endpoints, by which a test task may name it: types,
 * interfaces and their methods, functions, messages, tRPC procedures, MCP tools and resources,
 * JSON Schema definitions, OpenAPI schemas of a document that is mostly schemas.
 *
 * A name is kept only when it is distinctive: `ShotService`, `get_document_map`, `invite.create`,
 * not `Error`, `Result` or a bare `create`, which a test task would use about anything.
 */
import { words } from '../../text/words.js';
import { EXAMPLE_LANGUAGES } from '../markdown.js';

const MAX_NAMES = 200;

/** Programming words that say nothing about what a contract is about. */
const COMMON = new Set([
  'a',
  'all',
  'and',
  'any',
  'api',
  'args',
  'array',
  'async',
  'await',
  'base',
  'body',
  'bool',
  'boolean',
  'bytes',
  'callback',
  'check',
  'class',
  'client',
  'close',
  'config',
  'context',
  'count',
  'create',
  'data',
  'date',
  'datetime',
  'default',
  'delete',
  'double',
  'dto',
  'entry',
  'enum',
  'error',
  'errors',
  'event',
  'exists',
  'false',
  'fetch',
  'find',
  'float',
  'for',
  'from',
  'get',
  'handle',
  'handler',
  'has',
  'head',
  'header',
  'headers',
  'helper',
  'id',
  'ids',
  'impl',
  'index',
  'info',
  'init',
  'input',
  'int',
  'interface',
  'is',
  'item',
  'items',
  'json',
  'list',
  'load',
  'long',
  'main',
  'manager',
  'map',
  'message',
  'model',
  'mutation',
  'name',
  'new',
  'node',
  'none',
  'null',
  'number',
  'object',
  'of',
  'on',
  'open',
  'option',
  'options',
  'or',
  'output',
  'page',
  'params',
  'patch',
  'payload',
  'post',
  'process',
  'promise',
  'props',
  'put',
  'query',
  'read',
  'remove',
  'request',
  'response',
  'result',
  'results',
  'root',
  'run',
  'save',
  'schema',
  'search',
  'send',
  'server',
  'service',
  'set',
  'start',
  'state',
  'status',
  'stop',
  'string',
  'struct',
  'subscription',
  'task',
  'test',
  'tests',
  'text',
  'the',
  'time',
  'timestamp',
  'to',
  'true',
  'type',
  'types',
  'unknown',
  'update',
  'use',
  'util',
  'utils',
  'uuid',
  'validate',
  'value',
  'values',
  'void',
  'with',
  'write'
]);

/**
 * Distinctive names, in first-seen order, without duplicates: one-letter and common words go,
 * and so does a single lower-case word (`create`, `chat`), which only its qualified form
 * (`invite.create`) makes specific.
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
  // `IShotService` → i, shot, service; `invite.create` → invite, create.
  const nameWords = words(name);
  if (nameWords.length === 0 || nameWords.every(word => COMMON.has(word))) return false;
  if (nameWords.length === 1) return name.length >= 4 && /^\p{Lu}/u.test(name);
  return true;
}

/** `IShotService` is also known as `ShotService`. */
export function withoutInterfacePrefix(name: string): string[] {
  return /^I\p{Lu}\p{Ll}/u.test(name) ? [name, name.slice(1)] : [name];
}

// ---------------------------------------------------------------------------------------------
// Code: declarations, functions, methods of interfaces, tRPC procedures

/**
 * Example languages, and in a contract YAML and SQL too: a contract's YAML is a payload, its SQL
 * a query, neither a declaration of its names.
 */
const NOT_CODE = new Set([...EXAMPLE_LANGUAGES, 'yaml', 'yml', 'sql']);

const MODIFIERS =
  /^(?:(?:export|public|private|protected|internal|abstract|sealed|static|final|open|partial|data|pub(?:\([a-z]{1,10}\))?|declare|default|readonly|async|suspend|override|inline|value|virtual|fileprivate)\s{1,4})+/;
const DECLARATION =
  /^(class|interface|struct|record|enum|message|object|trait|type|protocol|service|input|union)\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,80})/u;
const FUNCTION =
  /\b(?:def|fun|func|function|fn)\s{1,4}(?:\([^)]{0,80}\)\s{0,4})?([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}[(<[]/u;
const CONST_FUNCTION =
  /^const\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}(?::[^=]{1,80})?=\s{0,4}(?:async\s{1,4})?(?:\(|function\b|z\.|router\(|t\.procedure\b|[\p{L}_][\p{L}\p{N}_]{0,40}Procedure\b)/u;
const ROUTER = /^const\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,60})Router\s{0,4}=\s{0,4}(?:t\.)?router\(/u;
const PROCEDURE =
  /^([\p{L}_][\p{L}\p{N}_]{0,60})\s{0,4}:\s{0,4}[\p{L}_][\p{L}\p{N}_.]{0,60}[Pp]rocedure\b/u;
const NOT_METHODS = new Set([
  'if',
  'for',
  'while',
  'switch',
  'catch',
  'return',
  'new',
  'await',
  'throw',
  'when',
  'super',
  'this',
  'constructor',
  'init',
  'typeof',
  'sizeof'
]);
/** Types whose members are operations: their method signatures are names too. */
const OPERATION_KINDS = new Set(['class', 'interface', 'trait', 'protocol', 'service', 'object']);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

interface Body {
  kind: 'operations' | 'graphql-root' | 'router' | 'other';
  /** Brace depth at which the body's members are written. */
  depth: number;
  /** The router's name, for its procedures: `invite` of `inviteRouter`. */
  router?: string;
}

/** Names declared by one code block; `lang` is the fence's language. */
export function codeNames(value: string, lang: string | null | undefined): string[] {
  if (NOT_CODE.has((lang ?? '').toLowerCase())) return [];
  const names: string[] = [];
  const scan: Scan = { bodies: [], depth: 0, pending: undefined };
  for (const raw of value.split('\n')) {
    const line = withoutComment(raw).trim();
    if (!line) continue;
    if (!/^[@[#]/.test(line)) names.push(...lineNames(line, scan));
    const balance = bracketBalance(line);
    if (scan.pending && line.startsWith('{'))
      scan.bodies.push({ ...scan.pending, depth: scan.depth + 1 });
    else if (scan.pending?.line === line && balance > 0)
      scan.bodies.push({ ...scan.pending, depth: scan.depth + balance });
    if (scan.pending?.line !== line) scan.pending = undefined;
    scan.depth += balance;
    while (scan.bodies.length > 0 && scan.depth < scan.bodies[scan.bodies.length - 1]!.depth)
      scan.bodies.pop();
  }
  return names;
}

interface Scan {
  bodies: Body[];
  depth: number;
  /** A declaration whose body opens on this line, or on the next (C# puts `{` there). */
  pending: (Omit<Body, 'depth'> & { line: string }) | undefined;
}

function lineNames(line: string, scan: Scan): string[] {
  const body = scan.bodies[scan.bodies.length - 1];
  const bare = line.replace(MODIFIERS, '');
  const router = ROUTER.exec(bare);
  if (router) {
    scan.pending = { kind: 'router', router: router[1]!, line };
    return [`${router[1]!}Router`];
  }
  const declaration = DECLARATION.exec(bare);
  if (declaration) {
    const [, kind, name] = declaration;
    scan.pending = { kind: bodyKind(kind!, name!), line };
    return withoutInterfacePrefix(name!);
  }
  const rpc = /^rpc\s{1,4}([\p{L}_][\p{L}\p{N}_]{0,80})/u.exec(bare);
  if (rpc) return [rpc[1]!];
  const fn = FUNCTION.exec(bare) ?? CONST_FUNCTION.exec(bare);
  if (fn) return [fn[1]!];
  if (!body || scan.depth !== body.depth) return [];
  return memberNames(bare, body);
}

function bodyKind(kind: string, name: string): Body['kind'] {
  if (kind === 'type' && ROOT_TYPES.has(name)) return 'graphql-root';
  return OPERATION_KINDS.has(kind) ? 'operations' : 'other';
}

/** `Task<Shot> CreateShotAsync(…);`, `getSpeed(): Flow<X>;` in an interface; `create: authedProcedure…` in a router. */
function memberNames(line: string, body: Body): string[] {
  if (body.kind === 'router') {
    const procedure = PROCEDURE.exec(line);
    return procedure ? [`${body.router!}.${procedure[1]!}`, procedure[1]!] : [];
  }
  if (body.kind === 'graphql-root') {
    const field = /^([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}[(:]/u.exec(line);
    return field ? [field[1]!] : [];
  }
  if (body.kind !== 'operations') return [];
  const open = line.indexOf('(');
  if (open <= 0) return [];
  const before = line.slice(0, open).replace(/<[^<>]{0,80}>\s{0,4}$/, '');
  const match = /([\p{L}_][\p{L}\p{N}_]{0,80})\??\s{0,4}$/u.exec(before);
  if (!match || NOT_METHODS.has(match[1]!)) return [];
  // A declaration has only a return type before its name: `x = make(`, `.stateIn(` and
  // `val onTap: () -> Unit` call or hold something instead.
  const prefix = before.slice(0, match.index);
  return /[=:.]|\breturn\b/.test(prefix) || /[:=]\s{0,4}$/.test(before) ? [] : [match[1]!];
}

function bracketBalance(line: string): number {
  let balance = 0;
  for (const char of line) {
    if (char === '{' || char === '(') balance++;
    else if (char === '}' || char === ')') balance--;
  }
  return balance;
}

function withoutComment(line: string): string {
  const slashes = line.indexOf('//');
  return slashes >= 0 && !line.slice(0, slashes).endsWith(':') ? line.slice(0, slashes) : line;
}

// ---------------------------------------------------------------------------------------------
// Markdown headings and tables

const CODE_EXTENSION =
  /^([\p{L}_][\p{L}\p{N}_]{0,80})\.(?:kt|kts|java|cs|ts|tsx|js|jsx|py|go|rs|swift|rb|dart|scala|php|proto)$/u;

/** Identifiers a heading names: `LocationRepository.kt`, `IShotService`, `` `get_document_map` ``. */
export function headingNames(text: string, codeSpans: string[]): string[] {
  const names: string[] = [];
  for (const code of codeSpans) names.push(...spanNames(code));
  const prose = text.split(/\s+/).map(trimPunctuation);
  for (const word of prose) {
    const file = CODE_EXTENSION.exec(word);
    if (file) names.push(file[1]!);
    else if (isCodeShaped(word)) names.push(...withoutInterfacePrefix(word));
  }
  return names;
}

/** A code span names what it starts with: `Validate(step Step) → R` → Validate; `ChatClient.complete_stream()` → both parts. */
function spanNames(code: string): string[] {
  const text = code.trim();
  if (text.startsWith('/') || /^[A-Z]{3,7}\s{1,3}\//.test(text)) return [];
  const base = text.slice(text.lastIndexOf('/') + 1);
  const file = CODE_EXTENSION.exec(base);
  if (file) return [file[1]!];
  const lead = /^[\p{L}_][\p{L}\p{N}_]{0,80}(?:\.[\p{L}_][\p{L}\p{N}_]{0,80}){0,3}/u.exec(
    text
  )?.[0];
  if (!lead) return [];
  const parts = lead.split('.');
  return parts.length > 1 ? [lead, ...parts] : withoutInterfacePrefix(lead);
}

/**
 * `RideRecordingStateRepository`, `IShotService`, `useEvents`, `get_document_map`: written as code
 * even without backticks. Not a brand written with capitals inside (`gRPC`, `macOS`, `DynamoDB`).
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
  if (
    !/^(?:operations?|methods?|functions?|procedures?|tools?|commands?|rpcs?)$/i.test(
      header[0] ?? ''
    )
  )
    return [];
  return firstColumn.flatMap(cell => spanNames(cell.replace(/`/g, '')));
}

// ---------------------------------------------------------------------------------------------
// JSON and YAML that is not OpenAPI: MCP tool lists, JSON Schema, topics

/** `tools`, `resources` and `prompts` by name (and uri), topics and channels by key, schema definitions and titles. */
export function structuredNames(value: unknown): string[] {
  if (!isMapping(value)) return [];
  const names: string[] = [];
  if (typeof value.title === 'string') names.push(value.title);
  for (const key of ['tools', 'resources', 'resourceTemplates', 'prompts'])
    names.push(...namedItems(value[key]));
  for (const key of ['topics', 'channels']) {
    const map = value[key];
    if (isMapping(map)) names.push(...Object.keys(map));
  }
  for (const key of ['$defs', 'definitions']) names.push(...definitionNames(value[key]));
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
    const found = ['name', 'uri', 'uriTemplate']
      .map(field => item[field])
      .filter((text): text is string => typeof text === 'string');
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
