/** Rules about order: tests before the code they test, IDs ascending. */
import type { Finding } from '../../model.js';
import { words } from '../../plan/naming.js';
import { describedBy, namesEndpoint, namesEntity, type TaskText } from '../matching.js';
import { doneNote, finding, relatedTask, type CheckContext, type CheckRule } from './context.js';

/**
 * A test task that names the same endpoint or entity as an implementation task placed before it.
 * In the user-story format only within one story's phase; tests in a Polish phase are exempt,
 * since the template puts follow-up unit tests there on purpose.
 */
export const testAfterImplementation: CheckRule = context => {
  const findings: Finding[] = [];
  const storyFormat = context.list.phases.some(phase => phase.kind === 'story');
  const subjects = subjectsOf(context);
  context.tasks.forEach((test, index) => {
    if (!isTddTest(test) || context.list.phases[test.task.phase]?.kind === 'polish') return;
    // What a test is about is what its words say; its folder (`packages/frontend/tests/`) is not.
    const about = describedBy(test);
    const tested = subjects.filter(subject => subject.named(about));
    if (tested.length === 0) return;
    const earlier = context.tasks
      .slice(0, index)
      .find(
        impl =>
          !impl.isTestOnly &&
          context.list.phases[impl.task.phase]?.kind !== 'setup' &&
          (!storyFormat || impl.task.phase === test.task.phase) &&
          tested.some(subject => subject.named(impl))
      );
    if (!earlier) return;
    const subject = tested.find(candidate => candidate.named(earlier))!;
    findings.push(
      finding(
        'test-after-implementation',
        `Test task ${test.task.id} comes after ${earlier.task.id}, which implements ${subject.name} that it tests${doneNote([test.task, earlier.task])}`,
        test.task.source,
        [relatedTask(earlier.task, 'the implementation task')]
      )
    );
  });
  return findings;
};

/** Manual checks, verification runs and fixtures come after the code by nature; TDD is about tests. */
const AFTER_THE_FACT =
  /^(?:manual|manually|verify|run|validate|confirm|check|smoke)\b|\b(?:fixtures?|conftest|fakes?|mocks?|stubs?|helpers?|harness)\b|Fake[A-Z]/i;

function isTddTest(task: TaskText): boolean {
  return task.isTestOnly && !AFTER_THE_FACT.test(task.task.description);
}

interface Subject {
  name: string;
  named(task: TaskText): boolean;
}

function subjectsOf(context: CheckContext): Subject[] {
  const endpoints = context.feature.contracts.flatMap(contract => contract.endpoints);
  return [
    ...endpoints.map(endpoint => ({
      name: endpoint.name,
      named: (task: TaskText) => namesEndpoint(task, endpoint, false)
    })),
    ...(context.feature.dataModel?.entities ?? []).map(entity => ({
      name: `entity ${entity.name}`,
      named: (task: TaskText) => namesEntityStrictly(task, entity.name)
    }))
  ];
}

/**
 * An order finding needs the entity named as such: `Site` or `SiteRepository`, not "an inactive
 * site" in passing. One-word names must appear as written; longer names as a phrase.
 */
function namesEntityStrictly(task: TaskText, name: string): boolean {
  if (name.includes(' ') || words(name).length > 1) return namesEntity(task, { name });
  for (const identifier of task.identifiers) {
    if (
      identifier === name ||
      (identifier.startsWith(name) && /^[A-Z]/.test(identifier.slice(name.length)))
    )
      return true;
  }
  return false;
}

export const taskIdOrder: CheckRule = context => {
  const findings: Finding[] = [];
  let highest: { key: number[]; id: string } | undefined;
  for (const task of context.list.tasks) {
    const key = idKey(task.id);
    if (highest && compareKeys(key, highest.key) < 0) {
      findings.push(
        finding(
          'task-id-order',
          `Task ${task.id} comes after ${highest.id} in the document; IDs should ascend`,
          task.source
        )
      );
    } else if (!highest || compareKeys(key, highest.key) > 0) {
      highest = { key, id: task.id };
    }
  }
  return findings;
};

/** `T013a` → [13, 1], `T073.1` → [73, 1], `T5` → [5]: sub-IDs sort after their parent. */
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
