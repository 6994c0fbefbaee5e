/**
 * The language of the code in one folder of the plan's tree: a Java plan's `frontend/` may hold
 * TypeScript, its `src/main/resources/` only data.
 */
import {
  type Language,
  LANGUAGE_FAMILY,
  SINGLE_FILE_COMPONENT
} from '../../vocabulary/languages.js';
import { languageOfBuildPath, languageOfFile } from './language.js';
import type { PathLayout } from './model.js';
import { parentDir } from './folders.js';
import { words } from '../../text/words.js';

/**
 * What the plan keeps in `dir`: the language of the code its tree puts there, or in the nearest
 * folder above that holds code (`data` where its own files are no code: SQL, YAML);
 * else what a build folder (`crates/`) or the Language/Version field (`TypeScript (frontend)`)
 * says of it. In the plan's language where its files mix languages; nothing where nothing says.
 */
export function codeLanguageAt(
  dir: string,
  files: string[],
  language: Language,
  parts: PathLayout['languageParts']
): Language | 'data' | undefined {
  const stated = statedPartLanguage(dir, parts);
  for (let at: string | undefined = dir; at; at = parentDir(at)) {
    const held = files.filter(file => file.startsWith(at!));
    if (held.length === 0) continue;
    const found = held.map(codeLanguageOfFile).filter((l): l is Language => l !== undefined);
    // Configuration above a folder (`src/main/resources/`) says nothing of the code in it.
    if (found.length === 0) {
      if (at === dir) return 'data';
      continue;
    }
    if (found.some(l => sameFamily(l, language))) return language;
    // A `package.json` says JavaScript or TypeScript; the plan says which.
    const common = mostCommon(found);
    return stated && sameFamily(stated, common) ? stated : common;
  }
  return languageOfBuildPath(dir) ?? stated;
}

/** The language the Language/Version field gives the part of the code base `dir` is in. */
function statedPartLanguage(dir: string, parts: PathLayout['languageParts']): Language | undefined {
  const segments = dir.split('/').filter(Boolean).reverse();
  for (const segment of segments) {
    const named = words(segment).join(' ');
    const part = parts.find(candidate => candidate.part === named);
    if (part) return part.language;
  }
  return undefined;
}

/**
 * A file's language; a single-file component (`.vue`, `.svelte`) counts as JavaScript, a build
 * file (`Cargo.toml`, `package.json`) as its language's.
 */
function codeLanguageOfFile(file: string): Language | undefined {
  if (SINGLE_FILE_COMPONENT.test(file)) return 'javascript';
  return languageOfFile(file) ?? languageOfBuildPath(file.slice(file.lastIndexOf('/') + 1));
}

function mostCommon(languages: Language[]): Language {
  const counts = new Map<Language, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  let best: { language: Language; count: number } | undefined;
  for (const [language, count] of counts)
    if (best === undefined || count > best.count) best = { language, count };
  return best!.language;
}

/**
 * The language of the code in `dir` as the plan lays it out (`client/cypress/e2e/` of a Java
 * plan with a TypeScript front end: TypeScript); the feature's language where nothing says.
 */
export function languageOfDir(layout: PathLayout, dir: string): Language {
  const found = codeLanguageAt(dir, layout.plannedFiles, layout.language, layout.languageParts);
  return found === undefined || found === 'data' ? layout.language : found;
}

/** TypeScript projects hold JavaScript, Kotlin ones Java, C++ ones C. */
export function sameFamily(a: Language, b: Language): boolean {
  return (LANGUAGE_FAMILY[a] ?? a) === (LANGUAGE_FAMILY[b] ?? b);
}
