import { describe, expect, it } from '@jest/globals';
import { parseSpec, readStoryHeading } from '../../src/core/parse/spec.js';
import type { Spec } from '../../src/core/model.js';

const FILE = 'specs/012-loyalty/spec.md';

function parse(lines: string[]): Spec {
  const result = parseSpec({ path: FILE, relativePath: 'spec.md', text: lines.join('\n') });
  expect(result.findings).toEqual([]);
  return result.spec;
}

function at(line: number, column = 1) {
  return { file: FILE, line, column };
}

function storyLines(spec: Spec): string[] {
  return spec.stories.map(
    story => `${story.id} ${story.title} [${story.priority ?? '-'}] ${story.scenarios.length}`
  );
}

describe('parseSpec: title', () => {
  it('strips the "Feature Specification:" prefix and keeps any other title whole', () => {
    expect(parse(['# Feature Specification: Loyalty Points']).title).toBe('Loyalty Points');
    expect(parse(['# feature specification:  Points']).title).toBe('Points');
    expect(parse(['# Feature Spec 012: Loyalty']).title).toBe('Feature Spec 012: Loyalty');
    expect(parse(['## Only a section']).title).toBeUndefined();
  });
});

describe('parseSpec: user stories in the current spec-kit format', () => {
  it('reads number, title, priority and position of each `User Story N - Title (Priority: PN)`', () => {
    const spec = parse([
      '# Feature Specification: Loyalty', //                  1
      '',
      '## User Scenarios & Testing *(mandatory)*',
      '',
      '### User Story 1 - Earn points on purchase (Priority: P1)', // 5
      '',
      'A shopper earns points.',
      '',
      '### User Story 2 — Redeem points at checkout (Priority: P2)',
      '', //                                                  10
      '### User Story 3 – Share points with family (Priority: P3)',
      '',
      '### User Story 4: See a points history',
      '',
      '### **User Story 5 - Expire old points** (Priority: P3)' // 15
    ]);
    expect(storyLines(spec)).toEqual([
      'US1 Earn points on purchase [P1] 0',
      'US2 Redeem points at checkout [P2] 0',
      'US3 Share points with family [P3] 0',
      'US4 See a points history [-] 0',
      'US5 Expire old points [P3] 0'
    ]);
    expect(spec.stories.map(story => story.source)).toEqual([at(5), at(9), at(11), at(13), at(15)]);
    expect(spec.stories.map(story => story.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('cuts an emoji marker off the title but keeps titles in any script', () => {
    const spec = parse([
      '### User Story 1 - Earn points (Priority: P1) 🎯 MVP',
      '### User Story 2 - Punkte einlösen ✅ (Priority: P2)',
      '### User Story 3 - 가족과 포인트 공유 (Priority: P3)',
      '### User Story 4 - 积分兑换礼品 (Priority: P3)',
      '### User Story 5 - Puanları görüntüleme (Priority: P4)'
    ]);
    expect(spec.stories.map(story => story.title)).toEqual([
      'Earn points',
      'Punkte einlösen',
      '가족과 포인트 공유',
      '积分兑换礼品',
      'Puanları görüntüleme'
    ]);
    expect(spec.stories.map(story => story.priority)).toEqual(['P1', 'P2', 'P3', 'P3', 'P4']);
  });

  it('reads the short `US-N: Title (PN)` heading some teams use', () => {
    const spec = parse([
      '## User Scenarios',
      '### US-1: Browse rewards without an account (P0)',
      '### US2 - Claim a reward (P1)'
    ]);
    expect(storyLines(spec)).toEqual([
      'US1 Browse rewards without an account [P0] 0',
      'US2 Claim a reward [P1] 0'
    ]);
  });

  it('ignores headings that only look like stories and keeps the first of a repeated number', () => {
    const spec = parse([
      '## User Stories',
      '### User Story Mapping',
      '### USB accessories',
      '### User Story 1 - First (Priority: P1)',
      '### User Story 1 - Duplicate (Priority: P2)',
      '### Users story 2 - Typo'
    ]);
    expect(storyLines(spec)).toEqual(['US1 First [P1] 0']);
  });

  it('does not take a parenthesis without a priority for one', () => {
    expect(readStoryHeading('User Story 7 - Export (CSV) for auditors')).toEqual({
      number: 7,
      title: 'Export (CSV) for auditors',
      priority: undefined
    });
    expect(readStoryHeading('User Story 8')).toEqual({
      number: 8,
      title: 'User Story 8',
      priority: undefined
    });
    expect(readStoryHeading('Story 9 - Missing the word user')).toBeUndefined();
  });
});

describe('parseSpec: acceptance scenarios', () => {
  it('splits numbered, bold Given/When/Then items and keeps their positions', () => {
    const spec = parse([
      '### User Story 1 - Earn points (Priority: P1)', //        1
      '',
      '**Independent Test**: buy something, then check the balance.',
      '',
      '**Acceptance Scenarios**:', //                           5
      '',
      '1. **Given** a signed-in shopper, **When** they pay 10 EUR, **Then** 10 points are added',
      '2. **Given** a refunded order **Then** the points are removed',
      '3. Shopper sees the balance', // no Given/Then: not a scenario
      '4. **given** a guest, **when** they pay, **then** nothing is added' // 10
    ]);
    const scenarios = spec.stories[0]!.scenarios;
    expect(scenarios.map(s => [s.given, s.when, s.then])).toEqual([
      ['a signed-in shopper', 'they pay 10 EUR', '10 points are added'],
      ['a refunded order', undefined, 'the points are removed'],
      ['a guest', 'they pay', 'nothing is added']
    ]);
    expect(scenarios[0]!.text).toBe(
      'Given a signed-in shopper, When they pay 10 EUR, Then 10 points are added'
    );
    expect(scenarios.map(s => s.source)).toEqual([at(7), at(8), at(10)]);
  });

  it('reads scenarios written as paragraphs that start with Given', () => {
    const spec = parse([
      '### US-3: Share points (P1)',
      '',
      'Given a shopper, then sharing should be easy.', // starts with Given: a scenario
      '',
      '**Given** a family group,',
      '**When** a member shares 50 points,',
      '**Then** the receiver sees 50 more points.',
      '',
      'Sharing is given priority, then polished later.' // prose, not a scenario
    ]);
    const scenarios = spec.stories[0]!.scenarios;
    expect(scenarios.map(s => s.source.line)).toEqual([3, 5]);
    expect(scenarios[1]).toMatchObject({
      given: 'a family group',
      when: 'a member shares 50 points',
      then: 'the receiver sees 50 more points.'
    });
  });

  it('keeps each story to its own scenarios, sub-sections included', () => {
    const spec = parse([
      '### User Story 1 - A (Priority: P1)',
      '#### Acceptance',
      '1. Given x, When y, Then z',
      '### User Story 2 - B (Priority: P2)',
      '1. Given p, When q, Then r'
    ]);
    expect(spec.stories.map(s => s.scenarios.map(x => x.given))).toEqual([['x'], ['p']]);
  });
});

describe('parseSpec: the older Primary User Story format', () => {
  it('makes one story titled by its first sentence, with the Acceptance Scenarios section', () => {
    const spec = parse([
      '## User Scenarios & Testing',
      '',
      '### Primary User Story', //                                3
      'A shop owner wants loyal customers to come back. They reward purchases.',
      '',
      '### Acceptance Scenarios',
      '1. **Given** a customer, **When** they buy, **Then** points accrue',
      '2. **Given** a balance, **When** it expires, **Then** it drops to zero'
    ]);
    expect(spec.stories).toHaveLength(1);
    expect(spec.stories[0]).toMatchObject({
      id: 'US1',
      number: 1,
      title: 'A shop owner wants loyal customers to come back',
      priority: undefined,
      source: at(3)
    });
    expect(spec.stories[0]!.scenarios.map(s => s.then)).toEqual([
      'points accrue',
      'it drops to zero'
    ]);
  });

  it('shortens a long first sentence at a word boundary and falls back to a generic title', () => {
    const long = `As an operator ${'who watches many dashboards '.repeat(6)}I want alerts.`;
    const spec = parse(['### Primary User Story', long]);
    const title = spec.stories[0]!.title;
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(101);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(parse(['### Primary User Story', '', '- only a list']).stories[0]!.title).toBe(
      'Primary User Story'
    );
  });

  it('makes each numbered group of acceptance scenarios a story of its own, titled by the group', () => {
    const spec = parse([
      '### Primary User Story',
      'Florists restock their cold rooms from one supplier portal.',
      '',
      '### Acceptance Scenarios',
      '',
      '#### Scenario 1: Supplier sign-in', //                          6
      '1. **Given** a supplier account, **When** it signs in, **Then** a token is issued',
      '2. **Given** a locked account, **When** it signs in, **Then** it is refused',
      '',
      '#### Scenario 2: Restock order', //                             10
      '1. **Given** a signed-in florist, **When** they order roses, **Then** the order is queued',
      '',
      '### Edge Cases',
      '- What happens when the portal is down?'
    ]);
    expect(storyLines(spec)).toEqual(['US1 Supplier sign-in [-] 2', 'US2 Restock order [-] 1']);
    expect(spec.stories[1]!.source).toEqual(at(10));
  });

  it('nearest miss: one group of scenarios, or groups without Given/Then, keep the one story', () => {
    const spec = parse([
      '### Primary User Story',
      'Florists restock their cold rooms.',
      '### Acceptance Scenarios',
      '#### Scenario 1: Supplier sign-in',
      '1. **Given** a supplier, **When** it signs in, **Then** a token is issued',
      '#### Scenario 2: Notes',
      'Sign-in is covered by the portal team.'
    ]);
    expect(storyLines(spec)).toEqual(['US1 Florists restock their cold rooms [-] 1']);
  });

  it('is not used when numbered stories exist', () => {
    const spec = parse([
      '### Primary User Story',
      'Someone does something.',
      '### User Story 1 - Real (Priority: P1)'
    ]);
    expect(storyLines(spec)).toEqual(['US1 Real [P1] 0']);
  });

  it('finds no story in a spec without either format', () => {
    expect(parse(['# Spec', '## Overview', 'Prose only.']).stories).toEqual([]);
  });
});

describe('parseSpec: requirements', () => {
  it('reads FR-### and SC-### list items with id, text and position', () => {
    const spec = parse([
      '## Requirements', //                                            1
      '',
      '### Functional Requirements',
      '',
      '- **FR-001**: System MUST award one point per euro', //         5
      '- **FR-002**: System MUST let shoppers redeem points',
      '- **FR-002a**: Redemption MUST be atomic',
      '',
      '## Success Criteria',
      '', //                                                           10
      '1. **SC-001**: 95% of redemptions finish within 2 s',
      '2. SC-002 — No shopper loses points on refund',
      '- NFR-001. Audit log kept 1 year'
    ]);
    expect(spec.requirements.map(r => [r.id, r.text])).toEqual([
      ['FR-001', 'System MUST award one point per euro'],
      ['FR-002', 'System MUST let shoppers redeem points'],
      ['FR-002A', 'Redemption MUST be atomic'],
      ['SC-001', '95% of redemptions finish within 2 s'],
      ['SC-002', 'No shopper loses points on refund'],
      ['NFR-001', 'Audit log kept 1 year']
    ]);
    expect(spec.requirements.map(r => r.source)).toEqual([
      at(5),
      at(6),
      at(7),
      at(11),
      at(12),
      at(13)
    ]);
  });

  it('reads nested items, keeps the first of a repeated id and skips mentions in prose', () => {
    const spec = parse([
      'FR-009 is mentioned in a paragraph and is not a requirement.',
      '',
      '- Points',
      '  - **FR-010**: Points MUST never go negative',
      '- **FR-010**: repeated id',
      '- See FR-011 for details',
      '- **FRX-012**: not an id'
    ]);
    expect(spec.requirements.map(r => [r.id, r.text, r.source.line])).toEqual([
      ['FR-010', 'Points MUST never go negative', 4]
    ]);
  });
});

describe('parseSpec: key entities', () => {
  it('reads name and description with colon, em dash or spaced hyphen separators', () => {
    const spec = parse([
      '### Key Entities *(include if feature involves data)*', //   1
      '',
      '- **Member**: a shopper enrolled in the programme',
      '- **Points Ledger** — every earn and burn event',
      '- Reward - something points can buy', //                     5
      '- Tier'
    ]);
    expect(spec.keyEntities).toEqual([
      { name: 'Member', description: 'a shopper enrolled in the programme', source: at(3) },
      { name: 'Points Ledger', description: 'every earn and burn event', source: at(4) },
      { name: 'Reward', description: 'something points can buy', source: at(5) },
      { name: 'Tier', description: '', source: at(6) }
    ]);
  });

  it('stops at a Relationships list and skips sentences too long to be a name', () => {
    const spec = parse([
      '### Key Entities',
      '',
      '- **Member**: a shopper',
      `- ${'A very long sentence that describes something without any separator '.repeat(2)}`,
      '',
      '**Relationships**:',
      '- Member → Ledger (one-to-many)',
      '- Ledger belongs to Member'
    ]);
    expect(spec.keyEntities.map(entity => entity.name)).toEqual(['Member']);
  });

  it('reads only the Key Entities section', () => {
    const spec = parse([
      '### Assumptions',
      '- **Cache**: warm',
      '### Key Entities',
      '- **Card**: x'
    ]);
    expect(spec.keyEntities.map(entity => entity.name)).toEqual(['Card']);
  });
});
