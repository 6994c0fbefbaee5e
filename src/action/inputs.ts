/** The action's inputs, read and validated once, with errors that name the input. */
import * as core from '@actions/core';
import { FAIL_ON, type FailOn } from '../core/fail-on.js';
import { CONFIG_FILE } from '../io/config-file.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../io/loader.js';

export type ActionCommand = 'check' | 'generate';

export interface ActionInputs {
  command: ActionCommand;
  /** Feature folders named explicitly; empty means "the ones the pull request touches, else all". */
  features: string[];
  specsDir: string;
  failOn: FailOn;
  /** The config file, workspace-relative; `named` when the workflow chose it, so it must exist. */
  config: { path: string; named: boolean };
  /** `rule=level` overrides applied over the config file. */
  rules: string;
  template: string | undefined;
  sarifFile: string | undefined;
  token: string;
  limits: LoadLimits;
}

export function readInputs(): ActionInputs {
  const command = choice('command', ['check', 'generate'], 'check');
  const failOn = choice('fail-on', FAIL_ON, 'error');
  const config = core.getInput('config');
  return {
    command,
    failOn,
    features: core
      .getMultilineInput('features')
      .map(line => line.trim())
      .filter(Boolean),
    specsDir: core.getInput('specs-dir') || 'specs',
    config: { path: config || CONFIG_FILE, named: config !== '' && config !== CONFIG_FILE },
    rules: core.getInput('rules'),
    template: core.getInput('template') || undefined,
    sarifFile: core.getInput('sarif-file') || undefined,
    token: core.getInput('github-token'),
    limits: {
      markdownBytes: byteInput('max-markdown-bytes', DEFAULT_LIMITS.markdownBytes),
      contractBytes: byteInput('max-contract-bytes', DEFAULT_LIMITS.contractBytes)
    }
  };
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T))
    throw new Error(`Input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function byteInput(name: string, fallback: number): number {
  const value = core.getInput(name);
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`Input "${name}" must be a positive whole number of bytes, not "${value}"`);
  return parsed;
}
