/**
 * `npm run design-items [-- --list]`: what the parsers find in every corpus folder and fixture —
 * entities (with their fields), user stories (with their scenarios), contract endpoints and the
 * operations endpoint-less contracts declare — counted per folder and in total, so a change to a
 * parser shows what it gains and loses. With `--list`, every item by name, one a line, for a
 * diff between two runs.
 */
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { parseFeature } from '../src/core/parse/feature.js';
import { loadFeature } from '../src/io/loader.js';
import { corpusFeatureDirs, CORPUS_DIR } from '../__tests__/helpers/corpus.js';

const list = process.argv.includes('--list');

interface Target {
  name: string;
  repoRoot: string;
  dir: string;
}

function targets(): Target[] {
  const result: Target[] = [];
  const fixtures = path.join(process.cwd(), '__fixtures__', 'features');
  for (const style of readdirSync(fixtures).sort()) {
    const specs = path.join(fixtures, style, 'specs');
    for (const feature of readdirSync(specs).sort())
      result.push({
        name: `fixture/${style}/${feature}`,
        repoRoot: path.join(fixtures, style),
        dir: path.join(specs, feature)
      });
  }
  for (const dir of corpusFeatureDirs())
    result.push({
      name: `corpus/${path.relative(CORPUS_DIR, dir)}`,
      repoRoot: path.dirname(dir),
      dir
    });
  return result;
}

const totals = { entities: 0, fields: 0, stories: 0, scenarios: 0, endpoints: 0, operations: 0 };
const rows: string[] = [];
for (const target of targets()) {
  const feature = parseFeature(await loadFeature(target.repoRoot, target.dir));
  const entities = feature.dataModel?.entities ?? [];
  const stories = feature.spec?.stories ?? [];
  const endpoints = feature.contracts.flatMap(contract =>
    contract.endpoints.map(endpoint => `${contract.fileName} ${endpoint.name}`)
  );
  const operations = feature.contracts
    .filter(contract => contract.endpoints.length === 0)
    .flatMap(contract => [
      ...contract.declared.groups.flatMap(group =>
        group.members.map(member => `${contract.fileName} ${group.name}.${member}`)
      ),
      ...(contract.declared.groups.length > 0
        ? []
        : contract.declared.operations.map(operation => `${contract.fileName} ${operation}`))
    ]);
  const count = {
    entities: entities.length,
    fields: entities.reduce((sum, entity) => sum + entity.fields.length, 0),
    stories: stories.length,
    scenarios: stories.reduce((sum, story) => sum + story.scenarios.length, 0),
    endpoints: endpoints.length,
    operations: operations.length
  };
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += count[key];
  if (list) {
    for (const entity of entities)
      console.log(
        `${target.name}\tentity\t${entity.name}${entity.existing ? ' (existing)' : ''}${entity.derived ? ' (derived)' : ''}\t${entity.fields.map(field => field.name).join(', ')}`
      );
    for (const story of stories)
      console.log(
        `${target.name}\tstory\t${story.id} ${story.title}\t${story.scenarios.length} scenarios`
      );
    for (const endpoint of endpoints) console.log(`${target.name}\tendpoint\t${endpoint}`);
    for (const operation of operations) console.log(`${target.name}\toperation\t${operation}`);
  } else {
    rows.push(
      `${target.name.padEnd(72)} ${Object.values(count)
        .map(value => String(value).padStart(5))
        .join(' ')}`
    );
  }
}
if (!list) {
  console.log(
    `${'folder'.padEnd(72)} ${Object.keys(totals)
      .map(key => key.slice(0, 5).padStart(5))
      .join(' ')}`
  );
  for (const row of rows) console.log(row);
  console.log(
    `${'total'.padEnd(72)} ${Object.values(totals)
      .map(value => String(value).padStart(5))
      .join(' ')}`
  );
}
