/**
 * Why a phase has no task, in one line: which of the template's items for it do not apply and
 * why ("Quantization support: plan.md does not mention quantization"), or what the phase would
 * have held.
 */
import type { TemplatePhase } from '../template/model.js';
import { languageName } from './layout/language.js';
import type { Language } from '../vocabulary/languages.js';
import type { PlannedPhase, Task } from './model.js';
import type { LeftOutItem, LeftOutReason } from './rules/template-items.js';

export function withEmptyReasons(
  phases: PlannedPhase[],
  tasks: Task[],
  templatePhases: TemplatePhase[],
  leftOut: LeftOutItem[],
  language: Language,
  templateRoot: string | undefined
): PlannedPhase[] {
  return phases.map((phase, index) => {
    if (tasks.some(task => task.phase === index)) return phase;
    const own = templatePhases.findIndex(
      candidate => candidate.role === phase.role && candidate.title === phase.title
    );
    const items = leftOut.filter(entry => entry.phaseIndex === own);
    return { ...phase, emptyReason: reasonFor(phase, items, language, templateRoot) };
  });
}

function reasonFor(
  phase: PlannedPhase,
  items: LeftOutItem[],
  language: Language,
  templateRoot: string | undefined
): string {
  if (phase.role === 'foundational')
    return 'nothing the design documents describe is shared by several stories';
  if (phase.role === 'story')
    return 'the design documents name nothing that this story alone needs';
  if (items.length === 0)
    return 'the template lists no items for this phase and the design documents give it no work';
  const parts: string[] = [];
  const of = (why: LeftOutReason) => items.filter(entry => entry.why === why);
  const names = (entries: LeftOutItem[]) => listed(entries.map(entry => itemName(entry)));
  const platform = of('platform');
  if (platform.length > 0)
    parts.push(
      `${names(platform)} concern the template's own code base${templateRoot ? ` (${templateRoot})` : ''}, not this feature's`
    );
  const elsewhere = of('elsewhere');
  if (elsewhere.length > 0)
    parts.push(`${names(elsewhere)} concern folders this feature does not touch`);
  for (const entry of of('condition'))
    parts.push(`${itemName(entry)}: ${entry.detail ?? 'its condition does not hold'}`);
  const untranslated = of('language');
  if (untranslated.length > 0)
    parts.push(`${names(untranslated)} have no counterpart in ${languageName(language)}`);
  const planned = of('planned-files');
  if (planned.length > 0) parts.push(`the plan's own files cover ${names(planned)}`);
  const rules = of('rules-do-it');
  if (rules.length > 0) parts.push(`the contract, endpoint and story tasks do ${names(rules)}`);
  return parts.join('; ');
}

/** "Hardware compatibility verification", without its path or aside. */
function itemName(entry: LeftOutItem): string {
  let text = entry.item.text.trim();
  const aside = text.indexOf(' (');
  if (aside > 0) text = text.slice(0, aside);
  const at = text.search(/ in \S*\//);
  if (at > 0) text = text.slice(0, at);
  return text;
}

function listed(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
