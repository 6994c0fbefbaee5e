/**
 * Protocol Buffers service definitions → one RPC endpoint per `rpc Name(…)`. A small tokenizer
 * over lines, so a hostile file cannot make a regex backtrack.
 */
import type { Endpoint, SourcePosition } from '../../model.js';
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
    const serviceMatch = /^service\s{1,8}(\w{1,100})/.exec(trimmed);
    if (serviceMatch) service = serviceMatch[1];
    const rpc = /^rpc\s{1,8}(\w{1,100})\s{0,8}\(/.exec(trimmed);
    if (!rpc) continue;
    endpoints.push(
      rpcEndpoint(rpc[1]!, service, { ...position, column: position.column + text.indexOf('rpc') })
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
    const match = /^\s{0,12}(?:message|enum|service)\s{1,8}(\w{1,100})/.exec(line);
    return match ? [match[1]!] : [];
  });
}
