/** Names in the casing a language's files and types use: `kv_cache_stats`, `kv-cache-stats`, `KvCacheStats`. */
import { fileNameWords } from './words.js';

export function snakeCase(name: string): string {
  return stemWords(name).join('_') || 'feature';
}

export function kebabCase(name: string): string {
  return stemWords(name).join('-') || 'feature';
}

export function pascalCase(name: string): string {
  // An identifier already in PascalCase keeps its acronyms: `KVCacheStats`, not `KvCacheStats`.
  if (/^[A-Z][A-Za-z0-9]*$/.test(name)) return name;
  return (
    stemWords(name)
      .map(w => w.charAt(0).toUpperCase() + w.slice(1))
      .join('') || 'Feature'
  );
}

/** A file name's words, a word said twice in a row said once (`contract contract` → `contract`). */
export function stemWords(name: string): string[] {
  return fileNameWords(name).filter((word, index, all) => word !== all[index - 1]);
}
