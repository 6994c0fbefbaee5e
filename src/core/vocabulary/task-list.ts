/**
 * What the tasks.md reader knows about how people title the sections of a task list.
 */
import { alternation, pattern } from './build.js';

/** Decides which sections hold checklists or criteria rather than tasks (matched anywhere in the title). */
export const CHECKLIST_TITLE_WORDS = [
  'checklist',
  'acceptance',
  'criteria',
  'checkpoint',
  'verification steps',
  'definition of done',
  'notes'
];

export const CHECKLIST_TITLE = pattern('checklist-title', alternation(CHECKLIST_TITLE_WORDS), 'i');
