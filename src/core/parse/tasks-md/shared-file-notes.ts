/**
 * Where a list says that `[P]` tasks share a file on purpose: a line naming the tasks and the
 * file ("T019 and T020: parallel — both in `runner.py`, no shared state"), or a convention that
 * `[P]` tests may share a test file, one function each. The checker honours each in its stated
 * scope only, as it would a disable comment on those tasks.
 */
import type { SourceDocument } from '../../model.js';
import type { SharedFileNote } from './model.js';
import { taskRefs } from './task-line.js';
import {
  DENIES_SHARING,
  DISTINCT_TEST_FUNCTIONS,
  MENTIONS_PARALLEL_LABEL,
  SAME_FILE,
  SAYS_PARALLEL
} from '../../vocabulary/task-list.js';

/** `- [ ] T004 …`, `* [x] T004 …`: a checklist task's own line. */
const TASK_LINE = /^\s{0,8}[-*+]\s{1,3}\[[ x-]\]/i;

/** File names with an extension, as a line writes them (`runner.py`, `src/a/runner.py`). */
const FILE_NAME = /[\w.-]{2,100}\.[A-Z]{1,8}\b/gi;

export function sharedFileNotes(
  doc: SourceDocument,
  expand: (ref: string) => string[]
): SharedFileNote[] {
  const notes: SharedFileNote[] = [];
  doc.text.split('\n').forEach((line, index) => {
    const parallel = SAYS_PARALLEL.test(line);
    if ((!parallel && !MENTIONS_PARALLEL_LABEL.test(line)) || DENIES_SHARING.test(line)) return;
    const source = { file: doc.path, line: index + 1, column: 1 };
    const sameFile = SAME_FILE.exec(line);
    if (sameFile && DISTINCT_TEST_FUNCTIONS.test(line.slice(sameFile.index))) {
      notes.push({ tasks: [], files: [], testFunctions: true, source });
      return;
    }
    // A task's own line ("… in ledger.rs (alongside T004)") states where it works, not a choice.
    if (!parallel || TASK_LINE.test(line)) return;
    const tasks = [...new Set(taskRefs(line).flatMap(expand))];
    const files = [...line.matchAll(FILE_NAME)].map(match => baseName(match[0]));
    if (tasks.length >= 2 && files.length > 0)
      notes.push({ tasks, files, testFunctions: false, source });
  });
  return notes;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
