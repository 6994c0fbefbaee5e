/**
 * The action's entry point, bundled by ncc into dist/index.js. Inputs and the event are read first
 * and without any library; the rest (the runner toolkit, the API client, the core and its
 * parsers) is imported only when there is something to do, so an unrelated event ends at once.
 */
import { readEvent } from './event.js';
import { getInputs } from './get-inputs/index.js';
import { fail, notice } from './workflow-commands.js';

async function main(): Promise<void> {
  let inputs;
  let event;
  try {
    inputs = getInputs();
    event = readEvent();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return;
  }
  if (event.kind === 'ignored') {
    notice(event.reason);
    return;
  }
  const { run } = await import('./run.js');
  await run(inputs, event);
  await endProcess();
}

/**
 * The API client's HTTP stack keeps timers running after the last request (a connection's idle
 * timeout, its clock ticking every half second), which hold the process for up to seconds after
 * its work is done. Nothing runs after `run`, so once everything written to stdout and stderr has
 * reached the runner, the process ends with the exit code the run set.
 */
async function endProcess(): Promise<void> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit();
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise(resolve => stream.write('', () => resolve()));
}

await main();
