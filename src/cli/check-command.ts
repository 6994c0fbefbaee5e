import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckReport } from '../core/check/result.js';
import { applyOverrides, defaultSettings, type RuleSettings } from '../core/check/settings.js';
import { FAIL_ON, type FailOn, failingCount } from '../core/fail-on.js';
import { formatReport, type ReportFormat } from '../core/report/index.js';
import { checkFeatures } from '../io/check-features.js';
import { discoverFeatures, findRepoRoot } from '../io/discover.js';
import { DEFAULT_LIMITS } from '../io/loader.js';
import { loadTemplate } from '../io/template-source.js';
import { CONFIG_FILE, readConfigFile } from '../io/config-file.js';
import type { CommandIO } from './generate-command.js';
import { CHECK_USAGE, InputError, parseCommandArgs, UsageError } from './usage.js';

const FORMATS: ReportFormat[] = ['text', 'json', 'github', 'sarif', 'markdown'];

export async function runCheck(
  args: string[],
  io: CommandIO & { isTTY?: boolean; noColor?: boolean }
): Promise<number> {
  const { values, positionals } = parseCheckArgs(args);
  if (values.help) {
    io.stdout(CHECK_USAGE + '\n');
    return 0;
  }
  const format = oneOf(values.format ?? 'text', FORMATS, '--format');
  const failOn = oneOf(values['fail-on'] ?? 'error', FAIL_ON, '--fail-on');
  const repoRoot = positionals[0]
    ? await findRepoRoot(path.resolve(io.cwd, positionals[0]))
    : await findRepoRoot(io.cwd, 'self');
  let settings = await loadSettings(repoRoot, io.cwd, values.config);
  for (const rule of values.rule ?? []) settings = applyOverrides(settings, rule, '--rule');
  const dirs =
    positionals.length > 0
      ? positionals.map(dir => path.resolve(io.cwd, dir))
      : await discoverFeatures(repoRoot);
  if (dirs.length === 0) {
    // A repository without specs yet is not a mistake: say so once and pass. A machine format
    // still gets its (empty) report, so whatever reads it finds valid input.
    const line = `spec-tasks: no feature folders under ${path.join(repoRoot, 'specs')}; nothing to check\n`;
    if (format === 'text' && !values.output) {
      io.stdout(line);
      return 0;
    }
    io.stderr(line);
  }
  // The template a list was generated with decides whether its recorded inputs are current.
  const template = await loadTemplate(
    repoRoot,
    values.template && path.resolve(io.cwd, values.template)
  );
  const report = await readReport(() =>
    checkFeatures(repoRoot, dirs, { settings, template, limits: DEFAULT_LIMITS })
  );
  const color = format === 'text' && !values.output && io.isTTY === true && !io.noColor;
  const output = formatReport(report, format, { color });
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), output, 'utf8');
  else io.stdout(output);
  return exitCode(report, failOn);
}

async function loadSettings(
  repoRoot: string,
  cwd: string,
  configPath: string | undefined
): Promise<RuleSettings> {
  const file = configPath ? path.resolve(cwd, configPath) : path.join(repoRoot, CONFIG_FILE);
  const settings = await readConfigFile(repoRoot, file);
  if (settings) return settings;
  if (configPath) throw new UsageError(`config file not found: ${configPath}`);
  return defaultSettings();
}

/** A folder that does not exist or cannot be listed is a read error (exit 2), not a finding. */
async function readReport(check: () => Promise<CheckReport>): Promise<CheckReport> {
  try {
    return await check();
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

export function exitCode(report: CheckReport, failOn: FailOn): number {
  return failingCount(report.counts, failOn) > 0 ? 1 : 0;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if (!allowed.includes(value as T))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

function parseCheckArgs(args: string[]) {
  return parseCommandArgs(args, {
    format: { type: 'string' },
    output: { type: 'string' },
    config: { type: 'string' },
    template: { type: 'string' },
    'fail-on': { type: 'string' },
    rule: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false }
  });
}
