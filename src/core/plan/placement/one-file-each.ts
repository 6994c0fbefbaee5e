/**
 * A folder the plan draws for commands or tools holds one file for each: a CLI's `commands/`
 * gets `export.py` (or `ExportCommand.cs`) for `shelfctl export`, an agent's `tools/` gets
 * `search_docs.py` (or `SearchDocsTool.cs`) for the tool `search_docs`, not one file for all.
 */
import { pascalCase } from '../../text/case.js';
import { LANGUAGE_CONVENTIONS, type Language } from '../../vocabulary/languages.js';
import {
  COMMAND_FILE_KIND,
  COMMAND_FOLDERS,
  TOOL_FILE_KIND,
  TOOL_FOLDERS
} from '../../vocabulary/plan-endpoints.js';
import { directoryOf, lastSegment } from '../layout/folders.js';
import { sourceFile } from './file-names.js';

/** The file of its own for the command `name` where `file` would be in a folder of commands. */
export function commandFileBeside(
  file: string,
  name: string,
  language: Language
): string | undefined {
  return fileBeside(file, name, COMMAND_FOLDERS, COMMAND_FILE_KIND, language);
}

/** The file of its own for the tool `name` where `file` would be in a folder of tools. */
export function toolFileBeside(file: string, name: string, language: Language): string | undefined {
  return fileBeside(file, name, TOOL_FOLDERS, TOOL_FILE_KIND, language);
}

function fileBeside(
  file: string,
  name: string,
  folders: readonly string[],
  kind: string,
  language: Language
): string | undefined {
  const dir = directoryOf(file);
  if (!folders.includes(lastSegment(dir).toLowerCase())) return undefined;
  // Where a file holds one class named as the file, the class says what it is: `ExportCommand`.
  const stem =
    LANGUAGE_CONVENTIONS[language].fileCase === 'pascal'
      ? pascalCase(name) + pascalCase(kind)
      : name;
  return dir + sourceFile(stem, language);
}
