/**
 * The spec-tasks command line: a thin shell over the I/O adapters and the pure core.
 */
import { runCheck } from './check-command.js';
import { runGenerate, type CommandIO } from './generate-command.js';
import { SettingsError } from '../core/check/settings.js';
import { TemplateError } from '../io/template-source.js';
import { CHECK_USAGE, GENERATE_USAGE, InputError, MAIN_USAGE, UsageError } from './usage.js';

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'generate':
        return await runGenerate(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case '-h':
      case '--help':
        io.stdout(MAIN_USAGE + '\n');
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`spec-tasks: ${error.message}\n\n${usageOf(command)}\n`);
      return 2;
    }
    // A bad config file or --rule is the caller's mistake, like a bad flag: exit 2, not 1.
    if (error instanceof InputError || error instanceof SettingsError) {
      io.stderr(`spec-tasks: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TemplateError) {
      io.stderr(`spec-tasks: ${error.message}\n`);
      return 1;
    }
    io.stderr(`spec-tasks: ${(error as Error).message}\n`);
    return 1;
  }
}

/** A mistake inside a command is answered with that command's options, not the list of commands. */
function usageOf(command: string | undefined): string {
  if (command === 'generate') return GENERATE_USAGE;
  if (command === 'check') return CHECK_USAGE;
  return MAIN_USAGE;
}
