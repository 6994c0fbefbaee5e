/**
 * How a task is recognised as covering a design item. Deliberately generous: a false finding
 * costs more than a missed one, so any clear mention of the item counts.
 */
import type { Endpoint, Entity } from '../model.js';
import { words } from '../text/words.js';
import { singular } from '../text/words.js';
import { keyForm } from './key-words.js';
import { isRouteFile, namesRoute, routeOf } from './routes.js';
import { tasksWithAnyWord, type TaskText } from './task-text.js';
import { COMMAND_NOUNS, VERB_KEYS } from '../vocabulary/coverage.js';

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
 * `GET /v1/parcels/{id}` is named by its path (parameters in any spelling), its operationId, its
 * full name, or, when `loose`, its resource.
 */
export function namesEndpoint(task: TaskText, endpoint: Endpoint, loose: boolean): boolean {
  if (!mayName(task, endpoint)) return false;
  if (endpoint.operationId && namesIdentifier(task, endpoint.operationId)) return true;
  if (endpoint.kind === 'http') {
    if (namesByRoute(task, endpoint)) return true;
    if (namesMethodOfResource(task, endpoint)) return true;
  } else if (
    endpoint.kind === 'cli' &&
    (mentionsText(task, endpoint.path) || mentionsPhrase(task, endpoint.path))
  ) {
    return true;
  } else if (endpoint.kind !== 'cli' && namesIdentifier(task, endpoint.path)) {
    return true;
  } else if (
    endpoint.kind === 'cli' &&
    (COMMAND_NOUNS.some(noun => mentionsPhrase(task, `${endpoint.resource} ${noun}`)) ||
      createsCommandAction(task, endpoint.path))
  ) {
    // `brew-log export` is what ExportCommandTests.cs or "the export command" test.
    return true;
  }
  if (mentionsText(task, endpoint.name)) return true;
  return loose && endpoint.resource.length > 2 && mentionsPhrase(task, endpoint.resource);
}

/** An HTTP endpoint named by its route, with or without base path, or by its route file. */
function namesByRoute(task: TaskText, endpoint: Endpoint): boolean {
  if (namesRoute(task.routeText, routeOf(endpoint.path), endpoint.method)) return true;
  // Tasks often write the full route, server base path included (`/shipping/v1/parcels`).
  if (
    endpoint.basePath &&
    namesRoute(task.routeText, routeOf(endpoint.basePath + endpoint.path), endpoint.method)
  )
    return true;
  return task.routeFiles.some(path => isRouteFile(path, endpoint.path));
}

/**
 * For a claim about order, the endpoint itself: its route (with or without base path), its route
 * file, operationId or full name. Not a method list beside its resource word ("+ POST/PUT on
 * `/api/v1/batch/**`" configures access to the batch routes; it builds none of them).
 */
export function namesEndpointExactly(task: TaskText, endpoint: Endpoint): boolean {
  if (endpoint.kind !== 'http') return namesEndpoint(task, endpoint, false);
  if (!mayName(task, endpoint)) return false;
  if (endpoint.operationId && namesIdentifier(task, endpoint.operationId)) return true;
  if (namesByRoute(task, endpoint)) return true;
  return mentionsText(task, endpoint.name);
}

/**
 * `vault archive extract` is built by a task creating the `archive` subcommand with its `extract`
 * action: the command's group before a command noun, and its action as a word of the task.
 */
function createsCommandAction(task: TaskText, command: string): boolean {
  const parts = words(command);
  if (parts.length < 2) return false;
  const group = parts[parts.length - 2]!;
  const action = parts[parts.length - 1]!;
  return (
    task.wordSet.has(singular(action)) &&
    COMMAND_NOUNS.some(noun => mentionsPhrase(task, `${group} ${noun}`))
  );
}

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
      // Verbs say nothing about which endpoint is meant (see VERB_KEYS).
      .filter(key => !VERB_KEYS.has(key));
    endpointKeys.set(endpoint, keys);
  }
  return keys.length === 0 ? undefined : keys;
}

/** The tasks that may name the endpoint, in document order: all of them when it has no key words. */
export function endpointCandidates(tasks: TaskText[], endpoint: Endpoint): TaskText[] {
  const keys = keysOf(endpoint);
  return keys === undefined ? tasks : tasksWithAnyWord(tasks, keys);
}

/**
 * For coverage: a declared name (`resize_image`, `ShelfInventoryRepository`, `Echo`) is
 * named by the identifier, by a longer identifier built on it (`ShelfInventoryRepositoryImplTest`),
 * or by its words (`test_service_echo.py`, "resize image").
 */
export function namesIdentifierLoosely(task: TaskText, name: string): boolean {
  if (task.identifiers.has(name)) return true;
  const phrase = phraseWords(name);
  if (phrase.includes(' ')) return task.wordText.includes(` ${phrase} `);
  // One word: only a distinctive one, and as a key word of the task.
  return phrase.length >= 4 && task.keys.has(keyForm(phrase));
}

/**
 * `getParcel` is named by `getParcel` or "get parcel"; a one-word name such as the RPC `Dispatch`
 * only by that exact identifier, so `DispatchBatch` or "dispatch the form" do not count.
 */
function namesIdentifier(task: TaskText, name: string): boolean {
  if (phraseWords(name).includes(' '))
    return mentionsPhrase(task, name) || task.identifiers.has(name);
  return task.identifiers.has(name);
}

/** `Implement PUT/PATCH on Shelf…`: the method among a slash-joined list, and the resource. */
function namesMethodOfResource(task: TaskText, endpoint: Endpoint): boolean {
  const method = endpoint.method?.toLowerCase();
  if (!method || endpoint.resource.length <= 2) return false;
  return task.listedMethods.has(method) && mentionsPhrase(task, endpoint.resource);
}

export function namesEntity(task: TaskText, entity: Pick<Entity, 'name'>): boolean {
  return mentionsPhrase(task, entity.name) || mentionsText(task, entity.name);
}
