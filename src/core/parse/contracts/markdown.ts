/**
 * Markdown contracts → endpoints written as headings, list items, paragraphs or table rows that
 * start with an HTTP method and a path (`POST /api/users`, `` `GET /v1/x` ``); CLI commands
 * written as code headings in a CLI contract (`` ### `tool export` ``); RPC methods written as
 * headings (`## RPC: Ping`) or as `rpc` lines of a proto block.
 */
import type { Heading, Nodes, Root, RootContent, Table } from 'mdast';
import type { Endpoint, SourceDocument, SourcePosition } from '../../model.js';
import { parseMarkdown, plainText, positionOf } from '../markdown.js';
import { rpcEndpoint, rpcEndpoints, type RpcLine } from './proto.js';
import { commandResource, httpResource } from './resource.js';

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Sections that list someone else's API ("Jira REST Endpoints Used") describe no work of ours. */
const FOREIGN_SECTION = /\b(?:used|consumed|external|third[- ]party|upstream|existing)\b/i;

export interface MarkdownContract {
  title: string | undefined;
  endpoints: Endpoint[];
}

export function markdownContract(doc: SourceDocument): MarkdownContract {
  const root = parseMarkdown(doc.text, { tables: doc.text.includes('\n|') });
  const title = firstTitle(root);
  const cli = isCliContract(doc, title);
  const found: Endpoint[] = [];
  let foreignDepth = 0;
  for (const node of root.children) {
    if (node.type === 'heading') {
      const text = plainText(node).trim();
      if (foreignDepth > 0 && node.depth <= foreignDepth) foreignDepth = 0;
      if (foreignDepth === 0 && FOREIGN_SECTION.test(text)) foreignDepth = node.depth;
      if (foreignDepth === 0) found.push(...headingEndpoints(node, text, doc.path, cli));
      continue;
    }
    if (foreignDepth === 0) found.push(...blockEndpoints(node, doc));
  }
  return { title, endpoints: dedupe(found) };
}

function firstTitle(root: Root): string | undefined {
  const h1 = root.children.find(node => node.type === 'heading' && node.depth === 1);
  return h1 ? plainText(h1).trim() : undefined;
}

function isCliContract(doc: SourceDocument, title: string | undefined): boolean {
  const name = doc.relativePath.toLowerCase();
  const words = `${name} ${title ?? ''}`.toLowerCase();
  return /\bcli\b|command/.test(words);
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
  const match = /^(?:endpoint|route|api|operation|request)\s{0,3}[:\-–—]\s{0,3}/i.exec(text);
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
  let start = 0;
  let end = token.length;
  while (start < end && '`*_['.includes(token[start]!)) start++;
  while (end > start && '`*_:,;]'.includes(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** A path ends at a query string or a description glued on with a dash. */
function trimPath(token: string): string {
  const query = token.indexOf('?');
  return query > 0 ? token.slice(0, query) : token;
}

function rpcHeading(text: string, source: SourcePosition): Endpoint | undefined {
  // Only a colon marks the name: "## gRPC Service Definition" names no method.
  const labelled = /^(?:rpc|method|grpc)\s{0,3}:\s{0,3}`?(\w{1,100})/i.exec(text);
  if (labelled) return rpcEndpoint(labelled[1]!, undefined, source);
  const signature = /^(?:rpc\s{1,3})?`?(\w{1,100})\s{0,2}\([\w.\s]{0,100}\)\s{1,3}returns\b/.exec(
    text
  );
  return signature ? rpcEndpoint(signature[1]!, undefined, source) : undefined;
}

/** `` ### `gert schema export` `` in a CLI contract: the heading is only a code span. */
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

function blockEndpoints(node: RootContent, doc: SourceDocument): Endpoint[] {
  switch (node.type) {
    case 'list':
      return node.children.flatMap(item => {
        const first = item.children[0];
        const found = first
          ? httpEndpoint(stripLabel(plainText(first).split('\n')[0]!), positionOf(item, doc.path))
          : undefined;
        const nested = item.children
          .slice(1)
          .flatMap(child => blockEndpoints(child as RootContent, doc));
        return found ? [found, ...nested] : nested;
      });
    case 'paragraph':
      return paragraphEndpoints(node, doc);
    case 'table':
      return tableEndpoints(node, doc.path);
    case 'code':
      return isProto(node.lang, node.value)
        ? protoBlock(node.value, node.position?.start.line ?? 1, doc.path)
        : [];
    default:
      return [];
  }
}

/**
 * Each line of a paragraph may state an endpoint ("**POST** /x — create"), but only when the line
 * is about that endpoint: "`GET /v1/rules`, `GET /v1/rules/{id}` and the CLI all expose…" is prose.
 */
function paragraphEndpoints(node: Nodes, doc: SourceDocument): Endpoint[] {
  const start = node.position?.start.line ?? 1;
  return plainText(node)
    .split('\n')
    .flatMap((line, offset) => {
      const text = stripLabel(line).trim();
      const found = httpEndpoint(text, { file: doc.path, line: start + offset, column: 1 });
      if (!found) return [];
      const rest = text
        .slice(text.indexOf(found.path) + found.path.length)
        .replace(/^\?\S*/, '')
        .trim();
      return rest === '' || /^[—–:(-]/.test(rest) ? [found] : [];
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
    language === 'proto' ||
    language === 'protobuf' ||
    (value.includes('service ') && value.includes('rpc '))
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
 * The same endpoint written twice (a heading and a proto line) is one endpoint, at its first place.
 * An RPC heading names no service, so it matches that method of any service; two services'
 * methods of the same name stay two endpoints.
 */
function dedupe(endpoints: Endpoint[]): Endpoint[] {
  const seen = new Set<string>();
  const rpcMethods = new Set<string>();
  return endpoints.filter(endpoint => {
    const key = `${endpoint.kind} ${endpoint.method ?? ''} ${endpoint.name}`;
    const rpc = endpoint.kind === 'rpc';
    const duplicate =
      seen.has(key) ||
      (rpc && endpoint.name === endpoint.path && rpcMethods.has(endpoint.path)) ||
      (rpc && seen.has(`rpc  ${endpoint.path}`));
    seen.add(key);
    if (rpc) rpcMethods.add(endpoint.path);
    return !duplicate;
  });
}
