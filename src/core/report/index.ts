/** The report formats of `spec-tasks check`: each a pure function of the report and its options. */
import type { CheckReport, RuleDescription } from '../check/result.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export type ReportFormat = 'text' | 'json' | 'github' | 'sarif' | 'markdown';

export interface ReportOptions {
  /** ANSI colours in the text format. */
  color?: boolean;
  /** The rules SARIF describes; the built-in catalogue by default. */
  rules?: readonly RuleDescription[];
}

export function formatReport(
  report: CheckReport,
  format: ReportFormat,
  options: ReportOptions = {}
): string {
  switch (format) {
    case 'text':
      return formatText(report, { color: options.color });
    case 'json':
      return formatJson(report);
    case 'github':
      return formatGithub(report);
    case 'sarif':
      return formatSarif(report, { rules: options.rules });
    case 'markdown':
      return formatMarkdown(report);
    default:
      return unknownFormat(format);
  }
}

function unknownFormat(format: never): never {
  throw new Error(`unknown report format: ${String(format)}`);
}
