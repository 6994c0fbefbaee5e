import type { Contract } from '../../model.js';
import { mirroredTestDir, moduleTestDir } from '../layout/source-sets.js';
import { testFileAt } from '../placement/file-names.js';
import { stemOf } from '../placement/file-roles.js';
import { plannedContractTest } from '../placement/planned-tests.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { servingFiles } from './endpoint-files.js';
import { entityServedBy, modelFile } from './models.js';

/**
 * Template rule "each contract file → contract test task [P]", in the plan's test file for what
 * the contract is about where it lists one.
 */
export function contractTestTasks(context: RuleContext): TaskDraft[] {
  return context.feature.contracts.map(contract => ({
    key: contractTestKey(contract),
    kind: 'contract-test',
    role: 'tests',
    description: `Contract test for ${contractLabel(contract)}`,
    files: [
      plannedContractTest(context.layout, contract) ??
        mirroredContractTest(context, contract) ??
        testFileAt(
          context.layout,
          contractTestDir(context, contract),
          contractTestSubject(contract)
        )
    ],
    after: [],
    covers: [{ kind: 'contract', name: contract.path, source: contract.source }],
    story: context.owners.contract(contract)
  }));
}

/**
 * The contract tests' folder, in the module of the code that serves the contract where the plan
 * lays out several: the test of a billing API beside the billing service's own code, found
 * through the model of the entity its routes serve.
 */
function contractTestDir(context: RuleContext, contract: Contract): string {
  const { layout, feature } = context;
  const entities = feature.dataModel?.entities ?? [];
  const entity = contract.endpoints
    .map(endpoint => entityServedBy(endpoint, entities))
    .find(Boolean);
  const code = entity && modelFile(context, entity.name);
  return (
    (code && moduleTestDir(layout.sourceDirs, layout.testDirs, code, layout.contractTestsDir)) ??
    layout.contractTestsDir
  );
}

/**
 * Where a contract's endpoints are all implemented in one file of a JVM module whose tests the
 * plan leaves to mirror the code, the test of that file in the mirrored folder:
 * `…/src/test/java/org/x/web/KennelControllerContractTest.java` for `KennelController.java`.
 */
function mirroredContractTest(context: RuleContext, contract: Contract): string | undefined {
  const served = contract.endpoints.filter(endpoint => !endpoint.consumed);
  if (served.length === 0) return undefined;
  const entities = context.feature.dataModel?.entities ?? [];
  const files = new Set(servingFiles(context, contract, served, entities));
  const [file] = files;
  if (files.size !== 1 || !file) return undefined;
  const dir = mirroredTestDir(context.layout.testDirs, file);
  return dir && testFileAt(context.layout, dir, `${stemOf(file)} contract`);
}

export function contractTestKey(contract: Contract): string {
  return `contract-test:${contract.path}`;
}

/** `contracts/metrics-api.yaml (GET /v1/x, POST /v1/y)`: names the file and what it must cover. */
function contractLabel(contract: Contract): string {
  const relative =
    'contracts/' + contract.path.slice(contract.path.indexOf('/contracts/') + '/contracts/'.length);
  const names = contract.endpoints.map(endpoint => endpoint.name);
  if (names.length === 0) return relative;
  const shown = names.slice(0, 4).join(', ');
  return `${relative} (${shown}${names.length > 4 ? `, and ${names.length - 4} more` : ''})`;
}

/**
 * What a contract's test file is named for: the contract's file name without its extension, and
 * `_contract` (`orders-api.yaml` → `orders-api_contract`, tested in
 * `test_orders_api_contract.py`), which tells it apart from the unit tests of code named like the
 * contract.
 */
function contractTestSubject(contract: Contract): string {
  const lastDot = contract.fileName.lastIndexOf('.');
  const base = lastDot > 0 ? contract.fileName.slice(0, lastDot) : contract.fileName;
  return base + '_contract';
}
