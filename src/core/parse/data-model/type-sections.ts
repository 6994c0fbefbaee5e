/** Headings that list several types ("Supporting Types"): one entity per type their code declares. */
import { TYPE_NAME_SEPARATOR, TYPES_TITLE } from '../../vocabulary/data-model.js';
import { typeDefinitions } from './code-types.js';
import { type Context, pushEntity } from './context.js';
import { aggregates, headingSaysDerived } from './derived.js';
import { isCode } from './markdown-nodes.js';
import { ancestors } from './outline.js';
import { isIdentifier } from './entity-names.js';
import { saysExisting, saysExtended, stripNumbering } from './titles.js';

/**
 * `### TypeScript Interfaces` holding `interface Grower`, `interface Plot`…, or
 * `### SowRequest / SowResponse` holding both: one entity each.
 */
export function expandTypes(context: Context, index: number): boolean {
  const node = context.nodes[index]!;
  const named = namedTypes(node.title);
  if (!TYPES_TITLE.test(node.title) && named.length < 2) return false;
  const definitions = node.body
    .filter(isCode)
    .flatMap(code => typeDefinitions(code, context.file))
    .filter(
      definition =>
        !definition.isEnum &&
        definition.fields.length > 0 &&
        (named.length < 2 || named.includes(definition.name))
    );
  if (definitions.length < 2) return false;
  const existing =
    saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
  const derivedSection = headingSaysDerived(context, index);
  for (const definition of definitions) {
    pushEntity(context, {
      name: definition.name,
      fields: definition.fields,
      states: [],
      existing,
      extended: !existing && saysExtended(context, index),
      derived: derivedSection && aggregates(definition, definitions),
      aliases: [],
      source: { file: context.file, line: definition.line, column: 1 }
    });
  }
  return true;
}

/** `SowRequest / SowResponse`, `` `Plot`, `Bed` and `Row` ``: the type names a title lists. */
export function namedTypes(title: string): string[] {
  const pieces = stripNumbering(title)
    .split(TYPE_NAME_SEPARATOR)
    .map(piece => piece.replace(/[`*]/g, '').trim());
  return pieces.every(piece => isIdentifier(piece) && /^\p{Lu}/u.test(piece)) ? pieces : [];
}
