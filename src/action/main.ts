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
}

await main();
