import type { Decision, Plan } from '../../model.js';
import { directoryOf } from '../layout/folders.js';
import { type Language, MANIFESTS_OF_ECOSYSTEM } from '../../vocabulary/languages.js';
import { FRONT_END_FOLDERS } from '../../vocabulary/layout.js';
import { lintConfigFile, manifestFile } from '../placement/file-names.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { withoutAsides } from '../../text/asides.js';

/**
 * Template rule "research.md: extract decisions → setup tasks". A decision is setup work only
 * when it adds something to the build: a dependency, a build or lint tool, a CI workflow. The
 * task goes in the file that holds it. Decisions about design ("credit only after the server
 * confirms", "reuse the existing converter") shape the core tasks instead and get none, and so
 * does a dependency the Initialize task already installs from the plan's Technical Context.
 */
export function decisionTasks(context: RuleContext): TaskDraft[] {
  const decisions = context.feature.research?.decisions ?? [];
  const stated = statedInPlan(context.feature.plan);
  return decisions.flatMap((decision, index) => {
    const files = setupFilesFor(decision, context, stated);
    if (files.length === 0) return [];
    return [
      {
        key: `decision:${index}`,
        kind: 'setup',
        role: 'setup',
        description: describe(decision),
        files,
        after: [],
        covers: [{ kind: 'decision', name: decision.title, source: decision.source }],
        story: undefined
      } satisfies TaskDraft
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// What kind of setup a decision is

type Setup = 'ci' | 'lint' | 'tool' | 'dependency';

/** "Do not add vllm", "no governor crate", "Go's standard library": the decision adds nothing. */
const ADDS_NOTHING =
  /\b(?:do not|don't|must not|no new|not needed|no additional|no extra|without adding|hand[- ]rolled|standard library|stdlib|built[- ]in|reuse|reuses|reusing)\b|\bno\s+[\w.-]+\s+(?:crate|library|package|dependency|dependencies)\b/i;

/** Words after which a sentence names what is not chosen: "rather than the X library". */
const NOT_CHOSEN = /\b(?:rather than|instead of|not|no|avoid|avoids|without|over)\b/i;

const CI_TITLE =
  /^(?:ci|continuous integration)\b|\b(?:ci|continuous integration)\s+(?:strategy|pipelines?|workflows?|setup|configuration|jobs?)\b/i;
const CI_TEXT =
  /\.github\/workflows\/|\bgithub actions\b|\bgitlab[- ]ci\b|\bworkflow files?\b|\bci\s+(?:workflows?|pipelines?|jobs?)\b/i;

const LINT_WORDS =
  /\b(?:lint|linter|linters|linting|formatter|formatters|code style|eslint|prettier|ruff|flake8|pylint|isort|clippy|rustfmt|gofmt|golangci-lint|checkstyle|spotless|ktlint|detekt|stylecop|swiftlint|swiftformat|stylelint|biome|editorconfig)\b/i;

/** A decision about the build itself: "Task Runner: make", "Build Tool: Gradle 9.0". */
const TOOL_TITLE =
  /\b(?:task runner|build tool|build system|package manager|workspace manager|monorepo tool)\b/i;

const DEPENDENCY_WORDS =
  /\b(?:dependency|dependencies|dev[- ]dependency|library|libraries|package|crate|crates|sdk|npm|pnpm|yarn|nuget|pypi|pip|install|installs|framework|orm|toolkit)\b/i;

/** `github.com/x/y`, `gopkg.in/yaml.v3`, `go.uber.org/zap`. */
const GO_MODULE_SOURCE = String.raw`\b(?:[a-z0-9-]+\.)+(?:com|org|io|in|dev|net|co)\/[\w.-]+(?:\/[\w.-]+)*`;
const GO_MODULE = new RegExp(GO_MODULE_SOURCE, 'gi');
const IS_GO_MODULE = new RegExp(`^${GO_MODULE_SOURCE}$`, 'i');
/** `@tailwindcss/postcss`. */
const NPM_SCOPED = /(?<![\w/])@[a-z0-9-]+\/[\w.-]+/gi;
/** `com.google.guava:guava`. */
const MAVEN = /\b[a-z][\w-]*(?:\.[a-z][\w-]*)+:[a-z][\w.-]+\b/g;
/** `Spectre.Console`, `Microsoft.Extensions.Logging`; a call such as `Factory.Create()` is code. */
const NUGET = /\b[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)+\b(?![.(])/g;

/** `v4`, `3.5.6`, `17+`, `5.x`, `(v8.17.1)`, `10`. */
const VERSION = /^\(?v?\d+(?:\.(?:\d+|x))*\+?\)?[,;:]?$/i;

const ADOPTION = /^(?:use|adopt|add|install|include|choose|pick|select|switch to|migrate to)\s+/i;

function setupFilesFor(decision: Decision, context: RuleContext, stated: string): string[] {
  const title = decision.title;
  const text = firstSentence(decision.decision ?? title);
  const whole = `${title}. ${decision.decision ?? ''}`;
  if (ADDS_NOTHING.test(whole)) return [];
  const sentence = beforeNegation(text);
  const chosen = `${title}. ${sentence}`;
  const kind = setupKind(title, sentence, context.layout.language);
  if (!kind) return [];
  if ((kind === 'dependency' || kind === 'tool') && alreadyStated(title, text, stated)) return [];
  if (kind === 'ci') return workflowFiles(whole, context);
  if (kind === 'lint')
    return [namedFile(whole, context) ?? lintConfigFile(context.layout.language)];
  if (kind === 'tool') return [namedFile(whole, context) ?? toolFile(chosen, context)];
  return [namedFile(whole, context) ?? manifestFor(chosen, context)];
}

/** `sentence` is the decision's first sentence up to anything it rules out. */
function setupKind(title: string, sentence: string, language: Language): Setup | undefined {
  const chosen = `${title}. ${sentence}`;
  if (CI_TITLE.test(title) || CI_TEXT.test(chosen)) return 'ci';
  if (LINT_WORDS.test(chosen)) return 'lint';
  if (TOOL_TITLE.test(title)) return 'tool';
  if (DEPENDENCY_WORDS.test(chosen) || coordinates(chosen, language).length > 0)
    return 'dependency';
  return subjectOf(sentence)?.versioned ? 'dependency' : undefined;
}

function beforeNegation(text: string): string {
  const match = NOT_CHOSEN.exec(text);
  return match ? text.slice(0, match.index) : text;
}

/** The first sentence: later ones give the reasons, the caveats, what was rejected. */
function firstSentence(text: string): string {
  const flat = text.split('\n').join(' ').trim();
  const end = /[.!?](?:\s+(?=[A-Z(])|$)/.exec(flat);
  return end ? flat.slice(0, end.index) : flat;
}

// ---------------------------------------------------------------------------------------------
// What the decision adds, and whether the plan's Technical Context already says so

/** Package coordinates named in the text, in the ecosystem they belong to. */
function coordinates(text: string, language: Language): { name: string; ecosystem: string }[] {
  const found: { name: string; ecosystem: string }[] = [];
  // A host-and-path name is a Go module only in Go code; elsewhere it is more likely a URL.
  if (language === 'go' || /\bGo\b/.test(text))
    for (const match of text.matchAll(GO_MODULE)) found.push({ name: match[0], ecosystem: 'go' });
  for (const match of text.matchAll(NPM_SCOPED)) found.push({ name: match[0], ecosystem: 'js' });
  for (const match of text.matchAll(MAVEN)) found.push({ name: match[0], ecosystem: language });
  if (language === 'csharp')
    for (const match of text.matchAll(NUGET)) found.push({ name: match[0], ecosystem: language });
  return found;
}

/**
 * The thing a decision chooses, read off the start of its sentence: "Use Redis 7+ for caching"
 * → `Redis` (versioned), "Style Dictionary v4" → `Style Dictionary`, "Use rmcp (official SDK)"
 * → `rmcp`.
 */
function subjectOf(sentence: string): { name: string; versioned: boolean } | undefined {
  const rest = sentence
    .trim()
    .replace(ADOPTION, '')
    .replace(/^(?:the|a|an)\s+/i, '');
  const tokens = rest.split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (const token of tokens) {
    if (VERSION.test(token))
      return name.length > 0 ? { name: name.join(' '), versioned: true } : undefined;
    const bare = token.replace(/[,;:]$/, '');
    const nameLike = name.length === 0 ? /^[\p{L}@.]/u.test(bare) : /^[A-Z@.]|[./@_-]/.test(bare);
    if (!nameLike || bare.startsWith('(')) break;
    name.push(bare);
    if (bare !== token) break;
  }
  return name.length > 0 ? { name: name.join(' '), versioned: false } : undefined;
}

/** Language, dependencies, storage and testing as the plan's Technical Context states them. */
function statedInPlan(plan: Plan | undefined): string {
  const technical = plan?.technicalContext ?? {};
  return (['Language/Version', 'Primary Dependencies', 'Storage', 'Testing'] as const)
    .map(field => technical[field]?.value ?? '')
    .join(' ; ')
    .toLowerCase();
}

const VENDORS = /^(?:apache|google|microsoft|aws|eclipse|jetbrains|github)\s/i;
/** Words after a product's name that say what sort of decision it is: "GitHub Copilot SDK Integration". */
const GENERIC_TAIL = new Set([
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
const KINDS = new Set(['framework', 'sdk', 'library', 'crate', 'package']);

/**
 * Whether the decision only repeats what the Initialize task installs: its subject, its title
 * (without "Logging:" or "… Integration") or a package it names is in the Technical Context.
 */
function alreadyStated(title: string, sentence: string, stated: string): boolean {
  if (!stated) return false;
  const topic = withoutAsides(title.slice(title.lastIndexOf(':') + 1));
  const names = [withoutGenericTail(topic)];
  const topicSubject = subjectOf(topic);
  if (topicSubject) names.push(topicSubject.name);
  const chosen = subjectOf(sentence);
  if (chosen) {
    names.push(chosen.name);
    // "SwiftUI WindowGroup": a product's own name is distinctive enough on its own.
    const first = chosen.name.split(' ')[0]!;
    if (/^.[^A-Z]*[A-Z0-9]/.test(first)) names.push(first);
  }
  const kindOf = nameBeforeKind(sentence);
  if (kindOf) names.push(kindOf);
  return names.some(name => mentions(stated, name) || mentions(stated, name.replace(VENDORS, '')));
}

function withoutGenericTail(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  while (words.length > 1 && GENERIC_TAIL.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(' ');
}

/** "via the Security framework" → `Security`; "AWS SDK" → `AWS`. */
function nameBeforeKind(sentence: string): string | undefined {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex(token => KINDS.has(token.toLowerCase().replace(/[,;:.]$/, '')));
  if (at <= 0) return undefined;
  const name: string[] = [];
  for (let index = at - 1; index >= 0 && name.length < 3; index--) {
    if (!/^[A-Z.@]/.test(tokens[index]!)) break;
    name.unshift(tokens[index]!);
  }
  return name.length > 0 ? name.join(' ') : undefined;
}

function mentions(stated: string, name: string): boolean {
  const wanted = moduleName(name.trim().toLowerCase());
  if (wanted.length < 2 || /^(?:sdk|api|the|a)$/.test(wanted)) return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.-])${escaped}(?![\\w-])`).test(stated);
}

/** `github.com/robfig/cron/v3` is the `cron` module; `gopkg.in/yaml.v3` stays whole. */
function moduleName(name: string): string {
  if (!IS_GO_MODULE.test(name)) return name;
  const segments = name.split('/').filter(segment => !/^v\d+$/.test(segment));
  return segments[segments.length - 1] ?? name;
}

// ---------------------------------------------------------------------------------------------
// Which file the setup goes in

const JS_WORDS =
  /\b(?:npm|pnpm|yarn|node(?:\.js)?|typescript|javascript|react|vue|angular|svelte|solidjs|next\.js|nuxt|vite|tailwind)\b/i;

/** The manifest of the ecosystem the dependency belongs to: a Go module in go.mod, ajv in package.json. */
function manifestFor(chosen: string, context: RuleContext): string {
  const language = context.layout.language;
  const named = coordinates(chosen, language)[0]?.ecosystem;
  const ecosystem =
    named ??
    (JS_WORDS.test(chosen) && !MANIFESTS_OF_ECOSYSTEM[language]!.includes('package.json')
      ? 'js'
      : language);
  const planned = plannedManifest(MANIFESTS_OF_ECOSYSTEM[ecosystem] ?? [], chosen, context);
  if (planned) return planned;
  if (ecosystem === language || !MANIFESTS_OF_ECOSYSTEM[ecosystem]) return manifestFile(language);
  return frontEndDir(context) + MANIFESTS_OF_ECOSYSTEM[ecosystem]![0]!;
}

/** The manifest of `language`'s ecosystem the plan names, if it names one. */
export function plannedManifestOf(language: Language, context: RuleContext): string | undefined {
  return plannedManifest(MANIFESTS_OF_ECOSYSTEM[language] ?? [], '', context);
}

/** A manifest the plan names: the one in a directory the decision mentions, else the top-level one. */
function plannedManifest(
  names: readonly string[],
  text: string,
  context: RuleContext
): string | undefined {
  const candidates = context.layout.plannedFiles.filter(file =>
    names.includes(file.slice(file.lastIndexOf('/') + 1))
  );
  const mentioned = candidates.find(file => {
    const dir = directoryOf(file);
    return dir !== '' && text.includes(dir);
  });
  if (mentioned) return mentioned;
  return [...candidates].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))[0];
}

function depth(path: string): number {
  return path.split('/').length;
}

function frontEndDir(context: RuleContext): string {
  const dirs = [...context.layout.touchedDirs, ...context.layout.plannedFiles];
  const front = dirs
    .map(path => path.split('/')[0]!)
    .find(segment => FRONT_END_FOLDERS.includes(segment.toLowerCase()));
  return front ? `${front}/` : '';
}

const TOOL_FILES: [RegExp, string][] = [
  [/\b(?:gnu make|make)\b/i, 'Makefile'],
  [/\bgradle\b/i, 'build.gradle.kts'],
  [/\bmaven\b/i, 'pom.xml'],
  [/\b(?:npm|pnpm|yarn)\b/i, 'package.json'],
  [/\b(?:uv|poetry|hatch)\b/i, 'pyproject.toml'],
  [/\bcargo\b/i, 'Cargo.toml'],
  [/\bcmake\b/i, 'CMakeLists.txt'],
  [/\bjust\b/i, 'justfile']
];

function toolFile(chosen: string, context: RuleContext): string {
  const file = TOOL_FILES.find(([pattern]) => pattern.test(chosen))?.[1];
  if (!file) return manifestFor(chosen, context);
  return plannedManifest([file], chosen, context) ?? file;
}

/** Build and configuration files a decision may name outright: "Gradle 9.0 (build.gradle.kts)". */
const CONFIG_FILE =
  /(?<![\w/.-])((?:[\w.-]+\/)*(?:Makefile|justfile|CMakeLists\.txt|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|pom\.xml|package\.json|tsconfig\.json|Cargo\.toml|go\.mod|pyproject\.toml|requirements\.txt|Package\.swift|Directory\.Packages\.props|\.editorconfig|ruff\.toml|\.golangci\.ya?ml|checkstyle\.xml|clippy\.toml|rustfmt\.toml|\.swiftlint\.yml|eslint\.config\.[cm]?js|\.eslintrc(?:\.\w+)?|\.prettierrc(?:\.\w+)?))(?![\w.-])/;

function namedFile(text: string, context: RuleContext): string | undefined {
  const match = CONFIG_FILE.exec(text);
  if (!match) return undefined;
  const named = match[1]!;
  return (
    context.layout.plannedFiles.find(file => file === named || file.endsWith('/' + named)) ?? named
  );
}

/** The workflow files a CI decision names (`ci.yml`, `.github/workflows/hugo.yml`), else their directory. */
function workflowFiles(text: string, context: RuleContext): string[] {
  if (/\bgitlab[- ]ci\b/i.test(text)) return ['.gitlab-ci.yml'];
  const names = [...text.matchAll(/(?<![\w.-])(?:\.github\/workflows\/)?([\w-]+\.ya?ml)\b/g)].map(
    match => match[1]!
  );
  const files = [...new Set(names)].map(
    name =>
      context.layout.plannedFiles.find(file => file.endsWith(`.github/workflows/${name}`)) ??
      `.github/workflows/${name}`
  );
  return files.length > 0 ? files : ['.github/workflows/'];
}

// ---------------------------------------------------------------------------------------------
// The task's words

function describe(decision: Decision): string {
  const title = clipAtWord(decision.title, 60);
  const summary = clipAtWord(firstSentence(decision.decision ?? ''), 100);
  const same = summary.toLowerCase() === decision.title.trim().toLowerCase();
  return `Apply research decision "${title}"` + (summary && !same ? `: ${summary}` : '');
}

/**
 * Words that cannot end a phrase. A decision soft-wrapped after "in" or "with" loses its last
 * line; clipping may stop at one too. The task line goes on with " in <file>", so it must not
 * end on one ("buckets in in Cargo.toml"), nor on a full stop.
 */
const DANGLING_WORDS = new Set([
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
const DANGLING_MARKS = ',;:(.…';

export function clipAtWord(text: string, max: number): string {
  const flat = text.split(/\s+/).filter(Boolean).join(' ');
  let result = flat;
  if (flat.length > max) {
    const cut = flat.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    result = space > max / 2 ? cut.slice(0, space) : flat.slice(0, max);
  }
  const tidy = withoutDanglingEnd(result);
  if (tidy.length === flat.length) return tidy;
  // A full stop ends a sentence, not a cut: "sinks." is whole, "sinks in" is not.
  return result.length === flat.length && /[.!?]$/.test(result) ? tidy : `${tidy}…`;
}

function withoutDanglingEnd(text: string): string {
  let result = text.trimEnd();
  for (;;) {
    const last = result.charAt(result.length - 1);
    if (last && DANGLING_MARKS.includes(last)) {
      result = result.slice(0, -1).trimEnd();
      continue;
    }
    const space = result.lastIndexOf(' ');
    if (space < 0 || !DANGLING_WORDS.has(result.slice(space + 1).toLowerCase())) return result;
    result = result.slice(0, space).trimEnd();
  }
}
