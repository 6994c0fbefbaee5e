/**
 * State transitions: under an entity's "State transitions" label, or in a section of their own
 * attached to the entity its title names. Written as arrows (`A → B`, `A --> B : trigger`) in
 * lists, paragraphs and code, or as a From/To table.
 */
import type { PhrasingContent, RootContent, Table } from 'mdast';
import type { Entity, SourcePosition, StateTransition } from '../../model.js';
import { trimSeparators } from '../../text/pieces.js';
import {
  ARROW_HEADS,
  ARROW_SHAFT,
  STATE_TITLE,
  TRANSITION_FROM_HEADER,
  TRANSITION_TO_HEADER,
  TRANSITION_TRIGGER_HEADER
} from '../../vocabulary/data-model-states.js';
import { plainText, positionOf } from '../markdown.js';
import { type Context, entitiesOf } from './context.js';
import { cellText, listItems } from './markdown-nodes.js';
import { mentions } from './mentions.js';
import { ancestors } from './outline.js';
import { type Part, partsOf, sectionParts } from './parts.js';
import { stripNumbering } from './titles.js';

/** The transitions an entity's own section states under a "State transitions"-like label. */
export function headingStates(context: Context, index: number): StateTransition[] {
  return sectionParts(context, index)
    .filter(part => part.label !== undefined && STATE_TITLE.test(part.label))
    .flatMap(part => partTransitions(part, context.file));
}

function partTransitions(part: Part, file: string): StateTransition[] {
  const inline = part.inline.length > 0 ? itemTransitions(part.inline, part.inlineLine, file) : [];
  return [...inline, ...transitionsIn(part.nodes, file)];
}

/** "## State Transitions" sections: to the entity their title (or a label in them) names. */
export function attachStateSections(context: Context): void {
  context.nodes.forEach((node, index) => {
    if (node.role !== 'skip' || !STATE_TITLE.test(node.title)) return;
    const fallback = stateTarget(context, index);
    for (const part of partsOf(node.body, undefined)) {
      const named = part.label ? mentions(part.label, entitiesOf(context))[0]?.entity : undefined;
      const target = named ?? fallback;
      if (target) target.states.push(...partTransitions(part, context.file));
    }
  });
}

function stateTarget(context: Context, index: number): Entity | undefined {
  const entities = entitiesOf(context);
  const chain = [context.nodes[index]!, ...ancestors(context.nodes, index)];
  for (const node of chain) {
    if (node.role !== 'skip') break;
    const named = mentions(stripNumbering(node.title), entities)[0];
    if (named) return named.entity;
  }
  const owned = entities.filter(entity => !entity.existing);
  return owned.length === 1 ? owned[0] : undefined;
}

function transitionsIn(nodes: RootContent[], file: string): StateTransition[] {
  const transitions: StateTransition[] = [];
  for (const node of nodes) {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'code') {
      node.value.split('\n').forEach((text, offset) => {
        transitions.push(...lineTransitions(text, { file, line: line + 1 + offset, column: 1 }));
      });
    } else if (node.type === 'list') {
      for (const item of listItems(node)) {
        const first = item.children[0];
        if (first?.type === 'paragraph') {
          transitions.push(
            ...itemTransitions(first.children, item.position?.start.line ?? line, file)
          );
        }
      }
    } else if (node.type === 'paragraph') {
      plainText(node)
        .split('\n')
        .forEach((text, offset) =>
          transitions.push(...lineTransitions(text, { file, line: line + offset, column: 1 }))
        );
    } else if (node.type === 'table') {
      transitions.push(...tableTransitions(node, file));
    }
  }
  return transitions;
}

/** `` `Sown -> Harvested`, `Wilted -> Composted` are allowed when… `` or `A → B (trigger)`. */
function itemTransitions(
  phrasing: PhrasingContent[],
  line: number,
  file: string
): StateTransition[] {
  const source = { file, line, column: 1 };
  const spans = phrasing.filter(
    child => child.type === 'inlineCode' && arrowAt(child.value, 0) !== undefined
  );
  const text = plainText({ type: 'paragraph', children: phrasing }).split('\n').join(' ');
  // `Active → Removed`: operator… drain → forced close — the code span is the transition.
  if (spans.length > 0) {
    const last = spans[spans.length - 1]!;
    const after = phrasing.slice(phrasing.indexOf(last) + 1);
    const trigger = triggerText(plainText({ type: 'paragraph', children: after }));
    return spans.flatMap(span =>
      lineTransitions(plainText(span), source).map(transition => ({ ...transition, trigger }))
    );
  }
  return lineTransitions(text, source);
}

/** An arrow starting at or after `from`: `->`, `-->`, `=>`, `→`, `──>`, `──(trigger)──>`. */
function arrowAt(
  text: string,
  from: number
): { start: number; end: number; label: string | undefined } | undefined {
  for (let at = from; at < text.length; at++) {
    const char = text[at]!;
    if (char === '→' || char === '⟶' || char === '⇒' || char === '➜' || char === '➔') {
      return { start: at, end: at + 1, label: undefined };
    }
    if (!ARROW_SHAFT.has(char)) continue;
    let end = at;
    while (end < text.length && ARROW_SHAFT.has(text[end]!)) end++;
    let label: string | undefined;
    if (text[end] === '(' && end - at >= 2) {
      const close = text.indexOf(')', end);
      if (close > end) {
        label = text.slice(end + 1, close).trim();
        end = close + 1;
        while (end < text.length && ARROW_SHAFT.has(text[end]!)) end++;
      }
    }
    if (end < text.length && ARROW_HEADS.includes(text[end]!))
      return { start: at, end: end + 1, label };
    at = end - 1;
  }
  return undefined;
}

const STATE_TOKEN = /^[\p{L}_][\p{L}\p{N}_.-]{0,40}$/u;

/**
 * `A → B`, `A -> B -> C`, `A --> B : trigger`, `A ──(trigger)──> B`, `A/B → C (trigger)`. The
 * text before the first arrow must be the state itself, so prose with an arrow in it is no transition.
 */
function lineTransitions(line: string, source: SourcePosition): StateTransition[] {
  const text = line
    .trim()
    .replace(/^(?:[-*+]\s|\d{1,3}[.)]\s)/, '')
    .trim();
  const segments: string[] = [];
  const labels: (string | undefined)[] = [];
  let from = 0;
  for (let arrow = arrowAt(text, 0); arrow; arrow = arrowAt(text, arrow.end)) {
    segments.push(text.slice(from, arrow.start).trim());
    labels.push(arrow.label);
    from = arrow.end;
  }
  if (segments.length === 0) return [];
  const last = text.slice(from).trim();
  const states = segments.map(cleanState);
  if (states.some(state => state === undefined)) return [];
  const target = /^`?([\p{L}_][\p{L}\p{N}_]{0,40})`?/u.exec(last);
  if (!target) return [];
  const trailing = triggerText(last.slice(target[0].length));
  const chain = [...(states as string[][]), [target[1]!]];
  const transitions: StateTransition[] = [];
  for (let step = 0; step + 1 < chain.length; step++) {
    const trigger = labels[step] ?? (step + 2 === chain.length ? trailing : undefined);
    for (const fromState of chain[step]!) {
      for (const toState of chain[step + 1]!) {
        if (fromState === '[*]' || toState === '[*]') continue;
        transitions.push({ from: fromState, to: toState, trigger, source });
      }
    }
  }
  return transitions;
}

/** `Active/Completed` → both states; anything that is not a state token rules the line out. */
function cleanState(segment: string): string[] | undefined {
  const text = segment.split('`').join('').split('**').join('').trim();
  if (text === '[*]') return ['[*]'];
  const states = text.split('/').map(state => state.trim());
  return states.every(state => STATE_TOKEN.test(state)) ? states : undefined;
}

function triggerText(text: string): string | undefined {
  let trigger = trimSeparators(text);
  if (trigger.startsWith('(') && trigger.endsWith(')')) trigger = trigger.slice(1, -1).trim();
  return trigger || undefined;
}

function tableTransitions(table: Table, file: string): StateTransition[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const titles = header.children.map(cell => plainText(cell).trim());
  const fromColumn = titles.findIndex(title => TRANSITION_FROM_HEADER.test(title));
  const toColumn = titles.findIndex(title => TRANSITION_TO_HEADER.test(title));
  const triggerColumn = titles.findIndex(title => TRANSITION_TRIGGER_HEADER.test(title));
  if (fromColumn < 0 || toColumn < 0) return [];
  return rows.flatMap(row => {
    const from = cellText(row, fromColumn);
    const to = cellText(row, toColumn);
    if (!from || !to) return [];
    return [{ from, to, trigger: cellText(row, triggerColumn), source: positionOf(row, file) }];
  });
}
