/**
 * YAML and JSON design files, read safely: an alias limit against "billion laughs" documents, no
 * merge keys, and positions for every node so findings point at the line. JSON goes through
 * JSON.parse first, which is much faster; positions are then computed only when asked for.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Finding, SourceDocument, SourcePosition } from '../model.js';
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
    } catch {
      // Not valid JSON: YAML reads JSON too and reports the error with a line.
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

/** The key of a mapping entry where there is one (that is where a reader looks), else the value. */
function nodePosition(
  document: Document,
  path: YamlPath,
  at: (offset: number) => SourcePosition,
  file: string
): SourcePosition {
  if (path.length > 0) {
    const parent = document.getIn(path.slice(0, -1), true);
    const key = path[path.length - 1];
    if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
      for (const item of parent.items as unknown[]) {
        if (item && typeof item === 'object' && 'key' in item) {
          const keyNode = (item as { key: unknown }).key;
          if (
            isNode(keyNode) &&
            keyNode.range &&
            String((keyNode as { value?: unknown }).value) === String(key)
          )
            return at(keyNode.range[0]);
        }
      }
    }
  }
  const node = document.getIn(path, true);
  if (isNode(node) && node.range) return at(node.range[0]);
  return { file, line: 1, column: 1 };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}
