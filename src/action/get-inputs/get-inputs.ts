/**
 * The action's inputs, read and validated once, before anything else: a wrong value fails the step
 * at once with a message naming the input and the values it takes, whatever the event.
 */
import { FAIL_ON, type FailOn } from '../../core/fail-on.js';
import { DEFAULT_LIMITS, type LoadLimits } from '../../io/loader.js';
import { getInput, getMultilineInput } from './read-input.js';

export const COMMANDS = ['check', 'generate'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

/** Where results go besides the job summary and annotations. */
export const PUBLISH = ['comment', 'commit', 'both', 'none'] as const;
export type Publish = (typeof PUBLISH)[number];

export const DEFAULT_COMMIT_MESSAGE = 'chore(specs): generate tasks.md';

export interface ActionInputs {
  command: ActionCommand;
  publish: Publish;
  commitMessage: string;
  /** Feature folders named explicitly; empty means "the ones the event touches, else all". */
  features: string[];
  specsDir: string;
  failOn: FailOn;
  /** The config file the workflow names (it must exist); undefined: the optional default file. */
  config: string | undefined;
  /** `rule=level` overrides applied over the config file. */
  rules: string;
  template: string | undefined;
  sarifFile: string | undefined;
  token: string;
  limits: LoadLimits;
}

export function getInputs(): ActionInputs {
  const command = choice('command', COMMANDS, 'check');
  const publish = choice('publish', PUBLISH, 'comment');
  if (command === 'check' && (publish === 'commit' || publish === 'both'))
    throw new Error(
      `Input "publish" is "${publish}", which commits generated task lists: it needs "command: generate". With "command: check" use comment or none.`
    );
  return {
    command,
    publish,
    commitMessage: commitMessage(),
    failOn: choice('fail-on', FAIL_ON, 'error'),
    features: featuresInput(),
    specsDir: getInput('specs-dir') || 'specs',
    config: getInput('config') || undefined,
    rules: getInput('rules'),
    template: getInput('template') || undefined,
    sarifFile: getInput('sarif-file') || undefined,
    token: getInput('github-token'),
    limits: {
      markdownBytes: byteInput('max-markdown-bytes', DEFAULT_LIMITS.markdownBytes),
      contractBytes: byteInput('max-contract-bytes', DEFAULT_LIMITS.contractBytes)
    }
  };
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(name) || fallback;
  if (!allowed.includes(value as T))
    throw new Error(`Input "${name}" must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}

function byteInput(name: string, fallback: number): number {
  const value = getInput(name);
  if (!value) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`Input "${name}" must be a positive whole number of bytes, not "${value}"`);
  return parsed;
}

/** One line: a commit message's subject; a body may follow after a blank line. */
function commitMessage(): string {
  const value = getInput('commit-message');
  return value === '' ? DEFAULT_COMMIT_MESSAGE : value;
}

/**
 * One folder a line, or a JSON array of folders (what the `features` output gives, and what a
 * `workflow_dispatch` input of a copied workflow passes along).
 */
function featuresInput(): string[] {
  const text = getInput('features');
  if (!text.startsWith('[')) return getMultilineInput('features');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.some(item => typeof item !== 'string'))
    throw new Error(
      `Input "features" must be feature folders one per line, or a JSON array of folder names, not ${JSON.stringify(text.slice(0, 80))}`
    );
  return (parsed as string[]).map(item => item.trim()).filter(Boolean);
}
