/**
 * What the planner knows about the template's own items and the stories that own tasks: which
 * conditional items apply ("(if multi-GPU feature)"), what a template item's words say about
 * where its work goes, the template's tools in another language's terms, and the verbs by which
 * a story says what it does to a resource.
 */
import {
  alternation,
  escapePattern,
  leadingPattern,
  pattern,
  wholeWordPattern,
  wholeWords
} from './build.js';

// ---------------------------------------------------------------------------------------------
// Conditional template items

/**
 * Decides whether a conditional template item applies: the words that, found in the plan's
 * Technical Context or Structure Decision, say the feature has the condition. Keyed by condition
 * id; an "(if applicable)" item is matched against the ids in this order.
 */
export const CONDITION_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  'multi-gpu': [
    'multi-gpu',
    'multi gpu',
    'multiple gpus',
    'tensor parallel',
    'pipeline parallel',
    'distributed',
    'multi-node'
  ],
  orchestration: ['scheduler', 'orchestrat', 'engine'],
  quantization: ['quantiz', 'fp8', 'int8', 'int4', 'awq', 'gptq'],
  extensibility: ['plugin', 'extension point', 'extensib'],
  hardware: ['gpu', 'cuda', 'rocm', 'tpu', 'hardware', 'accelerator'],
  'model-change': ['new model', 'model architecture', 'model support']
};

/** Decides that a feature is performance-sensitive when its plan has no Performance Goals. */
export const PERFORMANCE_KEYWORDS = ['latency', 'throughput', 'performance-critical', 'hot path'];

/** Decides that a plan field says nothing applies (the whole value, lower case). */
export const NOT_APPLICABLE_VALUES = new Set(['n/a', 'na', 'none', '-']);

/** Decides that a plan field says nothing applies when it starts so: "N/A in this release". */
export const NOT_APPLICABLE_OPENING = 'n/a ';

/**
 * Decides which conditions only the template's own code base has (its accelerators, plugin
 * system, kernels, quantization, model zoo and engine): elsewhere such an item is not the
 * feature's work.
 */
export const PLATFORM_CONDITION_IDS = [
  'hardware',
  'extensibility',
  'multi-gpu',
  'quantization',
  'model-change',
  'orchestration'
];

/**
 * Decides that an "(if applicable)" item is about the template's platform by its words:
 * "Quantization support" (pattern sources, whole words, any case).
 */
export const PLATFORM_ITEM_WORDS = [
  'quantiz\\w*',
  'kernels?',
  'plugins?',
  'accelerators?',
  'gpus?',
  'hardware',
  'engine',
  'distributed'
];

export const PLATFORM_ITEM = wholeWordPattern('platform-item', PLATFORM_ITEM_WORDS, 'i', true);

// ---------------------------------------------------------------------------------------------
// The template's words in the feature's language

/** The template's own linter and type checker (the seed's are Python's), named in its items. */
export const TEMPLATE_TOOLS = { linter: 'ruff', typeChecker: 'mypy' };

export const TEMPLATE_LINTER = pattern('template-linter', wholeWords([TEMPLATE_TOOLS.linter]), 'g');

export const TEMPLATE_TYPE_CHECKER = pattern(
  'template-type-checker',
  wholeWords([TEMPLATE_TOOLS.typeChecker])
);

export const TEMPLATE_TYPE_CHECKERS = pattern(
  'template-type-checkers',
  wholeWords([TEMPLATE_TOOLS.typeChecker]),
  'g'
);

/** Decides how the template's Python documentation words read in another language, in this order. */
export const PYTHON_DOC_PHRASES: readonly (readonly [string, string])[] = [
  ['type hints and docstrings', 'Doc comments'],
  ['type hints', 'type annotations'],
  ['docstrings', 'doc comments']
];

/** Each phrase as a pattern (whole words, any case, every one), with its replacement. */
export const PYTHON_DOC_REPLACEMENTS: readonly (readonly [RegExp, string])[] =
  PYTHON_DOC_PHRASES.map(
    ([phrase, replacement]) =>
      [
        pattern(`python-doc-${phrase.split(' ').join('-')}`, wholeWords([phrase]), 'gi'),
        replacement
      ] as const
  );

/** Decides that a plan's dependency field names none: `none`, `New deps: n/a`. */
export const NONE_WORDS = ['none', 'n/a'];

export const NO_DEPENDENCIES = pattern(
  'no-dependencies',
  `^(?:[^:]*:\\s*)?${alternation(NONE_WORDS)}\\b`,
  'i'
);

// ---------------------------------------------------------------------------------------------
// Where a template item's work goes

/**
 * Decides which of the template's test categories (by the first word of its folder's name) run
 * in the plan's benchmark folder: `tests/benchmarks/`, `tests/perf/`.
 */
export const BENCHMARK_CATEGORY_OPENINGS = ['bench', 'perf'];

export const BENCHMARK_CATEGORY = leadingPattern('benchmark-category', BENCHMARK_CATEGORY_OPENINGS);

/** Decides which of the plan's folders holds benchmarks: `benches/`, `benchmark/`. */
export const BENCHMARK_FOLDER_OPENING = 'bench';

export const BENCHMARK_FOLDER = pattern(
  'benchmark-folder',
  `(?:^|\\/)${escapePattern(BENCHMARK_FOLDER_OPENING)}[^/]*\\/$`,
  'i'
);

/** Decides which test categories run with the integration tests: `tests/basic_correctness/`, `e2e/`. */
export const INTEGRATION_CATEGORY_OPENINGS = ['basic', 'correct', 'e2e', 'end', 'integr'];

export const INTEGRATION_CATEGORY = leadingPattern(
  'integration-category',
  INTEGRATION_CATEGORY_OPENINGS
);

/** Decides which test categories run with the contract tests: `tests/entrypoints/`, `api/`. */
export const CONTRACT_CATEGORY_OPENINGS = ['entrypoint', 'api', 'contract'];

export const CONTRACT_CATEGORY = leadingPattern('contract-category', CONTRACT_CATEGORY_OPENINGS);

/**
 * Decides where a template item without a path goes, by words found anywhere in its text (lower
 * case): the project-structure item, dependency and lint setup, benchmark and distributed tests.
 */
export const ITEM_WORDS = {
  structure: ['project structure'],
  dependencies: ['dependenc', 'initialize', 'install'],
  lint: ['lint', 'format'],
  benchmark: ['benchmark', 'performance'],
  distributed: ['distributed']
};

/** Decides that a template item is documentation work (whole words, lower case). */
export const DOCS_ITEM_WORDS = ['docs', 'documentation', 'readme'];

export const DOCS_ITEM = wholeWordPattern('docs-item', DOCS_ITEM_WORDS);

/** Where documentation work goes. */
export const DOCS_FOLDER = 'docs/';

/**
 * Decides where the template's special tests go: the word that finds the template's folder for
 * them, and the word their file name ends with.
 */
export const SPECIAL_TESTS = {
  benchmark: { folderWord: 'bench', nameSuffix: 'perf' },
  distributed: { folderWord: 'distributed', nameSuffix: '' }
};

// ---------------------------------------------------------------------------------------------
// Which story owns an endpoint

/** Decides the action an operation's first word names: `listOrders` reads, `addItem` creates. */
export const OPERATION_VERB_ACTIONS: Readonly<
  Record<string, 'create' | 'read' | 'update' | 'delete'>
> = {
  create: 'create',
  add: 'create',
  list: 'read',
  get: 'read',
  find: 'read',
  search: 'read',
  fetch: 'read',
  read: 'read',
  show: 'read',
  view: 'read',
  update: 'update',
  edit: 'update',
  modify: 'update',
  patch: 'update',
  replace: 'update',
  delete: 'delete',
  remove: 'delete',
  destroy: 'delete'
};

/**
 * Decides the action a story's word names, in English and Spanish, accents left out (space
 * separated). "Register" is left out: a sign-up story registers through its own endpoint, not
 * the admin's `POST /couriers`.
 */
export const STORY_ACTION_VERBS = {
  create:
    'create creates creating creation add adds adding alta altas crear crea creacion agregar agrega anadir',
  read:
    'list lists listing view views viewing browse browses browsing search searches searching find finds ' +
    'consulta consultas consultar listado listar buscar busca busqueda',
  update:
    'update updates updating edit edits editing modify modifies modifying ' +
    'actualizar actualiza actualizacion modificar modifica modificacion editar edita edicion',
  delete:
    'delete deletes deleting deletion remove removes removing removal ' +
    'baja bajas eliminar elimina eliminacion borrar borra'
};

/** Decides that an item already speaks of the plan's goals, so the goal follows it after a colon. */
export const GOAL_WORDS = ['goals?', 'targets?'];

export const GOAL_WORD = wholeWordPattern('item-goal-word', GOAL_WORDS, 'i', true);
