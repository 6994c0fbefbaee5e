/**
 * Headings: which open a phase, a dependencies section, a checklist or something else, and which
 * are tasks themselves. The section a block sits in decides how it is read.
 */
import type { Heading, RootContent } from 'mdast';
import { plainText } from '../markdown.js';
import {
  CHECKLIST_TITLE,
  DEPENDENCY_TITLE_FRAGMENTS,
  NOT_DEPENDENCY_TITLE_FRAGMENTS,
  NOTES_TITLE,
  NUMBERED_PHASE_TITLE
} from '../../vocabulary/task-list.js';
import {
  definesTask,
  headingStart,
  noteReport,
  readHeadingTask,
  reportedRefs,
  skipReportBody
} from './heading-tasks.js';
import { classifyPhase, isPhaseHeading } from './phase-heading.js';
import { position, type Reader, type SectionKind } from './reader.js';

export function readHeading(
  reader: Reader,
  heading: Heading,
  siblings: RootContent[],
  index: number
): number {
  const title = plainText(heading).trim();
  const start = headingStart(title);
  if (start && (reader.phase >= 0 || reader.section !== 'dependencies')) {
    if (definesTask(reader, start)) return readHeadingTask(reader, heading, siblings, index, start);
    noteReport(reader, heading, siblings, index, [start.id]);
    // A report on a task opens nothing; as a sibling of the section it sits in, it ends it.
    if (heading.depth <= reader.sectionDepth && reader.section !== 'other')
      enterSection(reader, 'other', heading.depth);
    return skipReportBody(heading, siblings, index);
  }
  // "### T018-T024 Core Implementation ✅" heads what those tasks did; its body is read as usual.
  const reported = reader.section === 'dependencies' ? undefined : reportedRefs(title);
  if (reported) noteReport(reader, heading, siblings, index, reported);
  readSectionHeading(reader, heading, title);
  return index;
}

/** A heading that is no task: it opens a phase, the dependencies, a checklist, or another section. */
function readSectionHeading(reader: Reader, heading: Heading, title: string): void {
  reader.inNotes = NOTES_TITLE.test(title) && !opensPhase(title);
  if (
    reader.section === 'phase' ||
    reader.section === 'checklist' ||
    reader.section === 'dependencies'
  ) {
    // A sub-heading keeps the phase ("### Tests for User Story 1"); a sibling heading ends it.
    // Under "Dependencies & Execution Order", "### User Story Dependencies" is still that section.
    if (
      heading.depth > reader.sectionDepth &&
      !opensPhase(title) &&
      (!isDependencyTitle(title) || reader.section === 'dependencies')
    ) {
      if (reader.section === 'phase' && isChecklistTitle(title)) reader.section = 'checklist';
      else if (reader.section === 'checklist' && !isChecklistTitle(title) && reader.phase >= 0)
        reader.section = 'phase';
      return;
    }
  }
  if (opensPhase(title) || (!reader.usesPhaseHeadings && looksLikeWorkSection(title))) {
    startPhase(reader, heading, title);
  } else if (isDependencyTitle(title)) {
    enterSection(reader, 'dependencies', heading.depth);
  } else {
    enterSection(reader, isChecklistTitle(title) ? 'checklist' : 'other', heading.depth);
  }
}

function startPhase(reader: Reader, heading: Heading, title: string): void {
  const { kind, story } = classifyPhase(title);
  reader.phases.push({
    index: reader.phases.length,
    title,
    kind,
    story,
    source: position(reader, heading)
  });
  reader.phase = reader.phases.length - 1;
  reader.section = 'phase';
  reader.sectionDepth = heading.depth;
}

function enterSection(reader: Reader, kind: SectionKind, depth: number): void {
  reader.section = kind;
  reader.sectionDepth = depth;
  reader.phase = -1;
}

/** `Phase Dependencies` is about the phases, not one of them; `Phase 4: Dependency upgrades` is one. */
export function opensPhase(title: string): boolean {
  return (
    isPhaseHeading(title) &&
    (NUMBERED_PHASE_TITLE.test(title.trimStart()) || !isDependencyTitle(title))
  );
}

function isDependencyTitle(title: string): boolean {
  const lower = title.toLowerCase();
  return (
    DEPENDENCY_TITLE_FRAGMENTS.some(fragment => lower.includes(fragment)) &&
    !NOT_DEPENDENCY_TITLE_FRAGMENTS.some(fragment => lower.includes(fragment))
  );
}

function isChecklistTitle(title: string): boolean {
  return CHECKLIST_TITLE.test(title);
}

/** Without any "Phase" heading, headings such as "Setup" or "Core" hold the tasks. */
function looksLikeWorkSection(title: string): boolean {
  return (
    classifyPhase(title).kind !== 'other' && !isDependencyTitle(title) && !isChecklistTitle(title)
  );
}
