/**
 * "Tests: not requested": a task list that says so before its first phase, or in its notes, is
 * not asked for test tasks.
 */
import type { RootContent } from 'mdast';
import type { Reader } from './reader.js';
import {
  CONDITIONAL,
  MENTIONS_TESTS,
  NOT_REQUESTED,
  TEST_TASKS_LEFT_OUT
} from '../../vocabulary/task-list.js';

/**
 * "Tests: Not requested", "Test tasks were excluded (the spec asks for none)", "No test tasks
 * (not requested in spec)". Not the template's "include them only if explicitly requested".
 */
function saysTestsNotRequested(line: string): boolean {
  const lower = line.toLowerCase();
  if (!MENTIONS_TESTS.test(lower)) return false;
  const notRequested = NOT_REQUESTED.exec(lower);
  if (notRequested) {
    const before = lower.slice(Math.max(0, notRequested.index - 24), notRequested.index);
    return !CONDITIONAL.test(before);
  }
  return TEST_TASKS_LEFT_OUT.test(lower);
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
