/**
 * A large synthetic feature folder, built in memory, for the benchmark: 200 entities and 300
 * endpoints, with stories, scenarios and decisions to match. Deterministic: no randomness.
 */
import type { FeatureFiles, SourceDocument } from '../src/core/model.js';

export interface SyntheticSize {
  entities: number;
  endpoints: number;
  stories: number;
}

export function syntheticFeature(size: SyntheticSize): FeatureFiles {
  const dir = 'specs/900-synthetic-scale';
  const doc = (relativePath: string, text: string): SourceDocument => ({
    path: `${dir}/${relativePath}`,
    relativePath,
    text
  });
  return {
    dir,
    name: '900-synthetic-scale',
    documents: [
      doc('plan.md', planText()),
      doc('spec.md', specText(size.stories)),
      doc('research.md', researchText()),
      doc('data-model.md', dataModelText(size.entities)),
      doc('contracts/api.yaml', openApiText(size.endpoints, size.entities)),
      doc('quickstart.md', quickstartText(size.stories))
    ],
    findings: []
  };
}

function entityName(index: number): string {
  return `Resource${String(index).padStart(3, '0')}`;
}

function planText(): string {
  return `# Implementation Plan: Synthetic Scale

## Technical Context

**Language/Version**: Python 3.11
**Primary Dependencies**: FastAPI, pydantic
**Storage**: PostgreSQL
**Testing**: pytest
**Target Platform**: Linux server
**Project Type**: single
**Performance Goals**: 1000 requests per second
**Constraints**: p99 under 50 ms
**Scale/Scope**: 200 entities

## Project Structure

\`\`\`
vllm/
├── synthetic/
│   ├── models/
│   ├── services/
│   └── api/
tests/
├── contract/
├── integration/
└── unit/
\`\`\`

**Structure Decision**: one package under vllm/synthetic.
`;
}

function specText(stories: number): string {
  const parts = ['# Feature Specification: Synthetic Scale\n\n## User Scenarios & Testing\n'];
  for (let s = 1; s <= stories; s++) {
    parts.push(`### User Story ${s} - Manage resource group ${s} (Priority: P${((s - 1) % 3) + 1})

Users manage the resources of group ${s}.

**Acceptance Scenarios**:

1. **Given** group ${s} exists, **When** a user lists it, **Then** every resource is returned.
2. **Given** a resource, **When** it is deleted, **Then** it is gone.
`);
  }
  parts.push('\n## Requirements\n');
  for (let r = 1; r <= stories * 2; r++) {
    parts.push(`- **FR-${String(r).padStart(3, '0')}**: The system MUST do thing ${r}.`);
  }
  parts.push('\n### Key Entities\n');
  for (let e = 0; e < 10; e++) parts.push(`- **${entityName(e)}**: a synthetic resource.`);
  return parts.join('\n') + '\n';
}

function researchText(): string {
  const parts = ['# Research\n'];
  for (let d = 1; d <= 10; d++) {
    parts.push(`## ${d}. Choice number ${d}

**Decision**: Use library${d} for concern ${d}.
**Rationale**: it is small and maintained.
**Alternatives considered**: writing it ourselves.
`);
  }
  return parts.join('\n');
}

function dataModelText(entities: number): string {
  const parts = ['# Data Model\n\n## Entities\n'];
  for (let e = 0; e < entities; e++) {
    parts.push(`### ${entityName(e)}

| Field | Type | Description |
|-------|------|-------------|
| id | UUID | Identifier |
| name | string | Display name |
| owner_id | UUID | Owning account |
| created_at | datetime | Creation time |
| status | enum | active or archived |
`);
  }
  parts.push('## Relationships\n');
  for (let e = 1; e < entities; e += 10) {
    parts.push(`- ${entityName(e - 1)} has many ${entityName(e)}`);
  }
  return parts.join('\n') + '\n';
}

function openApiText(endpoints: number, entities: number): string {
  const lines = ['openapi: 3.0.3', 'info:', '  title: Synthetic API', '  version: 1.0.0', 'paths:'];
  const methods = ['get', 'post', 'put', 'delete'];
  let made = 0;
  for (let p = 0; made < endpoints; p++) {
    const resource = entityName(p % entities).toLowerCase();
    lines.push(`  /v1/${resource}s/p${p}:`);
    for (const method of methods.slice(0, Math.min(2, endpoints - made))) {
      lines.push(
        `    ${method}:`,
        `      operationId: ${method}${entityName(p % entities)}P${p}`,
        `      tags: [${resource}]`,
        '      responses:',
        "        '200':",
        '          description: ok'
      );
      made++;
    }
  }
  return lines.join('\n') + '\n';
}

function quickstartText(stories: number): string {
  const parts = ['# Quickstart\n\n## Prerequisites\n\n- Python 3.11\n'];
  for (let s = 1; s <= stories; s++) {
    parts.push(`## Scenario ${s}: Exercise group ${s}\n\n1. Create a resource.\n2. List it.\n`);
  }
  return parts.join('\n');
}
