/**
 * Which of the plan's files play which role: the words of a file's folder, its name and the
 * plan's note on it say what it is for, and which roles it never plays.
 */
import { isTestDirectory } from '../../parse/plan.js';
import { sameFamily } from '../layout/folder-language.js';
import { directoryOf, lastSegment } from '../layout/folders.js';
import { languageOfFile } from '../layout/language.js';
import type { PathLayout } from '../layout/model.js';
import { type CodeRole, dirDenies, roleWords } from '../layout/role-words.js';
import {
  CALLER_WORDS,
  ROLE_DENIED_WORDS,
  ROLE_WORDS,
  SERVING_WORDS
} from '../../vocabulary/layout.js';

/**
 * The file's folder plays another role, or its name does without also naming this one. A client
 * or stub calls endpoints and never serves them.
 */
export function fileDenies(file: string, role: CodeRole): boolean {
  if (dirDenies(directoryOf(file), role)) return true;
  if (role === 'endpoint') {
    const near = roleWords(`${lastSegment(directoryOf(file))} ${stemOf(file)}`);
    if (near.some(word => CALLER_WORDS.has(word)) && !near.some(w => SERVING_WORDS.has(w)))
      return true;
  }
  const stem = roleWords(stemOf(file));
  return (
    stem.some(word => ROLE_DENIED_WORDS[role].has(word)) &&
    !stem.some(word => ROLE_WORDS[role].has(word))
  );
}

/** The file's folder, name or the plan's note on it says it plays `role`. */
export function fileSays(layout: PathLayout, file: string, role: CodeRole): boolean {
  return roleWords(roleText(layout, file)).some(word => ROLE_WORDS[role].has(word));
}

/** What tells a file's role: its folder, its name and the plan's note on it. */
function roleText(layout: PathLayout, file: string): string {
  return [lastSegment(directoryOf(file)), stemOf(file), layout.notes.get(file) ?? ''].join(' ');
}

/** Planned source files of the feature's language, outside test folders. */
export function codeFiles(layout: PathLayout): string[] {
  return codeFileFacts(layout).map(facts => facts.file);
}

/** What the file-choice questions ask of each planned source file, worked out once per layout. */
export interface FileFacts {
  file: string;
  /** Words of the file's stem, its folder's name and the plan's note on it, in one form. */
  stemWords: string[];
  dirWords: string[];
  noteWords: string[];
  /** The stem's words joined, to compare with a name's. */
  stemKey: string;
  /** Answers of `fileDenies` and `fileSays`, by role, as they are asked. */
  denies: Map<CodeRole, boolean>;
  says: Map<CodeRole, boolean>;
}

const fileFactsCache = new WeakMap<PathLayout, FileFacts[]>();

/** `fileDenies`, asked once per file and role. */
export function deniesRole(facts: FileFacts, role: CodeRole): boolean {
  let answer = facts.denies.get(role);
  if (answer === undefined) {
    answer = fileDenies(facts.file, role);
    facts.denies.set(role, answer);
  }
  return answer;
}

/** `fileSays`, asked once per file and role. */
export function saysRole(layout: PathLayout, facts: FileFacts, role: CodeRole): boolean {
  let answer = facts.says.get(role);
  if (answer === undefined) {
    answer = fileSays(layout, facts.file, role);
    facts.says.set(role, answer);
  }
  return answer;
}

/** The facts of each planned source file of the feature's language, worked out once per layout. */
export function codeFileFacts(layout: PathLayout): FileFacts[] {
  let facts = fileFactsCache.get(layout);
  if (!facts) {
    facts = layout.plannedFiles
      .filter(file => {
        const language = languageOfFile(file);
        return (
          language !== undefined &&
          sameFamily(language, layout.language) &&
          !isTestDirectory(directoryOf(file))
        );
      })
      .map(file => {
        const stemWords = roleWords(stemOf(file));
        return {
          file,
          stemWords,
          dirWords: roleWords(lastSegment(directoryOf(file))),
          noteWords: roleWords(layout.notes.get(file) ?? ''),
          stemKey: stemWords.join(' '),
          denies: new Map(),
          says: new Map()
        };
      });
    fileFactsCache.set(layout, facts);
  }
  return facts;
}

/** A file's name without its extension. */
export function stemOf(file: string): string {
  return lastSegment(file).replace(/\.[^.]*$/, '');
}
