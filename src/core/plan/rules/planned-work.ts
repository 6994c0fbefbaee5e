/**
 * What the plan's own files leave of the template's generic items. "Core logic in
 * `src/lib/<feature>.ts`", "Error handling and validation", "Type hints and docstrings" and the
 * unit-test placeholder describe code and tests in general; where the plan lists the files that
 * hold them, those files' tasks are that work, and a generic item either names the real file
 * (validation in the plan's `validation.ts`) or is left out. An item about a folder the plan
 * puts one file in (`Engine wiring in vllm/engine/`) names that file.
 */
import type { TemplateItem } from '../../template/model.js';
import { GENERIC_CORE_ITEM_WORDS, VALIDATION_FILE_WORDS } from '../../vocabulary/plan-files.js';
import { words } from '../../text/words.js';
import type { DraftRole } from '../model.js';
import { stemOf } from '../placement/file-roles.js';
import { plannedRole, type PlannedRole } from '../placement/planned-roles.js';
import type { RuleContext } from './context.js';

export interface PlannedWork {
  /** The files a template item works in, given the plan's own; undefined to leave it out. */
  place(item: TemplateItem, role: DraftRole, files: string[]): string[] | undefined;
}

const CODE_ROLES: ReadonlySet<PlannedRole> = new Set([
  'model',
  'service',
  'endpoint',
  'ui',
  'integration'
]);

export function plannedWorkOf(context: RuleContext): PlannedWork {
  const roles = context.layout.planned.map(file => ({ file, role: plannedRole(file) }));
  const code = roles.filter(entry => CODE_ROLES.has(entry.role)).map(entry => entry.file);
  const plansTests = roles.some(entry => entry.role === 'test');
  const saysAny = (text: string, phrases: readonly string[]) =>
    phrases.some(phrase => text.includes(phrase));
  return {
    place(item, role, files) {
      const text = item.text.toLowerCase();
      if ((role === 'core' || role === 'integration') && code.length > 0) {
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.logic)) return undefined;
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.docs)) return undefined;
        if (saysAny(text, GENERIC_CORE_ITEM_WORDS.validation)) {
          const validating = code.find(file =>
            words(`${stemOf(file.path)} ${file.note ?? ''}`).some(word =>
              VALIDATION_FILE_WORDS.has(word)
            )
          );
          return validating ? [validating.path] : undefined;
        }
        // Only code work moves into the file; a check of the platform stays over the folder.
        if (role !== 'core') return files;
        return files.map(path => {
          if (!path.endsWith('/')) return path;
          const inside = code.filter(file => file.path.startsWith(path));
          return inside.length === 1 ? inside[0]!.path : path;
        });
      }
      // The unit-test placeholder (`tests/[component]/test_[feature].py`): the plan's own tests
      // are the tests it means.
      if (role === 'tests' && plansTests && !item.condition && item.path?.includes('['))
        return undefined;
      return files;
    }
  };
}
