import { parseArgs, type ParseArgsConfig } from 'node:util';

export const MAIN_USAGE = `Usage: spec-tasks <command> [options]

Commands:
  generate <feature-dir>...   Generate tasks.md from a feature's design documents
  check [<feature-dir>...]    Check tasks.md against the design documents

Run 'spec-tasks <command> --help' for a command's options.`;

export const GENERATE_USAGE = `Usage: spec-tasks generate <feature-dir>... [options]

Generates tasks.md for each feature folder (specs/NNN-name/) from its plan.md, spec.md,
research.md, data-model.md, contracts/ and quickstart.md, and prints it.

Options:
  --write            Write tasks.md into each folder instead of printing it
  --template PATH    Use this tasks template instead of the repository's or the built-in one
  --force            Replace a tasks.md written or edited by a person (checked boxes are kept)
  -h, --help         Show this help

Exit status: 0 on success, 1 when a folder fails, 2 on usage errors.`;

export const CHECK_USAGE = `Usage: spec-tasks check [<feature-dir>...] [options]

Checks each feature's tasks.md against its design documents. With no folder, checks every
feature folder under specs/.

Options:
  --format FORMAT    text (default), json, github, sarif or markdown
  --output FILE      Write the report to FILE instead of standard output
  --config FILE      Rule settings (default: .spec-tasks.yml at the repository root, if present)
  --template PATH    The tasks template the lists were generated with (default: the repository's,
                     else the built-in one)
  --fail-on LEVEL    error (default), warning or never: the severity that makes the exit status 1
  --rule ID=LEVEL    Set a rule's severity (error, warning, note) or turn it off; repeatable
  -h, --help         Show this help

Exit status: 0 with no finding at or above --fail-on, 1 with one, 2 on usage or read errors.`;

/** A mistake on the command line: reported with the usage, exit status 2. */
export class UsageError extends Error {}

/** A folder or file that cannot be read: exit status 2, like a usage error, but without the usage. */
export class InputError extends Error {}

type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments read against its `options`, folder names as positionals; a flag it does
 * not know, or a flag missing its value, is a usage error.
 */
export function parseCommandArgs<T extends CommandOptions>(args: string[], options: T) {
  try {
    return parseArgs<{ args: string[]; allowPositionals: true; options: T }>({
      args,
      allowPositionals: true,
      options
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
