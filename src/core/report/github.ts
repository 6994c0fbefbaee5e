/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on
 * the pull request's files. Escaping follows the runner's own rules (as @actions/core applies
 * them): without it a message could end the command early or start a command of its own.
 */
import type { CheckReport } from '../check/result.js';
import type { Finding, RelatedLocation, Severity } from '../model.js';
import { allFindings } from './order.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', note: 'notice' };

export function formatGithub(report: CheckReport): string {
  return allFindings(report)
    .map(found => `${workflowCommand(found)}\n`)
    .join('');
}

export function workflowCommand(found: Finding): string {
  const { file, line, column } = found.location;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${line}`,
    `col=${column}`,
    `title=${escapeProperty(`spec-tasks: ${found.ruleId}`)}`
  ].join(',');
  return `::${COMMAND[found.severity]} ${properties}::${escapeData(annotationMessage(found))}`;
}

/** An annotation has a single location, so related ones are named in the text. */
function annotationMessage(found: Finding): string {
  const related = found.related ?? [];
  if (related.length === 0) return found.message;
  return `${found.message} (see ${related.map(relatedText).join('; ')})`;
}

function relatedText(related: RelatedLocation): string {
  const where = `${related.location.file}:${related.location.line}`;
  return related.message ? `${where}: ${related.message}` : where;
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
