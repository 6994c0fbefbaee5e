/**
 * Finds the tasks template in effect: an explicit path, else the repository's own
 * (`.specify/templates/overrides/tasks-template.md`, then `.specify/templates/tasks-template.md`),
 * else the one built into spec-tasks.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../core/model.js';
import { DEFAULT_TEMPLATE_PATH, DEFAULT_TEMPLATE_TEXT } from '../core/template/default-template.js';
import type { TasksTemplate } from '../core/template/model.js';
import { parseTemplate } from '../core/template/parse-template.js';
import { DEFAULT_LIMITS, loadTextFile } from './loader.js';

export const REPOSITORY_TEMPLATES = [
  '.specify/templates/overrides/tasks-template.md',
  '.specify/templates/tasks-template.md'
];

export interface LoadedTemplate {
  template: TasksTemplate;
  text: string;
  findings: Finding[];
}

export class TemplateError extends Error {}

export async function loadTemplate(
  repoRoot: string,
  explicitPath?: string
): Promise<LoadedTemplate> {
  const candidate = explicitPath ?? (await firstExisting(repoRoot, REPOSITORY_TEMPLATES));
  if (!candidate) return fromText(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH);
  const absolute = path.resolve(explicitPath ? process.cwd() : repoRoot, candidate);
  const { document, finding } = await loadTextFile(
    repoRoot,
    absolute,
    DEFAULT_LIMITS.markdownBytes
  );
  if (!document) {
    throw new TemplateError(
      finding
        ? `${finding.location.file}: ${finding.message}`
        : `Cannot read the tasks template ${candidate}`
    );
  }
  return fromText(document.text, document.path);
}

/**
 * Parsed templates by path and text. One run loads the template once per repository root (the
 * CLI given folders of many repositories, the snapshot and fixture runs once per folder), and
 * nearly always it is the same built-in text: parsing it once saves a markdown parse per load.
 * Keyed by text as well as path, so an edited file is parsed afresh.
 */
const parsed = new Map<string, ReturnType<typeof parseTemplate>>();
/** Far above the templates one run meets; only keeps a long-lived process from growing. */
const MAX_PARSED = 32;

function parseOnce(text: string, templatePath: string): ReturnType<typeof parseTemplate> {
  const key = `${templatePath}\u0000${text}`;
  let result = parsed.get(key);
  if (!result) {
    if (parsed.size >= MAX_PARSED) parsed.clear();
    result = parseTemplate(text, templatePath);
    parsed.set(key, result);
  }
  return result;
}

function fromText(text: string, templatePath: string): LoadedTemplate {
  const { template, findings } = parseOnce(text, templatePath);
  if (template.phases.length === 0) {
    const detail = findings[0] ? `: ${findings[0].message}` : '';
    throw new TemplateError(
      `The tasks template ${templatePath} has no "## Phase" sections${detail}`
    );
  }
  // A copy of the findings: a caller may add to its list without touching the cached one.
  return { template, text, findings: [...findings] };
}

async function firstExisting(repoRoot: string, candidates: string[]): Promise<string | undefined> {
  for (const candidate of candidates) {
    try {
      await access(path.join(repoRoot, candidate));
      return candidate;
    } catch {
      // Not there: try the next location.
    }
  }
  return undefined;
}
