/**
 * How a task is recognised as covering a design item. Deliberately generous: a false finding
 * costs more than a missed one, so any clear mention of the item counts.
 */
import type { Endpoint, Entity } from '../model.js';
import { words } from '../text/words.js';
import { singular } from '../text/words.js';
import { keyForm } from './key-words.js';
import { readLabels, readTaskStart } from '../parse/tasks-md/task-line.js';
import type { ListedPhase, ListedTask } from '../parse/tasks-md/model.js';

/** A task prepared once for many lookups: lower-case text and the word forms of its paths. */
export interface TaskText {
  task: ListedTask;
  /** Its place in the list, to give lookups back in document order. */
  order: number;
  /** Description and paths, lower case, padded with spaces. */
  text: string;
  /** Lower-case words of description and paths, singularised, joined by single spaces and padded. */
  wordText: string;
  /** The lower-case text with route parameters normalised, for matching endpoint paths. */
  routeText: string;
  /** Identifiers as written (`CompleteStream`, `get_user`), for names that are single words. */
  identifiers: Set<string>;
  /** The words of `wordText`, to rule a design item out quickly. */
  wordSet: Set<string>;
  /** The words in key form (abbreviations spelled out), for the generous coverage questions. */
  keys: Set<string>;
  /** HTTP methods the task lists as `PUT/PATCH`, lower case. */
  listedMethods: Set<string>;
  /** Paths that are route files of file-based routing (`app/events/[id]/page.tsx`). */
  routeFiles: string[];
  /** Generous: the task has anything to do with tests (a test phase, a test word, a test path). */
  isTest: boolean;
  /** Strict: the task is a test: in a tests phase, starting with a test word, or only test files. */
  isTestOnly: boolean;
}

export function prepareTasks(tasks: ListedTask[], phases: ListedPhase[]): TaskText[] {
  return tasks.map((task, order) => {
    const raw = `${task.description} ${task.paths.join(' ')}`;
    const lower = raw.toLowerCase();
    const taskWords = words(raw).map(singular);
    return {
      task,
      order,
      text: ` ${lower} `,
      wordText: ` ${taskWords.join(' ')} `,
      routeText: normaliseRoute(raw),
      identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
      wordSet: new Set(taskWords),
      keys: new Set(taskWords.map(keyForm)),
      listedMethods: listedMethodsIn(lower),
      routeFiles: task.paths.filter(isRouteFileName),
      isTest: isTestTask(task, phases),
      isTestOnly: isOnlyTest(task, phases)
    };
  });
}

/**
 * Tasks by the words they contain, so a design item is only held against the tasks that share a
 * key word with it. Built once per check, on first use.
 */
const wordIndexes = new WeakMap<TaskText[], Map<string, TaskText[]>>();

/** Every word of every task, as written (singular) and in key form, to the tasks holding it. */
function wordIndex(tasks: TaskText[]): Map<string, TaskText[]> {
  let index = wordIndexes.get(tasks);
  if (!index) {
    index = new Map();
    for (const task of tasks) {
      for (const word of new Set([...task.wordSet, ...task.keys])) {
        const list = index.get(word);
        if (list) list.push(task);
        else index.set(word, [task]);
      }
    }
    wordIndexes.set(tasks, index);
  }
  return index;
}

/** The tasks holding any of these words (singular or key form), in document order. */
export function tasksWithAnyWord(tasks: TaskText[], wanted: string[]): TaskText[] {
  const index = wordIndex(tasks);
  const found = new Set<TaskText>();
  for (const word of wanted) for (const task of index.get(word) ?? []) found.add(task);
  return [...found].sort((a, b) => a.order - b.order);
}

/** The tasks that may name the endpoint, in document order: all of them when it has no key words. */
export function endpointCandidates(tasks: TaskText[], endpoint: Endpoint): TaskText[] {
  const keys = keysOf(endpoint);
  return keys === undefined ? tasks : tasksWithAnyWord(tasks, keys);
}

/** The description alone, for asking what a task is about without its file names. */
export function describedBy(task: TaskText): TaskText {
  const raw = task.task.description
    .split(/\s+/)
    .filter(word => !word.includes('/'))
    .join(' ');
  return {
    ...task,
    text: ` ${raw.toLowerCase()} `,
    wordText: ` ${words(raw).map(singular).join(' ')} `,
    routeText: normaliseRoute(raw),
    identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
    wordSet: new Set(words(raw).map(singular)),
    keys: new Set(words(raw).map(keyForm))
  };
}

const LEADING_TEST_WORDS = ['test', 'tests', 'testing', 'spec', 'specs', 'e2e'];

/** "Implement X with unit tests" is implementation; "Contract test for X" and "Write tests…" are tests. */
export function isOnlyTest(task: ListedTask, phases: ListedPhase[]): boolean {
  if (phases[task.phase]?.kind === 'tests') return true;
  if (task.paths.length > 0 && task.paths.every(isTestPath)) return true;
  // Whole words as written: `TestSuiteService` is a service, not a test.
  return task.description
    .toLowerCase()
    .split(/[\s:,.;()*`]+/)
    .slice(0, 4)
    .some(word => LEADING_TEST_WORDS.includes(word));
}

/**
 * Not "spec": in a spec-kit repository it names the design documents ("update the spec-kit
 * templates"), and inside a path (`com/spec/kit/`) it is a package, not a test.
 */
const TEST_WORDS = ['test', 'tests', 'testing', 'e2e'];

/** In a tests phase, or its prose says test, or a path it names is a test file. */
export function isTestTask(task: ListedTask, phases: ListedPhase[]): boolean {
  if (phases[task.phase]?.kind === 'tests') return true;
  if (proseSaysTest(task.description)) return true;
  return task.paths.some(isTestPath);
}

/**
 * A test word in the prose, or an identifier that names a test (`test_health_ping`,
 * `AuthSecurityIntegrationTest`). Not a word inside another identifier: the tool
 * `batch_read_tests` is not a test.
 */
function proseSaysTest(description: string): boolean {
  // Most tasks hold no test word at all: settle those with one scan.
  if (!/test|e2e/i.test(description)) return false;
  for (const token of description.split(/\s+/)) {
    if (token.includes('/')) continue;
    for (const part of token.split(/[^\p{L}\p{N}_]+/u)) {
      if (part === '') continue;
      if (part.includes('_') || /[a-z][A-Z]/.test(part)) {
        if (namesATest(part)) return true;
      } else if (TEST_WORDS.includes(part.toLowerCase())) return true;
    }
  }
  return false;
}

function namesATest(identifier: string): boolean {
  return (
    /^test/i.test(identifier) ||
    /(?:Tests?|Spec|IT)$/.test(identifier) ||
    /_(?:test|spec)$/i.test(identifier)
  );
}

export function isTestPath(path: string): boolean {
  const lower = path.toLowerCase();
  const segments = lower.split('/');
  // Not `specs/`: in a spec-kit repository that holds the design documents. `spec/` only near
  // the top (Ruby's convention), since `com/spec/kit/` deep in a Java package is not a test folder.
  if (
    segments.some(
      (segment, index) =>
        ['test', 'tests', '__tests__', 'e2e', 'androidtest'].includes(segment) ||
        (segment === 'spec' && index <= 1)
    )
  ) {
    return true;
  }
  const name = segments[segments.length - 1] ?? '';
  return (
    name.startsWith('test_') ||
    /[._](?:test|spec)s?\.[a-z]+$/.test(name) ||
    /tests?\.[a-z]+$/.test(name)
  );
}

const CREATING =
  /^(?:create|implement|add|build|write|define|introduce|extract|develop|scaffold)\b/i;

/**
 * The code names a task says it creates: those right after its verb ("Implement per-rule
 * `RateLimitStatsAccumulator` in …", "Add `route_plan_handler` to tools.rs"). Names it only
 * mentions (a parameter, a library) are not among them.
 */
export function createdNames(task: TaskText): string[] {
  const description = task.task.description.trimStart();
  if (!CREATING.test(description)) return [];
  const names: string[] = [];
  for (const token of description.split(/\s+/).slice(1, 5))
    for (const name of token.split(/\W+/)) if (isCodeName(name)) names.push(name);
  return names;
}

/**
 * The task's first line as written, without list marker, checkbox, ID and labels: what the task
 * says it is (a heading task's body says how it works), with its backticks.
 */
export function headline(task: ListedTask): string {
  const text = task.line.replace(/^[\s>#*+-]*(?:\[[ x-]\]\s*)?/i, '');
  const start = readTaskStart(text);
  return start ? readLabels(start.rest).description : task.description;
}

/** `McpServerState`, `route_plan_handler`, `listEvents`: a name in code, not a word of prose. */
export function isCodeName(name: string): boolean {
  return name.includes('_') || /[a-z][A-Z]/.test(name);
}

/** The phrase's words, in order and adjacent, in a task's word text. */
export function mentionsPhrase(task: TaskText, phrase: string): boolean {
  const wanted = phraseWords(phrase);
  return wanted.length > 1 && task.wordText.includes(` ${wanted} `);
}

/**
 * The same few hundred design-item names are looked up in every task: their word form is
 * computed once. The cache is bounded so a long-lived process cannot grow it without end.
 */
const phraseCache = new Map<string, string>();

function phraseWords(phrase: string): string {
  let cached = phraseCache.get(phrase);
  if (cached === undefined) {
    if (phraseCache.size > 10_000) phraseCache.clear();
    cached = words(phrase).map(singular).join(' ');
    phraseCache.set(phrase, cached);
  }
  return cached;
}

export function mentionsText(task: TaskText, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  return wanted.length > 1 && task.text.includes(wanted);
}

/**
 * `GET /v1/users/{id}` is named by its path (parameters in any spelling), its operationId, its
 * full name, or, when `loose`, its resource.
 */
export function namesEndpoint(task: TaskText, endpoint: Endpoint, loose: boolean): boolean {
  if (!mayName(task, endpoint)) return false;
  if (endpoint.operationId && namesIdentifier(task, endpoint.operationId)) return true;
  if (endpoint.kind === 'http') {
    if (namesRoute(task.routeText, routeOf(endpoint.path), endpoint.method)) return true;
    // Tasks often write the full route, server base path included (`/location/v1/trucks`).
    if (
      endpoint.basePath &&
      namesRoute(task.routeText, routeOf(endpoint.basePath + endpoint.path), endpoint.method)
    )
      return true;
    if (task.routeFiles.some(path => isRouteFile(path, endpoint.path))) return true;
    if (namesMethodOfResource(task, endpoint)) return true;
  } else if (
    endpoint.kind === 'cli' &&
    (mentionsText(task, endpoint.path) || mentionsPhrase(task, endpoint.path))
  ) {
    return true;
  } else if (endpoint.kind !== 'cli' && namesIdentifier(task, endpoint.path)) {
    return true;
  } else if (endpoint.kind === 'cli' && mentionsPhrase(task, `${endpoint.resource} command`)) {
    // `spectra init` is what InitCommandTests.cs or "the init command" test.
    return true;
  }
  if (mentionsText(task, endpoint.name)) return true;
  return loose && endpoint.resource.length > 2 && mentionsPhrase(task, endpoint.resource);
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

const endpointKeys = new WeakMap<Endpoint, string[]>();

/**
 * Every way of naming an HTTP, GraphQL or RPC endpoint puts at least one of its key words (last
 * path segment, operationId, resource) among the task's words; a task with none of them cannot
 * name it, which spares the string searches for almost every pair of a large list.
 */
function mayName(task: TaskText, endpoint: Endpoint): boolean {
  const keys = keysOf(endpoint);
  return keys === undefined || keys.some(key => task.wordSet.has(key));
}

/** Undefined when the endpoint has no key words to rule tasks out by (a CLI command, `GET /`). */
const VERB_KEYS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'options',
  'list',
  'create',
  'update',
  'remove',
  'add',
  'set',
  'fetch',
  'find'
]);

function keysOf(endpoint: Endpoint): string[] | undefined {
  if (endpoint.kind === 'cli') return undefined;
  let keys = endpointKeys.get(endpoint);
  if (!keys) {
    const segments = endpoint.path.split('/').filter(segment => segment && !/^[{:<]/.test(segment));
    const last = segments[segments.length - 1];
    keys = [
      ...(last ? words(last) : []),
      ...(endpoint.operationId ? words(endpoint.operationId) : []),
      ...(endpoint.resource === 'root' ? [] : words(endpoint.resource)),
      ...(endpoint.kind !== 'http' ? words(endpoint.path) : [])
    ]
      .map(singular)
      // Verbs are in half the tasks of a list and say nothing about which endpoint is meant;
      // every way of naming an endpoint also holds one of its other words.
      .filter(key => !VERB_KEYS.has(key));
    endpointKeys.set(endpoint, keys);
  }
  return keys.length === 0 ? undefined : keys;
}

/**
 * For coverage: a declared name (`complete_stream`, `RideRecordingStateRepository`, `Ping`) is
 * named by the identifier, by a longer identifier built on it (`RideRecordingStateRepositoryImplTest`),
 * or by its words (`test_health_ping.py`, "complete stream").
 */
export function namesIdentifierLoosely(task: TaskText, name: string): boolean {
  if (task.identifiers.has(name)) return true;
  const phrase = phraseWords(name);
  if (phrase.includes(' ')) return task.wordText.includes(` ${phrase} `);
  // One word: only a distinctive one, and as a key word of the task.
  return phrase.length >= 4 && task.keys.has(keyForm(phrase));
}

/**
 * `/admin/accounts/*` (or `/**`) in a task serves every route under `/admin/accounts`, the base
 * path included or not.
 */
export function namesWildcardRoute(task: TaskText, endpoint: Endpoint): boolean {
  if (!task.routeText.includes('/*')) return false;
  const routes = [routeOf(endpoint.path)];
  if (endpoint.basePath) routes.push(routeOf(endpoint.basePath + endpoint.path));
  for (let at = task.routeText.indexOf('/*'); at >= 0; at = task.routeText.indexOf('/*', at + 1)) {
    const start = task.routeText.lastIndexOf(' ', at) + 1;
    const prefix = trimRouteStart(task.routeText.slice(start, at));
    if (prefix.length <= 1) continue;
    if (routes.some(route => route === prefix || route.startsWith(prefix + '/'))) return true;
  }
  return false;
}

/** A route as written in prose may sit in backticks or parentheses. */
function trimRouteStart(text: string): string {
  const slash = text.indexOf('/');
  return slash < 0 ? '' : text.slice(slash);
}

/**
 * `getUser` is named by `getUser` or "get user"; a one-word name such as the RPC `Complete` only
 * by that exact identifier, so `CompleteStream` or "complete the form" do not count.
 */
function namesIdentifier(task: TaskText, name: string): boolean {
  if (phraseWords(name).includes(' '))
    return mentionsPhrase(task, name) || task.identifiers.has(name);
  return task.identifiers.has(name);
}

/**
 * File-based routing: `/events/:id` lives in `src/app/events/[id]/page.tsx` (Next.js, SvelteKit,
 * Nuxt), `/` in `app/page.tsx`.
 */
const ROUTE_FILE_STEMS = ['page', 'route', 'index', '+page', '+server', '+layout'];

function isRouteFileName(path: string): boolean {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.indexOf('.');
  return ROUTE_FILE_STEMS.includes(dot < 0 ? file : file.slice(0, dot));
}

export function isRouteFile(path: string, route: string): boolean {
  if (!isRouteFileName(path)) return false;
  const segments = path.split('/');
  segments.pop();
  const wanted = route.split('/').filter(Boolean);
  if (wanted.length === 0)
    return ['app', 'pages', 'routes'].includes(segments[segments.length - 1] ?? '');
  if (segments.length <= wanted.length) return false;
  const tail = segments.slice(segments.length - wanted.length);
  return wanted.every((segment, index) => {
    const actual = tail[index]!;
    const isParameter =
      segment.startsWith('{') || segment.startsWith(':') || segment.startsWith('<');
    return isParameter
      ? actual.startsWith('[') || actual.startsWith('_')
      : actual.toLowerCase() === segment.toLowerCase();
  });
}

/** `Implement PUT/PATCH on Empleado…`: the method among a slash-joined list, and the resource. */
function namesMethodOfResource(task: TaskText, endpoint: Endpoint): boolean {
  const method = endpoint.method?.toLowerCase();
  if (!method || endpoint.resource.length <= 2) return false;
  return task.listedMethods.has(method) && mentionsPhrase(task, endpoint.resource);
}

/** Methods written as a slash-joined list, `PUT/PATCH/DELETE`, lower case. */
function listedMethodsIn(text: string): Set<string> {
  const methods = new Set<string>();
  for (const token of text.split(/[\s`*(),]+/)) {
    if (!token.includes('/')) continue;
    const parts = token.split('/');
    if (parts.length > 1 && parts.every(part => HTTP_METHODS.includes(part)))
      for (const part of parts) methods.add(part);
  }
  return methods;
}

/**
 * The route as a whole word: `/api/users` is not named by `/api/users/{}` (a longer route), by
 * `src/api/users.py` (a file), or by `GET /api/users` when the endpoint is `POST /api/users`.
 */
function namesRoute(text: string, route: string, method: string | undefined): boolean {
  if (route.length <= 1) return false;
  for (let at = text.indexOf(route); at >= 0; at = text.indexOf(route, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + route.length] ?? ' ';
    if (/[\w.{}/-]/.test(before)) continue;
    if (/[\w/{}-]/.test(after) || (after === '.' && /\w/.test(text[at + route.length + 1] ?? '')))
      continue;
    const word =
      text
        .slice(0, at)
        .trimEnd()
        .split(/[\s`*(]+/)
        .pop() ?? '';
    if (method && HTTP_METHODS.includes(word) && word !== method.toLowerCase()) continue;
    return true;
  }
  return false;
}

const routeCache = new Map<string, string>();

/** normaliseRoute, computed once per endpoint path rather than once per task. */
function routeOf(path: string): string {
  let cached = routeCache.get(path);
  if (cached === undefined) {
    if (routeCache.size > 10_000) routeCache.clear();
    cached = normaliseRoute(path);
    routeCache.set(path, cached);
  }
  return cached;
}

/** `/users/{id}`, `/users/:id` and `/users/<id>` are one route. */
export function normaliseRoute(text: string): string {
  let result = '';
  let inParameter = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '{' || ch === '<') {
      inParameter = true;
      result += '{}';
    } else if (inParameter) {
      if (ch === '}' || ch === '>') inParameter = false;
    } else if (ch === ':' && text[i - 1] === '/') {
      result += '{}';
      while (i + 1 < text.length && /[\w-]/.test(text[i + 1]!)) i++;
    } else {
      result += ch.toLowerCase();
    }
  }
  return result;
}

export function namesEntity(task: TaskText, entity: Pick<Entity, 'name'>): boolean {
  return mentionsPhrase(task, entity.name) || mentionsText(task, entity.name);
}
