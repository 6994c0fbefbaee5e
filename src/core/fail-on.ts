/**
 * When findings fail a run: one threshold for the CLI's exit status and the Action's step result,
 * so `--fail-on` and the `fail-on` input can never disagree.
 */
import type { SeverityCounts } from './check/result.js';

export const FAIL_ON = ['error', 'warning', 'never'] as const;

/** `error`: errors fail; `warning`: errors and warnings fail; `never`: nothing fails. */
export type FailOn = (typeof FAIL_ON)[number];

/** How many findings are at or above the threshold: notes never count. */
export function failingCount(counts: SeverityCounts, failOn: FailOn): number {
  if (failOn === 'never') return 0;
  return failOn === 'warning' ? counts.error + counts.warning : counts.error;
}
