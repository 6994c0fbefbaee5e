import type { Decision } from '../../model.js';
import { clip } from '../conditions.js';
import { lintConfigFile, manifestFile } from '../naming.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';

const DEPENDENCY_WORDS = [
  'dependenc',
  'library',
  'package',
  'framework',
  'sdk',
  'client',
  'crate',
  'install',
  'version',
  'pin'
];
const TOOLING_WORDS = [
  'lint',
  'format',
  'tooling',
  'type check',
  'mypy',
  'ruff',
  'eslint',
  'prettier',
  'clippy',
  'ci '
];

/**
 * Template rule "research.md: extract decisions → setup tasks". Only decisions about dependencies
 * or tooling are setup work; architectural decisions shape the core tasks instead and get none.
 */
export function decisionTasks(context: RuleContext): TaskDraft[] {
  const decisions = context.feature.research?.decisions ?? [];
  return decisions.flatMap((decision, index) => {
    const file = setupFileFor(decision, context);
    if (!file) return [];
    return [
      {
        key: `decision:${index}`,
        kind: 'setup',
        role: 'setup',
        // The task line goes on with " in <file>": a decision's closing full stop would end it early.
        description: `Apply research decision "${clip(decision.title, 60)}": ${withoutFullStop(clip(decision.decision ?? decision.title, 100))}`,
        files: [file],
        after: [],
        covers: [{ kind: 'decision', name: decision.title, source: decision.source }],
        story: undefined
      } satisfies TaskDraft
    ];
  });
}

function setupFileFor(decision: Decision, context: RuleContext): string | undefined {
  const text = `${decision.title} ${decision.decision ?? ''}`.toLowerCase() + ' ';
  if (TOOLING_WORDS.some(word => text.includes(word)))
    return lintConfigFile(context.layout.language);
  if (DEPENDENCY_WORDS.some(word => text.includes(word)))
    return manifestFile(context.layout.language);
  return undefined;
}

function withoutFullStop(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}
