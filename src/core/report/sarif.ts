/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described, one result per finding.
 *
 * Locations are repository-relative URIs with uriBaseId `%SRCROOT%` and no originalUriBaseIds, as
 * CodeQL writes them: the upload resolves them against the checkout, and the file stays free of
 * absolute paths. Nothing in it depends on the time or the machine, so two runs over the same
 * files give the same bytes.
 */
import { createHash } from 'node:crypto';
import type { CheckReport, RuleDescription } from '../check/result.js';
import { RULES } from '../check/rules-catalog.js';
import type { Finding, RelatedLocation, Severity, SourcePosition } from '../model.js';
import { allFindings, compareText } from './order.js';
import { LINE_NUMBER_IN_MESSAGE } from '../vocabulary/check-report.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/spec-tasks/spec-tasks';
/** Versioned so a change to how the key is computed can never be mistaken for the old key. */
export const FINGERPRINT_KEY = 'specTasksFindingHash/v1';
const SOURCE_ROOT = '%SRCROOT%';

export interface SarifOptions {
  rules?: readonly RuleDescription[];
}

interface SarifMessage {
  text: string;
  markdown?: string;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId: string };
  region: { startLine: number; startColumn: number };
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  defaultConfiguration: { level: Severity };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Severity;
  message: SarifMessage;
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: {
    id: number;
    physicalLocation: SarifPhysicalLocation;
    message: SarifMessage;
  }[];
  partialFingerprints: Record<string, string>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: { name: string; version: string; informationUri: string; rules: SarifRule[] };
      };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
    }
  ];
}

export function formatSarif(report: CheckReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}

export function toSarifLog(report: CheckReport, options: SarifOptions = {}): SarifLog {
  const findings = allFindings(report);
  const rules = describedRules(options.rules ?? RULES, findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const fingerprints = findingHashes(findings);
  const results = findings.map((found, index) =>
    sarifResult(found, ruleIndex.get(found.ruleId) ?? -1, fingerprints[index]!)
  );
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'spec-tasks',
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule)
          }
        },
        // Columns are JavaScript string offsets.
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  };
}

/**
 * The catalogue first, in its order, then any rule a finding names that the catalogue lacks, so
 * every result has a ruleIndex and code scanning can show a title for it.
 */
function describedRules(
  catalogue: readonly RuleDescription[],
  findings: readonly Finding[]
): RuleDescription[] {
  const rules: RuleDescription[] = [];
  const known = new Set<string>();
  for (const rule of catalogue) {
    if (known.has(rule.id)) continue;
    known.add(rule.id);
    rules.push(rule);
  }
  const unknown = [...new Set(findings.map(f => f.ruleId).filter(id => !known.has(id)))];
  for (const id of unknown.sort(compareText)) rules.push(undescribedRule(id, findings));
  return rules;
}

const SEVERITY_RANK: Record<Severity, number> = { note: 0, warning: 1, error: 2 };

function undescribedRule(id: string, findings: readonly Finding[]): RuleDescription {
  const severity = findings
    .filter(found => found.ruleId === id)
    .map(found => found.severity)
    .reduce((worst, next) => (SEVERITY_RANK[next] > SEVERITY_RANK[worst] ? next : worst));
  return { id, defaultSeverity: severity, summary: `spec-tasks rule ${id}.`, help: `Rule ${id}.` };
}

function sarifRule(rule: RuleDescription): SarifRule {
  return {
    id: rule.id,
    name: sarifRuleName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: `${rule.summary} ${rule.help}` },
    help: { text: rule.help, markdown: `**${rule.summary}**\n\n${rule.help}` },
    defaultConfiguration: { level: rule.defaultSeverity }
  };
}

/** The name SARIF viewers show for a rule: `missing-plan` → `MissingPlan`. */
export function sarifRuleName(id: string): string {
  return id
    .split(/[^a-z0-9]+/i)
    .filter(part => part.length > 0)
    .map(part => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

function sarifResult(found: Finding, ruleIndex: number, fingerprint: string): SarifResult {
  const related = found.related ?? [];
  return {
    ruleId: found.ruleId,
    ruleIndex,
    level: found.severity,
    message: { text: resultMessage(found.message, related) },
    locations: [{ physicalLocation: physicalLocation(found.location) }],
    ...(related.length > 0 && {
      relatedLocations: related.map((entry, index) => ({
        id: index + 1,
        physicalLocation: physicalLocation(entry.location),
        message: { text: entry.message }
      }))
    }),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint }
  };
}

/**
 * Code scanning shows a related location only when the message links to it by id, with SARIF's
 * `[text](id)` embedded-link syntax; brackets inside link text must be escaped.
 */
function resultMessage(message: string, related: readonly RelatedLocation[]): string {
  if (related.length === 0) return message;
  const links = related.map((entry, index) => {
    const link = `[${escapeLinkText(`${entry.location.file}:${entry.location.line}`)}](${index + 1})`;
    return entry.message ? `${link}: ${entry.message}` : link;
  });
  return `${message} (see ${links.join('; ')})`;
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}

function physicalLocation(at: SourcePosition): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: artifactUri(at.file), uriBaseId: SOURCE_ROOT },
    // SARIF regions are 1-based; a 0 would make the whole file invalid for the upload.
    region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) }
  };
}

/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `#`, `%`, `:`). */
export function artifactUri(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .map(segment => encodeURIComponent(segment))
    .join('/');
}

/**
 * A key that survives edits elsewhere in the file: rule, file and the message with line numbers
 * taken out, plus the finding's rank among findings that share that key. Adding a line above a
 * finding changes none of these.
 */
export function findingHashes(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map(found => {
    const base = JSON.stringify([
      found.ruleId,
      artifactUri(found.location.file),
      withoutLineNumbers(found.message)
    ]);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return createHash('sha256').update(`${base}\n${occurrence}`).digest('hex');
  });
}

/** `first at line 12` → `first at line N`; `tasks.md:12:3` → `tasks.md:N`. Task IDs keep their digits. */
export function withoutLineNumbers(message: string): string {
  return message.replace(LINE_NUMBER_IN_MESSAGE, '$1 N').replace(/:\d+(?::\d+)?\b/g, ':N');
}
