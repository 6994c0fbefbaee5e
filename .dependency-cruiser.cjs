/* global module */
/**
 * The layer rule, enforced rather than remembered (`npm run lint` runs it). Top to bottom:
 *
 *   cli/ | action/                     publish: the command line and the GitHub Action (siblings)
 *   io/                                read and write files: discover, load, the use cases' I/O
 *   core/render | core/report | core/generate.ts   write tasks.md, reports (render and report siblings)
 *   core/plan | core/check             plan tasks by rules, check a list into findings (siblings)
 *   core/template                      the tasks template read into phases and items
 *   core/parse                         design documents and tasks.md into one typed model
 *   core/model.ts, core/marker.ts, core/text/, core/vocabulary/   the foundation
 *
 * Each layer imports only the layers below it. Everything under core/ is pure: no file system, no
 * network, no process, no @actions/*.
 */
const layer = (name, dirs) => ({ name, path: `^src/(${dirs.join('|')})` });

const FOUNDATION = layer('foundation', [
  'core/model\\.ts',
  'core/marker\\.ts',
  'core/text/',
  'core/vocabulary/'
]);
const PARSE = layer('parse', ['core/parse/']);
const TEMPLATE = layer('template', ['core/template/']);
const PLAN = layer('plan', ['core/plan/']);
const CHECK = layer('check', ['core/check/']);
const RENDER = layer('render', ['core/render/']);
const REPORT = layer('report', ['core/report/']);
const GENERATE = layer('generate', ['core/generate\\.ts']);
const IO = layer('io', ['io/']);
const CLI = layer('cli', ['cli/']);
const ACTION = layer('action', ['action/']);

/** `from` may not import any of `to`. */
function forbid(from, to, comment) {
  return {
    name: `${from.name}-not-${to.map(target => target.name).join('-')}`,
    comment,
    severity: 'error',
    from: { path: from.path },
    to: { path: to.map(target => target.path).join('|') }
  };
}

const ABOVE_PARSE = [TEMPLATE, PLAN, CHECK, RENDER, REPORT, GENERATE];
const PUBLISH = [CLI, ACTION];

module.exports = {
  forbidden: [
    forbid(
      FOUNDATION,
      [PARSE, ...ABOVE_PARSE, IO, ...PUBLISH],
      'The foundation serves every layer and needs none.'
    ),
    {
      name: 'vocabulary-is-data',
      comment:
        'The vocabulary is word lists and the patterns built from them: it imports only itself.',
      severity: 'error',
      from: { path: '^src/core/vocabulary/' },
      to: { path: '^src/', pathNot: '^src/core/vocabulary/' }
    },
    forbid(
      PARSE,
      [...ABOVE_PARSE, IO, ...PUBLISH],
      'Parsing knows nothing of templates, plans, checks or output.'
    ),
    forbid(
      TEMPLATE,
      [PLAN, CHECK, RENDER, REPORT, GENERATE, IO, ...PUBLISH],
      'A template is read before anything is planned or checked.'
    ),
    forbid(
      PLAN,
      [CHECK, RENDER, REPORT, GENERATE, IO, ...PUBLISH],
      'Planning and checking are siblings: what both need lives below them.'
    ),
    forbid(
      CHECK,
      [PLAN, RENDER, REPORT, GENERATE, IO, ...PUBLISH],
      'Planning and checking are siblings: what both need lives below them.'
    ),
    forbid(RENDER, [REPORT, GENERATE, IO, ...PUBLISH], 'Rendering and reporting are siblings.'),
    forbid(REPORT, [RENDER, GENERATE, IO, ...PUBLISH], 'Rendering and reporting are siblings.'),
    forbid(GENERATE, [IO, ...PUBLISH], 'The core never reaches up into I/O or publishing.'),
    forbid(IO, PUBLISH, 'The I/O layer serves both publishers and knows neither.'),
    forbid(CLI, [ACTION], 'The command line and the Action are siblings.'),
    forbid(ACTION, [CLI], 'The command line and the Action are siblings.'),
    {
      name: 'core-is-pure',
      comment: 'The core is pure: no file system, network, processes or runner toolkit.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        path: '^(node:)?(fs|fs/promises|net|http|https|http2|child_process|worker_threads|dgram|dns|tls|os|process)$|^@actions/|^@octokit/'
      }
    },
    {
      name: 'no-cycles',
      comment: 'Modules that import each other are one idea split in two, or two ideas tangled.',
      severity: 'error',
      from: {},
      // A cycle through type imports alone costs nothing at run time: a type may live beside the
      // code that makes it while a module it uses names it.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
};
