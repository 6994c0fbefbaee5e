import { describe, expect, it } from '@jest/globals';
import type { Feature, StructureNote } from '../../../src/core/model.js';
import { resolveLayout } from '../../../src/core/plan/layout/resolve.js';
import type { RuleContext } from '../../../src/core/plan/rules/context.js';
import { endpointTasks } from '../../../src/core/plan/rules/endpoints.js';
import { modelTasks } from '../../../src/core/plan/rules/models.js';
import { serviceTasks } from '../../../src/core/plan/rules/services.js';
import { storyOwners } from '../../../src/core/plan/story-owners.js';
import {
  at,
  classicTemplate,
  contract,
  endpoint,
  entity,
  feature,
  plan,
  structure
} from '../../helpers/builders.js';

/** A plan whose tree names `files` (folders taken from them) in `language`. */
function planned(language: string, files: string[], notes: StructureNote[] = []) {
  const dirs = [...new Set(files.map(file => file.slice(0, file.lastIndexOf('/') + 1)))];
  return plan({
    technicalContext: {
      'Language/Version': { value: language, raw: language, source: at('plan.md') }
    },
    structure: structure({
      sourceDirs: dirs.filter(dir => !/(?:^|\/)tests?\//.test(dir)),
      testDirs: dirs.filter(dir => /(?:^|\/)tests?\//.test(dir)),
      files,
      notes
    })
  });
}

function contextFor(model: Feature): RuleContext {
  const template = classicTemplate();
  return {
    feature: model,
    template,
    layout: resolveLayout(model, template),
    owners: storyOwners(model)
  };
}

function endpointFiles(model: Feature): Record<string, string> {
  return Object.fromEntries(
    endpointTasks(contextFor(model)).map(task => [
      task.description.replace(/^Implement /, ''),
      task.files[0]!
    ])
  );
}

const JAVA = 'backend/src/main/java/acme/exam/';

describe('file choice: endpoints', () => {
  const exam = planned('Java 17', [
    `${JAVA}controller/UserController.java`,
    `${JAVA}controller/AuthController.java`,
    `${JAVA}controller/RoleController.java`,
    `${JAVA}dto/LoginRequestDTO.java`,
    `${JAVA}dto/UserDTO.java`,
    `${JAVA}entity/User.java`,
    `${JAVA}entity/Role.java`
  ]);

  it('puts each endpoint in the controller that serves its route, never a DTO or an entity', () => {
    const api = contract('user-management-api.yaml', [
      endpoint('POST', '/auth/login'),
      endpoint('GET', '/users/{id}'),
      endpoint('DELETE', '/roles/{id}')
    ]);
    expect(endpointFiles(feature({ plan: exam, contracts: [api] }))).toEqual({
      'POST /auth/login endpoint': `${JAVA}controller/AuthController.java`,
      'GET /users/{id} endpoint': `${JAVA}controller/UserController.java`,
      'DELETE /roles/{id} endpoint': `${JAVA}controller/RoleController.java`
    });
  });

  it('invents a controller named for what the contract serves when the plan names none', () => {
    const dtoOnly = planned('Java 17', [
      `${JAVA}dto/LoginRequestDTO.java`,
      `${JAVA}dto/UserDTO.java`,
      `${JAVA}service/ExamService.java`
    ]);
    const files = endpointFiles(
      feature({
        plan: dtoOnly,
        contracts: [contract('admin-api-summary.md', [endpoint('GET', '/admin/reports')])]
      })
    );
    expect(files['GET /admin/reports endpoint']).toBe(`${JAVA}AdminApiController.java`);
  });

  it('takes the route the plan writes beside a controller, exactly or by wildcard', () => {
    const dfm = planned(
      'Java 21',
      ['batch/presentation/BatchController.java', 'upload/presentation/FileUploadController.java'],
      [
        { path: 'batch/presentation/BatchController.java', note: 'Client API (/api/v1/batch/*)' },
        {
          path: 'upload/presentation/FileUploadController.java',
          note: 'POST /api/v1/batch/{id}/upload'
        }
      ]
    );
    const api = contract('batch-api.md', [
      endpoint('POST', '/api/v1/batch/{batchId}/upload'),
      endpoint('POST', '/api/v1/batch/{batchId}/complete')
    ]);
    expect(endpointFiles(feature({ plan: dfm, contracts: [api] }))).toEqual({
      'POST /api/v1/batch/{batchId}/upload endpoint':
        'upload/presentation/FileUploadController.java',
      'POST /api/v1/batch/{batchId}/complete endpoint': 'batch/presentation/BatchController.java'
    });
  });

  it("serves an API route from the plan's Next.js app, never from a mobile screen's folder", () => {
    const screens = ['apps/phone/app/(tabs)/plants.tsx', 'apps/phone/app/_layout.tsx'];
    const monorepo = plan({
      technicalContext: {
        'Language/Version': { value: 'TypeScript 5', raw: 'TypeScript 5', source: at('plan.md') }
      },
      structure: structure({
        sourceDirs: ['apps/phone/app/', 'apps/phone/app/(tabs)/', 'apps/site/src/app/'],
        files: screens,
        notes: [{ path: 'apps/site/src/app/', note: 'Next.js App Router (existing pages)' }]
      })
    });
    const api = contract('README.md', [endpoint('POST', '/api/auth/phone-token')]);
    expect(endpointFiles(feature({ plan: monorepo, contracts: [api] }))).toEqual({
      'POST /api/auth/phone-token endpoint': 'apps/site/src/app/api/auth/phone-token/route.ts'
    });
  });

  it('serves HTTP routes from the HTTP module, not the CLI module beside it', () => {
    const server = planned(
      'Rust 1.80',
      ['server/src/operator/cli.rs', 'server/src/operator/http.rs', 'server/src/rules.rs'],
      [
        { path: 'server/src/operator/cli.rs', note: '`server provision-client …`' },
        { path: 'server/src/operator/http.rs', note: 'axum router on loopback' },
        { path: 'server/src/rules.rs', note: 'ServerRuleStore + state machine' }
      ]
    );
    const api = contract('operator-api.md', [
      endpoint('POST', '/v1/clients'),
      endpoint('GET', '/v1/rules')
    ]);
    expect(
      new Set(Object.values(endpointFiles(feature({ plan: server, contracts: [api] }))))
    ).toEqual(new Set(['server/src/operator/http.rs']));
  });

  it('implements an RPC in its servicer, never in a client, a stub or generated code', () => {
    const workspace = planned(
      'Python 3.12',
      [
        'packages/gen/src/health_pb2_grpc.py',
        'packages/proxy/src/proxy/grpc_client.py',
        'packages/frontend/src/frontend/health.py'
      ],
      [
        { path: 'packages/gen/src/health_pb2_grpc.py', note: 'generated (gitignored)' },
        { path: 'packages/proxy/src/proxy/grpc_client.py', note: 'HealthStub wrapper' },
        { path: 'packages/frontend/src/frontend/health.py', note: 'HealthServicer implementation' }
      ]
    );
    const rpc = contract(
      'health-grpc.md',
      [endpoint('RPC', 'Health.Ping', { kind: 'rpc', name: 'Health.Ping', resource: 'health' })],
      'markdown'
    );
    expect(endpointFiles(feature({ plan: workspace, contracts: [rpc] }))).toEqual({
      'Health.Ping operation': 'packages/frontend/src/frontend/health.py'
    });
  });

  it("puts a file-routed framework's endpoints in their route files, inventing missing ones alike", () => {
    const next = planned('TypeScript 5', [
      'src/app/page.tsx',
      'src/app/events/page.tsx',
      'src/app/events/[id]/page.tsx',
      'src/app/(account)/settings/page.tsx',
      'src/components/EventCard.tsx'
    ]);
    const pages = contract('page-routes.md', [
      endpoint('GET', '/'),
      endpoint('GET', '/events/{id}'),
      endpoint('GET', '/settings'),
      endpoint('GET', '/bookings')
    ]);
    expect(endpointFiles(feature({ plan: next, contracts: [pages] }))).toEqual({
      'GET / endpoint': 'src/app/page.tsx',
      'GET /events/{id} endpoint': 'src/app/events/[id]/page.tsx',
      'GET /settings endpoint': 'src/app/(account)/settings/page.tsx',
      'GET /bookings endpoint': 'src/app/bookings/page.tsx'
    });
  });
});

describe('file choice: command-line contracts', () => {
  /** A C# plan with one folder of code and no files named in it. */
  const csharpWith = (dir: string) => {
    const model = planned('C# 12', []);
    model.structure.sourceDirs.push(dir);
    return model;
  };
  const command = (name: string) =>
    endpoint('CLI', name, { kind: 'cli', name, resource: name.split(' ').pop()! });

  it('names the files of CLI commands as commands, one per command in a folder of them, never as a web controller', () => {
    const files = endpointFiles(
      feature({
        plan: csharpWith('src/Shop.Cli/Commands/'),
        contracts: [
          contract('cli-commands.md', [command('shop export'), command('shop import')]),
          contract('pricing.md', [command('shop reprice')])
        ]
      })
    );
    expect(files['shop export command']).toBe('src/Shop.Cli/Commands/ExportCommand.cs');
    expect(files['shop import command']).toBe('src/Shop.Cli/Commands/ImportCommand.cs');
    expect(files['shop reprice command']).toBe('src/Shop.Cli/Commands/RepriceCommand.cs');
  });

  it('still names the file of an HTTP contract as a controller', () => {
    const files = endpointFiles(
      feature({
        plan: csharpWith('src/Shop.Api/Controllers/'),
        contracts: [contract('orders-api.yaml', [endpoint('GET', '/orders')])]
      })
    );
    expect(files['GET /orders endpoint']).toBe('src/Shop.Api/Controllers/OrdersApiController.cs');
  });
});

describe('file choice: models and services', () => {
  it("puts an entity in the models folder whose note names it, of several services' folders", () => {
    // The front end's folder comes first: its interfaces are not the services' entities.
    const dirs = [
      'web/src/app/models/',
      'services/intake/src/main/java/acme/intake/model/',
      'services/fleet/src/main/java/acme/fleet/model/',
      'services/billing/src/main/java/acme/billing/model/'
    ];
    const notes = [
      { path: dirs[0]!, note: 'TypeScript interfaces (Van, Invoice, etc.)' },
      { path: dirs[1]!, note: 'Parcel scan DTOs, validation' },
      { path: dirs[2]!, note: 'Van, Depot, Route entities' },
      { path: dirs[3]!, note: 'Invoice, Tariff entities' }
    ];
    const services = plan({
      technicalContext: {
        'Language/Version': {
          value: 'Java 21 (services), TypeScript 5 (web)',
          raw: 'Java 21 (services), TypeScript 5 (web)',
          source: at('plan.md')
        }
      },
      structure: structure({ sourceDirs: dirs, notes })
    });
    const model = feature({
      plan: services,
      dataModel: {
        entities: [entity('Van'), entity('Invoice'), entity('Parcel Scan'), entity('Driver')],
        relationships: []
      }
    });
    // "Parcel scan DTOs" speaks of the entity but names no type; Driver is named nowhere and goes
    // to the first models folder, as before.
    expect(modelTasks(contextFor(model)).map(task => task.files[0])).toEqual([
      `${dirs[2]}Van.java`,
      `${dirs[3]}Invoice.java`,
      `${dirs[1]}ParcelScan.java`,
      `${dirs[1]}Driver.java`
    ]);
  });

  it('names the file of an entity headed by a description for the one type its section declares', () => {
    const kiosk = planned('Kotlin 2.0', ['kiosk/src/main/java/org/till/model/Basket.kt']);
    const model = feature({
      plan: kiosk,
      dataModel: {
        entities: [
          entity('Screen State', { aliases: ['KioskScreenState'] }),
          // A declared type without the heading's words is a part of it, not its name.
          entity('Receipt Line', { aliases: ['Money'] }),
          entity('Tender Kind', { aliases: ['TenderKind', 'CardTender'] })
        ],
        relationships: []
      }
    });
    const dir = 'kiosk/src/main/java/org/till/model/';
    expect(modelTasks(contextFor(model)).map(task => task.files[0])).toEqual([
      `${dir}KioskScreenState.kt`,
      `${dir}ReceiptLine.kt`,
      `${dir}TenderKind.kt`
    ]);
  });

  it('puts an entity in the file whose note says it defines it', () => {
    const crates = planned(
      'Rust 1.80',
      ['core/src/id.rs', 'core/src/config.rs', 'server/src/rules.rs'],
      [
        { path: 'core/src/id.rs', note: 'ClientName, RuleId, RequestId newtypes' },
        { path: 'core/src/config.rs', note: 'state machine: step scheduling' },
        { path: 'server/src/rules.rs', note: 'ServerRuleStore + state machine' }
      ]
    );
    const model = feature({
      plan: crates,
      dataModel: {
        entities: [entity('RuleId'), entity('Rule'), entity('Request'), entity('Step')],
        relationships: []
      }
    });
    // `Request` is not `RequestId`, and "step scheduling" does not define `Step`.
    expect(modelTasks(contextFor(model)).map(task => task.files[0])).toEqual([
      'core/src/id.rs',
      'server/src/rules.rs',
      'core/src/request.rs',
      'core/src/step.rs'
    ]);
  });

  it('finds the file of an entity its plural names: sketches.py for Sketch, boxes.py for Box', () => {
    const model = feature({
      plan: planned('Python 3.12', ['kiln/models/sketches.py', 'kiln/models/boxes.py']),
      dataModel: { entities: [entity('Sketch'), entity('Box'), entity('Glaze')], relationships: [] }
    });
    expect(modelTasks(contextFor(model)).map(task => task.files[0])).toEqual([
      'kiln/models/sketches.py',
      'kiln/models/boxes.py',
      'kiln/models/glaze.py'
    ]);
  });

  it('never puts a model in a view, a benchmark tool or code of another language', () => {
    const dualStack = planned('Go 1.22', [
      'pkg/schema/validate.go',
      'pkg/runtime/engine.go',
      'vscode/src/views/runbook.ts',
      'tools/bench/step.go'
    ]);
    const model = feature({
      plan: dualStack,
      dataModel: { entities: [entity('Runbook'), entity('Step')], relationships: [] }
    });
    expect(modelTasks(contextFor(model)).map(task => task.files[0])).toEqual([
      'pkg/schema/runbook.go',
      'pkg/schema/step.go'
    ]);
    // The nearest miss: the same names in the plan's own code are taken.
    const own = planned('Go 1.22', ['pkg/schema/runbook.go', 'pkg/flow/step.go']);
    const taken = feature({
      plan: own,
      dataModel: { entities: [entity('Runbook'), entity('Step')], relationships: [] }
    });
    expect(modelTasks(contextFor(taken)).map(task => task.files[0])).toEqual([
      'pkg/schema/runbook.go',
      'pkg/flow/step.go'
    ]);
  });

  it('puts logic where the logic lives, not among entry-point scripts', () => {
    const project = planned('Python 3.11', [
      'src/pkg/models/sample.py',
      'src/pkg/engine/train.py',
      'scripts/train_cv.py',
      'scripts/evaluate.py'
    ]);
    const model = feature({
      plan: project,
      dataModel: {
        entities: [entity('Sample'), entity('Fold')],
        relationships: [
          {
            from: 'Sample',
            to: 'Fold',
            kind: 'N:1',
            text: 'Sample belongs to Fold',
            source: at('specs/001-test/data-model.md', 9)
          }
        ]
      }
    });
    expect(serviceTasks(contextFor(model))[0]!.files).toEqual(['src/pkg/engine/sample_service.py']);
  });

  it('puts a service beside its entity model, in the same module', () => {
    const modules = planned('Java 21', [
      'account/domain/Account.java',
      'account/application/AccountService.java',
      'batch/domain/Batch.java',
      'batch/application/BatchLifecycleService.java'
    ]);
    const model = feature({
      plan: modules,
      dataModel: {
        entities: [entity('Account'), entity('Batch')],
        relationships: [
          {
            from: 'Batch',
            to: 'Account',
            kind: 'N:1',
            text: 'Batch belongs to Account',
            source: at('specs/001-test/data-model.md', 9)
          }
        ]
      }
    });
    expect(serviceTasks(contextFor(model))[0]!.files).toEqual([
      'batch/application/BatchService.java'
    ]);
  });

  it('puts the entities the plan places nowhere into its types file, not a file each', () => {
    const pantry = planned('Python 3.12', [
      'pantry/stock/models.py',
      'pantry/stock/services.py',
      'pantry/stock/views.py'
    ]);
    const relation = {
      from: 'Shelf',
      to: 'Jar',
      kind: '1:N',
      text: 'Shelf holds Jars',
      source: at('specs/001-test/data-model.md', 9)
    } as const;
    const model = feature({
      plan: pantry,
      dataModel: { entities: [entity('Jar'), entity('Shelf')], relationships: [relation] }
    });
    const context = contextFor(model);
    expect(modelTasks(context).map(task => task.files[0])).toEqual([
      'pantry/stock/models.py',
      'pantry/stock/models.py'
    ]);
    // The relationships go into the services module beside the models, not shelf_service.py.
    expect(serviceTasks(context).map(task => task.files[0])).toEqual(['pantry/stock/services.py']);
  });

  it('keeps relationships in the types file where the plan has no service layer', () => {
    const ledger = planned('Go 1.22', ['pkg/ledger/schema.go', 'pkg/ledger/export.go']);
    const model = feature({
      plan: ledger,
      dataModel: {
        entities: [entity('Ledger'), entity('Entry')],
        relationships: [
          {
            from: 'Ledger',
            to: 'Entry',
            kind: '1:N',
            text: 'Ledger has Entries',
            source: at('specs/001-test/data-model.md', 9)
          }
        ]
      }
    });
    const [service] = serviceTasks(contextFor(model));
    expect(`${service!.description} in ${service!.files[0]}`).toBe(
      "Add Ledger's relationships to Entry in pkg/ledger/schema.go"
    );
  });

  it('takes the file named for the entity and what it does to it as its service', () => {
    const plugin = planned('Python 3.11', [
      'plugin/utils/parcel_manager.py',
      'plugin/utils/api_client.py'
    ]);
    const model = feature({
      plan: plugin,
      dataModel: {
        entities: [entity('Parcel'), entity('Label')],
        relationships: [
          {
            from: 'Parcel',
            to: 'Label',
            kind: '1:N',
            text: 'Parcel carries Labels',
            source: at('specs/001-test/data-model.md', 9)
          }
        ]
      }
    });
    expect(serviceTasks(contextFor(model))[0]!.files).toEqual(['plugin/utils/parcel_manager.py']);
  });

  it('gives each entity its own file where the language does, or the models folder does', () => {
    const java = planned('Java 21', ['shop/model/Models.java', 'shop/model/Order.java']);
    const perEntity = planned('TypeScript 5', [
      'src/models/order.ts',
      'src/models/line.ts',
      'src/shared/types.ts'
    ]);
    const entities = { entities: [entity('Order'), entity('Coupon')], relationships: [] };
    expect(
      modelTasks(contextFor(feature({ plan: java, dataModel: entities }))).map(t => t.files[0])
    ).toEqual(['shop/model/Order.java', 'shop/model/Coupon.java']);
    expect(
      modelTasks(contextFor(feature({ plan: perEntity, dataModel: entities }))).map(t => t.files[0])
    ).toEqual(['src/models/order.ts', 'src/models/coupon.ts']);
  });
});
