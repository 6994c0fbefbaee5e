/**
 * quickstart.md → the scenarios a person walks through: headings that name a scenario, step or
 * test, else the top-level numbered items of a scenarios/validation section. Set-up and
 * reference sections (prerequisites, installation, troubleshooting…) are not scenarios.
 */
import type { ListItem } from 'mdast';
import type { Finding, Quickstart, Scenario, SourceDocument } from '../model.js';
import { parseMarkdown, plainText, positionOf, sections, type Section } from './markdown.js';

const NOT_SCENARIOS =
  /^(?:prerequisites?|requirements|setup|set up|installation|install|configuration|troubleshooting|overview|introduction|summary|cleanup|clean up|next steps|references?|notes?|see also|environment|success criteria|expected results?|validation checklist|checklist|table of contents|contents|faq|resources|tips)\b/i;

const SCENARIO_WORDS =
  /\b(?:scenario|step|test|flow|journey|walkthrough|use case|example|validate|verify|check)\b/i;

export function parseQuickstart(doc: SourceDocument): {
  quickstart: Quickstart;
  findings: Finding[];
} {
  const all = sections(parseMarkdown(doc.text));
  const fromHeadings = headingScenarios(all, doc.path);
  const scenarios = fromHeadings.length > 0 ? fromHeadings : listScenarios(all, doc.path);
  return { quickstart: { scenarios: dedupe(scenarios) }, findings: [] };
}

function headingScenarios(all: Section[], file: string): Scenario[] {
  const scenarios: Scenario[] = [];
  for (const section of all) {
    if (section.depth === 1) continue;
    const title = cleanTitle(section.title);
    if (!title || NOT_SCENARIOS.test(title)) continue;
    if (!SCENARIO_WORDS.test(section.title) && !/^\d{1,3}[.)]\s/.test(section.title)) continue;
    // A parent heading such as "## Test Scenarios" groups the real ones below it.
    if (isGroupHeading(section, all)) continue;
    scenarios.push({ title, source: positionOf(section.heading, file) });
  }
  return scenarios;
}

function isGroupHeading(section: Section, all: Section[]): boolean {
  const hasChildren = section.content.some(node => node.type === 'heading');
  if (!hasChildren) return false;
  const children = all.filter(
    other => other.depth === section.depth + 1 && section.content.includes(other.heading)
  );
  return children.some(
    child => SCENARIO_WORDS.test(child.title) || /^\d{1,3}[.)]\s/.test(child.title)
  );
}

function listScenarios(all: Section[], file: string): Scenario[] {
  // Without such a section, numbered steps right under the title are the walkthrough itself.
  const section =
    all.find(candidate => /scenario|validation|verification|test/i.test(candidate.title)) ??
    all.find(candidate => candidate.depth === 1);
  if (!section) return [];
  const scenarios: Scenario[] = [];
  for (const node of section.body) {
    if (node.type !== 'list' || !node.ordered) continue;
    for (const item of node.children) {
      const title = cleanTitle(firstSentence(item));
      if (title) scenarios.push({ title, source: positionOf(item, file) });
    }
  }
  return scenarios;
}

/** A step's first sentence, even when soft-wrapped over lines; its sub-steps are not its title. */
function firstSentence(item: ListItem): string {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return '';
  const text = plainText(first).split('\n').join(' ').trim();
  const end = text.search(/[.!?;](?:\s|$)/);
  if (end < 0) return text;
  return text.slice(0, text[end] === ';' ? end : end + 1);
}

/** `Scenario 2: Reset the counters` → `Reset the counters`; `3. Create a user` → `Create a user`. */
export function cleanTitle(heading: string): string {
  let title = heading.trim();
  const numbered = /^\d{1,3}(?:\.\d{1,3})*[.)]?\s{1,3}/.exec(title);
  if (numbered) title = title.slice(numbered[0].length);
  const labelled =
    /^(?:test\s{1,3})?(?:scenario|step|test|flow|use case|example)\s{0,3}[\dA-Z]{0,3}(?:\.\d{1,3})?\s{0,3}[:.\-–—]\s{0,3}/i.exec(
      title
    );
  if (labelled && labelled[0].length < title.length) title = title.slice(labelled[0].length);
  return title.trim();
}

function dedupe(scenarios: Scenario[]): Scenario[] {
  const seen = new Set<string>();
  return scenarios.filter(scenario => {
    const key = scenario.title.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
