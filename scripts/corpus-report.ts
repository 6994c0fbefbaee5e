/**
 * `npm run corpus`: checks the original tasks.md of every folder in ../shared/corpus and writes,
 * to the git-ignored reports/ folder (the corpus text stays out of the repository):
 *   corpus-findings.md   per folder, the counts per rule and up to three examples per rule with
 *                        the text of the offending line, for a person to confirm one by one
 *   corpus.sarif         the same findings as SARIF 2.1.0
 *   corpus.json          the JSON report
 *   generated-check.md   generate, then check our own output: must hold no warning or error
 *   precision.md         every error and a seeded sample of 30 warnings, lines quoted, to mark
 *   file-agreement.md    per folder, how far the generated list names the files the existing one names
 * and prints the totals per rule.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkFeature } from '../src/core/check/check-feature.js';
import { knownRoots } from '../src/core/parse/tasks-md/known-roots.js';
import { parseTaskList } from '../src/core/parse/tasks-md/parse-task-list.js';
import type { CheckReport, FeatureCheck } from '../src/core/check/result.js';
import { defaultSettings } from '../src/core/check/settings.js';
import { generateTasks, generationInputHash } from '../src/core/generate.js';
import type { Finding } from '../src/core/model.js';
import { parseFeature } from '../src/core/parse/feature.js';
import { formatReport } from '../src/core/report/index.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../src/core/template/default-template.js';
import { parseTemplate } from '../src/core/template/parse-template.js';
import { checkFeatures, countFindings } from '../src/io/check-features.js';
import { loadFeature, loadTextFile } from '../src/io/loader.js';
import { VERSION } from '../src/version.js';
import { CORPUS_DIR, corpusAvailable, corpusFeatureDirs } from '../__tests__/helpers/corpus.js';
import {
  addAgreement,
  type Agreement,
  agreement,
  agreementLine,
  documentedFiles,
  documentedLine,
  emptyAgreement,
  listedFiles,
  normalisePath
} from './file-agreement.js';
import { precisionSheet, type SheetFinding } from './precision-sheet.js';

const OUT = path.resolve('reports');
const INPUT_RULES = new Set(['file-rejected', 'encoding', 'parse-error', 'missing-plan']);
const EXAMPLES_PER_RULE = 3;
const settings = defaultSettings();
const templateText = DEFAULT_TEMPLATE_TEXT;
const { template } = parseTemplate(templateText, DEFAULT_TEMPLATE_PATH);

function report(features: FeatureCheck[]): CheckReport {
  return {
    schemaVersion: 1,
    tool: { name: 'spec-tasks', version: VERSION },
    features,
    counts: countFindings(features)
  };
}

/** The text of the line a finding points at, read from the corpus file it names. */
async function lineText(repoRoot: string, found: Finding): Promise<string> {
  try {
    const text = await readFile(path.join(repoRoot, found.location.file), 'utf8');
    return (text.split(/\r?\n/)[found.location.line - 1] ?? '').trim();
  } catch {
    return '';
  }
}

function countByRule(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const found of findings) counts.set(found.ruleId, (counts.get(found.ruleId) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function originalChecks(): Promise<{
  lines: string[];
  features: FeatureCheck[];
  totals: Map<string, number>;
  sheet: SheetFinding[];
}> {
  const sheet: SheetFinding[] = [];
  const lines = ['# Corpus check: original tasks.md files', ''];
  const features: FeatureCheck[] = [];
  const totals = new Map<string, number>();
  for (const dir of corpusFeatureDirs()) {
    const repoRoot = path.dirname(dir);
    const result = await checkFeatures(repoRoot, [dir], {
      settings,
      template: { template, text: templateText, findings: [] }
    });
    const feature = result.features[0]!;
    const name = path.relative(CORPUS_DIR, dir);
    features.push({ ...feature, feature: name });
    for (const found of feature.findings) sheet.push({ folder: name, repoRoot, finding: found });
    lines.push(`## ${name}`, '');
    const counts = countByRule(feature.findings);
    if (counts.size === 0) lines.push('No findings.', '');
    for (const [rule, count] of counts) {
      totals.set(rule, (totals.get(rule) ?? 0) + count);
      lines.push(`- **${rule}**: ${count}`);
      const examples = feature.findings
        .filter(found => found.ruleId === rule)
        .slice(0, EXAMPLES_PER_RULE);
      for (const found of examples) {
        const text = await lineText(repoRoot, found);
        lines.push(
          `  - ${found.location.file}:${found.location.line} (${found.severity}) ${found.message}`
        );
        if (text) lines.push(`    > ${text.length > 200 ? text.slice(0, 200) + '…' : text}`);
        for (const related of found.related ?? []) {
          lines.push(
            `    related ${related.location.file}:${related.location.line}: ${related.message}`
          );
        }
      }
    }
    lines.push('');
  }
  return { lines, features, totals, sheet };
}

interface GeneratedChecks {
  lines: string[];
  blocking: number;
  agreementLines: string[];
  agreementTotal: Agreement;
}

async function generatedChecks(): Promise<GeneratedChecks> {
  const lines = ['# Corpus: generate, then check the generated tasks.md', ''];
  const agreementLines = [
    '# Corpus: files the generated list shares with the existing tasks.md',
    '',
    "By path and by name: the share of the existing list's files the generated list also names.",
    "Generated named: the share of the generated list's files the existing list names too.",
    ''
  ];
  const agreementTotal = emptyAgreement();
  let blocking = 0;
  for (const dir of corpusFeatureDirs()) {
    const repoRoot = path.dirname(dir);
    const files = await loadFeature(repoRoot, dir);
    const feature = parseFeature(files);
    const name = path.relative(CORPUS_DIR, dir);
    if (!feature.plan) {
      lines.push(`- ${name}: no plan.md, nothing generated`);
      continue;
    }
    const generated = generateTasks(feature, template, templateText, {});
    const doc = {
      path: `${feature.dir}/tasks.md`,
      relativePath: 'tasks.md',
      text: generated.content
    };
    const taskList = parseTaskList(doc, { knownRoots: knownRoots(feature) });
    const existing = await loadTextFile(repoRoot, path.join(dir, 'tasks.md'), 1 << 22);
    if (existing.document) {
      // The corpus folder's repository name is the root label its plan may draw its tree under.
      const form = {
        rootLabels: [path.basename(repoRoot).split('__')[1] ?? ''].filter(Boolean),
        featureName: feature.name
      };
      const existingList = parseTaskList(existing.document, { knownRoots: knownRoots(feature) });
      const existingFiles = listedFiles(existingList, form);
      const structure = feature.plan.structure;
      const planned = [...structure.files, ...(structure.mentioned ?? [])].map(file =>
        normalisePath(file, form)
      );
      const texts = files.documents.map(document => document.text);
      const documented = documentedFiles(existingFiles, planned, texts);
      const one = agreement(existingFiles, listedFiles(taskList, form), documented);
      addAgreement(agreementTotal, one);
      agreementLines.push(`- ${name}: ${agreementLine(one)}`);
    }
    const check = checkFeature(
      {
        feature,
        taskList,
        expectedInputHash: generationInputHash(feature, template, templateText)
      },
      settings
    );
    // Refused or unreadable design documents are the input's problem, not the generated list's.
    const inputProblems = check.findings.filter(found => INPUT_RULES.has(found.ruleId));
    const serious = check.findings.filter(
      found => found.severity !== 'note' && !INPUT_RULES.has(found.ruleId)
    );
    for (const found of inputProblems) {
      lines.push(
        `  - input: ${found.ruleId} ${found.location.file}:${found.location.line} ${found.message}`
      );
    }
    blocking += serious.length;
    lines.push(
      `- ${name}: ${generated.plan.tasks.length} tasks, ${serious.length} warnings or errors`
    );
    for (const found of serious) {
      lines.push(
        `  - ${found.ruleId} ${found.location.file}:${found.location.line} ${found.message}`
      );
    }
  }
  agreementLines.push(
    '',
    `**Total**: ${agreementLine(agreementTotal)}`,
    '',
    `Of the existing files, ${documentedLine(agreementTotal)}: a path no design document names ` +
      "is a name the list's author chose, which no generator can know without guessing."
  );
  return { lines, blocking, agreementLines, agreementTotal };
}

async function main(): Promise<void> {
  if (!corpusAvailable) {
    console.error(`corpus not found at ${CORPUS_DIR}: nothing to report`);
    process.exitCode = 2;
    return;
  }
  await mkdir(OUT, { recursive: true });
  const original = await originalChecks();
  const all = report(original.features);
  await writeFile(path.join(OUT, 'corpus-findings.md'), original.lines.join('\n') + '\n');
  await writeFile(path.join(OUT, 'corpus.sarif'), formatReport(all, 'sarif'));
  await writeFile(path.join(OUT, 'corpus.json'), formatReport(all, 'json'));
  await writeFile(path.join(OUT, 'precision.md'), await precisionSheet(original.sheet));
  const generated = await generatedChecks();
  await writeFile(path.join(OUT, 'generated-check.md'), generated.lines.join('\n') + '\n');
  await writeFile(path.join(OUT, 'file-agreement.md'), generated.agreementLines.join('\n') + '\n');

  console.log(`original tasks.md of ${original.features.length} folders: findings per rule`);
  for (const [rule, count] of [...original.totals].sort(([a], [b]) => (a < b ? -1 : 1))) {
    console.log(`  ${rule.padEnd(28)} ${count}`);
  }
  console.log(
    `  ${'total'.padEnd(28)} ${[...original.totals.values()].reduce((a, b) => a + b, 0)}`
  );
  console.log(`generated then checked: ${generated.blocking} warnings or errors`);
  console.log(`file agreement with the existing lists: ${agreementLine(generated.agreementTotal)}`);
  console.log(`  ${documentedLine(generated.agreementTotal)}`);
  console.log(`reports written to ${path.relative(process.cwd(), OUT)}/`);
  if (generated.blocking > 0) process.exitCode = 1;
}

await main();
