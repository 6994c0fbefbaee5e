/**
 * The terminal report: findings grouped by file, one a line in the `path:line:col` form editors and
 * terminals turn into links, then a counts line.
 */
import type { CheckReport, SeverityCounts } from '../check/result.js';
import type { Finding, Severity, SourcePosition } from '../model.js';
import { allFindings } from './order.js';

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
  if (findings.length === 0) return `${summary}\n`;
  const groups = groupByFile(findings).map(group => formatGroup(group, color));
  return `${groups.join('\n\n')}\n\n${summary}\n`;
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
  const header = safe(group[0]!.location.file);
  const width = Math.max(...group.map(found => position(found.location).length));
  const lines = group.flatMap(found => [
    findingLine(found, width, color),
    ...(found.related ?? []).map(
      related => `  ↳ ${position(related.location)} ${safe(related.message)}`
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
  return `${where}  ${severity}  ${safe(found.message)}  ${rule}`;
}

function paint(text: string, on: string, off: string, color: boolean): string {
  return color ? `${on}${text}${off}` : text;
}

function position(location: SourcePosition): string {
  return `${safe(location.file)}:${location.line}:${location.column}`;
}

// Messages and paths come from pull-request files: a raw escape sequence or bidi override could
// rewrite the terminal or hide text, and a raw newline would break the one-finding-a-line form.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function safe(text: string): string {
  return text.replace(UNSAFE, char => {
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
