/**
 * The tools a contract declares (an MCP server's, an agent's), where the plan draws a folder of
 * tools: one task and one file for each, as the folder says the code is laid out, instead of one
 * task for all of them in one file.
 */
import type { Contract } from '../../model.js';
import { isResourceUri } from '../../parse/contracts/classify.js';
import { stemOf } from '../placement/file-roles.js';
import { plannedFileNamed } from '../placement/named-file.js';
import { toolFileBeside } from '../placement/one-file-each.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

/**
 * `whole` (the one task for the contract's loose operations) split into a task per tool, each in
 * its own file beside where `whole` would write; nothing where `whole` is not in a folder of
 * tools, the plan names the contract's own file, or the operations are resources.
 */
export function toolTasks(
  context: RuleContext,
  contract: Contract,
  operations: string[],
  whole: TaskDraft
): TaskDraft[] | undefined {
  if (whole.kind !== 'endpoint' || operations.some(isResourceUri)) return undefined;
  if (plannedFileNamed(context.layout, stemOf(contract.fileName))) return undefined;
  const files = operations.map(name =>
    toolFileBeside(whole.files[0]!, name, context.layout.language)
  );
  if (files.some(file => file === undefined)) return undefined;
  return operations.map((name, index) => ({
    ...whole,
    key: `${whole.key}:${name}`,
    // The contract by name, not path: a path would read as a file every one of these tasks touches.
    description: `Implement the ${name} tool of the ${stemOf(contract.fileName)} contract`,
    files: [files[index]!]
  }));
}
