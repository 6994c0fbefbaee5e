/**
 * The event that started the run, read from the runner's environment and event file without
 * loading @actions/github: an event the action does not handle is recognised, and the run ends,
 * before any library is loaded.
 */
import { readFileSync } from 'node:fs';

/** The pull request actions that change what the pull request holds or who looks at it. */
export const PULL_REQUEST_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'];

export interface Repository {
  owner: string;
  repo: string;
}

export interface PullRequestEvent {
  kind: 'pull_request';
  number: number;
  /** The head branch, and the commit the run is about. */
  headRef: string;
  headSha: string;
  /** `owner/name` of the head and base repositories; they differ for a fork. */
  headRepo: string | undefined;
  baseRepo: string;
  /** The number of changed files the payload reports, when it does. */
  changedFiles: number | undefined;
}

export interface DispatchEvent {
  kind: 'workflow_dispatch';
  /** The branch the workflow was run on; undefined for a tag. */
  branch: string | undefined;
  sha: string;
}

export interface PushEvent {
  kind: 'push';
  /** The range pushed; `before` is undefined for a new branch or tag. */
  before: string | undefined;
  after: string;
}

export interface IgnoredEvent {
  kind: 'ignored';
  /** Why there is nothing to do, for the notice. */
  reason: string;
}

export type RunEvent = PullRequestEvent | DispatchEvent | PushEvent | IgnoredEvent;

export function repositoryFromEnv(): Repository {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo)
    throw new Error('GITHUB_REPOSITORY is not set to owner/name: is this running on a runner?');
  return { owner, repo };
}

export function readEvent(): RunEvent {
  const name = process.env.GITHUB_EVENT_NAME ?? '';
  if (name !== 'pull_request' && name !== 'workflow_dispatch' && name !== 'push')
    return {
      kind: 'ignored',
      reason: `spec-tasks acts on pull_request, workflow_dispatch and push events, not on ${name ? `"${name}"` : 'an unnamed event'}: nothing to do.`
    };
  const payload = readPayload();
  if (name === 'pull_request') return pullRequestEvent(payload);
  if (name === 'push') {
    const before = stringField(payload.before);
    return {
      kind: 'push',
      before: before && !/^0+$/.test(before) ? before : undefined,
      after: stringField(payload.after) ?? process.env.GITHUB_SHA ?? ''
    };
  }
  const ref = process.env.GITHUB_REF ?? stringField(payload.ref) ?? '';
  return {
    kind: 'workflow_dispatch',
    branch: ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined,
    sha: process.env.GITHUB_SHA ?? ''
  };
}

function pullRequestEvent(payload: Record<string, unknown>): RunEvent {
  const action = stringField(payload.action) ?? '';
  if (!PULL_REQUEST_ACTIONS.includes(action))
    return {
      kind: 'ignored',
      reason: `A pull request "${action}" event changes no task list: nothing to do (spec-tasks acts on ${PULL_REQUEST_ACTIONS.join(', ')}).`
    };
  const pull = record(payload.pull_request);
  const head = record(pull.head);
  const base = record(pull.base);
  return {
    kind: 'pull_request',
    number: Number(pull.number ?? payload.number),
    headRef: stringField(head.ref) ?? '',
    headSha: stringField(head.sha) ?? process.env.GITHUB_SHA ?? '',
    // A fork that was deleted since has no repository: treat it as a fork.
    headRepo: stringField(record(head.repo).full_name),
    baseRepo: stringField(record(base.repo).full_name) ?? process.env.GITHUB_REPOSITORY ?? '',
    changedFiles: typeof pull.changed_files === 'number' ? pull.changed_files : undefined
  };
}

function readPayload(): Record<string, unknown> {
  const file = process.env.GITHUB_EVENT_PATH;
  if (!file) return {};
  return record(JSON.parse(readFileSync(file, 'utf8')));
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
