/**
 * Renders a task plan as tasks.md in the template's structure. Byte-identical output for the same
 * plan: no clock, no environment, `\n` only.
 */
import type { Feature } from '../model.js';
import type { PlannedPhase, Task, TaskPlan } from '../plan/model.js';
import { languageOf } from '../plan/layout/language.js';
import { validatePlan } from '../plan/validate.js';
import { escapeTasksMdLine, formatPath, mermaidLabel } from './escape.js';
import { contentHash, formatMarker } from '../marker.js';

export interface RenderOptions {
  /** Hash of the design documents and the template, recorded in the marker. */
  inputHash: string;
  /** IDs to render as checked, carried over from an earlier generation. */
  checked?: ReadonlySet<string>;
}

/** Parallel examples show this many tasks per group; the rest are counted. */
const EXAMPLE_LIMIT = 12;

export function renderTasksMarkdown(plan: TaskPlan, options: RenderOptions): string {
  const body = [
    ...header(plan),
    ...plan.phases.flatMap((phase, index) => phaseSection(plan, phase, index, options.checked)),
    ...dependencies(plan),
    ...dependencyGraph(plan),
    ...parallelExamples(plan),
    ...checklist(plan)
  ].join('\n');
  const marker = formatMarker({ inputHash: options.inputHash, contentHash: contentHash(body) });
  return `${marker}\n${body}`;
}

function header(plan: TaskPlan): string[] {
  const { feature, template } = plan;
  return [
    `# Tasks: ${escapeTasksMdLine(featureTitle(feature))}`,
    '',
    `**Input**: Design documents from \`${feature.dir}/\`  `,
    `**Prerequisites**: ${prerequisites(feature)}  `,
    `**Template**: ${template.path} (${template.layout === 'classic' ? 'phases 3.1–3.5, tests first' : 'one phase per user story'})`,
    '',
    '## Format: `[ID] [P?]' +
      (template.layout === 'user-story' ? ' [Story]' : '') +
      ' Description`',
    '- **[P]**: can run in parallel: it touches no file another task of its phase touches and waits for no unfinished task',
    ...(template.layout === 'user-story' ? ['- **[USn]**: the user story the task delivers'] : []),
    '- Every task names the exact file or directory it changes',
    ...markers(plan),
    ''
  ];
}

/** pytest markers mean something only to a Python feature's tests. */
function markers(plan: TaskPlan): string[] {
  const list = languageOf(plan.feature.plan) === 'python' ? plan.template.testMarkers : [];
  return list.length === 0
    ? []
    : [
        `- Tests carry the template's pytest markers where they apply: ${list.map(m => '`' + m + '`').join(', ')}`
      ];
}

/**
 * The plan's title without its "Implementation Plan:" label; where the plan still has the
 * template's `[FEATURE]`, the spec's title, then the folder's name.
 */
function featureTitle(feature: Feature): string {
  for (const title of [feature.plan?.title, feature.spec?.title]) {
    const bare = withoutLabel(title ?? '');
    if (bare && !isUnfilled(bare)) return bare;
  }
  return feature.name;
}

function withoutLabel(title: string): string {
  const colon = title.indexOf(':');
  return (colon >= 0 ? title.slice(colon + 1) : title).trim();
}

/** `[FEATURE]`, `[FEATURE NAME]`, `\[FEATURE\]`: the template's placeholder, never filled in. */
function isUnfilled(title: string): boolean {
  return /^\\?\[[^\]]*\]$/.test(title);
}

function prerequisites(feature: Feature): string {
  const present = ['plan.md (required)'];
  if (feature.spec) present.push('spec.md');
  if (feature.research) present.push('research.md');
  if (feature.dataModel) present.push('data-model.md');
  if (feature.contracts.length > 0) present.push('contracts/');
  if (feature.quickstart) present.push('quickstart.md');
  return present.join(', ');
}

function phaseSection(
  plan: TaskPlan,
  phase: PlannedPhase,
  index: number,
  checked?: ReadonlySet<string>
): string[] {
  const tasks = plan.tasks.filter(task => task.phase === index);
  const lines = [
    `## Phase ${phase.number}: ${escapeTasksMdLine(phase.title)}${phase.story && isMvp(plan, phase) ? ' 🎯 MVP' : ''}`,
    ''
  ];
  if (phase.goal) lines.push(`**Goal**: ${escapeTasksMdLine(phase.goal)}`, '');
  if (phase.role === 'story') {
    const test = tasks.find(task => task.kind === 'integration-test');
    if (test)
      lines.push(`**Independent Test**: ${test.id} passes with only this story's tasks done`, '');
  }
  if (phase.role === 'tests')
    lines.push(
      `**These tests must be written, and must fail, before any implementation task.**`,
      ''
    );
  if (tasks.length === 0)
    lines.push(
      `_No tasks: ${escapeTasksMdLine(phase.emptyReason ?? 'the design documents give this phase no work')}._`
    );
  for (const task of tasks) lines.push(taskLine(plan, task, checked?.has(task.id) ?? false));
  lines.push('');
  if (phase.checkpoint) lines.push(`**Checkpoint**: ${escapeTasksMdLine(phase.checkpoint)}`, '');
  return lines;
}

function isMvp(plan: TaskPlan, phase: PlannedPhase): boolean {
  return plan.phases.find(candidate => candidate.role === 'story') === phase;
}

export function taskLine(plan: TaskPlan, task: Task, checked: boolean): string {
  const phase = plan.phases[task.phase];
  const parts = [`- [${checked ? 'x' : ' '}]`, task.id];
  if (task.parallel) parts.push('[P]');
  if (phase?.role === 'story' && task.story) parts.push(`[${task.story}]`);
  const files = task.files.map(formatPath).join(', ');
  parts.push(escapeTasksMdLine(task.description) + (files ? ` in ${files}` : ''));
  return parts.join(' ');
}

function dependencies(plan: TaskPlan): string[] {
  const lines = ['## Dependencies', ''];
  const ranges = plan.phases.map((phase, index) => ({
    phase,
    range: idRange(plan.tasks.filter(t => t.phase === index))
  }));
  const nonEmpty = ranges.filter(entry => entry.range !== undefined);
  for (let i = 1; i < nonEmpty.length; i++) {
    const before = nonEmpty[i - 1]!;
    const after = nonEmpty[i]!;
    lines.push(
      `- ${phaseName(before.phase)} (${before.range}) before ${phaseName(after.phase)} (${after.range})`
    );
  }
  for (const task of plan.tasks) {
    if (task.dependsOn.length > 0)
      lines.push(`- ${task.id} depends on ${task.dependsOn.join(', ')}`);
  }
  if (lines.length === 2) lines.push('- No task depends on another.');
  lines.push('');
  return lines;
}

function phaseName(phase: PlannedPhase): string {
  return `Phase ${phase.number} ${escapeTasksMdLine(phase.title)}`;
}

function idRange(tasks: Task[]): string | undefined {
  if (tasks.length === 0) return undefined;
  const first = tasks[0]!.id;
  const last = tasks[tasks.length - 1]!.id;
  return first === last ? first : `${first}-${last}`;
}

function dependencyGraph(plan: TaskPlan): string[] {
  const lines = ['## Dependency Graph', '', '```mermaid', 'flowchart TD'];
  const present = plan.phases.map((_, index) => plan.tasks.some(task => task.phase === index));
  plan.phases.forEach((phase, index) => {
    if (!present[index]) return;
    lines.push(
      `  subgraph phase${index + 1}["Phase ${phase.number}: ${mermaidLabel(phase.title)}"]`
    );
    for (const task of plan.tasks.filter(t => t.phase === index)) {
      lines.push(
        `    ${task.id}["${task.id}${task.parallel ? ' [P]' : ''} ${mermaidLabel(task.description)}"]`
      );
    }
    lines.push('  end');
  });
  const chain = plan.phases.map((_, index) => index).filter(index => present[index]);
  for (let i = 1; i < chain.length; i++)
    lines.push(`  phase${chain[i - 1]! + 1} --> phase${chain[i]! + 1}`);
  for (const task of plan.tasks)
    for (const id of task.dependsOn) lines.push(`  ${id} --> ${task.id}`);
  lines.push('```', '');
  return lines;
}

function parallelExamples(plan: TaskPlan): string[] {
  const lines = ['## Parallel Example', '', '```'];
  let groups = 0;
  plan.phases.forEach((phase, index) => {
    const group = plan.tasks.filter(task => task.phase === index && task.parallel);
    if (group.length < 2) return;
    if (groups++ > 0) lines.push('');
    lines.push(
      `# Phase ${phase.number}: launch ${group.map(t => t.id).join(', ')} together (different files, no unfinished dependencies):`
    );
    for (const task of group.slice(0, EXAMPLE_LIMIT)) {
      lines.push(`Task: "${exampleText(task.description + ' in ' + task.files.join(', '))}"`);
    }
    if (group.length > EXAMPLE_LIMIT)
      lines.push(`# …and ${group.length - EXAMPLE_LIMIT} more from the list above`);
  });
  if (groups === 0)
    lines.push(
      '# No two tasks of one phase can run together: each shares a file or waits for another.'
    );
  lines.push('```', '');
  return lines;
}

/** One line inside the example's code fence: a line break could start a closing ``` fence. */
function exampleText(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .join(' ')
    .split('"')
    .join("'");
}

function checklist(plan: TaskPlan): string[] {
  const lines = ['## Validation Checklist', ''];
  for (const item of validatePlan(plan)) lines.push(`- [${item.holds ? 'x' : ' '}] ${item.text}`);
  lines.push('');
  return lines;
}
