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

/**
 * Words that make a heading, and everything under it, about building or preparing rather than
 * using the feature: "Backend Setup", "Implementation Steps", "Data Layer Implementation".
 * Quickstarts written as developer guides are full of them, and none is a scenario to test.
 */
const PREPARATION =
  /\b(?:setup|set up|installation|install|installing|prerequisites?|troubleshooting|implementation|implementing|cleanup|clean up|next steps|development|dependencies|clone|cloning|bootstrap|build|project structure|directory structure|conventions|commands|tips|debugging|deployment|common issues|known issues|issues & solutions|prerrequisitos|requisitos previos|instalación|instalar|clonar|configurar|levantar|configuración inicial)\b/i;

/** "Step 1: Create Domain Models (30 minutes)": an estimate belongs to a build step, not a scenario. */
const DURATION = /\([^)]{0,40}?\b\d{1,4}\s{0,2}(?:min|mins|minutes?|h|hrs?|hours?)\b/i;

/** A heading that names a scenario itself. Not "step": "Step 2: Create Repository Interface" is a build step. */
const SCENARIO_WORDS =
  /\b(?:scenario|tests?|testing|flows?|journey|walkthrough|use case|example|validate|verify|check)\b|시나리오|escenario/i;

/**
 * Reference material and test data, with everything under them: "Test Data" (a GPX route to load),
 * "Test Case Format", "Swagger/OpenAPI", a language tutorial's "Language Basics". They describe
 * what a scenario uses, not a scenario.
 */
const REFERENCE =
  /^(?:test |sample )?(?:data|fixtures?)$|\b(?:swagger|openapi|basics|appendix|glossary|cheat ?sheet|(?:recommended|suggested|planned) (?:tests|testing|coverage)|pruebas (?:mínimas )?recomendadas)\b|\b(?:format|formats|reference|syntax)$/i;

/**
 * Developer chores, not the feature at work: "Run Checks", "Verifying mypy and tests", "npm run
 * build passes", and running a test suite ("Backend Tests", "Manual Testing").
 */
const CHORE =
  /\b(?:run(?:ning)? (?:the )?(?:checks|tests|test suite|linters?)|mypy|ruff|eslint|lint(?:ing|ers?)?|type[- ]?check(?:s|ing)?|npm run|build passes)\b|^(?:(?:unit|integration|e2e|end-to-end|backend|frontend|manual|automated|api|ui|contract|smoke|all|the|and|running|run)\s+)*(?:tests?|testing)$/i;

/**
 * Sections whose sub-headings are scenarios even without a number or a scenario word: the
 * checks under "Failure-path quickchecks" ("Wrong fingerprint", "Revoke").
 */
const CHECKS_SECTION =
  /\b(?:failure[- ]paths?|quick ?checks?|edge cases?|error cases?|negative (?:tests|cases|paths))\b/i;

/** "Scenario 5: …", "Test 2a: …", "시나리오 1: …": the document labels its scenarios. */
const LABEL =
  /^(?:\d{1,3}[.)]\s{1,3})?(?:test\s{1,3})?(?:scenario|escenario|test|시나리오)\s{0,3}/i;
const LABEL_ID = /^(?:\d{1,3}[a-z]?|[A-Z])(?:\.\d{1,3})?\s{0,3}(?:[:.\-–—]|$)/;

function isLabelled(heading: string): boolean {
  const label = LABEL.exec(heading.trim());
  return label !== null && LABEL_ID.test(heading.trim().slice(label[0].length));
}

/**
 * A section whose numbered sub-headings are scenarios: "## Test Scenarios", "## Usage",
 * "## Walkthrough". Not "Examples": those show other tools around the feature (a web server's
 * configuration, a cron job), not the feature at work.
 */
const SCENARIO_SECTION =
  /\b(?:scenarios?|validation|verification|tests?|testing|usage|walkthrough|acceptance|user journeys?)\b/i;

export function parseQuickstart(doc: SourceDocument): {
  quickstart: Quickstart;
  findings: Finding[];
} {
  const all = sections(parseMarkdown(doc.text));
  // A developer's build guide ("Step 3: Services Layer Implementation") walks through no scenario.
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
    // ("## 1. Create a Runbook" under the title); under any other section they are its steps.
    const inScenarioSection = open.every(
      ancestor => ancestor.depth === 1 || SCENARIO_SECTION.test(ancestor.title)
    );
    const parent = open[open.length - 1];
    open.push(section);
    if (section.depth === 1 || preparing.has(section)) continue;
    const title = cleanTitle(section.title);
    if (!title || CHORE.test(title)) continue;
    const labelled = isLabelled(section.title);
    const numbered = /^(?:\d{1,3}[.)]|step\s{0,3}\d{1,3}\b)/i.test(section.title);
    const aCheck = parent !== undefined && CHECKS_SECTION.test(parent.title);
    if (
      !labelled &&
      !aCheck &&
      !SCENARIO_WORDS.test(section.title) &&
      !(numbered && inScenarioSection)
    )
      continue;
    // A parent heading such as "## Test Scenarios" groups the real ones below it.
    if (isGroupHeading(section, all)) continue;
    found.push({ scenario: { title, source: positionOf(section.heading, file) }, labelled });
  }
  // A document that labels its scenarios ("Scenario 3: …") says which headings are scenarios;
  // its other headings with a test word ("Manual Test Gate evidence") are not.
  const labelled = found.filter(entry => entry.labelled);
  return (labelled.length >= 2 ? labelled : found).map(entry => entry.scenario);
}

/** Most of the document's top-level steps are about preparing or building the code. */
function isBuildGuide(all: Section[]): boolean {
  const numbered = all.filter(
    section => section.depth > 1 && /^(?:\d{1,3}[.)]|step\s{0,3}\d{1,3}\b)/i.test(section.title)
  );
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
    // "Scenario 5: Configuration Change Test" is labelled a scenario: its words do not make it set-up.
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
  return NOT_SCENARIOS.test(title) || PREPARATION.test(title);
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
        SCENARIO_WORDS.test(child.title) ||
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
      candidate =>
        !preparing.has(candidate) && /scenario|validation|verification|test/i.test(candidate.title)
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
  const labelled =
    /^(?:test\s{1,3})?(?:scenario|escenario|시나리오|step|test|flow|use case|example)\s{0,3}[\dA-Z]{0,3}(?:\.\d{1,3})?\s{0,3}[:.\-–—]\s{0,3}/i.exec(
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
