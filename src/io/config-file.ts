/**
 * The rule settings file, read the same way by the CLI and the action: through the loader, like
 * any repository file, since a pull request can change it too.
 */
import {
  applyConfigFile,
  defaultSettings,
  type RuleSettings,
  SettingsError
} from '../core/check/settings.js';
import { DEFAULT_LIMITS, loadTextFile } from './loader.js';

export { CONFIG_FILE } from './config-file-name.js';

/**
 * The file's settings over the defaults, or undefined when there is no such file: whether that is
 * a mistake depends on whether someone named the file. Anything wrong with it is a SettingsError.
 */
export async function readConfigFile(
  repoRoot: string,
  file: string
): Promise<RuleSettings | undefined> {
  const { document, finding } = await loadTextFile(repoRoot, file, DEFAULT_LIMITS.markdownBytes);
  if (finding)
    throw new SettingsError(
      `${finding.location.file}:${finding.location.line}: ${finding.message}`
    );
  if (!document) return undefined;
  return applyConfigFile(defaultSettings(), document).settings;
}
