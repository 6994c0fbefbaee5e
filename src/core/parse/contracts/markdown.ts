/**
 * Markdown contracts → endpoints written as headings, list items, paragraphs or table rows that
 * start with an HTTP method and a path (`POST /api/shelves`, `` `GET /v1/x` ``); CLI commands
 * written as code headings in a CLI contract (`` ### `tool export` ``); RPC methods written as
 * headings (`## RPC: Stack`) or as `rpc` lines of a proto block.
 */
import type { Heading, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import type {
  ContractDeclarations,
  Endpoint,
  SourceDocument,
  SourcePosition
} from '../../model.js';
import { parseMarkdown, plainText, positionOf } from '../markdown.js';
import { trimCharacters } from '../../text/pieces.js';
import { rpcEndpoint, rpcEndpoints, type RpcLine } from './proto.js';
import { markdownDeclarations } from './declarations.js';
import { codeNames, distinctiveNames, headingNames, operationTableNames } from './names.js';
import { commandResource, httpResource } from './resource.js';
import {
  CONSUMED_LABEL,
  CONSUMED_SECTION,
  NO_NEW_APIS,
  OWN_SECTION,
  PAGE_SECTION,
  SUMMARY_SECTION
} from '../../vocabulary/contracts-consumed.js';
import {
  CLI_CONTRACT,
  ENDPOINT_LABEL,
  HTTP_METHODS,
  PROTO_BLOCK_KEYWORDS,
  PROTO_FENCE_LANGUAGES,
  RPC_LABEL,
  RPC_SIGNATURE
} from '../../vocabulary/contracts-endpoints.js';

export interface MarkdownContract {
  title: string | undefined;
  endpoints: Endpoint[];
  names: string[];
  declarations: ContractDeclarations | undefined;
}

interface Walk {
  /** Depth of the heading that opened a consumed section, or 0. */
  consumedDepth: number;
  /** Depth of the heading that opened a section about pages (below the title), or 0. */
  pageDepth: number;
  /** The contract says it exposes no new API. */
  noNewApis: boolean;
  /** The node just read ended with a consumed label, so the list after it is consumed. */
  labelled: boolean;
}

export function markdownContract(doc: SourceDocument): MarkdownContract {
  const root = parseMarkdown(doc.text, { tables: doc.text.includes('\n|') });
  const title = firstTitle(root);
  const cli = isCliContract(doc, title);
  const found: Endpoint[] = [];
  const walk: Walk = {
    consumedDepth: 0,
    pageDepth: 0,
    noNewApis: saysNoNewApis(root),
    labelled: false
  };
  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = plainText(node).trim();
      enterSection(walk, node.depth, text);
      const own = marked(headingEndpoints(node, text, doc.path, cli), walk.consumedDepth > 0);
      found.push(...(walk.noNewApis && walk.pageDepth === 0 ? calledApis(own) : own));
      walk.labelled = false;
      continue;
    }
    const listed = blockEndpoints(node, doc, walk.consumedDepth > 0 || walk.labelled);
    found.push(...(walk.noNewApis ? calledApis(listed) : listed));
    walk.labelled = endsWithConsumedLabel(node);
  }
  return {
    title,
    endpoints: dedupe(found),
    names: markdownNames(root),
    declarations: markdownDeclarations(root)
  };
}

/**
 * Sections that list someone else's API ("Billing REST Endpoints Used") keep their endpoints, to
 * name the contract by, but mark them consumed: nobody in this feature implements them. A feature
 * that "exposes no new APIs" still serves its pages, the routes written as headings in a section
 * about pages (`### GET /shelves — Shelves page`); what those pages list is what they call.
 */
function enterSection(walk: Walk, depth: number, text: string): void {
  if (walk.consumedDepth > 0 && depth <= walk.consumedDepth) walk.consumedDepth = 0;
  if (walk.pageDepth > 0 && depth <= walk.pageDepth) walk.pageDepth = 0;
  if (walk.consumedDepth === 0 && CONSUMED_SECTION.test(text) && !OWN_SECTION.test(text))
    walk.consumedDepth = depth;
  // The title ("Page route contracts") says what the file is, not which part is pages.
  if (walk.pageDepth === 0 && depth > 1 && PAGE_SECTION.test(text)) walk.pageDepth = depth;
}

/** The statement counts in the text before the first section, or in an Overview-like section. */
function saysNoNewApis(root: Root): boolean {
  let summary = true;
  for (const node of root.children) {
    if (node.type === 'heading') {
      summary = node.depth === 1 || SUMMARY_SECTION.test(plainText(node).trim());
      continue;
    }
    if (summary && node.type === 'paragraph' && NO_NEW_APIS.test(plainText(node))) return true;
  }
  return false;
}

function endsWithConsumedLabel(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const lines = plainText(node).split('\n');
  const last = lines[lines.length - 1]!.trim();
  const label = CONSUMED_LABEL.exec(last);
  return label !== null && label[0].length === last.length;
}

/** "No new APIs" is about HTTP: the CLI commands or RPCs the contract defines are still built. */
function calledApis(endpoints: Endpoint[]): Endpoint[] {
  return endpoints.map(endpoint =>
    endpoint.kind === 'http' ? { ...endpoint, consumed: true } : endpoint
  );
}

function marked(endpoints: Endpoint[], consumed: boolean): Endpoint[] {
  return consumed ? endpoints.map(endpoint => ({ ...endpoint, consumed: true })) : endpoints;
}

function firstTitle(root: Root): string | undefined {
  const h1 = root.children.find(node => node.type === 'heading' && node.depth === 1);
  return h1 ? plainText(h1).trim() : undefined;
}

function isCliContract(doc: SourceDocument, title: string | undefined): boolean {
  const name = doc.relativePath.toLowerCase();
  const words = `${name} ${title ?? ''}`.toLowerCase();
  return CLI_CONTRACT.test(words);
}

function headingEndpoints(heading: Heading, text: string, file: string, cli: boolean): Endpoint[] {
  const source = positionOf(heading, file);
  const label = stripLabel(text);
  const http = httpEndpoint(label, source);
  if (http) return [http];
  const rpc = rpcHeading(label, source);
  if (rpc) return [rpc];
  if (cli && heading.depth >= 2) {
    const command = commandHeading(heading, source);
    if (command) return [command];
  }
  return [];
}

/** `Endpoint: POST /x`, `Route - GET /y` → the part after the label. */
function stripLabel(text: string): string {
  const match = ENDPOINT_LABEL.exec(text);
  return match ? text.slice(match[0].length) : text;
}

export function httpEndpoint(text: string, source: SourcePosition): Endpoint | undefined {
  const tokens = text.trim().split(/\s+/).slice(0, 3).map(cleanToken);
  const [first, second] = tokens;
  if (!first || !second || !HTTP_METHODS.has(first)) return undefined;
  const path = trimPath(second);
  if (!path.startsWith('/')) return undefined;
  return {
    kind: 'http',
    method: first,
    path,
    name: `${first} ${path}`,
    operationId: undefined,
    tags: [],
    resource: httpResource(path),
    basePath: undefined,
    consumed: false,
    source
  };
}

function cleanToken(token: string): string {
  return trimCharacters(token, '`*_[', '`*_:,;]');
}

/** A path ends at a query string or a description glued on with a dash. */
function trimPath(token: string): string {
  const query = token.indexOf('?');
  return query > 0 ? token.slice(0, query) : token;
}

function rpcHeading(text: string, source: SourcePosition): Endpoint | undefined {
  // Only a colon marks the name: "## gRPC Service Definition" names no method.
  const labelled = RPC_LABEL.exec(text);
  if (labelled) return rpcEndpoint(labelled[1]!, undefined, source);
  const signature = RPC_SIGNATURE.exec(text);
  return signature ? rpcEndpoint(signature[1]!, undefined, source) : undefined;
}

/** `` ### `shelfctl schema export` `` in a CLI contract: the heading is only a code span. */
function commandHeading(heading: Heading, source: SourcePosition): Endpoint | undefined {
  const parts = heading.children.filter(
    child => !(child.type === 'text' && child.value.trim() === '')
  );
  const code = parts[0];
  if (!code || code.type !== 'inlineCode') return undefined;
  const rest = parts
    .slice(1)
    .map(part => plainText(part as Nodes))
    .join('')
    .trim();
  if (rest && !/^[—–:-]/.test(rest)) return undefined;
  const command = code.value
    .split(/\s+/)
    .filter(word => /^\w[\w:.-]{0,60}$/.test(word))
    .join(' ');
  if (!command || command.startsWith('/')) return undefined;
  return {
    kind: 'cli',
    method: undefined,
    path: command,
    name: command,
    operationId: undefined,
    tags: [],
    resource: commandResource(command),
    basePath: undefined,
    consumed: false,
    source
  };
}

function blockEndpoints(node: RootContent, doc: SourceDocument, consumed: boolean): Endpoint[] {
  switch (node.type) {
    case 'list':
      return node.children.flatMap(item => listItemEndpoints(item, doc, consumed));
    case 'paragraph':
      return paragraphEndpoints(node, doc, consumed);
    case 'table':
      return marked(tableEndpoints(node, doc.path), consumed);
    case 'code':
      return isProto(node.lang, node.value)
        ? marked(protoBlock(node.value, node.position?.start.line ?? 1, doc.path), consumed)
        : [];
    default:
      return [];
  }
}

/** `- \`GET /x\``, `- **Calls**: \`GET /x\``, and a labelled item's nested list: `- **API calls**:` over `  - \`GET /y\``. */
function listItemEndpoints(item: ListItem, doc: SourceDocument, consumed: boolean): Endpoint[] {
  const first = item.children[0];
  const line = first ? plainText(first).split('\n')[0]! : '';
  const label = CONSUMED_LABEL.exec(line.trim());
  const own = consumed || label !== null;
  const found = httpEndpoint(
    stripLabel(label ? line.trim().slice(label[0].length) : line),
    positionOf(item, doc.path)
  );
  const nested = item.children
    .slice(1)
    .flatMap(child => blockEndpoints(child as RootContent, doc, own));
  return found ? [...marked([found], own), ...nested] : nested;
}

/**
 * Each line of a paragraph may state an endpoint ("**POST** /x — create"), but only when the line
 * is about that endpoint: "`GET /v1/shelves`, `GET /v1/shelves/{id}` and the CLI all expose…" is prose.
 */
function paragraphEndpoints(node: Nodes, doc: SourceDocument, consumed: boolean): Endpoint[] {
  const start = node.position?.start.line ?? 1;
  return plainText(node)
    .split('\n')
    .flatMap((line, offset) => {
      // "**API calls**: `GET /x`" names one the feature calls.
      const label = CONSUMED_LABEL.exec(line.trim());
      const text = stripLabel(label ? line.trim().slice(label[0].length) : line).trim();
      const found = httpEndpoint(text, { file: doc.path, line: start + offset, column: 1 });
      if (!found) return [];
      const rest = text
        .slice(text.indexOf(found.path) + found.path.length)
        .replace(/^\?\S*/, '')
        .trim();
      if (rest !== '' && !/^[—–:(-]/.test(rest)) return [];
      return marked([found], consumed || label !== null);
    });
}

/** A row whose first cell is `GET /x`, or a method cell followed by a path cell. */
function tableEndpoints(table: Table, file: string): Endpoint[] {
  return table.children.slice(1).flatMap(row => {
    const cells = row.children.map(cell => plainText(cell).trim());
    const source = positionOf(row, file);
    const found =
      httpEndpoint(cells.slice(0, 2).join(' '), source) ?? httpEndpoint(cells[0] ?? '', source);
    return found ? [found] : [];
  });
}

function isProto(lang: string | null | undefined, value: string): boolean {
  const language = (lang ?? '').toLowerCase();
  return (
    PROTO_FENCE_LANGUAGES.includes(language) ||
    PROTO_BLOCK_KEYWORDS.every(keyword => value.includes(keyword))
  );
}

function protoBlock(value: string, fenceLine: number, file: string): Endpoint[] {
  const lines: RpcLine[] = value.split('\n').map((text, index) => ({
    text,
    position: { file, line: fenceLine + 1 + index, column: 1 }
  }));
  return rpcEndpoints(lines);
}

/**
 * The same endpoint written twice (a heading and a proto line) is one endpoint, at its first place;
 * served if either place serves it. An RPC heading names no service, so it matches that method of
 * any service; two services' methods of the same name stay two endpoints.
 */
function dedupe(endpoints: Endpoint[]): Endpoint[] {
  const byKey = new Map<string, Endpoint>();
  const byMethod = new Map<string, Endpoint>();
  const result: Endpoint[] = [];
  for (const endpoint of endpoints) {
    const key = `${endpoint.kind} ${endpoint.method ?? ''} ${endpoint.name}`;
    const rpc = endpoint.kind === 'rpc';
    let kept =
      byKey.get(key) ??
      (rpc && endpoint.name === endpoint.path ? byMethod.get(endpoint.path) : undefined) ??
      (rpc ? byKey.get(`rpc  ${endpoint.path}`) : undefined);
    if (kept) {
      if (!endpoint.consumed) kept.consumed = false;
    } else {
      kept = { ...endpoint };
      result.push(kept);
    }
    if (!byKey.has(key)) byKey.set(key, kept);
    if (rpc && !byMethod.has(endpoint.path)) byMethod.set(endpoint.path, kept);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Names: identifiers in headings, declarations in code, operations in tables

function markdownNames(root: Root): string[] {
  const names: string[] = [];
  for (const node of root.children) {
    if (node.type === 'heading') {
      const spans = node.children
        .filter(child => child.type === 'inlineCode')
        .map(child => child.value);
      const prose = node.children
        .filter(child => child.type !== 'inlineCode')
        .map(child => plainText(child as Nodes))
        .join(' ');
      names.push(...headingNames(prose, spans));
    } else if (node.type === 'code') {
      names.push(...codeNames(node.value, node.lang));
    } else if (node.type === 'table') {
      const [header, ...rows] = node.children;
      const titles = header ? header.children.map(cell => plainText(cell).trim()) : [];
      const first = rows.map(row => (row.children[0] ? plainText(row.children[0]).trim() : ''));
      names.push(...operationTableNames(titles, first));
    }
  }
  return distinctiveNames(names);
}
