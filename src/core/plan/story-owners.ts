/**
 * In spec-kit's user-story layout each entity, contract and endpoint belongs to the earliest
 * story that needs it, or to Foundational when several stories share it (or none names it).
 * "Needs" means the story's title or acceptance scenarios name the thing. Where several stories
 * name an endpoint's resource, the one whose title (or a "When" step) names it together with the
 * endpoint's action (create, view, update, delete) owns it: "Alta de palé" owns
 * `POST /pales`, "Consulta de palés" the GETs.
 */
import type { Contract, Endpoint, Entity, Feature, UserStory } from '../model.js';
import { singular, words } from '../text/words.js';
import { OPERATION_VERB_ACTIONS, STORY_ACTION_VERBS } from '../vocabulary/plan-items.js';

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
  const endpointNeeds = (endpoint: Endpoint) => {
    const names = endpointNames(endpoint);
    const ids = needing(names);
    if (ids.length < 2) return ids;
    const acting = actingStory(
      stories.filter(story => ids.includes(story.id)),
      names,
      endpointAction(endpoint)
    );
    return acting ? [acting] : ids;
  };
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

type Action = keyof typeof STORY_ACTION_VERBS;

/**
 * Of the stories that name an endpoint's resource, the one that does its action to it: its title
 * names both, or else one of its "When" steps does. Any doubt (no action, two such stories)
 * leaves the endpoint shared.
 */
function actingStory(
  candidates: UserStory[],
  names: string[],
  action: Action | undefined
): string | undefined {
  if (!action) return undefined;
  const acts = (text: string) => {
    const padded = ' ' + words(text).map(singular).join(' ') + ' ';
    return (
      names.some(name => containsPhrase(padded, name)) &&
      words(text).some(word => verbAction(word) === action)
    );
  };
  const byTitle = candidates.filter(story => acts(story.title));
  if (byTitle.length > 0) return byTitle.length === 1 ? byTitle[0]!.id : undefined;
  const byStep = candidates.filter(story =>
    story.scenarios.some(scenario => scenario.when !== undefined && acts(scenario.when))
  );
  return byStep.length === 1 ? byStep[0]!.id : undefined;
}

/**
 * What an endpoint does to its resource. A POST creates only when it goes to a collection
 * (`POST /pales`, `POST /shipments/{id}/labels`); `POST /kilns/{id}/fire` is an action of its own.
 */
function endpointAction(endpoint: Endpoint): Action | undefined {
  const operationVerb = endpoint.operationId ? words(endpoint.operationId)[0] : undefined;
  if (endpoint.kind === 'http') {
    const method = endpoint.method?.toUpperCase();
    if (method === 'GET') return 'read';
    if (method === 'PUT' || method === 'PATCH') return 'update';
    if (method === 'DELETE') return 'delete';
    if (method !== 'POST') return undefined;
    if (operationVerb !== undefined) return OPERATION_VERB_ACTIONS[operationVerb];
    const last = endpoint.path.split('/').filter(Boolean).pop() ?? '';
    const collection = /^[\p{L}\d_-]+$/u.test(last) && singular(last) !== last;
    return collection && last === endpoint.resource ? 'create' : undefined;
  }
  if (endpoint.kind === 'graphql') {
    if (endpoint.method === 'QUERY') return 'read';
    const fieldVerb = operationVerb ?? words(endpoint.path)[0];
    return endpoint.method === 'MUTATION' && fieldVerb
      ? OPERATION_VERB_ACTIONS[fieldVerb]
      : undefined;
  }
  return undefined;
}

const ACTION_OF_WORD = new Map(
  (Object.entries(STORY_ACTION_VERBS) as [Action, string][]).flatMap(([action, verbs]) =>
    verbs.split(' ').map(verb => [verb, action] as const)
  )
);

function verbAction(word: string): Action | undefined {
  return ACTION_OF_WORD.get(word.normalize('NFD').replace(/\p{M}/gu, ''));
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
