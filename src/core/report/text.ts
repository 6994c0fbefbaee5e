/**
 * The terminal report: findings grouped by file, one a line in the `path:line:col` form editors and
 * terminals turn into links, then the features that had no tasks.md to check, then a counts line.
 */
import type { CheckReport, SeverityCounts } from '../check/result.js';
import type { Finding, Severity, SourcePosition } from '../model.js';
import { allFindings } from './order.js';
import { featuresWithoutTasks } from './task-list-status.js';
import { terminalSafe } from './terminal.js';

export interface TextOptions {
  /** ANSI colours; the CLI asks for them only on a TTY without NO_COLOR. */
  color?: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  note: '\u001b[36m'
};
const COLOR_OFF = '\u001b[39m';
const DIM_ON = '\u001b[2m';
const DIM_OFF = '\u001b[22m';
const SEVERITY_WIDTH = 'warning'.length;

export function formatText(report: CheckReport, options: TextOptions = {}): string {
  const color = options.color === true;
  const findings = allFindings(report);
  const summary = countsSentence(report.counts, report.features.length);
  const groups = groupByFile(findings).map(group => formatGroup(group, color));
  const missing = featuresWithoutTasks(report.features).map(
    feature => `${terminalSafe(feature.feature)} has no tasks.md: nothing to check.`
  );
  const blocks = missing.length > 0 ? [...groups, missing.join('\n')] : groups;
  return [...blocks, summary].join('\n\n') + '\n';
}

/** `2 errors, 1 warning, 0 notes in 3 features`, or `No findings in 3 features.` */
export function countsSentence(counts: SeverityCounts, featureCount: number): string {
  const features = plural(featureCount, 'feature');
  if (counts.error + counts.warning + counts.note === 0) return `No findings in ${features}.`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${features}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups: Finding[][] = [];
  for (const found of findings) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.location.file === found.location.file) last.push(found);
    else groups.push([found]);
  }
  return groups;
}

function formatGroup(group: readonly Finding[], color: boolean): string {
  const header = terminalSafe(group[0]!.location.file);
  const width = Math.max(...group.map(found => position(found.location).length));
  const lines = group.flatMap(found => [
    findingLine(found, width, color),
    ...(found.related ?? []).map(
      related => `  ↳ ${position(related.location)} ${terminalSafe(related.message)}`
    )
  ]);
  return [header, ...lines].join('\n');
}

function findingLine(found: Finding, width: number, color: boolean): string {
  const where = position(found.location).padEnd(width);
  const severity = paint(
    found.severity.padEnd(SEVERITY_WIDTH),
    SEVERITY_COLOR[found.severity],
    COLOR_OFF,
    color
  );
  const rule = paint(found.ruleId, DIM_ON, DIM_OFF, color);
  return `${where}  ${severity}  ${terminalSafe(found.message)}  ${rule}`;
}

function paint(text: string, on: string, off: string, color: boolean): string {
  return color ? `${on}${text}${off}` : text;
}

function position(location: SourcePosition): string {
  return `${terminalSafe(location.file)}:${location.line}:${location.column}`;
}
