/**
 * The layout the planner settles on before placing any task: where the feature's code and tests
 * go, in which language, and what the plan says of its folders.
 */
import type { PlannedFile } from '../../model.js';
import type { TemplateItem } from '../../template/model.js';
import type { Language } from '../../vocabulary/languages.js';

export type LayoutOrigin = 'plan' | 'template' | 'project-type';

export interface PathLayout {
  origin: LayoutOrigin;
  language: Language;
  /** The feature's own component name, e.g. `kv_cache_hit_rate_metric`. */
  component: string;
  modelsDir: string;
  servicesDir: string;
  endpointsDir: string;
  contractTestsDir: string;
  integrationTestsDir: string;
  unitTestsDir: string;
  /** Every directory the feature touches, for the project-structure task. */
  touchedDirs: string[];
  /** Files the plan names; rules prefer them over invented names. */
  plannedFiles: string[];
  /** The files the plan writes or changes for this feature, with what it says of each. */
  planned: PlannedFile[];
  /** Template items whose directory the rules use, and which they therefore replace. */
  replacedItems: Set<TemplateItem>;
  /**
   * Whether the feature lives in the code base the template was written for (the seed's: vllm,
   * in Python). Only there do the template's fixed places and platform work apply.
   */
  inTemplateCodeBase: boolean;
  /** The plan's source and test directories, generated and future ones left out. */
  sourceDirs: string[];
  testDirs: string[];
  /** What the plan's trees write beside a path (`# HTTP handlers`). */
  notes: ReadonlyMap<string, string>;
  /** Parts of the code base the plan gives a language of their own (`frontend`: TypeScript). */
  languageParts: ReadonlyArray<{ part: string; language: Language }>;
}
