/**
 * How the plan names its own test files in a folder, so a test file the generator has to name
 * there looks like the plan's: `browse.spec.ts` beside `board.spec.ts` rather than
 * `browse.test.ts`, `OfferFlowIntegrationTest.java` beside `SwapIntegrationTest.java`.
 */
import { kebabCase, pascalCase, snakeCase } from '../../text/case.js';
import {
  TEST_FILE_MARKER,
  TEST_FILE_PREFIXES,
  TEST_NAME_SUFFIXES
} from '../../vocabulary/check-test-words.js';
import { LANGUAGE_CONVENTIONS } from '../../vocabulary/languages.js';
import { languageOfDir } from '../layout/folder-language.js';
import { directoryOf } from '../layout/folders.js';
import type { PathLayout } from '../layout/model.js';
import { isTestFile } from './planned-roles.js';

type NameCase = 'kebab' | 'snake' | 'pascal';

interface TestStyle {
  prefix: string;
  suffix: string;
  nameCase: NameCase;
}

interface Sample {
  prefix: string;
  subject: string;
  suffix: string;
}

const cache = new WeakMap<PathLayout, Map<string, TestStyle | undefined>>();

/**
 * The test file for `name` in `dir` named as the plan names the test files it puts there, when
 * they all follow one pattern; nothing when the plan shows none there.
 */
export function plannedTestName(layout: PathLayout, dir: string, name: string): string | undefined {
  let byDir = cache.get(layout);
  if (!byDir) cache.set(layout, (byDir = new Map()));
  if (!byDir.has(dir)) byDir.set(dir, styleOf(layout, dir));
  const style = byDir.get(dir);
  if (!style) return undefined;
  const subject = withoutTestWord(name, style.suffix);
  const stem =
    style.nameCase === 'pascal'
      ? pascalCase(subject)
      : style.nameCase === 'snake'
        ? snakeCase(subject)
        : kebabCase(subject);
  return style.prefix + stem + style.suffix;
}

function styleOf(layout: PathLayout, dir: string): TestStyle | undefined {
  const samples = layout.plannedFiles
    .filter(file => directoryOf(file) === dir && isTestFile(file))
    .map(sampleOf)
    .filter((sample): sample is Sample => sample !== undefined);
  if (samples.length === 0) return undefined;
  const [first] = samples;
  if (samples.some(s => s.prefix !== first!.prefix || s.suffix !== first!.suffix)) return undefined;
  const cases = new Set(samples.map(sample => caseOf(sample.subject)).filter(Boolean));
  if (cases.size > 1) return undefined;
  // Names of one word say nothing of the case: the folder's language's own.
  const nameCase =
    cases.size === 1
      ? ([...cases][0] as NameCase)
      : LANGUAGE_CONVENTIONS[languageOfDir(layout, dir)].fileCase;
  return { prefix: first!.prefix, suffix: first!.suffix, nameCase };
}

/** `board.spec.ts` → "", board, `.spec.ts`; `test_board.py` → `test_`, board, `.py`. */
function sampleOf(path: string): Sample | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const marker = TEST_FILE_MARKER.exec(name);
  if (marker && marker.index > 0)
    return { prefix: '', subject: name.slice(0, marker.index), suffix: name.slice(marker.index) };
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const stem = name.slice(0, dot);
  const extension = name.slice(dot);
  const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
  if (prefix && stem.length > prefix.length)
    return { prefix, subject: stem.slice(prefix.length), suffix: extension };
  const ending = TEST_NAME_SUFFIXES.find(
    candidate => stem.endsWith(candidate) && stem.length > candidate.length
  );
  if (ending)
    return { prefix: '', subject: stem.slice(0, -ending.length), suffix: ending + extension };
  return undefined;
}

/** The case a subject is written in; none for one lower-case word, which says nothing. */
function caseOf(subject: string): NameCase | undefined {
  if (/^[A-Z][A-Za-z0-9]*$/.test(subject)) return 'pascal';
  if (subject.includes('-') && !subject.includes('_')) return 'kebab';
  if (subject.includes('_') && !subject.includes('-')) return 'snake';
  return undefined;
}

/** "offer contract" with the style's `ContractTest.java` ending: the word is not said twice. */
function withoutTestWord(name: string, suffix: string): string {
  const words = name.split(/[\s_-]+/);
  const last = words[words.length - 1]?.toLowerCase();
  const ending = suffix.toLowerCase();
  return last && words.length > 1 && ending.startsWith(last) ? words.slice(0, -1).join(' ') : name;
}
