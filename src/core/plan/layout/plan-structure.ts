/**
 * What the plan lays out: the folders and files of its tree, without those it says are generated,
 * for later or left unchanged; without a tree, the folders its prose names.
 */
import type { Plan, PlannedFile } from '../../model.js';
import { hasPlaceholderSegment } from '../../parse/directory-tree.js';
import { isTestDirectory } from '../../parse/plan.js';
import { directoryOf, unique } from './folders.js';
import { CRATE_FOLDERS, CRATE_TEST_FOLDER, type Language } from '../../vocabulary/languages.js';
import {
  FUTURE_NOTE,
  FUTURE_NOTE_IN_CAPITALS,
  GENERATED_FOLDERS,
  GENERATED_NOTE,
  NOT_CODE_MENTIONED_FOLDERS,
  UNCHANGED_NOTE
} from '../../vocabulary/layout.js';

export interface CodeStructure {
  sourceDirs: string[];
  testDirs: string[];
  files: string[];
  notes: Map<string, string>;
  /** The files the plan writes or changes for this feature (new, modified or unmarked). */
  planned: PlannedFile[];
}

const OWN_WORK: ReadonlySet<PlannedFile['status']> = new Set(['new', 'modified', 'unmarked']);

/**
 * The directories and files the plan lays out, without those it says are generated, for later or
 * left unchanged, and without folders its template names only by placeholder (`[feature]/`:
 * no package is invented for them). Without a tree, the paths its prose names, when they say
 * where code goes.
 */
export function codeStructure(
  plan: Plan | undefined,
  language: Language
): CodeStructure | undefined {
  const structure = plan?.structure;
  if (!structure) return undefined;
  const notes = new Map((structure.notes ?? []).map(({ path, note }) => [path, note]));
  const noted = [...notes].filter(([, note]) => isNotWritten(note)).map(([path]) => path);
  const isGone = (gone: string[], path: string) =>
    gone.some(dir => path === dir || (dir.endsWith('/') && path.startsWith(dir)));
  // A folder whose every file the plan leaves alone, and which has no folder of new work
  // below it, is left alone too.
  const dirs = [...structure.sourceDirs, ...structure.testDirs];
  const filesIn = (dir: string) => structure.files.filter(file => file.startsWith(dir));
  const untouched = dirs.filter(dir => {
    const held = filesIn(dir);
    const below = dirs.filter(other => other !== dir && other.startsWith(dir));
    return (
      held.length > 0 &&
      held.every(file => isGone(noted, file)) &&
      below.every(other => isGone(noted, other) || filesIn(other).length > 0)
    );
  });
  const excluded = [...noted, ...untouched];
  const keep = (path: string) =>
    !isGone(excluded, path) &&
    !hasPlaceholderSegment(path) &&
    !path.split('/').some(segment => GENERATED_FOLDERS.has(segment));
  const fill = (paths: string[]) => unique(paths.filter(keep));
  const planned = (structure.planned ?? []).filter(
    file => OWN_WORK.has(file.status) && keep(file.path)
  );
  const fromTree: CodeStructure = {
    sourceDirs: fill(structure.sourceDirs),
    testDirs: fill(structure.testDirs),
    files: fill(structure.files),
    notes,
    planned
  };
  if (fromTree.sourceDirs.length > 0 || fromTree.testDirs.length > 0) return fromTree;
  const prose = proseStructure(structure.mentioned ?? [], language);
  return prose && { ...prose, planned };
}

/**
 * `generated, git-ignored`, `not committed`, `FUTURE: …`, `kept as is (no changes)`: the plan does
 * not write there now.
 */
function isNotWritten(note: string): boolean {
  return (
    GENERATED_NOTE.test(note) ||
    FUTURE_NOTE_IN_CAPITALS.test(note) ||
    FUTURE_NOTE.test(note) ||
    UNCHANGED_NOTE.test(note)
  );
}

/**
 * `crates/engine/tests/` in the prose of a plan without a tree: tests go there, and the crate's
 * code beside them in `crates/engine/src/` (the layout Cargo and Maven prescribe).
 */
function proseStructure(mentioned: string[], language: Language): CodeStructure | undefined {
  const dirs = unique(mentioned.map(directoryOf)).filter(
    dir =>
      dir && !dir.split('/').some(segment => NOT_CODE_MENTIONED_FOLDERS.has(segment.toLowerCase()))
  );
  const testDirs = dirs.filter(isTestDirectory);
  const sourceDirs = dirs.filter(dir => !isTestDirectory(dir));
  if (language === 'rust')
    for (const dir of testDirs) {
      const crate = CRATE_TEST_FOLDER.exec(dir);
      if (crate) sourceDirs.push(`${crate[1] ?? ''}${CRATE_FOLDERS.source}`);
    }
  if (sourceDirs.length === 0 && testDirs.length === 0) return undefined;
  const files = mentioned.filter(path => !path.endsWith('/') && dirs.includes(directoryOf(path)));
  return { sourceDirs: unique(sourceDirs), testDirs, files, notes: new Map(), planned: [] };
}
