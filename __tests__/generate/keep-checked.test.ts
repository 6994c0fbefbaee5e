/**
 * Generation with nothing lost: regenerating keeps the checked boxes of tasks that still exist,
 * reports those that do not, and never replaces a list a person wrote or edited unless forced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { run } from '../../src/cli/main.js';
import { generateTasks, generationInputHash } from '../../src/core/generate.js';
import type { Feature, SourceDocument } from '../../src/core/model.js';
import { parseMarker } from '../../src/core/marker.js';
import {
  classicTemplate,
  contract,
  endpoint,
  entity,
  feature,
  userStoryTemplate
} from '../helpers/builders.js';
import { capture, scratchRepo } from '../helpers/workspace.js';

const TEMPLATE = classicTemplate();
const TEMPLATE_TEXT = '# template text';
const TASKS_PATH = 'specs/001-test/tasks.md';

function widgets(
  options: { entities?: string[]; endpoints?: string[]; inputHash?: string } = {}
): Feature {
  const { entities = ['Widget', 'Gadget'], endpoints = ['GET /v1/widgets', 'POST /v1/widgets'] } =
    options;
  return feature({
    dataModel: { entities: entities.map(name => entity(name)), relationships: [] },
    contracts: [
      contract(
        'widgets.yaml',
        endpoints.map(text => {
          const [method, route] = text.split(' ');
          return endpoint(method!, route!);
        })
      )
    ],
    inputHash: options.inputHash ?? 'sha256:inputs-v1'
  });
}

function existing(text: string): SourceDocument {
  return { path: TASKS_PATH, relativePath: 'tasks.md', text };
}

function generate(model: Feature, old?: string, force = false) {
  return generateTasks(model, TEMPLATE, TEMPLATE_TEXT, {
    existing: old === undefined ? undefined : existing(old),
    force
  });
}

/** The task line that says `description`; there must be exactly one. */
function lineOf(text: string, description: string): string {
  const lines = text
    .split('\n')
    .filter(line => /^- \[[ x]\] T\d/.test(line) && line.includes(description));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

function tick(text: string, description: string): string {
  const line = lineOf(text, description);
  expect(line.startsWith('- [ ] ')).toBe(true);
  return text.replace(line, '- [x] ' + line.slice(6));
}

function idOf(line: string): string {
  return /^- \[[ x]\] (T\d{3})/.exec(line)![1]!;
}

function checkedLines(text: string): string[] {
  return text.split('\n').filter(line => /^- \[x\] T\d/.test(line));
}

describe('generateTasks: a folder without tasks.md', () => {
  it('creates the list, with no box checked', () => {
    const result = generate(widgets());
    expect(result.status).toBe('created');
    expect(result.reason).toBeUndefined();
    expect(result.droppedChecked).toEqual([]);
    expect(checkedLines(result.content)).toEqual([]);
    expect(parseMarker(result.content.split('\n')[0]!)?.inputHash).toBe(
      generationInputHash(widgets(), TEMPLATE, TEMPLATE_TEXT)
    );
  });
});

describe('generateTasks: over its own output', () => {
  it('reports unchanged when nothing changed', () => {
    const first = generate(widgets()).content;
    const again = generate(widgets(), first);
    expect(again.status).toBe('unchanged');
    expect(again.content).toBe(first);
  });

  it('reports unchanged, keeping the ticks, when only boxes were ticked', () => {
    const ticked = tick(tick(generate(widgets()).content, 'Create Widget model'), 'Contract test');
    const again = generate(widgets(), ticked);
    expect(again.status).toBe('unchanged');
    expect(again.content).toBe(ticked);
  });

  it('keeps a ticked box when a task inserted before it shifts its ID', () => {
    const ticked = tick(
      tick(generate(widgets()).content, 'Create Widget model'),
      'Implement GET /v1/widgets'
    );
    const oldId = idOf(lineOf(ticked, 'Create Widget model'));
    const result = generate(
      widgets({ entities: ['Aardvark', 'Widget', 'Gadget'], inputHash: 'sha256:v2' }),
      ticked
    );
    expect(result.status).toBe('updated');
    const widget = lineOf(result.content, 'Create Widget model');
    expect(idOf(widget)).not.toBe(oldId);
    expect(widget.startsWith('- [x] ')).toBe(true);
    expect(lineOf(result.content, 'Implement GET /v1/widgets').startsWith('- [x] ')).toBe(true);
    expect(lineOf(result.content, 'Create Aardvark model').startsWith('- [ ] ')).toBe(true);
    expect(checkedLines(result.content)).toHaveLength(2);
    expect(result.droppedChecked).toEqual([]);
  });

  it('keeps the box of a task whose text changed with a count but kept its ID and files', () => {
    const ticked = tick(generate(widgets()).content, 'Contract test');
    const result = generate(
      widgets({ endpoints: ['GET /v1/widgets', 'POST /v1/widgets', 'DELETE /v1/widgets/{id}'] }),
      ticked
    );
    const test = lineOf(result.content, 'Contract test');
    expect(test).toContain('DELETE /v1/widgets/{id}');
    expect(test.startsWith('- [x] ')).toBe(true);
    expect(result.droppedChecked).toEqual([]);
  });

  it('reports a checked task that is gone, as it was written, and ticks nothing in its place', () => {
    const ticked = tick(generate(widgets()).content, 'Create Gadget model');
    const gone = lineOf(ticked, 'Create Gadget model');
    const result = generate(widgets({ entities: ['Widget'] }), ticked);
    expect(result.status).toBe('updated');
    expect(result.droppedChecked).toEqual([gone]);
    expect(checkedLines(result.content)).toEqual([]);
  });

  it('does not hand a removed task’s tick to the task that takes over its ID and file', () => {
    const ticked = tick(generate(widgets()).content, 'Implement GET /v1/widgets');
    const gone = lineOf(ticked, 'Implement GET /v1/widgets');
    const result = generate(widgets({ endpoints: ['POST /v1/widgets'] }), ticked);
    const post = lineOf(result.content, 'Implement POST /v1/widgets');
    expect(idOf(post)).toBe(idOf(gone));
    expect(post.startsWith('- [ ] ')).toBe(true);
    expect(result.droppedChecked).toEqual([gone]);
  });

  it('does not report unchecked tasks that are gone', () => {
    const result = generate(widgets({ entities: ['Widget'] }), generate(widgets()).content);
    expect(result.status).toBe('updated');
    expect(result.droppedChecked).toEqual([]);
  });

  it('regenerates when only the template changed, recording the new inputs', () => {
    const first = generate(widgets()).content;
    const result = generateTasks(widgets(), TEMPLATE, TEMPLATE_TEXT + '\n<!-- tweak -->', {
      existing: existing(first)
    });
    expect(result.status).toBe('updated');
    expect(result.content.split('\n')[0]).not.toBe(first.split('\n')[0]);
    expect(result.content.split('\n').slice(1)).toEqual(first.split('\n').slice(1));
  });

  it('reports, rather than silently loses, ticks of tasks whose files a new template moves', () => {
    const ticked = tick(generate(widgets()).content, 'Create Widget model');
    const result = generateTasks(widgets(), userStoryTemplate(), 'other template', {
      existing: existing(ticked)
    });
    expect(result.status).toBe('updated');
    const kept = checkedLines(result.content).filter(line => line.includes('Create Widget model'));
    expect(kept.length + result.droppedChecked.length).toBe(1);
  });
});

describe('generateTasks: lists it did not write', () => {
  const handWritten = (generated: string) =>
    [
      '# My tasks',
      '',
      lineOf(generated, 'Create Widget model').replace('- [ ] T', '- [X] T'),
      '- [x] T090 Talk to the platform team about quotas',
      ''
    ].join('\n');

  it('refuses a hand-written list, saying it has no marker, and changes nothing', () => {
    const old = handWritten(generate(widgets()).content);
    const result = generate(widgets(), old);
    expect(result.status).toBe('refused');
    expect(result.reason).toContain(TASKS_PATH);
    expect(result.reason).toContain('was not generated by spec-tasks');
    expect(result.reason).toContain('--force');
    expect(result.content.startsWith('<!-- spec-tasks:generated')).toBe(true);
  });

  it('replaces a hand-written list with force, keeping the ticks of tasks it still has', () => {
    const old = handWritten(generate(widgets()).content);
    const result = generate(widgets(), old, true);
    expect(result.status).toBe('updated');
    expect(lineOf(result.content, 'Create Widget model').startsWith('- [x] ')).toBe(true);
    expect(checkedLines(result.content)).toHaveLength(1);
    expect(result.droppedChecked).toEqual(['- [x] T090 Talk to the platform team about quotas']);
  });

  it('never ticks a task for a hand-written task that only shares its ID and file', () => {
    const generated = generate(widgets()).content;
    const ours = lineOf(generated, 'Create Widget model');
    const theirs = `- [x] ${idOf(ours)} Review the widget naming with design in ${/ in (\S+)$/.exec(ours)![1]}`;
    const result = generate(widgets(), ['# My tasks', '', theirs, ''].join('\n'), true);
    expect(checkedLines(result.content)).toEqual([]);
    expect(result.droppedChecked).toEqual([theirs]);
  });

  it('refuses a generated list that was then edited by hand', () => {
    const generated = generate(widgets()).content;
    const edited = generated.replace('Create Gadget model', 'Create Gadget model and its factory');
    const result = generate(widgets(), edited);
    expect(result.status).toBe('refused');
    expect(result.reason).toContain('edited by hand');
  });

  it('refuses an edited list even when its inputs changed too', () => {
    const generated = generate(widgets()).content;
    const edited = generated + '\nNotes: ask about quotas.\n';
    expect(generate(widgets({ inputHash: 'sha256:v2' }), edited).status).toBe('refused');
  });

  it('replaces an edited list with force, keeping checked boxes', () => {
    const generated = tick(generate(widgets()).content, 'Implement POST /v1/widgets');
    const edited = generated.replace('## Dependencies', 'Extra note.\n\n## Dependencies');
    const result = generate(widgets(), edited, true);
    expect(result.status).toBe('updated');
    expect(result.content).not.toContain('Extra note.');
    expect(lineOf(result.content, 'Implement POST /v1/widgets').startsWith('- [x] ')).toBe(true);
  });

  it('reports the checked tasks a forced replacement would drop, even when refusing', () => {
    const edited = tick(generate(widgets()).content, 'Create Gadget model') + '\nA note.\n';
    const gone = lineOf(edited, 'Create Gadget model');
    const refused = generate(widgets({ entities: ['Widget'] }), edited);
    expect(refused.status).toBe('refused');
    expect(refused.droppedChecked).toEqual([gone]);
  });
});

describe('the recorded inputs', () => {
  it('are the design documents and the template text, not where the template lies', () => {
    const model = widgets();
    const moved = { ...TEMPLATE, path: '.specify/templates/overrides/tasks-template.md' };
    expect(generationInputHash(model, moved, TEMPLATE_TEXT)).toBe(
      generationInputHash(model, TEMPLATE, TEMPLATE_TEXT)
    );
    expect(generationInputHash(model, TEMPLATE, TEMPLATE_TEXT + ' ')).not.toBe(
      generationInputHash(model, TEMPLATE, TEMPLATE_TEXT)
    );
  });
});

describe('spec-tasks generate --write: checked boxes on disk', () => {
  let repo: ReturnType<typeof scratchRepo> | undefined;
  afterEach(() => repo?.cleanup());

  it('keeps a ticked box across a regeneration that inserts a task, and warns of a dropped one', async () => {
    repo = scratchRepo('keep-checked');
    const tasksPath = path.join(repo.feature, 'tasks.md');
    expect(await run(['generate', '--write', repo.feature], capture(repo.root))).toBe(0);
    let text = fs.readFileSync(tasksPath, 'utf8');
    text = tick(text, 'Create CacheStatsSnapshot model');
    text = tick(text, 'Create HitRateWindow model');
    fs.writeFileSync(tasksPath, text);
    const dataModel = path.join(repo.feature, 'data-model.md');
    const model = fs.readFileSync(dataModel, 'utf8');
    fs.writeFileSync(
      dataModel,
      model
        .replace(/### HitRateWindow[\s\S]*?(?=### )/, '')
        .replace(
          '### CacheHitSample',
          '### AdmissionRecord\n\n| Field | Type | Description |\n|---|---|---|\n| admitted | bool | Whether the block was kept |\n\n### CacheHitSample'
        )
    );
    const io = capture(repo.root);
    expect(await run(['generate', '--write', repo.feature], io)).toBe(0);
    expect(io.err()).toContain('updated');
    expect(io.err()).toContain('checked task has no counterpart in the new list');
    expect(io.err()).toContain('Create HitRateWindow model');
    const after = fs.readFileSync(tasksPath, 'utf8');
    expect(after).toContain('AdmissionRecord');
    expect(lineOf(after, 'Create CacheStatsSnapshot model').startsWith('- [x] ')).toBe(true);
    expect(checkedLines(after)).toHaveLength(1);
  });
});
