/** Small builders for hand-made feature models and templates, so planner tests need no parser. */
import type {
  Contract,
  Endpoint,
  Entity,
  Feature,
  Plan,
  ProjectStructure,
  SourcePosition,
  UserStory
} from '../../src/core/model.js';
import type { TasksTemplate, TemplateItem, TemplatePhase } from '../../src/core/template/model.js';

export function at(file: string, line = 1): SourcePosition {
  return { file, line, column: 1 };
}

/** A plan's Project Structure: nothing named unless given. */
export function structure(overrides: Partial<ProjectStructure> = {}): ProjectStructure {
  return {
    sourceDirs: [],
    testDirs: [],
    files: [],
    decision: undefined,
    source: undefined,
    ...overrides
  };
}

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    title: 'Implementation Plan: Test Feature',
    source: at('specs/001-test/plan.md'),
    technicalContext: {},
    structure: structure(),
    ...overrides
  };
}

export function entity(name: string, overrides: Partial<Entity> = {}): Entity {
  return {
    name,
    fields: [],
    states: [],
    existing: false,
    extended: false,
    derived: false,
    aliases: [],
    source: at('specs/001-test/data-model.md', 3),
    ...overrides
  };
}

export function endpoint(
  method: string,
  path: string,
  overrides: Partial<Endpoint> = {}
): Endpoint {
  const segments = path.split('/').filter(s => s && !s.startsWith('{') && !/^v\d+$/.test(s));
  return {
    kind: 'http',
    method,
    path,
    name: `${method} ${path}`,
    operationId: undefined,
    tags: [],
    resource: segments[segments.length - 1] ?? '',
    basePath: undefined,
    consumed: false,
    source: at('specs/001-test/contracts/api.yaml', 5),
    ...overrides
  };
}

export function contract(
  fileName: string,
  endpoints: Endpoint[],
  format: Contract['format'] = 'openapi'
): Contract {
  const path = `specs/001-test/contracts/${fileName}`;
  return {
    path,
    fileName,
    format,
    title: undefined,
    endpoints: endpoints.map(e => ({ ...e, source: { ...e.source, file: path } })),
    names: [],
    declared: { groups: [], operations: [], types: [], typesWanted: false },
    source: at(path)
  };
}

export function story(
  number: number,
  title: string,
  priority?: string,
  scenarios: string[] = []
): UserStory {
  return {
    id: `US${number}`,
    number,
    title,
    priority,
    scenarios: scenarios.map(text => ({
      given: undefined,
      when: undefined,
      then: undefined,
      text,
      source: at('specs/001-test/spec.md', 10)
    })),
    source: at('specs/001-test/spec.md', 5 + number)
  };
}

export function feature(overrides: Partial<Feature> = {}): Feature {
  return {
    dir: 'specs/001-test',
    name: '001-test',
    plan: plan(),
    spec: undefined,
    research: undefined,
    dataModel: undefined,
    contracts: [],
    quickstart: undefined,
    findings: [],
    inputHash: 'sha256:test',
    ...overrides
  };
}

export function item(text: string, overrides: Partial<TemplateItem> = {}): TemplateItem {
  return {
    text,
    path: undefined,
    parallel: false,
    condition: undefined,
    source: at('template.md'),
    ...overrides
  };
}

export function phase(
  number: string,
  title: string,
  role: TemplatePhase['role'],
  items: TemplateItem[] = []
): TemplatePhase {
  return { number, title, role, items, source: at('template.md') };
}

/** A classic template shaped like the seed: five phases, vllm/ and tests/ conventions. */
export function classicTemplate(
  items: Partial<Record<TemplatePhase['role'], TemplateItem[]>> = {}
): TasksTemplate {
  return {
    path: 'template.md',
    layout: 'classic',
    phases: [
      phase('3.1', 'Setup', 'setup', items.setup),
      phase('3.2', 'Tests First (TDD)', 'tests', items.tests),
      phase('3.3', 'Core Implementation', 'core', items.core),
      phase('3.4', 'Integration & Platform Support', 'integration', items.integration),
      phase('3.5', 'Polish & Quality', 'polish', items.polish)
    ],
    paths: {
      sourceRoot: 'vllm/',
      testRoot: 'tests/',
      mirrorTests: true,
      sourceExamples: ['vllm/models/', 'vllm/entrypoints/'],
      specialTestDirs: ['tests/basic_correctness/', 'tests/benchmarks/', 'tests/distributed/']
    },
    testMarkers: ['@pytest.mark.core_model']
  };
}

export function userStoryTemplate(): TasksTemplate {
  return {
    path: 'template.md',
    layout: 'user-story',
    phases: [
      phase('1', 'Setup', 'setup', [item('Create project structure per implementation plan')]),
      phase('2', 'Foundational', 'foundational'),
      phase('N', 'User Story', 'story'),
      phase('N', 'Polish', 'polish')
    ],
    paths: {
      sourceRoot: 'src/',
      testRoot: 'tests/',
      mirrorTests: false,
      sourceExamples: [],
      specialTestDirs: []
    },
    testMarkers: []
  };
}
