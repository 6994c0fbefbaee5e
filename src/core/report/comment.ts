/**
 * The pull-request comment the Action keeps up to date, and the job summary of `generate`: a
 * headline (features, tasks, findings by severity), then one collapsible section per feature with
 * its task list, its dependency graph and its findings.
 *
 * Pure: the Action gathers what happened (generations, checks, a commit) and this decides every
 * character. The same inputs give the same body, so an unchanged comment is never written again.
 *
 * GitHub refuses a comment over 65,536 characters. Past that the largest parts are shortened
 * first (task lists lose their last lines, finding tables their last rows, graphs go whole) until
 * the comment fits, and the comment names each part it cut.
 */
import type { CheckReport, SeverityCounts } from '../check/result.js';
import type { Finding, Severity } from '../model.js';
import { GITHUB_COMMENT_LIMIT } from './markdown.js';
import { compareText, sortFindings } from './order.js';
import { fencedBlock, safeHtmlText, safeInline } from './safe-markdown.js';
import { taskListStatus } from './task-list-status.js';
import { countsSentence, plural } from './text.js';

/**
 * What became of one feature folder: `checked`, `no-tasks` and `unreadable` for check (the folder
 * has a tasks.md, has none, has one the loader refused); `no-plan`, `created`, `updated`,
 * `unchanged` and `refused` (a tasks.md a person wrote or edited: checked, never replaced) for
 * generate.
 */
export type FeatureState =
  | 'checked'
  | 'no-tasks'
  | 'unreadable'
  | 'no-plan'
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'refused';

export interface FeatureSection {
  /** Repository-relative feature folder. */
  dir: string;
  state: FeatureState;
  /** Tasks in the generated list, or in the checked one; undefined when there is no list. */
  taskCount: number | undefined;
  /** The generated tasks.md (generate only): shown, and its Mermaid graph drawn. */
  taskList: string | undefined;
  /** The findings about the folder and the list that stands for it. */
  findings: readonly Finding[];
  /** The generated list was committed to the branch. */
  committed: boolean;
}

export interface PublishedRun {
  command: 'check' | 'generate';
  features: readonly FeatureSection[];
  /** Plain sentences said once under the headline (the commit made, a write not made and why). */
  notes: readonly string[];
  /** The run whose job summary holds everything, linked at the end. */
  runUrl: string | undefined;
}

export interface CommentOptions {
  /** The hidden first line that finds this comment again; none in a job summary. */
  marker?: string;
  /** Maximum length in UTF-16 code units (GitHub counts characters, so this errs safe). */
  maxLength?: number;
  /** The limit as the cut note names it. */
  limitText?: string;
}

const COMMENT_LIMIT_TEXT = `GitHub's ${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')}-character comment limit`;
const RUN_LINK_START = '[Full results in the job summary of this run](';

/**
 * The hidden marker of one workflow's job: two workflows, or two jobs, each keep a comment of
 * their own. The names are percent-encoded, so neither can end the HTML comment.
 */
export function commentMarker(workflow: string, job: string): string {
  return `<!-- spec-tasks:comment workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)} -->`;
}

/** Whether a comment's body is one this marker made. */
export function hasMarker(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`);
}

/**
 * Whether two bodies say the same, ignoring the link to the run that made them: a run that finds
 * nothing new leaves the comment, and its link to an earlier run with the same results, alone.
 */
export function sameCommentContent(a: string, b: string): boolean {
  return withoutRunLink(a) === withoutRunLink(b);
}

function withoutRunLink(body: string): string {
  const trimmed = body.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return lastLine.startsWith(RUN_LINK_START)
    ? trimmed.slice(0, trimmed.length - lastLine.length).trimEnd()
    : trimmed;
}

/** The sections of a check: each folder's findings, and how many tasks its list has. */
export function checkedSections(report: CheckReport): FeatureSection[] {
  return report.features.map(feature => {
    const status = taskListStatus(feature);
    return {
      dir: feature.feature,
      state: status === 'checked' ? 'checked' : status === 'missing' ? 'no-tasks' : 'unreadable',
      taskCount: feature.taskList?.tasks.length,
      taskList: undefined,
      findings: feature.findings,
      committed: false
    };
  });
}

/** The comment (or, without a marker and with a larger limit, the job summary). */
export function formatComment(run: PublishedRun, options: CommentOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const features = [...run.features].sort((a, b) => compareText(a.dir, b.dir));
  const sections = features.map(feature => sectionParts(feature, run.command));
  const render = (cap: number, shown: number): string =>
    renderBody(run, options, sections, cap, shown);
  const full = render(Infinity, sections.length);
  if (full.length <= limit) return full;
  // The largest cap under which every feature fits, parts shortened to at most that many characters.
  const largest = Math.max(0, ...sections.flatMap(parts => parts.cuttable.map(part => part.size)));
  if (render(0, sections.length).length <= limit) {
    let low = 0;
    let high = largest;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (render(middle, sections.length).length <= limit) low = middle;
      else high = middle - 1;
    }
    return render(low, sections.length);
  }
  // Too many features for even their headings: the last ones are named as left out.
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (render(0, middle).length <= limit) low = middle;
    else high = middle - 1;
  }
  return render(0, low);
}

interface Cuttable {
  size: number;
  /** The part whole, or shortened to at most `cap` characters (its own note included). */
  render(cap: number): { text: string; cut: string | undefined };
}

interface SectionParts {
  dir: string;
  summary: string;
  intro: string;
  cuttable: Cuttable[];
}

function renderBody(
  run: PublishedRun,
  options: CommentOptions,
  sections: readonly SectionParts[],
  cap: number,
  shown: number
): string {
  const cuts: string[] = [];
  const rendered = sections.slice(0, shown).map(parts => {
    const body = parts.cuttable.map(part => {
      const { text, cut } = part.size <= cap ? part.render(Infinity) : part.render(cap);
      if (cut) cuts.push(cut);
      return text;
    });
    return [
      `<details><summary>${parts.summary}</summary>`,
      parts.intro,
      ...body.filter(text => text !== ''),
      '</details>'
    ].join('\n\n');
  });
  if (shown < sections.length)
    cuts.push(
      `the sections of ${plural(sections.length - shown, 'more feature')} (${sections
        .slice(shown)
        .map(parts => safeInline(parts.dir))
        .join(', ')})`
    );
  const blocks = [
    ...(options.marker ? [options.marker] : []),
    `## spec-tasks ${run.command}`,
    headline(run),
    ...run.notes.map(note => safeInline(note)),
    ...rendered
  ];
  if (cuts.length > 0)
    blocks.push(
      `_Shortened to stay within ${options.limitText ?? COMMENT_LIMIT_TEXT}: left out ${cuts.join('; ')}.${options.marker ? ' The job summary has everything.' : ''}_`
    );
  if (run.runUrl)
    blocks.push(`${RUN_LINK_START}${run.runUrl.replace(/[()\s]/g, encodeURIComponent)})`);
  return `${blocks.join('\n\n')}\n`;
}

function headline(run: PublishedRun): string {
  const counts = countFindings(run.features);
  const tasks = run.features.reduce((sum, feature) => sum + (feature.taskCount ?? 0), 0);
  const sentence = countsSentence(counts, run.features.length).replace(/\.$/, '');
  return `${icon(counts)} **${sentence}; ${plural(tasks, 'task')}.**`;
}

function countFindings(features: readonly FeatureSection[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const feature of features) for (const found of feature.findings) counts[found.severity]++;
  return counts;
}

function icon(counts: SeverityCounts): string {
  if (counts.error > 0) return '❌';
  return counts.warning > 0 ? '⚠️' : '✅';
}

function sectionParts(feature: FeatureSection, command: PublishedRun['command']): SectionParts {
  const counts = countFindings([feature]);
  const found = counts.error + counts.warning + counts.note;
  const details = [
    ...(feature.taskCount !== undefined ? [plural(feature.taskCount, 'task')] : []),
    found === 0 ? 'no findings' : severityCounts(counts)
  ].join(' · ');
  const summary = `${icon(counts)} ${safeHtmlText(feature.dir)} · ${details}`;
  const cuttable: Cuttable[] = [];
  if (command === 'generate' && feature.taskList !== undefined) {
    cuttable.push(taskListPart(feature.dir, feature.taskList));
    const graph = mermaidGraph(feature.taskList);
    if (graph) cuttable.push(graphPart(feature.dir, graph));
  }
  cuttable.push(findingsPart(feature.dir, feature.findings));
  return { dir: feature.dir, summary, intro: stateSentence(feature), cuttable };
}

function severityCounts(counts: SeverityCounts): string {
  return (['error', 'warning', 'note'] as Severity[])
    .filter(severity => counts[severity] > 0)
    .map(severity => plural(counts[severity], severity))
    .join(', ');
}

function stateSentence(feature: FeatureSection): string {
  const tasks = plural(feature.taskCount ?? 0, 'task');
  switch (feature.state) {
    case 'checked':
      return `tasks.md checked: ${tasks}.`;
    case 'no-tasks':
      return '_No tasks.md in this folder: nothing to check._';
    case 'unreadable':
      return '_tasks.md was not read; a finding says why._';
    case 'no-plan':
      return '_No task list: the folder has no plan.md._';
    case 'created':
      return feature.committed
        ? `tasks.md created with ${tasks} and committed.`
        : `${tasks}; the folder has no tasks.md yet.`;
    case 'updated':
      return feature.committed
        ? `tasks.md regenerated with ${tasks} and committed.`
        : `${tasks}; the folder's tasks.md differs from this list.`;
    case 'unchanged':
      return `${tasks}; the folder's tasks.md is this list.`;
    case 'refused':
      return "tasks.md was written or edited by hand, so it was checked as it is and not replaced: the findings are the hand-written list's.";
  }
}

/** The generated list's Mermaid graph, drawn on its own; the list itself shows it as source. */
export function mermaidGraph(taskList: string): string | undefined {
  const lines = taskList.split('\n');
  const start = lines.indexOf('```mermaid');
  if (start < 0) return undefined;
  const end = lines.indexOf('```', start + 1);
  if (end < 0) return undefined;
  return lines.slice(start + 1, end).join('\n');
}

function taskListPart(dir: string, taskList: string): Cuttable {
  const heading = '**Task list**\n\n';
  const whole = `${heading}${fencedBlock(taskList, 'markdown')}`;
  const lines = taskList.trimEnd().split('\n');
  return {
    size: whole.length,
    render(cap) {
      if (cap >= whole.length) return { text: whole, cut: undefined };
      // Room for the heading, the fences and the longest note; dropping lines never lengthens them.
      const overhead =
        whole.length - taskList.length + 2 + linesLeftOut(lines.length, lines.length).length;
      let room = cap - overhead;
      let kept = 0;
      while (kept < lines.length && lines[kept]!.length + 1 <= room)
        room -= lines[kept++]!.length + 1;
      return {
        text: `${heading}${fencedBlock(lines.slice(0, kept).join('\n'), 'markdown')}\n\n${linesLeftOut(lines.length - kept, lines.length)}`,
        cut: `the task list of ${safeInline(dir)} after line ${kept} of ${lines.length}`
      };
    }
  };
}

function linesLeftOut(left: number, total: number): string {
  return `_${plural(left, 'more line')} of ${total} left out here._`;
}

function graphPart(dir: string, graph: string): Cuttable {
  const whole = `**Dependency graph**\n\n${fencedBlock(graph, 'mermaid')}`;
  return {
    size: whole.length,
    render(cap) {
      if (cap >= whole.length) return { text: whole, cut: undefined };
      // Half a graph does not draw: it goes whole.
      return {
        text: '_Dependency graph left out here._',
        cut: `the dependency graph of ${safeInline(dir)}`
      };
    }
  };
}

function findingsPart(dir: string, findings: readonly Finding[]): Cuttable {
  const rows = sortFindings(findings).map(findingRow);
  const header =
    '**Findings**\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |';
  const whole = rows.length === 0 ? '' : [header, ...rows].join('\n');
  return {
    size: whole.length,
    render(cap) {
      if (cap >= whole.length) return { text: whole, cut: undefined };
      let kept = 0;
      let used = header.length;
      const noteRoom = 80;
      while (kept < rows.length && used + rows[kept]!.length + 1 + noteRoom <= cap)
        used += rows[kept++]!.length + 1;
      const note = `_${plural(rows.length - kept, 'more finding')} of ${rows.length} left out here._`;
      return {
        text: `${[header, ...rows.slice(0, kept)].join('\n')}\n\n${note}`,
        cut: `${plural(rows.length - kept, 'finding')} of ${safeInline(dir)}`
      };
    }
  };
}

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  note: 'ℹ️ note'
};

function findingRow(found: Finding): string {
  const message = [
    safeInline(found.message),
    ...(found.related ?? []).map(
      related =>
        `↳ ${safeInline(`${related.location.file}:${related.location.line}`)}${related.message ? ` ${safeInline(related.message)}` : ''}`
    )
  ].join('<br>');
  const cells = [
    SEVERITY_LABEL[found.severity],
    `\`${found.ruleId.replace(/[`|]/g, '')}\``,
    safeInline(`${found.location.file}:${found.location.line}`),
    message
  ];
  return `| ${cells.join(' | ')} |`;
}
