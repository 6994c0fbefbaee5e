import { describe, expect, it } from '@jest/globals';
import type { Feature } from '../../src/core/model.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import { scenarioTestTasks, storyTestTasks } from '../../src/core/plan/rules/story-tests.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import { at, classicTemplate, feature, story } from '../helpers/builders.js';

function contextFor(model: Feature) {
  const template = classicTemplate();
  return {
    feature: model,
    template,
    layout: resolveLayout(model, template),
    owners: storyOwners(model)
  };
}

function storyFiles(titles: string[]): string[] {
  const model = feature({
    spec: {
      title: 'Spec',
      stories: titles.map((title, index) => story(index + 1, title)),
      requirements: [],
      keyEntities: []
    }
  });
  return storyTestTasks(contextFor(model)).map(task => task.files[0]!);
}

describe('integration test file names', () => {
  it('gives stories that begin alike files of their own, taking words until they differ', () => {
    expect(
      storyFiles([
        'Cross-platform mobile app for iOS riders',
        'Cross-platform mobile app for Android riders',
        'Browse the catalogue'
      ])
    ).toEqual([
      'tests/test/test_cross_platform_mobile_app_for_ios.py',
      'tests/test/test_cross_platform_mobile_app_for_android.py',
      'tests/test/test_browse_the_catalogue.py'
    ]);
  });

  it('numbers stories whose titles are the same all through', () => {
    expect(storyFiles(['Manage boats', 'Manage boats'])).toEqual([
      'tests/test/test_manage_boats_story_1.py',
      'tests/test/test_manage_boats_story_2.py'
    ]);
  });

  it('keeps the five-word name where nothing clashes, accents folded', () => {
    expect(storyFiles(['Actualización y baja de empleados activos hoy'])).toEqual([
      'tests/test/test_actualizacion_y_baja_de_empleados.py'
    ]);
  });

  it('names a title in another script by its transliteration, not by its number', () => {
    expect(storyFiles(['배포 자동화', '롤백 절차', '书架管理'])).toEqual([
      'tests/test/test_baepo_jadonghwa.py',
      'tests/test/test_lolbaeg_jeolcha.py',
      'tests/test/test_shujiaguanli.py'
    ]);
  });

  it('invents no test file per quickstart scenario: each is validated from quickstart.md', () => {
    const model = feature({
      quickstart: {
        scenarios: [
          { title: 'Run the sync job against the staging bucket', source: at('q.md', 3) },
          { title: 'Run the sync job against the production bucket', source: at('q.md', 9) }
        ]
      }
    });
    const tasks = scenarioTestTasks(contextFor(model));
    expect(tasks.map(task => [task.role, task.files[0]])).toEqual([
      ['polish', 'q.md'],
      ['polish', 'q.md']
    ]);
    expect(tasks[1]!.description).toBe(
      'Validate quickstart scenario "Run the sync job against the production bucket"'
    );
  });
});
