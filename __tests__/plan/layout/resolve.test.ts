import { describe, expect, it } from '@jest/globals';
import type { Feature, Plan, ProjectStructure } from '../../../src/core/model.js';
import { resolveLayout } from '../../../src/core/plan/layout/resolve.js';
import { templateItemTasks } from '../../../src/core/plan/rules/template-items.js';
import { storyOwners } from '../../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../../src/core/template/default-template.js';
import { parseTemplate } from '../../../src/core/template/parse-template.js';
import { at, classicTemplate, feature, item, plan, structure } from '../../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

function context(field: string, value: string) {
  return { [field]: { value, raw: value, source: at('specs/001-test/plan.md') } };
}

function planWith(technical: Record<string, string>, given: Partial<ProjectStructure> = {}): Plan {
  return plan({
    technicalContext: Object.assign(
      {},
      ...Object.entries(technical).map(([field, value]) => context(field, value))
    ),
    structure: structure(given)
  });
}

function layoutOf(model: Feature) {
  return resolveLayout(model, builtIn);
}

function tasksOf(model: Feature) {
  return templateItemTasks({
    feature: model,
    template: builtIn,
    layout: layoutOf(model),
    owners: storyOwners(model)
  });
}

const everyPath = (model: Feature) => tasksOf(model).flatMap(task => task.files);

describe('layout: whose code base', () => {
  const mauiApp = feature({
    name: '001-espresso-log',
    plan: planWith({
      'Language/Version': 'C# 12 / .NET 8',
      'Project Type': 'Mobile (.NET MAUI app)',
      'Performance Goals': 'launch under 2 seconds',
      Constraints: 'must run on the GPU-less tablets; plugin-free'
    })
  });

  it('lays out a plan in another language by its Project Type, never in vllm/', () => {
    const layout = layoutOf(mauiApp);
    expect(layout.inTemplateCodeBase).toBe(false);
    expect(layout.origin).toBe('project-type');
    expect(layout.modelsDir).toBe('api/src/models/');
    expect(layout.integrationTestsDir).toBe('api/tests/integration/');
    expect(
      everyPath(mauiApp).filter(path => /vllm|csrc|basic_correctness|benchmarks/.test(path))
    ).toEqual([]);
  });

  it('keeps the template layout for a plan in its language that lays out nothing', () => {
    const pythonFeature = feature({
      name: '001-espresso-log',
      plan: planWith({ 'Language/Version': 'Python 3.12' })
    });
    const layout = layoutOf(pythonFeature);
    expect(layout.inTemplateCodeBase).toBe(true);
    expect(layout.modelsDir).toBe('vllm/espresso_log/');
    expect(layout.integrationTestsDir).toBe('tests/basic_correctness/');
  });

  it('keeps the template layout for a plan whose tree lies under the template source root', () => {
    const inVllm = feature({
      plan: planWith(
        { 'Language/Version': 'Python 3.12' },
        { sourceDirs: ['vllm/core/'], files: ['vllm/core/stats.py'] }
      )
    });
    expect(layoutOf(inVllm).inTemplateCodeBase).toBe(true);
    const elsewhere = feature({
      plan: planWith(
        { 'Language/Version': 'Python 3.12' },
        { sourceDirs: ['packages/proxy/src/'], testDirs: ['packages/proxy/tests/'] }
      )
    });
    expect(layoutOf(elsewhere).inTemplateCodeBase).toBe(false);
  });

  it('drops the template platform items outside its code base, even when the words match', () => {
    const descriptions = tasksOf(mauiApp).map(task => task.description);
    expect(
      descriptions.filter(text => /accelerator|Plugin hook|Kernel|Quantized/.test(text))
    ).toEqual([]);
    const vllmFeature = feature({
      plan: planWith({ 'Language/Version': 'Python 3.12', Constraints: 'runs on the GPU' })
    });
    expect(tasksOf(vllmFeature).map(task => task.description)).toContainEqual(
      expect.stringContaining('Check the feature on each supported accelerator')
    );
  });

  it("puts the template test categories in the plan's own test folders, named for the category", () => {
    const benchmark = tasksOf(mauiApp).find(task => task.description.startsWith('Benchmark'))!;
    expect(benchmark.files).toEqual(['api/tests/unit/EspressoLogBenchmarkTests.cs']);
    const crate = feature({
      name: '001-relay',
      plan: planWith(
        { 'Language/Version': 'Rust 1.80', 'Performance Goals': 'p99 under 1 ms' },
        {
          sourceDirs: ['crates/relay/src/', 'crates/relay/benches/'],
          testDirs: ['crates/relay/tests/'],
          files: ['crates/relay/src/lib.rs']
        }
      )
    });
    const crateBenchmark = tasksOf(crate).find(task => task.description.startsWith('Benchmark'))!;
    expect(crateBenchmark.files).toEqual(['crates/relay/benches/relay_benchmark_test.rs']);
  });

  it("maps a test folder named by a template without path conventions to the plan's", () => {
    const template = classicTemplate({
      polish: [item('Additional unit tests in tests/unit/', { path: 'tests/unit/' })]
    });
    template.paths = { ...template.paths, sourceRoot: undefined, testRoot: undefined };
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'C# 12' },
        { sourceDirs: ['Harbor.Core/'], testDirs: ['Harbor.Tests/Unit/'] }
      )
    });
    const files = (forTemplate: typeof template, withPlan: Feature) =>
      templateItemTasks({
        feature: withPlan,
        template: forTemplate,
        layout: resolveLayout(withPlan, forTemplate),
        owners: storyOwners(withPlan)
      }).flatMap(task => task.files);
    expect(files(template, model)).toEqual(['Harbor.Tests/Unit/']);
    // The nearest miss: a plan that has the folder keeps it.
    const withFolder = feature({
      plan: planWith(
        { 'Language/Version': 'C# 12' },
        { sourceDirs: ['Harbor.Core/'], testDirs: ['tests/unit/'] }
      )
    });
    expect(files(template, withFolder)).toEqual(['tests/unit/']);
  });

  it('takes no API or end-to-end template item: contract and story tests stand for them', () => {
    const descriptions = tasksOf(mauiApp).map(task => task.description);
    expect(
      descriptions.filter(text => /^(?:API test|End-to-end|HTTP endpoint)/.test(text))
    ).toEqual([]);
  });
});

describe('layout: the plan structure', () => {
  it('reads the language and folders from the paths a plan without a tree names in prose', () => {
    const model = feature({
      name: '015-boat-catalog',
      plan: planWith(
        {},
        {
          mentioned: [
            'crates/harbor-lib/tests/',
            'docs/fixtures/boats.csv',
            'crates/harbor-lib/src/catalog.rs'
          ]
        }
      )
    });
    const layout = layoutOf(model);
    expect(layout.language).toBe('rust');
    expect(layout.inTemplateCodeBase).toBe(false);
    expect(layout.modelsDir).toBe('crates/harbor-lib/src/');
    expect(layout.integrationTestsDir).toBe('crates/harbor-lib/tests/');
  });

  it('leaves out folders and files the plan marks generated, git-ignored or for later', () => {
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'TypeScript 5' },
        {
          sourceDirs: ['src/gen/', 'src/convex/_generated/', 'src/future/', 'src/services/'],
          testDirs: ['tests/unit/'],
          files: ['src/gen/api.ts', 'src/services/boats.ts'],
          notes: [
            { path: 'src/gen/', note: 'generated stubs only (not committed)' },
            { path: 'src/future/', note: 'FUTURE: HTTP transport' }
          ]
        }
      )
    });
    const layout = layoutOf(model);
    expect(layout.touchedDirs).toEqual(['src/services/', 'tests/unit/']);
    expect(layout.plannedFiles).toEqual(['src/services/boats.ts']);
    // A note that only mentions the future is not one.
    const kept = feature({
      plan: planWith(
        { 'Language/Version': 'TypeScript 5' },
        {
          sourceDirs: ['src/sync/'],
          notes: [{ path: 'src/sync/', note: 'ready for future sync' }]
        }
      )
    });
    expect(layoutOf(kept).touchedDirs).toEqual(['src/sync/']);
  });

  it('leaves out a folder its template names only by placeholder, keeping route parameters', () => {
    const model = feature({
      name: '002-billing',
      plan: planWith(
        { 'Language/Version': 'TypeScript 5' },
        {
          sourceDirs: ['src/app/invoices/[id]/', 'src/lib/'],
          testDirs: ['tests/[feature]/unit/', 'tests/contract/']
        }
      )
    });
    const layout = layoutOf(model);
    expect(layout.unitTestsDir).toBe('tests/contract/');
    expect(layout.touchedDirs).toEqual(['src/app/invoices/[id]/', 'src/lib/', 'tests/contract/']);
  });

  it('never makes a DTO or entity folder the endpoint folder', () => {
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'Java 17' },
        {
          sourceDirs: ['app/dto/', 'app/entity/', 'app/controller/'],
          files: ['app/dto/A.java', 'app/dto/B.java', 'app/dto/C.java']
        }
      )
    });
    expect(layoutOf(model).endpointsDir).toBe('app/controller/');
    const withoutController = feature({
      plan: planWith(
        { 'Language/Version': 'Java 17' },
        { sourceDirs: ['app/dto/', 'app/entity/', 'app/logic/'], files: ['app/dto/A.java'] }
      )
    });
    expect(layoutOf(withoutController).endpointsDir).toBe('app/');
  });

  it('puts tests of a Go plan without test folders beside the code, not in template folders', () => {
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'Go 1.22' },
        { sourceDirs: ['internal/api/', 'internal/core/'], files: ['internal/core/sync.go'] }
      )
    });
    const layout = layoutOf(model);
    expect(layout.contractTestsDir).toBe('internal/api/');
    expect(layout.unitTestsDir).toBe('internal/core/');
    expect(layout.integrationTestsDir).toBe('tests/integration/');
  });

  it('puts tests where tests are, not among mocks or fixtures', () => {
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'C# 12' },
        {
          sourceDirs: ['Harbor.Core/'],
          testDirs: ['Harbor.Tests/Mocks/', 'Harbor.Tests/Unit/', 'Harbor.Tests/Integration/']
        }
      )
    });
    expect(layoutOf(model).contractTestsDir).toBe('Harbor.Tests/Unit/');
  });
});

describe('layout: a folder of services', () => {
  it('takes the service/ folder inside a service, not the services/ folder holding them', () => {
    const app = 'services/ledger/src/main/java/org/kiosk/ledger/';
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'Java 21' },
        {
          sourceDirs: [
            'services/',
            'services/ledger/',
            app,
            `${app}model/`,
            `${app}service/`,
            `${app}controller/`
          ]
        }
      )
    });
    const layout = layoutOf(model);
    expect(layout.servicesDir).toBe(`${app}service/`);
    expect(layout.modelsDir).toBe(`${app}model/`);
    expect(layout.endpointsDir).toBe(`${app}controller/`);
  });

  it('still takes a services/ folder whose subfolders are areas, not services', () => {
    const model = feature({
      plan: planWith(
        { 'Language/Version': 'TypeScript 5' },
        { sourceDirs: ['src/', 'src/services/', 'src/services/payments/', 'src/models/'] }
      )
    });
    expect(layoutOf(model).servicesDir).toBe('src/services/');
  });
});
