import type { Finding } from '../core/model.js';

/** One line per finding on stderr, in the `file:line:col: severity: message [rule]` form editors link. */
export function formatFindingLine(finding: Finding): string {
  const { file, line, column } = finding.location;
  return `${file}:${line}:${column}: ${finding.severity}: ${finding.message} [${finding.ruleId}]`;
}
