/**
 * Every real feature folder of ../shared/corpus: generated twice (identical, every contract file
 * and entity gets its task), our output checked clean by our own check, the original tasks.md
 * checked without an exception, and the SARIF of that run valid against the SARIF 2.1.0 schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { checkFeature } from '../../src/core/check/check-feature.js';
import { knownRoots } from '../../src/core/parse/tasks-md/known-roots.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import type { FeatureCheck } from '../../src/core/check/result.js';
import { defaultSettings } from '../../src/core/check/settings.js';
import { generateTasks, generationInputHash } from '../../src/core/generate.js';
import { parseFeature } from '../../src/core/parse/feature.js';
import { formatReport } from '../../src/core/report/index.js';
import { DEFAULT_TEMPLATE_TEXT } from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { checkFeatures, countFindings } from '../../src/io/check-features.js';
import { loadFeature } from '../../src/io/loader.js';
import { CORPUS_DIR, corpusDescribe, corpusFeatureDirs } from '../helpers/corpus.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { template } = parseTemplate(DEFAULT_TEMPLATE_TEXT, '(built-in)');
const INPUT_RULES = new Set(['file-rejected', 'encoding', 'parse-error', 'missing-plan']);

corpusDescribe(describe, 'corpus: generate', () => {
  const dirs = corpusFeatureDirs();

  it('holds the 31 feature folders the corpus README promises', () => {
    expect(dirs).toHaveLength(31);
  });

  it.each(dirs.map(dir => [path.relative(CORPUS_DIR, dir), dir]))(
    '%s: generates twice identically; every contract and entity has its task; our check finds nothing',
    async (_name, dir) => {
      const repoRoot = path.dirname(dir);
      const feature = parseFeature(await loadFeature(repoRoot, dir));
      expect(feature.plan).toBeDefined();
      const first = generateTasks(feature, template, DEFAULT_TEMPLATE_TEXT, {});
      const again = generateTasks(
        parseFeature(await loadFeature(repoRoot, dir)),
        template,
        DEFAULT_TEMPLATE_TEXT,
        {}
      );
      expect(again.content).toBe(first.content);

      const covered = first.plan.tasks.flatMap(task => task.covers);
      for (const contract of feature.contracts) {
        expect(
          covered.some(item => item.kind === 'contract' && item.source.file === contract.path)
        ).toBe(true);
      }
      for (const entity of feature.dataModel?.entities.filter(e => !e.existing && !e.derived) ??
        []) {
        expect(covered.some(item => item.kind === 'entity' && item.name === entity.name)).toBe(
          true
        );
      }

      const doc = {
        path: `${feature.dir}/tasks.md`,
        relativePath: 'tasks.md',
        text: first.content
      };
      const list = parseTaskList(doc, { knownRoots: knownRoots(feature) });
      expect(list.tasks.map(task => task.id)).toEqual(first.plan.tasks.map(task => task.id));
      const check = checkFeature(
        {
          feature,
          taskList: list,
          expectedInputHash: generationInputHash(feature, template, DEFAULT_TEMPLATE_TEXT)
        },
        defaultSettings()
      );
      const serious = check.findings.filter(
        found => found.severity !== 'note' && !INPUT_RULES.has(found.ruleId)
      );
      expect(serious).toEqual([]);
    }
  );
});

corpusDescribe(describe, 'corpus: check the original task lists', () => {
  const dirs = corpusFeatureDirs();
  const checks: FeatureCheck[] = [];

  it('checks all 31 original tasks.md files without an exception', async () => {
    for (const dir of dirs) {
      const report = await checkFeatures(path.dirname(dir), [dir], {
        settings: defaultSettings(),
        template: { template, text: DEFAULT_TEMPLATE_TEXT, findings: [] }
      });
      checks.push(...report.features);
    }
    expect(checks).toHaveLength(31);
    expect(
      checks.every(check => check.taskList !== undefined && check.taskList.tasks.length > 0)
    ).toBe(true);
  });

  it('finds the [P] tasks of judo-cli 002 that all write /docs/config.toml', () => {
    const judo = checks.find(check => check.tasksPath?.startsWith('002-jekyll-to-hugo-conversion'));
    const conflicts = judo!.findings.filter(
      found =>
        found.ruleId === 'parallel-file-conflict' && found.message.includes('docs/config.toml')
    );
    expect(conflicts.length).toBeGreaterThanOrEqual(2);
    expect(conflicts[0]!.related?.[0]!.location.file).toBe(judo!.tasksPath);
  });

  it('writes SARIF that validates against the SARIF 2.1.0 schema', () => {
    const sarif = JSON.parse(
      formatReport(
        {
          schemaVersion: 1,
          tool: { name: 'spec-tasks', version: 'test' },
          features: checks,
          counts: countFindings(checks)
        },
        'sarif'
      )
    );
    const schema = JSON.parse(
      fs.readFileSync(path.join(here, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')
    );
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });
});
