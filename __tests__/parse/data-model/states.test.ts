import { describe, expect, it } from '@jest/globals';
import { parse, entity, states } from './read.js';

describe('parseDataModel: state transitions', () => {
  it('reads an entity’s own "State transitions" label: lists, code chains and inline code', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Payment',
      '',
      '| Field | Type |',
      '|---|---|',
      '| status | enum |',
      '',
      '**State transitions**:',
      '- `Pending → Paid`: provider confirmed the charge',
      '- `Failed -> Pending`, `Expired -> Pending` are allowed after a retry',
      '- Paid/Refunded → Closed (month end)',
      '- The ledger -> is updated nightly',
      '',
      '**Validation rules**:',
      '- `amount` → positive',
      '',
      '## Order',
      '',
      '| Field | Type |',
      '|---|---|',
      '| state | enum |',
      '',
      '**Lifecycle**:',
      '```',
      'Draft ──(submit)──> Placed',
      'Placed → Shipped → Delivered',
      '[*] --> Draft',
      '```'
    ]);
    expect(states(entity(model, 'Payment'))).toEqual([
      'Pending>Paid (provider confirmed the charge)',
      'Failed>Pending (are allowed after a retry)',
      'Expired>Pending (are allowed after a retry)',
      'Paid>Closed (month end)',
      'Refunded>Closed (month end)'
    ]);
    expect(entity(model, 'Payment').states[0]!.source.line).toBe(10);
    expect(states(entity(model, 'Order'))).toEqual([
      'Draft>Placed (submit)',
      'Placed>Shipped',
      'Shipped>Delivered'
    ]);
    expect(entity(model, 'Order').states[1]!.source.line).toBe(27);
  });

  it('gives a "State Transitions" section to the entity its title or labels name', () => {
    const model = parse([
      '# Data Model',
      '',
      '## Entities',
      '',
      '### Batch',
      '- `id`: uuid',
      '- `status`: BatchStatus',
      '',
      '### Upload',
      '- `id`: uuid',
      '- `size`: int',
      '',
      '## State Transitions',
      '',
      '### Batch Status State Machine',
      '',
      '```mermaid',
      'stateDiagram-v2',
      '    [*] --> Open',
      '    Open --> Closed : complete',
      '```',
      '',
      '### Upload lifecycle',
      '',
      '| From | To | Trigger |',
      '|------|----|---------|',
      '| Queued | Stored | upload finished |',
      '',
      '### Process flow',
      '',
      '- Start → Finish'
    ]);
    expect(states(entity(model, 'Batch'))).toEqual(['Open>Closed (complete)']);
    expect(entity(model, 'Batch').states[0]!.source.line).toBe(20);
    expect(states(entity(model, 'Upload'))).toEqual(['Queued>Stored (upload finished)']);
  });

  it('labels inside a state section pick the entity; the only entity takes the rest', () => {
    const model = parse([
      '# Data Model',
      '',
      '## User Entity',
      '',
      '**Fields**:',
      '- `id`: UUID',
      '- `status`: Enum',
      '',
      '## State Transitions',
      '',
      '**User Status**:',
      '- ACTIVE → LOCKED (after 3 failed logins)',
      '- Any → DELETED'
    ]);
    expect(states(entity(model, 'User'))).toEqual([
      'ACTIVE>LOCKED (after 3 failed logins)',
      'Any>DELETED'
    ]);
  });
});
