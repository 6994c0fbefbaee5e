/**
 * `npm run fixtures:update`: rewrites the goldens of the in-repository fixtures
 * (`__fixtures__/features/<style>/expected/`) with what spec-tasks writes now, removes goldens of
 * folders that are gone, and says which files changed. Review the result with `git diff __fixtures__`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  FIXTURES_DIR,
  fixtureFeatures,
  fixtureOutputs,
  fixtureStyles
} from '../__tests__/helpers/fixtures.js';

function write(file: string, text: string): string {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (before === text) return 'unchanged';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return before === undefined ? 'new' : 'changed';
}

const features = fixtureFeatures();
const wanted = new Set<string>();
let changed = 0;
for (const feature of features) {
  const outputs = await fixtureOutputs(feature);
  for (const [file, text] of [
    [feature.expectedTasks, outputs.tasks],
    [feature.expectedCheck, outputs.check]
  ] as const) {
    wanted.add(file);
    const status = write(file, text);
    if (status !== 'unchanged') changed++;
    console.log(`${status.padEnd(9)}${path.relative(FIXTURES_DIR, file)}`);
  }
}
for (const style of fixtureStyles()) {
  const dir = path.join(FIXTURES_DIR, style, 'expected');
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (wanted.has(file)) continue;
    fs.rmSync(file);
    changed++;
    console.log(`removed  ${path.relative(FIXTURES_DIR, file)}`);
  }
}
console.log(
  `${features.length} fixture folders, ${changed} golden file${changed === 1 ? '' : 's'} written or removed`
);
