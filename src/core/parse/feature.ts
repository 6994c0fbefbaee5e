/**
 * Parses every document of a feature folder into one Feature. A broken document becomes a
 * finding and the rest of the folder is still used.
 */
import type { Feature, FeatureFiles, Finding, Plan, SourceDocument } from '../model.js';
import { sha256 } from '../marker.js';
import { parseContract } from './contracts/index.js';
import { contractDocuments } from './contracts/no-contract.js';
import { parseDataModel } from './data-model/index.js';
import { plannedFromDesignTrees } from './design-trees.js';
import { parsePlan } from './plan.js';
import { parseQuickstart } from './quickstart.js';
import { parseResearch } from './research.js';
import { parseSpec } from './spec.js';
import { testFirstInAny } from './test-first.js';

export function parseFeature(files: FeatureFiles): Feature {
  const findings: Finding[] = [...files.findings];
  const take = <T>(result: { findings: Finding[] } & T): T => {
    findings.push(...result.findings);
    return result;
  };
  const document = (name: string) => files.documents.find(doc => doc.relativePath === name);
  const planDoc = document('plan.md');
  if (!planDoc) findings.push(missingPlan(files));
  const specDoc = document('spec.md');
  const researchDoc = document('research.md');
  const dataModelDoc = document('data-model.md');
  const quickstartDoc = document('quickstart.md');
  const plan = planDoc ? take(parsePlan(planDoc)).plan : undefined;
  return {
    dir: files.dir,
    name: files.name,
    plan:
      plan &&
      withDesignTrees(
        plan,
        files.documents.filter(doc => doc !== planDoc)
      ),
    spec: specDoc ? take(parseSpec(specDoc)).spec : undefined,
    research: researchDoc ? take(parseResearch(researchDoc)).research : undefined,
    dataModel: dataModelDoc ? take(parseDataModel(dataModelDoc)).dataModel : undefined,
    contracts: contractDocuments(files.documents.filter(isContract)).map(
      doc => take(parseContract(doc)).contract
    ),
    quickstart: quickstartDoc ? take(parseQuickstart(quickstartDoc)).quickstart : undefined,
    findings,
    inputHash: hashDocuments(files.documents),
    testFirst: testFirstInAny([planDoc, specDoc, researchDoc])
  };
}

/**
 * The plan with the files the other design documents draw in its folders, after its own: a
 * file the plan lists keeps what the plan says of it, and takes the other tree's note where
 * the plan wrote none (`TodoService.swift` in the plan, `# Todo CRUD + soft delete` beside it in
 * the quickstart).
 */
function withDesignTrees(plan: Plan, documents: SourceDocument[]): Plan {
  const drawn = plannedFromDesignTrees(
    documents.filter(doc => doc.relativePath !== 'tasks.md'),
    plan.structure
  );
  if (drawn.length === 0) return plan;
  const planned = [...(plan.structure.planned ?? [])];
  const at = new Map(planned.map((file, index) => [file.path, index]));
  for (const file of drawn) {
    const index = at.get(file.path);
    if (index === undefined) {
      at.set(file.path, planned.length);
      planned.push(file);
      continue;
    }
    const own = planned[index]!;
    const agrees = file.status === own.status || file.status === 'unmarked';
    if (own.note === undefined && file.note !== undefined && agrees)
      planned[index] = { ...own, note: file.note };
  }
  return { ...plan, structure: { ...plan.structure, planned } };
}

function isContract(doc: SourceDocument): boolean {
  return doc.relativePath.startsWith('contracts/');
}

function missingPlan(files: FeatureFiles): Finding {
  return {
    ruleId: 'missing-plan',
    severity: 'error',
    message: `No implementation plan found in ${files.dir}: plan.md is required`,
    location: { file: `${files.dir}/plan.md`, line: 1, column: 1 }
  };
}

/** Order-independent of how the loader listed them; tasks.md is never an input. */
export function hashDocuments(documents: SourceDocument[]): string {
  const parts = documents
    .filter(doc => doc.relativePath !== 'tasks.md')
    .map(doc => `${doc.relativePath}\u0000${doc.text}`)
    .sort();
  return sha256(parts.join('\u0000'));
}
