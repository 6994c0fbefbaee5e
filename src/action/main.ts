/** The action's entry point, bundled by ncc into dist/index.js. */
import { run } from './run.js';

void run();
