/**
 * quickstart.md → the scenarios a person walks through: headings that name a scenario, step or
 * test, else the top-level numbered items of a scenarios/validation section. Set-up and
 * reference sections (prerequisites, installation, troubleshooting…) are not scenarios.
 */
import type { ListItem } from 'mdast';
import type { Finding, Quickstart, Scenario, SourceDocument } from '../model.js';
import {
  CHECKS_SECTION,
  CHORE,
  DURATION,
  NOT_SCENARIO_SECTION,
  NUMBERED_HEADING,
  PREPARATION,
  REFERENCE,
  SCENARIO_HEADING,
  SCENARIO_LABEL,
  SCENARIO_LIST_SECTION,
  SCENARIO_SECTION,
  TITLE_LABEL
} from '../vocabulary/documents-quickstart.js';
import { parseMarkdown, plainText, positionOf, sections, type Section } from './markdown.js';

/** The number or letter after a scenario label: `5:`, `2a.`, `B —`. */
const LABEL_ID = /^(?:\d{1,3}[a-z]?|[A-Z])(?:\.\d{1,3})?\s{0,3}(?:[:.\-–—]|$)/;

function isLabelled(heading: string): boolean {
  const label = SCENARIO_LABEL.exec(heading.trim());
  return label !== null && LABEL_ID.test(heading.trim().slice(label[0].length));
}

export function parseQuickstart(doc: SourceDocument): {
  quickstart: Quickstart;
  findings: Finding[];
} {
  const all = sections(parseMarkdown(doc.text));
  // A developer's build guide ("Step 3: Storage Layer Implementation") walks through no scenario.
  if (isBuildGuide(all)) return { quickstart: { scenarios: [] }, findings: [] };
  const fromHeadings = headingScenarios(all, doc.path);
  const scenarios = fromHeadings.length > 0 ? fromHeadings : listScenarios(all, doc.path);
  return { quickstart: { scenarios: dedupe(scenarios) }, findings: [] };
}

function headingScenarios(all: Section[], file: string): Scenario[] {
  const found: { scenario: Scenario; labelled: boolean }[] = [];
  const preparing = preparationSections(all);
  const open: Section[] = [];
  for (const section of all) {
    while (open.length > 0 && open[open.length - 1]!.depth >= section.depth) open.pop();
    // Numbered headings are scenarios in a scenarios section, or as the document's own top level
    // ("## 1. Create a Shelf" under the title); under any other section they are its steps.
    const inScenarioSection = open.every(
      ancestor => ancestor.depth === 1 || SCENARIO_SECTION.test(ancestor.title)
    );
    const parent = open[open.length - 1];
    open.push(section);
    if (section.depth === 1 || preparing.has(section)) continue;
    const title = cleanTitle(section.title);
    if (!title || CHORE.test(title)) continue;
    const labelled = isLabelled(section.title);
    const numbered = NUMBERED_HEADING.test(section.title);
    const aCheck = parent !== undefined && CHECKS_SECTION.test(parent.title);
    if (
      !labelled &&
      !aCheck &&
      !SCENARIO_HEADING.test(section.title) &&
      !(numbered && inScenarioSection)
    )
      continue;
    // A parent heading such as "## Test Scenarios" groups the real ones below it.
    if (isGroupHeading(section, all)) continue;
    found.push({ scenario: { title, source: positionOf(section.heading, file) }, labelled });
  }
  // A document that labels its scenarios ("Scenario 3: …") says which headings are scenarios;
  // its other headings with a test word ("Manual Test Notes for reviewers") are not.
  const labelled = found.filter(entry => entry.labelled);
  return (labelled.length >= 2 ? labelled : found).map(entry => entry.scenario);
}

/** Most of the document's top-level steps are about preparing or building the code. */
function isBuildGuide(all: Section[]): boolean {
  const numbered = all.filter(section => section.depth > 1 && NUMBERED_HEADING.test(section.title));
  const top = Math.min(...numbered.map(section => section.depth));
  const steps = numbered.filter(section => section.depth === top);
  const building = steps.filter(
    step => PREPARATION.test(cleanTitle(step.title)) || DURATION.test(step.title)
  );
  return steps.length >= 4 && building.length * 2 >= steps.length;
}

/** Sections about preparing or building, with everything under them. */
function preparationSections(all: Section[]): Set<Section> {
  const preparing = new Set<Section>();
  const open: Section[] = [];
  for (const section of all) {
    while (open.length > 0 && open[open.length - 1]!.depth >= section.depth) open.pop();
    const title = cleanTitle(section.title);
    // "Scenario 5: Settings Change Test" is labelled a scenario: its words do not make it set-up.
    const ownWords =
      !isLabelled(section.title) && (isPreparation(title) || DURATION.test(section.title));
    if (
      section.depth > 1 &&
      (open.some(ancestor => preparing.has(ancestor)) || ownWords || REFERENCE.test(title))
    )
      preparing.add(section);
    open.push(section);
  }
  return preparing;
}

function isPreparation(title: string): boolean {
  return NOT_SCENARIO_SECTION.test(title) || PREPARATION.test(title);
}

function isGroupHeading(section: Section, all: Section[]): boolean {
  const hasChildren = section.content.some(node => node.type === 'heading');
  if (!hasChildren) return false;
  const children = all.filter(
    other => other.depth === section.depth + 1 && section.content.includes(other.heading)
  );
  return (
    CHECKS_SECTION.test(section.title) ||
    children.some(
      child =>
        SCENARIO_HEADING.test(child.title) ||
        isLabelled(child.title) ||
        /^\d{1,3}[.)]\s/.test(child.title)
    )
  );
}

function listScenarios(all: Section[], file: string): Scenario[] {
  const preparing = preparationSections(all);
  // Without such a section, numbered steps right under the title are the walkthrough itself.
  const section =
    all.find(
      candidate => !preparing.has(candidate) && SCENARIO_LIST_SECTION.test(candidate.title)
    ) ?? all.find(candidate => candidate.depth === 1);
  if (!section) return [];
  const scenarios: Scenario[] = [];
  for (const node of section.body) {
    if (node.type !== 'list' || !node.ordered) continue;
    for (const item of node.children) {
      const title = cleanTitle(firstSentence(item));
      if (title && !CHORE.test(title)) scenarios.push({ title, source: positionOf(item, file) });
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
  const labelled = TITLE_LABEL.exec(title);
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
