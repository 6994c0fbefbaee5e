/**
 * The one order every report format lists findings in, so that the same check gives byte-identical
 * output whatever order the rules, the loader or the file system produced things in.
 */
import type { CheckReport, FeatureCheck } from '../check/result.js';
import type { Finding, RelatedLocation, Severity } from '../model.js';

/** Compares by UTF-16 code unit, never by locale, so the order is the same on every machine. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

/** File path, line, column, rule id, message; then severity and related locations, so ties cannot depend on input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(relatedKey(a.related), relatedKey(b.related))
  );
}

function relatedKey(related: readonly RelatedLocation[] | undefined): string {
  return JSON.stringify(
    (related ?? []).map(r => [r.location.file, r.location.line, r.location.column, r.message])
  );
}

/** A sorted copy; the input is left as it was. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/** Features by folder path, a sorted copy. */
export function sortFeatures(features: readonly FeatureCheck[]): FeatureCheck[] {
  return [...features].sort((a, b) => compareText(a.feature, b.feature));
}

/** Every finding of every feature, in report order. */
export function allFindings(report: CheckReport): Finding[] {
  return sortFindings(report.features.flatMap(feature => feature.findings));
}
