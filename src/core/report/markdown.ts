/**
 * The report as GitHub-flavoured Markdown, for a pull-request comment or a job summary: counts, a
 * findings table, and per feature a coverage table of which tasks cover each design item.
 *
 * Every cell holds text from the pull request, so it is escaped to stay inside its cell and to
 * render as text, never as HTML or links. A comment is limited to 65536 characters; past that the
 * tables are cut and say how many rows they left out.
 */
import type { CheckReport, CoverageItem, FeatureCheck } from '../check/result.js';
import type { Finding, RelatedLocation, Severity, SourcePosition } from '../model.js';
import { allFindings, sortFeatures } from './order.js';
import { taskListStatus } from './task-list-status.js';
import { safeInline } from './safe-markdown.js';
import { countsSentence } from './text.js';

export const GITHUB_COMMENT_LIMIT = 65536;

export interface MarkdownReportOptions {
  /** Maximum length in UTF-16 code units; GitHub counts characters, so this errs on the safe side. */
  maxLength?: number;
}

interface TextBlock {
  kind: 'text';
  text: string;
}

interface TableBlock {
  kind: 'table';
  header: string;
  rows: string[];
}

type Block = TextBlock | TableBlock;

const SEVERITY_LABEL: Record<Severity, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  note: 'ℹ️ note'
};

export function formatMarkdown(report: CheckReport, options: MarkdownReportOptions = {}): string {
  const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const blocks = reportBlocks(report);
  const full = render(blocks, blocks.map(rowCount));
  if (full.length <= limit) return full;
  return hardCut(render(blocks, fitRows(blocks, limit)), limit);
}

function reportBlocks(report: CheckReport): Block[] {
  const findings = allFindings(report);
  const blocks: Block[] = [
    { kind: 'text', text: '## spec-tasks check' },
    { kind: 'text', text: summaryLine(report, findings.length) }
  ];
  if (findings.length > 0)
    blocks.push({
      kind: 'table',
      header: '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |',
      rows: findings.map(findingRow)
    });
  for (const feature of sortFeatures(report.features)) blocks.push(...featureBlocks(feature));
  return blocks;
}

function summaryLine(report: CheckReport, findingCount: number): string {
  const sentence = countsSentence(report.counts, report.features.length);
  if (findingCount === 0) return `✅ ${sentence}`;
  return `${report.counts.error > 0 ? '❌' : '⚠️'} ${sentence}`;
}

function findingRow(found: Finding): string {
  const message = [
    safeInline(found.message),
    ...(found.related ?? []).map(related => `↳ ${relatedText(related)}`)
  ].join('<br>');
  return tableRow([
    SEVERITY_LABEL[found.severity],
    `\`${found.ruleId.replace(/[`|]/g, '')}\``,
    safeInline(lineOf(found.location)),
    message
  ]);
}

function relatedText(related: RelatedLocation): string {
  const where = safeInline(lineOf(related.location));
  return related.message ? `${where} ${safeInline(related.message)}` : where;
}

function lineOf(at: SourcePosition): string {
  return `${at.file}:${at.line}`;
}

function featureBlocks(feature: FeatureCheck): Block[] {
  const heading: Block = {
    kind: 'text',
    text: `### Coverage: ${safeInline(feature.feature)}`
  };
  const status = taskListStatus(feature);
  if (status === 'missing')
    return [heading, { kind: 'text', text: '_No tasks.md in this folder: nothing to check._' }];
  if (status === 'refused')
    return [heading, { kind: 'text', text: '_tasks.md was not read; see the findings above._' }];
  if (feature.coverage.length === 0)
    return [
      heading,
      { kind: 'text', text: '_No contracts, entities, endpoints, stories or scenarios to cover._' }
    ];
  return [
    heading,
    {
      kind: 'table',
      header: '| Kind | Item | Tasks |\n| --- | --- | --- |',
      rows: feature.coverage.map(coverageRow)
    }
  ];
}

function coverageRow(item: CoverageItem): string {
  const tasks = item.tasks.length > 0 ? item.tasks.map(safeInline).join(', ') : '⚠️ —';
  return tableRow([item.kind, safeInline(item.name), tasks]);
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function rowCount(block: Block): number {
  return block.kind === 'table' ? block.rows.length : 0;
}

function render(blocks: readonly Block[], kept: readonly number[]): string {
  return `${blocks.map((block, index) => renderBlock(block, kept[index]!)).join('\n\n')}\n`;
}

function renderBlock(block: Block, kept: number): string {
  if (block.kind === 'text') return block.text;
  const lines = [block.header, ...block.rows.slice(0, kept)];
  const left = block.rows.length - kept;
  if (left > 0) lines.push('', omittedNote(left));
  return lines.join('\n');
}

function omittedNote(left: number): string {
  return `_${left} more row${left === 1 ? '' : 's'} left out to stay within GitHub's ${GITHUB_COMMENT_LIMIT}-character comment limit._`;
}

/**
 * How many rows of each table fit, earlier tables first: findings matter more than coverage.
 * Each table's room for its note is reserved up front at its longest, so the result always fits.
 */
function fitRows(blocks: readonly Block[], limit: number): number[] {
  const skeleton = blocks.map(block =>
    block.kind === 'table' ? renderBlock(block, 0) : block.text
  );
  let room = limit - `${skeleton.join('\n\n')}\n`.length;
  let full = true;
  return blocks.map(block => {
    if (block.kind === 'text') return 0;
    let kept = 0;
    for (const row of block.rows) {
      const cost = row.length + 1;
      if (!full || cost > room) {
        full = false;
        break;
      }
      room -= cost;
      kept++;
    }
    return kept;
  });
}

/** Only when even the tables' headers do not fit, as with thousands of feature folders. */
function hardCut(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const note = "\n\n_Report cut to stay within GitHub's comment limit._\n";
  const cut = text.slice(0, Math.max(0, limit - note.length));
  return `${cut.slice(0, cut.lastIndexOf('\n') + 1).trimEnd()}${note}`;
}
