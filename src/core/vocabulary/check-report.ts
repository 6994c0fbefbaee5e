/**
 * What the reports know about the words of the checker's own messages.
 */
import { alternation, pattern } from './build.js';

/**
 * The noun before a line number in a finding's message ("first at line 12", "lines 4–9"): SARIF
 * fingerprints take the number out, so a finding keeps its key when lines move above it.
 */
export const LINE_NOUNS = ['line'];

export const LINE_NUMBER_IN_MESSAGE = pattern(
  'check-report.line-number-in-message',
  `\\b(${alternation(LINE_NOUNS)}s?)\\s+\\d+(?:\\s*[-–]\\s*\\d+)?`,
  'gi'
);
