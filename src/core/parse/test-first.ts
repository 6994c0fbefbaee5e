/**
 * Where a document asks for tests before the code they test ("TDD", "Test-First", "write these
 * tests first, ensure they fail before implementation"), so the checker holds a list to that
 * order only where its design documents or the list itself ask for it.
 */
import type { SourceDocument, SourcePosition } from '../model.js';
import { TEST_FIRST, TEST_FIRST_CONDITION } from '../vocabulary/test-first.js';

/** The first line of the document that asks for tests first, unless only as a condition. */
export function testFirstIn(doc: SourceDocument): SourcePosition | undefined {
  const lines = doc.text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const match = TEST_FIRST.exec(line);
    // "add per-story test phases if TDD is desired" asks for nothing.
    if (match && !TEST_FIRST_CONDITION.test(line.slice(Math.max(0, match.index - 40), match.index)))
      return { file: doc.path, line: index + 1, column: match.index + 1 };
  }
  return undefined;
}

/** The first of the documents that asks for tests first. */
export function testFirstInAny(docs: (SourceDocument | undefined)[]): SourcePosition | undefined {
  for (const doc of docs) {
    const found = doc && testFirstIn(doc);
    if (found) return found;
  }
  return undefined;
}
