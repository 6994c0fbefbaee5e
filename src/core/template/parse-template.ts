/**
 * Reads a tasks template (the seed's, spec-kit's current one, or a repository's own) into the
 * TasksTemplate model: phases and their example items, path conventions and test markers.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import type { Finding } from '../model.js';
import { parseMarkdown, plainText, positionOf, sections, type Section } from '../parse/markdown.js';
import {
  PARALLEL_LABEL,
  PATH_CONVENTION_LABELS,
  PATH_CONVENTIONS_SECTION,
  PATH_PREPOSITION,
  PHASE_HEADING,
  PHASE_ROLE_RULES,
  PHASE_WORD,
  STORY_TASK_LABEL
} from '../vocabulary/template.js';
import { splitCondition } from './conditions.js';
import { trimCharacters } from '../text/pieces.js';
import type {
  PathConventions,
  PhaseRole,
  TasksTemplate,
  TemplateItem,
  TemplatePhase
} from './model.js';

export function parseTemplate(
  text: string,
  path: string
): { template: TasksTemplate; findings: Finding[] } {
  const root = parseMarkdown(text, { taskLists: true });
  const all = sections(root);
  const findings: Finding[] = [];
  const phases = collapseStoryPhases(
    all
      .filter(section => startsWithPhaseWord(section.title))
      .map(section => readPhase(section, path))
  );
  if (phases.length === 0) {
    findings.push({
      ruleId: 'parse-error',
      severity: 'error',
      message: `The tasks template ${path} has no "## Phase …" headings`,
      location: { file: path, line: 1, column: 1 }
    });
  }
  const template: TasksTemplate = {
    path,
    layout: phases.some(phase => phase.role === 'story') ? 'user-story' : 'classic',
    phases,
    paths: readPathConventions(all),
    testMarkers: readTestMarkers(root)
  };
  return { template, findings };
}

function startsWithPhaseWord(title: string): boolean {
  return PHASE_HEADING.test(title);
}

function readPhase(section: Section, file: string): TemplatePhase {
  const { number, title } = splitPhaseTitle(section.title);
  return {
    title,
    number,
    role: phaseRole(title),
    items: listItems(section.body).map(item => readItem(item, file)),
    source: positionOf(section.heading, file)
  };
}

/** `Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3` → `3.2`, `Tests First (TDD)`. */
export function splitPhaseTitle(heading: string): { number: string; title: string } {
  const words = heading.trim().split(/\s+/);
  const isPhase = words[0]?.toLowerCase() === PHASE_WORD && words.length > 1;
  const number = isPhase ? trimPhaseMarks(words[1]!) : '';
  let title = isPhase ? trimPhaseMarks(words.slice(2).join(' ')) : heading;
  title = cutAtWarning(title);
  title = dropShoutedAside(title);
  return { number, title: title.trim() || `Phase ${number}` };
}

const SEPARATORS = ':.-–—';

/** `1:` → `1`, `: Setup.` → `Setup`: the marks between "Phase", its number and its title. */
function trimPhaseMarks(text: string): string {
  return trimCharacters(text, SEPARATORS).trim();
}

/** Everything from a warning sign or an emoji on is an instruction to the author, not the title. */
function cutAtWarning(title: string): string {
  for (let i = 0; i < title.length; i++) {
    const code = title.codePointAt(i)!;
    if (code >= 0x2600) return title.slice(0, i);
  }
  return title;
}

/** `(ONLY after tests are failing)` is an instruction; `(TDD)` and `(Priority: P1)` are part of the name. */
function dropShoutedAside(title: string): string {
  const trimmed = title.trimEnd();
  if (!trimmed.endsWith(')')) return trimmed;
  const open = trimmed.lastIndexOf('(');
  const inner = trimmed.slice(open + 1, -1);
  const words = inner.split(' ');
  const shouted = words.length > 1 && /^[A-Z]{3,}$/.test(words[0]!);
  return shouted ? trimmed.slice(0, open).trimEnd() : trimmed;
}

/** The rules of the vocabulary, typed here so a new role must be a PhaseRole. */
const ROLE_RULES: readonly {
  role: PhaseRole;
  pattern?: RegExp;
  anywhere: readonly string[];
}[] = PHASE_ROLE_RULES;

export function phaseRole(title: string): PhaseRole {
  const lower = title.toLowerCase();
  const rule = ROLE_RULES.find(
    ({ pattern, anywhere }) =>
      pattern?.test(lower) === true || anywhere.some(word => lower.includes(word))
  );
  return rule?.role ?? 'core';
}

/**
 * spec-kit's current template shows the story phase three times (User Story 1, 2, 3) as an
 * illustration; the planner repeats one story phase per real story, so only the first is kept.
 */
function collapseStoryPhases(phases: TemplatePhase[]): TemplatePhase[] {
  const firstStory = phases.findIndex(phase => phase.role === 'story');
  return phases.filter((phase, index) => phase.role !== 'story' || index === firstStory);
}

function listItems(nodes: RootContent[]): ListItem[] {
  return nodes.filter((node): node is List => node.type === 'list').flatMap(list => list.children);
}

function readItem(item: ListItem, file: string): TemplateItem {
  const firstLine = plainText(item).split('\n')[0] ?? '';
  const labels = stripLabels(firstLine);
  const { text, condition } = splitCondition(labels.text);
  const path = itemPath(text);
  return {
    text: withoutPath(text, path),
    path,
    parallel: labels.parallel,
    condition,
    source: positionOf(item, file)
  };
}

/**
 * Removes the leading `T001`, `[P]` and `[US1]`/`[Story]` labels of an example task. spec-kit's
 * own template writes its Polish items with the placeholder ID `TXXX`, which is an ID too.
 */
function stripLabels(line: string): { text: string; parallel: boolean } {
  let rest = line.trim();
  let parallel = false;
  const id = /^T(?:\d+|X{2,})\s+/.exec(rest);
  if (id) rest = rest.slice(id[0].length);
  for (
    let label = /^\[([^\]]{1,20})\]\s*/.exec(rest);
    label;
    label = /^\[([^\]]{1,20})\]\s*/.exec(rest)
  ) {
    if (label[1] === PARALLEL_LABEL) parallel = true;
    else if (!STORY_TASK_LABEL.test(label[1]!)) break;
    rest = rest.slice(label[0].length);
  }
  return { text: rest, parallel };
}

/** The path an item names after "in" (`tests/[component]/test_[feature].py`, `vllm/models/`). */
function itemPath(text: string): string | undefined {
  const words = text.split(' ');
  for (let i = words.length - 1; i >= 0; i--) {
    const word = stripPunctuation(words[i]!);
    if (looksLikePath(word)) return word;
  }
  return undefined;
}

/** The planner names the real file itself, so the template's example path leaves the text. */
function withoutPath(text: string, path: string | undefined): string {
  if (!path) return text;
  const at = text.lastIndexOf(path);
  if (at < 0) return text;
  let before = text.slice(0, at).trimEnd();
  if (before.endsWith('`')) before = before.slice(0, -1).trimEnd();
  if (PATH_PREPOSITION.test(before)) before = before.slice(0, before.lastIndexOf(' '));
  const after = text.slice(at + path.length).replace(/^`/, '');
  return (before + after).trim();
}

function stripPunctuation(word: string): string {
  let result = word;
  while (result.length > 0 && '`,;:'.includes(result[0]!)) result = result.slice(1);
  while (result.length > 0 && '`,;:'.includes(result[result.length - 1]!))
    result = result.slice(0, -1);
  return result;
}

function looksLikePath(word: string): boolean {
  if (!word.includes('/') || word.includes('://') || word.startsWith('(')) return false;
  const last = word.slice(word.lastIndexOf('/') + 1);
  return word.endsWith('/') || last.includes('.');
}

// ---------------------------------------------------------------------------------------------
// Path conventions

function readPathConventions(all: Section[]): PathConventions {
  const conventions: PathConventions = {
    sourceRoot: undefined,
    testRoot: undefined,
    mirrorTests: false,
    sourceExamples: [],
    specialTestDirs: []
  };
  const section = all.find(candidate => PATH_CONVENTIONS_SECTION.test(candidate.title));
  if (!section) return conventions;
  for (const item of listItems(section.body)) {
    const text = plainText(item);
    const label = text.slice(0, Math.max(text.indexOf(':'), 0)).toLowerCase();
    const paths = codeSpans(item);
    const says = (words: string[]) => words.some(word => label.includes(word));
    if (says(PATH_CONVENTION_LABELS.specialTests)) {
      conventions.specialTestDirs.push(...paths.filter(isDirectory));
    } else if (says(PATH_CONVENTION_LABELS.tests)) {
      const pattern = paths.find(isComponentPattern);
      if (pattern) {
        conventions.testRoot = rootOf(pattern);
        conventions.mirrorTests = true;
      }
    } else if (says(PATH_CONVENTION_LABELS.source)) {
      const pattern = paths.find(isComponentPattern);
      if (pattern) conventions.sourceRoot = rootOf(pattern);
      conventions.sourceExamples.push(...paths.filter(path => !isComponentPattern(path)));
    }
  }
  return conventions;
}

function codeSpans(item: ListItem): string[] {
  const spans: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'inlineCode' && node.value) spans.push(node.value.trim());
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(item);
  return spans;
}

function isDirectory(path: string): boolean {
  return path.endsWith('/') && !path.includes(' ');
}

/** `vllm/<component>/` or `tests/[component]/`: a root followed by a placeholder. */
function isComponentPattern(path: string): boolean {
  return /^[\w.-]+\/[<[]\w+[>\]]\/?$/.test(path);
}

function rootOf(pattern: string): string {
  return pattern.slice(0, pattern.indexOf('/') + 1);
}

/** `@pytest.mark.core_model`: every decorator-like code span in the template, in order, once. */
function readTestMarkers(root: Root): string[] {
  const markers: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (node.type === 'inlineCode' && node.value && /^@[\w.]+$/.test(node.value.trim())) {
      const marker = node.value.trim();
      if (!markers.includes(marker)) markers.push(marker);
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(root);
  return markers;
}
