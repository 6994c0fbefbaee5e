import path from 'node:path';
import { terminalSafe } from '../core/report/terminal.js';
import { findRepoRoot } from '../io/discover.js';
import { generateFeature } from '../io/generate-feature.js';
import { loadTemplate, type LoadedTemplate } from '../io/template-source.js';
import { formatFindingLine } from './findings-output.js';
import { GENERATE_USAGE, parseCommandArgs, UsageError } from './usage.js';

export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Whether stdout is a terminal, for colour. */
  isTTY?: boolean;
  /** NO_COLOR is set. */
  noColor?: boolean;
}

export async function runGenerate(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseGenerateArgs(args);
  if (values.help) {
    io.stdout(GENERATE_USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('generate needs at least one feature folder');
  let failed = false;
  const templates = new Map<string, LoadedTemplate>();
  for (const [index, dir] of positionals.entries()) {
    const featureDir = path.resolve(io.cwd, dir);
    const repoRoot = await findRepoRoot(featureDir);
    const templateKey = `${repoRoot}\u0000${values.template ?? ''}`;
    const template =
      templates.get(templateKey) ??
      (await loadTemplate(repoRoot, values.template && path.resolve(io.cwd, values.template)));
    if (!templates.has(templateKey)) {
      templates.set(templateKey, template);
      for (const finding of template.findings) io.stderr(formatFindingLine(finding) + '\n');
    }
    const outcome = await generateFeature(repoRoot, featureDir, template, {
      write: values.write,
      force: values.force
    });
    for (const finding of outcome.feature.findings) io.stderr(formatFindingLine(finding) + '\n');
    const result = outcome.result;
    if (!result) {
      failed = true;
      continue;
    }
    // The old task lines and the folder's name come from the pull request, like finding messages.
    const tasksPath = terminalSafe(outcome.tasksPath);
    for (const line of result.droppedChecked) {
      io.stderr(
        `${tasksPath}: warning: checked task has no counterpart in the new list: ${terminalSafe(line)}\n`
      );
    }
    if (values.write) {
      if (result.status === 'refused') {
        io.stderr(`${terminalSafe(result.reason ?? '')}\n`);
        failed = true;
      } else {
        io.stderr(`${tasksPath}: ${result.status} (${result.plan.tasks.length} tasks)\n`);
      }
      continue;
    }
    if (positionals.length > 1) io.stdout(`${index > 0 ? '\n' : ''}==> ${tasksPath} <==\n`);
    io.stdout(result.content);
  }
  return failed ? 1 : 0;
}

function parseGenerateArgs(args: string[]) {
  return parseCommandArgs(args, {
    write: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    template: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false }
  });
}
