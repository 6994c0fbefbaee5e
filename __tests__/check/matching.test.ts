/**
 * How a task names an endpoint, on invented lists: a CLI command by its words, a one-word RPC
 * only by its exact identifier, and an HTTP route only as a whole word after its own method.
 */
import { describe, expect, it } from '@jest/globals';
import { namesEndpoint } from '../../src/core/check/matching.js';
import { prepareTasks, type TaskText } from '../../src/core/check/task-text.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import { endpoint } from '../helpers/builders.js';

function tasks(...lines: string[]): TaskText[] {
  const list = parseTaskList({
    path: 'specs/001-test/tasks.md',
    relativePath: 'tasks.md',
    text: ['## Phase 3: Core', ...lines].join('\n') + '\n'
  });
  return prepareTasks(list.tasks, list.phases);
}

const namedBy = (found: TaskText[], target: ReturnType<typeof endpoint>) =>
  found.filter(task => namesEndpoint(task, target, false)).map(task => task.task.id);

describe('namesEndpoint', () => {
  it('names a CLI command by "the <resource> command" or a test file named for it', () => {
    const command = endpoint('', 'brew-log export', {
      kind: 'cli',
      method: undefined,
      name: 'brew-log export',
      resource: 'export'
    });
    const found = tasks(
      '- [ ] T010 Add tests for the export command in tests/ExportCommandTests.cs',
      '- [ ] T011 Write `ExportCommandTests` in tests/cli/ExportCommandTests.cs',
      '- [ ] T012 Export the command history to CSV in src/history.py'
    );
    expect(namedBy(found, command)).toEqual(['T010', 'T011']);
  });

  it('names a one-word RPC only by that exact identifier, not a longer one or the word in prose', () => {
    const rpc = endpoint('', 'Dispatch', {
      kind: 'rpc',
      method: undefined,
      name: 'Courier.Dispatch',
      resource: 'dispatch'
    });
    const found = tasks(
      '- [ ] T020 Implement the `Dispatch` handler in src/courier.go',
      '- [ ] T021 Implement `DispatchBatch` in src/batch.go',
      '- [ ] T022 Check the form, then dispatch it to the courier queue in src/form.go'
    );
    expect(namedBy(found, rpc)).toEqual(['T020']);
  });

  it('names a route as a whole word after its own method, not a longer route, a file or another method', () => {
    const create = endpoint('POST', '/api/parcels');
    const found = tasks(
      '- [ ] T030 Implement POST /api/parcels in src/api/create.py',
      '- [ ] T031 Implement GET /api/parcels/{id} in src/api/detail.py',
      '- [ ] T032 Implement GET /api/parcels in src/api/list.py',
      '- [ ] T033 Add the parcel handler in src/api/parcels.py'
    );
    expect(namedBy(found, create)).toEqual(['T030']);
  });
});
