/**
 * Protocol Buffers service definitions → one RPC endpoint per `rpc Name(…)`. A small tokenizer
 * over lines, so a hostile file cannot make a regex backtrack.
 */
import type { Endpoint, SourcePosition } from '../../model.js';
import {
  PROTO_DECLARATION_LINE,
  PROTO_RPC,
  PROTO_RPC_LINE,
  PROTO_SERVICE_LINE
} from '../../vocabulary/contracts-endpoints.js';
import { nameResource } from './resource.js';

export interface RpcLine {
  text: string;
  position: SourcePosition;
}

export function rpcEndpoints(lines: RpcLine[]): Endpoint[] {
  const endpoints: Endpoint[] = [];
  let service: string | undefined;
  for (const { text, position } of lines) {
    const trimmed = text.trim();
    const serviceMatch = PROTO_SERVICE_LINE.exec(trimmed);
    if (serviceMatch) service = serviceMatch[1];
    const rpc = PROTO_RPC_LINE.exec(trimmed);
    if (!rpc) continue;
    endpoints.push(
      rpcEndpoint(rpc[1]!, service, {
        ...position,
        column: position.column + text.indexOf(PROTO_RPC)
      })
    );
  }
  return endpoints;
}

export function rpcEndpoint(
  method: string,
  service: string | undefined,
  source: SourcePosition
): Endpoint {
  return {
    kind: 'rpc',
    method: undefined,
    path: method,
    name: service ? `${service}.${method}` : method,
    operationId: method,
    tags: service ? [service] : [],
    resource: nameResource(method),
    basePath: undefined,
    consumed: false,
    source
  };
}

/** The messages, enums and services a proto file declares, which tests name as often as its RPCs. */
export function protoNames(text: string): string[] {
  return text.split('\n').flatMap(line => {
    const match = PROTO_DECLARATION_LINE.exec(line);
    return match ? [match[1]!] : [];
  });
}
