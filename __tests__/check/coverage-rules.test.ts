/**
 * The coverage rules on task lists that paraphrase their design documents, as real lists do:
 * each case is a shape a review of the corpus found, with the nearest miss that must still fire.
 */
import { describe, expect, it } from '@jest/globals';
import { checkFeature } from '../../src/core/check/check-feature.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import { defaultSettings } from '../../src/core/check/settings.js';
import type { Feature, Finding } from '../../src/core/model.js';
import { contract, endpoint, entity, feature, story } from '../helpers/builders.js';

const TASKS_PATH = 'specs/001-test/tasks.md';

function findings(tasks: string, model: Feature, ruleId: string): Finding[] {
  const list = parseTaskList({ path: TASKS_PATH, relativePath: 'tasks.md', text: tasks });
  return checkFeature({ feature: model, taskList: list }, defaultSettings()).findings.filter(
    found => found.ruleId === ruleId
  );
}

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('contract-untested: what a contract is about', () => {
  const authSecurity = feature({
    contracts: [{ ...contract('auth-security.yaml', []), title: 'Auth rules' }]
  });

  it('takes a test named after the contract file as testing it, across - and _ and case', () => {
    for (const test of [
      '- [ ] T001 Write AuthSecurityIntegrationTest in tests/AuthSecurityIntegrationTest.java',
      '- [ ] T001 Contract test in tests/unit/test_auth_security_contract.py'
    ]) {
      expect(
        findings(lines('## Phase 3.2: Tests', test), authSecurity, 'contract-untested')
      ).toEqual([]);
    }
  });

  it('nearest miss: a test sharing one word of a two-word file name does not test it', () => {
    expect(
      findings(
        lines('## Phase 3.2: Tests', '- [ ] T001 Security headers test in tests/test_headers.py'),
        authSecurity,
        'contract-untested'
      )
    ).toHaveLength(1);
  });

  it('takes the subject of the title, and names the contract declares', () => {
    const model = feature({
      contracts: [
        {
          ...contract('repository-contract.md', [], 'markdown'),
          title: 'Repository Contract: RideRecordingStateRepository'
        },
        {
          ...contract('client-streaming.md', [], 'markdown'),
          names: ['complete_stream', 'StreamChunk']
        }
      ]
    });
    const tasks = lines(
      '## Phase 4: Testing',
      '- [ ] T020 Unit tests in app/src/test/RideRecordingStateRepositoryImplTest.kt',
      '- [ ] T021 Integration tests for complete_stream() in tests/test_client.py'
    );
    expect(findings(tasks, model, 'contract-untested')).toEqual([]);
    const withoutSecond = lines(
      '## Phase 4: Testing',
      '- [ ] T020 Unit tests in app/src/test/RideRecordingStateRepositoryImplTest.kt'
    );
    expect(findings(withoutSecond, model, 'contract-untested').map(found => found.message)).toEqual(
      ['Contract contracts/client-streaming.md has no test task']
    );
  });

  it('takes a test of the resource as testing its endpoints', () => {
    const model = feature({
      contracts: [
        contract('batch-api.md', [
          endpoint('POST', '/api/v1/batch/start'),
          endpoint('POST', '/api/v1/batch/{id}/complete')
        ])
      ]
    });
    expect(
      findings(
        lines(
          '## Phase 3.3: Contract Tests First',
          '- [ ] T013 Write BatchContractTest for batch lifecycle endpoints (start, complete)'
        ),
        model,
        'contract-untested'
      )
    ).toEqual([]);
  });

  it('does not take a tool whose name holds the word "tests" for a test task', () => {
    const model = feature({
      contracts: [{ ...contract('ai-tools.md', [], 'markdown'), names: ['batch_read_tests'] }]
    });
    const tasks = (line: string) => lines('## Phase 3: Tools', line);
    expect(
      findings(
        tasks('- [ ] T077 Implement batch_read_tests tool in src/Tools/BatchReadTestsTool.cs'),
        model,
        'contract-untested'
      )
    ).toHaveLength(1);
    expect(
      findings(
        tasks('- [ ] T090 Test batch_read_tests in tests/Tools/BatchReadTestsToolTests.cs'),
        model,
        'contract-untested'
      )
    ).toEqual([]);
  });

  it('asks no test of a contract whose endpoints all belong to something the feature only uses', () => {
    const model = feature({
      contracts: [
        contract('image.md', [
          endpoint('GET', '/health', { consumed: true }),
          endpoint('GET', '/ready', { consumed: true })
        ]),
        contract('mixed.md', [
          endpoint('GET', '/health', { consumed: true }),
          endpoint('POST', '/jobs')
        ])
      ]
    });
    expect(
      findings(
        lines('## Phase 3.3: Core', '- [ ] T001 Helm chart in deploy/'),
        model,
        'contract-untested'
      ).map(found => found.message)
    ).toEqual(['Contract contracts/mixed.md (2 endpoints) has no test task']);
  });

  it('nearest miss: an implementation task named after the contract is not its test', () => {
    expect(
      findings(
        lines('## Phase 3.3: Core', '- [ ] T001 Implement auth security filter in src/auth.py'),
        authSecurity,
        'contract-untested'
      )
    ).toHaveLength(1);
  });
});

describe('endpoint-unimplemented: how tasks name what they build', () => {
  it('accepts the route written with the server base path in front', () => {
    const model = feature({
      contracts: [
        contract('location-api.yaml', [
          endpoint('GET', '/trucks/{truckId}/history', { basePath: '/location/v1' })
        ])
      ]
    });
    expect(
      findings(
        lines(
          '## Phase 3: Core',
          '- [ ] T001 Implement TruckController GET /location/v1/trucks/{truckId}/history in src/TruckController.java'
        ),
        model,
        'endpoint-unimplemented'
      )
    ).toEqual([]);
  });

  it('accepts a wildcard route and a controller of the resource, but not another resource', () => {
    const model = feature({
      contracts: [
        contract('admin.md', [
          endpoint('GET', '/admin/accounts'),
          endpoint('GET', '/admin/accounts/{id}'),
          endpoint('DELETE', '/admin/batches/{id}')
        ])
      ]
    });
    const found = findings(
      lines(
        '## Phase 3: Core',
        '- [ ] T001 Implement AccountAdminController for /admin/accounts/* in src/AccountAdminController.java'
      ),
      model,
      'endpoint-unimplemented'
    );
    expect(found.map(found => found.message)).toEqual([
      'Endpoint DELETE /admin/batches/{id} of contracts/admin.md has no implementation task'
    ]);
  });

  it('accepts "Remote API handlers (GET, POST, DELETE)" for the /remotes endpoints', () => {
    const model = feature({
      contracts: [
        contract('api.yaml', [endpoint('GET', '/remotes'), endpoint('DELETE', '/remotes/{name}')])
      ]
    });
    expect(
      findings(
        lines(
          '## Phase 3: Core',
          '- [ ] T016 Implement Remote API handlers (GET, POST, DELETE) in internal/api/handlers/remote.go'
        ),
        model,
        'endpoint-unimplemented'
      )
    ).toEqual([]);
  });

  it('nearest misses: a resource word in a file path, before the serving noun, or in a task about other routes', () => {
    const model = feature({
      contracts: [
        contract('admin.md', [
          endpoint('GET', '/admin/batches/{id}'),
          endpoint('GET', '/admin/errors'),
          endpoint('POST', '/admin/sites')
        ])
      ]
    });
    const found = findings(
      lines(
        '## Phase 3: Core',
        '- [ ] T010 Logback config in src/main/resources/batches/logback.xml',
        '- [ ] T011 Global exception handler for errors in src/GlobalExceptionHandler.java',
        '- [ ] T012 SiteController for /api/v1/sites/{id} in src/SiteController.java'
      ),
      model,
      'endpoint-unimplemented'
    );
    expect(found.map(found => found.message)).toEqual([
      'Endpoint GET /admin/batches/{id} of contracts/admin.md has no implementation task',
      'Endpoint GET /admin/errors of contracts/admin.md has no implementation task',
      'Endpoint POST /admin/sites of contracts/admin.md has no implementation task'
    ]);
  });

  it('takes the handlers of an outer resource as serving the routes under it', () => {
    const model = feature({
      contracts: [contract('api.yaml', [endpoint('GET', '/jobs/{id}/logs')])]
    });
    const found = (line: string) =>
      findings(lines('## Phase 6', line), model, 'endpoint-unimplemented');
    expect(
      found('- [ ] T036 Implement Job History API handlers in internal/api/handlers/job.go')
    ).toEqual([]);
    expect(
      found('- [ ] T036 Implement the job runner in internal/core/runner/runner.go')
    ).toHaveLength(1);
  });

  it('holds a list that builds a resource route by route to that, under any of its resources', () => {
    const model = feature({
      contracts: [
        contract('location.yaml', [
          endpoint('GET', '/trucks'),
          endpoint('POST', '/trucks/within-bounds')
        ])
      ]
    });
    const found = findings(
      lines(
        '## Phase 3: Core',
        '- [ ] T070 Implement TruckController GET /trucks in src/TruckController.java',
        '- [ ] T074 Add authorization to TruckController in src/TruckController.java'
      ),
      model,
      'endpoint-unimplemented'
    );
    expect(found.map(found => found.message)).toEqual([
      'Endpoint POST /trucks/within-bounds of contracts/location.yaml has no implementation task'
    ]);
  });

  it('takes a folder named for the resource and its serving code, not a front-end file or a bare /api', () => {
    const model = feature({
      contracts: [contract('openapi.yaml', [endpoint('POST', '/route', { basePath: '/api' })])]
    });
    const found = (line: string) =>
      findings(lines('## Phase 3: Core', line), model, 'endpoint-unimplemented');
    expect(
      found('- [ ] T013 Compute fuel in the handler in crates/evefrontier-lambda-route/src/main.rs')
    ).toEqual([]);
    expect(found('- [ ] T050 Proxy /api to the backend in web/vite.config.ts')).toHaveLength(1);
    expect(found('- [ ] T013 Draw the route in crates/evefrontier-lib/src/route.rs')).toHaveLength(
      1
    );
  });

  it('takes a route written without a method as serving everything under it', () => {
    const model = feature({
      contracts: [contract('batch.md', [endpoint('POST', '/api/v1/batch/start')])]
    });
    expect(
      findings(
        lines(
          '## Phase 3: Core',
          '- [ ] T056 Implement BatchController for /api/v1/batch endpoints in src/BatchController.java'
        ),
        model,
        'endpoint-unimplemented'
      )
    ).toEqual([]);
  });

  it('still fires when a list builds a resource endpoint by endpoint and leaves one out', () => {
    const model = feature({
      contracts: [
        contract('users.yaml', [
          endpoint('GET', '/roles'),
          endpoint('POST', '/roles'),
          endpoint('DELETE', '/roles/{id}')
        ])
      ]
    });
    const found = findings(
      lines(
        '## Phase 3: Core',
        '- [ ] T029 RoleController with endpoints for role management in src/RoleController.java',
        '- [ ] T035 Implement GET /roles in src/RoleController.java',
        '- [ ] T036 Implement POST /roles in src/RoleController.java'
      ),
      model,
      'endpoint-unimplemented'
    );
    expect(found.map(found => found.message)).toEqual([
      'Endpoint DELETE /roles/{id} of contracts/users.yaml has no implementation task'
    ]);
  });

  it('accepts a file named after the route, as plugins and handlers often are', () => {
    const model = feature({
      contracts: [contract('plugin.yml', [endpoint('POST', '/zerossl_certificate')])]
    });
    const found = (line: string) =>
      findings(lines('## Phase 3.3: Core', line), model, 'endpoint-unimplemented');
    expect(
      found('- [ ] T025 Implement the run method in action_plugins/zerossl_certificate.py')
    ).toEqual([]);
    expect(
      found('- [ ] T025 Implement the run method in action_plugins/certificate.py')
    ).toHaveLength(1);
  });

  it('skips endpoints the feature only consumes, and contracts it calls through a client', () => {
    const model = feature({
      contracts: [
        contract('page-routes.md', [endpoint('GET', '/api/teachers', { consumed: true })]),
        {
          ...contract('zerossl-api.yml', [endpoint('POST', '/certificates')]),
          title: 'ZeroSSL API'
        }
      ]
    });
    expect(
      findings(
        lines(
          '## Phase 3: Core',
          '- [ ] T021 ZeroSSL APIClient with rate limiting in module_utils/zerossl/api_client.py'
        ),
        model,
        'endpoint-unimplemented'
      )
    ).toEqual([]);
  });

  it('nearest miss: a client task does not excuse a contract whose endpoints the list implements in part', () => {
    const model = feature({
      contracts: [
        {
          ...contract('zerossl-api.yml', [
            endpoint('POST', '/certificates'),
            endpoint('GET', '/certificates/{id}/status')
          ]),
          title: 'ZeroSSL API'
        }
      ]
    });
    expect(
      findings(
        lines(
          '## Phase 3: Core',
          '- [ ] T021 ZeroSSL client in src/zerossl_client.py',
          '- [ ] T022 Implement POST /certificates in src/server.py'
        ),
        model,
        'endpoint-unimplemented'
      ).map(found => found.message)
    ).toEqual([
      'Endpoint GET /certificates/{id}/status of contracts/zerossl-api.yml has no implementation task'
    ]);
  });
});

describe('entity-without-model: names in other words', () => {
  it('accepts the words in another order, the name without a descriptive tail, and an alias', () => {
    const model = feature({
      dataModel: {
        entities: [
          entity('Theme Configuration'),
          entity('AST Node Hierarchy'),
          entity('Reporting buffer', { aliases: ['RateLimitStatsAccumulator'] })
        ],
        relationships: []
      }
    });
    expect(
      findings(
        lines(
          '## Phase 3.3: Core',
          '- [ ] T003 Configure the theme (configuration keys) in docs/config.toml',
          '- [ ] T011 Create AST node definitions in src/parser/ast.rs',
          '- [ ] T022 Implement per-rule `RateLimitStatsAccumulator` in src/stats.rs'
        ),
        model,
        'entity-without-model'
      )
    ).toEqual([]);
  });

  it('skips derived entities; nearest miss: one word of a two-word name is not the entity', () => {
    const model = feature({
      dataModel: {
        entities: [
          entity('OwnerTopUpHistoryView', { derived: true }),
          entity('Certificate Bundle')
        ],
        relationships: []
      }
    });
    expect(
      findings(
        lines('## Phase 3.3: Core', '- [ ] T018 Certificate data model in plugins/models.py'),
        model,
        'entity-without-model'
      ).map(found => found.message)
    ).toEqual([
      'Entity Certificate Bundle from data-model.md has no task that creates or changes it'
    ]);
  });
});

describe('entity-without-model: entities the feature extends', () => {
  it('takes a task extending what the entity is part of; nearest miss: the same words without extending', () => {
    const model = feature({
      dataModel: { entities: [entity('RouteStep', { extended: true })], relationships: [] }
    });
    const found = (line: string) =>
      findings(lines('## Phase 2', line), model, 'entity-without-model');
    expect(
      found('- [ ] T007 Extend route data structures to carry fuel in crates/lib/src/path.rs')
    ).toEqual([]);
    expect(found('- [ ] T007 Draw the route on the map in web/src/map.ts')).toHaveLength(1);
  });
});

describe('story-untested: tests that paraphrase the story', () => {
  const stories = [
    story(1, 'Identity Creation & Unlock', 'P1'),
    story(7, 'Manage Imports', 'P3'),
    story(8, 'Marketing Landing Page', 'P3')
  ];
  const model = feature({ spec: { title: undefined, stories, requirements: [], keyEntities: [] } });

  it('accepts a test sharing two key words of the title, wherever it is; nearest misses still fire', () => {
    const found = findings(
      lines(
        '## Phase 9: Polish',
        '- [ ] T157 E2E test: identity creation flow in tests/e2e/identity.spec.ts',
        '- [ ] T101 Test the import wizard in tests/unit/import-wizard.test.ts',
        '- [ ] T164 Optimise the images of the landing page'
      ),
      model,
      'story-untested'
    );
    expect(found.map(found => found.message)).toEqual([
      'User Story 7 "Manage Imports" has no integration test task',
      'User Story 8 "Marketing Landing Page" has no integration test task'
    ]);
  });

  it('accepts "end-to-end testing of all user stories" for every story', () => {
    expect(
      findings(
        lines('## Phase 9: Polish', '- [ ] T094 Perform end-to-end testing of all user stories'),
        model,
        'story-untested'
      )
    ).toEqual([]);
  });

  it("accepts a verification task in the story's own phase", () => {
    const one = feature({
      spec: {
        title: undefined,
        stories: [story(4, 'Knowledge Graph Indexing', 'P4'), story(5, 'Exports', 'P5')],
        requirements: [],
        keyEntities: []
      }
    });
    const found = findings(
      lines(
        '## Phase 6: User Story 4 - Knowledge Graph Indexing (Priority: P4)',
        '- [ ] T032 [US4] Run graphify and confirm HTML output in docs/graphs/'
      ),
      one,
      'story-untested'
    );
    expect(found.map(found => found.message)).toEqual([
      'User Story 5 "Exports" has no integration test task'
    ]);
  });

  it("takes any integration-level test as covering a spec's only story, but not a unit test", () => {
    const primary = feature({
      spec: {
        title: undefined,
        stories: [story(1, 'Primary User Story')],
        requirements: [],
        keyEntities: []
      }
    });
    expect(
      findings(
        lines('## Phase 3.8: Testing', '- [ ] T036 [P] Visual regression tests in tests/visual/'),
        primary,
        'story-untested'
      )
    ).toEqual([]);
    expect(
      findings(
        lines('## Phase 3.8: Testing', '- [ ] T036 [P] Unit tests for the parser in tests/unit/'),
        primary,
        'story-untested'
      )
    ).toHaveLength(1);
  });
});

describe('story-untested: quickstart scenarios', () => {
  const model = feature({
    quickstart: {
      scenarios: [
        { title: 'Create and Deploy Certificate (Full Automation)', source: at(20) },
        { title: 'Multiple Domains (SAN Certificate)', source: at(40) },
        { title: 'Certificate File Permissions', source: at(60) }
      ]
    }
  });

  it('matches scenarios by their key words, and reports the one no test covers', () => {
    const found = findings(
      lines(
        '## Phase 3.2: Tests',
        '- [ ] T008 Integration test: Full certificate automation scenario in tests/integration/test_full.py',
        '- [ ] T011 Integration test: Multi-domain (SAN) certificate in tests/integration/test_san.py'
      ),
      model,
      'story-untested'
    );
    expect(found.map(found => found.message)).toEqual([
      'Quickstart scenario "Certificate File Permissions" has no integration test task'
    ]);
  });

  it('takes "Run quickstart.md end-to-end" as validating every scenario', () => {
    expect(
      findings(
        lines('## Phase 9: Polish', '- [ ] T068 Run `quickstart.md` end-to-end on two hosts'),
        model,
        'story-untested'
      )
    ).toEqual([]);
  });
});

describe('tests not requested', () => {
  it('asks for no contract or story tests when the list says tests were not requested', () => {
    const model = feature({
      contracts: [contract('services.md', [], 'markdown')],
      spec: {
        title: undefined,
        stories: [story(1, 'Todo Management')],
        requirements: [],
        keyEntities: []
      }
    });
    const list = parseTaskList({
      path: TASKS_PATH,
      relativePath: 'tasks.md',
      text: lines('## Phase 1: Setup', '- [ ] T001 Create the Xcode project in App/')
    });
    const waived = checkFeature(
      {
        feature: model,
        taskList: { ...list, testsNotRequested: { file: TASKS_PATH, line: 6, column: 1 } }
      },
      defaultSettings()
    ).findings.map(found => found.ruleId);
    expect(waived).not.toContain('contract-untested');
    expect(waived).not.toContain('story-untested');
    const asked = checkFeature({ feature: model, taskList: list }, defaultSettings()).findings.map(
      found => found.ruleId
    );
    expect(asked).toContain('contract-untested');
    expect(asked).toContain('story-untested');
  });
});

function at(line: number) {
  return { file: 'specs/001-test/quickstart.md', line, column: 1 };
}

describe('story-untested: how lists say they check things', () => {
  const model = feature({
    quickstart: {
      scenarios: [
        { title: 'Probar endpoints con autenticación', source: at(39) },
        { title: 'Verificación rápida de contrato', source: at(78) }
      ]
    }
  });

  it('takes checking words in other languages', () => {
    expect(
      findings(
        lines(
          '## Fase 6: Pulido',
          '- [ ] T044 Verificar contrato y endpoints con autenticación en backend/src/test/'
        ),
        model,
        'story-untested'
      )
    ).toEqual([]);
  });

  it('takes "Execute every scenario in quickstart.md" as running the quickstart', () => {
    expect(
      findings(
        lines('## Phase 9: Polish', '- [ ] T065 Execute every scenario in `quickstart.md`'),
        model,
        'story-untested'
      )
    ).toEqual([]);
  });

  it('nearest miss: a task that only mentions quickstart.md does not run it', () => {
    expect(
      findings(
        lines('## Phase 9: Polish', '- [ ] T066 Update `quickstart.md` with the new flags'),
        model,
        'story-untested'
      )
    ).toHaveLength(1);
  });
});
