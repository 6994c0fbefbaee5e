import { describe, expect, it } from '@jest/globals';
import type { Feature } from '../../src/core/model.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import { partModelTasks } from '../../src/core/plan/rules/part-models.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { entity, feature } from '../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

/** A Java back end and a TypeScript front end whose models folder's note names Kennel and Stay. */
function featureWith(dependencies: string): Feature {
  const text = [
    '# Implementation Plan: Kennel Bookings',
    '',
    '## Technical Context',
    '',
    '**Language/Version**: Java 21 (backend), TypeScript 5 (frontend)',
    `**Primary Dependencies**: Spring Boot 3; ${dependencies}`,
    '',
    '## Project Structure',
    '',
    '```text',
    'backend/src/main/java/org/kennels/',
    '└── model/            # Kennel, Stay, Invoice entities',
    'frontend/src/app/',
    '└── models/           # TypeScript interfaces (Kennel, Stay)',
    '```',
    ''
  ].join('\n');
  const { plan } = parsePlan({ path: 'specs/001-kennels/plan.md', relativePath: 'plan.md', text });
  return feature({
    name: '001-kennels',
    plan,
    dataModel: {
      entities: [entity('Kennel'), entity('Stay'), entity('Invoice')],
      relationships: []
    }
  });
}

function partModelFiles(model: Feature): string[] {
  const context = {
    feature: model,
    template: builtIn,
    layout: resolveLayout(model, builtIn),
    owners: storyOwners(model)
  };
  return partModelTasks(context).flatMap(draft => draft.files);
}

describe('models of another code part: the entities its models folder names', () => {
  it('names them as the framework’s style guide does', () => {
    expect(partModelFiles(featureWith('Angular 18'))).toEqual([
      'frontend/src/app/models/kennel.model.ts',
      'frontend/src/app/models/stay.model.ts'
    ]);
  });

  it('names them in the part’s language otherwise, and only those the note names', () => {
    expect(partModelFiles(featureWith('Vite'))).toEqual([
      'frontend/src/app/models/kennel.ts',
      'frontend/src/app/models/stay.ts'
    ]);
  });
});
