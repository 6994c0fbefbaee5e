/** Shared by the contract parser tests: read one file of `contracts/` and describe what came out. */
import { parseContract } from '../../../src/core/parse/contracts/index.js';
import type { Contract, Endpoint, Finding } from '../../../src/core/model.js';

export const FEATURE_DIR = 'specs/001-x';

export function readContract(
  name: string,
  lines: string[] | string
): { contract: Contract; findings: Finding[] } {
  const text = Array.isArray(lines) ? lines.join('\n') : lines;
  return parseContract({
    path: `${FEATURE_DIR}/contracts/${name}`,
    relativePath: `contracts/${name}`,
    text
  });
}

export function endpointsOf(name: string, lines: string[] | string): Endpoint[] {
  return readContract(name, lines).contract.endpoints;
}

/** `GET /x @3:5`: what a person would call it, and where it was written. */
export function placed(endpoint: Endpoint): string {
  return `${endpoint.name} @${endpoint.source.line}:${endpoint.source.column}`;
}

export function names(endpoints: Endpoint[]): string[] {
  return endpoints.map(endpoint => endpoint.name);
}
