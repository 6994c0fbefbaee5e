/**
 * The tasks template spec-tasks uses when a repository has none of its own. It follows the
 * structure of the seed template (phases 3.1–3.5, tests first, `vllm/<component>/` code with
 * `tests/<component>/` mirroring it) in spec-tasks' own words.
 */
export const DEFAULT_TEMPLATE_PATH = '(built-in)';

export const DEFAULT_TEMPLATE_TEXT = `# Tasks: [FEATURE NAME]

**Input**: the design documents in \`specs/[###-feature-name]/\`
**Prerequisites**: plan.md (required); research.md, data-model.md, contracts/, quickstart.md when present

## How tasks are derived
- Every contract file gets a contract test; every endpoint gets an implementation task
- Every entity gets a model task; relationships get service tasks
- Every user story and quickstart scenario gets an integration test
- Research decisions become setup tasks
- Tests are written, and fail, before the code they test

## Format: \`[ID] [P?] Description\`
- **[P]**: may run in parallel: it touches no file another task of its phase touches, and waits for nothing unfinished
- Each task names the exact file it changes

## Path Conventions
- **Source code**: \`vllm/<component>/\` (for example \`vllm/entrypoints/\`, \`vllm/engine/\`, \`vllm/model_executor/\`)
- **Tests**: \`tests/<component>/\`, one test directory per source component
- **Special test categories**: \`tests/basic_correctness/\`, \`tests/benchmarks/\`, \`tests/distributed/\`
- Mark tests with pytest markers such as \`@pytest.mark.core_model\`, \`@pytest.mark.slow_test\` and \`@pytest.mark.distributed\`

## Phase 3.1: Setup
- [ ] T001 Create the project structure the implementation plan lists
- [ ] T002 Add the [language] dependencies the feature needs ([framework])
- [ ] T003 [P] Configure linting and formatting

## Phase 3.2: Tests First (TDD) ⚠️ FINISH BEFORE 3.3
**These tests are written first and must fail until the implementation exists.**
- [ ] T004 [P] Unit tests for [component] in tests/[component]/test_[feature].py
- [ ] T005 [P] API test in tests/entrypoints/test_[feature].py (if API change)
- [ ] T006 [P] End-to-end correctness test in tests/basic_correctness/ (if end-to-end feature)
- [ ] T007 [P] Benchmark in tests/benchmarks/ (if performance-sensitive)
- [ ] T008 [P] Model test in tests/models/ (if new model or model change)

## Phase 3.3: Core Implementation (ONLY once the tests fail)
- [ ] T009 [P] Core logic in vllm/[component]/[feature].py
- [ ] T010 [P] Model changes in vllm/model_executor/models/ (if new model or model change)
- [ ] T011 [P] Kernel in csrc/ (if performance-critical)
- [ ] T012 Engine wiring in vllm/engine/ (if orchestration change)
- [ ] T013 HTTP endpoint in vllm/entrypoints/ (if API change)
- [ ] T014 Input validation and error messages
- [ ] T015 Type hints and docstrings

## Phase 3.4: Integration & Platform Support
- [ ] T016 Check the feature on each supported accelerator (if hardware-specific)
- [ ] T017 Distributed execution test in tests/distributed/ (if multi-GPU feature)
- [ ] T018 Quantized model support (if quantization applies)
- [ ] T019 Plugin hook (if extensibility point)

## Phase 3.5: Polish & Quality
- [ ] T020 [P] \`ruff\` passes
- [ ] T021 [P] \`mypy\` passes
- [ ] T022 [P] Benchmarks meet the plan's performance goals (if performance-sensitive)
- [ ] T023 Update the user documentation in docs/
- [ ] T024 Confirm backward compatibility of public interfaces
- [ ] T025 Remove duplication left by the implementation

## Dependencies
- Setup before tests; tests before implementation; implementation before integration; integration before polish
- Tasks that share a file run in ID order

## Validation Checklist
- [ ] Every contract has a test
- [ ] Every entity has a model task
- [ ] Every test comes before the code it tests
- [ ] Parallel tasks are independent
- [ ] Every task names an exact file path
- [ ] No [P] task shares a file with another [P] task
`;
