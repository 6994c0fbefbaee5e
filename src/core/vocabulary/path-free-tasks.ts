/**
 * What the checker knows about tasks that need no file path: process steps, runs and checks of
 * work already done, results that go into the pull request rather than a file.
 */
import {} from './build.js';

/** First words of tasks that run or check something rather than edit a file. */
export const NO_FILE_VERBS = new Set([
  'run',
  'verify',
  'confirm',
  'validate',
  'check',
  'test',
  'manual',
  'manually',
  'merge',
  'review',
  'execute',
  'measure',
  'profile',
  'perform',
  'demo',
  'smoke',
  'deploy',
  'publish',
  'release',
  'tag',
  'audit',
  'commit',
  'push',
  'build',
  'start',
  'launch',
  'lint',
  'format',
  'rerun'
]);

/** Words before that first verb that leave it first: "Then run …", "Re-run …", "Finally verify …". */
export const NO_FILE_LEADING_FILLERS = new Set(['then', 'finally', 're', 'also', 'next', 'lastly']);

/**
 * Last words of a task that states a run or an outcome of tests rather than a change: "CLI
 * tests pass", "Full integration test run".
 */
export const OUTCOME_WORDS = new Set(['pass', 'passes', 'green', 'succeed', 'succeeds', 'run']);

/** Words that make such an outcome one of tests or checks. */
export const OUTCOME_SUBJECTS = new Set([
  'test',
  'tests',
  'suite',
  'check',
  'checks',
  'lint',
  'build'
]);

/**
 * Where a task's result goes into the pull request rather than a file: "Document the device test
 * results for PR", "… in the PR description". A preposition, optionally "the", then the noun.
 */
export const PULL_REQUEST_PREPOSITIONS = new Set(['for', 'in', 'on', 'to', 'into']);
export const PULL_REQUEST_WORDS = ['pr', 'pull request'];

/**
 * Parts of a pull request a task may write straight after its noun: "Prepare the PR description
 * with the fix summary", "Draft pull request notes". Their text goes into the pull request.
 */
export const PULL_REQUEST_PARTS = ['description', 'body', 'summary', 'notes'];

/**
 * Words of a short label or opening phrase that make the task a check: "Load validation: …",
 * "Battery test: …", "Contrast audit for …", "Final code review".
 */
export const CHECK_WORDS = new Set([
  'validation',
  'verification',
  'check',
  'review',
  'audit',
  'manual',
  'qa',
  'smoke',
  'test',
  'lint'
]);

/**
 * "Performance testing for concurrent runs", "Load testing of the API": a kind of testing named
 * as an activity (the word second, a preposition after it) changes no file. Not "Install testing
 * dependencies", where it describes what is installed.
 */
export const TESTING_ACTIVITY_WORDS = ['testing'];
export const ACTIVITY_PREPOSITIONS = ['for', 'of', 'on', 'with', 'against', 'across', 'under'];

/**
 * Names of the repository's top folder: "Initialize the app in the repository root" says where
 * its files go as surely as a path does. Read after a place word (`in`, `at`, `into`).
 */
export const ROOT_PLACES = [
  'repository root',
  'repo root',
  'project root',
  'root directory',
  'root folder',
  'root of the repository',
  'root of the repo',
  'root of the project'
];
export const ROOT_PLACE_PREPOSITIONS = ['in', 'at', 'into', 'to'];

/** Verbs that make a task build something, whatever check word follows ("Add review screen"). */
export const BUILDING_VERBS = new Set(['add', 'create', 'implement', 'build', 'write', 'define']);

/**
 * Last words of a label that introduces a command written without backticks: "Generate the
 * initial migration with command: dotnet ef migrations add Init".
 */
export const COMMAND_LABEL_WORDS = ['command', 'cmd'];

/** Programs a task runs when its text is a command: "Install the tools: `npm install …`". */
export const COMMANDS = new Set([
  'npm',
  'npx',
  'yarn',
  'pnpm',
  'pip',
  'uv',
  'poetry',
  'dotnet',
  'cargo',
  'go',
  'helm',
  'kubectl',
  'docker',
  'make',
  'gradle',
  'gradlew',
  'mvn',
  'terraform',
  'git',
  'bundle',
  'flutter',
  'python',
  'node',
  'bun',
  'deno'
]);
