/**
 * One task's text: the ID at its start, the labels after it, and the IDs it says it waits for.
 * Each shape real task lists use, beside the nearest text that must not be read the same way.
 */
import { describe, expect, it } from '@jest/globals';
import {
  inlineDependencies,
  isDeferredDescription,
  readDeferredStart,
  readLabels,
  readTaskStart,
  taskRefs
} from '../../../src/core/parse/tasks-md/task-line.js';

describe('readTaskStart', () => {
  it.each([
    ['T001 Create the crate', 'T001', ' Create the crate'],
    ['**T004** Wire the feed', 'T004', ' Wire the feed'],
    ['T012: Add the parser', 'T012', ': Add the parser'],
    ['T013a [P] Patch the loader', 'T013a', ' [P] Patch the loader'],
    ['T073.1 Tighten the filter', 'T073.1', ' Tighten the filter'],
    ['Task 2.1: Build the calendar', '2.1', ': Build the calendar']
  ])('reads the ID of "%s" as %s', (text, id, rest) => {
    expect(readTaskStart(text)).toEqual({ id, rest });
  });

  it.each([
    ['T001-T004 Setup Phase', 'a range heading'],
    ['T010–T012 Storage', 'a range with an en dash'],
    ['Create T001 later', 'an ID that is not first'],
    ['T001x2 is a size', 'an ID glued to more word characters'],
    ['TT001 Typo', 'a doubled letter'],
    ['Checkpoint: T003 done', 'a checkpoint line']
  ])('reads no ID from "%s" (%s)', text => {
    expect(readTaskStart(text)).toBeUndefined();
  });
});

describe('readLabels', () => {
  it('strips the separator and reads [P] and [US2] in either order', () => {
    expect(readLabels(': [US2] [P] Render the map')).toEqual({
      parallel: true,
      story: 'US2',
      description: 'Render the map'
    });
  });

  it('reads (P), [Parallel] and [Story 3] as the same labels', () => {
    expect(readLabels(' (P) Seed data')).toMatchObject({ parallel: true });
    expect(readLabels(' [Parallel] Seed data')).toMatchObject({ parallel: true });
    expect(readLabels(' [Story 3] Seed data')).toMatchObject({ story: 'US3', parallel: false });
  });

  it('takes the first story of a label naming several: [US1, US2] is US1', () => {
    expect(readLabels(' [US1, US2] Shared form').story).toBe('US1');
  });

  it('nearest miss: a [P] after the description is text, not a label', () => {
    expect(readLabels(' Compare the [P] marker docs')).toEqual({
      parallel: false,
      story: undefined,
      description: 'Compare the [P] marker docs'
    });
  });

  it('nearest miss: an unknown bracketed word ends the labels and stays in the description', () => {
    expect(readLabels(' [P] [BLOCKER] Fix the build')).toEqual({
      parallel: true,
      story: undefined,
      description: '[BLOCKER] Fix the build'
    });
  });
});

describe('inlineDependencies', () => {
  it.each([
    ['Add the handler (depends on T012, T013)', ['T012', 'T013']],
    ['Add the handler — depends on T028.', ['T028']],
    ['Add the handler (Depends: T004-T006)', ['T004-T006']],
    ['Add the handler (blocked by T009)', ['T009']],
    ['Add the handler (requires T002 and T003)', ['T002', 'T003']],
    ['Run the suite after T040', ['T040']],
    ['Add the job (depends on T029/T030/T032)', ['T029', 'T030', 'T032']],
    ['Add the job (depends on T013a)', ['T013a']]
  ])('reads "%s" as waiting for %j', (text, refs) => {
    expect(inlineDependencies(text)).toEqual(refs);
  });

  it('nearest miss: "after" followed by words, not an ID, names no dependency', () => {
    expect(inlineDependencies('Redirect after login to the dashboard of T050')).toEqual([]);
  });

  it('nearest miss: an ID outside the dependency clause is not a dependency', () => {
    expect(inlineDependencies('Mirror T007 for the sidebar (depends on T006)')).toEqual(['T006']);
    expect(inlineDependencies('Depends on T006. Mirror T007 afterwards')).toEqual(['T006']);
  });
});

describe('taskRefs', () => {
  it('reads single IDs, ranges written four ways, and slash lists, in order', () => {
    expect(
      taskRefs('T001, T002-T004, T005–T007, T008 to T010, T011 through T012, T013/T014')
    ).toEqual(['T001', 'T002-T004', 'T005-T007', 'T008-T010', 'T011-T012', 'T013', 'T014']);
  });

  it('completes a range whose end omits the T: T004-6 is T004-T6', () => {
    expect(taskRefs('T004-6')).toEqual(['T004-T6']);
  });

  it('nearest miss: words that start with T and digits glued to letters are not IDs', () => {
    expect(taskRefs('Tests T1000000 T12ab Task')).toEqual([]);
  });
});

describe('readDeferredStart', () => {
  it.each([
    ['[-] T066 [US3] Add the watch face', 'T066', ' [US3] Add the watch face'],
    ['~~T067~~ Add the tablet layout', 'T067', ' Add the tablet layout'],
    ['~~T068 Add the kiosk mode~~', 'T068', ' Add the kiosk mode~~'],
    ['[-] **T069**: Sync offline', 'T069', ': Sync offline']
  ])('reads "%s" as the deferred task %s', (text, id, rest) => {
    expect(readDeferredStart(text)).toEqual({ id, rest });
  });

  it.each([
    ['T066 Add the watch face', 'no mark'],
    ['[ ] T066 Add the watch face', 'an open checkbox'],
    ['[-] Skip the mobile build', 'a mark without an ID'],
    ['~~Old idea~~ T066', 'a strike before other text']
  ])('reads nothing from "%s" (%s)', text => {
    expect(readDeferredStart(text)).toBeUndefined();
  });
});

describe('isDeferredDescription', () => {
  it.each([
    '(deferred) Sync firings offline',
    '[DEFERRED] Sync firings offline',
    '**Deferred**: sync firings offline',
    'Deferred: sync firings offline',
    'Deferred — sync firings offline',
    'Deferred - sync firings offline',
    'DEFERRED sync firings offline',
    'Sync firings offline (deferred to v2)',
    'Sync firings offline (Postponed until the pilot ends).'
  ])('reads "%s" as deferred', text => {
    expect(isDeferredDescription(text)).toBe(true);
  });

  it.each([
    'Deferred loading of glaze photos',
    'Deferred-rendering pass for the chart',
    'Add i18n lint for web — split from T105 (mobile portion deferred)',
    'Render deferred jobs in the queue view',
    'Sync firings offline (deferred) and show the status'
  ])('nearest miss: "%s" is planned work', text => {
    expect(isDeferredDescription(text)).toBe(false);
  });
});
