import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseDataModel } from '../../../src/core/parse/data-model/index.js';
import type { DataModel } from '../../../src/core/model.js';
import { corpusDescribe, corpusFeatureDirs } from '../../helpers/corpus.js';

/** Section words that a data model uses to talk about its entities, never as one. */
const GENERIC =
  /^(?:overview|summary|purpose|relationships?|entity relationships?|validation(?: rules)?|state transitions?|states|lifecycle|indexes|migrations?|notes|enums?|enumerations|storage|fields|attributes|entities|core entities|data model|constraints|examples?|invariants)$/i;

function dataModels(): { name: string; model: DataModel }[] {
  return corpusFeatureDirs().flatMap(dir => {
    const file = path.join(dir, 'data-model.md');
    if (!fs.existsSync(file)) return [];
    const name = path
      .relative(path.dirname(path.dirname(dir)), file)
      .split(path.sep)
      .join('/');
    const text = fs.readFileSync(file, 'utf8');
    const { dataModel } = parseDataModel({ path: name, relativePath: 'data-model.md', text });
    return [{ name, model: dataModel }];
  });
}

corpusDescribe(describe, 'data-model.md across the corpus', () => {
  const models = dataModels();

  it('reads every data model without throwing and finds entities in each', () => {
    expect(models.length).toBeGreaterThanOrEqual(25);
    const empty = models.filter(({ model }) => model.entities.length === 0).map(({ name }) => name);
    expect(empty).toEqual([]);
  });

  it('finds a reasonable number of entities in total', () => {
    const total = models.reduce((sum, { model }) => sum + model.entities.length, 0);
    expect(total).toBeGreaterThanOrEqual(models.length * 2);
    expect(total).toBeLessThanOrEqual(models.length * 15);
  });

  it('never names an entity with an empty or generic section word', () => {
    const bad = models.flatMap(({ name, model }) =>
      model.entities
        .filter(entity => entity.name.trim() === '' || GENERIC.test(entity.name.trim()))
        .map(entity => `${name}: ${entity.name}`)
    );
    expect(bad).toEqual([]);
  });

  it('keeps entity names clean of numbering, backticks and qualifiers', () => {
    const bad = models.flatMap(({ name, model }) =>
      model.entities
        .filter(entity => /^\d|[`()]|^entity:|\bentity$/i.test(entity.name))
        .map(entity => `${name}: ${entity.name}`)
    );
    expect(bad).toEqual([]);
  });

  it('gives most entities fields, and only identifier-like field names', () => {
    const entities = models.flatMap(({ model }) => model.entities);
    const withFields = entities.filter(entity => entity.fields.length > 0);
    expect(withFields.length / entities.length).toBeGreaterThan(0.8);
    const badFields = entities.flatMap(entity =>
      entity.fields
        .filter(field => /\s/.test(field.name))
        .map(field => `${entity.name}.${field.name}`)
    );
    expect(badFields).toEqual([]);
  });

  it('relates only entities it found, in documents that state relationships', () => {
    for (const { model } of models) {
      const names = new Set(model.entities.map(entity => entity.name));
      for (const relationship of model.relationships) {
        expect(names.has(relationship.from)).toBe(true);
        expect(names.has(relationship.to)).toBe(true);
        expect(relationship.from).not.toBe(relationship.to);
      }
    }
    const related = models.filter(({ model }) => model.relationships.length > 0);
    expect(related.length).toBeGreaterThanOrEqual(10);
  });

  it('agrees with documents that list their own entities', () => {
    const named = (folder: string) => models.find(({ name }) => name.includes(folder))?.model;
    // This one closes with a summary naming its five entities, after the enum it defines.
    const espresso = named('BaristaNotes/001-espresso-tracking');
    expect(espresso?.entities.map(entity => entity.name)).toEqual([
      'Equipment',
      'Bean',
      'UserProfile',
      'ShotRecord',
      'ShotEquipment',
      'EquipmentType'
    ]);
    expect(espresso?.entities.filter(entity => entity.kind === 'enum').length).toBe(1);
    // This one adds no entities: every type it lists is consumed as it is.
    const pages = named('007-simple-ui-pages');
    expect(pages?.entities.length).toBeGreaterThan(0);
    expect(pages?.entities.every(entity => entity.existing)).toBe(true);
    // This one writes "X Entity" headings and a "Relationships" list in words.
    const rbac = named('001-user-mgmt-rbac');
    expect(rbac?.entities.map(entity => entity.name)).toEqual(['User', 'Role', 'Session']);
    expect(rbac?.relationships.map(link => `${link.from}>${link.to} ${link.kind}`)).toEqual([
      'User>Role N:1',
      'Role>User 1:N',
      'User>Session 1:N'
    ]);
  });

  it('points every entity at a line of its document', () => {
    for (const { name, model } of models) {
      for (const entity of model.entities) {
        expect(entity.source.file).toBe(name);
        expect(entity.source.line).toBeGreaterThan(0);
      }
    }
  });
});
