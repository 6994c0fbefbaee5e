import { describe, expect, it } from '@jest/globals';
import type { Feature, PlannedFile } from '../../src/core/model.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import { plannedRole } from '../../src/core/plan/placement/planned-roles.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import type { RuleContext } from '../../src/core/plan/rules/context.js';
import { contractTestTasks } from '../../src/core/plan/rules/contract-tests.js';
import { endpointTasks } from '../../src/core/plan/rules/endpoints.js';
import { plannedDescription } from '../../src/core/plan/rules/planned-files.js';
import { storyTestTasks } from '../../src/core/plan/rules/story-tests.js';
import { templateItemTasks } from '../../src/core/plan/rules/template-items.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { at, contract, endpoint, entity, feature, story } from '../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

/** A feature whose plan.md has this Technical Context language and this fenced tree. */
function featureWith(language: string, tree: string[], extra: Partial<Feature> = {}): Feature {
  const text = [
    '# Implementation Plan: Seed Swap',
    '',
    '## Technical Context',
    '',
    `**Language/Version**: ${language}`,
    '',
    '## Project Structure',
    '',
    '```text',
    ...tree,
    '```',
    ''
  ].join('\n');
  const { plan } = parsePlan({
    path: 'specs/021-seed-swap/plan.md',
    relativePath: 'plan.md',
    text
  });
  return feature({ name: '021-seed-swap', plan, ...extra });
}

function contextOf(model: Feature): RuleContext {
  return {
    feature: model,
    template: builtIn,
    layout: resolveLayout(model, builtIn),
    owners: storyOwners(model)
  };
}

function file(
  path: string,
  note?: string,
  status: PlannedFile['status'] = 'unmarked'
): PlannedFile {
  return { path, status, note, source: at('specs/021-seed-swap/plan.md', 9) };
}

/** Each task of the whole plan as `description in files`. */
function lines(model: Feature): string[] {
  return planTasks(model, builtIn).tasks.map(
    task => `${task.description} in ${task.files.join(', ')}`
  );
}

describe('plannedRole: the phase a planned file’s task goes in', () => {
  it.each([
    ['tests/integration/swap/offer.test.ts', 'test'],
    ['src/SeedSwap.Tests/SwapServiceTests.cs', 'test'],
    ['apps/web/package.json', 'setup'],
    ['apps/web/vite.config.ts', 'setup'],
    ['.github/workflows/ci.yml', 'setup'],
    ['assets/fonts/Icons.ttf', 'setup'],
    ['docs/swap-guide.md', 'docs'],
    ['src/db/migrations/003_swaps.sql', 'migration'],
    ['src/app/api/swaps/route.ts', 'endpoint'],
    ['src/web/SwapController.java', 'endpoint'],
    ['src/lib/swaps/types.ts', 'model'],
    ['src/domain/Seed.kt', 'model'],
    ['src/lib/swaps/service.ts', 'service'],
    ['src/swap/matching.py', 'service'],
    ['src/components/SwapCard.tsx', 'ui'],
    ['src/app/swaps/page.tsx', 'ui'],
    ['src/middleware.ts', 'integration'],
    ['configs/swap.yaml', 'data']
  ])('%s → %s', (path, role) => {
    expect(plannedRole(file(path))).toBe(role);
  });
});

describe('plannedDescription: the plan’s note as the task', () => {
  it.each([
    [file('src/lib/swaps/service.ts', 'Swap CRUD, listing'), 'Implement Swap CRUD, listing'],
    [file('src/lib/swaps/service.ts'), 'Create swaps service'],
    [
      file('src/swap/ranks.py', '(or a module) ranks offers by distance.'),
      'Implement ranks offers by distance'
    ],
    [file('src/swap/loader.py', 'loads the seed catalogue.'), 'Load the seed catalogue'],
    [
      file('src/schema/swaps.graphql', 'copied from the contract'),
      'Create swaps (copied from the contract)'
    ],
    [file('src/lib/swaps/types.ts', 'Seed, Offer interfaces'), 'Define Seed, Offer interfaces'],
    [file('src/app/swaps/page.tsx', 'Swap board'), 'Build Swap board'],
    [
      file('src/web/SwapController.java', 'Use DTOs', 'modified'),
      'Update SwapController to use DTOs'
    ],
    [
      file('src/swap/control.rs', 'rule cap persistence', 'modified'),
      'Update rule cap persistence'
    ],
    [
      file('src/swap/bench.py', 'to call the ledger', 'modified'),
      'Update bench to call the ledger'
    ],
    [file('proto/swap.proto', undefined, 'modified'), 'Update swap'],
    [file('tests/integration/swap/offer-flow.test.ts'), 'Integration test for offer flow'],
    [
      file('tests/cli.rs', 'assert_cmd tests of every subcommand'),
      'Write assert_cmd tests of every subcommand'
    ],
    [file('docs/guide.md'), 'Write guide'],
    [file('apps/web/package.json'), 'Set up web package'],
    // Notes about the file, not its work: another file it may be, optional, a condition.
    [file('deploy/stack/index.ts', 'or __main__.py'), 'Create stack index'],
    [file('deploy/stack/index.ts', '또는 __main__.py'), 'Create stack index'],
    [file('charts/swap/templates/cache.yaml', 'optional'), 'Add cache (optional)'],
    [
      file('infra/cache.tf', '선택적 Deployment, Service'),
      'Implement Deployment, Service (optional)'
    ],
    [
      file('deploy/stack/tsconfig.json', 'TypeScript 사용 시'),
      'Set up stack tsconfig (TypeScript 사용 시)'
    ],
    [
      file('deploy/stack/tsconfig.json', 'if the stack is written in TypeScript'),
      'Set up stack tsconfig (if the stack is written in TypeScript)'
    ]
  ])('%j', (planned, description) => {
    expect(plannedDescription(planned, plannedRole(planned))).toBe(description);
  });
});

describe('withPlannedFiles: one task per planned file, one task per piece of work', () => {
  const tree = [
    'src/',
    '├── lib/',
    '│   └── swaps/',
    '│       ├── types.ts          # Swap, Offer interfaces',
    '│       ├── service.ts        # Swap matching and listing',
    '│       └── ranks.ts          # distance ranking',
    '├── app/',
    '│   ├── swaps/',
    '│   │   └── page.tsx          # Swap board',
    '│   └── api/',
    '│       └── swaps/',
    '│           └── route.ts      # GET (list), POST (offer)',
    '└── middleware.ts',
    'tests/',
    '└── e2e/',
    '    └── swap-board.spec.ts    # US-1 E2E'
  ];

  it('gives every planned file its task in its role’s phase, a rule’s task taking the note of its file', () => {
    const model = featureWith('TypeScript 5', tree, {
      dataModel: { entities: [entity('Swap')], relationships: [] },
      spec: {
        title: 'Seed Swap',
        stories: [story(1, 'Browse the swap board')],
        requirements: [],
        keyEntities: []
      }
    });
    expect(lines(model)).toEqual([
      'Create the project structure the implementation plan lists in src/lib/swaps/, src/app/swaps/, src/app/api/swaps/, tests/e2e/',
      'Add the TypeScript 5 dependencies the feature needs in package.json',
      'Configure linting and formatting in eslint.config.js',
      'Integration test for User Story 1: Browse the swap board in tests/e2e/swap-board.spec.ts',
      'Create Swap model — Swap, Offer interfaces in src/lib/swaps/types.ts',
      'Implement Swap matching and listing in src/lib/swaps/service.ts',
      'Implement distance ranking in src/lib/swaps/ranks.ts',
      'Implement GET /api/swaps endpoint (list) in src/app/api/swaps/route.ts',
      'Implement POST /api/swaps endpoint (offer) in src/app/api/swaps/route.ts',
      'Build Swap board in src/app/swaps/page.tsx',
      'Create middleware in src/middleware.ts',
      'eslint passes in src/lib/',
      'tsc --noEmit passes in src/lib/',
      'Update the user documentation in docs/',
      'Confirm backward compatibility of public interfaces in src/lib/',
      'Remove duplication left by the implementation in src/lib/'
    ]);
  });

  it('says why a phase has no task', () => {
    const model = featureWith('TypeScript 5', tree);
    const plan = planTasks(model, builtIn);
    const integration = plan.phases.findIndex(phase => phase.role === 'integration');
    expect(plan.tasks.some(task => task.phase === integration)).toBe(true);
    const bare = featureWith('TypeScript 5', ['src/', '└── lib/']);
    const empty = planTasks(bare, builtIn).phases.find(phase => phase.role === 'integration')!;
    expect(empty.emptyReason).toBe(
      "Check the feature on each supported accelerator, Distributed execution test, Quantized model support and Plugin hook concern the template's own code base (vllm/), not this feature's"
    );
  });
});

describe('the template’s rules on the plan’s own files', () => {
  it('puts a contract test in the plan’s test file for what the contract is about', () => {
    const model = featureWith(
      'Java 21',
      ['src/test/java/contract/', '├── OfferContractTest.java', '└── SwapContractTest.java'],
      {
        contracts: [contract('swap-dtos.yaml', [])]
      }
    );
    expect(contractTestTasks(contextOf(model))[0]!.files).toEqual([
      'src/test/java/contract/SwapContractTest.java'
    ]);
  });

  it('puts a story’s test in the file the plan ties to it or names for it, never one file twice', () => {
    const model = featureWith(
      'TypeScript 5',
      [
        'tests/',
        '├── e2e/',
        '│   └── board.spec.ts             # US-2 E2E',
        '└── integration/',
        '    └── offer-seeds.test.ts'
      ],
      {
        spec: {
          title: 'Seed Swap',
          stories: [
            story(1, 'Offer seeds to neighbours'),
            story(2, 'Browse the board'),
            story(3, 'Offer seeds twice')
          ],
          requirements: [],
          keyEntities: []
        }
      }
    );
    expect(storyTestTasks(contextOf(model)).map(task => task.files[0])).toEqual([
      'tests/integration/offer-seeds.test.ts',
      'tests/e2e/board.spec.ts',
      'tests/e2e/offer-seeds-twice.spec.ts'
    ]);
  });

  it('builds the plan’s routes where no contract declares endpoints', () => {
    const model = featureWith('TypeScript 5', [
      'src/app/api/swaps/',
      '├── route.ts              # GET (list)',
      '└── [id]/',
      '    └── route.ts          # PATCH (accept)'
    ]);
    expect(endpointTasks(contextOf(model)).map(task => [task.description, task.files[0]])).toEqual([
      ['Implement GET /api/swaps endpoint (list)', 'src/app/api/swaps/route.ts'],
      ['Implement PATCH /api/swaps/{id} endpoint (accept)', 'src/app/api/swaps/[id]/route.ts']
    ]);
    const withContract = {
      ...model,
      contracts: [contract('swaps.yaml', [endpoint('GET', '/api/swaps')])]
    };
    expect(endpointTasks(contextOf(withContract)).map(task => task.description)).toEqual([
      'Implement GET /api/swaps endpoint'
    ]);
  });

  it('leaves out the generic core items the plan’s files do, naming its validation file instead', () => {
    const model = featureWith('TypeScript 5', [
      'src/lib/swaps/',
      '├── service.ts',
      '└── validation.ts         # zod schemas for offers',
      'tests/unit/',
      '└── service.test.ts'
    ]);
    const items = templateItemTasks(contextOf(model)).map(
      task => `${task.description} in ${task.files.join(', ')}`
    );
    expect(items.filter(text => /logic|validation|comments|Unit tests/i.test(text))).toEqual([
      'Input validation and error messages in src/lib/swaps/validation.ts'
    ]);
  });

  it('names the unit tests after the plan’s own module where it plans no test file', () => {
    const unitTests = (language: string, tree: string[]) =>
      templateItemTasks(contextOf(featureWith(language, tree)))
        .map(task => `${task.description} in ${task.files.join(', ')}`)
        .filter(text => text.startsWith('Unit tests'));
    // Go keeps a package's tests beside its code; an entry point names no module.
    expect(
      unitTests('Go 1.22', [
        'cmd/swapd/main.go      # entry point',
        'pkg/swap/',
        '├── matcher.go         # pairs offers with requests',
        '└── ledger.go'
      ])
    ).toEqual(['Unit tests for matcher in pkg/swap/matcher_test.go']);
    // Java: the test folder named as the module's folder, in the plan's case.
    expect(
      unitTests('Java 21', [
        'backend/src/main/java/acme/swap/service/',
        '└── OfferService.java',
        'backend/src/test/java/acme/swap/controller/',
        'backend/src/test/java/acme/swap/service/'
      ])
    ).toEqual([
      'Unit tests for OfferService in backend/src/test/java/acme/swap/service/OfferServiceTest.java'
    ]);
  });

  it('leaves the generic docs item to the documentation files the plan writes', () => {
    const docsItems = (tree: string[]) =>
      templateItemTasks(contextOf(featureWith('Rust 1.80', tree)))
        .map(task => `${task.description} in ${task.files.join(', ')}`)
        .filter(text => /documentation/i.test(text));
    expect(docsItems(['src/swap.rs', 'docs/', '└── swapping.md   # NEW: operator guide'])).toEqual(
      []
    );
    expect(docsItems(['src/swap.rs'])).toEqual(['Update the user documentation in docs/']);
  });

  it('puts a Go benchmark in the test file of the plan’s module, not a file of its own', () => {
    const model = featureWith('Go 1.22', ['pkg/swap/', '└── matcher.go   # pairs offers'], {});
    const withGoal = {
      ...model,
      plan: {
        ...model.plan!,
        technicalContext: {
          ...model.plan!.technicalContext,
          'Performance Goals': {
            value: 'match in under 5 ms',
            raw: 'match in under 5 ms',
            source: at('specs/021-seed-swap/plan.md', 5)
          }
        }
      }
    };
    const files = templateItemTasks(contextOf(withGoal))
      .filter(task => /benchmark/i.test(task.description))
      .map(task => task.files.join(', '));
    expect(files.length).toBeGreaterThan(0);
    expect(new Set(files)).toEqual(new Set(['pkg/swap/matcher_test.go']));
  });
});
