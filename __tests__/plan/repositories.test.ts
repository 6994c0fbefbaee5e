import { describe, expect, it } from '@jest/globals';
import type { Entity, Feature } from '../../src/core/model.js';
import { parseDataModel } from '../../src/core/parse/data-model/index.js';
import { parsePlan } from '../../src/core/parse/plan.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import type { RuleContext } from '../../src/core/plan/rules/context.js';
import { repositoryTasks } from '../../src/core/plan/rules/repositories.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import {
  DEFAULT_TEMPLATE_PATH,
  DEFAULT_TEMPLATE_TEXT
} from '../../src/core/template/default-template.js';
import { parseTemplate } from '../../src/core/template/parse-template.js';
import { entity, feature } from '../helpers/builders.js';

const builtIn = parseTemplate(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH).template;

/** A feature whose plan.md has this language, storage and tree, and whose data model is `entities`. */
function featureWith(
  language: string,
  storage: string,
  tree: string[],
  entities: Entity[]
): Feature {
  const text = [
    '# Implementation Plan: Kennel Bookings',
    '',
    '## Technical Context',
    '',
    `**Language/Version**: ${language}`,
    `**Storage**: ${storage}`,
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
    dataModel: { entities, relationships: [] }
  });
}

function repositoryFiles(model: Feature): string[] {
  const context: RuleContext = {
    feature: model,
    template: builtIn,
    layout: resolveLayout(model, builtIn),
    owners: storyOwners(model)
  };
  return repositoryTasks(context).flatMap(draft => draft.files);
}

const twoServices = [
  'services/',
  '├── kennels/',
  '│   └── src/main/java/org/kennels/',
  '│       ├── model/           # Kennel, Stay entities',
  '│       └── repository/      # Spring Data repositories',
  '└── billing/',
  '    └── src/main/java/org/billing/',
  '        └── model/           # Invoice entities'
];

describe('repositories: one per stored entity in the plan’s repository folder', () => {
  it('puts each entity’s repository in the folder beside its models, named as the language names classes', () => {
    const model = featureWith('Java 21', 'PostgreSQL 16', twoServices, [
      entity('Kennel'),
      entity('Stay'),
      entity('Invoice')
    ]);
    // Invoice's models folder has no repository folder beside it: the other service's is not its.
    expect(repositoryFiles(model)).toEqual([
      'services/kennels/src/main/java/org/kennels/repository/KennelRepository.java',
      'services/kennels/src/main/java/org/kennels/repository/StayRepository.java'
    ]);
  });

  it('names a file in the language’s case and keeps an acronym whole', () => {
    const model = featureWith(
      'TypeScript 5.6',
      'PostgreSQL 16',
      ['api/', '└── src/', '    ├── domain/', '    └── repositories/'],
      [entity('Booking Slot'), entity('GPSFix')]
    );
    expect(repositoryFiles(model)).toEqual([
      'api/src/repositories/booking-slot-repository.ts',
      'api/src/repositories/gps-fix-repository.ts'
    ]);
  });

  it('gives none to entities that exist, are derived, are enumerations or are embedded in another', () => {
    const model = featureWith('Java 21', 'PostgreSQL 16', twoServices, [
      entity('Kennel', { existing: true }),
      entity('Stay', { derived: true }),
      entity('Size', { kind: 'enum' }),
      entity('Address', { embedded: true })
    ]);
    expect(repositoryFiles(model)).toEqual([]);
  });

  it('adds none where the plan lists its own repository files, or stores nothing', () => {
    const listed = featureWith(
      'Java 21',
      'PostgreSQL 16',
      [
        'src/main/java/org/kennels/',
        '├── model/',
        '└── repository/',
        '    └── KennelRepository.java'
      ],
      [entity('Kennel'), entity('Stay')]
    );
    expect(repositoryFiles(listed)).toEqual([]);
    const noStore = featureWith('Java 21', 'N/A', twoServices, [entity('Kennel')]);
    expect(repositoryFiles(noStore)).toEqual([]);
  });
});

describe('data model: an entity its heading says is embedded', () => {
  it('is marked embedded, and an ordinary one is not', () => {
    const text = [
      '# Data Model',
      '',
      '## Kennel',
      '',
      '| Field | Type |',
      '|-------|------|',
      '| id | uuid |',
      '',
      '## Address (value object)',
      '',
      '| Field | Type |',
      '|-------|------|',
      '| street | text |',
      ''
    ].join('\n');
    const { dataModel } = parseDataModel({
      path: 'specs/001-kennels/data-model.md',
      relativePath: 'data-model.md',
      text
    });
    const flags = dataModel.entities.map(one => [one.name, one.embedded === true]);
    expect(flags).toEqual([
      ['Kennel', false],
      ['Address', true]
    ]);
  });
});
