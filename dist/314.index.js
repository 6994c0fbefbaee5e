export const id = 314;
export const ids = [314];
export const modules = {

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ ruleById),
/* harmony export */   y: () => (/* binding */ RULES)
/* harmony export */ });
const RULES = [
    {
        id: 'missing-plan',
        defaultSeverity: 'error',
        summary: 'The feature folder has no plan.md.',
        help: 'plan.md is required: it names the tech stack and project structure every task path comes from. Add specs/<feature>/plan.md.'
    },
    {
        id: 'contract-untested',
        defaultSeverity: 'error',
        summary: 'A contract file has no test task.',
        help: 'Each contract file needs a contract test task written before its implementation. Add a test task that names the contract file, one of its endpoints or its operationId.'
    },
    {
        id: 'parallel-file-conflict',
        defaultSeverity: 'error',
        summary: '[P] tasks that can run at the same time touch the same file.',
        help: 'Tasks marked [P] may run concurrently; if two of them write the same file they will conflict. Each file and group of such tasks is one finding, at its first task, with the others as related locations. Remove [P] from all but one, or add dependencies between them.'
    },
    {
        id: 'entity-without-model',
        defaultSeverity: 'warning',
        summary: 'An entity in data-model.md has no task that creates or changes it.',
        help: 'Each entity of the data model needs a model task. Add one that names the entity and its file.'
    },
    {
        id: 'endpoint-unimplemented',
        defaultSeverity: 'warning',
        summary: 'A contract endpoint has no implementation task.',
        help: 'Each endpoint of a contract needs a task, outside the tests, that implements it. Add one that names the endpoint.'
    },
    {
        id: 'story-untested',
        defaultSeverity: 'warning',
        summary: 'A user story or quickstart scenario has no integration test task.',
        help: 'Each user story and quickstart scenario needs an integration test task. Add one that names the story or scenario.'
    },
    {
        id: 'test-after-implementation',
        defaultSeverity: 'warning',
        summary: 'A test task comes after the implementation task it tests.',
        help: 'Tests are written first and must fail before the code exists. Move the test task before the implementation task.'
    },
    {
        id: 'missing-file-path',
        defaultSeverity: 'warning',
        summary: 'A task names no file or directory path.',
        help: 'Every task names the exact file it changes, so it can be done and reviewed without guessing. Add the path.'
    },
    {
        id: 'unknown-task-reference',
        defaultSeverity: 'error',
        summary: 'A dependency refers to a task ID that does not exist.',
        help: 'A dependency on a missing task cannot be satisfied. Fix the ID or remove the dependency.'
    },
    {
        id: 'dependency-cycle',
        defaultSeverity: 'error',
        summary: 'Tasks depend on each other in a cycle.',
        help: 'A cycle means none of its tasks can start. Remove one of the dependencies.'
    },
    {
        id: 'duplicate-task-id',
        defaultSeverity: 'error',
        summary: 'Two tasks share an ID.',
        help: 'Task IDs are how dependencies and people refer to tasks. Give each task its own ID.'
    },
    {
        id: 'task-id-order',
        defaultSeverity: 'note',
        summary: 'Task IDs are not ascending in document order.',
        help: 'IDs are numbered in execution order. Renumber so that they ascend.'
    },
    {
        id: 'malformed-task',
        defaultSeverity: 'warning',
        summary: 'A line looks like a task but does not follow the task format.',
        help: 'Tasks are written `- [ ] T001 [P] Description in path/to/file`. Fix the line, or make it plain text.'
    },
    {
        id: 'stale-tasks',
        defaultSeverity: 'warning',
        summary: 'A generated tasks.md no longer matches its design documents or tasks template.',
        help: 'The design documents or the tasks template changed after tasks.md was generated. Run `spec-tasks generate --write` again (with the same --template, if one was given).'
    },
    {
        id: 'parse-error',
        defaultSeverity: 'warning',
        summary: 'A design document could not be read as its format requires.',
        help: 'The file is reported and skipped; the rest of the folder is still used. Fix the syntax at the given line.'
    },
    {
        id: 'file-rejected',
        defaultSeverity: 'error',
        summary: 'A file was not read: too large, binary, or a link outside the repository.',
        help: 'spec-tasks reads pull-request content as untrusted input and refuses such files. Fix the file or raise the size limit.'
    },
    {
        id: 'encoding',
        defaultSeverity: 'warning',
        summary: 'A text file holds bytes that are not text: invalid UTF-8, NUL or control characters.',
        help: 'The file was read with U+FFFD in place of each bad byte; the rest of it was used. Save it as UTF-8 (a stray Windows-1252 quote or a garbled pasted line is the usual cause).'
    }
];
function ruleById(id) {
    return RULES.find(rule => rule.id === id);
}


/***/ }),

/***/ 9314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  formatReport: () => (/* binding */ formatReport)
});

// EXTERNAL MODULE: ./src/core/report/github.ts
var github = __webpack_require__(7047);
// EXTERNAL MODULE: ./src/core/report/order.ts
var order = __webpack_require__(7698);
;// CONCATENATED MODULE: ./src/core/report/json.ts

function formatJson(report) {
    return `${JSON.stringify(toJsonReport(report), null, 2)}\n`;
}
/** The report as plain data: explicit nulls instead of undefined, no Map, findings sorted. */
function toJsonReport(report) {
    return {
        schemaVersion: 1,
        tool: { name: report.tool.name, version: report.tool.version },
        counts: { ...report.counts },
        features: (0,order/* sortFeatures */.O7)(report.features).map(jsonFeature)
    };
}
function jsonFeature(feature) {
    return {
        feature: feature.feature,
        tasksPath: feature.tasksPath ?? null,
        counts: countBySeverity(feature.findings),
        findings: (0,order/* sortFindings */.Tc)(feature.findings).map(jsonFinding),
        coverage: feature.coverage.map(jsonCoverage),
        taskGraph: feature.taskList ? jsonTaskGraph(feature.taskList) : null
    };
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const found of findings)
        counts[found.severity]++;
    return counts;
}
function jsonFinding(found) {
    return {
        ruleId: found.ruleId,
        severity: found.severity,
        message: found.message,
        location: position(found.location),
        related: (found.related ?? []).map(related => ({
            location: position(related.location),
            message: related.message
        }))
    };
}
function jsonCoverage(item) {
    return {
        kind: item.kind,
        name: item.name,
        source: position(item.source),
        tasks: [...item.tasks]
    };
}
// Copies only the documented fields, so a field added to the model later does not leak out
// unversioned.
function position(at) {
    return { file: at.file, line: at.line, column: at.column };
}
function jsonTaskGraph(list) {
    return {
        tasks: list.tasks.map(jsonTask),
        phases: list.phases.map(jsonPhase),
        edges: uniqueEdges(list.dependencies)
    };
}
function jsonTask(task) {
    return {
        id: task.id,
        checked: task.checked,
        deferred: task.deferred,
        parallel: task.parallel,
        story: task.story ?? null,
        phase: task.phase,
        description: task.description,
        paths: [...task.paths],
        line: task.source.line
    };
}
function jsonPhase(phase) {
    return {
        index: phase.index,
        title: phase.title,
        kind: phase.kind,
        story: phase.story ?? null,
        line: phase.source.line
    };
}
/** The Dependencies section and an inline `(depends on …)` may state the same edge twice. */
function uniqueEdges(dependencies) {
    const seen = new Set();
    const unique = [];
    for (const dependency of dependencies) {
        for (const before of dependency.before) {
            for (const after of dependency.after) {
                const key = JSON.stringify([before, after]);
                if (before === after || seen.has(key))
                    continue;
                seen.add(key);
                unique.push({ before, after });
            }
        }
    }
    return unique;
}

// EXTERNAL MODULE: ./src/core/report/markdown.ts
var markdown = __webpack_require__(4201);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/check/rules-catalog.ts
var rules_catalog = __webpack_require__(4537);
// EXTERNAL MODULE: ./src/core/vocabulary/build.ts
var build = __webpack_require__(2192);
;// CONCATENATED MODULE: ./src/core/vocabulary/check-report.ts
/**
 * What the reports know about the words of the checker's own messages.
 */

/**
 * The noun before a line number in a finding's message ("first at line 12", "lines 4–9"): SARIF
 * fingerprints take the number out, so a finding keeps its key when lines move above it.
 */
const LINE_NOUNS = ['line'];
const LINE_NUMBER_IN_MESSAGE = (0,build/* pattern */.T1)('check-report.line-number-in-message', `\\b(${(0,build/* alternation */.Ql)(LINE_NOUNS)}s?)\\s+\\d+(?:\\s*[-–]\\s*\\d+)?`, 'gi');

;// CONCATENATED MODULE: ./src/core/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning: one run, every rule described, one result per finding.
 *
 * Locations are repository-relative URIs with uriBaseId `%SRCROOT%` and no originalUriBaseIds, as
 * CodeQL writes them: the upload resolves them against the checkout, and the file stays free of
 * absolute paths. Nothing in it depends on the time or the machine, so two runs over the same
 * files give the same bytes.
 */




const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/spec-tasks/spec-tasks';
/** Versioned so a change to how the key is computed can never be mistaken for the old key. */
const FINGERPRINT_KEY = 'specTasksFindingHash/v1';
const SOURCE_ROOT = '%SRCROOT%';
function formatSarif(report, options = {}) {
    return `${JSON.stringify(toSarifLog(report, options), null, 2)}\n`;
}
function toSarifLog(report, options = {}) {
    const findings = (0,order/* allFindings */.c4)(report);
    const rules = describedRules(options.rules ?? rules_catalog/* RULES */.y, findings);
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const fingerprints = findingHashes(findings);
    const results = findings.map((found, index) => sarifResult(found, ruleIndex.get(found.ruleId) ?? -1, fingerprints[index]));
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'spec-tasks',
                        version: report.tool.version,
                        informationUri: INFORMATION_URI,
                        rules: rules.map(sarifRule)
                    }
                },
                // Columns are JavaScript string offsets.
                columnKind: 'utf16CodeUnits',
                results
            }
        ]
    };
}
/**
 * The catalogue first, in its order, then any rule a finding names that the catalogue lacks, so
 * every result has a ruleIndex and code scanning can show a title for it.
 */
function describedRules(catalogue, findings) {
    const rules = [];
    const known = new Set();
    for (const rule of catalogue) {
        if (known.has(rule.id))
            continue;
        known.add(rule.id);
        rules.push(rule);
    }
    const unknown = [...new Set(findings.map(f => f.ruleId).filter(id => !known.has(id)))];
    for (const id of unknown.sort(order/* compareText */.n6))
        rules.push(undescribedRule(id, findings));
    return rules;
}
const SEVERITY_RANK = { note: 0, warning: 1, error: 2 };
function undescribedRule(id, findings) {
    const severity = findings
        .filter(found => found.ruleId === id)
        .map(found => found.severity)
        .reduce((worst, next) => (SEVERITY_RANK[next] > SEVERITY_RANK[worst] ? next : worst));
    return { id, defaultSeverity: severity, summary: `spec-tasks rule ${id}.`, help: `Rule ${id}.` };
}
function sarifRule(rule) {
    return {
        id: rule.id,
        name: sarifRuleName(rule.id),
        shortDescription: { text: rule.summary },
        fullDescription: { text: `${rule.summary} ${rule.help}` },
        help: { text: rule.help, markdown: `**${rule.summary}**\n\n${rule.help}` },
        defaultConfiguration: { level: rule.defaultSeverity }
    };
}
/** The name SARIF viewers show for a rule: `missing-plan` → `MissingPlan`. */
function sarifRuleName(id) {
    return id
        .split(/[^a-z0-9]+/i)
        .filter(part => part.length > 0)
        .map(part => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function sarifResult(found, ruleIndex, fingerprint) {
    const related = found.related ?? [];
    return {
        ruleId: found.ruleId,
        ruleIndex,
        level: found.severity,
        message: { text: resultMessage(found.message, related) },
        locations: [{ physicalLocation: physicalLocation(found.location) }],
        ...(related.length > 0 && {
            relatedLocations: related.map((entry, index) => ({
                id: index + 1,
                physicalLocation: physicalLocation(entry.location),
                message: { text: entry.message }
            }))
        }),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint }
    };
}
/**
 * Code scanning shows a related location only when the message links to it by id, with SARIF's
 * `[text](id)` embedded-link syntax; brackets inside link text must be escaped.
 */
function resultMessage(message, related) {
    if (related.length === 0)
        return message;
    const links = related.map((entry, index) => {
        const link = `[${escapeLinkText(`${entry.location.file}:${entry.location.line}`)}](${index + 1})`;
        return entry.message ? `${link}: ${entry.message}` : link;
    });
    return `${message} (see ${links.join('; ')})`;
}
function escapeLinkText(text) {
    return text.replace(/[[\]\\]/g, '\\$&');
}
function physicalLocation(at) {
    return {
        artifactLocation: { uri: artifactUri(at.file), uriBaseId: SOURCE_ROOT },
        // SARIF regions are 1-based; a 0 would make the whole file invalid for the upload.
        region: { startLine: Math.max(1, at.line), startColumn: Math.max(1, at.column) }
    };
}
/** A relative URI reference: forward slashes, each segment percent-encoded (spaces, `#`, `%`, `:`). */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .split('/')
        .map(segment => encodeURIComponent(segment))
        .join('/');
}
/**
 * A key that survives edits elsewhere in the file: rule, file and the message with line numbers
 * taken out, plus the finding's rank among findings that share that key. Adding a line above a
 * finding changes none of these.
 */
function findingHashes(findings) {
    const seen = new Map();
    return findings.map(found => {
        const base = JSON.stringify([
            found.ruleId,
            artifactUri(found.location.file),
            withoutLineNumbers(found.message)
        ]);
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        return (0,external_node_crypto_.createHash)('sha256').update(`${base}\n${occurrence}`).digest('hex');
    });
}
/** `first at line 12` → `first at line N`; `tasks.md:12:3` → `tasks.md:N`. Task IDs keep their digits. */
function withoutLineNumbers(message) {
    return message.replace(LINE_NUMBER_IN_MESSAGE, '$1 N').replace(/:\d+(?::\d+)?\b/g, ':N');
}

// EXTERNAL MODULE: ./src/core/report/text.ts + 1 modules
var report_text = __webpack_require__(6276);
;// CONCATENATED MODULE: ./src/core/report/index.ts





function formatReport(report, format, options = {}) {
    switch (format) {
        case 'text':
            return (0,report_text/* formatText */.vX)(report, { color: options.color });
        case 'json':
            return formatJson(report);
        case 'github':
            return (0,github/* formatGithub */.vX)(report);
        case 'sarif':
            return formatSarif(report, { rules: options.rules });
        case 'markdown':
            return (0,markdown/* formatMarkdown */.j)(report);
        default:
            return unknownFormat(format);
    }
}
function unknownFormat(format) {
    throw new Error(`unknown report format: ${String(format)}`);
}


/***/ }),

/***/ 2192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ leadingPattern),
/* harmony export */   MP: () => (/* binding */ escapePattern),
/* harmony export */   Pj: () => (/* binding */ leadingWordPattern),
/* harmony export */   Ql: () => (/* binding */ alternation),
/* harmony export */   R: () => (/* binding */ trailingPattern),
/* harmony export */   T1: () => (/* binding */ pattern),
/* harmony export */   XJ: () => (/* binding */ wholeValuePattern),
/* harmony export */   i7: () => (/* binding */ wholeWordPattern),
/* harmony export */   pC: () => (/* binding */ wholeWords),
/* harmony export */   sI: () => (/* binding */ anywherePattern)
/* harmony export */ });
/* unused harmony export builtPatterns */
/**
 * How the vocabulary turns its word lists into patterns. Every pattern is built here, from a list,
 * and kept in one registry under a name, so a single test can try each against adversarial input
 * (long runs of the characters it repeats) and a reviewer sees a new heuristic as a change to a
 * list, not as a new regular expression in the module that uses it.
 */
const registry = new Map();
/**
 * Registers and returns the pattern `source` with `flags`. Names are unique: two heuristics that
 * need the same pattern share one entry rather than two copies that drift apart.
 */
function pattern(name, source, flags = '') {
    if (registry.has(name))
        throw new Error(`vocabulary pattern '${name}' is built twice`);
    const built = new RegExp(source, flags);
    registry.set(name, built);
    return built;
}
/** Every pattern built so far, by name (the modules that build them must have been imported). */
function builtPatterns() {
    return registry;
}
/** A literal string as a pattern source: every character that means something in a pattern escaped. */
function escapePattern(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
/**
 * The words as one non-capturing alternation, in the order given (a pattern tries alternatives in
 * order, so a list whose words prefix each other puts the longer first). Each word is a literal
 * unless `raw`, where the list itself holds pattern sources (`colou?r`).
 */
function alternation(words, raw = false) {
    return `(?:${words.map(word => (raw ? word : escapePattern(word))).join('|')})`;
}
/** `\b(?:a|b|c)\b`: any of the words as a whole word. */
function wholeWords(words, raw = false) {
    return `\\b${alternation(words, raw)}\\b`;
}
function wordPattern(before, after) {
    return (name, words, flags = '', raw = false) => pattern(name, `${before}${alternation(words, raw)}${after}`, flags);
}
/** Any of the words anywhere in the text: `(?:a|b)`. */
const anywherePattern = wordPattern('', '');
/** Any of the words as a whole word anywhere in the text: `\b(?:a|b)\b`, as `wholeWords`. */
const wholeWordPattern = wordPattern('\\b', '\\b');
/** The text opens with one of the words: `^(?:a|b)`. */
const leadingPattern = wordPattern('^', '');
/** The text opens with one of the words, which ends there: `^(?:a|b)\b`. */
const leadingWordPattern = wordPattern('^', '\\b');
/** The text ends with one of the words: `(?:a|b)$`. */
const trailingPattern = wordPattern('', '$');
/** The whole text is one of the words: `^(?:a|b)$`. */
const wholeValuePattern = wordPattern('^', '$');


/***/ })

};
