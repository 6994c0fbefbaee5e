/**
 * The precision sheet: every error finding on the corpus, and a seeded random sample of warnings,
 * each with the lines it points at quoted, for a reader to mark true or false. The seed is fixed,
 * so two runs of the same code draw the same sample and a before/after pair can be compared.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../src/core/model.js';

export interface SheetFinding {
  /** The corpus folder, `owner__repo/NNN-name`. */
  folder: string;
  /** The repository root the finding's paths are relative to. */
  repoRoot: string;
  finding: Finding;
}

export const WARNING_SAMPLE = 30;
const SEED = 20261204;

/** mulberry32: a small deterministic generator, enough to draw a fair sample. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` of the items, drawn without replacement, in their original order. */
export function seededSample<T>(items: T[], count: number, seed = SEED): T[] {
  if (items.length <= count) return [...items];
  const random = generator(seed);
  const indices = items.map((_, index) => index);
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices
    .slice(0, count)
    .sort((a, b) => a - b)
    .map(index => items[index]!);
}

const fileCache = new Map<string, string[]>();

async function lineOf(repoRoot: string, file: string, line: number): Promise<string> {
  const full = path.join(repoRoot, file);
  let lines = fileCache.get(full);
  if (!lines) {
    try {
      lines = (await readFile(full, 'utf8')).split(/\r?\n/);
    } catch {
      lines = [];
    }
    fileCache.set(full, lines);
  }
  const text = (lines[line - 1] ?? '').trim();
  return text.length > 300 ? text.slice(0, 300) + '…' : text;
}

async function entry(number: number, item: SheetFinding): Promise<string[]> {
  const { finding } = item;
  const where = `${finding.location.file}:${finding.location.line}`;
  const lines = [
    `### ${number}. ${finding.ruleId} (${finding.severity}) — ${item.folder}`,
    '',
    `${where}: ${finding.message}`,
    '',
    `> ${await lineOf(item.repoRoot, finding.location.file, finding.location.line)}`
  ];
  for (const related of finding.related ?? []) {
    const at = `${related.location.file}:${related.location.line}`;
    lines.push(
      '',
      `related ${at}: ${related.message}`,
      '',
      `> ${await lineOf(item.repoRoot, related.location.file, related.location.line)}`
    );
  }
  lines.push('', 'Verdict: [ ] true  [ ] false — why:', '');
  return lines;
}

export async function precisionSheet(findings: SheetFinding[]): Promise<string> {
  const errors = findings.filter(item => item.finding.severity === 'error');
  const warnings = findings.filter(item => item.finding.severity === 'warning');
  const sample = seededSample(warnings, WARNING_SAMPLE);
  const lines = [
    '# Precision sheet',
    '',
    `Every error (${errors.length}) and a seeded sample of ${sample.length} of ${warnings.length} warnings.`,
    'Open each at its line and mark it: true when the list really has the problem the message names.',
    '',
    '## Errors',
    ''
  ];
  let number = 1;
  for (const item of errors) lines.push(...(await entry(number++, item)));
  lines.push('## Warnings (sample)', '');
  for (const item of sample) lines.push(...(await entry(number++, item)));
  return lines.join('\n') + '\n';
}
