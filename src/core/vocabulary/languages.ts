/**
 * What the planner knows about each programming language: the words that name it in a plan's
 * Language/Version field, the files that give it away, and how its projects name, build and
 * check their files.
 */
import { alternation, escapePattern, pattern, wholeWords } from './build.js';

/** The languages the planner names files in. */
export type Language =
  | 'python'
  | 'typescript'
  | 'javascript'
  | 'csharp'
  | 'java'
  | 'kotlin'
  | 'go'
  | 'rust'
  | 'swift'
  | 'c'
  | 'cpp';

/** How a language's projects name and check their files. */
export interface LanguageConventions {
  extension: string;
  fileCase: 'snake' | 'kebab' | 'pascal';
  /** A test file is named `prefix` + the subject's stem + `suffix`: `test_` `order_book` `.py`. */
  testFile: { prefix: string; suffix: string };
  /** Where dependencies are declared when the plan names no build file. */
  manifest: string;
  lintConfig: string;
  /** The linter a template's "`ruff` passes" means in this language. */
  linter: string;
  /** The type checker a template's "`mypy` passes" means; none where the compiler does it. */
  typeChecker: string | undefined;
}

/** Decides how new files are named and which build, lint and type-check tools setup tasks name. */
export const LANGUAGE_CONVENTIONS: Record<Language, LanguageConventions> = {
  python: {
    extension: '.py',
    fileCase: 'snake',
    testFile: { prefix: 'test_', suffix: '.py' },
    manifest: 'pyproject.toml',
    lintConfig: 'pyproject.toml',
    linter: 'ruff',
    typeChecker: 'mypy'
  },
  typescript: {
    extension: '.ts',
    fileCase: 'kebab',
    testFile: { prefix: '', suffix: '.test.ts' },
    manifest: 'package.json',
    lintConfig: 'eslint.config.js',
    linter: 'eslint',
    typeChecker: 'tsc --noEmit'
  },
  javascript: {
    extension: '.js',
    fileCase: 'kebab',
    testFile: { prefix: '', suffix: '.test.js' },
    manifest: 'package.json',
    lintConfig: 'eslint.config.js',
    linter: 'eslint',
    typeChecker: undefined
  },
  csharp: {
    extension: '.cs',
    fileCase: 'pascal',
    testFile: { prefix: '', suffix: 'Tests.cs' },
    manifest: 'Directory.Packages.props',
    lintConfig: '.editorconfig',
    linter: 'dotnet format',
    typeChecker: undefined
  },
  java: {
    extension: '.java',
    fileCase: 'pascal',
    testFile: { prefix: '', suffix: 'Test.java' },
    manifest: 'pom.xml',
    lintConfig: 'checkstyle.xml',
    linter: 'checkstyle',
    typeChecker: undefined
  },
  kotlin: {
    extension: '.kt',
    fileCase: 'pascal',
    testFile: { prefix: '', suffix: 'Test.kt' },
    manifest: 'build.gradle.kts',
    lintConfig: '.editorconfig',
    linter: 'ktlint',
    typeChecker: undefined
  },
  go: {
    extension: '.go',
    fileCase: 'snake',
    testFile: { prefix: '', suffix: '_test.go' },
    manifest: 'go.mod',
    lintConfig: '.golangci.yml',
    linter: 'golangci-lint',
    typeChecker: 'go vet'
  },
  rust: {
    extension: '.rs',
    fileCase: 'snake',
    testFile: { prefix: '', suffix: '_test.rs' },
    manifest: 'Cargo.toml',
    lintConfig: 'clippy.toml',
    linter: 'clippy',
    typeChecker: undefined
  },
  swift: {
    extension: '.swift',
    fileCase: 'pascal',
    testFile: { prefix: '', suffix: 'Tests.swift' },
    manifest: 'Package.swift',
    lintConfig: '.swiftlint.yml',
    linter: 'swiftlint',
    typeChecker: undefined
  },
  c: {
    extension: '.c',
    fileCase: 'snake',
    testFile: { prefix: 'test_', suffix: '.c' },
    manifest: 'CMakeLists.txt',
    lintConfig: '.clang-format',
    linter: 'clang-tidy',
    typeChecker: undefined
  },
  cpp: {
    extension: '.cpp',
    fileCase: 'snake',
    testFile: { prefix: 'test_', suffix: '.cpp' },
    manifest: 'CMakeLists.txt',
    lintConfig: '.clang-format',
    linter: 'clang-tidy',
    typeChecker: undefined
  }
};

/** Decides how a language is called in task text ("Set up the C# project"). */
export const LANGUAGE_DISPLAY_NAMES: Record<Language, string> = {
  python: 'Python',
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  csharp: 'C#',
  java: 'Java',
  kotlin: 'Kotlin',
  go: 'Go',
  rust: 'Rust',
  swift: 'Swift',
  c: 'C',
  cpp: 'C++'
};

/**
 * Decides which language a Language/Version field names: each word (lower case, whole) and its
 * language. The first language named wins ("Go for the CLI; TypeScript for …" is Go).
 */
export const LANGUAGE_NAME_WORDS: readonly (readonly [string, Language])[] = [
  ['python', 'python'],
  ['typescript', 'typescript'],
  ['javascript', 'javascript'],
  ['node.js', 'javascript'],
  ['c#', 'csharp'],
  ['.net', 'csharp'],
  ['kotlin', 'kotlin'],
  ['java', 'java'],
  ['golang', 'go'],
  ['go', 'go'],
  ['rust', 'rust'],
  ['swift', 'swift'],
  ['c++', 'cpp'],
  ['c', 'c']
];

/**
 * Decides where a Language/Version clause starts naming the part of the code base a language is
 * for: "Go for the daemon".
 */
export const PURPOSE_WORD = 'for';

/** Decides which words of a Language/Version aside name no part of the code base ("latest stable"). */
export const NOT_A_CODE_BASE_PART = new Set([
  'latest',
  'stable',
  'strict',
  'mode',
  'per',
  'with',
  'lts',
  'the'
]);

/** Decides a source file's language by its extension (lower case, without the dot). */
export const LANGUAGE_OF_EXTENSION: Record<string, Language> = {
  py: 'python',
  ts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cs: 'csharp',
  java: 'java',
  kt: 'kotlin',
  go: 'go',
  rs: 'rust',
  swift: 'swift',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  cc: 'cpp',
  hpp: 'cpp'
};

/** Decides which files are single-file components, counted as JavaScript (`.vue`, `.svelte`). */
export const SINGLE_FILE_COMPONENT_EXTENSIONS = ['vue', 'svelte', 'astro'];

export const SINGLE_FILE_COMPONENT = pattern(
  'single-file-component',
  `\\.${alternation(SINGLE_FILE_COMPONENT_EXTENSIONS)}$`,
  'i'
);

/**
 * Build files and folders that only one language's projects have. `startsSegment` matches where
 * a path segment begins with it (`crates/` anywhere in a path), `fileNames` a whole file name,
 * `extensions` a file's extension.
 */
export interface LanguageMarker {
  language: Language;
  startsSegment?: readonly string[];
  fileNames?: readonly string[];
  extensions?: readonly string[];
}

/** Decides a plan's language from its build files when no source file says; tried in this order. */
export const LANGUAGE_MARKERS: readonly LanguageMarker[] = [
  { language: 'rust', startsSegment: ['Cargo.toml', 'crates/'] },
  { language: 'go', fileNames: ['go.mod'] },
  { language: 'csharp', extensions: ['csproj', 'sln'] },
  { language: 'swift', fileNames: ['Package.swift'] },
  { language: 'java', fileNames: ['pom.xml'] },
  { language: 'python', fileNames: ['pyproject.toml', 'setup.py', 'requirements.txt'] },
  { language: 'typescript', fileNames: ['tsconfig.json'] }
];

/**
 * Decides that a `package.json` is a JavaScript (or TypeScript) project's, for one folder's
 * language only: many plans of other languages carry a front end.
 */
export const SCRIPT_MARKER: LanguageMarker = {
  language: 'javascript',
  fileNames: ['package.json']
};

function markerSource(marker: LanguageMarker): string {
  if (marker.startsSegment) return `(?:^|\\/)${alternation(marker.startsSegment)}`;
  if (marker.fileNames) return `(?:^|\\/)${alternation(marker.fileNames)}$`;
  return `\\.${alternation(marker.extensions ?? [])}$`;
}

/** Each marker as a pattern over a path, in the markers' order. */
export const LANGUAGE_MARKER_PATTERNS: readonly (readonly [RegExp, Language])[] =
  LANGUAGE_MARKERS.map(
    marker =>
      [
        pattern(`language-marker-${marker.language}`, markerSource(marker)),
        marker.language
      ] as const
  );

export const SCRIPT_MARKER_PATTERN = pattern('language-marker-script', markerSource(SCRIPT_MARKER));

/** Decides which languages share a code base's folders: TypeScript projects hold JavaScript, Kotlin ones Java, C++ ones C. */
export const LANGUAGE_FAMILY: Partial<Record<Language, Language>> = {
  javascript: 'typescript',
  java: 'kotlin',
  c: 'cpp'
};

/** Decides that a name ending in one of these words ("Kiln tests") is not tested twice. */
export const TEST_NAME_WORDS = ['test', 'tests'];

/**
 * Decides the test folders that name their tests their own way: a `cypress/` folder's
 * TypeScript or JavaScript specs end in `.cy.ts`, in kebab case, whatever the language's usual
 * test name.
 */
export const CYPRESS_SPECS = {
  folder: 'cypress',
  languages: ['typescript', 'javascript'] as readonly Language[],
  infix: '.cy'
};

/**
 * Decides the kind word in the name of a new file serving endpoints, in languages that name such
 * files by kind (`OrderController.java`, `order_handler.go`).
 */
export const ENDPOINT_FILE_KIND: Partial<Record<Language, string>> = {
  java: 'controller',
  kotlin: 'controller',
  csharp: 'controller',
  go: 'handler'
};

/**
 * Decides which build files declare an ecosystem's dependencies, the usual one first: a language,
 * or `js` for the npm packages of a plan in another language.
 */
export const MANIFESTS_OF_ECOSYSTEM: Record<string, readonly string[]> = {
  python: ['pyproject.toml', 'requirements.txt', 'setup.py'],
  typescript: ['package.json'],
  javascript: ['package.json'],
  js: ['package.json'],
  csharp: ['Directory.Packages.props'],
  java: ['pom.xml', 'build.gradle.kts', 'build.gradle'],
  kotlin: ['build.gradle.kts', 'build.gradle'],
  go: ['go.mod'],
  rust: ['Cargo.toml'],
  swift: ['Package.swift'],
  c: ['CMakeLists.txt'],
  cpp: ['CMakeLists.txt']
};

/**
 * Decides where a Rust crate's code is when a plan's prose names only its tests: Cargo keeps a
 * crate's `tests/` beside its `src/`.
 */
export const CRATE_FOLDERS = { tests: 'tests', source: 'src/' };

export const CRATE_TEST_FOLDER = pattern(
  'crate-test-folder',
  `^(.*\\/)?${escapePattern(CRATE_FOLDERS.tests)}\\/$`
);

/**
 * Decides that a Swift app keeps its dependencies in its Xcode project, by what its plan says:
 * "One Xcode project, no SPM packages".
 */
export const NO_SWIFT_PACKAGE_WORDS = ['spm', 'swift package'];

export const XCODE_PROJECT_WORDS = ['xcode project'];

export const XCODE_PROJECT_SAID = pattern(
  'xcode-project-said',
  `\\bno\\s+${alternation(NO_SWIFT_PACKAGE_WORDS)}|${wholeWords(XCODE_PROJECT_WORDS)}`,
  'i'
);

/** An Xcode project's folder extension, and the file in it that holds its package dependencies. */
export const XCODE_PROJECT = { extension: '.xcodeproj', dependencyFile: 'project.pbxproj' };

export const XCODE_PROJECT_PATH = pattern(
  'xcode-project-path',
  `^(.*${escapePattern(XCODE_PROJECT.extension)})(?:\\/|$)`
);
