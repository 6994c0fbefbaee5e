/**
 * data-model.md → entities (fields, state transitions, whether they already exist, other names
 * they go by) and the relationships between them. Each idea is a module of this folder:
 * - outline.ts: each heading with its body, parent and children;
 * - entities.ts, with titles.ts and entity-names.ts: which headings are entities;
 *   type-sections.ts and listed-entities.ts: entities a section lists as code or bullets;
 *   diagram-entities.ts: entities only a Mermaid erDiagram draws; enums.ts: enumerations
 *   defined on their own;
 * - parts.ts: the labelled parts of a section ("**Fields**:", "Validation rules:");
 * - fields.ts and field-lines.ts: fields from tables, lists and inline code; code-types.ts:
 *   fields from classes, structs, records and SQL tables;
 * - states.ts: state transitions; relationships.ts, relationship-kinds.ts and diagrams.ts:
 *   relationships in prose, tables, drawn diagrams and Mermaid erDiagrams;
 * - derived.ts: entities with nothing to build; aliases.ts: other names a section gives one;
 * - mentions.ts: where a line of text names an entity.
 */
import type { DataModel, Finding, SourceDocument } from '../../model.js';
import { parseError } from '../finding.js';
import { parseMarkdown } from '../markdown.js';
import { nameAliases } from './aliases.js';
import type { Context } from './context.js';
import { diagramEntities } from './diagram-entities.js';
import { enumEntities } from './enums.js';
import { classify } from './entities.js';
import { outline } from './outline.js';
import { relationshipsOf } from './relationships.js';
import { attachStateSections } from './states.js';

export function parseDataModel(doc: SourceDocument): { dataModel: DataModel; findings: Finding[] } {
  try {
    return { dataModel: readDataModel(doc), findings: [] };
  } catch (error) {
    // A parser bug must cost one document, not the whole feature.
    const message = error instanceof Error ? error.message : String(error);
    return {
      dataModel: { entities: [], relationships: [] },
      findings: [
        parseError({ file: doc.path, line: 1, column: 1 }, `Could not read ${doc.path}: ${message}`)
      ]
    };
  }
}

function readDataModel(doc: SourceDocument): DataModel {
  // Without a `|` there is no table, and the table extension is the slow part of parsing.
  const root = parseMarkdown(doc.text, { tables: doc.text.includes('|') });
  const context: Context = {
    file: doc.path,
    nodes: outline(root),
    entities: [],
    owners: [],
    names: new Set(),
    parts: new Map(),
    fields: new Map(),
    homes: new Map()
  };
  classify(context);
  enumEntities(context);
  diagramEntities(context, root);
  nameAliases(context);
  const relationships = relationshipsOf(context, root);
  attachStateSections(context);
  return { entities: context.entities, relationships };
}
