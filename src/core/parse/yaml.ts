/**
 * YAML and JSON design files, read safely: an alias limit against "billion laughs" documents, no
 * merge keys, and positions for every node so findings point at the line. JSON goes through
 * JSON.parse first, which is much faster; positions are then computed only when asked for.
 */
import {
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Pair,
  type Scalar
} from 'yaml';
import type { Finding, SourceDocument, SourcePosition } from '../model.js';
import { JSON_ERROR_POSITION } from '../vocabulary/documents.js';
import { parseError } from './finding.js';

/** Enough for any real contract; a document needing more aliases is an attack or an accident. */
const MAX_ALIAS_COUNT = 100;
const MAX_REPORTED_ERRORS = 3;

export type YamlPath = (string | number)[];

export interface YamlResult {
  value: unknown;
  findings: Finding[];
  positionOf(path: YamlPath): SourcePosition;
}

export function readYaml(doc: SourceDocument): YamlResult {
  if (doc.path.toLowerCase().endsWith('.json')) {
    try {
      const value: unknown = JSON.parse(doc.text);
      let parsed: Parsed | undefined;
      return {
        value,
        findings: [],
        positionOf: path => (parsed ??= parseYaml(doc)).positionOf(path)
      };
    } catch (error) {
      // Not valid JSON: YAML reads JSON too and reports most errors with a line. What YAML
      // accepts (a `//` comment becomes part of the next key) would be misread, so it is an error.
      const parsed = parseYaml(doc);
      if (parsed.findings.length > 0) return parsed;
      return { ...parsed, value: undefined, findings: [jsonError(doc, error as Error)] };
    }
  }
  const parsed = parseYaml(doc);
  return { value: parsed.value, findings: parsed.findings, positionOf: parsed.positionOf };
}

interface Parsed {
  value: unknown;
  findings: Finding[];
  positionOf(path: YamlPath): SourcePosition;
}

function parseYaml(doc: SourceDocument): Parsed {
  const lineCounter = new LineCounter();
  const document = parseDocument(doc.text, {
    lineCounter,
    merge: false,
    prettyErrors: false,
    // Duplicate keys are common in hand-written contracts and harmless to us: the last one wins.
    uniqueKeys: false
  });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: doc.path, line, column: col };
  };
  const positionOf = (path: YamlPath) => nodePosition(document, path, at, doc.path);
  const findings = document.errors
    .slice(0, MAX_REPORTED_ERRORS)
    .map(error =>
      parseError(at(error.pos[0]), `Cannot parse ${doc.path} as YAML: ${firstLine(error.message)}`)
    );
  if (findings.length > 0) return { value: undefined, findings, positionOf };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings, positionOf };
  } catch (error) {
    return {
      value: undefined,
      findings: [
        parseError(at(0), `Cannot read ${doc.path}: ${firstLine((error as Error).message)}`)
      ],
      positionOf
    };
  }
}

/**
 * The key of a mapping entry where there is one (that is where a reader looks), else the item.
 * Where the path goes through an alias or is missing, the deepest place found on the way.
 */
function nodePosition(
  document: Document,
  path: YamlPath,
  at: (offset: number) => SourcePosition,
  file: string
): SourcePosition {
  let node: unknown = document.contents;
  let found: SourcePosition = { file, line: 1, column: 1 };
  for (const step of path) {
    const next = isMap(node) ? lastPair(node.items, step) : undefined;
    if (next) {
      if (next.key.range) found = at(next.key.range[0]);
      node = next.value;
      continue;
    }
    const item = isSeq(node) ? node.items[Number(step)] : undefined;
    if (!isNode(item)) return found;
    if (item.range) found = at(item.range[0]);
    node = item;
  }
  return found;
}

/** Duplicate keys are allowed and the last one wins, so the last one is where a value came from. */
function lastPair(
  items: Pair[],
  key: string | number
): { key: Scalar; value: unknown } | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const pair = items[i]!;
    if (isScalar(pair.key) && String(pair.key.value) === String(key))
      return { key: pair.key, value: pair.value };
  }
  return undefined;
}

function jsonError(doc: SourceDocument, error: Error): Finding {
  const offset = JSON_ERROR_POSITION.exec(error.message)?.[1];
  const before = offset === undefined ? '' : doc.text.slice(0, Number(offset));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return parseError(
    { file: doc.path, line, column },
    `Cannot parse ${doc.path} as JSON: ${firstLine(error.message)}`
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
