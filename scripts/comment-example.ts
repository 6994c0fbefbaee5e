/**
 * `npm run comment-example`: docs/comment-example.md, the pull-request comment the action posts
 * for the bundled example with `command: generate`, built by the same code as the action's. A
 * test keeps the file equal to what this prints.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { work } from '../src/action/work.js';
import { commentMarker, formatComment } from '../src/core/report/comment.js';
import { DEFAULT_LIMITS } from '../src/io/loader.js';

const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLE_DOC = path.join(REPO_DIR, 'docs', 'comment-example.md');

const INTRO = `# The pull-request comment, for the bundled example

What the action posts on a pull request that changes
\`examples/specs/001-kv-cache-hit-rate-metric/\`, with \`command: generate\` and \`publish: comment\`
(made by \`npm run comment-example\`; a test keeps it current). Everything below the line is the
comment as GitHub renders it; its first line is the hidden marker that finds it again.

---

`;

export async function commentExample(): Promise<string> {
  const result = await work(
    REPO_DIR,
    [path.join(REPO_DIR, 'examples', 'specs', '001-kv-cache-hit-rate-metric')],
    {
      command: 'generate',
      publish: 'comment',
      commitMessage: '',
      features: [],
      specsDir: 'examples/specs',
      failOn: 'error',
      config: undefined,
      rules: '',
      template: undefined,
      sarifFile: undefined,
      token: '',
      limits: DEFAULT_LIMITS
    },
    undefined
  );
  const comment = formatComment(
    {
      command: 'generate',
      features: result.sections,
      notes: [],
      runUrl: 'https://github.com/OWNER/REPO/actions/runs/RUN_ID'
    },
    { marker: commentMarker('.github/workflows/spec-tasks.yml', 'spec-tasks') }
  );
  return INTRO + comment;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(EXAMPLE_DOC, await commentExample(), 'utf8');
  console.log(`wrote ${path.relative(process.cwd(), EXAMPLE_DOC)}`);
}
