/** Rules that every design item has its task: contracts tested, entities modelled, endpoints built, stories tested. */
import type { Finding } from '../../model.js';
import {
  endpointCandidates,
  namesContract,
  namesEndpoint,
  namesEntity,
  mentionsPhrase,
  mentionsText,
  type TaskText
} from '../matching.js';
import type { CoverageItem } from '../result.js';
import type { RelatedLocation } from '../../model.js';
import { finding, listStart, type CheckContext, type CheckRule } from './context.js';

/** Findings about a missing task point at the design item; the task list is where the fix goes. */
function taskListLocation(context: CheckContext): RelatedLocation {
  return { location: listStart(context.list), message: 'the task list that should cover it' };
}

export const contractUntested: CheckRule = context =>
  context.feature.contracts.flatMap(contract => {
    if (contractTests(context, contract.path).length > 0) return [];
    const endpoints = contract.endpoints.length;
    const what = endpoints > 0 ? ` (${endpoints} endpoint${endpoints === 1 ? '' : 's'})` : '';
    return [
      finding(
        'contract-untested',
        `Contract ${relativeToFeature(context, contract.path)}${what} has no test task`,
        contract.source,
        [taskListLocation(context)]
      )
    ];
  });

export const entityWithoutModel: CheckRule = context =>
  (context.feature.dataModel?.entities ?? [])
    .filter(entity => !entity.existing && !context.tasks.some(task => namesEntity(task, entity)))
    .map(entity =>
      finding(
        'entity-without-model',
        `Entity ${entity.name} from data-model.md has no task that creates or changes it`,
        entity.source,
        [taskListLocation(context)]
      )
    );

export const endpointUnimplemented: CheckRule = context =>
  context.feature.contracts.flatMap(contract =>
    contract.endpoints
      .filter(endpoint => implementers(context, contract.fileName, endpoint).length === 0)
      .map(endpoint =>
        finding(
          'endpoint-unimplemented',
          `Endpoint ${endpoint.name} of ${relativeToFeature(context, contract.path)} has no implementation task`,
          endpoint.source,
          [taskListLocation(context)]
        )
      )
  );

export const storyUntested: CheckRule = context => {
  const findings: Finding[] = [];
  for (const story of context.feature.spec?.stories ?? []) {
    if (storyTests(context, story.id, story.number, story.title).length > 0) continue;
    findings.push(
      finding(
        'story-untested',
        `User Story ${story.number} "${story.title}" has no integration test task`,
        story.source,
        [taskListLocation(context)]
      )
    );
  }
  const scenarios = context.feature.quickstart?.scenarios ?? [];
  const untested = scenarios.filter(
    scenario => scenarioTests(context, scenario.title).length === 0
  );
  if (untested.length > 1 && untested.length === scenarios.length) {
    // Nothing validates the quickstart at all: one finding says it better than one per step.
    const first = untested[0]!;
    findings.push(
      finding(
        'story-untested',
        `None of the ${untested.length} quickstart.md scenarios ("${first.title}", …) has an integration test or validation task`,
        first.source,
        [taskListLocation(context)]
      )
    );
    return findings;
  }
  for (const scenario of untested) {
    findings.push(
      finding(
        'story-untested',
        `Quickstart scenario "${scenario.title}" has no integration test task`,
        scenario.source,
        [taskListLocation(context)]
      )
    );
  }
  return findings;
};

/** The coverage table of the markdown report: every design item and the tasks that cover it. */
export function coverageOf(context: CheckContext): CoverageItem[] {
  const ids = (tasks: TaskText[]) => tasks.map(task => task.task.id);
  const items: CoverageItem[] = [];
  for (const contract of context.feature.contracts) {
    items.push({
      kind: 'contract',
      name: relativeToFeature(context, contract.path),
      source: contract.source,
      tasks: ids(contractTests(context, contract.path))
    });
  }
  for (const entity of context.feature.dataModel?.entities ?? []) {
    items.push({
      kind: 'entity',
      name: entity.name,
      source: entity.source,
      tasks: ids(context.tasks.filter(task => namesEntity(task, entity)))
    });
  }
  for (const contract of context.feature.contracts) {
    for (const endpoint of contract.endpoints) {
      items.push({
        kind: 'endpoint',
        name: endpoint.name,
        source: endpoint.source,
        tasks: ids(implementers(context, contract.fileName, endpoint))
      });
    }
  }
  for (const story of context.feature.spec?.stories ?? []) {
    items.push({
      kind: 'story',
      name: `${story.id} ${story.title}`,
      source: story.source,
      tasks: ids(storyTests(context, story.id, story.number, story.title))
    });
  }
  for (const scenario of context.feature.quickstart?.scenarios ?? []) {
    items.push({
      kind: 'scenario',
      name: scenario.title,
      source: scenario.source,
      tasks: ids(scenarioTests(context, scenario.title))
    });
  }
  return items;
}

/**
 * The rules and the coverage table ask the same questions of every task; each answer is kept
 * per check, keyed by the question.
 */
const answers = new WeakMap<CheckContext, Map<string, TaskText[]>>();

function remembered(context: CheckContext, key: string, find: () => TaskText[]): TaskText[] {
  let known = answers.get(context);
  if (!known) {
    known = new Map();
    answers.set(context, known);
  }
  let found = known.get(key);
  if (!found) {
    found = find();
    known.set(key, found);
  }
  return found;
}

function contractTests(context: CheckContext, contractPath: string): TaskText[] {
  return remembered(context, `contract\u0000${contractPath}`, () => {
    const contract = context.feature.contracts.find(candidate => candidate.path === contractPath)!;
    return context.tasks.filter(task => task.isTest && namesContract(task, contract));
  });
}

/**
 * A non-test task implements an endpoint when it names it, or names its contract file (one task
 * for a whole contract is a legitimate way to write it).
 */
function implementers(
  context: CheckContext,
  contractFile: string,
  endpoint: Parameters<typeof namesEndpoint>[1]
): TaskText[] {
  return remembered(context, `endpoint\u0000${contractFile}\u0000${endpoint.name}`, () => {
    const naming = new Set(
      endpointCandidates(context.tasks, endpoint).filter(task =>
        namesEndpoint(task, endpoint, false)
      )
    );
    const namingFile = remembered(context, `file\u0000${contractFile}`, () =>
      context.tasks.filter(task => mentionsText(task, contractFile))
    );
    for (const task of namingFile) naming.add(task);
    return context.tasks.filter(task => !task.isTestOnly && naming.has(task));
  });
}

function storyTests(
  context: CheckContext,
  storyId: string,
  storyNumber: number,
  title: string
): TaskText[] {
  return remembered(context, `story\u0000${storyId}`, () =>
    context.tasks.filter(
      task =>
        task.isTest &&
        (task.task.story === storyId ||
          context.list.phases[task.task.phase]?.story === storyId ||
          mentionsPhrase(task, `user story ${storyNumber}`) ||
          mentionsPhrase(task, `us${storyNumber}`) ||
          mentionsText(task, title))
    )
  );
}

/** A test naming the scenario, or one validating quickstart.md as a whole, covers a scenario. */
function scenarioTests(context: CheckContext, title: string): TaskText[] {
  return remembered(context, `scenario\u0000${title}`, () =>
    context.tasks.filter(
      task =>
        (task.isTest || mentionsPhrase(task, 'validate') || mentionsPhrase(task, 'validation')) &&
        (mentionsText(task, title) || mentionsText(task, 'quickstart'))
    )
  );
}

function relativeToFeature(context: CheckContext, path: string): string {
  const prefix = context.feature.dir + '/';
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
