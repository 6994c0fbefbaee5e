/**
 * The plan's own files become tasks. Every file the plan writes or changes for this feature (its
 * tree marks it new or changed, or lists it unmarked in a tree of the feature's) gets a task in the
 * phase its role says, described by the plan's note on it: "Implement Order CRUD, listing in
 * `src/lib/orders/service.ts`"; a changed file's task says "Update …". Where a template rule
 * already plans work in that file (the model of an entity in the plan's `types.ts`, an endpoint
 * in its route file), the two are one piece of work: the note joins that task instead.
 */
import type { PlannedFile } from '../../model.js';
import { words } from '../../text/words.js';
import {
  DEFAULT_TEST_KIND,
  GENERIC_STEMS,
  STORY_REFERENCE,
  TEST_KIND_OF_FOLDER
} from '../../vocabulary/plan-files.js';
import { PARTICIPLE, TEST_NOTE_WORDS } from '../../vocabulary/plan-notes.js';
import { NOTE_VERBS } from '../../vocabulary/plan-file-markers.js';
import {
  NOTE_ALTERNATIVE_WORDS,
  NOTE_CONDITION_FIRST_WORDS,
  NOTE_CONDITION_LAST_WORDS,
  NOTE_OPTIONAL_WORDS
} from '../../vocabulary/plan-notes.js';
import { TEST_NAME_SUFFIXES } from '../../vocabulary/check-test-words.js';
import { directoryOf } from '../layout/folders.js';
import type { DraftRole, TaskDraft, TaskKind } from '../model.js';
import { stemOf } from '../placement/file-roles.js';
import { plannedRole, type PlannedRole } from '../placement/planned-roles.js';
import { testStem } from '../placement/planned-tests.js';
import type { RuleContext } from './context.js';
import { withLayerOrder } from './planned-order.js';

const ROLE_PLACE: Record<PlannedRole, { kind: TaskKind; role: DraftRole }> = {
  test: { kind: 'test', role: 'tests' },
  setup: { kind: 'setup', role: 'setup' },
  docs: { kind: 'polish', role: 'polish' },
  migration: { kind: 'model', role: 'core' },
  model: { kind: 'model', role: 'core' },
  service: { kind: 'service', role: 'core' },
  endpoint: { kind: 'endpoint', role: 'core' },
  // After the services and endpoints it calls: the scheduler ranks `core` after both.
  ui: { kind: 'core', role: 'core' },
  integration: { kind: 'integration', role: 'integration' },
  data: { kind: 'core', role: 'core' }
};

const TEST_KINDS: ReadonlySet<TaskKind> = new Set(['contract-test', 'integration-test', 'test']);

export function plannedFileKey(path: string): string {
  return `planned:${path}`;
}

/**
 * The rules' drafts with the plan's notes folded into those that work in a planned file, and a
 * task for every other planned file.
 */
export function withPlannedFiles(context: RuleContext, drafts: TaskDraft[]): TaskDraft[] {
  const result = [...drafts];
  const holders = new Map<string, number[]>();
  result.forEach((draft, index) => {
    for (const file of draft.files) holders.set(file, [...(holders.get(file) ?? []), index]);
  });
  const added: TaskDraft[] = [];
  for (const file of context.layout.planned) {
    const role = plannedRole(file);
    const same = (holders.get(file.path) ?? []).filter(index =>
      sameWork(result[index]!.kind, role)
    );
    if (same.length > 0) {
      const first = same[0]!;
      // A note that lists the file's routes is what the endpoint tasks already say.
      if (declaresRoutes(context, file.path)) continue;
      result[first] = foldNote(
        result[first]!,
        file,
        same.map(index => result[index]!.description)
      );
      continue;
    }
    const place = ROLE_PLACE[role];
    added.push({
      key: plannedFileKey(file.path),
      kind: place.kind,
      role: place.role,
      description: plannedDescription(file, role),
      files: [file.path],
      after: [],
      covers: [],
      story: storyOf(context, file)
    });
  }
  const plannedPaths = new Set(context.layout.planned.map(file => file.path));
  return withLayerOrder([...result, ...added], plannedPaths);
}

/**
 * A rule's task is the planned file's work when it is of the same nature: a test for a test
 * file, setup for a build file, Polish for documentation, building code for code (a check of
 * the platform over the file is not its implementation).
 */
function sameWork(kind: TaskKind, role: PlannedRole): boolean {
  if (role === 'test') return TEST_KINDS.has(kind);
  if (role === 'setup') return kind === 'setup';
  if (role === 'docs') return kind === 'polish';
  return BUILDING_KINDS.has(kind);
}

const BUILDING_KINDS: ReadonlySet<TaskKind> = new Set(['model', 'service', 'endpoint', 'core']);

/** The note joins the task that already works in its file, where it says something new. */
function foldNote(draft: TaskDraft, file: PlannedFile, descriptions: string[]): TaskDraft {
  const { note, aside } = readNoteWords(file.note);
  const said = new Set(descriptions.flatMap(description => words(description)));
  const adds = note !== undefined && words(note).some(word => word.length > 2 && !said.has(word));
  let description = adds ? `${draft.description} — ${note}` : draft.description;
  if (aside) description += ` (${aside})`;
  return description === draft.description ? draft : { ...draft, description };
}

function declaresRoutes(context: RuleContext, path: string): boolean {
  return (context.feature.plan?.endpoints ?? []).some(endpoint => endpoint.file === path);
}

/** `US-1 E2E`: the story the plan ties the file to, when the feature has it. */
function storyOf(context: RuleContext, file: PlannedFile): string | undefined {
  const number = file.note ? STORY_REFERENCE.exec(file.note)?.[1] : undefined;
  if (number === undefined) return undefined;
  return context.owners.stories.find(story => story.number === Number(number))?.id;
}

// ---------------------------------------------------------------------------------------------
// What the task says

/**
 * "Implement Order CRUD in …" from the note; without one, what the file is ("Create orders
 * types"); for a changed file "Update …": "Update control to absorb owner caps", "Update
 * capability gate + owner-cap routes".
 */
export function plannedDescription(file: PlannedFile, role: PlannedRole): string {
  const changed = file.status === 'modified';
  if (role === 'test') return testDescription(file, changed);
  const reading = readNoteWords(file.note);
  const described = plainDescription(file, role, reading.note, changed);
  return reading.aside ? `${described} (${reading.aside})` : described;
}

/**
 * A note's words about the file itself taken out: an alternative file is dropped, "optional"
 * and a condition become an aside after the description.
 */
function readNoteWords(raw: string | undefined): { note?: string; aside?: string } {
  const text = raw?.trim();
  if (!text) return {};
  const tokens = text.split(/\s+/);
  const first = tokens[0]!.toLowerCase();
  if (NOTE_ALTERNATIVE_WORDS.has(first)) return {};
  if (NOTE_OPTIONAL_WORDS.has(first)) {
    const rest = tokens.slice(1).join(' ');
    return { note: rest || undefined, aside: 'optional' };
  }
  if (NOTE_CONDITION_FIRST_WORDS.has(first) || NOTE_CONDITION_LAST_WORDS.has(tokens.at(-1)!))
    return { aside: text };
  return { note: text };
}

function plainDescription(
  file: PlannedFile,
  role: PlannedRole,
  rawNote: string | undefined,
  changed: boolean
): string {
  const note = rawNote && asInstruction(rawNote);
  // A build file is known by its folder: `apps/web/package.json` is the web app's.
  const label = fileLabel(file.path, role === 'setup');
  if (changed) {
    if (!note) return `Update ${label}`;
    const first = firstWord(note);
    if (first === 'to') return `Update ${label} ${note}`;
    if (NOTE_VERBS.has(first)) return `Update ${label} to ${lowerFirst(note)}`;
    return `Update ${note}`;
  }
  if (!note) return `${CREATE_VERB[role]} ${label}`;
  const first = firstWord(note);
  if (NOTE_VERBS.has(first)) return upperFirst(note);
  // "copied from the contract" says how, not what: the file is what to create.
  if (PARTICIPLE.test(first)) return `${CREATE_VERB[role]} ${label} (${note})`;
  return `${NOTE_VERB[role]} ${note}`;
}

const CREATE_VERB: Record<PlannedRole, string> = {
  test: 'Write',
  setup: 'Set up',
  docs: 'Write',
  migration: 'Create',
  model: 'Create',
  service: 'Create',
  endpoint: 'Create',
  ui: 'Build',
  integration: 'Create',
  data: 'Add'
};

const NOTE_VERB: Record<PlannedRole, string> = {
  test: 'Write',
  setup: 'Set up',
  docs: 'Write',
  migration: 'Create',
  model: 'Define',
  service: 'Implement',
  endpoint: 'Implement',
  ui: 'Build',
  integration: 'Implement',
  data: 'Add'
};

/** "Integration test for rsvp free", "Unit tests for OrderService", "Update contract test for …". */
function testDescription(file: PlannedFile, changed: boolean): string {
  const kind = testKind(file.path);
  const subject = file.note?.trim() || testSubject(file.path);
  // "assert_cmd tests of every subcommand" already says it is tests.
  const saysTests = words(file.note ?? '').some(word => TEST_NOTE_WORDS.has(word));
  if (!changed) return saysTests ? `Write ${subject}` : `${kind} for ${subject}`;
  const note = file.note?.trim();
  const label = testSubject(file.path);
  if (note && NOTE_VERBS.has(firstWord(note)))
    return `Update ${kind.toLowerCase()} ${label} to ${lowerFirst(note)}`;
  return `Update ${kind.toLowerCase()} for ${subject}`;
}

function testKind(path: string): string {
  const segments = directoryOf(path).toLowerCase().split('/').filter(Boolean).reverse();
  for (const segment of segments) {
    const kind = TEST_KIND_OF_FOLDER.find(([folder]) => folder === segment)?.[1];
    if (kind) return kind;
  }
  return DEFAULT_TEST_KIND;
}

/** `rsvp-free.test.ts` → "rsvp free"; `OrderServiceTests.cs` → "OrderService"; `test_orders.py` → "orders". */
function testSubject(path: string): string {
  let stem = testStem(path);
  for (const suffix of TEST_NAME_SUFFIXES)
    if (stem.length > suffix.length && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  return shown(stem) || fileLabel(path);
}

/**
 * How a task names a file: its stem, kept as written when it is an identifier (`OrderService`),
 * else its words; a stem that says nothing alone (`types`, `route`, `mod`) with its folder.
 */
export function fileLabel(path: string, withFolder = false): string {
  const stem = stemOf(path);
  if (!withFolder && !GENERIC_STEMS.has(stem.toLowerCase())) return shown(stem) || stem;
  const folders = directoryOf(path).split('/').filter(Boolean);
  const parts: string[] = [];
  for (let at = folders.length - 1; at >= 0; at--) {
    parts.unshift(folders[at]!);
    // `[id]` and `(shop)` say which route, not which thing: the folder above says that.
    if (!/^[[(]/.test(folders[at]!)) break;
  }
  return parts.length > 0 ? `${parts.join('/')} ${shown(stem) || stem}` : shown(stem) || stem;
}

/** `OrderService`, `Tide` and `useOrders` as written; `order_service`, `order-service` as words. */
function shown(stem: string): string {
  if (/^[A-Z][A-Za-z0-9]*$|^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(stem)) return stem;
  return words(stem).join(' ');
}

/**
 * The note as an instruction: an aside in front and a full stop dropped, a verb in the third
 * person made imperative: "(or a module) loads the model." → "load the model".
 */
function asInstruction(note: string): string | undefined {
  let text = note.trim();
  if (text.startsWith('(') && text.includes(')')) text = text.slice(text.indexOf(')') + 1).trim();
  if (text.endsWith('.') && !text.endsWith('..')) text = text.slice(0, -1);
  const first = text.split(/\s/)[0] ?? '';
  const base = first.endsWith('s') ? first.slice(0, -1) : '';
  if (base && !NOTE_VERBS.has(first.toLowerCase()) && NOTE_VERBS.has(base.toLowerCase()))
    text = base + text.slice(first.length);
  return text || undefined;
}

function firstWord(text: string): string {
  return words(text.split(/\s/)[0] ?? '')[0] ?? '';
}

function lowerFirst(text: string): string {
  // "Use DTOs" → "use DTOs"; an acronym or identifier (`DTO mapping`, `OrderDto …`) stays.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
