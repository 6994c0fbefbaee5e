import { describe, expect, it } from '@jest/globals';
import type { Feature } from '../../src/core/model.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import type { RuleContext } from '../../src/core/plan/rules/context.js';
import { contractTestTasks } from '../../src/core/plan/rules/contract-tests.js';
import { endpointTasks } from '../../src/core/plan/rules/endpoints.js';
import { storyTestTasks } from '../../src/core/plan/rules/story-tests.js';
import { templateItemTasks } from '../../src/core/plan/rules/template-items.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { contract, endpoint, feature, story } from '../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

/** A feature whose plan.md is these lines: its Technical Context and its fenced tree. */
function featureWith(language: string, tree: string[], extra: Partial<Feature> = {}): Feature {
  const text = [
    '# Implementation Plan: Parcel Tracking',
    '',
    '## Technical Context',
    '',
    `**Language/Version**: ${language}`,
    '**Performance Goals**: page under 200 ms',
    '',
    '## Project Structure',
    '',
    '```text',
    ...tree,
    '```',
    ''
  ].join('\n');
  const { plan } = parsePlan({ path: 'specs/001-parcels/plan.md', relativePath: 'plan.md', text });
  return feature({ name: '001-parcels', plan, ...extra });
}

function contextOf(model: Feature): RuleContext {
  return {
    feature: model,
    template: builtIn,
    layout: resolveLayout(model, builtIn),
    owners: storyOwners(model)
  };
}

const layoutOf = (model: Feature) => contextOf(model).layout;

/** The files of the template's own items, by the start of their text. */
function itemFile(model: Feature, text: string): string[] {
  const task = templateItemTasks(contextOf(model)).find(draft =>
    draft.description.startsWith(text)
  );
  return task?.files ?? [];
}

describe('placement: folders the plan leaves alone', () => {
  const workspace = (heading: string) =>
    featureWith('YAML (manifests), TypeScript (Pulumi)', [
      heading,
      'services/',
      '├── gateway/',
      '└── ledger/',
      '',
      '# Packaging added by this feature',
      'deploy/',
      '├── helm/',
      '│   └── values.yaml',
      '└── pulumi/',
      '    ├── index.ts',
      '    └── package.json'
    ]);

  it('puts no new code in a workspace its heading says stays unchanged', () => {
    const layout = layoutOf(workspace('# Existing services (no changes)'));
    expect(layout.modelsDir).toBe('deploy/pulumi/');
    expect(layout.servicesDir).toBe('deploy/pulumi/');
    expect(layout.touchedDirs).not.toContain('services/gateway/');
  });

  it('still writes in that workspace when its heading says nothing of the kind', () => {
    const layout = layoutOf(workspace('# Existing services'));
    expect(layout.touchedDirs).toContain('services/gateway/');
  });

  it('never puts TypeScript in a crates/ folder, which is Rust', () => {
    const model = featureWith('TypeScript (Pulumi)', [
      'crates/',
      '├── server/',
      '└── web/',
      'infra/',
      '└── package.json'
    ]);
    expect(layoutOf(model).modelsDir).toBe('infra/');
  });

  it('leaves out a folder whose every file is marked unchanged', () => {
    const model = featureWith('TypeScript 5', [
      'src/',
      '├── widgets/',
      '│   ├── Card.tsx        # EXISTS (no changes)',
      '│   └── Badge.tsx       # EXISTS (no changes)',
      '└── shell/',
      '    └── Header.tsx      # NEW: top bar'
    ]);
    const layout = layoutOf(model);
    expect(layout.touchedDirs).toEqual(['src/shell/']);
    expect(layout.plannedFiles).toEqual(['src/shell/Header.tsx']);
  });
});

describe('placement: documentation and routes', () => {
  it('puts no code or test in a documentation site, whatever its folders are called', () => {
    const model = featureWith('Go 1.23, Hugo 0.140', [
      'docs/ (site root)',
      '├── archetypes/',
      '├── content/',
      '│   └── guides/',
      '└── layouts/'
    ]);
    const layout = layoutOf(model);
    for (const dir of [layout.modelsDir, layout.servicesDir, layout.contractTestsDir])
      expect(dir.startsWith('docs/')).toBe(false);
    expect(layout.touchedDirs).toContain('docs/archetypes/');
  });

  it("keeps a code folder named content/ inside the source tree (an extension's scripts)", () => {
    const model = featureWith('TypeScript 5', ['src/', '├── content/', '│   └── inject.ts']);
    expect(layoutOf(model).servicesDir).toBe('src/content/');
  });

  it('runs benchmarks in a test folder, never in the docs folder of benchmark reports', () => {
    const model = featureWith('Python 3.12', [
      'docs/',
      '└── benchmarks/          # results of each run',
      'packages/relay/',
      '├── src/relay/',
      '│   └── server.py',
      '└── tests/',
      '    └── test_server.py'
    ]);
    expect(itemFile(model, 'Benchmark')).toEqual([
      'packages/relay/tests/test_parcels_benchmark.py'
    ]);
  });

  it('still runs benchmarks in a benches/ folder the plan has', () => {
    const model = featureWith('Rust 1.80', [
      'crates/relay/',
      '├── src/',
      '│   └── lib.rs',
      '├── tests/',
      '└── benches/'
    ]);
    expect(itemFile(model, 'Benchmark')).toEqual([
      'crates/relay/benches/parcels_benchmark_test.rs'
    ]);
  });

  const routes = featureWith('TypeScript 5', [
    'src/app/',
    '├── parcels/',
    '│   ├── page.tsx',
    '│   └── [id]/',
    '│       └── page.tsx',
    '└── layout.tsx'
  ]);

  it('never puts non-route code in the folder of one dynamic route', () => {
    const layout = layoutOf(routes);
    for (const dir of [layout.modelsDir, layout.servicesDir, layout.endpointsDir])
      expect(dir).not.toContain('[id]');
  });

  it('still serves the dynamic route from its own folder', () => {
    const model = {
      ...routes,
      contracts: [contract('pages.yaml', [endpoint('GET', '/parcels/{id}')])]
    };
    expect(endpointTasks(contextOf(model)).map(task => task.files[0])).toEqual([
      'src/app/parcels/[id]/page.tsx'
    ]);
  });

  it('invents no package for a placeholder folder: unit tests go to the test root', () => {
    const model = featureWith('Java 21', [
      'src/main/java/acme/parcel/',
      '├── domain/',
      '│   └── Parcel.java',
      'src/test/java/acme/',
      '├── contract/',
      '├── integration/',
      '└── [module]/          # unit tests per module',
      '    └── domain/'
    ]);
    const layout = layoutOf(model);
    expect(layout.unitTestsDir).toBe('src/test/java/acme/');
    expect(layout.contractTestsDir).toBe('src/test/java/acme/contract/');
    expect(layout.touchedDirs.some(dir => dir.includes('module') || dir.includes('parcels'))).toBe(
      false
    );
  });
});

describe('placement: one language per folder', () => {
  const fullStack = featureWith('Java 17, TypeScript 5.3, Vue 3', [
    'backend/',
    '├── src/main/java/acme/',
    '│   ├── controller/',
    '│   │   └── ParcelController.java',
    '│   └── entity/',
    '│       └── Parcel.java',
    '└── src/test/java/',
    '    ├── controller/',
    '    └── integration/',
    'frontend/',
    '├── src/',
    '│   ├── views/',
    '│   │   └── ParcelView.vue',
    '│   └── services/',
    '│       └── api.js',
    '└── tests/',
    '    ├── unit/',
    '    └── e2e/'
  ]);

  it("puts a back end's contract and unit tests in the back end's test tree", () => {
    const layout = layoutOf(fullStack);
    expect(layout.contractTestsDir).toBe('backend/src/test/java/controller/');
    expect(layout.unitTestsDir).toBe('backend/src/test/java/controller/');
    const model = { ...fullStack, contracts: [contract('parcels-api.yaml', [])] };
    expect(contractTestTasks(contextOf(model))[0]!.files).toEqual([
      'backend/src/test/java/controller/ParcelsApiContractTest.java'
    ]);
  });

  it("keeps the back end's code out of the front end's services/ folder", () => {
    expect(layoutOf(fullStack).servicesDir.startsWith('frontend/')).toBe(false);
  });

  const stories = {
    title: 'Spec',
    stories: [story(1, 'Follow a parcel live')],
    requirements: [],
    keyEntities: []
  };

  it("names story tests in the language of the front end's Cypress folder", () => {
    const model = featureWith(
      'Java 17 (backend), TypeScript 5 with Angular 18 (frontend)',
      [
        'backend/',
        '└── src/main/java/acme/',
        '    └── service/',
        'frontend/',
        '├── src/app/',
        '└── cypress/',
        '    └── e2e/            # end-to-end tests per story'
      ],
      { spec: stories }
    );
    expect(storyTestTasks(contextOf(model))[0]!.files).toEqual([
      'frontend/cypress/e2e/follow-a-parcel-live.cy.ts'
    ]);
  });

  it("names story tests in the back end's own language where its tree takes them", () => {
    const model = featureWith(
      'Java 17 (backend), TypeScript 5 (frontend)',
      [
        'backend/',
        '├── src/main/java/acme/',
        '│   └── service/',
        '└── src/test/java/acme/',
        '    └── integration/',
        'frontend/',
        '└── src/app/'
      ],
      { spec: stories }
    );
    expect(storyTestTasks(contextOf(model))[0]!.files).toEqual([
      'backend/src/test/java/acme/integration/FollowAParcelLiveTest.java'
    ]);
  });
});

describe('placement: the build file of the dependencies task', () => {
  const dependencies = (model: Feature) => itemFile(model, 'Add the');

  it('adds them to the build file the plan names for its language', () => {
    const gradle = featureWith('Java 21', [
      'src/main/java/acme/',
      '└── Parcel.java',
      'build.gradle.kts      # Kotlin DSL build'
    ]);
    expect(dependencies(gradle)).toEqual(['build.gradle.kts']);
    const pip = featureWith('Python 3.12', ['relay/', '└── server.py', 'requirements.txt']);
    expect(dependencies(pip)).toEqual(['requirements.txt']);
  });

  it("falls back to the language's usual build file where the plan names none", () => {
    const maven = featureWith('Java 21', ['src/main/java/acme/', '└── Parcel.java']);
    expect(dependencies(maven)).toEqual(['pom.xml']);
  });

  it("adds them to the module's own build file where the code is in one module's src/main/", () => {
    const android = featureWith('Kotlin 2.0', [
      'courier/src/main/java/org/parcel/courier/',
      '├── ui/ScanScreen.kt',
      '└── data/ParcelRepository.kt',
      'courier/src/test/java/org/parcel/courier/',
      '└── ScanViewModelTest.kt'
    ]);
    expect(dependencies(android)).toEqual(['courier/build.gradle.kts']);
    // Several modules: the build at the top declares what they share.
    const services = featureWith('Java 21', [
      'intake/src/main/java/org/parcel/intake/',
      '└── Intake.java',
      'routing/src/main/java/org/parcel/routing/',
      '└── Router.java'
    ]);
    expect(dependencies(services)).toEqual(['pom.xml']);
  });

  it('adds the front end its own build file where the plan names it', () => {
    const model = featureWith('Java 17 (backend), TypeScript 5 (frontend)', [
      'src/main/java/acme/',
      '└── Parcel.java',
      'frontend/',
      '├── src/',
      '└── package.json'
    ]);
    expect(dependencies(model)).toEqual(['pom.xml', 'frontend/package.json']);
  });

  const swiftApp = (decision: string) => {
    const model = featureWith('Swift 6', [
      'ParcelApp/',
      '├── ParcelApp.swift',
      '└── Models/',
      '    └── Parcel.swift'
    ]);
    model.plan!.structure.decision = decision;
    return model;
  };

  it('adds them to the Xcode project of an app without Swift packages', () => {
    expect(dependencies(swiftApp('One Xcode project, no SPM packages.'))).toEqual([
      'ParcelApp.xcodeproj/project.pbxproj'
    ]);
  });

  it('adds them to Package.swift where the plan says nothing against packages', () => {
    expect(dependencies(swiftApp('One app target.'))).toEqual(['Package.swift']);
  });
});

describe('placement: folders of data', () => {
  it('puts no code in a folder that holds only data, but reads no language from data above', () => {
    const model = featureWith('Java 21', [
      'src/main/',
      '├── resources/',
      '│   ├── application.yml',
      '│   └── db/',
      '│       └── V1__parcels.sql',
      '└── java/acme/',
      '    └── domain/'
    ]);
    const layout = layoutOf(model);
    expect(layout.modelsDir).toBe('src/main/java/acme/domain/');
    expect(layout.servicesDir).toBe('src/main/java/acme/domain/');
  });
});
