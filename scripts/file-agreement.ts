/**
 * How far a generated task list names the files a folder's own tasks.md names: the measure issue
 * work on generation is judged by. Both lists are read by the same tasks.md reader; a file counts
 * when its name has an extension, after dropping backticks, `./`, a leading `/` and a repository
 * root label the plan declares (`acme-shop/src/x.ts` → `src/x.ts`).
 */
import path from 'node:path';
import type { TaskList } from '../src/core/parse/tasks-md/model.js';

export interface Agreement {
  /** Files the existing list names. */
  existing: number;
  /** Files the generated list names. */
  generated: number;
  /** Existing files the generated list names by the same path. */
  byPath: number;
  /** Existing files the generated list names a file of the same name of (any folder). */
  byName: number;
  /** Generated files the existing list names by the same path. */
  generatedNamed: number;
}

export function emptyAgreement(): Agreement {
  return { existing: 0, generated: 0, byPath: 0, byName: 0, generatedNamed: 0 };
}

export function addAgreement(total: Agreement, one: Agreement): void {
  for (const key of Object.keys(total) as (keyof Agreement)[]) total[key] += one[key];
}

/** The files a list names, normalised for comparison. */
export function listedFiles(list: TaskList, rootLabels: readonly string[] = []): Set<string> {
  const files = new Set<string>();
  for (const task of list.tasks) {
    for (const raw of task.paths) {
      const file = normalisePath(raw, rootLabels);
      if (file && hasExtension(file)) files.add(file);
    }
  }
  return files;
}

export function normalisePath(raw: string, rootLabels: readonly string[] = []): string {
  let file = raw.split('`').join('').trim();
  while (file.startsWith('./')) file = file.slice(2);
  while (file.startsWith('/')) file = file.slice(1);
  for (const label of rootLabels) {
    if (file.startsWith(label + '/')) {
      file = file.slice(label.length + 1);
      break;
    }
  }
  return file;
}

function hasExtension(file: string): boolean {
  if (file.endsWith('/')) return false;
  const name = path.posix.basename(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1;
}

export function agreement(existing: Set<string>, generated: Set<string>): Agreement {
  const generatedNames = new Set([...generated].map(file => path.posix.basename(file)));
  let byPath = 0;
  let byName = 0;
  for (const file of existing) {
    if (generated.has(file)) byPath++;
    if (generatedNames.has(path.posix.basename(file))) byName++;
  }
  let generatedNamed = 0;
  for (const file of generated) if (existing.has(file)) generatedNamed++;
  return { existing: existing.size, generated: generated.size, byPath, byName, generatedNamed };
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

/** One line: by path, by name, and the generated files the existing list names. */
export function agreementLine(one: Agreement): string {
  return (
    `by path ${percent(one.byPath, one.existing)}  by name ${percent(one.byName, one.existing)}  ` +
    `generated named ${percent(one.generatedNamed, one.generated)}  ` +
    `(${one.existing} existing, ${one.generated} generated files)`
  );
}
