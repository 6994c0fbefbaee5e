/**
 * The models of another code part of the plan. A plan with a Java back end and a TypeScript front
 * end whose `models/` note names the entities (`models/  # TypeScript interfaces (Order, Item)`)
 * wants each of them there too, named as that part names its files (`order.model.ts` in an
 * Angular app); the back end's model task is not that work.
 */
import type { Feature } from '../../model.js';
import { isTestDirectory } from '../../parse/plan.js';
import { kebabCase } from '../../text/case.js';
import { LANGUAGE_CONVENTIONS, type Language } from '../../vocabulary/languages.js';
import { FRAMEWORK_MODEL_ENDINGS, MODEL_FOLDERS } from '../../vocabulary/layout.js';
import { languageOfDir, sameFamily } from '../layout/folder-language.js';
import { lastSegment } from '../layout/folders.js';
import { sourceFile } from '../placement/file-names.js';
import { noteNames } from '../placement/named-file.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { featureEntities, modelKey } from './models.js';

/** A model task per entity in each other-language models folder whose note names it. */
export function partModelTasks(context: RuleContext): TaskDraft[] {
  const { layout, feature } = context;
  if (layout.origin !== 'plan') return [];
  const folders = layout.sourceDirs.filter(
    dir =>
      MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase()) &&
      !isTestDirectory(dir) &&
      layout.notes.has(dir) &&
      !sameFamily(languageOfDir(layout, dir), layout.language)
  );
  const entities = featureEntities(feature).filter(entity => !entity.existing && !entity.derived);
  const ending = frameworkEnding(feature);
  return folders.flatMap(dir => {
    const note = layout.notes.get(dir)!;
    const language = languageOfDir(layout, dir);
    return entities
      .filter(entity => noteNames(note, entity.name, false))
      .map(entity => ({
        key: `${modelKey(entity.name)}:${dir}`,
        kind: 'model',
        role: 'core',
        description: `Create ${entity.name} model for ${lastSegment(partOf(dir))}`,
        files: [dir + modelFileName(ending, entity.name, language)],
        after: [],
        covers: [],
        story: context.owners.entity(entity)
      }));
  });
}

/** `frontend/src/app/models/` → `frontend/`: the part of the code base the folder is in. */
function partOf(dir: string): string {
  return dir.slice(0, dir.indexOf('/') + 1);
}

/** `order.model.ts` in an Angular app; else the language's own file name for the entity. */
function modelFileName(ending: string | undefined, name: string, language: Language): string {
  return ending
    ? kebabCase(name) + ending + LANGUAGE_CONVENTIONS[language].extension
    : sourceFile(name, language);
}

function frameworkEnding(feature: Feature): string | undefined {
  const context = feature.plan?.technicalContext ?? {};
  const text = Object.values(context)
    .map(entry => entry?.value ?? '')
    .join(' ');
  return FRAMEWORK_MODEL_ENDINGS.find(({ framework }) => framework.test(text))?.ending;
}
