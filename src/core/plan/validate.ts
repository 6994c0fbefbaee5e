/**
 * The template's validation checklist, computed from the plan itself so a box is ticked only where
 * it holds.
 */
import type { Task, TaskPlan } from './model.js';
import { sharesFile } from './schedule.js';
import { planRoutesContract } from '../parse/plan-routes.js';

export interface ChecklistItem {
  text: string;
  holds: boolean;
}

export function validatePlan(plan: TaskPlan): ChecklistItem[] {
  const { feature, tasks } = plan;
  const covering = (kind: string, name: string) =>
    tasks.filter(task => task.covers.some(c => c.kind === kind && c.name === name));
  const contractTest = (path: string) => covering('contract', path)[0];
  // Endpoints the feature only calls are somebody else's to implement.
  const planRoutes = planRoutesContract(feature);
  const contracts = planRoutes ? [...feature.contracts, planRoutes] : feature.contracts;
  const endpoints = contracts.flatMap(contract =>
    contract.endpoints
      .filter(endpoint => !endpoint.consumed)
      .map(endpoint => ({ contract, endpoint }))
  );
  return [
    {
      text: 'All contracts have corresponding tests',
      holds: feature.contracts.every(c => contractTest(c.path) !== undefined)
    },
    {
      text: 'All entities have model tasks',
      holds: (feature.dataModel?.entities ?? []).every(
        entity => entity.existing || entity.derived || covering('entity', entity.name).length > 0
      )
    },
    {
      text: 'All endpoints have implementation tasks',
      holds: endpoints.every(({ endpoint }) => covering('endpoint', endpoint.name).length > 0)
    },
    {
      text: 'All tests come before implementation',
      // The plan's own routes have no contract to test first.
      holds: endpoints.every(({ contract, endpoint }) => {
        if (contract === planRoutes) return true;
        const test = contractTest(contract.path);
        return covering('endpoint', endpoint.name).every(
          task => test !== undefined && test.id < task.id
        );
      })
    },
    {
      text: 'Parallel tasks truly independent',
      holds: tasks.every(task => !task.parallel || !waitsInPhase(task, tasks))
    },
    {
      text: 'Each task specifies exact file path',
      holds: tasks.every(task => task.files.length > 0)
    },
    {
      text: 'No task modifies same file as another [P] task',
      holds: tasks.every(
        task =>
          !task.parallel ||
          !tasks.some(o => o !== task && o.phase === task.phase && sharesFile(task, o))
      )
    }
  ];
}

function waitsInPhase(task: Task, tasks: Task[]): boolean {
  return task.dependsOn.some(id => tasks.find(other => other.id === id)?.phase === task.phase);
}
