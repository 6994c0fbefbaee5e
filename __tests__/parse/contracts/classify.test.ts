/**
 * What a contract declares for the feature to build, sorted when the contract is read: groups
 * with their operations, else loose operations, else types.
 */
import { describe, expect, it } from '@jest/globals';
import {
  declaredCode,
  isResourceUri,
  type DeclaringContract
} from '../../../src/core/parse/contracts/classify.js';
import { readContract } from './read-contract.js';

function declaring(names: string[], more: Partial<DeclaringContract> = {}): DeclaringContract {
  return { title: undefined, fileName: 'shelf.md', names, declarations: undefined, ...more };
}

describe('declaredCode: groups', () => {
  it('names an interface’s group as its implementation, keeping the interface as an alias', () => {
    const { groups } = declaredCode(
      declaring(['IShelfService', 'ShelfServiceImpl', 'StackAsync', 'ShelfReport'])
    );
    expect(groups).toEqual([
      {
        name: 'ShelfService',
        aliases: ['IShelfService', 'ShelfServiceImpl'],
        members: ['StackAsync'],
        serves: false
      }
    ]);
  });

  it('gives a router only its qualified procedures, and marks it as serving requests', () => {
    const { groups } = declaredCode(
      declaring(['shelfRouter', 'shelf.list', 'shelf.stack', 'useShelves'])
    );
    expect(groups).toEqual([
      { name: 'shelfRouter', aliases: [], members: ['list', 'stack'], serves: true }
    ]);
  });

  it('does not take a group’s module for one of its methods, nor a test or a generic base', () => {
    const { groups } = declaredCode(
      declaring(['CrateClient', 'crate_client', 'open_crate', 'CrateClientTest', 'Repository'])
    );
    expect(groups).toEqual([
      { name: 'CrateClient', aliases: [], members: ['open_crate'], serves: false }
    ]);
  });

  it('leaves out the group the title is about when other groups declare the operations', () => {
    const { groups } = declaredCode(
      declaring(['CrateClient', 'CrateHandler', 'open_crate'], {
        title: 'Contract: CrateClient streaming'
      })
    );
    expect(groups.map(group => group.name)).toEqual(['CrateHandler']);
  });

  it('takes the operations a service’s own section lists, all of them and no others', () => {
    const { contract } = readContract('shelf.md', [
      '# Shelf contract',
      '',
      '## ShelfService',
      '',
      '| Operation | Input | Output |',
      '|---|---|---|',
      '| `stack` | ShelfInput | Shelf |',
      '| `unstack` | ShelfInput | Shelf |'
    ]);
    expect(contract.declared.groups).toEqual([
      { name: 'ShelfService', aliases: [], members: ['stack', 'unstack'], serves: false }
    ]);
  });
});

describe('declaredCode: the interfaces a contract’s code declares', () => {
  it('gives a group every method its interface declares, one-word methods too', () => {
    const { contract } = readContract('crate-store.md', [
      '# Crate store',
      '',
      '```kotlin',
      'interface CrateRepository {',
      '    suspend fun stackCrate(shelfId: String, crate: Crate)',
      '    fun crates(): List<Crate>',
      '}',
      '```'
    ]);
    expect(contract.declared.groups).toEqual([
      { name: 'CrateRepository', aliases: [], members: ['stackCrate', 'crates'], serves: false }
    ]);
  });

  it('adds what the code declares to the group its section or its names found', () => {
    const { contract } = readContract('crates.md', [
      '# Crates',
      '',
      '## ICrateService',
      '',
      '```csharp',
      'public interface ICrateService',
      '{',
      '    Task<Crate> GetCrateAsync(int id);',
      '    void ClearAll();',
      '}',
      '```'
    ]);
    expect(contract.declared.groups).toEqual([
      {
        name: 'CrateService',
        aliases: ['ICrateService'],
        members: ['GetCrateAsync', 'ClearAll'],
        serves: false
      }
    ]);
  });

  it('makes an interface of any name a group, but not a payload’s interface or a plain class', () => {
    const { contract } = readContract('labels.md', [
      '# Labels',
      '',
      '```typescript',
      'export interface LabelPrinter {',
      '  print(label: Label): Promise<void>;',
      '}',
      'export interface LabelCardProps {',
      '  onSelect(id: string): void;',
      '}',
      'export class Label {',
      '  render(): string { return this.text; }',
      '}',
      '```'
    ]);
    expect(
      contract.declared.groups.map(group => `${group.name}: ${group.members.join(', ')}`)
    ).toEqual(['LabelPrinter: print']);
  });

  it('reads a contract written as a source file as one block of code', () => {
    const { contract } = readContract('crate-repository.kt', [
      'package org.crates',
      '',
      'interface CrateRepository {',
      '    fun crates(): List<Crate>',
      '    fun remove(id: String)',
      '}'
    ]);
    expect(contract.names).toContain('CrateRepository');
    expect(contract.declared.groups).toEqual([
      { name: 'CrateRepository', aliases: [], members: ['crates', 'remove'], serves: false }
    ]);
  });
});

describe('declaredCode: loose operations and types', () => {
  it('keeps a plain word of the title out, but a group or an operation in', () => {
    const declared = declaredCode(
      declaring(['Crate', 'CrateHandler', 'open_crate', 'Lid'], { title: 'Crate Contract' })
    );
    expect(declared.types).toEqual(['CrateHandler', 'Lid']);
    expect(declared.operations).toEqual(['open_crate']);
  });

  it('tells payloads and resources from operations', () => {
    const declared = declaredCode(
      declaring(['open_crate', 'open_crate_input', 'crates://recent', 'CrateResult'])
    );
    expect(declared.operations).toEqual(['open_crate', 'crates://recent']);
    expect(isResourceUri('crates://recent')).toBe(true);
    expect(isResourceUri('open_crate')).toBe(false);
  });

  it('takes what a JSON contract serves as its operations, its other names as types', () => {
    const { contract } = readContract('crates.json', [
      '{ "tools": [{ "name": "open_crate" }, { "name": "seal_crate" }],',
      '  "definitions": { "CrateRow": { "type": "object" } } }'
    ]);
    expect(contract.declared.operations).toEqual(['open_crate', 'seal_crate']);
  });

  it('wants a task for several types or one message, not for one plain type', () => {
    expect(declaredCode(declaring(['Lid', 'Hinge'])).typesWanted).toBe(true);
    expect(declaredCode(declaring(['LidEvent'])).typesWanted).toBe(true);
    expect(declaredCode(declaring(['Lid'])).typesWanted).toBe(false);
  });
});
