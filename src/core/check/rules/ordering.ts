/** Rules about order: tests before the code they test, IDs ascending. */
import type { Finding } from '../../model.js';
import { words } from '../../text/words.js';
import type { ListedPhaseKind } from '../../parse/tasks-md/model.js';
import { createdNames, headline } from '../headline.js';
import { namesEndpointExactly, namesEntity } from '../matching.js';
import { describedBy, type TaskText } from '../task-text.js';
import { doneNote, finding, relatedTask, type CheckContext, type CheckRule } from './context.js';
import {
  AFTER_CORE_PHASE_KINDS,
  AFTER_THE_FACT,
  INTEGRATION_TEST_PHRASES,
  INTEGRATION_TEST_WORDS,
  TEST_FILE_INFIX,
  TEST_FILE_PREFIXES,
  TEST_FILE_SUFFIXES,
  TEST_KINDS,
  TEST_NAME_SUFFIXES
} from '../../vocabulary/check-test-words.js';
import {
  ENTITY_ROLES,
  MIGRATION_EXTENSIONS,
  MIGRATION_FOLDER,
  MIGRATION_WORDS
} from '../../vocabulary/coverage.js';

/**
 * A test task placed after the implementation of what it tests. What it tests is an endpoint it
 * names, the unit its own names say (`CheckoutScreenTest`, `tests/unit/pricing.test.ts`)
 * where some task builds that unit, or, failing a unit, an entity it names. In the user-story
 * format only within one story's phase. A finding here claims a fact about two tasks, so the
 * match must be exact; and only where plan.md, spec.md, research.md or the list asks for tests
 * first.
 */
export const testAfterImplementation: CheckRule = context => {
  // Test-first is a rule only where the design documents or the list ask for it; a list that
  // writes each phase's tests after its code, and was never asked otherwise, breaks no rule.
  if (!context.feature.testFirst && !context.list.testsFirst) return [];
  const findings: Finding[] = [];
  const storyFormat = context.list.phases.some(phase => phase.kind === 'story');
  const endpoints = endpointSubjects(context);
  const entities = entitySubjects(context);
  const implementations = context.tasks.filter(task => isImplementation(task, context));
  context.tasks.forEach(test => {
    if (!isTddTest(test) || AFTER_CORE.has(context.list.phases[test.task.phase]?.kind ?? 'other'))
      return;
    const earlier = (impl: TaskText) =>
      impl.task.source.line < test.task.source.line &&
      (!storyFormat || impl.task.phase === test.task.phase);
    if (!implementations.some(earlier)) return;
    // What a test is about is what its words say; its folder (`packages/web/tests/`) is not.
    const about = describedBy(test);
    const headlined = describedBy(test, headline(test.task));
    // A unit counts only where some task builds it: `test_storage.py` names no code.
    const units = unitSubjects(test).filter(unit =>
      context.tasks.some(task => task !== test && !task.isTestOnly && unit.named(task))
    );
    const subjects = [
      ...endpoints.filter(subject => subject.named(about)),
      ...units,
      // An entity only where the test's own headline names it, not its acceptance criteria.
      ...(units.length === 0 ? entities.filter(subject => subject.named(headlined)) : [])
    ];
    for (const subject of subjects) {
      const impl = implementations.find(
        candidate =>
          earlier(candidate) &&
          subject.named(candidate) &&
          !afterOnPurpose(context, test, candidate)
      );
      if (!impl) continue;
      findings.push(
        finding(
          'test-after-implementation',
          `Test task ${test.task.id} comes after ${impl.task.id}, which implements ${subject.name} that it tests${doneNote([test.task, impl.task])}`,
          test.task.source,
          [relatedTask(impl.task, 'the implementation task')]
        )
      );
      return;
    }
  });
  return findings;
};

/**
 * An integration or end-to-end test that the list puts after the code on purpose: it says it
 * waits for that code (its own dependencies, or the Dependencies section), or it sits in a later
 * phase of integration tests ("Phase 3.9: End-to-End Integration Tests").
 */
function afterOnPurpose(context: CheckContext, test: TaskText, impl: TaskText): boolean {
  const phase = context.list.phases[test.task.phase];
  if (!isIntegrationLevel(`${headline(test.task)} ${phase?.title ?? ''}`)) return false;
  if (context.graph.reaches(test.task.id, impl.task.id)) return true;
  return (
    test.task.phase !== impl.task.phase && phase !== undefined && isIntegrationLevel(phase.title)
  );
}

function isIntegrationLevel(text: string): boolean {
  const all = words(text);
  const joined = ` ${all.join(' ')} `;
  return (
    all.some(word => INTEGRATION_TEST_WORDS.includes(word)) ||
    INTEGRATION_TEST_PHRASES.some(phrase => joined.includes(` ${phrase} `))
  );
}

/** Phases whose tests come after the core by the template's own order (see the vocabulary). */
const AFTER_CORE = new Set<ListedPhaseKind>(AFTER_CORE_PHASE_KINDS);

function isTddTest(task: TaskText): boolean {
  return task.isTestOnly && !task.task.deferred && !AFTER_THE_FACT.test(headline(task.task));
}

/**
 * Code a test can come after: not a test, not setup, not deferred, and not a schema migration,
 * which creates a table but none of the behaviour a test exercises.
 */
function isImplementation(task: TaskText, context: CheckContext): boolean {
  if (task.isTestOnly || task.task.deferred) return false;
  if (context.list.phases[task.task.phase]?.kind === 'setup') return false;
  return !isMigration(task);
}

function isMigration(task: TaskText): boolean {
  return (
    MIGRATION_WORDS.some(word => task.keys.has(word)) ||
    task.task.paths.some(
      path =>
        MIGRATION_EXTENSIONS.some(extension => path.endsWith(extension)) ||
        MIGRATION_FOLDER.test(path)
    )
  );
}

interface Subject {
  name: string;
  named(task: TaskText): boolean;
}

function endpointSubjects(context: CheckContext): Subject[] {
  return context.feature.contracts
    .flatMap(contract => contract.endpoints)
    .map(endpoint => ({
      name: endpoint.name,
      named: (task: TaskText) => namesEndpointExactly(task, endpoint)
    }));
}

function entitySubjects(context: CheckContext): Subject[] {
  return (context.feature.dataModel?.entities ?? []).map(entity => ({
    name: `entity ${entity.name}`,
    named: (task: TaskText) => namesEntityStrictly(task, entity.name)
  }));
}

/**
 * The units a test's own names say it tests: `InvoiceParserTests` → InvoiceParser,
 * `test_price_rules.py` → price_rules, `pricing.test.ts` → pricing, `mirror_test.go` → mirror.
 */
function unitSubjects(test: TaskText): Subject[] {
  const units = new Map<string, string>();
  const add = (name: string) => {
    const key = unitKey(name);
    // Too short to say which code is meant (`api`, `io`), or the kind of test (`IntegrationTest`).
    if (key.length >= 5 && !TEST_KINDS.has(key) && !units.has(key)) units.set(key, name);
  };
  for (const identifier of describedBy(test).identifiers) {
    const suffix = TEST_NAME_SUFFIXES.find(
      candidate => identifier.endsWith(candidate) && identifier.length > candidate.length
    );
    if (suffix && /[a-z0-9]$/.test(identifier.slice(0, -suffix.length)))
      add(identifier.slice(0, -suffix.length));
  }
  for (const path of test.task.paths) {
    const tested = testedFileStem(path);
    if (tested) add(tested);
  }
  return [...units].map(([key, name]) => ({
    name,
    named: (task: TaskText) => buildsUnit(task, key)
  }));
}

function testedFileStem(path: string): string | undefined {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.indexOf('.');
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const rest = dot > 0 ? file.slice(dot) : '';
  if (TEST_FILE_INFIX.test(rest)) return stem;
  const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
  if (prefix) return stem.slice(prefix.length);
  const ending = TEST_FILE_SUFFIXES.find(candidate => stem.endsWith(candidate));
  if (ending) return stem.slice(0, -ending.length);
  const suffix = TEST_NAME_SUFFIXES.find(
    candidate => stem.endsWith(candidate) && stem.length > candidate.length
  );
  return suffix ? stem.slice(0, -suffix.length) : undefined;
}

/** `PriceRules`, `price_rules` and `price-rules` are one unit. */
function unitKey(name: string): string {
  return words(name).join('');
}

/**
 * A task builds a unit when a file it names has that stem, or when it says it creates the unit
 * by name ("Implement `RetryBackoffPolicy` …"). Mentioning a unit is not building it: a screen
 * that takes `CheckoutViewModel` as a parameter does not implement the view model.
 */
function buildsUnit(task: TaskText, key: string): boolean {
  return unitKeysOf(task).has(key);
}

const unitKeys = new WeakMap<TaskText, Set<string>>();

/** The unit keys of a task's file stems and of the code names it says it creates, once per task. */
function unitKeysOf(task: TaskText): Set<string> {
  let keys = unitKeys.get(task);
  if (!keys) {
    keys = new Set(
      task.task.paths.filter(path => !path.endsWith('/')).map(path => unitKey(fileStem(path)))
    );
    for (const name of createdNames(task)) keys.add(unitKey(name));
    unitKeys.set(task, keys);
  }
  return keys;
}

function fileStem(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  const dot = file.indexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

/**
 * An order finding needs the entity named as such: `Shelf` or `ShelfRepository`, not "an empty
 * shelf" in passing, nor `ShelfSelector`, which is other code. One-word names must appear as
 * written; longer names as a phrase.
 */
function namesEntityStrictly(task: TaskText, name: string): boolean {
  if (name.includes(' ') || words(name).length > 1) return namesEntity(task, { name });
  for (const identifier of task.identifiers) {
    if (identifier === name) return true;
    if (identifier.startsWith(name) && ENTITY_ROLES.includes(identifier.slice(name.length)))
      return true;
  }
  return false;
}

/**
 * IDs should ascend in document order. The tasks that are out of place are those outside the
 * longest run of ascending IDs, so a block inserted out of order is reported, not the block it
 * displaced; and a block moved as one is one finding, not one per task.
 */
export const taskIdOrder: CheckRule = context => {
  const tasks = context.list.tasks;
  const keys = tasks.map(task => idKey(task.id));
  const inPlace = longestAscending(keys);
  const findings: Finding[] = [];
  for (let first = 0; first < tasks.length; first++) {
    if (inPlace.has(first)) continue;
    let last = first;
    while (last + 1 < tasks.length && !inPlace.has(last + 1)) last++;
    const next = nextInPlace(inPlace, last + 1, tasks.length, 1);
    const previous = nextInPlace(inPlace, first - 1, tasks.length, -1);
    const one = first === last;
    const which = one ? `Task ${tasks[first]!.id}` : `Tasks ${tasks[first]!.id}–${tasks[last]!.id}`;
    const where =
      next !== undefined && compareKeys(keys[first]!, keys[next]!) > 0
        ? `before ${tasks[next]!.id}`
        : `after ${tasks[previous!]!.id}`;
    findings.push(
      finding(
        'task-id-order',
        `${which} come${one ? 's' : ''} ${where} in the document; IDs should ascend`,
        tasks[first]!.source
      )
    );
    first = last;
  }
  return findings;
};

/**
 * Indices of a longest run of non-descending keys (equal IDs are duplicate-task-id's business).
 * Built from the end of the list, so that of two equally long runs the one holding the earlier
 * tasks stays in place and the later tasks are the ones reported.
 */
function longestAscending(keys: number[][]): Set<number> {
  const tails: number[] = [];
  const next: number[] = [];
  for (let index = keys.length - 1; index >= 0; index--) {
    const key = keys[index]!;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (compareKeys(keys[tails[middle]!]!, key) >= 0) low = middle + 1;
      else high = middle;
    }
    next[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  }
  const kept = new Set<number>();
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = next[index]!) kept.add(index);
  return kept;
}

function nextInPlace(
  inPlace: Set<number>,
  from: number,
  length: number,
  step: 1 | -1
): number | undefined {
  for (let index = from; index >= 0 && index < length; index += step)
    if (inPlace.has(index)) return index;
  return undefined;
}

/** `T013a` → [13, 1], `T021.1` → [21, 1], `T5` → [5]: sub-IDs sort after their parent. */
export function idKey(id: string): number[] {
  const key: number[] = [];
  let digits = '';
  // `T013a`, or `1.3` from lists that number tasks as "Task 1.3".
  for (const ch of /^t/i.test(id) ? id.slice(1) : id) {
    if (ch >= '0' && ch <= '9') digits += ch;
    else {
      if (digits) key.push(Number(digits));
      digits = '';
      if (ch >= 'a' && ch <= 'z') key.push(ch.charCodeAt(0) - 96);
      else if (ch >= 'A' && ch <= 'Z') key.push(ch.charCodeAt(0) - 64);
    }
  }
  if (digits) key.push(Number(digits));
  return key;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
