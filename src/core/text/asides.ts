/** Small text helpers the parsers, the planner and the checker share. */

/**
 * The text without its parenthesised asides, nested ones included, spaces collapsed and ends
 * trimmed: `Tests First (TDD)` → `Tests First`, `Garden Planner (Planner.Core NuGet)` → `Garden Planner`.
 */
export function withoutAsides(text: string): string {
  let result = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) result += ch;
  }
  return result.replace(/\s+/g, ' ').trim();
}
