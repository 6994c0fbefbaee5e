import { describe, expect, it } from '@jest/globals';
import { cleanTitle, parseQuickstart } from '../../src/core/parse/quickstart.js';
import type { Scenario } from '../../src/core/model.js';

const FILE = 'specs/007-backup/quickstart.md';

function parse(lines: string[]): Scenario[] {
  const result = parseQuickstart({
    path: FILE,
    relativePath: 'quickstart.md',
    text: lines.join('\n')
  });
  expect(result.findings).toEqual([]);
  return result.quickstart.scenarios;
}

function titles(lines: string[]): string[] {
  return parse(lines).map(scenario => scenario.title);
}

function at(line: number, column = 1) {
  return { file: FILE, line, column };
}

describe('parseQuickstart: headed steps', () => {
  it('reads step, scenario and numbered headings with clean titles and positions', () => {
    const scenarios = parse([
      '# Quickstart: Backups', //                           1
      '',
      '## Step 1: Create a backup plan',
      '',
      '## Scenario 2 - Restore one file', //                5
      '',
      '## 3. Rotate old snapshots',
      '',
      '## Test: Restore into an empty disk',
      '', //                                                10
      '## Verify the checksum report'
    ]);
    expect(scenarios).toEqual([
      { title: 'Create a backup plan', source: at(3) },
      { title: 'Restore one file', source: at(5) },
      { title: 'Rotate old snapshots', source: at(7) },
      { title: 'Restore into an empty disk', source: at(9) },
      { title: 'Verify the checksum report', source: at(11) }
    ]);
  });

  it('skips set-up and reference sections even when numbered', () => {
    expect(
      titles([
        '# Quickstart',
        '## 1. Prerequisites',
        '## 2. Installation',
        '## Troubleshooting steps',
        '## Environment to test against',
        '## Next Steps',
        '## 3. Take a snapshot'
      ])
    ).toEqual(['Take a snapshot']);
  });

  it('needs a scenario word or a number: other headings are not scenarios', () => {
    expect(titles(['# Quickstart', '## Running the service', '## Architecture overview'])).toEqual(
      []
    );
  });

  it('uses the scenarios under a grouping heading rather than the group itself', () => {
    expect(
      titles([
        '# Quickstart',
        '## Test Scenarios',
        '### Scenario 1: Full backup',
        '### Scenario 2: Incremental backup',
        '## Example configuration', // labelled scenarios say which headings are scenarios
        '```yaml',
        'retention: 7',
        '```'
      ])
    ).toEqual(['Full backup', 'Incremental backup']);
    // Nearest miss: without labelled scenarios, a leaf with a scenario word is kept.
    expect(
      titles([
        '# Quickstart',
        '## Test Scenarios',
        '### 1. Full backup',
        '## Example configuration'
      ])
    ).toEqual(['Full backup', 'Example configuration']);
  });

  it('keeps a section with sub-headings that are not scenarios', () => {
    expect(
      titles(['# Quickstart', '## 1. Schedule nightly backups', '### Notes', '### Options'])
    ).toEqual(['Schedule nightly backups']);
  });

  it('reads numbered headings in any language and drops repeated titles', () => {
    expect(
      titles([
        '# 빠른 시작',
        '### 1. Helm으로 설치',
        '### 2. Probar la restauración',
        '### 3. Yedeği doğrula',
        '## Step 4: helm으로 설치'
      ])
    ).toEqual(['Helm으로 설치', 'Probar la restauración', 'Yedeği doğrula']);
  });
});

describe('parseQuickstart: numbered steps without step headings', () => {
  it('reads the top-level ordered list of a validation or scenarios section', () => {
    const scenarios = parse([
      '# Quickstart',
      '',
      '## Validation',
      '',
      '1. **Backup**: run a backup, check the manifest', //   5
      '   - sub-step is not a scenario',
      '2. Restore it',
      '',
      '- unordered items are not steps'
    ]);
    expect(scenarios).toEqual([
      { title: 'Backup: run a backup, check the manifest', source: at(5) },
      { title: 'Restore it', source: at(7) }
    ]);
  });

  it('reads a Verification section alike', () => {
    expect(
      titles(['# Quickstart', '## Build', '1. make', '## Verification', '1. Open the app'])
    ).toEqual(['Open the app']);
  });

  it('reads numbered steps right under the title, each titled by its first sentence', () => {
    const scenarios = parse([
      '# Quickstart: Throttling',
      '',
      '1. Start the server and one client.',
      '2. Push a rule capped at 1 MB/s and',
      '   send 5 MB/s through it. Watch cap.bytes_in grow.',
      '3. Lower the cap; the rate follows',
      '4. Is the v1.2 client refused? It should be.'
    ]);
    expect(scenarios.map(scenario => [scenario.title, scenario.source.line])).toEqual([
      ['Start the server and one client.', 3],
      ['Push a rule capped at 1 MB/s and send 5 MB/s through it.', 4],
      ['Lower the cap', 6],
      ['Is the v1.2 client refused?', 7]
    ]);
  });

  it('does not read numbered steps of a set-up section as scenarios', () => {
    expect(
      titles(['# Quickstart', '## Build Instructions', '1. Clone', '2. Build', '## Configuration'])
    ).toEqual([]);
  });

  it('finds nothing in an empty quickstart or one with a title only', () => {
    expect(parse([])).toEqual([]);
    expect(parse(['# Quickstart'])).toEqual([]);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Scenario 2: Reset the counters', 'Reset the counters'],
    ['3. Create a user', 'Create a user'],
    ['1.2 Rotate keys', 'Rotate keys'],
    ['Step A - Prepare', 'Prepare'],
    ['Test Scenario 4: Upgrade', 'Upgrade'],
    ['Use case: Nightly job', 'Nightly job'],
    ['Scenario 5', 'Scenario 5'],
    ['Testing the restore path', 'Testing the restore path']
  ])('%s → %s', (heading, expected) => {
    expect(cleanTitle(heading)).toBe(expected);
  });
});

describe('parseQuickstart: guides that build rather than use the feature', () => {
  it('skips every heading under a set-up or implementation section, and estimates of build steps', () => {
    expect(
      titles([
        '# Quickstart: Fleet tracking',
        '## Quick Start (5 Minutes)',
        '### 1. Clone the repository',
        '### 2. Start the services',
        '## Implementation Steps',
        '### Step 1: Create the models',
        '## Test Scenarios',
        '### 1. Follow a truck on the map',
        '## Step 9: Write the tests (120 minutes)'
      ])
    ).toEqual(['Follow a truck on the map']);
  });

  it('reads numbered headings as scenarios at the top level or in a scenarios section, not as steps of another section', () => {
    expect(
      titles([
        '# Quickstart',
        '## 1. Create a runbook',
        '## 2. Execute it',
        '## Reference',
        '### 1. Exit codes'
      ])
    ).toEqual(['Create a runbook', 'Execute it']);
  });

  it('finds no scenario in a build guide whose steps are mostly set-up and implementation', () => {
    expect(
      titles([
        '# Developer quickstart',
        '## Step 1: Project Setup',
        '## Step 2: Data Layer Implementation',
        '## Step 3: Services Layer Implementation',
        '## Step 4: Testing',
        '### 4.1 Unit Tests',
        '## Step 5: Run and Validate'
      ])
    ).toEqual([]);
  });

  it('nearest miss: a walkthrough with one set-up step still has its scenarios', () => {
    expect(
      titles([
        '# Quickstart',
        '## Step 1: Install the CLI',
        '## Step 2: Validate a runbook',
        '## Step 3: Replay a recorded run',
        '## Step 4: Export the schema'
      ])
    ).toEqual(['Validate a runbook', 'Replay a recorded run', 'Export the schema']);
  });
});

describe('parseQuickstart: test data, reference and chores are not scenarios', () => {
  it('skips test data, a format description, API docs and a language tutorial, with their sub-headings', () => {
    expect(
      titles([
        '# Quickstart: Ride tracking',
        '## Test Data',
        '### Hill Test Route (loop)',
        '## Receipt Test Format',
        '## Swagger/OpenAPI',
        '## Language Basics',
        '### Control Flow',
        '## Walkthroughs',
        '### Checkout Flow'
      ])
    ).toEqual(['Checkout Flow']);
  });

  it('nearest miss: a step that loads test data is still a scenario', () => {
    expect(titles(['# Quickstart', '## 1. Test Data Loading', '## 2. Train the model'])).toEqual([
      'Test Data Loading',
      'Train the model'
    ]);
  });

  it('skips running the checks, linters and test suites', () => {
    expect(
      titles([
        '# Quickstart',
        '## 1. Start the server',
        '## 2. Run Checks',
        '## Verifying mypy and tests',
        '## Backend Tests',
        '## Manual Testing',
        '## 3. Verify the ping'
      ])
    ).toEqual(['Start the server', 'Verify the ping']);
    expect(
      titles(['# Quickstart', '## Validation', '1. Pages load', '2. npm run build passes'])
    ).toEqual(['Pages load']);
  });
});

describe('parseQuickstart: labelled and unlabelled real scenarios', () => {
  it('keeps a labelled scenario whose title has a set-up word, and drops unlabelled test headings beside labelled ones', () => {
    expect(
      titles([
        '# Quickstart',
        '## Scenario 1: Walking pace',
        '## Scenario 2: Configuration Change Test (rotate the screen)',
        '## Release gate evidence for the test team'
      ])
    ).toEqual(['Walking pace', 'Configuration Change Test (rotate the screen)']);
  });

  it('reads Korean labelled scenarios', () => {
    expect(
      titles([
        '# 빠른 시작',
        '## 설정 시나리오',
        '### 시나리오 1: 외부 캐시 사용',
        '### 시나리오 2: TLS 활성화'
      ])
    ).toEqual(['외부 캐시 사용', 'TLS 활성화']);
  });

  it('keeps the checks of a failure-path section, not the entries of a troubleshooting one', () => {
    expect(
      titles([
        '# Quickstart',
        '## Step 1 — Start the relay',
        '## Failure-path quickchecks',
        '### Wrong fingerprint',
        '### Port collision',
        '## Troubleshooting',
        '### Wrong port'
      ])
    ).toEqual(['Start the relay', 'Wrong fingerprint', 'Port collision']);
  });

  it('reads plural flows and a testing heading as scenarios', () => {
    expect(
      titles(['# Quickstart', '## Concepts', '### Refund Flows', '### Testing Seat Limits'])
    ).toEqual(['Refund Flows', 'Testing Seat Limits']);
  });
});
