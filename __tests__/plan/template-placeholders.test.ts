import { describe, expect, it } from '@jest/globals';
import type { Feature } from '../../src/core/model.js';
import { resolveLayout } from '../../src/core/plan/layout/resolve.js';
import { fillPlaceholders } from '../../src/core/plan/rules/template-items.js';
import { storyOwners } from '../../src/core/plan/story-owners.js';
import { at, classicTemplate, feature, plan, structure } from '../helpers/builders.js';

const T002 = 'Add the [language] dependencies the feature needs ([framework])';

function filled(technical: Record<string, string>, text = T002): string {
  const model: Feature = feature({
    plan: plan({
      technicalContext: Object.fromEntries(
        Object.entries(technical).map(([field, value]) => [
          field,
          { value, raw: value, source: at('specs/001-test/plan.md') }
        ])
      )
    })
  });
  const template = classicTemplate();
  return fillPlaceholders(text, {
    feature: model,
    template,
    layout: resolveLayout(model, template),
    owners: storyOwners(model)
  });
}

describe('T002: the dependencies the plan names', () => {
  it('keeps every dependency, each without its aside', () => {
    expect(
      filled({
        'Language/Version': 'C# 12',
        'Primary Dependencies':
          'System.CommandLine (CLI), Markdig (Markdown parsing), YamlDotNet (front matter)'
      })
    ).toBe(
      'Add the C# 12 dependencies the feature needs (System.CommandLine, Markdig, YamlDotNet)'
    );
    expect(
      filled({
        'Language/Version': 'Java 17',
        'Primary Dependencies': 'Spring Boot 3 (Web, Validation, Data JPA), PostgreSQL Driver'
      })
    ).toBe('Add the Java 17 dependencies the feature needs (Spring Boot 3, PostgreSQL Driver)');
  });

  it('reads a list written as bullets, dropping the descriptions after a dash', () => {
    expect(
      filled({
        'Language/Version': 'C# 12',
        'Primary Dependencies':
          '.NET MAUI (app UI); Maui Reactor - fluent UI; CommunityToolkit.Maui'
      })
    ).toBe(
      'Add the C# 12 dependencies the feature needs (.NET MAUI, Maui Reactor, CommunityToolkit.Maui)'
    );
  });

  it('names what a labelled item names', () => {
    expect(
      filled({
        'Language/Version': 'Go 1.22',
        'Primary Dependencies':
          'rclone - sync engine; Web Framework: gin (`github.com/gin-gonic/gin`).; ORM: ent'
      })
    ).toBe('Add the Go 1.22 dependencies the feature needs (rclone, gin, ent)');
  });

  it('says how many more when the list is long', () => {
    expect(
      filled({
        'Language/Version': 'TypeScript 5',
        'Primary Dependencies':
          'Next.js 16, React 19, Tailwind CSS 4, Zod 4, Expo SDK 53, Style Dictionary v4, Storybook 10, TanStack Query v5'
      })
    ).toBe(
      'Add the TypeScript 5 dependencies the feature needs (Next.js 16, React 19, Tailwind CSS 4, Zod 4, Expo SDK 53, Style Dictionary v4, and 2 more)'
    );
  });

  it('omits the parentheses when the plan names no dependency or says none', () => {
    expect(filled({ 'Language/Version': 'Rust 1.88' })).toBe(
      'Add the Rust 1.88 dependencies the feature needs'
    );
    expect(
      filled({
        'Language/Version': 'Rust 1.88',
        'Primary Dependencies': 'New workspace deps: none; Existing crates touched: tokio, prost'
      })
    ).toBe('Add the Rust 1.88 dependencies the feature needs');
    expect(filled({ 'Language/Version': 'Go 1.22', 'Primary Dependencies': 'None' })).toBe(
      'Add the Go 1.22 dependencies the feature needs'
    );
  });

  it("names the language by the plan's files when Language/Version is missing", () => {
    const model: Feature = feature({
      plan: plan({
        structure: structure({ mentioned: ['crates/harbor/src/catalog.rs'] })
      })
    });
    const template = classicTemplate();
    expect(
      fillPlaceholders(T002, {
        feature: model,
        template,
        layout: resolveLayout(model, template),
        owners: storyOwners(model)
      })
    ).toBe('Add the Rust dependencies the feature needs');
  });

  it('still drops only the brackets of a placeholder written inside a sentence', () => {
    expect(filled({}, 'Initialize [framework] project')).toBe('Initialize framework project');
    expect(filled({}, 'Document the [unknown] choices ([other])')).toBe(
      'Document the unknown choices (other)'
    );
  });
});
