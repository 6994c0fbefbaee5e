/**
 * action.yml against the code: it parses, runs the bundled entry on node24, and declares exactly
 * the inputs the action reads and only outputs the action sets (found by scanning src/action and
 * its folders).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { REPO_DIR } from '../helpers/workspace.js';

interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
}

const metadata = parse(
  fs.readFileSync(path.join(REPO_DIR, 'action.yml'), 'utf8')
) as ActionMetadata;

const ACTION_DIR = path.join(REPO_DIR, 'src', 'action');
const sources = fs
  .readdirSync(ACTION_DIR, { recursive: true, encoding: 'utf8' })
  .filter(name => name.endsWith('.ts'))
  .sort()
  .map(name => fs.readFileSync(path.join(ACTION_DIR, name), 'utf8'));

// Inputs are read with get-inputs/read-input.ts's getInput and getMultilineInput.
const GET_INPUT = /\bget(?:Multiline)?Input\(\s*(['"])([^'"]+)\1/g;

/**
 * Input names read literally (`core.getInput('x')`) or through a helper that takes the name as its
 * first parameter and passes it to core.getInput (`choice('fail-on', …)`).
 */
function inputsRead(): Set<string> {
  const names = new Set<string>();
  const helpers = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(GET_INPUT)) names.add(match[2]!);
    for (const match of source.matchAll(/\bfunction (\w+)(?:<[^>]*>)?\(\s*(\w+)\s*:\s*string/g)) {
      const [, helper, parameter] = match;
      if (new RegExp(`\\bget(?:Multiline)?Input\\(\\s*${parameter}\\b`).test(source))
        helpers.add(helper!);
    }
  }
  for (const source of sources)
    for (const helper of helpers)
      for (const match of source.matchAll(new RegExp(`\\b${helper}\\(\\s*(['"])([^'"]+)\\1`, 'g')))
        names.add(match[2]!);
  return names;
}

function outputsSet(): Set<string> {
  const names = new Set<string>();
  for (const source of sources)
    for (const match of source.matchAll(/\bcore\s*\.setOutput\(\s*(['"])([^'"]+)\1/g))
      names.add(match[2]!);
  return names;
}

describe('action.yml', () => {
  it('runs on node24 from a bundle that exists', () => {
    expect(metadata.runs.using).toBe('node24');
    expect(metadata.runs.main).toBe('dist/index.js');
    expect(fs.statSync(path.join(REPO_DIR, metadata.runs.main)).isFile()).toBe(true);
  });

  it('finds the inputs read through helpers as well as directly', () => {
    const read = inputsRead();
    expect(read).toContain('rules');
    expect(read).toContain('fail-on');
    expect(read).toContain('max-contract-bytes');
  });

  it('declares exactly the inputs the action reads', () => {
    expect([...inputsRead()].sort()).toEqual(Object.keys(metadata.inputs).sort());
  });

  it('declares only outputs the action sets', () => {
    const set = outputsSet();
    expect(Object.keys(metadata.outputs).length).toBeGreaterThan(0);
    expect(Object.keys(metadata.outputs).filter(name => !set.has(name))).toEqual([]);
  });

  it('gives every input a description, and a default when it is optional', () => {
    const inputs = Object.entries(metadata.inputs) as [
      string,
      { description?: unknown; required?: boolean; default?: unknown }
    ][];
    expect(inputs.filter(([, input]) => typeof input.description !== 'string')).toEqual([]);
    expect(inputs.filter(([, input]) => input.required !== true && !('default' in input))).toEqual(
      []
    );
  });
});
