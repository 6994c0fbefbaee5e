/**
 * The types an entity's code blocks declare (classes, interfaces, structs, records, dataclasses,
 * messages, SQL tables), read by ../code-declarations.ts and placed in the document.
 */
import type { Code } from 'mdast';
import type { EntityField } from '../../model.js';
import { type DeclaredType, typeAliases, typeDeclarations } from '../code-declarations.js';
import { sameName } from './entity-names.js';

export interface TypeDefinition {
  name: string;
  isEnum: boolean;
  fields: EntityField[];
  /** An enumeration's values, placed at its declaring line. */
  values: EntityField[];
  line: number;
}

/** The fields of the type named like the entity, else of the first type that has fields. */
export function codeFields(code: Code, file: string, entityName: string): EntityField[] {
  const definitions = typeDefinitions(code, file).filter(definition => !definition.isEnum);
  const named = definitions.find(definition => sameName(definition.name, entityName));
  return (named ?? definitions.find(definition => definition.fields.length > 0))?.fields ?? [];
}

const definitionsRead = new WeakMap<Code, TypeDefinition[]>();

/** Read once per block: several rules ask for the same block's types. */
export function typeDefinitions(code: Code, file: string): TypeDefinition[] {
  let definitions = definitionsRead.get(code);
  if (!definitions) {
    definitions = typeDeclarations(code.value, code.lang).map(declared =>
      placed(declared, code, file)
    );
    definitionsRead.set(code, definitions);
  }
  return definitions;
}

/** `type Crop = Carrot | Leek`: a type that has no body for `typeDefinitions` to read. */
export function typeAliasDeclarations(code: Code, file: string): TypeDefinition[] {
  return typeAliases(code.value, code.lang).map(declared => placed(declared, code, file));
}

/** A declaration with its lines counted in the document: the block's first line follows its fence. */
function placed(declared: DeclaredType, code: Code, file: string): TypeDefinition {
  const firstLine = (code.position?.start.line ?? 1) + 1;
  return {
    name: declared.name,
    isEnum: declared.isEnum,
    fields: declared.fields.map(field => ({
      name: field.name,
      type: field.type,
      description: undefined,
      source: { file, line: firstLine + field.line, column: 1 }
    })),
    values: (declared.values ?? []).map(value => ({
      name: value,
      type: undefined,
      description: undefined,
      source: { file, line: firstLine + declared.line, column: 1 }
    })),
    line: firstLine + declared.line
  };
}
