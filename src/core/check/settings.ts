/**
 * Which rules run and at what severity: defaults from the rule catalog, overridden by a config
 * file, the CLI and the action inputs, in that order.
 */
import type { Finding, Severity, SourceDocument } from '../model.js';
import { readYaml } from '../parse/yaml.js';
import { RULES } from './rules-catalog.js';

export type RuleLevel = Severity | 'off';

export interface RuleSettings {
  levels: Map<string, RuleLevel>;
}

export function defaultSettings(): RuleSettings {
  return { levels: new Map(RULES.map(rule => [rule.id, rule.defaultSeverity])) };
}

const LEVELS: RuleLevel[] = ['error', 'warning', 'note', 'off'];

/** The top-level keys a config file may have; anything else is most likely a typo. */
const CONFIG_KEYS: readonly string[] = ['rules'];

export class SettingsError extends Error {}

/** `missing-file-path=off, task-id-order=warning` (commas or new lines), as the CLI and action take them. */
export function applyOverrides(settings: RuleSettings, text: string, origin: string): RuleSettings {
  const levels = new Map(settings.levels);
  for (const entry of text.split(/[\n,]/)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    if (eq < 0) throw new SettingsError(`${origin}: "${trimmed}" is not rule=level`);
    setLevel(levels, trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim(), origin);
  }
  return { levels };
}

/**
 * A `.spec-tasks.yml` file: `rules: { rule-id: error|warning|note|off }`. Unknown keys, rules and
 * levels are errors naming the file and line, so a typo never silently disables nothing.
 */
export function applyConfigFile(
  settings: RuleSettings,
  doc: SourceDocument
): { settings: RuleSettings; findings: Finding[] } {
  const { value, findings, positionOf } = readYaml(doc);
  if (findings.length > 0)
    throw new SettingsError(`${doc.path}:${findings[0]!.location.line}: ${findings[0]!.message}`);
  const levels = new Map(settings.levels);
  if (value === null || value === undefined) return { settings: { levels }, findings: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new SettingsError(
      `${doc.path}:1: the file must be a mapping of settings (known keys: ${CONFIG_KEYS.join(', ')})`
    );
  const config = value as Record<string, unknown>;
  const unknown = Object.keys(config).find(key => !CONFIG_KEYS.includes(key));
  if (unknown !== undefined)
    throw new SettingsError(
      `${doc.path}:${positionOf([unknown]).line}: unknown key "${unknown}" (known keys: ${CONFIG_KEYS.join(', ')})`
    );
  const rules = config.rules;
  // `rules:` with every entry commented out reads as null: no overrides, not a mistake.
  if (rules === undefined || rules === null) return { settings: { levels }, findings: [] };
  if (typeof rules !== 'object' || Array.isArray(rules)) {
    throw new SettingsError(
      `${doc.path}:${positionOf(['rules']).line}: "rules" must map rule ids to error, warning, note or off`
    );
  }
  for (const [id, level] of Object.entries(rules as Record<string, unknown>)) {
    setLevel(levels, id, String(level), `${doc.path}:${positionOf(['rules', id]).line}`);
  }
  return { settings: { levels }, findings: [] };
}

function setLevel(levels: Map<string, RuleLevel>, id: string, level: string, origin: string): void {
  if (!levels.has(id))
    throw new SettingsError(
      `${origin}: unknown rule "${id}" (rules: ${[...levels.keys()].join(', ')})`
    );
  const normalised = level.toLowerCase() === 'notice' ? 'note' : level.toLowerCase();
  if (!LEVELS.includes(normalised as RuleLevel))
    throw new SettingsError(`${origin}: "${level}" is not one of error, warning, note, off`);
  levels.set(id, normalised as RuleLevel);
}

/** Applies levels: drops rules turned off, re-grades the rest. */
export function applySettings(findings: Finding[], settings: RuleSettings): Finding[] {
  const result: Finding[] = [];
  for (const found of findings) {
    const level = settings.levels.get(found.ruleId) ?? found.severity;
    if (level !== 'off') result.push({ ...found, severity: level });
  }
  return result;
}
