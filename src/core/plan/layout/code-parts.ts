/**
 * The parts of a code base a plan writes in different languages: a Java `backend/` and a
 * TypeScript `frontend/`, a Rust workspace and its `webui/`. Each part gets its own language's
 * tools (linter, type checker, build file), in its own folder.
 */
import { isTestDirectory } from '../../parse/plan.js';
import { type Language, SINGLE_FILE_COMPONENT } from '../../vocabulary/languages.js';
import { sameFamily } from './folder-language.js';
import { commonAncestor, directoryOf, parentDir } from './folders.js';
import { words } from '../../text/words.js';
import { languageOfFile, statedLanguages } from './language.js';
import type { PathLayout } from './model.js';
import type { Plan } from '../../model.js';

export interface CodePart {
  language: Language;
  /** The folder that holds the part's code (`frontend/src/`). */
  root: string;
  /** The part's own top folder, where its build and lint files go (`frontend/`); '' at the top. */
  home: string;
}

/** Fewer planned files than this in a language make no part of their own (a stray script). */
const MIN_PART_FILES = 2;

/**
 * The parts, other than the feature's main language, that the plan's own source files are
 * written in, each under a folder the main language's files are not in.
 */
export function otherCodeParts(layout: PathLayout, plan: Plan | undefined): CodePart[] {
  const stated = statedLanguages(plan);
  const byLanguage = new Map<Language, string[]>();
  for (const file of layout.planned) {
    if (isTestDirectory(directoryOf(file.path))) continue;
    const found = SINGLE_FILE_COMPONENT.test(file.path) ? 'javascript' : languageOfFile(file.path);
    if (!found || sameFamily(found, layout.language)) continue;
    // `.js` files of a plan that says TypeScript are the TypeScript part.
    const language = stated.find(candidate => sameFamily(candidate, found)) ?? found;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), file.path]);
  }
  const own = layout.planned
    .map(file => file.path)
    .filter(path => {
      const language = languageOfFile(path);
      return language !== undefined && sameFamily(language, layout.language);
    });
  const parts: CodePart[] = [];
  for (const [language, files] of byLanguage) {
    if (files.length < MIN_PART_FILES) continue;
    const root = commonAncestor(files.map(directoryOf)) ?? directoryOf(files[0]!);
    const home = homeOf(root, own);
    if (home) parts.push({ language, root, home });
  }
  // A plan that lays out folders only: the parts its Language/Version field names
  // (`TypeScript 5 (frontend)`) that are folders of its tree.
  for (const { part, language } of layout.languageParts) {
    if (sameFamily(language, layout.language) || parts.some(p => sameFamily(p.language, language)))
      continue;
    const dir = layout.sourceDirs.find(
      candidate => !candidate.slice(0, -1).includes('/') && words(candidate).join(' ') === part
    );
    if (dir) parts.push({ language, root: dir, home: dir });
  }
  return parts;
}

/**
 * The highest folder above `root` that holds none of the main language's files: where the part's
 * own build and lint files go (`crates/webui/` in a Rust workspace); none when even `root` does.
 */
function homeOf(root: string, own: string[]): string | undefined {
  const holdsOwn = (dir: string) => own.some(path => path.startsWith(dir));
  if (holdsOwn(root)) return undefined;
  let home = root;
  for (let up = parentDir(home); up !== undefined && !holdsOwn(up); up = parentDir(up)) home = up;
  // Up to the top: the part sits beside the main code, in its own top folder.
  return home;
}
