import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { conditionId, splitCondition } from '../../src/core/template/conditions.js';
import { DEFAULT_TEMPLATE_TEXT } from '../../src/core/template/default-template.js';
import { parseTemplate, splitPhaseTitle } from '../../src/core/template/parse-template.js';
import { CORPUS_DIR } from '../helpers/corpus.js';

const SEED = path.join(CORPUS_DIR, '..', 'seed', 'tasks-template.md');
const seedAvailable = fs.existsSync(SEED);
if (!seedAvailable) process.stderr.write(`SKIPPED seed template tests: ${SEED} not found\n`);

(seedAvailable ? describe : describe.skip)(
  'the seed template (../shared/seed/tasks-template.md)',
  () => {
    // describe.skip still runs this body: read the seed only where it exists.
    const { template, findings } = parseTemplate(
      seedAvailable ? fs.readFileSync(SEED, 'utf8') : '',
      'seed.md'
    );

    it('reads the five classic phases in order with their roles', () => {
      expect(findings).toEqual([]);
      expect(template.layout).toBe('classic');
      expect(template.phases.map(phase => [phase.number, phase.title, phase.role])).toEqual([
        ['3.1', 'Setup', 'setup'],
        ['3.2', 'Tests First (TDD)', 'tests'],
        ['3.3', 'Core Implementation', 'core'],
        ['3.4', 'Integration & Platform Support', 'integration'],
        ['3.5', 'Polish & Quality', 'polish']
      ]);
      expect(template.phases.map(phase => phase.items.length)).toEqual([3, 5, 7, 4, 6]);
    });

    it('reads the path conventions: vllm/<component>/ mirrored by tests/<component>/', () => {
      expect(template.paths).toEqual({
        sourceRoot: 'vllm/',
        testRoot: 'tests/',
        mirrorTests: true,
        sourceExamples: ['vllm/models/', 'vllm/kernels/', 'vllm/entrypoints/'],
        specialTestDirs: ['tests/basic_correctness/', 'tests/benchmarks/', 'tests/distributed/']
      });
    });

    it('reads the pytest markers', () => {
      expect(template.testMarkers).toEqual([
        '@pytest.mark.core_model',
        '@pytest.mark.slow_test',
        '@pytest.mark.distributed'
      ]);
    });

    it('reads each conditional item with its path and condition', () => {
      const tests = template.phases[1]!.items;
      expect(tests.map(item => [item.path, item.condition?.id, item.parallel])).toEqual([
        ['tests/[component]/test_[feature].py', undefined, true],
        ['tests/entrypoints/test_[feature].py', 'api-change', true],
        ['tests/basic_correctness/', 'end-to-end', true],
        ['tests/benchmarks/', 'performance', true],
        ['tests/models/', 'model-change', true]
      ]);
      const conditions = template.phases.flatMap(phase =>
        phase.items.filter(item => item.condition).map(item => item.condition!.id)
      );
      expect(conditions).toEqual([
        'api-change',
        'end-to-end',
        'performance',
        'model-change',
        'applicable',
        'performance',
        'orchestration',
        'api-change',
        'multi-gpu',
        'applicable',
        'extensibility'
      ]);
    });

    it('does not read a URL or a vendor list as a path or a condition', () => {
      const polish = template.phases[4]!.items;
      expect(polish[3]!.path).toBeUndefined();
      expect(template.phases[3]!.items[0]!.condition).toBeUndefined();
      expect(template.phases[3]!.items[0]!.text).toContain('(NVIDIA/AMD/Intel/etc.)');
    });
  }
);

describe('the built-in template', () => {
  const { template, findings } = parseTemplate(DEFAULT_TEMPLATE_TEXT, '(built-in)');

  it('has the seed structure: classic phases, vllm conventions, markers', () => {
    expect(findings).toEqual([]);
    expect(template.layout).toBe('classic');
    expect(template.phases.map(phase => phase.role)).toEqual([
      'setup',
      'tests',
      'core',
      'integration',
      'polish'
    ]);
    expect(template.paths.sourceRoot).toBe('vllm/');
    expect(template.paths.mirrorTests).toBe(true);
    expect(template.paths.specialTestDirs).toHaveLength(3);
    expect(template.testMarkers).toContain('@pytest.mark.core_model');
    expect(template.phases[1]!.title).toBe('Tests First (TDD)');
    expect(template.phases[2]!.title).toBe('Core Implementation');
  });
});

const USER_STORY_TEMPLATE = `# Tasks: [FEATURE]

## Path Conventions
- **Single project**: \`src/\`, \`tests/\` at the repository root
- **Web app**: \`backend/src/\`, \`frontend/src/\`

## Phase 1: Setup (Shared Infrastructure)
- [ ] T001 Create project structure
- [ ] T002 [P] Configure linting

## Phase 2: Foundational (Blocking Prerequisites)
- [ ] T003 Set up database schema

## Phase 3: User Story 1 - [Title] (Priority: P1) 🎯 MVP
**Goal**: [what it delivers]
- [ ] T010 [P] [US1] Contract test in tests/contract/test_[name].py
- [ ] T012 [P] [US1] Create [Entity1] model in src/models/[entity1].py

## Phase 4: User Story 2 - [Title] (Priority: P2)
- [ ] T020 [P] [US2] Contract test in tests/contract/test_[name].py

## Phase N: Polish & Cross-Cutting Concerns
- [ ] T030 [P] Documentation updates in docs/
`;

describe('a user-story template (spec-kit current layout)', () => {
  const { template } = parseTemplate(USER_STORY_TEMPLATE, 'us.md');

  it('keeps one story phase as the placeholder the planner repeats', () => {
    expect(template.layout).toBe('user-story');
    expect(template.phases.map(phase => [phase.number, phase.role])).toEqual([
      ['1', 'setup'],
      ['2', 'foundational'],
      ['3', 'story'],
      ['N', 'polish']
    ]);
  });

  it('strips [US1] labels and reads paths with placeholders', () => {
    const story = template.phases[2]!.items;
    expect(story.map(item => [item.text, item.path, item.parallel])).toEqual([
      ['Contract test', 'tests/contract/test_[name].py', true],
      ['Create [Entity1] model', 'src/models/[entity1].py', true]
    ]);
  });

  it('has no component convention, so the plan or project type decides paths', () => {
    expect(template.paths.sourceRoot).toBeUndefined();
    expect(template.paths.mirrorTests).toBe(false);
  });
});

describe('template details', () => {
  it('reports a template without phases, naming it', () => {
    const { template, findings } = parseTemplate('# Tasks\n\n- [ ] T001 Do it\n', 'x.md');
    expect(template.phases).toEqual([]);
    expect(findings[0]!.message).toContain('x.md');
  });

  it('splits phase headings', () => {
    expect(splitPhaseTitle('Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3')).toEqual({
      number: '3.2',
      title: 'Tests First (TDD)'
    });
    expect(
      splitPhaseTitle('Phase 3.3: Core Implementation (ONLY after tests are failing)')
    ).toEqual({ number: '3.3', title: 'Core Implementation' });
    expect(splitPhaseTitle('Phase N: Polish')).toEqual({ number: 'N', title: 'Polish' });
  });

  it('reads conditions only from "(if …)"', () => {
    expect(splitCondition('Model changes in vllm/models/ (if applicable)')).toEqual({
      text: 'Model changes in vllm/models/',
      condition: { id: 'applicable', text: 'if applicable' }
    });
    expect(splitCondition('Verify on (NVIDIA/AMD)').condition).toBeUndefined();
    expect(conditionId('if multi-GPU feature')).toBe('multi-gpu');
    expect(conditionId('if the moon is full')).toBe('unknown');
  });
});

describe('placeholder task IDs', () => {
  const polish = (lines: string[]) =>
    parseTemplate(
      ['## Phase N: Polish & Cross-Cutting Concerns', ...lines.map(line => `- [ ] ${line}`)].join(
        '\n'
      ),
      'us.md'
    ).template.phases[0]!.items;

  it('reads TXXX as an item with no ID, keeping [P] as the parallel label', () => {
    const items = polish([
      'TXXX [P] Write the user guide in docs/',
      'TXXX Tidy up and refactor',
      'TXXX Run quickstart.md validation'
    ]);
    expect(items.map(item => [item.text, item.path, item.parallel])).toEqual([
      ['Write the user guide', 'docs/', true],
      ['Tidy up and refactor', undefined, false],
      ['Run quickstart.md validation', undefined, false]
    ]);
  });

  it('keeps a word that only starts like an ID', () => {
    const items = polish(['TX buffer sizing in src/tx.c', 'TLS hardening']);
    expect(items.map(item => item.text)).toEqual(['TX buffer sizing', 'TLS hardening']);
  });
});
