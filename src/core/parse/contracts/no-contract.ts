/**
 * Files under contracts/ that are no contract, and so need no contract test: an empty file (a
 * placeholder), and a README or index that describes the contracts beside it. A README that is
 * the folder's only file, or names none of the others, is read as the contract it may well be.
 */
import type { SourceDocument } from '../../model.js';
import { FOLDER_INDEX_STEMS } from '../../vocabulary/contracts-files.js';

export function contractDocuments(docs: SourceDocument[]): SourceDocument[] {
  return docs.filter(doc => doc.text.trim() !== '' && !indexesOthers(doc, docs));
}

function indexesOthers(doc: SourceDocument, docs: SourceDocument[]): boolean {
  if (!FOLDER_INDEX_STEMS.includes(stemOf(fileName(doc.path)).toLowerCase())) return false;
  const folder = folderOf(doc.path);
  const text = doc.text.toLowerCase();
  return docs.some(
    other =>
      other !== doc &&
      folderOf(other.path) === folder &&
      other.text.trim() !== '' &&
      text.includes(fileName(other.path).toLowerCase())
  );
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

function stemOf(name: string): string {
  const dot = name.indexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
