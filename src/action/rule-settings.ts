/** Rule severities for the action: the config file as the CLI reads it, then the `rules` input. */
import path from 'node:path';
import { applyOverrides, defaultSettings, type RuleSettings } from '../core/check/settings.js';
import { CONFIG_FILE, readConfigFile } from '../io/config-file.js';
import type { ActionInputs } from './get-inputs/index.js';

export async function ruleSettings(
  workspace: string,
  inputs: Pick<ActionInputs, 'config' | 'rules'>
): Promise<RuleSettings> {
  const file = inputs.config ?? CONFIG_FILE;
  const fromFile = await readConfigFile(workspace, path.resolve(workspace, file));
  // The default file is optional; a file the workflow names is a promise that it exists.
  if (!fromFile && inputs.config !== undefined)
    throw new Error(`Input "config": config file not found: ${inputs.config}`);
  const settings = fromFile ?? defaultSettings();
  return inputs.rules ? applyOverrides(settings, inputs.rules, 'input "rules"') : settings;
}
