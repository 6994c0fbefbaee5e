/**
 * "Tests: not requested": a task list that says so before its first phase, or in its notes, is
 * not asked for test tasks.
 */
import type { RootContent } from 'mdast';
import type { Reader } from './reader.js';

/**
 * "Tests: Not requested", "Not explicitly requested — test tasks omitted", "No test tasks (not
 * requested in spec)". Not the template's "include them only if explicitly requested".
 */
function saysTestsNotRequested(line: string): boolean {
  const lower = line.toLowerCase();
  if (!/\btest(?:s|ing)?\b/.test(lower)) return false;
  const notRequested = /\bnot\s{1,3}(?:\w{1,12}\s{1,3})?requested\b/.exec(lower);
  if (notRequested) {
    const before = lower.slice(Math.max(0, notRequested.index - 24), notRequested.index);
    return !/\b(?:if|when|unless|where|only)\b/.test(before);
  }
  return /\btest\s{1,3}tasks?\s{1,3}(?:are\s{1,3}|were\s{1,3})?(?:omitted|excluded|not\s{1,3}included|not\s{1,3}generated)\b/.test(
    lower
  );
}

export function noteTestsNotRequested(reader: Reader, node: RootContent): void {
  if (reader.testsNotRequested || node.type === 'code') return;
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined) return;
  for (let line = start; line <= end; line++) {
    if (saysTestsNotRequested(reader.lines[line - 1] ?? '')) {
      reader.testsNotRequested = { file: reader.doc.path, line, column: 1 };
      return;
    }
  }
}
