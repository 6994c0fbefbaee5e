/**
 * In spec-kit's user-story layout each entity, contract and endpoint belongs to the earliest
 * story that needs it, or to Foundational when several stories share it (or none names it).
 * "Needs" means the story's title or acceptance scenarios name the thing.
 */
import type { Contract, Endpoint, Entity, Feature, UserStory } from '../model.js';
import { words } from './naming.js';

export interface StoryOwners {
  /** Stories in the order their phases run: priority, then number. */
  stories: UserStory[];
  entity(entity: Entity): string | undefined;
  contract(contract: Contract): string | undefined;
  endpoint(contract: Contract, endpoint: Endpoint): string | undefined;
}

export function storyOrder(stories: UserStory[]): UserStory[] {
  return [...stories].sort((a, b) => priorityRank(a) - priorityRank(b) || a.number - b.number);
}

function priorityRank(story: UserStory): number {
  const digits = story.priority?.replace(/\D/g, '');
  return digits ? Number(digits) : Number.MAX_SAFE_INTEGER;
}

export function storyOwners(feature: Feature): StoryOwners {
  const stories = storyOrder(feature.spec?.stories ?? []);
  const texts = stories.map(story => ({
    id: story.id,
    text: ' ' + storyWords(story).join(' ') + ' '
  }));
  const needing = (names: string[]) =>
    texts
      .filter(story => names.some(name => containsPhrase(story.text, name)))
      .map(story => story.id);
  const single = (ids: string[]) => (ids.length === 1 ? ids[0] : undefined);
  const endpointNeeds = (endpoint: Endpoint) => needing(endpointNames(endpoint));
  return {
    stories,
    entity: entity => single(needing([entity.name])),
    endpoint: (contract, endpoint) => {
      const own = endpointNeeds(endpoint);
      if (own.length > 0) return single(own);
      return contractOwner(contract);
    },
    contract: contract => contractOwner(contract)
  };

  function contractOwner(contract: Contract): string | undefined {
    const ids = new Set(contract.endpoints.flatMap(endpointNeeds));
    if (ids.size === 0) for (const id of needing([stem(contract.fileName)])) ids.add(id);
    return single([...ids]);
  }
}

function storyWords(story: UserStory): string[] {
  const text = [story.title, ...story.scenarios.map(scenario => scenario.text)].join(' ');
  return words(text).map(singular);
}

function endpointNames(endpoint: Endpoint): string[] {
  const names = [endpoint.resource];
  if (endpoint.operationId) names.push(endpoint.operationId);
  return names.filter(name => words(name).length > 0);
}

/** True when every word of `name` appears, in order and adjacent, in the padded word string. */
function containsPhrase(paddedText: string, name: string): boolean {
  const phrase = words(name).map(singular).join(' ');
  return phrase.length > 1 && paddedText.includes(' ' + phrase + ' ');
}

function stem(fileName: string): string {
  const dot = fileName.indexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Enough stemming that "events" in a story finds the `Event` entity. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
