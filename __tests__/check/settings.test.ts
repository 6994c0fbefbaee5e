/**
 * Rule settings: catalogue defaults, `.spec-tasks.yml`, and `rule=level` overrides from the CLI
 * and the action, with errors that say where the mistake is.
 */
import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { RULES } from '../../src/core/check/rules-catalog.js';
import {
  applyConfigFile,
  applyOverrides,
  applySettings,
  defaultSettings,
  SettingsError
} from '../../src/core/check/settings.js';
import type { Finding } from '../../src/core/model.js';

const CONFIG = '.spec-tasks.yml';

function config(text: string, path = CONFIG) {
  return applyConfigFile(defaultSettings(), { path, relativePath: path, text }).settings;
}

function configError(text: string, path = CONFIG): string {
  try {
    config(text, path);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('expected a SettingsError');
}

function overrideError(text: string, origin: string): string {
  try {
    applyOverrides(defaultSettings(), text, origin);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('expected a SettingsError');
}

function finding(ruleId: string, severity: Finding['severity'] = 'warning'): Finding {
  return {
    ruleId,
    severity,
    message: `${ruleId} fired`,
    location: { file: 'specs/001-x/tasks.md', line: 1, column: 1 }
  };
}

describe('defaultSettings', () => {
  it('holds every catalogued rule at its default severity', () => {
    const { levels } = defaultSettings();
    expect([...levels.keys()]).toEqual(RULES.map(rule => rule.id));
    for (const rule of RULES) expect(levels.get(rule.id)).toBe(rule.defaultSeverity);
  });

  it('sets the documented defaults for a few rules', () => {
    const { levels } = defaultSettings();
    expect(levels.get('contract-untested')).toBe('error');
    expect(levels.get('missing-file-path')).toBe('warning');
    expect(levels.get('task-id-order')).toBe('note');
  });

  it('fails CI on a refused file by default: file-rejected is an error', () => {
    expect(defaultSettings().levels.get('file-rejected')).toBe('error');
  });

  it("gives every rule the default the README's rule table documents", () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const documented = new Map(
      [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|note) \|/gm)].map(row => [
        row[1]!,
        row[2]!
      ])
    );
    expect(documented).toEqual(new Map(RULES.map(rule => [rule.id, rule.defaultSeverity])));
  });

  it('gives a fresh map each time, so one run cannot change the next', () => {
    const first = defaultSettings();
    first.levels.set('task-id-order', 'off');
    expect(defaultSettings().levels.get('task-id-order')).toBe('note');
  });
});

describe('applyConfigFile', () => {
  it('reads `rules: { id: level }`', () => {
    const { levels } = config(
      'rules:\n  task-id-order: off\n  missing-file-path: error\n  stale-tasks: note\n'
    );
    expect(levels.get('task-id-order')).toBe('off');
    expect(levels.get('missing-file-path')).toBe('error');
    expect(levels.get('stale-tasks')).toBe('note');
    expect(levels.get('contract-untested')).toBe('error');
  });

  it('reads the flow form and levels in any case', () => {
    const { levels } = config('rules: { task-id-order: WARNING, story-untested: Off }\n');
    expect(levels.get('task-id-order')).toBe('warning');
    expect(levels.get('story-untested')).toBe('off');
  });

  it('takes `notice` (the GitHub word) as note', () => {
    expect(config('rules:\n  stale-tasks: notice\n').levels.get('stale-tasks')).toBe('note');
  });

  it('leaves the defaults for an empty file, empty rules, or rules all commented out', () => {
    const defaults = defaultSettings().levels;
    expect(config('').levels).toEqual(defaults);
    expect(config('# nothing yet\n').levels).toEqual(defaults);
    expect(config('rules:\n').levels).toEqual(defaults);
    expect(config('rules:\n  # task-id-order: off\n').levels).toEqual(defaults);
  });

  it('does not change the settings it was given', () => {
    const base = defaultSettings();
    applyConfigFile(base, {
      path: CONFIG,
      relativePath: CONFIG,
      text: 'rules:\n  task-id-order: off\n'
    });
    expect(base.levels.get('task-id-order')).toBe('note');
  });

  it('names the file and line of an unknown rule, and lists the known ones', () => {
    const message = configError(
      '# team settings\nrules:\n  task-id-order: off\n  missing-plans: error\n'
    );
    expect(message).toMatch(/^\.spec-tasks\.yml:4: unknown rule "missing-plans"/);
    expect(message).toContain('missing-plan,');
  });

  it('names the file and line of a level that is not error, warning, note or off', () => {
    expect(
      configError('rules:\n  task-id-order: off\n  stale-tasks: critical\n', 'ci/rules.yml')
    ).toBe('ci/rules.yml:3: "critical" is not one of error, warning, note, off');
  });

  it('rejects a rule given no level, at its line', () => {
    expect(configError('rules:\n  stale-tasks:\n')).toMatch(
      /^\.spec-tasks\.yml:2: "null" is not one of/
    );
  });

  it('rejects rules written as a list, naming the rules line', () => {
    expect(configError('# x\nrules:\n  - task-id-order\n')).toBe(
      '.spec-tasks.yml:2: "rules" must map rule ids to error, warning, note or off'
    );
  });

  it('rejects rules written as a single word', () => {
    expect(configError('rules: off\n')).toMatch(/^\.spec-tasks\.yml:1: "rules" must map/);
  });

  it('rejects an unknown top-level key at its line, naming the known keys', () => {
    expect(configError('# team settings\nrule:\n  task-id-order: off\n', 'ci/rules.yml')).toBe(
      'ci/rules.yml:2: unknown key "rule" (known keys: rules)'
    );
  });

  it('rejects an unknown key beside rules, rather than reading rules and ignoring it', () => {
    expect(configError('rules:\n  task-id-order: off\nseverity: error\n')).toBe(
      '.spec-tasks.yml:3: unknown key "severity" (known keys: rules)'
    );
  });

  it('rejects a file that is a list or a single word instead of a mapping', () => {
    expect(configError('- rules\n')).toBe(
      '.spec-tasks.yml:1: the file must be a mapping of settings (known keys: rules)'
    );
    expect(configError('rules\n')).toBe(
      '.spec-tasks.yml:1: the file must be a mapping of settings (known keys: rules)'
    );
  });

  it('names the file and line of broken YAML', () => {
    expect(configError('rules:\n  task-id-order: off\n bad: [\n')).toMatch(
      /^\.spec-tasks\.yml:\d+: Cannot parse \.spec-tasks\.yml as YAML/
    );
  });
});

describe('applyOverrides', () => {
  it('reads rule=level pairs separated by commas or new lines, spaces around them ignored', () => {
    const { levels } = applyOverrides(
      defaultSettings(),
      ' task-id-order = warning ,missing-file-path=off\n\n stale-tasks=ERROR ',
      'input "rules"'
    );
    expect(levels.get('task-id-order')).toBe('warning');
    expect(levels.get('missing-file-path')).toBe('off');
    expect(levels.get('stale-tasks')).toBe('error');
  });

  it('lets the later of two overrides for a rule win', () => {
    const once = applyOverrides(defaultSettings(), 'stale-tasks=error', '--rule');
    const twice = applyOverrides(once, 'stale-tasks=note', '--rule');
    expect(twice.levels.get('stale-tasks')).toBe('note');
    expect(once.levels.get('stale-tasks')).toBe('error');
  });

  it('overrides what a config file set', () => {
    const fromFile = config('rules:\n  task-id-order: error\n');
    expect(
      applyOverrides(fromFile, 'task-id-order=off', '--rule').levels.get('task-id-order')
    ).toBe('off');
  });

  it('accepts an empty text as no overrides', () => {
    expect(applyOverrides(defaultSettings(), ' , \n', '--rule').levels).toEqual(
      defaultSettings().levels
    );
  });

  it('names its origin for an unknown rule', () => {
    expect(overrideError('parallel-conflict=off', 'input "rules"')).toMatch(
      /^input "rules": unknown rule "parallel-conflict" \(rules: missing-plan, /
    );
  });

  it('names its origin for a bad level', () => {
    expect(overrideError('stale-tasks=loud', '--rule')).toBe(
      '--rule: "loud" is not one of error, warning, note, off'
    );
  });

  it('names its origin for an entry without `=`', () => {
    expect(overrideError('task-id-order=off, stale-tasks', '--rule')).toBe(
      '--rule: "stale-tasks" is not rule=level'
    );
  });

  it('rejects an empty level', () => {
    expect(overrideError('stale-tasks=', '--rule')).toBe(
      '--rule: "" is not one of error, warning, note, off'
    );
  });
});

describe('applySettings', () => {
  it('drops findings of rules turned off and re-grades the rest', () => {
    const settings = applyOverrides(
      defaultSettings(),
      'task-id-order=off, missing-file-path=error',
      '--rule'
    );
    const result = applySettings(
      [finding('task-id-order', 'note'), finding('missing-file-path'), finding('stale-tasks')],
      settings
    );
    expect(result.map(found => [found.ruleId, found.severity])).toEqual([
      ['missing-file-path', 'error'],
      ['stale-tasks', 'warning']
    ]);
  });

  it('re-grades a finding raised at another severity to its rule level', () => {
    const [graded] = applySettings([finding('contract-untested', 'note')], defaultSettings());
    expect(graded!.severity).toBe('error');
  });

  it('keeps the severity of a finding whose rule has no setting', () => {
    const settings = { levels: new Map() };
    expect(applySettings([finding('stale-tasks', 'note')], settings)[0]!.severity).toBe('note');
  });

  it('does not change the findings it was given', () => {
    const original = finding('missing-file-path');
    applySettings([original], applyOverrides(defaultSettings(), 'missing-file-path=error', 'x'));
    expect(original.severity).toBe('warning');
  });
});
