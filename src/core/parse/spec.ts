/**
 * spec.md → user stories (both spec-kit formats), their Given/When/Then scenarios, FR/SC
 * requirements and Key Entities, each with its position.
 */
import type { List, ListItem, RootContent } from 'mdast';
import type {
  AcceptanceScenario,
  Finding,
  KeyEntity,
  Requirement,
  SourceDocument,
  Spec,
  UserStory
} from '../model.js';
import {
  ACCEPTANCE_SECTION,
  KEY_ENTITIES_SECTION,
  OPENS_WITH_GIVEN,
  PRIMARY_STORY_SECTION,
  PRIORITY_ASIDE,
  RELATIONSHIP_LABEL,
  REQUIREMENT_ID,
  SCENARIO_GIVEN,
  SCENARIO_GROUP,
  SCENARIO_THEN,
  SCENARIO_WHEN,
  SPEC_TITLE_PREFIX,
  STORY_HEADING
} from '../vocabulary/documents.js';
import { outline, plainText, positionOf, type Section } from './markdown.js';

export function parseSpec(doc: SourceDocument): { spec: Spec; findings: Finding[] } {
  const { root, sections: all, title: h1 } = outline(doc.text);
  return {
    spec: {
      title: h1 ? stripPrefix(h1.title, SPEC_TITLE_PREFIX) : undefined,
      stories: userStories(all, doc.path),
      requirements: requirements(root.children, doc.path),
      keyEntities: keyEntities(all, doc.path)
    },
    findings: []
  };
}

function stripPrefix(text: string, prefix: string): string {
  const colon = text.indexOf(':');
  return colon > 0 && text.slice(0, colon).trim().toLowerCase() === prefix
    ? text.slice(colon + 1).trim()
    : text.trim();
}

// ---------------------------------------------------------------------------------------------
// User stories

/** `User Story 2 - Title (Priority: P1)`, with `—`, `:` or `–` separators, bold or not. */
export function readStoryHeading(
  title: string
): { number: number; title: string; priority: string | undefined } | undefined {
  const match = STORY_HEADING.exec(title.trim());
  if (!match) return undefined;
  let rest = match[2]!.trim();
  let priority: string | undefined;
  const open = rest.lastIndexOf('(');
  if (open >= 0) {
    const inner = rest.slice(
      open + 1,
      rest.indexOf(')', open) < 0 ? undefined : rest.indexOf(')', open)
    );
    const p = /\bP(\d{1,2})\b/.exec(inner);
    if (p && PRIORITY_ASIDE.test(inner)) {
      priority = `P${p[1]}`;
      rest = rest.slice(0, open).trim();
    }
  }
  rest = cutAtEmoji(rest).trim();
  return { number: Number(match[1]), title: rest || `User Story ${match[1]}`, priority };
}

/** `Title 🎯 MVP` → `Title`; letters of any script (`선반 정리`, `书架管理`) are kept. */
function cutAtEmoji(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code >= 0x2600 && /\p{So}/u.test(String.fromCodePoint(code))) return text.slice(0, i);
  }
  return text;
}

function userStories(all: Section[], file: string): UserStory[] {
  const stories: UserStory[] = [];
  for (const section of all) {
    const heading = readStoryHeading(section.title);
    if (!heading || stories.some(story => story.number === heading.number)) continue;
    stories.push({
      id: `US${heading.number}`,
      number: heading.number,
      title: heading.title,
      priority: heading.priority,
      scenarios: scenariosIn(section.content, file),
      source: positionOf(section.heading, file)
    });
  }
  if (stories.length > 0) return stories;
  const primary = all.find(section => PRIMARY_STORY_SECTION.test(section.title));
  if (!primary) return [];
  const acceptance = all.find(section => ACCEPTANCE_SECTION.test(section.title));
  const grouped = acceptance ? scenarioGroups(all, acceptance, file) : [];
  if (grouped.length >= 2) return grouped;
  return [
    {
      id: 'US1',
      number: 1,
      title: primaryTitle(primary),
      priority: undefined,
      scenarios: scenariosIn(acceptance?.content ?? primary.content, file),
      source: positionOf(primary.heading, file)
    }
  ];
}

/**
 * Acceptance scenarios numbered in groups under the one unnamed story (`#### Scenario 1: Client
 * sign-in`, `#### Scenario 2: Batch upload`), each with its own Given/When/Then: each group is a
 * story a team tests on its own, named by its title rather than by the story's first sentence.
 */
function scenarioGroups(all: Section[], acceptance: Section, file: string): UserStory[] {
  const stories: UserStory[] = [];
  for (const section of all.slice(all.indexOf(acceptance) + 1)) {
    if (section.depth <= acceptance.depth) break;
    const group = SCENARIO_GROUP.exec(section.title);
    if (!group) continue;
    const number = Number(group[1]);
    const scenarios = scenariosIn(section.content, file);
    if (scenarios.length === 0 || stories.some(story => story.number === number)) continue;
    stories.push({
      id: `US${number}`,
      number,
      title: group[2]!.trim(),
      priority: undefined,
      scenarios,
      source: positionOf(section.heading, file)
    });
  }
  return stories;
}

/** The older format has one unnamed story: its first sentence is the best title there is. */
function primaryTitle(section: Section): string {
  const paragraph = section.body.find(node => node.type === 'paragraph');
  if (!paragraph) return 'Primary User Story';
  const text = plainText(paragraph).split('\n').join(' ').trim();
  const end = text.search(/[.!?](?:\s|$)/);
  const sentence = (end > 0 ? text.slice(0, end) : text).trim();
  return sentence.length > 100
    ? `${sentence.slice(0, sentence.lastIndexOf(' ', 100))}…`
    : sentence || 'Primary User Story';
}

function scenariosIn(nodes: RootContent[], file: string): AcceptanceScenario[] {
  const scenarios: AcceptanceScenario[] = [];
  const add = (node: RootContent | ListItem) => {
    const text = plainText(node).split('\n').join(' ').trim();
    if (!SCENARIO_GIVEN.test(text) || !SCENARIO_THEN.test(text)) return;
    scenarios.push({ ...givenWhenThen(text), text, source: positionOf(node, file) });
  };
  for (const node of nodes) {
    if (node.type === 'list') node.children.forEach(add);
    // Some specs write each scenario as its own paragraph: `**Given** …, **When** …, **Then** …`.
    else if (node.type === 'paragraph' && OPENS_WITH_GIVEN.test(plainText(node).trim())) add(node);
  }
  return scenarios;
}

function givenWhenThen(text: string): Pick<AcceptanceScenario, 'given' | 'when' | 'then'> {
  // Positions are found in the lower-cased text, as the words are.
  const lower = text.toLowerCase();
  const [given, when, then] = [SCENARIO_GIVEN, SCENARIO_WHEN, SCENARIO_THEN].map(word =>
    word.exec(lower)
  );
  const at = (found: RegExpExecArray | null | undefined) => found?.index ?? -1;
  const part = (found: RegExpExecArray | null | undefined, end: number) => {
    if (!found) return undefined;
    const start = found.index;
    return clean(text.slice(start + found[0].length, end < 0 || end < start ? undefined : end));
  };
  return {
    given: part(given, at(when) >= 0 ? at(when) : at(then)),
    when: part(when, at(then)),
    then: part(then, -1)
  };
}

function clean(text: string): string {
  let result = text.trim();
  while (result.endsWith(',')) result = result.slice(0, -1).trim();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Requirements and key entities

function requirements(nodes: RootContent[], file: string): Requirement[] {
  const found: Requirement[] = [];
  const visitList = (list: List) => {
    for (const item of list.children) {
      const requirement = readRequirement(item, file);
      if (requirement && !found.some(existing => existing.id === requirement.id))
        found.push(requirement);
      for (const child of item.children) if (child.type === 'list') visitList(child);
    }
  };
  for (const node of nodes) if (node.type === 'list') visitList(node);
  return found;
}

function readRequirement(item: ListItem, file: string): Requirement | undefined {
  const first = item.children[0];
  if (!first || first.type !== 'paragraph') return undefined;
  const text = plainText(first).split('\n').join(' ').trim();
  const match = REQUIREMENT_ID.exec(text);
  if (!match) return undefined;
  return {
    id: match[1]!.toUpperCase(),
    text: text.slice(match[0].length).trim(),
    source: positionOf(item, file)
  };
}

function keyEntities(all: Section[], file: string): KeyEntity[] {
  const section = all.find(candidate => KEY_ENTITIES_SECTION.test(candidate.title));
  if (!section) return [];
  const entities: KeyEntity[] = [];
  for (const node of section.body) {
    // `**Relationships**:` and its list describe links between the entities above, not entities.
    if (node.type === 'paragraph' && RELATIONSHIP_LABEL.test(plainText(node).trim())) break;
    if (node.type !== 'list') continue;
    for (const item of node.children) {
      const text = plainText(item).split('\n').join(' ').trim();
      const colon = text.search(/[:—–]| - /);
      const name = (colon > 0 ? text.slice(0, colon) : text).trim();
      if (!name || name.length > 60) continue;
      entities.push({
        name,
        description:
          colon > 0
            ? text
                .slice(colon + 1)
                .replace(/^\s{0,2}-?\s{0,2}/, '')
                .trim()
            : '',
        source: positionOf(item, file)
      });
    }
  }
  return entities;
}
