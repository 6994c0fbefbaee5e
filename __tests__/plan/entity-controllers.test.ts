import { describe, expect, it } from '@jest/globals';
import type { Contract, Feature } from '../../src/core/model.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import { endpointTasks } from '../../src/core/plan/rules/endpoints.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { contract, endpoint, entity, feature } from '../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

/** A feature in `language` with this tree, the entities Kennel and Stay, and these contracts. */
function featureWith(language: string, tree: string[], contracts: Contract[]): Feature {
  const text = [
    '# Implementation Plan: Kennel Bookings',
    '',
    '## Technical Context',
    '',
    `**Language/Version**: ${language}`,
    '',
    '## Project Structure',
    '',
    '```text',
    ...tree,
    '```',
    ''
  ].join('\n');
  const { plan } = parsePlan({ path: 'specs/001-kennels/plan.md', relativePath: 'plan.md', text });
  return feature({
    name: '001-kennels',
    plan,
    contracts,
    dataModel: { entities: [entity('Kennel'), entity('Stay')], relationships: [] }
  });
}

function endpointFiles(model: Feature): string[] {
  const context = {
    feature: model,
    template: builtIn,
    layout: resolveLayout(model, builtIn),
    owners: storyOwners(model)
  };
  return endpointTasks(context).map(draft => draft.files[0]!);
}

const api = contract('kennels-api.yaml', [
  endpoint('GET', '/kennels'),
  endpoint('GET', '/kennels/{id}/history'),
  endpoint('POST', '/kennels/{id}/stays'),
  endpoint('GET', '/health')
]);

describe('endpoints: a controller per entity where the plan has a folder of controllers', () => {
  it('serves each endpoint from the controller of the entity whose collection it sits under', () => {
    const model = featureWith(
      'Java 21',
      ['src/main/java/org/kennels/', '├── model/', '└── controller/'],
      [api]
    );
    expect(endpointFiles(model)).toEqual([
      'src/main/java/org/kennels/controller/KennelController.java',
      'src/main/java/org/kennels/controller/KennelController.java',
      'src/main/java/org/kennels/controller/StayController.java',
      // No entity to name it for: the contract's own controller.
      'src/main/java/org/kennels/controller/KennelsApiController.java'
    ]);
  });

  it('keeps the contract’s one file where the folder is not one of controllers', () => {
    const model = featureWith(
      'Java 21',
      ['src/main/java/org/kennels/', '├── model/', '└── api/'],
      [api]
    );
    expect(new Set(endpointFiles(model))).toEqual(
      new Set(['src/main/java/org/kennels/api/KennelsApiController.java'])
    );
  });

  it('keeps the controller the plan names for the contract', () => {
    const model = featureWith(
      'Java 21',
      [
        'src/main/java/org/kennels/',
        '├── model/',
        '└── controller/',
        '    └── BookingController.java   # kennels and stays'
      ],
      [api]
    );
    expect(new Set(endpointFiles(model))).toEqual(
      new Set(['src/main/java/org/kennels/controller/BookingController.java'])
    );
  });
});
