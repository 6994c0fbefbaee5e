/**
 * The ordering and format rules on the shapes a review of the corpus found: which implementation
 * a test comes after, moved blocks of IDs, and tasks that need not name a file.
 */
import { describe, expect, it } from '@jest/globals';
import { checkFeature } from '../../src/core/check/check-feature.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import { defaultSettings } from '../../src/core/check/settings.js';
import type { Feature, Finding } from '../../src/core/model.js';
import { at, contract, endpoint, entity, feature } from '../helpers/builders.js';

const TASKS_PATH = 'specs/001-test/tasks.md';

/** Each model asks for tests first, as its plan would, unless a test says `testFirst: undefined`. */
function findings(tasks: string, ruleId: string, model: Feature = feature()): Finding[] {
  const list = parseTaskList({ path: TASKS_PATH, relativePath: 'tasks.md', text: tasks });
  const asked: Feature = { testFirst: at('specs/001-test/plan.md', 12), ...model };
  return checkFeature({ feature: asked, taskList: list }, defaultSettings()).findings.filter(
    found => found.ruleId === ruleId
  );
}

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('test-after-implementation: what a test tests', () => {
  const model = feature({
    dataModel: {
      entities: [entity('TestCase'), entity('ErrorLog'), entity('Batch')],
      relationships: []
    }
  });

  it('pairs a test with the code its name says it tests, not with an entity named inside another name', () => {
    const found = findings(
      lines(
        '## Phase 3: Core',
        '- [ ] T015 Create TestCaseFrontmatter record in src/Models/TestCaseFrontmatter.cs',
        '- [ ] T016 Create TestCase record in src/Models/TestCase.cs',
        '- [ ] T032 Implement TestCaseParser in src/Parsing/TestCaseParser.cs',
        '- [ ] T035 Write unit tests for TestCaseParser in tests/Parsing/TestCaseParserTests.cs'
      ),
      'test-after-implementation',
      model
    );
    expect(found.map(found => [found.message, found.related?.[0]?.location.line])).toEqual([
      ['Test task T035 comes after T032, which implements TestCaseParser that it tests', 4]
    ]);
  });

  it('pairs a test file with the source file of the same stem', () => {
    const found = findings(
      lines(
        '## Phase 7: Automation',
        '- [ ] T135 Create ConditionEditor component in src/components/ConditionEditor.tsx',
        '- [ ] T140 Implement condition matching in src/lib/domain/automation.ts',
        '- [ ] T147 Unit tests in tests/unit/domain/automation.test.ts'
      ),
      'test-after-implementation'
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T147 comes after T140, which implements automation that it tests'
    ]);
  });

  it('does not take a task that only mentions a unit as building it', () => {
    const tasks = (first: string) =>
      lines(
        '## Phase 3: User Story 1',
        first,
        '- [ ] T024 [US1] Unit tests in app/src/test/SpeedTrackingViewModelTest.kt',
        '- [ ] T030 [US1] Implement SpeedTrackingViewModel in app/src/ui/SpeedTrackingViewModel.kt'
      );
    expect(
      findings(
        tasks('- [ ] T020 [US1] Screen taking SpeedTrackingViewModel in app/src/ui/Screen.kt'),
        'test-after-implementation'
      )
    ).toEqual([]);
    expect(
      findings(
        tasks('- [ ] T020 [US1] Create SpeedTrackingViewModel state holder in app/src/ui/State.kt'),
        'test-after-implementation'
      ).map(found => found.message)
    ).toEqual([
      'Test task T024 comes after T020, which implements SpeedTrackingViewModel that it tests'
    ]);
  });

  it('does not take a schema migration as the implementation a test comes after', () => {
    expect(
      findings(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T010 Create the error_logs table in db/migrations/V5__create_error_logs.sql',
          '- [ ] T019 ErrorLog integration test in tests/ErrorLogTest.java',
          '- [ ] T025 Create ErrorLog entity in src/ErrorLog.java'
        ),
        'test-after-implementation',
        model
      )
    ).toEqual([]);
  });

  it("names the unit under test, not an entity the test's name happens to start with", () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T023 Create Batch aggregate in src/Batch.java',
        '- [ ] T031 Implement BatchTimeoutPolicy in src/BatchTimeoutPolicy.java',
        '- [ ] T070 BatchTimeoutPolicyTest in tests/BatchTimeoutPolicyTest.java'
      ),
      'test-after-implementation',
      model
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T070 comes after T031, which implements BatchTimeoutPolicy that it tests'
    ]);
  });

  it('nearest miss: a test of a unit that is built later is in the right place, whatever entity it names', () => {
    expect(
      findings(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T010 Create Batch entity in src/Batch.java',
          '- [ ] T030 BatchServiceTest for Batch handling in tests/BatchServiceTest.java',
          '- [ ] T040 Implement BatchService in src/BatchService.java'
        ),
        'test-after-implementation',
        model
      )
    ).toEqual([]);
  });

  it('still takes an entity named with a role suffix as its code', () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T010 Create BatchRepository in src/BatchRepository.java',
        '- [ ] T030 Integration test for Batch persistence in tests/integration/test_persistence.py'
      ),
      'test-after-implementation',
      feature({ dataModel: { entities: [entity('Batch')], relationships: [] } })
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T030 comes after T010, which implements entity Batch that it tests'
    ]);
  });
});

describe('test-after-implementation: heading tasks', () => {
  it('judges what a task is by its heading, not by how its body says it works', () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '### T007: Create BatchResponseDto record',
        '**Files**: `src/dto/BatchResponseDto.java`',
        '### T008: Write BatchResponseDto unit test',
        '**Files**: `tests/dto/BatchResponseDtoTest.java`',
        '**Description**: Uses a mock clock to assert every field.'
      ),
      'test-after-implementation'
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T008 comes after T007, which implements BatchResponseDto that it tests'
    ]);
  });
});

describe('test-after-implementation: phases the template puts after the core', () => {
  it('leaves tests in Integration and Polish alone, but not the same test in Core', () => {
    const tail = [
      '- [ ] T024 Core logic in vllm/core/hit_rate.py',
      '## Phase 3.4: Integration & Platform Support',
      '- [ ] T030 Distributed execution test in tests/distributed/test_hit_rate.py'
    ];
    expect(findings(lines('## Phase 3.3: Core', ...tail), 'test-after-implementation')).toEqual([]);
    expect(
      findings(lines('## Phase 3.3: Core', tail[0]!, tail[2]!), 'test-after-implementation').map(
        found => found.message
      )
    ).toEqual(['Test task T030 comes after T024, which implements hit_rate that it tests']);
  });
});

describe('test-after-implementation: tests after the code on purpose', () => {
  it('leaves alone a change to existing tests after the code they cover changed', () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T012 Take a Config in the Parser constructor in src/parser.rs',
        '- [ ] T013 Update the existing tests in tests/parser_test.rs for the new constructor',
        '- [ ] T014 Unit test for the parser in tests/parser_test.rs'
      ),
      'test-after-implementation'
    );
    expect(found.map(found => found.location.line)).toEqual([4]);
  });

  it('leaves alone an integration test that waits for the code, or sits in a later phase of integration tests', () => {
    const api = [
      '## Phase 3.3: Core',
      '- [ ] T009 Implement the ShelfController in src/ShelfController.java',
      '## Phase 3.4: Tests'
    ];
    expect(
      findings(
        lines(
          ...api,
          '- [ ] T020 Integration test of the ShelfController in tests/ShelfControllerIT.java (depends on T009)'
        ),
        'test-after-implementation'
      )
    ).toEqual([]);
    expect(
      findings(
        lines(
          '## Phase 3.3: Core',
          api[1]!,
          '## Phase 3.8: End-to-End Integration Tests',
          '- [ ] T021 Scenario 2 for the ShelfController in tests/ShelfControllerIT.java'
        ),
        'test-after-implementation'
      )
    ).toEqual([]);
  });

  it('nearest miss: a contract test that waits for the code still comes after it', () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T009 Implement the ShelfController in src/ShelfController.java',
        '- [ ] T010 Contract test of the ShelfController in tests/ShelfControllerTest.java (depends on T009)'
      ),
      'test-after-implementation'
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T010 comes after T009, which implements ShelfController that it tests'
    ]);
  });

  it('pairs a test with an entity its headline names, not one its acceptance criteria mention', () => {
    const model = feature({ dataModel: { entities: [entity('ErrorBody')], relationships: [] } });
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '### T001: Create the ErrorBody record',
        '**Files**: `src/ErrorBody.java`',
        '### T002: Write the dual token scenario test',
        '**Files**: `tests/DualTokenScenario.java`',
        '- [ ] Asserts an ErrorBody on 400',
        '### T003: Write the ErrorBody serialisation test',
        '**Files**: `tests/SerialisationCheck.java`'
      ),
      'test-after-implementation',
      model
    );
    expect(found.map(found => found.message)).toEqual([
      'Test task T003 comes after T001, which implements entity ErrorBody that it tests'
    ]);
  });

  it('does not take a method list beside a route wildcard for the endpoint itself', () => {
    const model = feature({
      contracts: [
        contract('batch.yaml', [
          endpoint('POST', '/api/v1/batch/start', { operationId: 'startBatch', resource: 'batch' })
        ])
      ]
    });
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T006 Allow JWT only for `/api/v1/batch/**` + POST/PUT/DELETE in src/SecurityConfig.java',
        '- [ ] T007 Contract test for startBatch in tests/BatchStartTest.java'
      ),
      'test-after-implementation',
      model
    );
    expect(found).toEqual([]);
  });

  it('is silent where neither the documents nor the list ask for tests first', () => {
    const found = findings(
      lines(
        '## Phase 3.3: Core',
        '- [ ] T009 Implement the ShelfController in src/ShelfController.java',
        '- [ ] T010 Unit test of the ShelfController in tests/ShelfControllerTest.java'
      ),
      'test-after-implementation',
      feature({ testFirst: undefined })
    );
    expect(found).toEqual([]);
  });
});

describe('task-id-order', () => {
  it('reports a block of tasks moved as one as one note, and a lone task as its own', () => {
    const found = findings(
      lines(
        '## Phase 7',
        '- [ ] T025 a in a.py',
        '- [ ] T026 b in b.py',
        '- [ ] T027 b in b.py',
        '- [ ] T036 b in b.py',
        '## Phase 8',
        '- [ ] T021 c in c.py',
        '- [ ] T022 d in d.py',
        '- [ ] T024 e in e.py',
        '- [ ] T037 f in f.py',
        '- [ ] T038 f in f.py',
        '- [ ] T030 g in g.py'
      ),
      'task-id-order'
    );
    expect(found.map(found => [found.location.line, found.message])).toEqual([
      [7, 'Tasks T021–T024 come after T036 in the document; IDs should ascend'],
      [12, 'Task T030 comes after T038 in the document; IDs should ascend']
    ]);
  });

  it('reports the block inserted out of order, not the longer block it displaced', () => {
    const found = findings(
      lines(
        '- [ ] T100 a in a.py',
        '- [ ] T170 inserted in b.py',
        '- [ ] T171 inserted in b.py',
        '- [ ] T101 c in c.py',
        '- [ ] T102 c in c.py',
        '- [ ] T103 c in c.py'
      ),
      'task-id-order'
    );
    expect(found.map(found => [found.location.line, found.message])).toEqual([
      [2, 'Tasks T170–T171 come before T101 in the document; IDs should ascend']
    ]);
  });
});

describe('missing-file-path', () => {
  it('does not ask a file of tasks that run or check something, nor of one naming an earlier file by its class', () => {
    const found = findings(
      lines(
        '## Phase 4',
        '- [ ] T004 Add speed state in app/src/RideRecordingStateRepositoryImpl.kt',
        '- [ ] T005 Reset speed on stop in RideRecordingStateRepositoryImpl',
        '- [ ] T034 Run `make check` end-to-end and confirm zero errors',
        '- [ ] T035 Verify migrations run successfully',
        '- [ ] T036 Add the NuGet packages for logging'
      ),
      'missing-file-path'
    );
    expect(found.map(found => found.message)).toEqual([
      'Task T036 names no file or directory path'
    ]);
  });

  it('does not ask a file of a task naming a type or function an earlier task created in a file', () => {
    const found = findings(
      lines(
        '## Phase 3',
        '- [ ] T007 Create `McpServerState` struct in crates/mcp/src/server.rs',
        '- [ ] T008 Implement `McpServerState::new()` with the dataset loader',
        '- [ ] T017 Add `route_plan_handler` to crates/mcp/src/tools.rs',
        '- [ ] T018 Validate inputs in route_plan_handler',
        '- [ ] T072 Wire the new state into the server startup'
      ),
      'missing-file-path'
    );
    expect(found.map(found => found.message)).toEqual([
      'Task T072 names no file or directory path'
    ]);
  });

  it('only counts names of earlier tasks, and only names they create, not ones they mention', () => {
    const found = findings(
      lines(
        '## Phase 3',
        '- [ ] T010 Parse the config with `YamlDotNet` in src/Config/ConfigLoader.cs',
        '- [ ] T011 Add the YamlDotNet package',
        '- [ ] T012 Use RetryPolicyOptions in the client',
        '- [ ] T013 Create `RetryPolicyOptions` record in src/Retry/RetryPolicyOptions.cs'
      ),
      'missing-file-path'
    );
    expect(found.map(found => found.message)).toEqual([
      'Task T011 names no file or directory path',
      'Task T012 names no file or directory path'
    ]);
  });

  it('does not ask a file of a command, a labelled check, or a review named with a modifier', () => {
    const found = findings(
      lines(
        '## Phase 9',
        '- [ ] T080 `./gradlew assembleDebug` and install on the emulator',
        '- [ ] T081 Security: Verify no secrets are logged',
        '- [ ] T082 Final security review',
        '- [ ] T083 Walking test: speed stays under 7 km/h',
        '- [ ] T084 Performance validation: p95 under 50 ms on the sample dataset',
        '- [ ] T085 Install Tailwind CSS v4 dependencies: `npm install tailwindcss postcss`',
        '- [ ] T086 Commit the generated schema',
        '- [ ] T087 Add review screen for pending payments',
        '- [ ] T088 Later: wire the retry policy',
        '- [ ] T089 Add the styling packages: `tailwindcss`, `postcss`'
      ),
      'missing-file-path'
    );
    expect(found.map(found => found.message)).toEqual([
      'Task T087 names no file or directory path',
      'Task T088 names no file or directory path',
      'Task T089 names no file or directory path'
    ]);
  });
});
