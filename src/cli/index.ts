#!/usr/bin/env node
/** The executable: wires the command line to the process. Everything testable lives in main.ts. */
import { run } from './main.js';

run(process.argv.slice(2), {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  noColor: process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== ''
}).then(code => {
  process.exitCode = code;
});
