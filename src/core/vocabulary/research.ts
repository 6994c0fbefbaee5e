/**
 * What the planner knows about research.md's decisions: which ones add something to the build (a
 * dependency, a build or lint tool, a CI workflow) and so need a setup task, which rule it out,
 * and which build and configuration file each kind of setup goes in.
 */
import { alternation, escapePattern, pattern, wholeWordPattern, wholeWords } from './build.js';

// ---------------------------------------------------------------------------------------------
// What kind of setup a decision is

/**
 * Decides that a decision adds nothing to the build: "Do not add a queue library", "standard
 * library only", "reuse the existing parser" (pattern sources, whole words, any case).
 */
export const ADDS_NOTHING_PHRASES = [
  'do not',
  "don't",
  'must not',
  'no new',
  'not needed',
  'no additional',
  'no extra',
  'without adding',
  'hand[- ]rolled',
  'standard library',
  'stdlib',
  'built[- ]in',
  'reuse',
  'reuses',
  'reusing'
];

/** Decides what "no X …" rules out: "no retry crate", "no charting library". */
export const PACKAGE_KIND_WORDS = ['crate', 'library', 'package', 'dependency', 'dependencies'];

export const ADDS_NOTHING = pattern(
  'decision-adds-nothing',
  `${wholeWords(ADDS_NOTHING_PHRASES, true)}|\\bno\\s+[\\w.-]+\\s+${alternation(PACKAGE_KIND_WORDS)}\\b`,
  'i'
);

/** Decides where a decision's sentence starts naming what is not chosen: "rather than the X library". */
export const NOT_CHOSEN_WORDS = [
  'rather than',
  'instead of',
  'not',
  'no',
  'avoid',
  'avoids',
  'without',
  'over'
];

export const NOT_CHOSEN = wholeWordPattern('decision-not-chosen', NOT_CHOSEN_WORDS, 'i');

/** The words that name continuous integration. */
export const CI_NAMES = ['ci', 'continuous integration'];

/**
 * Decides that a decision's title is about CI: it starts with CI, or names a CI strategy,
 * pipeline or workflow (pattern sources, after the CI name).
 */
export const CI_TITLE_TOPICS = [
  'strategy',
  'pipelines?',
  'workflows?',
  'setup',
  'configuration',
  'jobs?'
];

export const CI_TITLE = pattern(
  'decision-ci-title',
  `^${alternation(CI_NAMES)}\\b|\\b${alternation(CI_NAMES)}\\s+${alternation(CI_TITLE_TOPICS, true)}\\b`,
  'i'
);

/** Where GitHub keeps a repository's workflow files. */
export const WORKFLOW_FOLDER = '.github/workflows/';

/** The words that name GitLab's CI (pattern sources, whole words, any case). */
export const GITLAB_CI_WORDS = ['gitlab[- ]ci'];

/** The file GitLab's CI reads. */
export const GITLAB_CI_FILE = '.gitlab-ci.yml';

/** Decides that a decision's text is about CI (pattern sources, whole words, any case). */
export const CI_TEXT_WORDS = ['github actions', ...GITLAB_CI_WORDS, 'workflow files?'];

/** Decides what "CI …" in a decision's text names CI work: "CI workflow", "CI jobs". */
export const CI_TEXT_TOPICS = ['workflows?', 'pipelines?', 'jobs?'];

export const CI_TEXT = pattern(
  'decision-ci-text',
  `${escapePattern(WORKFLOW_FOLDER)}|${wholeWords(CI_TEXT_WORDS, true)}|\\b${escapePattern(CI_NAMES[0]!)}\\s+${alternation(CI_TEXT_TOPICS, true)}\\b`,
  'i'
);

export const GITLAB_CI = wholeWordPattern('gitlab-ci', GITLAB_CI_WORDS, 'i', true);

/** Decides that a decision is about linting or formatting, by the words and tools it names. */
export const LINT_WORDS = [
  'lint',
  'linter',
  'linters',
  'linting',
  'formatter',
  'formatters',
  'code style',
  'eslint',
  'prettier',
  'ruff',
  'flake8',
  'pylint',
  'isort',
  'clippy',
  'rustfmt',
  'gofmt',
  'golangci-lint',
  'checkstyle',
  'spotless',
  'ktlint',
  'detekt',
  'stylecop',
  'swiftlint',
  'swiftformat',
  'stylelint',
  'biome',
  'editorconfig'
];

export const LINT_DECISION = wholeWordPattern('decision-lint', LINT_WORDS, 'i');

/** Decides that a decision's title is about the build itself: "Task Runner: just", "Build Tool: Bazel". */
export const BUILD_TOOL_TITLE_WORDS = [
  'task runner',
  'build tool',
  'build system',
  'package manager',
  'workspace manager',
  'monorepo tool'
];

export const BUILD_TOOL_TITLE = wholeWordPattern(
  'decision-build-tool-title',
  BUILD_TOOL_TITLE_WORDS,
  'i'
);

/** Decides that a decision adds a dependency (pattern sources, whole words, any case). */
export const DEPENDENCY_WORDS = [
  'dependency',
  'dependencies',
  'dev[- ]dependency',
  'library',
  'libraries',
  'package',
  'crate',
  'crates',
  'sdk',
  'npm',
  'pnpm',
  'yarn',
  'nuget',
  'pypi',
  'pip',
  'install',
  'installs',
  'framework',
  'orm',
  'toolkit'
];

export const DEPENDENCY_DECISION = wholeWordPattern(
  'decision-dependency',
  DEPENDENCY_WORDS,
  'i',
  true
);

/** Decides which host suffixes make a `host/path` name a Go module: `example.com/acme/retry`. */
export const GO_MODULE_HOST_SUFFIXES = ['com', 'org', 'io', 'in', 'dev', 'net', 'co'];

const GO_MODULE_SOURCE = `\\b(?:[a-z0-9-]+\\.)+${alternation(GO_MODULE_HOST_SUFFIXES)}\\/[\\w.-]+(?:\\/[\\w.-]+)*`;

/** Every Go module a text names. */
export const GO_MODULES = pattern('go-modules', GO_MODULE_SOURCE, 'gi');

/** A whole name that is a Go module. */
export const GO_MODULE = pattern('go-module', `^${GO_MODULE_SOURCE}$`, 'i');

/** Decides that a text is about Go, where a `host/path` name is a module rather than a URL. */
export const GO_LANGUAGE_NAME = 'Go';

export const GO_NAMED = pattern('go-named', wholeWords([GO_LANGUAGE_NAME]));

/** Decides which words before a decision's subject say it is adopted: "Use Valkey 8 for caching". */
export const ADOPTION_WORDS = [
  'use',
  'adopt',
  'add',
  'install',
  'include',
  'choose',
  'pick',
  'select',
  'switch to',
  'migrate to'
];

export const ADOPTION = pattern('decision-adoption', `^${alternation(ADOPTION_WORDS)}\\s+`, 'i');

/** Decides which words before a decision's subject are left out of its name: "the", "a". */
export const ARTICLES = ['the', 'a', 'an'];

export const LEADING_ARTICLE = pattern('leading-article', `^${alternation(ARTICLES)}\\s+`, 'i');

// ---------------------------------------------------------------------------------------------
// Whether the plan's Technical Context already states what a decision adds

/** Decides which Technical Context fields say what the Initialize task already installs. */
export const STATED_DEPENDENCY_FIELDS = [
  'Language/Version',
  'Primary Dependencies',
  'Storage',
  'Testing'
] as const;

/** Decides which vendors a product's name may leave out: "Acme Widgets" is stated as "Widgets". */
export const VENDOR_NAMES = [
  'apache',
  'google',
  'microsoft',
  'aws',
  'eclipse',
  'jetbrains',
  'github'
];

export const LEADING_VENDOR = pattern('leading-vendor', `^${alternation(VENDOR_NAMES)}\\s`, 'i');

/** Decides which last words of a decision's title say what sort of decision it is: "Tracing Integration". */
export const GENERIC_TITLE_TAIL = new Set([
  'integration',
  'strategy',
  'architecture',
  'approach',
  'setup',
  'configuration',
  'support',
  'usage',
  'pattern',
  'libraries',
  'library',
  'sdk',
  'framework'
]);

/** Decides which words say the name before them is a package: "via the Charts framework". */
export const PACKAGE_KINDS = new Set(['framework', 'sdk', 'library', 'crate', 'package']);

/** Decides which names are too generic to be found in the Technical Context as a package. */
export const TOO_GENERIC_NAMES = new Set(['sdk', 'api', 'the', 'a']);

// ---------------------------------------------------------------------------------------------
// Which file the setup goes in

/**
 * Decides that a dependency belongs to the JavaScript ecosystem, to a front end's package.json,
 * in a plan of another language (pattern sources, whole words, any case).
 */
export const JAVASCRIPT_ECOSYSTEM_WORDS = [
  'npm',
  'pnpm',
  'yarn',
  'node(?:\\.js)?',
  'typescript',
  'javascript',
  'react',
  'vue',
  'angular',
  'svelte',
  'solidjs',
  'next\\.js',
  'nuxt',
  'vite',
  'tailwind'
];

export const JAVASCRIPT_ECOSYSTEM = wholeWordPattern(
  'javascript-ecosystem',
  JAVASCRIPT_ECOSYSTEM_WORDS,
  'i',
  true
);

/** Decides the build file a build tool's decision goes in: the words that name the tool, and its file. */
export const BUILD_TOOL_FILES: readonly (readonly [readonly string[], string])[] = [
  [['gnu make', 'make'], 'Makefile'],
  [['gradle'], 'build.gradle.kts'],
  [['maven'], 'pom.xml'],
  [['npm', 'pnpm', 'yarn'], 'package.json'],
  [['uv', 'poetry', 'hatch'], 'pyproject.toml'],
  [['cargo'], 'Cargo.toml'],
  [['cmake'], 'CMakeLists.txt'],
  [['just'], 'justfile']
];

/** Each build tool's words as a pattern, with its file, in the same order. */
export const BUILD_TOOL_FILE_PATTERNS: readonly (readonly [RegExp, string])[] =
  BUILD_TOOL_FILES.map(
    ([words, file]) => [pattern(`build-tool-${file}`, wholeWords(words), 'i'), file] as const
  );

/**
 * Decides which build and configuration files a decision may name outright, "Kotlin DSL
 * (build.gradle.kts)" (pattern sources, a whole file name, in any folder).
 */
export const CONFIG_FILE_NAMES = [
  'Makefile',
  'justfile',
  'CMakeLists\\.txt',
  'build\\.gradle(?:\\.kts)?',
  'settings\\.gradle(?:\\.kts)?',
  'pom\\.xml',
  'package\\.json',
  'tsconfig\\.json',
  'Cargo\\.toml',
  'go\\.mod',
  'pyproject\\.toml',
  'requirements\\.txt',
  'Package\\.swift',
  'Directory\\.Packages\\.props',
  '\\.editorconfig',
  'ruff\\.toml',
  '\\.golangci\\.ya?ml',
  'checkstyle\\.xml',
  'clippy\\.toml',
  'rustfmt\\.toml',
  '\\.swiftlint\\.yml',
  'eslint\\.config\\.[cm]?js',
  '\\.eslintrc(?:\\.\\w+)?',
  '\\.prettierrc(?:\\.\\w+)?'
];

export const CONFIG_FILE = pattern(
  'config-file',
  `(?<![\\w/.-])((?:[\\w.-]+\\/)*${alternation(CONFIG_FILE_NAMES, true)})(?![\\w.-])`
);

/** Every workflow file a CI decision names: `ci.yml`, `.github/workflows/docs.yml`. */
export const WORKFLOW_FILES = pattern(
  'workflow-files',
  `(?<![\\w.-])(?:${escapePattern(WORKFLOW_FOLDER)})?([\\w-]+\\.ya?ml)\\b`,
  'g'
);

// ---------------------------------------------------------------------------------------------
// The task's words

/**
 * Decides which words cannot end a phrase clipped for a task line: the line goes on with " in
 * <file>", so it must not end on "in" or "with" ("buckets in in Cargo.toml").
 */
export const DANGLING_WORDS = new Set([
  'a',
  'an',
  'the',
  'in',
  'on',
  'at',
  'of',
  'to',
  'for',
  'with',
  'by',
  'from',
  'via',
  'into',
  'and',
  'or',
  'but',
  'as',
  'than',
  'that',
  'which',
  'is',
  'are',
  '—',
  '–',
  '-',
  '+',
  '&',
  '/'
]);

/** Decides which marks cannot end a clipped phrase. */
export const DANGLING_MARKS = ',;:(.…';
