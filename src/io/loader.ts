/**
 * The one way spec-tasks reads a repository. Under a pull request every byte under `specs/` is
 * untrusted, so each file is vetted before any parser sees it: symbolic links may not lead out
 * of the repository, sizes are capped, binary files are reported, not parsed, and stray bytes in a
 * text file are replaced and reported. A refused file becomes a `file-rejected` finding, a text
 * file with bad bytes an `encoding` warning, and the rest of the folder is still read.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FeatureFiles, Finding, SourceDocument } from '../core/model.js';
import { markdownHazard } from './markdown-hazards.js';
import { decodeBytes, lineAtByte, normaliseText, type StrayBytes } from './utf8.js';

export interface LoadLimits {
  /** Largest markdown document read (plan.md, spec.md, tasks.md…), in bytes. */
  markdownBytes: number;
  /** Largest contract file read, in bytes. */
  contractBytes: number;
}

export const DEFAULT_LIMITS: LoadLimits = {
  markdownBytes: 1024 * 1024,
  contractBytes: 5 * 1024 * 1024
};

/** The design documents spec-tasks reads, besides everything under `contracts/`. */
export const DESIGN_DOCUMENTS = [
  'plan.md',
  'spec.md',
  'research.md',
  'data-model.md',
  'quickstart.md'
];

/** A pull request could add thousands of files under contracts/; past this many the rest are reported, not read. */
const MAX_CONTRACT_FILES = 500;
const MAX_CONTRACT_DEPTH = 8;

/** A file's text, or why it was refused; a document may come with a warning about its bytes. */
export interface LoadedFile {
  document?: SourceDocument;
  finding?: Finding;
}

/** Reads a feature folder's design documents. Throws only when the folder itself cannot be read. */
export async function loadFeature(
  repoRoot: string,
  featureDir: string,
  limits: LoadLimits = DEFAULT_LIMITS
): Promise<FeatureFiles> {
  const dir = path.resolve(featureDir);
  await assertDirectory(dir);
  const documents: SourceDocument[] = [];
  const findings: Finding[] = [];
  const take = (loaded: LoadedFile) => {
    if (loaded.document) documents.push(loaded.document);
    if (loaded.finding) findings.push(loaded.finding);
  };
  for (const name of DESIGN_DOCUMENTS) {
    take(await readVetted(repoRoot, path.join(dir, name), limits.markdownBytes, dir));
  }
  const contractFiles = await listContracts(repoRoot, path.join(dir, 'contracts'), findings);
  for (const file of contractFiles) {
    take(await readVetted(repoRoot, file, limits.contractBytes, dir));
  }
  return { dir: repoPath(repoRoot, dir), name: path.basename(dir), documents, findings };
}

/** Reads one file; a missing file gives neither a document nor a finding. */
export async function loadTextFile(
  repoRoot: string,
  file: string,
  maxBytes: number
): Promise<LoadedFile> {
  return readVetted(repoRoot, path.resolve(file), maxBytes, path.dirname(path.resolve(file)));
}

async function assertDirectory(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new Error(`${dir}: no such feature folder`);
  }
  if (!info.isDirectory()) throw new Error(`${dir}: not a folder`);
}

async function readVetted(
  repoRoot: string,
  file: string,
  maxBytes: number,
  featureDir: string
): Promise<LoadedFile> {
  const shown = repoPath(repoRoot, file);
  const reject = (message: string, line = 1): LoadedFile => ({
    finding: {
      ruleId: 'file-rejected',
      severity: 'error',
      message,
      location: { file: shown, line, column: 1 }
    }
  });
  let info;
  try {
    info = await lstat(file);
  } catch {
    return {};
  }
  // Checked for every file, not only links: a linked parent folder leads out just as well.
  if (isInside(repoRoot, file) && !(await staysInside(repoRoot, file))) {
    return reject('symbolic link leads outside the repository; not read');
  }
  if (info.isSymbolicLink()) info = await stat(file);
  if (!info.isFile()) return {};
  if (info.size > maxBytes) {
    return reject(
      `${info.size} bytes, over the ${formatBytes(maxBytes)} limit for this kind of file; not read`
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return reject(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary')
    return reject(`${decoded.reason}; not read`, lineAtByte(bytes, decoded.offset));
  const text = normaliseText(decoded.text);
  const hazard = isMarkdown(file) ? markdownHazard(text) : undefined;
  if (hazard) return reject(`${hazard.reason}; not read`, hazard.line);
  const document = { path: shown, relativePath: toPosix(path.relative(featureDir, file)), text };
  if (!decoded.stray) return { document };
  return { document, finding: strayBytesFinding(shown, bytes, decoded.stray) };
}

/** One warning per file: where the first bad byte is, and how many places hold more. */
function strayBytesFinding(shown: string, bytes: Uint8Array, stray: StrayBytes): Finding {
  const more =
    stray.count > 1 ? ` (and ${stray.count - 1} more place${stray.count > 2 ? 's' : ''})` : '';
  return {
    ruleId: 'encoding',
    severity: 'warning',
    message: `${stray.problem} at byte ${stray.offset}${more}; read with U+FFFD in its place: save the file as UTF-8 text`,
    location: { file: shown, line: lineAtByte(bytes, stray.offset), column: 1 }
  };
}

function isMarkdown(file: string): boolean {
  const lower = file.toLowerCase();
  return lower.endsWith('.md') || lower.endsWith('.markdown') || lower.endsWith('.mdx');
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Whether the file's real location, links resolved, is still inside the repository. */
async function staysInside(repoRoot: string, file: string): Promise<boolean> {
  try {
    return isInside(await realpath(repoRoot), await realpath(file));
  } catch {
    // A dangling link leads nowhere we may read.
    return false;
  }
}

/** Every file under contracts/, sorted so the model is the same on every machine. */
async function listContracts(
  repoRoot: string,
  contractsDir: string,
  findings: Finding[]
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      // Dotfiles (.gitkeep, .DS_Store) are tooling litter, not contracts.
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < MAX_CONTRACT_DEPTH) await walk(full, depth + 1);
      } else {
        files.push(full);
      }
    }
  };
  await walk(contractsDir, 0);
  if (files.length > MAX_CONTRACT_FILES) {
    const shown = repoPath(repoRoot, contractsDir);
    findings.push({
      ruleId: 'file-rejected',
      severity: 'error',
      message: `${shown}: ${files.length} files, over the limit of ${MAX_CONTRACT_FILES}; only the first ${MAX_CONTRACT_FILES} were read`,
      location: { file: shown, line: 1, column: 1 }
    });
    return files.slice(0, MAX_CONTRACT_FILES);
  }
  return files;
}

/** Repository-relative POSIX path, the only form paths take inside the core. */
export function repoPath(repoRoot: string, file: string): string {
  return toPosix(path.relative(path.resolve(repoRoot), path.resolve(file))) || '.';
}

function toPosix(value: string): string {
  return value.split(path.sep).join('/');
}

export function formatBytes(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
