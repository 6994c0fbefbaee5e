/**
 * Whether a task covers a design item: tests a contract, implements an endpoint, builds an
 * entity, tests a story or a quickstart scenario. These answers decide the coverage rules, which
 * fire when nothing covers an item, so they are generous on purpose: people paraphrase design
 * items in task lists, and a missed finding costs less than a false one. Endpoints a task covers
 * without naming them are in covers-endpoints.ts. (The ordering rules ask
 * the opposite question, "is this exactly the same thing?", and are strict; see rules/ordering.ts.)
 */
import type { Contract, Entity, UserStory } from '../model.js';
import { hasAllKeyWords, keyWords, sharesKeyWords } from './key-words.js';
import {
  mentionsPhrase,
  mentionsText,
  namesEndpoint,
  namesEntity,
  namesIdentifierLoosely
} from './matching.js';
import type { TaskText } from './task-text.js';
import {
  CHECKING,
  CI_CHECK_WORDS,
  CI_CONFIG_PATHS,
  CI_CONTRACT_WORDS,
  CLIENT_WORDS,
  COMMON_FIELD_WORDS,
  CONTRACT_KIND_WORDS,
  ENTITY_HEADING_TAILS,
  EVERY_STORY_PHRASES,
  EXTENDING_WORDS,
  FIELDS_NAMING_AN_ENTITY,
  NARROW_TEST_WORDS,
  QUICKSTART_WORDS,
  REFERENCE_FIELD_WORDS,
  RUNNING,
  SCENARIO_NUMBER_PREFIXES,
  STORY_NUMBER_PREFIXES
} from '../vocabulary/coverage.js';

// ---------------------------------------------------------------------------------------------
// Contracts

/** What a contract is about, computed once per check. */
export interface ContractSubject {
  contract: Contract;
  /** Key words of the file name (`auth-session.yaml` → authentication, session). */
  stemWords: string[];
  /** Key words of the title. */
  titleWords: string[];
}

export function contractSubject(contract: Contract): ContractSubject {
  const dot = contract.fileName.indexOf('.');
  const stem = dot > 0 ? contract.fileName.slice(0, dot) : contract.fileName;
  return {
    contract,
    stemWords: keyWords(stem, CONTRACT_KIND_WORDS),
    titleWords: keyWords(contract.title ?? '', CONTRACT_KIND_WORDS)
  };
}

/**
 * A test task tests a contract when it names the contract's file, what its file name or title
 * says it is about, a name the contract declares (an operation, a message, a type), or one of
 * its endpoints, by route, operationId or resource.
 */
export function testsContract(task: TaskText, subject: ContractSubject): boolean {
  const { contract } = subject;
  if (mentionsText(task, contract.fileName)) return true;
  if (hasAllKeyWords(task.keys, subject.stemWords)) return true;
  if (sharesKeyWords(task.keys, subject.titleWords)) return true;
  if (contract.names.some(name => namesIdentifierLoosely(task, name))) return true;
  return contract.endpoints.some(endpoint => namesEndpoint(task, endpoint, true));
}

/**
 * A contract that specifies CI itself (`github-actions-workflow.md`) is tested by the workflows
 * that run its checks: a task writing `.github/workflows/validate-helm.yml` for the Helm lint.
 */
export function checksThroughCi(task: TaskText, subject: ContractSubject): boolean {
  const subjectWords = [...subject.stemWords, ...subject.titleWords];
  if (!subjectWords.some(word => CI_CONTRACT_WORDS.includes(word))) return false;
  return (
    task.task.paths.some(path => {
      const lower = path.toLowerCase();
      return CI_CONFIG_PATHS.some(place => lower.includes(place));
    }) && CI_CHECK_WORDS.some(word => task.keys.has(word))
  );
}

/**
 * A contract the feature calls rather than serves: a task builds a client for it, and no task
 * implements any of its endpoints by name. Its endpoints are somebody else's to implement.
 */
export function isConsumedContract(
  subject: ContractSubject,
  implementationTasks: TaskText[]
): boolean {
  const subjectWords = [...subject.stemWords, ...subject.titleWords];
  if (subjectWords.length === 0) return false;
  const buildsClient = implementationTasks.some(
    task =>
      CLIENT_WORDS.some(word => task.keys.has(word)) &&
      subjectWords.some(word => task.keys.has(word))
  );
  if (!buildsClient) return false;
  return !subject.contract.endpoints.some(endpoint =>
    implementationTasks.some(task => namesEndpoint(task, endpoint, false))
  );
}

// ---------------------------------------------------------------------------------------------
// Entities

/** An entity with its name's key words worked out once, for every task to be held against. */
export interface EntityTarget {
  entity: Entity;
  nameWords: string[];
  /** The name's key words without a descriptive tail ("Order Line Hierarchy" → order, line). */
  headWords: string[];
  /**
   * Key words of each of its own fields (`unit_price` → unit, price): not common ones, references
   * or fields named after the entity, which other records' tasks name as well.
   */
  fieldWords: string[][];
}

export function entityTarget(entity: Entity): EntityTarget {
  const nameWords = keyWords(entity.name);
  const headWords = nameWords.filter(word => !ENTITY_HEADING_TAILS.has(word));
  const fieldWords = entity.fields
    .map(field => keyWords(field.name))
    .filter(
      (found, index, all) =>
        found.length > 0 &&
        !found.every(word => COMMON_FIELD_WORDS.has(word)) &&
        !found.some(word => REFERENCE_FIELD_WORDS.has(word) || nameWords.includes(word)) &&
        all.findIndex(other => other.join(' ') === found.join(' ')) === index
    );
  return {
    entity,
    nameWords,
    headWords: headWords.length < nameWords.length ? headWords : [],
    fieldWords
  };
}

/**
 * "Implement the scoring helper that returns grade + confidence" builds the ScoringOutcome
 * record (grade, confidence, …) without naming it: a word of its name and two of its own fields.
 */
function namesFieldsOf(task: TaskText, target: EntityTarget): boolean {
  if (target.fieldWords.length < FIELDS_NAMING_AN_ENTITY) return false;
  const ownWords = target.headWords.length > 0 ? target.headWords : target.nameWords;
  if (!ownWords.some(word => task.keys.has(word))) return false;
  let named = 0;
  for (const field of target.fieldWords) {
    if (field.every(word => task.keys.has(word))) named++;
    if (named >= FIELDS_NAMING_AN_ENTITY) return true;
  }
  return false;
}

/**
 * A task builds an entity when it names it in any spelling (`LoyaltyPointRecord`, "loyalty point
 * record", all its words in another order), by a name its section gives it (a type declared in
 * its code block, an implementation anchor), or by its name without a descriptive tail.
 */
export function buildsEntity(task: TaskText, target: EntityTarget): boolean {
  const { entity, nameWords, headWords } = target;
  if (namesEntity(task, entity)) return true;
  if (
    entity.aliases.some(alias => namesIdentifierLoosely(task, alias) || mentionsText(task, alias))
  )
    return true;
  if (nameWords.length > 1 && hasAllKeyWords(task.keys, nameWords)) return true;
  if (hasAllKeyWords(task.keys, headWords)) return true;
  if (namesFieldsOf(task, target)) return true;
  // An entity the feature extends is changed by a task that extends what it is part of:
  // "Extend shipment data structures…" changes `ShipmentLeg` (an extension).
  return (
    entity.extended &&
    EXTENDING_WORDS.some(word => task.keys.has(word)) &&
    nameWords.some(word => task.keys.has(word))
  );
}

// ---------------------------------------------------------------------------------------------
// Stories and quickstart scenarios

/** A test, or a task that checks behaviour without being written as one (see CHECKING_WORDS). */
export function checksBehaviour(task: TaskText): boolean {
  if (task.isTest) return true;
  for (const word of task.keys) if (CHECKING.has(word)) return true;
  return false;
}

/** "End-to-end tests of all user stories" covers every story. */
export function testsEveryStory(task: TaskText): boolean {
  return task.isTest && EVERY_STORY_PHRASES.some(phrase => mentionsPhrase(task, phrase));
}

/**
 * A story is tested by a checking task labelled with it, in its phase, naming it ("User Story 2",
 * "US2"), or sharing its title's key words; a spec's only story (the older "Primary User Story")
 * by any integration-level test.
 */
export function testsStory(
  task: TaskText,
  story: UserStory,
  titleWords: string[],
  storyPhase: boolean,
  onlyStory: boolean
): boolean {
  if (!checksBehaviour(task)) return false;
  if (task.task.story === story.id || storyPhase) return true;
  if (STORY_NUMBER_PREFIXES.some(prefix => mentionsPhrase(task, `${prefix}${story.number}`)))
    return true;
  if (testsEveryStory(task)) return true;
  if (onlyStory && isIntegrationLevel(task)) return true;
  return sharesKeyWords(task.keys, titleWords);
}

/** Not a unit or contract test: something that exercises the feature as a whole. */
function isIntegrationLevel(task: TaskText): boolean {
  return !NARROW_TEST_WORDS.some(word => task.keys.has(word));
}

/** A task that runs or checks quickstart.md as a whole covers every scenario in it. */
export function validatesQuickstart(task: TaskText): boolean {
  return (
    QUICKSTART_WORDS.some(word => task.keys.has(word)) &&
    (checksBehaviour(task) || RUNNING.some(word => task.keys.has(word)))
  );
}

/** A checking task naming the scenario, by its number ("Scenario 3") or its title's key words. */
export function testsScenario(task: TaskText, number: number, titleWords: string[]): boolean {
  if (validatesQuickstart(task)) return true;
  if (!checksBehaviour(task)) return false;
  if (SCENARIO_NUMBER_PREFIXES.some(prefix => mentionsPhrase(task, `${prefix}${number}`)))
    return true;
  return sharesKeyWords(task.keys, titleWords);
}
