import type { Decision, Plan } from '../../model.js';
import { directoryOf } from '../layout/folders.js';
import { type Language, MANIFESTS_OF_ECOSYSTEM } from '../../vocabulary/languages.js';
import { FRONT_END_FOLDERS } from '../../vocabulary/layout.js';
import { lintConfigFile, moduleManifestFile } from '../placement/file-names.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { withoutAsides } from '../../text/asides.js';
import {
  ADDS_NOTHING,
  ADOPTION,
  BUILD_TOOL_FILE_PATTERNS,
  BUILD_TOOL_TITLE,
  CI_TEXT,
  CI_TITLE,
  CONFIG_FILE,
  DANGLING_MARKS,
  DANGLING_WORDS,
  DEPENDENCY_DECISION,
  GENERIC_TITLE_TAIL,
  GITLAB_CI,
  GITLAB_CI_FILE,
  GO_MODULE,
  GO_MODULES,
  GO_NAMED,
  JAVASCRIPT_ECOSYSTEM,
  LEADING_ARTICLE,
  LEADING_VENDOR,
  LINT_DECISION,
  NOT_CHOSEN,
  PACKAGE_KINDS,
  STATED_DEPENDENCY_FIELDS,
  TOO_GENERIC_NAMES,
  WORKFLOW_FILES,
  WORKFLOW_FOLDER
} from '../../vocabulary/research.js';

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

/** `@acme/charts`. */
const NPM_SCOPED = /(?<![\w/])@[a-z0-9-]+\/[\w.-]+/gi;
/** `org.acme:retry`. */
const MAVEN = /\b[a-z][\w-]*(?:\.[a-z][\w-]*)+:[a-z][\w.-]+\b/g;
/** `Acme.Terminal`, `Acme.Extensions.Tracing`; a call such as `Pallet.Create()` is code. */
const NUGET = /\b[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)+\b(?![.(])/g;

/** `v4`, `2.4.1`, `17+`, `5.x`, `(v6.2.3)`, `10`. */
const VERSION = /^\(?v?\d+(?:\.(?:\d+|x))*\+?\)?[,;:]?$/i;

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
  if (LINT_DECISION.test(chosen)) return 'lint';
  if (BUILD_TOOL_TITLE.test(title)) return 'tool';
  if (DEPENDENCY_DECISION.test(chosen) || coordinates(chosen, language).length > 0)
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
  if (language === 'go' || GO_NAMED.test(text))
    for (const match of text.matchAll(GO_MODULES)) found.push({ name: match[0], ecosystem: 'go' });
  for (const match of text.matchAll(NPM_SCOPED)) found.push({ name: match[0], ecosystem: 'js' });
  for (const match of text.matchAll(MAVEN)) found.push({ name: match[0], ecosystem: language });
  if (language === 'csharp')
    for (const match of text.matchAll(NUGET)) found.push({ name: match[0], ecosystem: language });
  return found;
}

/**
 * The thing a decision chooses, read off the start of its sentence: "Use Valkey 8+ for caching"
 * → `Valkey` (versioned), "Glaze Tokens v4" → `Glaze Tokens`, "Use kilnrs (official SDK)"
 * → `kilnrs`.
 */
function subjectOf(sentence: string): { name: string; versioned: boolean } | undefined {
  const rest = sentence.trim().replace(ADOPTION, '').replace(LEADING_ARTICLE, '');
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
  return STATED_DEPENDENCY_FIELDS.map(field => technical[field]?.value ?? '')
    .join(' ; ')
    .toLowerCase();
}

/**
 * Whether the decision only repeats what the Initialize task installs: its subject, its title
 * (without "Tracing:" or "… Integration") or a package it names is in the Technical Context.
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
    // "PalletKit Scanner": a product's own name is distinctive enough on its own.
    const first = chosen.name.split(' ')[0]!;
    if (/^.[^A-Z]*[A-Z0-9]/.test(first)) names.push(first);
  }
  const kindOf = nameBeforeKind(sentence);
  if (kindOf) names.push(kindOf);
  return names.some(
    name => mentions(stated, name) || mentions(stated, name.replace(LEADING_VENDOR, ''))
  );
}

function withoutGenericTail(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  while (words.length > 1 && GENERIC_TITLE_TAIL.has(words[words.length - 1]!.toLowerCase()))
    words.pop();
  return words.join(' ');
}

/** "via the Petals framework" → `Petals`; "Acme SDK" → `Acme`. */
function nameBeforeKind(sentence: string): string | undefined {
  const tokens = sentence.split(/\s+/).filter(Boolean);
  const at = tokens.findIndex(token =>
    PACKAGE_KINDS.has(token.toLowerCase().replace(/[,;:.]$/, ''))
  );
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
  if (wanted.length < 2 || TOO_GENERIC_NAMES.has(wanted)) return false;
  // A whole name, not part of a longer one (`zod` in `zod-form`, `.zod` or `zodiac`): a string
  // scan, since a pattern built per decision and name costs more than the match.
  for (let at = stated.indexOf(wanted); at >= 0; at = stated.indexOf(wanted, at + 1)) {
    const before = stated[at - 1];
    const after = stated[at + wanted.length];
    if (!isNameChar(before, '.-') && !isNameChar(after, '-')) return true;
  }
  return false;
}

/** A word character (`\\w`) or one of `extra`; false past either end. */
function isNameChar(ch: string | undefined, extra: string): boolean {
  return ch !== undefined && (/\w/.test(ch) || extra.includes(ch));
}

/** `example.com/acme/retry/v2` is the `retry` module; `gopkg.in/pallet.v3` stays whole. */
function moduleName(name: string): string {
  if (!GO_MODULE.test(name)) return name;
  const segments = name.split('/').filter(segment => !/^v\d+$/.test(segment));
  return segments[segments.length - 1] ?? name;
}

// ---------------------------------------------------------------------------------------------
// Which file the setup goes in

/** The manifest of the ecosystem the dependency belongs to: a Go module in go.mod, `@acme/charts` in package.json. */
function manifestFor(chosen: string, context: RuleContext): string {
  const language = context.layout.language;
  const named = coordinates(chosen, language)[0]?.ecosystem;
  const ecosystem =
    named ??
    (JAVASCRIPT_ECOSYSTEM.test(chosen) &&
    !MANIFESTS_OF_ECOSYSTEM[language]!.includes('package.json')
      ? 'js'
      : language);
  const planned = plannedManifest(MANIFESTS_OF_ECOSYSTEM[ecosystem] ?? [], chosen, context);
  if (planned) return planned;
  if (ecosystem === language || !MANIFESTS_OF_ECOSYSTEM[ecosystem])
    return moduleManifestFile(context.layout);
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

function toolFile(chosen: string, context: RuleContext): string {
  const file = BUILD_TOOL_FILE_PATTERNS.find(([tool]) => tool.test(chosen))?.[1];
  if (!file) return manifestFor(chosen, context);
  return plannedManifest([file], chosen, context) ?? file;
}

function namedFile(text: string, context: RuleContext): string | undefined {
  const match = CONFIG_FILE.exec(text);
  if (!match) return undefined;
  const named = match[1]!;
  return (
    context.layout.plannedFiles.find(file => file === named || file.endsWith('/' + named)) ?? named
  );
}

/** The workflow files a CI decision names (`ci.yml`, `.github/workflows/docs.yml`), else their directory. */
function workflowFiles(text: string, context: RuleContext): string[] {
  if (GITLAB_CI.test(text)) return [GITLAB_CI_FILE];
  const names = [...text.matchAll(WORKFLOW_FILES)].map(match => match[1]!);
  const files = [...new Set(names)].map(
    name =>
      context.layout.plannedFiles.find(file => file.endsWith(WORKFLOW_FOLDER + name)) ??
      WORKFLOW_FOLDER + name
  );
  return files.length > 0 ? files : [WORKFLOW_FOLDER];
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
 * `text` on one line, cut at a word to at most `max` characters, with "…" where something was
 * cut. A decision soft-wrapped after "in" or "with" loses its last line, and a cut may stop at
 * such a word too; the task line goes on with " in <file>", so the phrase never ends on one, nor
 * on a full stop that is not the sentence's own.
 */
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
  // A full stop ends a sentence, not a cut: "kilns." is whole, "kilns in" is not.
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
