/**
 * A project-structure tree as plans draw it in a code block (`├── src/`, `│   └── models/`,
 * plain indentation, `# comments`) → repository-relative directory and file paths.
 */

export interface TreeEntry {
  path: string;
  isDirectory: boolean;
  /** 0-based line within the code block. */
  line: number;
}

const TREE_CHARS = new Set([
  '│',
  '├',
  '└',
  '─',
  '┬',
  '┃',
  '┣',
  '┗',
  '━',
  ' ',
  '\t',
  '|',
  '`',
  '+',
  '\u00a0'
]);
const EXTENSIONLESS_FILES = new Set([
  'makefile',
  'dockerfile',
  'justfile',
  'gemfile',
  'procfile',
  'license',
  'rakefile'
]);

export function readTree(block: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const stack: { column: number; name: string }[] = [];
  const named = block
    .split('\n')
    .map((raw, line) => {
      const column = indentOf(raw);
      return { column, name: entryName(raw.slice(column)), line };
    })
    .filter(entry => entry.name);
  named.forEach(({ column, name, line }, index) => {
    while (stack.length > 0 && stack[stack.length - 1]!.column >= column) stack.pop();
    const parent = stack.map(entry => entry.name).join('');
    const hasChildren = (named[index + 1]?.column ?? -1) > column;
    const isDirectory = name.endsWith('/') || looksLikeDirectory(name, hasChildren);
    const normalised = isDirectory && !name.endsWith('/') ? `${name}/` : name;
    entries.push({ path: cleanPath(parent + normalised), isDirectory, line });
    if (isDirectory) stack.push({ column, name: normalised });
  });
  return entries;
}

function looksLikeDirectory(name: string, hasChildren: boolean): boolean {
  // `.gitignore`, `.env`, `.python-version`: a dot file is a file unless entries hang below it.
  if (name.startsWith('.')) return hasChildren;
  return !hasExtension(name) && !EXTENSIONLESS_FILES.has(name.toLowerCase());
}

/** Column of the name: tree drawing characters, `--` branches and spaces come before it. */
function indentOf(line: string): number {
  let i = 0;
  while (i < line.length) {
    const ch = line[i]!;
    if (TREE_CHARS.has(ch)) i++;
    else if (ch === '-' && (line[i + 1] === '-' || line[i + 1] === ' ')) i++;
    else break;
  }
  return i;
}

/** The entry's name without comments, arrows or annotations; empty for comment or `...` lines. */
function entryName(text: string): string {
  let name = text.trim();
  for (const marker of [' #', '  ', ' ←', ' <-', ' (', ' —', ' – ', ' // ']) {
    const at = name.indexOf(marker);
    if (at > 0) name = name.slice(0, at);
  }
  name = name.trim();
  if (
    !name ||
    name.startsWith('#') ||
    name.startsWith('//') ||
    name.startsWith('...') ||
    name === '…'
  )
    return '';
  // `.` or `./` at the top stands for the repository root itself.
  if (name === '.' || name === './') return '';
  if (name.startsWith('./')) name = name.slice(2);
  if (name.startsWith('/')) name = name.slice(1);
  // Placeholders (`[feature]/`) and wildcards name no real path.
  if (/[[\]<>*{}]/.test(name) || name.includes(' ')) return '';
  return name;
}

function hasExtension(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 && /^[a-z][a-z0-9]{0,9}$/i.test(name.slice(dot + 1));
}

function cleanPath(path: string): string {
  return path
    .split('/')
    .filter((segment, index, all) => segment !== '' || index === all.length - 1)
    .join('/');
}
