/**
 * The planned file that defines a named type: the file named for it, else the one whose note in
 * the plan's tree says it defines it.
 */
import { isTestDirectory } from '../../parse/plan.js';
import { words } from '../../text/words.js';
import { sameFamily, languageOfDir } from '../layout/folder-language.js';
import { directoryOf, lastSegment } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { type CodeRole, dirDenies, roleWords } from '../layout/role-words.js';
import { codeFileFacts, fileDenies, fileSays } from './file-roles.js';
import { DEFINES_NOTE, MODEL_FOLDERS } from '../../vocabulary/layout.js';
import { MODEL_STEMS } from '../../vocabulary/plan-files.js';

/**
 * The planned file that defines `name` (`kv_cache_stats.py` for `KVCacheStats`, `kilns.rs` for
 * `Kiln`), outside views, tools and code of another language; failing that, the file whose note
 * says it defines it (`ids.rs  # PalletId, CourierId newtypes`).
 */
export function plannedFileNamed(
  layout: PathLayout,
  name: string,
  role: CodeRole = 'model'
): string | undefined {
  if (role === 'model') {
    const typesFile = fileOfFolderFor(layout, name, MODEL_STEMS);
    if (typesFile) return typesFile;
  }
  const wanted = roleWords(name).join(' ');
  const named = codeFileFacts(layout).find(
    facts => facts.stemKey === wanted && !dirDenies(directoryOf(facts.file), role)
  )?.file;
  return named ?? (role === 'model' ? fileWhoseNoteDefines(layout, name) : undefined);
}

function fileWhoseNoteDefines(layout: PathLayout, name: string): string | undefined {
  const candidates = layout.plannedFiles.filter(file => {
    const note = layout.notes.get(file);
    if (!note || isTestDirectory(directoryOf(file))) return false;
    const defines = DEFINES_NOTE.test(note);
    return noteNames(note, name, defines) && (defines || !fileDenies(file, 'model'));
  });
  return candidates.find(file => fileSays(layout, file, 'model')) ?? candidates[0];
}

/**
 * `Firing` in "firing schedule" is a word, not the type: only its identifier, or its name where
 * the note says it defines types, names it.
 */
export function noteNames(note: string, name: string, defines: boolean): boolean {
  const identifier = name.replace(/\s+/g, '');
  const wanted = words(name).join(' ');
  return note
    .split(/[^\p{L}\p{N}_]+/u)
    .some(token => token === identifier || (defines && words(token).join(' ') === wanted));
}

/**
 * The plan's folder for the model of `name` where its note names it: of several services each
 * with a `model/` folder, the one whose note lists the entity (`model/  # Parcel, Route
 * entities`). Only a folder of models, or one whose note says it defines types, in the feature's
 * language (a front end's `models/` holds its own interfaces), and never a test folder.
 */
export function modelFolderNaming(layout: PathLayout, name: string): string | undefined {
  return layout.sourceDirs.find(dir => {
    const note = layout.notes.get(dir);
    if (!note || isTestDirectory(dir) || dirDenies(dir, 'model')) return false;
    const defines = DEFINES_NOTE.test(note);
    const modelFolder = MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase());
    return (
      (modelFolder || defines) &&
      noteNames(note, name, defines) &&
      sameFamily(languageOfDir(layout, dir), layout.language)
    );
  });
}

/**
 * `src/lib/venues/types.ts` for the model of `Venue`, `src/lib/venues/service.ts` for its
 * service: a file whose name says only what it holds (`types`, `service`), in a folder of the
 * feature's named for the entity.
 */
export function fileOfFolderFor(
  layout: PathLayout,
  entityName: string,
  stems: ReadonlySet<string>
): string | undefined {
  const wanted = roleWords(entityName).join(' ');
  return codeFileFacts(layout).find(
    facts =>
      facts.stemWords.length === 1 &&
      stems.has(facts.stemWords[0]!) &&
      facts.dirWords.join(' ') === wanted
  )?.file;
}
