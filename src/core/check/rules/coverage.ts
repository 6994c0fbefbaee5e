/** Rules that every design item has its task: contracts tested, entities modelled, endpoints built, stories tested. */
import type { Contract, Endpoint, Finding, RelatedLocation } from '../../model.js';
import {
  buildsEntity,
  checksThroughCi,
  contractSubject,
  entityTarget,
  isConsumedContract,
  testsContract,
  testsScenario,
  testsStory,
  type ContractSubject
} from '../covers.js';
import { coversRoute, servesResource, writesOpenRoute } from '../covers-endpoints.js';
import { routeResources } from '../../parse/contracts/resource.js';
import { planRoutesContract } from '../../parse/plan-routes.js';
import { keyForm, keyWords } from '../key-words.js';
import {
  endpointCandidates,
  mentionsText,
  namesEndpoint,
  namesEndpointExactly
} from '../matching.js';
import { prepareTasks, tasksWithAnyWord, type TaskText } from '../task-text.js';
import type { ListedTask, TaskReport } from '../../parse/tasks-md/model.js';
import { words } from '../../text/words.js';
import { singular } from '../../text/words.js';
import type { CoverageItem } from '../result.js';
import { finding, listStart, type CheckContext, type CheckRule } from './context.js';

/** Findings about a missing task point at the design item; the task list is where the fix goes. */
function taskListLocation(context: CheckContext): RelatedLocation {
  return { location: listStart(context.list), message: 'the task list that should cover it' };
}

/**
 * A list that says tests were not requested (spec-kit's current template makes them optional)
 * is not asked for contract or story tests.
 */
function testsWaived(context: CheckContext): boolean {
  return context.list.testsNotRequested !== undefined;
}

export const contractUntested: CheckRule = context => {
  if (testsWaived(context)) return [];
  return context.feature.contracts.flatMap(contract => {
    if (contractTests(context, contract).length > 0 || onlyConsumed(contract)) return [];
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
};

/**
 * A contract whose every endpoint belongs to something the feature only uses (an existing
 * image's health checks, an upstream API) describes no code of this feature to test.
 */
function onlyConsumed(contract: Contract): boolean {
  return contract.endpoints.length > 0 && contract.endpoints.every(endpoint => endpoint.consumed);
}

export const entityWithoutModel: CheckRule = context =>
  (context.feature.dataModel?.entities ?? [])
    .filter(entity => !entity.existing && !entity.derived)
    .filter(entity => entityTasks(context, entity.name).length === 0)
    .map(entity =>
      finding(
        'entity-without-model',
        `Entity ${entity.name} from data-model.md has no task that creates or changes it`,
        entity.source,
        [taskListLocation(context)]
      )
    );

/**
 * The contracts whose endpoints must be built: the feature's, and, where none declares an
 * endpoint, the routes its plan declares (method lists beside route files, route tables).
 */
function endpointContracts(context: CheckContext): Contract[] {
  const planRoutes = planRoutesContract(context.feature);
  return planRoutes ? [...context.feature.contracts, planRoutes] : context.feature.contracts;
}

export const endpointUnimplemented: CheckRule = context =>
  endpointContracts(context).flatMap(contract => {
    if (isConsumedContract(subjectOf(contract), implementationTasks(context))) return [];
    return contract.endpoints
      .filter(endpoint => !endpoint.consumed)
      .filter(endpoint => implementers(context, contract, endpoint).length === 0)
      .map(endpoint =>
        finding(
          'endpoint-unimplemented',
          `Endpoint ${endpoint.name} of ${relativeToFeature(context, contract.path)} has no implementation task`,
          endpoint.source,
          [taskListLocation(context)]
        )
      );
  });

export const storyUntested: CheckRule = context => {
  if (testsWaived(context)) return [];
  const findings: Finding[] = [];
  for (const story of context.feature.spec?.stories ?? []) {
    if (storyTests(context, story.id).length > 0) continue;
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
    (_scenario, index) => scenarioTests(context, index).length === 0
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
      tasks: ids(contractTests(context, contract))
    });
  }
  for (const entity of context.feature.dataModel?.entities ?? []) {
    items.push({
      kind: 'entity',
      name: entity.name,
      source: entity.source,
      tasks: ids(entityTasks(context, entity.name))
    });
  }
  for (const contract of endpointContracts(context)) {
    for (const endpoint of contract.endpoints) {
      items.push({
        kind: 'endpoint',
        name: endpoint.name,
        source: endpoint.source,
        tasks: ids(implementers(context, contract, endpoint))
      });
    }
  }
  for (const story of context.feature.spec?.stories ?? []) {
    items.push({
      kind: 'story',
      name: `${story.id} ${story.title}`,
      source: story.source,
      tasks: ids(storyTests(context, story.id))
    });
  }
  (context.feature.quickstart?.scenarios ?? []).forEach((scenario, index) => {
    items.push({
      kind: 'scenario',
      name: scenario.title,
      source: scenario.source,
      tasks: ids(scenarioTests(context, index))
    });
  });
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

function contractTests(context: CheckContext, contract: Contract): TaskText[] {
  return remembered(context, `contract\u0000${contract.path}`, () => {
    const subject = subjectOf(contract);
    return context.tasks.filter(
      task => (task.isTest && testsContract(task, subject)) || checksThroughCi(task, subject)
    );
  });
}

const subjects = new WeakMap<Contract, ContractSubject>();

function subjectOf(contract: Contract): ContractSubject {
  let subject = subjects.get(contract);
  if (!subject) {
    subject = contractSubject(contract);
    subjects.set(contract, subject);
  }
  return subject;
}

function entityTasks(context: CheckContext, name: string): TaskText[] {
  return remembered(context, `entity\u0000${name}`, () => {
    const entity = context.feature.dataModel!.entities.find(candidate => candidate.name === name)!;
    const target = entityTarget(entity);
    // Every way of naming the entity puts one of its words, or an alias's, among the task's.
    const names = [entity.name, ...entity.aliases];
    const wanted = names.flatMap(name =>
      words(name).flatMap(word => [singular(word), keyForm(word)])
    );
    const built = tasksWithAnyWord(context.tasks, wanted).filter(task =>
      buildsEntity(task, target)
    );
    if (built.length > 0) return built;
    // A report on tasks done ("T018-T024 ✅: models.py with the Invoice and LineItem classes")
    // says which of them built it.
    return tasksWithAnyWord(reportedWork(context), wanted).filter(task =>
      buildsEntity(task, target)
    );
  });
}

/** What the list's report headings say its tasks did, each as a task named by its IDs. */
function reportedWork(context: CheckContext): TaskText[] {
  let known = reports.get(context);
  if (!known) {
    known = prepareTasks(
      (context.list.reports ?? []).map(report => reportAsTask(report)),
      context.list.phases
    );
    reports.set(context, known);
  }
  return known;
}

const reports = new WeakMap<CheckContext, TaskText[]>();

function reportAsTask(report: TaskReport): ListedTask {
  const first = report.tasks[0] ?? '';
  const last = report.tasks[report.tasks.length - 1] ?? '';
  return {
    id: first === last ? first : `${first}–${last}`,
    checked: true,
    deferred: false,
    parallel: false,
    story: undefined,
    description: report.text,
    paths: [],
    barePaths: [],
    citedPaths: [],
    phase: -1,
    dependsOn: [],
    source: report.source,
    line: ''
  };
}

/** Tasks that may implement something: not tests. */
function implementationTasks(context: CheckContext): TaskText[] {
  return remembered(context, 'implementation', () =>
    context.tasks.filter(task => !task.isTestOnly)
  );
}

/** Non-test tasks that write a route prefix or wildcard: the few that may cover unnamed endpoints. */
function openRouteTasks(context: CheckContext): TaskText[] {
  return remembered(context, 'open routes', () =>
    implementationTasks(context).filter(writesOpenRoute)
  );
}

/** Non-test tasks that name the endpoint itself, or a route prefix or wildcard over it. */
function namedImplementers(
  context: CheckContext,
  contract: Contract,
  endpoint: Endpoint
): TaskText[] {
  return remembered(context, `named\u0000${contract.path}\u0000${endpoint.name}`, () => {
    const byName = new Set(
      endpointCandidates(context.tasks, endpoint).filter(
        task => !task.isTestOnly && namesEndpoint(task, endpoint, false)
      )
    );
    const covering = new Set(openRouteTasks(context).filter(task => coversRoute(task, endpoint)));
    return implementationTasks(context).filter(task => byName.has(task) || covering.has(task));
  });
}

/**
 * A non-test task implements an endpoint when it names it. Where no task does, one that serves
 * its whole resource (`TenantController`, `/admin/tenants/*`) or names its contract file
 * counts, unless the list implements that resource's other endpoints one by one: then a
 * missing one is missing.
 */
function implementers(context: CheckContext, contract: Contract, endpoint: Endpoint): TaskText[] {
  return remembered(context, `endpoint\u0000${contract.path}\u0000${endpoint.name}`, () => {
    const named = namedImplementers(context, contract, endpoint);
    if (named.length > 0) return named;
    // The list's report on work done ("✅ Parcel API: GET /parcels, /parcels/{id} (T030-T031)")
    // says which tasks built it.
    // A route in such a list often follows another's method ("GET /parcels, /parcels/{id}"):
    // it counts for an endpoint whose method the line names.
    const method = endpoint.method?.toLowerCase();
    const reported = reportedWork(context).filter(
      task =>
        namesEndpointExactly(task, endpoint) && (method === undefined || task.wordSet.has(method))
    );
    if (reported.length > 0) return reported;
    const oneByOne = contract.endpoints.some(
      other =>
        other !== endpoint &&
        sharesResource(other, endpoint) &&
        namedImplementers(context, contract, other).length > 0
    );
    if (oneByOne) return [];
    return implementationTasks(context).filter(
      task => mentionsText(task, contract.fileName) || servesResource(task, endpoint)
    );
  });
}

/** Two endpoints on one resource: the same last word, or a route resource they both pass through. */
function sharesResource(a: Endpoint, b: Endpoint): boolean {
  if (a.resource === b.resource) return true;
  if (a.kind !== 'http' || b.kind !== 'http') return false;
  const own = new Set(routeResources(b.path));
  return routeResources(a.path).some(resource => own.has(resource));
}

function storyTests(context: CheckContext, storyId: string): TaskText[] {
  return remembered(context, `story\u0000${storyId}`, () => {
    const stories = context.feature.spec?.stories ?? [];
    const story = stories.find(candidate => candidate.id === storyId)!;
    const titleWords = keyWords(story.title);
    const onlyStory = stories.length === 1;
    return context.tasks.filter(task =>
      testsStory(
        task,
        story,
        titleWords,
        context.list.phases[task.task.phase]?.story === storyId,
        onlyStory
      )
    );
  });
}

/** Tasks that test the quickstart scenario at this index (its number is its place in the document). */
function scenarioTests(context: CheckContext, index: number): TaskText[] {
  return remembered(context, `scenario\u0000${index}`, () => {
    const scenario = context.feature.quickstart!.scenarios[index]!;
    const titleWords = keyWords(scenario.title);
    return context.tasks.filter(task => testsScenario(task, index + 1, titleWords));
  });
}

function relativeToFeature(context: CheckContext, path: string): string {
  const prefix = context.feature.dir + '/';
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}
