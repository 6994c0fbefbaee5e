/**
 * The two workflow commands a run with nothing to do needs, written without @actions/core so that
 * such a run loads no library: a notice, and the error that fails the step. Escaped as the runner
 * reads them, so a message cannot end the command early or start one of its own.
 */
import { EOL } from 'node:os';
import { escapeData } from '../core/report/github.js';

export function notice(message: string): void {
  process.stdout.write(`::notice::${escapeData(message)}${EOL}`);
}

export function fail(message: string): void {
  process.exitCode = 1;
  process.stdout.write(`::error::${escapeData(message)}${EOL}`);
}
