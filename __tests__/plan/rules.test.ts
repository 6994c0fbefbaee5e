import { describe, expect, it } from '@jest/globals';
import type { Feature } from '../../src/core/model.js';
import { resolveLayout } from '../../src/core/plan/layout.js';
import { contractTestTasks } from '../../src/core/plan/rules/contract-tests.js';
import type { RuleContext } from '../../src/core/plan/rules/context.js';
import { endpointTasks } from '../../src/core/plan/rules/endpoints.js';
import { modelTasks } from '../../src/core/plan/rules/models.js';
import { decisionTasks } from '../../src/core/plan/rules/research.js';
import { serviceTasks } from '../../src/core/plan/rules/services.js';
import { scenarioTestTasks, storyTestTasks } from '../../src/core/plan/rules/story-tests.js';
import { inFeatureLanguage, templateItemTasks } from '../../src/core/plan/rules/template-items.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import { planTasks } from '../../src/core/plan/plan-tasks.js';
import { validatePlan } from '../../src/core/plan/validate.js';
import type { TasksTemplate } from '../../src/core/template/model.js';
import {
  at,
  classicTemplate,
  contract,
  endpoint,
  entity,
  feature,
  item,
  plan,
  story
} from '../helpers/builders.js';

function contextFor(model: Feature, template: TasksTemplate = classicTemplate()): RuleContext {
  return {
    feature: model,
    template,
    layout: resolveLayout(model, template),
    owners: storyOwners(model)
  };
}

const api = contract('metrics-api.yaml', [
  endpoint('GET', '/v1/metrics', { operationId: 'getMetrics' }),
  endpoint('POST', '/v1/metrics/reset', { operationId: 'resetMetrics' })
]);

describe('contract test rule', () => {
  it('makes one test task per contract file, naming the file and its endpoints', () => {
    const tasks = contractTestTasks(
      contextFor(feature({ contracts: [api, contract('notes.md', [], 'markdown')] }))
    );
    expect(tasks).toHaveLength(2);
    expect(tasks[0]!.description).toBe(
      'Contract test for contracts/metrics-api.yaml (GET /v1/metrics, POST /v1/metrics/reset)'
    );
    expect(tasks[0]!.files).toEqual(['tests/test/test_metrics_api_contract.py']);
    expect(tasks[1]!.description).toBe('Contract test for contracts/notes.md');
    expect(tasks.every(task => task.kind === 'contract-test' && task.role === 'tests')).toBe(true);
  });
});

describe('endpoint rule', () => {
  it('makes one task per endpoint, all in one file per contract, after the contract test', () => {
    const tasks = endpointTasks(contextFor(feature({ contracts: [api] })));
    expect(tasks.map(task => task.description)).toEqual([
      'Implement GET /v1/metrics endpoint (getMetrics)',
      'Implement POST /v1/metrics/reset endpoint (resetMetrics)'
    ]);
    expect(new Set(tasks.map(task => task.files[0]))).toEqual(
      new Set(['vllm/test/metrics_api.py'])
    );
    expect(tasks[0]!.after).toEqual(['contract-test:specs/001-test/contracts/metrics-api.yaml']);
  });

  it('waits for the model of the entity its resource names', () => {
    const events = contract('events.yaml', [endpoint('GET', '/events/{id}')]);
    const model = feature({
      contracts: [events],
      dataModel: { entities: [entity('Event')], relationships: [] }
    });
    expect(endpointTasks(contextFor(model))[0]!.after).toContain('model:Event');
  });

  it('makes no task for an endpoint the feature only calls, and still one for those it serves', () => {
    const pages = contract(
      'pages.md',
      [
        endpoint('GET', '/dashboard'),
        endpoint('GET', '/api/orders', { consumed: true }),
        endpoint('POST', '/api/orders/{id}/cancel', { consumed: true })
      ],
      'markdown'
    );
    const tasks = endpointTasks(contextFor(feature({ contracts: [pages] })));
    expect(tasks.map(task => task.description)).toEqual(['Implement GET /dashboard endpoint']);
    expect(tasks[0]!.files).toEqual(['vllm/test/pages.py']);
  });

  it('makes no task, and names no file, for a contract whose endpoints are all called', () => {
    const upstream = contract('upstream.md', [endpoint('GET', '/v2/rates', { consumed: true })]);
    expect(endpointTasks(contextFor(feature({ contracts: [upstream] })))).toEqual([]);
  });
});

describe('model rule', () => {
  it('makes one model task per new entity, in the file the plan names, none for an unmodified one', () => {
    const model = feature({
      plan: plan({
        structure: {
          sourceDirs: ['vllm/', 'vllm/metrics/'],
          testDirs: ['tests/metrics/'],
          files: ['vllm/metrics/kv_cache_stats.py'],
          decision: undefined,
          source: undefined
        }
      }),
      dataModel: {
        entities: [
          entity('KVCacheStats', {
            fields: [{ name: 'hits', type: 'int', description: undefined, source: at('d') }]
          }),
          entity('Snapshot', { existing: true })
        ],
        relationships: []
      }
    });
    const tasks = modelTasks(contextFor(model));
    expect(tasks.map(task => [task.description, task.files[0]])).toEqual([
      ['Create KVCacheStats model (hits)', 'vllm/metrics/kv_cache_stats.py']
    ]);
  });

  it('makes no model task for a derived entity, and still one for an entity with a derived field', () => {
    const model = feature({
      dataModel: {
        entities: [
          entity('BasketSummaryView', { derived: true }),
          entity('Basket', {
            fields: [{ name: 'total', type: 'decimal', description: 'computed', source: at('d') }]
          })
        ],
        relationships: []
      }
    });
    expect(modelTasks(contextFor(model)).map(task => task.description)).toEqual([
      'Create Basket model (total)'
    ]);
  });
});

describe('service rule', () => {
  it('makes one service per entity with relationships, after the models it joins', () => {
    const model = feature({
      dataModel: {
        entities: [entity('Event'), entity('Rsvp'), entity('Venue')],
        relationships: [
          {
            from: 'Event',
            to: 'Rsvp',
            kind: '1:N',
            text: 'Event has many Rsvp',
            source: at('d', 20)
          },
          { from: 'Event', to: 'Venue', kind: 'N:1', text: 'Event at Venue', source: at('d', 21) },
          {
            from: 'Ghost',
            to: 'Event',
            kind: undefined,
            text: 'unknown entity',
            source: at('d', 22)
          }
        ]
      }
    });
    const tasks = serviceTasks(contextFor(model));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.description).toBe(
      "EventService managing Event's relationships to Rsvp, Venue"
    );
    expect(tasks[0]!.after).toEqual(['model:Event', 'model:Rsvp', 'model:Venue']);
  });
});

describe('story and scenario rules', () => {
  it('makes an integration test per story and per quickstart scenario', () => {
    const model = feature({
      spec: {
        title: undefined,
        stories: [story(2, 'Reset counters', 'P2'), story(1, 'See hit rate', 'P1')],
        requirements: [],
        keyEntities: []
      },
      quickstart: { scenarios: [{ title: 'Scrape the metrics endpoint', source: at('q', 4) }] }
    });
    const context = contextFor(model);
    expect(storyTestTasks(context).map(task => task.description)).toEqual([
      'Integration test for User Story 1: See hit rate',
      'Integration test for User Story 2: Reset counters'
    ]);
    const scenario = scenarioTestTasks(context);
    expect(scenario[0]!.files).toEqual([
      'tests/test/test_quickstart_scrape_the_metrics_endpoint.py'
    ]);
  });
});

describe('research rule', () => {
  it('turns dependency and tooling decisions into setup tasks, and nothing else', () => {
    const decision = (title: string, text: string) => ({
      title,
      decision: text,
      rationale: undefined,
      alternatives: undefined,
      source: at('r')
    });
    const model = feature({
      research: {
        decisions: [
          decision('Metrics library', 'Use the prometheus_client package.'),
          decision('Where to count', 'Count in the block manager'),
          decision('Linting', 'Run ruff on new modules')
        ]
      }
    });
    const tasks = decisionTasks(contextFor(model));
    expect(tasks.map(task => task.files[0])).toEqual(['pyproject.toml', 'pyproject.toml']);
    expect(tasks[0]!.description).toContain('Metrics library');
    // The line goes on with " in pyproject.toml": no full stop before it.
    expect(tasks[0]!.description).toBe(
      'Apply research decision "Metrics library": Use the prometheus_client package'
    );
  });
});

describe('template item rule', () => {
  const template = classicTemplate({
    setup: [item('Initialize [language] project with [framework] dependencies')],
    tests: [
      item('Benchmark test in tests/benchmarks/', {
        path: 'tests/benchmarks/',
        condition: { id: 'performance', text: 'if performance-sensitive' }
      }),
      item('Multi-GPU test', { condition: { id: 'multi-gpu', text: 'if multi-GPU feature' } })
    ]
  });

  it('fills placeholders from the plan', () => {
    const model = feature({
      plan: plan({
        technicalContext: {
          'Language/Version': { value: 'Python 3.11', raw: 'Python 3.11', source: at('p') },
          'Primary Dependencies': { value: 'FastAPI, prometheus_client', raw: '', source: at('p') }
        }
      })
    });
    const tasks = templateItemTasks(contextFor(model, template));
    expect(tasks[0]!.description).toBe(
      'Initialize Python 3.11 project with FastAPI, prometheus_client dependencies'
    );
    expect(tasks[0]!.files).toEqual(['pyproject.toml']);
  });

  it('keeps a conditional item only when the plan states the condition, and says why', () => {
    const without = templateItemTasks(contextFor(feature(), template));
    expect(without.map(task => task.description)).not.toContainEqual(
      expect.stringContaining('Benchmark')
    );
    const model = feature({
      plan: plan({
        technicalContext: {
          'Performance Goals': { value: 'p99 under 1 ms', raw: '', source: at('p') },
          Constraints: { value: 'must work with tensor parallel workers', raw: '', source: at('p') }
        }
      })
    });
    const tasks = templateItemTasks(contextFor(model, template));
    const benchmark = tasks.find(task => task.description.startsWith('Benchmark'))!;
    expect(benchmark.description).toBe(
      'Benchmark test in tests/benchmarks/ (if performance-sensitive: plan.md Performance Goals: p99 under 1 ms)'
    );
    expect(benchmark.files).toEqual(['tests/benchmarks/test_test.py']);
    expect(tasks.find(task => task.description.startsWith('Multi-GPU'))!.description).toContain(
      'mentions "tensor parallel"'
    );
  });
});

describe('derived entities and consumed endpoints across the planner', () => {
  const model = feature({
    dataModel: {
      entities: [entity('Order'), entity('OrderHistoryView', { derived: true })],
      relationships: [
        {
          from: 'OrderHistoryView',
          to: 'Order',
          kind: '1:N',
          text: 'OrderHistoryView lists Order',
          source: at('specs/001-test/data-model.md', 20)
        }
      ]
    },
    contracts: [contract('upstream.md', [endpoint('GET', '/v2/rates', { consumed: true })])]
  });

  it('gives a derived view no service, since its relationships are read, not kept', () => {
    expect(serviceTasks(contextFor(model))).toEqual([]);
  });

  it('does not take endpoints the feature only calls as an API change', () => {
    const template = classicTemplate({
      integration: [
        item('API documentation review', {
          path: 'docs/api/',
          condition: { id: 'api-change', text: 'if API change' }
        })
      ]
    });
    const served = feature({
      ...model,
      contracts: [contract('rates.md', [endpoint('GET', '/v2/rates')])]
    });
    expect(templateItemTasks(contextFor(model, template))).toEqual([]);
    expect(templateItemTasks(contextFor(served, template)).map(task => task.files)).toEqual([
      ['docs/api/']
    ]);
  });

  it('ticks the checklist boxes for entities and endpoints that need no task', () => {
    const checklist = validatePlan(planTasks(model, classicTemplate()));
    const box = (text: string) => checklist.find(entry => entry.text === text)?.holds;
    expect(box('All entities have model tasks')).toBe(true);
    expect(box('All endpoints have implementation tasks')).toBe(true);
  });
});

describe('a template written for another code base', () => {
  const template = classicTemplate({
    core: [
      item('Kernel in csrc/ (if applicable)', { path: 'csrc/' }),
      item('Engine wiring in vllm/engine/', { path: 'vllm/engine/' }),
      item('Type hints and docstrings')
    ],
    polish: [
      item('`ruff` passes'),
      item('`mypy` passes'),
      item('Update the user documentation in docs/', { path: 'docs/' })
    ]
  });
  const goPlan = (dirs: string[]) =>
    feature({
      plan: plan({
        technicalContext: { 'Language/Version': { value: 'Go 1.22', raw: '', source: at('p') } },
        structure: {
          sourceDirs: dirs,
          testDirs: [],
          files: [],
          decision: undefined,
          source: undefined
        }
      })
    });

  it("drops items about the template's own places and speaks the plan's language", () => {
    const tasks = templateItemTasks(contextFor(goPlan(['internal/core/']), template));
    expect(tasks.map(task => task.description)).toEqual([
      'Doc comments',
      '`golangci-lint` passes',
      '`go vet` passes',
      'Update the user documentation in docs/'
    ]);
  });

  it("keeps them for a plan laid out in the template's code base", () => {
    const tasks = templateItemTasks(contextFor(goPlan(['vllm/core/']), template));
    expect(tasks.map(task => task.files[0])).toContain('csrc/');
    expect(tasks.map(task => task.files[0])).toContain('vllm/engine/');
  });

  it('drops a type-checker item in a language whose compiler checks types', () => {
    expect(inFeatureLanguage('`mypy` passes', 'rust')).toBeUndefined();
    expect(inFeatureLanguage('`ruff` passes', 'rust')).toBe('`clippy` passes');
    expect(inFeatureLanguage('`mypy` passes', 'python')).toBe('`mypy` passes');
  });
});

describe('where models go in a plan without a models directory', () => {
  const layoutOf = (sourceDirs: string[], files: string[], language: string) =>
    resolveLayout(
      feature({
        plan: plan({
          technicalContext: { 'Language/Version': { value: language, raw: '', source: at('p') } },
          structure: { sourceDirs, testDirs: [], files, decision: undefined, source: undefined }
        })
      }),
      classicTemplate()
    );

  it('prefers the directory holding the feature language files, then code over front end and entry points', () => {
    expect(
      layoutOf(
        ['cmd/sync/', 'internal/api/', 'internal/core/', 'web/src/'],
        ['web/package.json'],
        'Go 1.22'
      ).modelsDir
    ).toBe('internal/core/');
    expect(
      layoutOf(['web/src/', 'internal/store/'], ['internal/store/db.go', 'web/src/app.tsx'], 'Go')
        .modelsDir
    ).toBe('internal/store/');
  });
});
