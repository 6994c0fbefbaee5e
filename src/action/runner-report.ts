/** Findings as the runner shows them: annotations on the files, and a job summary. */
import * as core from '@actions/core';
import type { CheckReport } from '../core/check/result.js';
import type { Finding } from '../core/model.js';

export function annotate(report: CheckReport): void {
  for (const feature of report.features) {
    for (const found of feature.findings) {
      const properties = annotationProperties(found);
      if (found.severity === 'error') core.error(found.message, properties);
      else if (found.severity === 'warning') core.warning(found.message, properties);
      else core.notice(found.message, properties);
    }
  }
}

function annotationProperties(found: Finding): core.AnnotationProperties {
  return {
    title: `spec-tasks: ${found.ruleId}`,
    file: found.location.file,
    startLine: found.location.line,
    startColumn: found.location.column
  };
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
