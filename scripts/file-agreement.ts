/**
 * How far a generated task list names the files a folder's own tasks.md names: the measure issue
 * work on generation is judged by. Both lists are read by the same tasks.md reader; a file counts
 * when its name has an extension, after dropping backticks, `./`, a leading `/` and a repository
 * root label the plan declares (`acme-shop/src/x.ts` → `src/x.ts`).
 *
 * The corpus keeps each feature folder directly under its repository (`<repo>/001-x/`) where the
 * repository had it under `specs/`; a path into the feature folder is compared as the repository
 * has it (`001-x/quickstart.md` → `specs/001-x/quickstart.md`), whichever list writes it.
 *
 * Beside the three shares it counts the existing files the design documents themselves name by a
 * path with a folder (in the plan's tree, or anywhere in a document's text): the files a generator
 * can know without guessing the names another author chose.
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
  /** Existing files the design documents name by a path with a folder. */
  documented: number;
  /** Of those, the files the generated list names by the same path. */
  documentedGenerated: number;
}

export function emptyAgreement(): Agreement {
  return {
    existing: 0,
    generated: 0,
    byPath: 0,
    byName: 0,
    generatedNamed: 0,
    documented: 0,
    documentedGenerated: 0
  };
}

export function addAgreement(total: Agreement, one: Agreement): void {
  for (const key of Object.keys(total) as (keyof Agreement)[]) total[key] += one[key];
}

/** How a list's paths are normalised: root labels to drop, and the corpus feature folder's name. */
export interface PathForm {
  rootLabels?: readonly string[];
  /** The feature folder's name (`001-x`), which the corpus keeps outside `specs/`. */
  featureName?: string;
}

/** The files a list names, normalised for comparison. */
export function listedFiles(list: TaskList, form: PathForm = {}): Set<string> {
  const files = new Set<string>();
  for (const task of list.tasks) {
    for (const raw of task.paths) {
      const file = normalisePath(raw, form);
      if (file && hasExtension(file)) files.add(file);
    }
  }
  return files;
}

export function normalisePath(raw: string, form: PathForm = {}): string {
  let file = raw.split('`').join('').trim();
  while (file.startsWith('./')) file = file.slice(2);
  while (file.startsWith('/')) file = file.slice(1);
  for (const label of form.rootLabels ?? []) {
    if (file.startsWith(label + '/')) {
      file = file.slice(label.length + 1);
      break;
    }
  }
  if (form.featureName && file.startsWith(form.featureName + '/')) file = `specs/${file}`;
  return file;
}

/**
 * The existing files the design documents name by a path with a folder: in the plan's tree
 * (`planned`, already normalised) or anywhere in a document's text.
 */
export function documentedFiles(
  existing: Set<string>,
  planned: Iterable<string>,
  documentTexts: readonly string[]
): Set<string> {
  const inPlan = new Set(planned);
  const documented = new Set<string>();
  for (const file of existing) {
    if (!file.includes('/')) continue;
    if (inPlan.has(file) || documentTexts.some(text => text.includes(file))) documented.add(file);
  }
  return documented;
}

function hasExtension(file: string): boolean {
  if (file.endsWith('/')) return false;
  const name = path.posix.basename(file);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1;
}

export function agreement(
  existing: Set<string>,
  generated: Set<string>,
  documented: Set<string> = new Set()
): Agreement {
  const generatedNames = new Set([...generated].map(file => path.posix.basename(file)));
  let byPath = 0;
  let byName = 0;
  for (const file of existing) {
    if (generated.has(file)) byPath++;
    if (generatedNames.has(path.posix.basename(file))) byName++;
  }
  let generatedNamed = 0;
  for (const file of generated) if (existing.has(file)) generatedNamed++;
  let documentedGenerated = 0;
  for (const file of documented) if (generated.has(file)) documentedGenerated++;
  return {
    existing: existing.size,
    generated: generated.size,
    byPath,
    byName,
    generatedNamed,
    documented: documented.size,
    documentedGenerated
  };
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

/** One line: the existing files the documents name, and how many of them the generated list names. */
export function documentedLine(one: Agreement): string {
  return (
    `named by the design documents ${percent(one.documented, one.existing)} of the existing files ` +
    `(${one.documented}); the generated list names ${one.documentedGenerated} of them`
  );
}
