/** docs/comment-example.md shows the comment the action posts for the bundled example, as it is. */
import fs from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { commentExample, EXAMPLE_DOC } from '../../scripts/comment-example.js';

describe('docs/comment-example.md', () => {
  it('is the comment the action builds for the example today (npm run comment-example)', async () => {
    expect(fs.readFileSync(EXAMPLE_DOC, 'utf8')).toBe(await commentExample());
  });
});
