import { describe, expect, it } from '@jest/globals';
import {
  commandFileBeside,
  toolFileBeside
} from '../../../src/core/plan/placement/one-file-each.js';

describe('placement: one file per command or tool in a folder of them', () => {
  it('names a command’s file for its last word, in the language’s style', () => {
    expect(commandFileBeside('src/shelf/commands/commands.py', 'export', 'python')).toBe(
      'src/shelf/commands/export.py'
    );
    expect(commandFileBeside('src/Shelf.Cli/Commands/CliCommands.cs', 'export', 'csharp')).toBe(
      'src/Shelf.Cli/Commands/ExportCommand.cs'
    );
  });

  it('names a tool’s file for the tool, a class-per-file language adding the kind', () => {
    expect(toolFileBeside('src/shelf/tools/tools.py', 'search_docs', 'python')).toBe(
      'src/shelf/tools/search_docs.py'
    );
    expect(toolFileBeside('src/Shelf/Agent/Tools/AgentTools.cs', 'search_docs', 'csharp')).toBe(
      'src/Shelf/Agent/Tools/SearchDocsTool.cs'
    );
  });

  it('leaves a file that is not in such a folder where it is', () => {
    expect(commandFileBeside('src/shelf/cli.py', 'export', 'python')).toBeUndefined();
    expect(
      toolFileBeside('src/shelf/commands/commands.py', 'search_docs', 'python')
    ).toBeUndefined();
  });
});
