/**
 * The checker: a feature model and its parsed tasks.md in, findings and coverage out. Each rule is
 * a named function in ./rules; this module runs them and applies settings and suppressions.
 */
import type { Feature, Finding } from '../model.js';
import { buildGraph } from './graph.js';
import { prepareTasks } from './task-text.js';
import type { FeatureCheck } from './result.js';
import type { CheckContext, CheckRule } from './rules/context.js';
import {
  contractUntested,
  coverageOf,
  endpointUnimplemented,
  entityWithoutModel,
  storyUntested
} from './rules/coverage.js';
import { malformedTask, missingFilePath, staleTasks } from './rules/format.js';
import { taskIdOrder, testAfterImplementation } from './rules/ordering.js';
import { parallelFileConflict } from './rules/parallel.js';
import { dependencyCycle, duplicateTaskId, unknownTaskReference } from './rules/references.js';
import { applySettings, type RuleSettings } from './settings.js';
import type { TaskList } from '../parse/tasks-md/model.js';

export const CHECK_RULES: readonly CheckRule[] = [
  contractUntested,
  parallelFileConflict,
  entityWithoutModel,
  endpointUnimplemented,
  storyUntested,
  testAfterImplementation,
  missingFilePath,
  unknownTaskReference,
  dependencyCycle,
  duplicateTaskId,
  taskIdOrder,
  malformedTask,
  staleTasks
];

export interface CheckInput {
  feature: Feature;
  /** The parsed tasks.md; undefined when the folder has none. */
  taskList: TaskList | undefined;
  /** The input hash a fresh generation would record, to detect a stale generated list. */
  expectedInputHash?: string;
}

export function checkFeature(input: CheckInput, settings: RuleSettings): FeatureCheck {
  const { feature, taskList } = input;
  if (!taskList) {
    return {
      feature: feature.dir,
      tasksPath: undefined,
      findings: applySettings(feature.findings, settings),
      coverage: [],
      taskList: undefined
    };
  }
  const context: CheckContext = {
    feature,
    list: taskList,
    tasks: prepareTasks(taskList.tasks, taskList.phases),
    graph: buildGraph(taskList),
    expectedInputHash: input.expectedInputHash
  };
  // Without a plan the coverage rules would compare against nothing; missing-plan says it all.
  const rules = feature.plan
    ? CHECK_RULES
    : CHECK_RULES.filter(rule => !COVERAGE_RULES.includes(rule));
  const found = [...feature.findings, ...rules.flatMap(rule => rule(context))];
  return {
    feature: feature.dir,
    tasksPath: taskList.path,
    findings: applySettings(unsuppressed(found, taskList), settings),
    coverage: coverageOf(context),
    taskList
  };
}

const COVERAGE_RULES: readonly CheckRule[] = [
  contractUntested,
  entityWithoutModel,
  endpointUnimplemented,
  storyUntested,
  staleTasks
];

/** `<!-- spec-tasks-disable-next-line rule-id -->` silences that rule on the line below it in tasks.md. */
function unsuppressed(findings: Finding[], list: TaskList): Finding[] {
  return findings.filter(found => {
    if (found.location.file !== list.path) return true;
    const silenced = list.suppressions.get(found.location.line);
    return !silenced || !(silenced.includes(found.ruleId) || silenced.includes('all'));
  });
}
