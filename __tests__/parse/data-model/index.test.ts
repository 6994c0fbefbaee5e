import { describe, expect, it } from '@jest/globals';
import { FILE, parse } from './read.js';
import { parseDataModel } from '../../../src/core/parse/data-model/index.js';

describe('parseDataModel: odd input', () => {
  it('never throws', () => {
    const odd = [
      '',
      '#',
      '## ',
      '```',
      '## Entities\n\n### `X`\n```csharp\npublic class X\n{\n',
      '## Relationships\n\n- → → →\n- (1) ──── (*)',
      '## State Transitions\n\n- → A\n- A →\n- A ──( → B',
      '| Field |\n|---|\n| |',
      '- - - -\n  - Fields: ``',
      '### 🚀\n\n- `a`: b',
      '## 상태 전이\n\n```\n1. 설정 검증\n   ↓\n```'
    ];
    for (const text of odd) {
      const result = parseDataModel({ path: FILE, relativePath: 'data-model.md', text });
      expect(result.findings).toEqual([]);
      expect(Array.isArray(result.dataModel.entities)).toBe(true);
    }
  });

  it('finds nothing in a document without entities', () => {
    const model = parse(['# Data Model', '', '## Overview', '', 'This feature stores no data.']);
    expect(model).toEqual({ entities: [], relationships: [] });
  });
});
