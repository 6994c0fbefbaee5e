/**
 * What the tasks.md reader knows about the paths a task names: which words are files though they
 * have no extension, which look like files but are not, which folders a repository keeps its
 * code in, and which words make a path a source the task reads rather than the file it changes.
 */
import { alternation, pattern } from './build.js';

/** Top-level folders every repository is read with, besides those the plan names. */
export const DEFAULT_ROOTS = ['src/', 'tests/', 'test/', 'specs/', 'docs/'];

// ---------------------------------------------------------------------------------------------
// Files and not files

/** File names without an extension that are files all the same (compared in lower case). */
export const EXTENSIONLESS_FILES = new Set([
  'makefile',
  'dockerfile',
  'containerfile',
  'doxyfile',
  'pipfile',
  'podfile',
  'justfile',
  'gemfile',
  'rakefile',
  'procfile',
  'vagrantfile',
  'jenkinsfile',
  'license',
  'codeowners'
]);

/** Of those, the ones that count bare even in lower case; `'license'` in prose is a word. */
export const LOWER_CASE_EXTENSIONLESS_FILES = ['makefile', 'justfile'];

/** Extensions a bare file name (no directory) must have to count: `package.json`, not `Node.js`. */
export const BARE_FILE_EXTENSIONS = new Set(
  (
    'py pyi ts tsx js jsx mjs cjs json jsonc yaml yml toml md mdx go rs java kt kts swift cs csproj ' +
    'sln fs rb php c h cc cpp hpp m mm proto graphql gql sql sh bash zsh ps1 html css scss sass less ' +
    'vue svelte xml gradle txt cfg ini env lock mod sum dart ex exs erl tf tfvars hcl conf ipynb r ' +
    'scala lua zig jsonl csv properties plist xaml razor cshtml tsv dockerignore gitignore editorconfig ' +
    'props targets config nuspec resx storyboard xcconfig entitlements pbxproj bicep nix cabal gemspec ' +
    'podspec rst adoc prisma svg png ico lockb'
  ).split(' ')
);

/** Technology names that look like files: `Node.js` is a runtime, not a file in the repository. */
export const NOT_FILES = new Set([
  'node.js',
  'next.js',
  'vue.js',
  'nuxt.js',
  'react.js',
  'express.js',
  'nest.js',
  'three.js',
  'chart.js',
  'd3.js',
  'socket.io',
  'asp.net',
  'ado.net',
  'vite.js',
  'alpine.js',
  'ember.js',
  'backbone.js',
  'angular.js',
  'deno.js',
  'svelte.js',
  'solid.js'
]);

/** The feature's own design documents, mentioned as sources ("per plan.md"), not as work. */
export const FEATURE_DOCUMENTS = new Set([
  'plan.md',
  'spec.md',
  'research.md',
  'data-model.md',
  'quickstart.md',
  'tasks.md'
]);

/**
 * First segments of a two-segment directory written in backticks without a trailing slash
 * (`apps/shop`, `packages/icons`): the folders monorepos keep their parts in. Other pairs in
 * backticks are mostly imports, MIME types or wording (`react/jsx-runtime`, `image/png`, `in/out`).
 */
export const CONTAINER_DIRECTORIES = new Set(
  (
    'apps app packages libs lib services crates modules internal cmd pkg components tools ' +
    'scripts infra deploy charts examples plugins projects src tests test docs web backend ' +
    'frontend server client'
  ).split(' ')
);

/** Flags whose value is a workspace folder: `npm run dev -w apps/shop`. */
export const WORKSPACE_FLAGS = new Set(['-w', '--workspace']);

/** The same flag with its value joined by `=`: `--workspace=apps/shop`. */
export const WORKSPACE_FLAG_WITH_VALUE = '--workspace=';

/** An absolute path's first folder that makes it a route, not a file: `/api/v1/orders/**`. */
export const ROUTE_ROOTS = ['api'];

/** The folder Codespaces clones into, `/workspaces/<repository>/…`: cut with the repository's name. */
export const CODESPACE_ROOTS = ['workspaces'];

// ---------------------------------------------------------------------------------------------
// Citations: paths a task reads, not the ones it changes

/** One word that makes the path right after it (fillers aside) a source: "per `api.md`". */
export const CITING_WORDS = new Set([
  'see',
  'per',
  'cf',
  'like',
  'mirror',
  'mirrors',
  'mirroring',
  'following',
  'follows'
]);

/** The citing word that names the work instead when a filler follows: "the following in `a.py`". */
export const FOLLOWING_WORDS = ['following'];

/** Two words that do the same: "defined in `contracts/api.md`". */
export const CITING_PAIRS = new Set([
  'as in',
  'similar to',
  'according to',
  'based on',
  'defined in',
  'documented in',
  'described in',
  'specified in'
]);

/** "pinned by `a_test` in `ledger.rs`": the path holds what already covers the work. */
export const COVERING_WORDS = new Set([
  'pinned',
  'covered',
  'exercised',
  'tested',
  'verified',
  'validated',
  'asserted'
]);

/** The words of "covered by `x` in `y`": where the path is (`in`, `at`) and by whom (`by`). */
export const COVERING_PLACE_WORDS = ['in', 'at'];
export const COVERING_AGENT_WORDS = ['by'];

/** Words that may stand between a citing word and its path: "per the contract in `api.md`". */
export const CITATION_FILLERS = new Set(
  (
    'the a an in at of from to existing current pattern patterns approach example examples style ' +
    'conventions convention template contract contracts spec schema format structure layout shape ' +
    'one ones that those this as shown already steps instructions guide guidance rules file files'
  ).split(' ')
);

/** Words that join paths in a list, so a path listed after a cited one is cited too. */
export const CONJUNCTIONS = new Set(['and', 'or', '&', '+', '']);

/** What may stand before a citing word for it to cite: "per the contract", "see its schema". */
export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'existing',
  'current',
  'this',
  'that'
]);

/** Abbreviations that end in a full stop without ending the sentence: "cf.", "e.g.". */
export const CITING_ABBREVIATIONS = ['cf', 'e.g', 'i.e', 'etc', 'vs'];

export const ABBREVIATION = pattern(
  'paths.citing-abbreviation',
  `^${alternation(CITING_ABBREVIATIONS)}\\.$`,
  'i'
);

/**
 * A status note on work done elsewhere, whose `file:line`s are sources: "**Status**: verified",
 * "confirmed by hand".
 */
export const STATUS_NOTE_LABELS = ['status'];
export const STATUS_NOTE_VALUES = ['verified', 'validated', 'done', 'complete'];
export const CHECKED_WORDS = ['verified', 'validated', 'confirmed'];
export const BY_HAND_WORDS = ['manually', 'by hand'];

export const STATUS_NOTE = pattern(
  'paths.status-note',
  `${alternation(STATUS_NOTE_LABELS)}\\W{0,4}:\\W{0,4}${alternation(STATUS_NOTE_VALUES)}`,
  'i'
);

export const CHECKED_BY_HAND = pattern(
  'paths.checked-by-hand',
  `\\b${alternation(CHECKED_WORDS)} ${alternation(BY_HAND_WORDS)}\\b`,
  'i'
);

/**
 * Words before a lone folder name in backticks that make it a place: "Add the dashboard to
 * `frontend`", "in `backend`". Without one, `test` or `src` is a make target or a layout's name.
 */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'into',
  'to',
  'under',
  'inside',
  'within',
  'from'
]);
