/**
 * A repository per stored entity where the plan's tree has a folder for them. A plan that draws
 * `api/src/repositories/` beside `api/src/domain/` and leaves it empty says each entity of the
 * domain gets its data access there (`invoice-repository.ts`), as a reader of the plan would write
 * it; a plan that lists its repository files has said which it wants, and they are its own tasks.
 */
import type { Entity } from '../../model.js';
import { isTestDirectory } from '../../parse/plan.js';
import { pascalCase } from '../../text/case.js';
import { languageOfDir, sameFamily } from '../layout/folder-language.js';
import { directoryOf, lastSegment, sharedSegments } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { dirDenies } from '../layout/role-words.js';
import { sourceFile } from '../placement/file-names.js';
import type { TaskDraft } from '../model.js';
import type { RuleContext } from './context.js';
import { featureEntities, modelFile, modelKey, storesData } from './models.js';
import {
  MODEL_FOLDERS,
  REPOSITORY_FOLDERS,
  REPOSITORY_NAME_WORD
} from '../../vocabulary/layout.js';

/**
 * One task per entity the feature stores, in the repository folder that serves the entity's models
 * folder: "Implement InvoiceRepository for Invoice". None for entities that exist already, are
 * derived, are enumerations or live embedded in another.
 */
export function repositoryTasks(context: RuleContext): TaskDraft[] {
  const { feature, layout } = context;
  if (layout.origin !== 'plan' || !storesData(feature)) return [];
  const folders = repositoryFolders(layout);
  if (folders.length === 0 || plansOwnRepositories(layout, folders)) return [];
  const drafts: TaskDraft[] = [];
  for (const entity of featureEntities(feature).filter(stored)) {
    const modelDir = directoryOf(modelFile(context, entity.name));
    const folder = folders.find(candidate => candidate.serves === modelDir);
    if (!folder) continue;
    // The entity's own spelling kept, acronyms and all: `GPSFix` → `GPSFixRepository`.
    const name = pascalCase(entity.name) + pascalCase(REPOSITORY_NAME_WORD);
    drafts.push({
      key: repositoryKey(entity.name),
      kind: 'service',
      role: 'core',
      description: `Implement ${name} storing and loading ${entity.name}`,
      files: [folder.dir + sourceFile(name, languageOfDir(layout, folder.dir))],
      after: [modelKey(entity.name)],
      covers: [],
      story: context.owners.entity(entity)
    });
  }
  return drafts;
}

export function repositoryKey(entityName: string): string {
  return `repository:${entityName}`;
}

function stored(entity: Entity): boolean {
  return !entity.existing && !entity.derived && !entity.embedded && entity.kind !== 'enum';
}

interface RepositoryFolder {
  dir: string;
  /** The models folder whose entities it stores: the one nearest it in the tree. */
  serves: string | undefined;
}

/**
 * The plan's repository folders, each with the models folder nearest it: of two services each
 * with `model/`, the repository folder in one stores that service's models, not the other's.
 */
function repositoryFolders(layout: PathLayout): RepositoryFolder[] {
  const code = layout.sourceDirs.filter(
    dir => !isTestDirectory(dir) && sameFamily(languageOfDir(layout, dir), layout.language)
  );
  const modelDirs = code.filter(
    dir => MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase()) && !dirDenies(dir, 'model')
  );
  return code
    .filter(dir => REPOSITORY_FOLDERS.includes(lastSegment(dir).toLowerCase()))
    .map(dir => ({ dir, serves: nearest(dir, modelDirs) }));
}

/** Of `dirs`, the one sharing the most leading folders with `dir`; the first of equals. */
function nearest(dir: string, dirs: string[]): string | undefined {
  let best: { dir: string; shared: number } | undefined;
  for (const candidate of dirs) {
    const shared = sharedSegments(candidate, dir);
    if (best === undefined || shared > best.shared) best = { dir: candidate, shared };
  }
  return best?.dir;
}

/** The plan lists files in a repository folder: those are the repositories it wants. */
function plansOwnRepositories(layout: PathLayout, folders: RepositoryFolder[]): boolean {
  const dirs = new Set(folders.map(folder => folder.dir));
  return layout.plannedFiles.some(file => dirs.has(directoryOf(file)));
}
