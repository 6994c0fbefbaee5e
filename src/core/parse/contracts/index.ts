/**
 * Every file under contracts/ is a contract: OpenAPI/Swagger, GraphQL, JSON Schema, protobuf or
 * markdown endpoints are read; anything else is kept as a contract without endpoints, so its
 * contract test is still planned and checked rather than silently dropped.
 */
import { operationIdsFromText } from './text-fallback.js';
import type {
  Contract,
  ContractDeclarations,
  ContractFormat,
  Endpoint,
  Finding,
  SourceDocument
} from '../../model.js';
import { SOURCE_EXTENSIONS } from '../../vocabulary/code.js';
import { JSON_SCHEMA_KEYS } from '../../vocabulary/contracts.js';
import { declaredInterfaces } from '../code-interfaces.js';
import { readYaml } from '../yaml.js';
import { declaredCode } from './classify.js';
import { structuredDeclarations } from './declarations.js';
import { graphqlEndpoints, looksLikeGraphql } from './graphql.js';
import { markdownContract } from './markdown.js';
import { codeNames, distinctiveNames, openApiNames, structuredNames } from './names.js';
import { isOpenApi, openApiEndpoints, openApiFormat, openApiTitle } from './openapi.js';
import { protoNames, rpcEndpoints } from './proto.js';

interface Reading {
  format: ContractFormat;
  title: string | undefined;
  endpoints: Endpoint[];
  /** Names besides the endpoints, not yet filtered. */
  names: string[];
  findings: Finding[];
  declarations?: ContractDeclarations | undefined;
}

export function parseContract(doc: SourceDocument): { contract: Contract; findings: Finding[] } {
  const reading = read(doc);
  const fileName = doc.path.slice(doc.path.lastIndexOf('/') + 1);
  const names = distinctiveNames(reading.names);
  const { title, declarations } = reading;
  return {
    contract: {
      path: doc.path,
      fileName,
      format: reading.format,
      title,
      endpoints: reading.endpoints,
      names,
      ...(declarations ? { declarations } : {}),
      declared: declaredCode({ title, fileName, names, declarations }),
      source: { file: doc.path, line: 1, column: 1 }
    },
    findings: reading.findings
  };
}

function read(doc: SourceDocument): Reading {
  const extension = extensionOf(doc.path);
  if (extension === 'md' || extension === 'markdown' || extension === 'mdx') {
    const { title, endpoints, names, declarations } = markdownContract(doc);
    return { format: 'markdown', title, endpoints, names, findings: [], declarations };
  }
  if (
    extension === 'graphql' ||
    extension === 'gql' ||
    (extension === 'graphqls' && looksLikeGraphql(doc.text))
  ) {
    const { endpoints, names, findings } = graphqlEndpoints(doc);
    return { format: 'graphql', title: undefined, endpoints, names, findings };
  }
  if (extension === 'proto') {
    const lines = doc.text.split('\n').map((text, index) => ({
      text,
      position: { file: doc.path, line: index + 1, column: 1 }
    }));
    return {
      format: 'unknown',
      title: undefined,
      endpoints: rpcEndpoints(lines),
      names: protoNames(doc.text),
      findings: []
    };
  }
  if (extension === 'yaml' || extension === 'yml' || extension === 'json')
    return readStructured(doc);
  if (SOURCE_EXTENSIONS.includes(extension)) return readSource(doc, extension);
  return { format: 'unknown', title: undefined, endpoints: [], names: [], findings: [] };
}

/** A contract written as a source file (`shelf-repository.kt`, `api.ts`): read as one code block. */
function readSource(doc: SourceDocument, extension: string): Reading {
  const interfaces = declaredInterfaces(doc.text, extension).filter(
    declared => declared.members.length > 0
  );
  return {
    format: 'unknown',
    title: undefined,
    endpoints: [],
    names: codeNames(doc.text, extension),
    findings: [],
    declarations:
      interfaces.length > 0 ? { groups: [], homes: [], files: [], interfaces } : undefined
  };
}

function readStructured(doc: SourceDocument): Reading {
  const yaml = readYaml(doc);
  const value = yaml.value;
  if (yaml.findings.length > 0)
    return {
      format: 'unknown',
      title: undefined,
      endpoints: [],
      // A test naming one of its operations still tests it, though the file does not parse.
      names: operationIdsFromText(doc.text),
      findings: yaml.findings
    };
  if (isOpenApi(value)) {
    return {
      format: openApiFormat(value),
      title: openApiTitle(value),
      endpoints: openApiEndpoints(value, yaml),
      names: openApiNames(value),
      findings: []
    };
  }
  const names = structuredNames(value);
  const declarations = structuredDeclarations(value);
  if (isJsonSchema(value)) {
    const title = typeof value.title === 'string' ? value.title : undefined;
    return { format: 'json-schema', title, endpoints: [], names, findings: [], declarations };
  }
  return { format: 'unknown', title: undefined, endpoints: [], names, findings: [], declarations };
}

function isJsonSchema(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (
    JSON_SCHEMA_KEYS.some(key => key in value) ||
    (typeof (value as { type?: unknown }).type === 'string' && 'title' in value)
  );
}

function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
