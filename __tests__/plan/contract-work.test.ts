/**
 * Contract work against the model and service rules: the same class is planned once, named and
 * placed as the contract says, with each operation under the service that lists it; and the
 * spec's Key Entities become models only when they are data.
 */
import { describe, expect, it } from '@jest/globals';
import { checkFeature } from '../../src/core/check/check-feature.js';
import { knownRoots } from '../../src/core/parse/tasks-md/known-roots.js';
import { parseTaskList } from '../../src/core/parse/tasks-md/parse-task-list.js';
import { defaultSettings } from '../../src/core/check/settings.js';
import { generateTasks, generationInputHash } from '../../src/core/generate.js';
import type { Contract, Feature, KeyEntity, Plan } from '../../src/core/model.js';
import { parseContract } from '../../src/core/parse/contracts/index.js';
import { parseDataModel } from '../../src/core/parse/data-model/index.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import type { Task, TaskDraft } from '../../src/core/plan/model.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import { contractOperationTasks } from '../../src/core/plan/rules/contract-operations.js';
import type { RuleContext } from '../../src/core/plan/rules/context.js';
import { modelTasks } from '../../src/core/plan/rules/models.js';
import { serviceTasks } from '../../src/core/plan/rules/services.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import type { TasksTemplate } from '../../src/core/template/model.js';
import { at, classicTemplate, feature, plan } from '../helpers/builders.js';

const DIR = 'specs/001-test';

function contractOf(fileName: string, lines: string[]): Contract {
  const path = `${DIR}/contracts/${fileName}`;
  return parseContract({ path, relativePath: `contracts/${fileName}`, text: lines.join('\n') })
    .contract;
}

function dataModel(lines: string[]): Feature['dataModel'] {
  const path = `${DIR}/data-model.md`;
  return parseDataModel({ path, relativePath: 'data-model.md', text: lines.join('\n') }).dataModel;
}

function planWith(sourceDirs: string[], files: string[] = [], language = 'Swift 6'): Plan {
  return plan({
    technicalContext: {
      'Language/Version': { value: language, raw: language, source: at(`${DIR}/plan.md`, 3) }
    },
    structure: {
      sourceDirs,
      testDirs: ['Tests/'],
      files,
      decision: undefined,
      source: at(`${DIR}/plan.md`, 10)
    }
  });
}

function contextFor(model: Feature, template: TasksTemplate = classicTemplate()): RuleContext {
  return {
    feature: model,
    template,
    layout: resolveLayout(model, template),
    owners: storyOwners(model)
  };
}

/** Every rule the contract work meets, as the planner runs them. */
function work(model: Feature) {
  const context = contextFor(model);
  return contractOperationTasks(context, modelTasks(context), serviceTasks(context));
}

function lines(drafts: (TaskDraft | Task)[]): string[] {
  return drafts.map(draft => `${draft.description} in ${draft.files.join(', ')}`);
}

const PANTRY_MODEL = [
  '# Data Model: Pantry',
  '',
  '## Entity: Shelf',
  '',
  '| Field | Type | Description |',
  '|---|---|---|',
  '| id | UUID | key |',
  '',
  '## Entity: Item',
  '',
  '| Field | Type | Description |',
  '|---|---|---|',
  '| id | UUID | key |',
  '',
  '## Entity: BarcodeLink',
  '',
  '| Field | Type | Description |',
  '|---|---|---|',
  '| code | String | scanned code |',
  '',
  '## Entity: DataEntry',
  '',
  '| Field | Type | Description |',
  '|---|---|---|',
  '| amount | Int | counted |',
  '',
  '## Relationships',
  '',
  '- Shelf 1:N Item',
  '- BarcodeLink belongs to Item',
  '- DataEntry belongs to Item'
];

/** Sections of operations in the shape of a native app's service contract, in our own words. */
const PANTRY_SERVICES = [
  '# Service Contracts: Pantry',
  '',
  '## ShelfService',
  '',
  '| Operation | Input | Output | Notes |',
  '|---|---|---|---|',
  '| create | name | Shelf | unique name |',
  '| rename | Shelf, name | Shelf | |',
  '| archive | Shelf | Shelf | |',
  '| list | — | [Shelf] | by name |',
  '| moveItems | Shelf, Shelf | — | |',
  '',
  '## BarcodeService',
  '',
  '| Operation | Input | Output |',
  '|---|---|---|',
  '| linkToItem | Item, code | BarcodeLink |',
  '| unlinkFromItem | Item | — |',
  '| lookupCode | code | ItemDTO |',
  '',
  '### Scanner Endpoints Used',
  '',
  '| Action | Path |',
  '|---|---|',
  '| Look up | `GET /codes/{code}` |',
  '',
  '## ClockService',
  '',
  '| Operation | Input | Output |',
  '|---|---|---|',
  '| start | Item | DataEntry |',
  '| pause | — | DataEntry |',
  '| currentRun | — | DataEntry? |',
  '| recoverAfterCrash | — | DataEntry? |',
  '',
  '## DataEntryService',
  '',
  '| Operation | Input | Output |',
  '|---|---|---|',
  '| create | Item, amount | DataEntry |',
  '| delete | DataEntry | — |',
  '| markChecked | [DataEntry] | — |',
  '| dailyTotals | Date | Totals |'
];

function pantry(): Feature {
  return feature({
    plan: planWith(['Pantry/Models/', 'Pantry/Services/', 'Pantry/Views/']),
    dataModel: dataModel(PANTRY_MODEL),
    contracts: [contractOf('services.md', PANTRY_SERVICES)]
  });
}

describe('contract work: a service the contract declares and the data model implies is one task', () => {
  it('folds the relationship service into the contract’s service of that name, covering both', () => {
    const { services, operations } = work(pantry());
    const shelf = services.find(task => task.key === 'service:Shelf')!;
    expect(lines([shelf])).toEqual([
      "Implement ShelfService per contracts/services.md (create, rename, archive, list, moveItems), managing Shelf's relationships to Item in Pantry/Services/ShelfService.swift"
    ]);
    expect(shelf.covers.map(cover => cover.kind)).toEqual(['relationship', 'contract']);
    expect(shelf.after).toEqual([
      'model:Shelf',
      'model:Item',
      'contract-test:specs/001-test/contracts/services.md'
    ]);
    expect(operations.some(task => task.description.includes('ShelfService'))).toBe(false);
  });

  it('names the service as the contract does, not after the link entity (BarcodeService, not BarcodeLinkService)', () => {
    const { services, operations } = work(pantry());
    const all = lines([...services, ...operations]);
    expect(all.filter(line => line.includes('BarcodeLinkService'))).toEqual([]);
    expect(all.filter(line => line.includes('BarcodeService'))).toEqual([
      "Implement BarcodeService per contracts/services.md (linkToItem, unlinkFromItem, lookupCode), managing BarcodeLink's relationships to Item in Pantry/Services/BarcodeService.swift"
    ]);
  });

  it('nearest miss: keeps a relationship service no contract service is named for', () => {
    const model = pantry();
    model.contracts = [
      contractOf('services.md', [
        '# Services',
        '',
        '## ShelvingService',
        '',
        '| Operation | Input |',
        '|---|---|',
        '| tidy | Shelf |'
      ])
    ];
    const { services, operations } = work(model);
    expect(services.map(task => task.description)).toContain(
      "Implement ShelfService managing Shelf's relationships to Item"
    );
    expect(operations.map(task => task.description)).toEqual([
      'Implement ShelvingService per contracts/services.md (tidy)'
    ]);
  });

  it('gives an entity to the service with the longest matching name', () => {
    const model = feature({
      plan: planWith(['Pantry/Models/', 'Pantry/Services/']),
      dataModel: dataModel([
        '## Entity: UserProfile',
        '',
        '| Field | Type |',
        '|---|---|',
        '| name | String |',
        '',
        '## Entity: Item',
        '',
        '| Field | Type |',
        '|---|---|',
        '| id | UUID |',
        '',
        '## Relationships',
        '',
        '- UserProfile 1:N Item'
      ]),
      contracts: [
        contractOf('services.md', [
          '# Services',
          '',
          '## UserService',
          '',
          '| Operation | Input |',
          '|---|---|',
          '| signIn | name |',
          '',
          '## UserProfileService',
          '',
          '| Operation | Input |',
          '|---|---|',
          '| rename | name |'
        ])
      ]
    });
    const { services, operations } = work(model);
    expect(services.map(task => task.description)).toEqual([
      "Implement UserProfileService per contracts/services.md (rename), managing UserProfile's relationships to Item"
    ]);
    expect(operations.map(task => task.description)).toEqual([
      'Implement UserService per contracts/services.md (signIn)'
    ]);
  });

  it('waits for a folded service under the key of the task that now holds it', () => {
    const model = feature({
      plan: planWith(['Pantry/Models/', 'Pantry/Services/']),
      dataModel: dataModel([
        '## Entity: Barcode',
        '',
        '| Field | Type |',
        '|---|---|',
        '| code | String |',
        '',
        '## Entity: BarcodeLink',
        '',
        '| Field | Type |',
        '|---|---|',
        '| code | String |',
        '',
        '## Entity: Item',
        '',
        '| Field | Type |',
        '|---|---|',
        '| id | UUID |',
        '',
        '## Relationships',
        '',
        '- Barcode 1:N Item',
        '- BarcodeLink belongs to Item'
      ]),
      contracts: [
        contractOf('services.md', [
          '# Services',
          '',
          '## BarcodeService',
          '',
          '| Operation | Input |',
          '|---|---|',
          '| lookupCode | code |'
        ]),
        contractOf('links.yaml', [
          'openapi: 3.0.0',
          'info: { title: Links, version: "1" }',
          'paths:',
          '  /barcode-links/{id}:',
          '    get:',
          '      operationId: getBarcodeLink',
          '      responses: { "200": { description: ok } }'
        ])
      ]
    });
    const { services, renamed } = work(model);
    expect(services.map(task => task.key)).toEqual(['service:Barcode']);
    expect(renamed).toEqual(new Map([['service:BarcodeLink', 'service:Barcode']]));
    const planned = planTasks(model, classicTemplate());
    const service = planned.tasks.find(task => task.key === 'service:Barcode')!;
    const endpoint = planned.tasks.find(task => task.kind === 'endpoint')!;
    expect(service.description).toContain(
      "managing Barcode's relationships to Item and BarcodeLink's relationships to Item"
    );
    expect(endpoint.dependsOn).toContain(service.id);
  });
});

describe('contract work: each operation belongs to the service whose section lists it', () => {
  it('reads every operation of a section’s table, common words too, under its own service', () => {
    const services = contractOf('services.md', PANTRY_SERVICES);
    expect(services.declarations?.groups).toEqual([
      { name: 'ShelfService', members: ['create', 'rename', 'archive', 'list', 'moveItems'] },
      { name: 'BarcodeService', members: ['linkToItem', 'unlinkFromItem', 'lookupCode'] },
      { name: 'ClockService', members: ['start', 'pause', 'currentRun', 'recoverAfterCrash'] },
      { name: 'DataEntryService', members: ['create', 'delete', 'markChecked', 'dailyTotals'] }
    ]);
    // The names tests go by drop a service named in common words: the sections still hold it.
    expect(services.names).not.toContain('DataEntryService');
  });

  it('gives markChecked to DataEntryService, not to the ClockService written before it', () => {
    const { services, operations } = work(pantry());
    const all = lines([...services, ...operations]);
    expect(all.find(line => line.startsWith('Implement ClockService'))).toBe(
      'Implement ClockService per contracts/services.md (start, pause, currentRun, recoverAfterCrash) in Pantry/Services/ClockService.swift'
    );
    expect(all.find(line => line.startsWith('Implement DataEntryService'))).toBe(
      "Implement DataEntryService per contracts/services.md (create, delete, markChecked, dailyTotals), managing DataEntry's relationships to Item in Pantry/Services/DataEntryService.swift"
    );
  });

  it('nearest miss: an interface in a code block, with no table, still groups its methods', () => {
    const model = feature({
      plan: planWith(['Pantry/Services/'], [], 'C# 12'),
      contracts: [
        contractOf('service-interfaces.md', [
          '# Service Contracts',
          '',
          '## IPantryService',
          '',
          '```csharp',
          'public interface IPantryService',
          '{',
          '    Task<Shelf> GetShelfAsync(Guid id);',
          '    Task ArchiveShelfAsync(Guid id);',
          '}',
          '```'
        ])
      ]
    });
    expect(model.contracts[0]!.declarations?.groups).toEqual([]);
    expect(work(model).operations.map(task => task.description)).toEqual([
      'Implement PantryService (IPantryService) per contracts/service-interfaces.md (GetShelfAsync, ArchiveShelfAsync)'
    ]);
  });

  it('reads the methods an interface section draws as a tree', () => {
    const provider = contractOf('provider.md', [
      '# Provider Contract',
      '',
      '## NoteCollector Interface',
      '',
      'Injected into the run.',
      '',
      '```',
      'NoteCollector',
      '├── AskText(name string) → string',
      '└── AskApproval(roles []string) → Approval[]',
      '```'
    ]);
    expect(provider.declarations?.groups).toEqual([
      { name: 'NoteCollector', members: ['AskText', 'AskApproval'] }
    ]);
    const model = feature({
      plan: planWith(['pkg/runtime/'], [], 'Go 1.22'),
      contracts: [provider]
    });
    expect(work(model).operations.map(task => task.description)).toEqual([
      'Implement NoteCollector per contracts/provider.md (AskText, AskApproval)'
    ]);
  });

  it('counts a JSON contract’s tools, not its schema definitions', () => {
    const tools = contractOf('tools.json', [
      JSON.stringify({
        title: 'Star Map Tools',
        tools: [{ name: 'find_route' }, { name: 'lookup_star' }],
        definitions: {
          find_route_input: { title: 'FindRouteInput' },
          star_summary: { title: 'StarSummary' },
          jump_leg: { title: 'JumpLeg' },
          sector_point: {}
        }
      })
    ]);
    const model = feature({
      plan: planWith(['src/mcp/'], ['src/mcp/tools.rs'], 'Rust'),
      contracts: [tools]
    });
    expect(lines(work(model).operations)).toEqual([
      'Implement the operations declared in contracts/tools.json (find_route, lookup_star) in src/mcp/tools.rs'
    ]);
  });

  it('nearest miss: without a tool list, the contract’s operation-shaped names are its operations', () => {
    const schema = contractOf('events.json', [
      JSON.stringify({
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'Sync Events',
        definitions: { push_batch: {}, pull_batch: {} }
      })
    ]);
    expect(schema.declarations).toBeUndefined();
    const model = feature({ plan: planWith(['src/sync/'], [], 'Rust'), contracts: [schema] });
    expect(work(model).operations.map(task => task.description)).toEqual([
      'Implement the operations declared in contracts/events.json (push_batch, pull_batch)'
    ]);
  });
});

describe('contract work: a type the contract declares and the data model lists is one model task', () => {
  const dtoContract = (fileName: string, schemas: string[]) =>
    contractOf(fileName, [
      'openapi: 3.0.3',
      `info: { title: ${fileName}, version: "1" }`,
      'paths: {}',
      'components:',
      '  schemas:',
      ...schemas.map(name => `    ${name}: { type: object }`)
    ]);
  const javaPlan = planWith(
    [
      'src/main/java/com/acme/order/web/',
      'src/main/java/com/acme/member/web/dto/',
      'src/main/java/com/acme/shared/'
    ],
    [],
    'Java 21'
  );
  const memberModel = dataModel([
    '## Entity: MemberView',
    '',
    '| Field | Type |',
    '|---|---|',
    '| id | Long |',
    '| email | String |'
  ]);

  it('creates the model once, in the contract’s own module, covering the entity and the contract', () => {
    const model = feature({
      plan: javaPlan,
      dataModel: memberModel,
      contracts: [dtoContract('member-dtos.yaml', ['MemberView'])]
    });
    const { models, operations } = work(model);
    expect(lines(models)).toEqual([
      'Create MemberView model (id, email) per contracts/member-dtos.yaml in src/main/java/com/acme/member/web/dto/MemberView.java'
    ]);
    expect(models[0]!.covers.map(cover => `${cover.kind}:${cover.name}`)).toEqual([
      'entity:MemberView',
      'contract:specs/001-test/contracts/member-dtos.yaml'
    ]);
    expect(models[0]!.after).toEqual(['contract-test:specs/001-test/contracts/member-dtos.yaml']);
    expect(operations).toEqual([]);
  });

  it('takes the contract’s folder when it names two of the contract’s words (`member-log-dtos` → `member/…/dto/`)', () => {
    const model = feature({
      plan: javaPlan,
      dataModel: memberModel,
      contracts: [dtoContract('member-log-dtos.yaml', ['MemberView'])]
    });
    expect(work(model).models[0]!.files).toEqual([
      'src/main/java/com/acme/member/web/dto/MemberView.java'
    ]);
  });

  it('nearest miss: a folder sharing one word with the contract is no better than the model’s own', () => {
    const model = feature({
      plan: planWith(
        ['src/main/java/com/acme/api/', 'src/main/java/com/acme/model/'],
        [],
        'Java 21'
      ),
      dataModel: memberModel,
      contracts: [dtoContract('api-views.yaml', ['MemberView'])]
    });
    const { models } = work(model);
    expect(models[0]!.files).toEqual(modelTasks(contextFor(model))[0]!.files);
    expect(models[0]!.files[0]).not.toMatch(/\/api\//);
    expect(models[0]!.description).toBe(
      'Create MemberView model (id, email) per contracts/api-views.yaml'
    );
  });

  it('keeps a task for the contract’s other types', () => {
    const model = feature({
      plan: javaPlan,
      dataModel: memberModel,
      contracts: [dtoContract('member-dtos.yaml', ['MemberView', 'MemberPage', 'MemberFilter'])]
    });
    expect(work(model).operations.map(task => task.description)).toEqual([
      'Implement the types declared in contracts/member-dtos.yaml (MemberPage, MemberFilter)'
    ]);
  });

  it('nearest miss: a wire contract’s messages stay apart from the domain model of the same name', () => {
    const model = feature({
      plan: planWith(['src/core/'], ['proto/pantry.proto'], 'Rust'),
      dataModel: memberModel,
      contracts: [
        contractOf('wire.md', [
          '# Wire delta',
          '',
          '```proto',
          'message MemberView { int64 id = 1; }',
          'message MemberStats { int64 seen = 1; }',
          '```'
        ])
      ]
    });
    const { models, operations } = work(model);
    expect(models.map(task => task.description)).toEqual(['Create MemberView model (id, email)']);
    expect(lines(operations)).toEqual([
      'Implement the types declared in contracts/wire.md (MemberView, MemberStats) in proto/pantry.proto'
    ]);
  });
});

describe('contract work: where the contract says its code lives', () => {
  const sdkPlan = planWith(
    ['packages/server/src/app_server/', 'packages/sdk/src/app_sdk/'],
    ['packages/server/src/app_server/routes.py', 'packages/sdk/src/app_sdk/stream.py'],
    'Python 3.12'
  );
  const sdkContract = (header: string[]) =>
    contractOf('sdk-streaming.md', [
      '# Contract: `AppSdkClient` Streaming API',
      '',
      ...header,
      '',
      '## `StreamClient.open_stream()` method',
      '',
      '```python',
      'async def open_stream(self, prompt: str) -> AsyncIterator[Piece]:',
      '    ...',
      '```'
    ]);

  it('puts the work in the module the contract states, and plans nothing for the client its title names', () => {
    const model = feature({
      plan: sdkPlan,
      contracts: [
        sdkContract(['**Package**: `app-sdk` (`packages/sdk`)  ', '**Module**: `app_sdk.stream`'])
      ]
    });
    expect(lines(work(model).operations)).toEqual([
      'Implement StreamClient per contracts/sdk-streaming.md (open_stream) in packages/sdk/src/app_sdk/stream.py'
    ]);
  });

  it('nearest misses: a package alone gives the folder; nothing stated gives the service folder', () => {
    const packageOnly = feature({
      plan: sdkPlan,
      contracts: [sdkContract(['**Package**: `app-sdk` (`packages/sdk`)'])]
    });
    expect(work(packageOnly).operations.map(task => task.files[0])).toEqual([
      'packages/sdk/src/app_sdk/stream_client.py'
    ]);
    const unstated = feature({ plan: sdkPlan, contracts: [sdkContract([])] });
    expect(work(unstated).operations.map(task => task.files[0])).toEqual([
      resolveLayout(unstated, classicTemplate()).servicesDir + 'stream_client.py'
    ]);
    expect(resolveLayout(unstated, classicTemplate()).servicesDir).not.toMatch(/^packages\/sdk\//);
  });

  it('places a router in the file the contract’s own tree draws for it, not the schema file of that name', () => {
    const model = feature({
      plan: planWith(['src/app/', 'src/lib/'], [], 'TypeScript 5'),
      contracts: [
        contractOf('api.md', [
          '# API Contracts: Pantry',
          '',
          '## Router layout',
          '',
          '```',
          'src/',
          '├── server/',
          '│   ├── routers/',
          '│   │   ├── _root.ts      # Root router',
          '│   │   └── shelf.ts      # shelf.* procedures',
          '│   └── schemas/',
          '│       └── shelf.ts      # Zod schemas for shelves',
          '```',
          '',
          '## Shelf Router',
          '',
          '```typescript',
          'export const shelfRouter = router({',
          '  list: publicProcedure.query(() => []),',
          '  add: publicProcedure.mutation(() => null),',
          '});',
          '```'
        ])
      ]
    });
    expect(lines(work(model).operations)).toEqual([
      'Implement shelfRouter per contracts/api.md (list, add) in src/server/routers/shelf.ts'
    ]);
  });

  it('places a class at the `**File**` the contract gives, under the plan’s folder of that path', () => {
    const model = feature({
      plan: planWith(
        [
          'app/src/main/java/com/acme/pantry/domain/repository/',
          'app/src/main/java/com/acme/pantry/ui/'
        ],
        [],
        'Kotlin 2.0'
      ),
      contracts: [
        contractOf('repository-contract.md', [
          '# Repository Contract: ShelfRepository',
          '',
          '**File**: `domain/repository/ShelfRepository.kt`',
          '',
          '```kotlin',
          'interface ShelfRepository {',
          '    fun getShelves(): Flow<List<Shelf>>',
          '}',
          '```'
        ])
      ]
    });
    expect(work(model).operations.map(task => task.files[0])).toEqual([
      'app/src/main/java/com/acme/pantry/domain/repository/ShelfRepository.kt'
    ]);
  });
});

describe('contract work: our own check finds nothing on the folded list', () => {
  it('checks the pantry list clean: every entity, relationship service and contract still covered', () => {
    const model = pantry();
    const templateText = '(built-in)';
    const template = classicTemplate();
    const generated = generateTasks(model, template, templateText, {});
    const list = parseTaskList(
      { path: `${DIR}/tasks.md`, relativePath: 'tasks.md', text: generated.content },
      { knownRoots: knownRoots(model) }
    );
    const check = checkFeature(
      {
        feature: model,
        taskList: list,
        expectedInputHash: generationInputHash(model, template, templateText)
      },
      defaultSettings()
    );
    expect(check.findings.filter(found => found.severity !== 'note')).toEqual([]);
    const taskLines = generated.content.split('\n').filter(line => /^- \[ \] T\d{3}/.test(line));
    expect(taskLines.filter(line => line.includes('ShelfService.swift'))).toHaveLength(1);
    expect(taskLines.filter(line => line.includes('BarcodeLinkService'))).toEqual([]);
  });
});

describe('model rule: Key Entities only when they are data', () => {
  const key = (name: string, description: string): KeyEntity => ({
    name,
    description,
    source: at(`${DIR}/spec.md`, 40)
  });
  const withStorage = (storage: string | undefined, keyEntities: KeyEntity[]) =>
    feature({
      plan: plan({
        technicalContext: storage
          ? { Storage: { value: storage, raw: storage, source: at(`${DIR}/plan.md`, 5) } }
          : {}
      }),
      spec: { title: 'Board kit', stories: [], requirements: [], keyEntities }
    });
  const modelNames = (model: Feature) =>
    modelTasks(contextFor(model)).map(task => task.description);

  it('skips a hardware module and the generated documentation, though both list attributes', () => {
    const model = withStorage('N/A (embedded)', [
      key(
        'Board Module',
        'Driver code for the LED strip; Attributes: pin numbers; Relations: `led_strip.h` constants.'
      ),
      key('Reference Docs', 'Doxygen HTML output; Attributes: module pages, call graphs.')
    ]);
    expect(modelNames(model)).toEqual([]);
  });

  it('nearest miss: with no store, an entity described by what it holds is still a model', () => {
    const model = withStorage('N/A', [
      key('Reading', 'One sample with a timestamp, a value, and the sensor id.'),
      key('Session', 'A period of use.')
    ]);
    expect(modelNames(model)).toEqual(['Create Reading model']);
  });

  it('takes every Key Entity that is no artefact when the plan names a store', () => {
    const model = withStorage('SQLite', [
      key('Session', 'A period of use.'),
      key('Export', 'The generated HTML output of a session.'),
      key('Email Template', 'Stores the HTML body and the subject line.')
    ]);
    expect(modelNames(model)).toEqual(['Create Session model', 'Create Email Template model']);
  });
});
