import type { Finding, SourcePosition } from '../model.js';

/** A design document that could not be read as its format says: the file is reported, not dropped. */
export function parseError(location: SourcePosition, message: string): Finding {
  return { ruleId: 'parse-error', severity: 'warning', message, location };
}
