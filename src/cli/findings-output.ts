import type { Finding } from '../core/model.js';
import { terminalSafe } from '../core/report/terminal.js';

/** One line per finding on stderr, in the `file:line:col: severity: message [rule]` form editors link. */
export function formatFindingLine(finding: Finding): string {
  const { file, line, column } = finding.location;
  return `${terminalSafe(file)}:${line}:${column}: ${finding.severity}: ${terminalSafe(finding.message)} [${finding.ruleId}]`;
}
