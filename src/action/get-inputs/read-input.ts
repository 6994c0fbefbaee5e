/**
 * Inputs as the runner hands them over: `INPUT_<NAME>` environment variables, the name upper-cased
 * with spaces as underscores, the value trimmed (the rule @actions/core's getInput follows). Read
 * here without @actions/core, whose load alone takes longer than a run with nothing to do.
 */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** One value a line, blank lines dropped. */
export function getMultilineInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .map(line => line.trim())
    .filter(line => line !== '');
}
