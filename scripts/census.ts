/**
 * `npm run census`: how the source is spread, for reviews of structure. Prints lines per folder of
 * src/, then the regular-expression literals (and `new RegExp` calls) and word-list entries (array
 * literals of two or more strings) inside and outside src/core/vocabulary/, counted on the
 * TypeScript syntax tree, not by grep.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = 'src';
const VOCABULARY = path.join('src', 'core', 'vocabulary');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

interface FileCount {
  file: string;
  lines: number;
  patterns: number;
  words: number;
}

function count(file: string): FileCount {
  const text = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let patterns = 0;
  let words = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) patterns++;
    else if (ts.isNewExpression(node) && node.expression.getText(tree) === 'RegExp') patterns++;
    else if (ts.isArrayLiteralExpression(node)) {
      const strings = node.elements.filter(
        element => ts.isStringLiteral(element) || ts.isNoSubstitutionTemplateLiteral(element)
      );
      if (strings.length >= 2 && strings.length === node.elements.length) words += strings.length;
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return { file, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0), patterns, words };
}

const counts = sourceFiles(ROOT).sort().map(count);
const byFolder = new Map<string, number>();
for (const { file, lines } of counts) {
  const folder = path.dirname(file);
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + lines);
}
console.log('lines per folder');
for (const [folder, lines] of [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1)))
  console.log(`  ${String(lines).padStart(6)}  ${folder}/`);
const total = counts.reduce((sum, file) => sum + file.lines, 0);
console.log(`  ${String(total).padStart(6)}  total, ${counts.length} files`);
const largest = counts.filter(file => file.lines > 500);
console.log(
  `files over 500 lines: ${largest.length ? largest.map(f => `${f.file} (${f.lines})`).join(', ') : 'none'}`
);

const inside = counts.filter(file => file.file.startsWith(VOCABULARY + path.sep));
const outside = counts.filter(file => !file.file.startsWith(VOCABULARY + path.sep));
const sum = (files: FileCount[], key: 'patterns' | 'words') =>
  files.reduce((total, file) => total + file[key], 0);
console.log(
  `regular expressions: ${sum(outside, 'patterns')} outside ${VOCABULARY}/, ${sum(inside, 'patterns')} inside`
);
console.log(
  `word-list entries:   ${sum(outside, 'words')} outside ${VOCABULARY}/, ${sum(inside, 'words')} inside`
);
console.log('most outside (patterns, words):');
for (const file of outside
  .filter(file => file.patterns + file.words > 0)
  .sort((a, b) => b.patterns + b.words - (a.patterns + a.words))
  .slice(0, 12))
  console.log(
    `  ${String(file.patterns).padStart(4)} ${String(file.words).padStart(5)}  ${file.file}`
  );
