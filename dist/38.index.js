export const id = 38;
export const ids = [38];
export const modules = {

/***/ 9038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ruleSettings: () => (/* binding */ ruleSettings)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/check/settings.ts
var check_settings = __webpack_require__(1335);
// EXTERNAL MODULE: ./src/io/loader.ts + 2 modules
var loader = __webpack_require__(1717);
// EXTERNAL MODULE: ./src/io/config-file-name.ts
var config_file_name = __webpack_require__(2403);
;// CONCATENATED MODULE: ./src/io/config-file.ts
/**
 * The rule settings file, read the same way by the CLI and the action: through the loader, like
 * any repository file, since a pull request can change it too.
 */



/**
 * The file's settings over the defaults, or undefined when there is no such file: whether that is
 * a mistake depends on whether someone named the file. Anything wrong with it is a SettingsError.
 */
async function readConfigFile(repoRoot, file) {
    const { document, finding } = await (0,loader/* loadTextFile */.Uz)(repoRoot, file, loader/* DEFAULT_LIMITS */.dR.markdownBytes);
    if (finding)
        throw new check_settings/* SettingsError */.GN(`${finding.location.file}:${finding.location.line}: ${finding.message}`);
    if (!document)
        return undefined;
    return (0,check_settings/* applyConfigFile */.Hc)((0,check_settings/* defaultSettings */.L6)(), document).settings;
}

;// CONCATENATED MODULE: ./src/action/rule-settings.ts
/** Rule severities for the action: the config file as the CLI reads it, then the `rules` input. */



async function ruleSettings(workspace, inputs) {
    const file = inputs.config ?? config_file_name/* CONFIG_FILE */.g;
    const fromFile = await readConfigFile(workspace, external_node_path_default().resolve(workspace, file));
    // The default file is optional; a file the workflow names is a promise that it exists.
    if (!fromFile && inputs.config !== undefined)
        throw new Error(`Input "config": config file not found: ${inputs.config}`);
    const settings = fromFile ?? (0,check_settings/* defaultSettings */.L6)();
    return inputs.rules ? (0,check_settings/* applyOverrides */.iu)(settings, inputs.rules, 'input "rules"') : settings;
}


/***/ }),

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

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GN: () => (/* binding */ SettingsError),
/* harmony export */   Hc: () => (/* binding */ applyConfigFile),
/* harmony export */   L6: () => (/* binding */ defaultSettings),
/* harmony export */   iN: () => (/* binding */ applySettings),
/* harmony export */   iu: () => (/* binding */ applyOverrides)
/* harmony export */ });
/* harmony import */ var _parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7840);
/* harmony import */ var _rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4537);


function defaultSettings() {
    return { levels: new Map(_rules_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y.map(rule => [rule.id, rule.defaultSeverity])) };
}
const LEVELS = ['error', 'warning', 'note', 'off'];
/** The top-level keys a config file may have; anything else is most likely a typo. */
const CONFIG_KEYS = ['rules'];
class SettingsError extends Error {
}
/** `missing-file-path=off, task-id-order=warning` (commas or new lines), as the CLI and action take them. */
function applyOverrides(settings, text, origin) {
    const levels = new Map(settings.levels);
    for (const entry of text.split(/[\n,]/)) {
        const trimmed = entry.trim();
        if (!trimmed)
            continue;
        const eq = trimmed.indexOf('=');
        if (eq < 0)
            throw new SettingsError(`${origin}: "${trimmed}" is not rule=level`);
        setLevel(levels, trimmed.slice(0, eq).trim(), trimmed.slice(eq + 1).trim(), origin);
    }
    return { levels };
}
/**
 * A `.spec-tasks.yml` file: `rules: { rule-id: error|warning|note|off }`. Unknown keys, rules and
 * levels are errors naming the file and line, so a typo never silently disables nothing.
 */
function applyConfigFile(settings, doc) {
    const { value, findings, positionOf } = (0,_parse_yaml_js__WEBPACK_IMPORTED_MODULE_0__/* .readYaml */ .g)(doc);
    if (findings.length > 0)
        throw new SettingsError(`${doc.path}:${findings[0].location.line}: ${findings[0].message}`);
    const levels = new Map(settings.levels);
    if (value === null || value === undefined)
        return { settings: { levels }, findings: [] };
    if (typeof value !== 'object' || Array.isArray(value))
        throw new SettingsError(`${doc.path}:1: the file must be a mapping of settings (known keys: ${CONFIG_KEYS.join(', ')})`);
    const config = value;
    const unknown = Object.keys(config).find(key => !CONFIG_KEYS.includes(key));
    if (unknown !== undefined)
        throw new SettingsError(`${doc.path}:${positionOf([unknown]).line}: unknown key "${unknown}" (known keys: ${CONFIG_KEYS.join(', ')})`);
    const rules = config.rules;
    // `rules:` with every entry commented out reads as null: no overrides, not a mistake.
    if (rules === undefined || rules === null)
        return { settings: { levels }, findings: [] };
    if (typeof rules !== 'object' || Array.isArray(rules)) {
        throw new SettingsError(`${doc.path}:${positionOf(['rules']).line}: "rules" must map rule ids to error, warning, note or off`);
    }
    for (const [id, level] of Object.entries(rules)) {
        setLevel(levels, id, String(level), `${doc.path}:${positionOf(['rules', id]).line}`);
    }
    return { settings: { levels }, findings: [] };
}
function setLevel(levels, id, level, origin) {
    if (!levels.has(id))
        throw new SettingsError(`${origin}: unknown rule "${id}" (rules: ${[...levels.keys()].join(', ')})`);
    const normalised = level.toLowerCase() === 'notice' ? 'note' : level.toLowerCase();
    if (!LEVELS.includes(normalised))
        throw new SettingsError(`${origin}: "${level}" is not one of error, warning, note, off`);
    levels.set(id, normalised);
}
/** Applies levels: drops rules turned off, re-grades the rest. */
function applySettings(findings, settings) {
    const result = [];
    for (const found of findings) {
        const level = settings.levels.get(found.ruleId) ?? found.severity;
        if (level !== 'off')
            result.push({ ...found, severity: level });
    }
    return result;
}


/***/ }),

/***/ 4202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parseError)
/* harmony export */ });
/** A design document that could not be read as its format says: the file is reported, not dropped. */
function parseError(location, message) {
    return { ruleId: 'parse-error', severity: 'warning', message, location };
}


/***/ }),

/***/ 7840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _vocabulary_documents_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2918);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4202);
/**
 * YAML and JSON design files, read safely: an alias limit against "billion laughs" documents, no
 * merge keys, and positions for every node so findings point at the line. JSON goes through
 * JSON.parse first, which is much faster; positions are then computed only when asked for.
 */



/** Enough for any real contract; a document needing more aliases is an attack or an accident. */
const MAX_ALIAS_COUNT = 100;
const MAX_REPORTED_ERRORS = 3;
function readYaml(doc) {
    if (doc.path.toLowerCase().endsWith('.json')) {
        try {
            const value = JSON.parse(doc.text);
            let parsed;
            return {
                value,
                findings: [],
                positionOf: path => (parsed ??= parseYaml(doc)).positionOf(path)
            };
        }
        catch (error) {
            // Not valid JSON: YAML reads JSON too and reports most errors with a line. What YAML
            // accepts (a `//` comment becomes part of the next key) would be misread, so it is an error.
            const parsed = parseYaml(doc);
            if (parsed.findings.length > 0)
                return parsed;
            return { ...parsed, value: undefined, findings: [jsonError(doc, error)] };
        }
    }
    const parsed = parseYaml(doc);
    return { value: parsed.value, findings: parsed.findings, positionOf: parsed.positionOf };
}
function parseYaml(doc) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(doc.text, {
        lineCounter,
        merge: false,
        prettyErrors: false,
        // Duplicate keys are common in hand-written contracts and harmless to us: the last one wins.
        uniqueKeys: false
    });
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: doc.path, line, column: col };
    };
    const positionOf = (path) => nodePosition(document, path, at, doc.path);
    const findings = document.errors
        .slice(0, MAX_REPORTED_ERRORS)
        .map(error => (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseError */ .u)(at(error.pos[0]), `Cannot parse ${doc.path} as YAML: ${firstLine(error.message)}`));
    if (findings.length > 0)
        return { value: undefined, findings, positionOf };
    try {
        return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings, positionOf };
    }
    catch (error) {
        return {
            value: undefined,
            findings: [
                (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseError */ .u)(at(0), `Cannot read ${doc.path}: ${firstLine(error.message)}`)
            ],
            positionOf
        };
    }
}
/**
 * The key of a mapping entry where there is one (that is where a reader looks), else the item.
 * Where the path goes through an alias or is missing, the deepest place found on the way.
 */
function nodePosition(document, path, at, file) {
    let node = document.contents;
    let found = { file, line: 1, column: 1 };
    for (const step of path) {
        const next = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) ? lastPair(node.items, step) : undefined;
        if (next) {
            if (next.key.range)
                found = at(next.key.range[0]);
            node = next.value;
            continue;
        }
        const item = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) ? node.items[Number(step)] : undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isNode */ .Ll)(item))
            return found;
        if (item.range)
            found = at(item.range[0]);
        node = item;
    }
    return found;
}
/** Duplicate keys are allowed and the last one wins, so the last one is where a value came from. */
function lastPair(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        const pair = items[i];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && String(pair.key.value) === String(key))
            return { key: pair.key, value: pair.value };
    }
    return undefined;
}
function jsonError(doc, error) {
    const offset = _vocabulary_documents_js__WEBPACK_IMPORTED_MODULE_1__/* .JSON_ERROR_POSITION */ .as.exec(error.message)?.[1];
    const before = offset === undefined ? '' : doc.text.slice(0, Number(offset));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .parseError */ .u)({ file: doc.path, line, column }, `Cannot parse ${doc.path} as JSON: ${firstLine(error.message)}`);
}
function firstLine(message) {
    return message.split('\n')[0].trim();
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


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BC: () => (/* binding */ EXAMPLE_LANGUAGES),
/* harmony export */   Bo: () => (/* binding */ SPEC_KIT_PATH),
/* harmony export */   Bw: () => (/* binding */ DOCUMENTATION_SECTION),
/* harmony export */   Fo: () => (/* binding */ ALTERNATIVES_LABEL_PREFIX),
/* harmony export */   Gv: () => (/* binding */ PLACEHOLDER_MARKERS),
/* harmony export */   Gx: () => (/* binding */ KEY_ENTITIES_SECTION),
/* harmony export */   H0: () => (/* binding */ MAIN_SOURCE_SET),
/* harmony export */   K9: () => (/* binding */ TEST_FOLDER_SUFFIX),
/* harmony export */   Lf: () => (/* binding */ TEST_FOLDER_NAMES),
/* harmony export */   RR: () => (/* binding */ PRIMARY_STORY_SECTION),
/* harmony export */   Rv: () => (/* binding */ STORY_HEADING),
/* harmony export */   Wb: () => (/* binding */ PRIORITY_ASIDE),
/* harmony export */   Wf: () => (/* binding */ RELATIONSHIP_LABEL),
/* harmony export */   YG: () => (/* binding */ RESEARCH_LABELS),
/* harmony export */   aX: () => (/* binding */ ACCEPTANCE_SECTION),
/* harmony export */   as: () => (/* binding */ JSON_ERROR_POSITION),
/* harmony export */   cw: () => (/* binding */ UNFILLED_TREE_MARKER),
/* harmony export */   eA: () => (/* binding */ SOURCE_CODE_SECTION),
/* harmony export */   hl: () => (/* binding */ SCENARIO_GROUP),
/* harmony export */   kT: () => (/* binding */ SCENARIO_WHEN),
/* harmony export */   mU: () => (/* binding */ SPEC_TITLE_PREFIX),
/* harmony export */   n: () => (/* binding */ STRUCTURE_SECTION),
/* harmony export */   ov: () => (/* binding */ RESEARCH_TITLE_LABEL),
/* harmony export */   rt: () => (/* binding */ STRUCTURE_DECISION),
/* harmony export */   sL: () => (/* binding */ REQUIREMENT_ID),
/* harmony export */   uw: () => (/* binding */ FEATURE_FOLDERS_ROOT),
/* harmony export */   x8: () => (/* binding */ SCENARIO_GIVEN),
/* harmony export */   xg: () => (/* binding */ OPENS_WITH_GIVEN),
/* harmony export */   yF: () => (/* binding */ UNFILLED_TREE_OPTIONS),
/* harmony export */   zM: () => (/* binding */ SCENARIO_THEN)
/* harmony export */ });
/* unused harmony exports STRUCTURE_SECTION_TITLES, SOURCE_CODE_SECTION_TITLES, DOCUMENTATION_SECTION_WORDS, STRUCTURE_DECISION_LABELS, SPEC_KIT_FOLDERS, STORY_LABELS, PRIORITY_WORDS, PRIMARY_STORY_SECTIONS, ACCEPTANCE_SECTIONS, SCENARIO_GROUP_LABELS, REQUIREMENT_PREFIXES, KEY_ENTITIES_SECTIONS, RELATIONSHIP_LABELS, RESEARCH_WORD, RESEARCH_TOPIC_WORDS */
/* harmony import */ var _build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2192);
/**
 * What the product knows about how people write the design documents: the section titles and
 * labels of plan.md, spec.md and research.md, the markers of an unfilled template, and the fence
 * languages that only ever show examples. Quickstart words are in ./documents-quickstart.ts,
 * directory-tree words in ./documents-tree.ts.
 */

// ---------------------------------------------------------------------------------------------
// Any markdown document
/**
 * Decides which fenced blocks only show examples (data, shell sessions, markup, diagrams) and so
 * never declare a type or an operation.
 */
const EXAMPLE_LANGUAGES = new Set([
    'json',
    'jsonc',
    'json5',
    'bash',
    'sh',
    'shell',
    'console',
    'powershell',
    'http',
    'mermaid',
    'toml',
    'ini',
    'env',
    'dotenv',
    'csv',
    'diff',
    'xml',
    'html',
    'dockerfile'
]);
/** The offset JSON.parse names in its message (`… at position 42`), so a finding points at the line. */
const JSON_ERROR_POSITION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('json-error-position', 'at position (\\d+)');
// ---------------------------------------------------------------------------------------------
// plan.md
/** Decides which Technical Context values are unfilled: any holding one of these (compared in capitals). */
const PLACEHOLDER_MARKERS = ['NEEDS CLARIFICATION'];
/** Decides which section draws the source tree: one whose title holds one of these … */
const STRUCTURE_SECTION_TITLES = ['project structure'];
/** … else one whose title starts with one of these. */
const SOURCE_CODE_SECTION_TITLES = ['source code'];
/** Decides which sub-sections of the structure draw documentation, not source code. */
const DOCUMENTATION_SECTION_WORDS = ['documentation'];
/** Decides which label introduces the plan's structure decision: `Structure Decision: …`. */
const STRUCTURE_DECISION_LABELS = ['structure decision'];
const STRUCTURE_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .anywherePattern */ .sI)('plan-structure-section', STRUCTURE_SECTION_TITLES, 'i');
const SOURCE_CODE_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWordPattern */ .Pj)('plan-source-code-section', SOURCE_CODE_SECTION_TITLES, 'i');
const DOCUMENTATION_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .anywherePattern */ .sI)('plan-documentation-section', DOCUMENTATION_SECTION_WORDS, 'i');
const STRUCTURE_DECISION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('plan-structure-decision', `^${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(STRUCTURE_DECISION_LABELS)}\\s{0,3}:`, 'i');
/** spec-kit's own folders: a path in them is a design document, never source code. */
const SPEC_KIT_FOLDERS = ['specs', '.specify'];
/** The folder that holds the feature folders (`specs/001-x/`). */
const FEATURE_FOLDERS_ROOT = 'specs/';
const SPEC_KIT_PATH = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('plan-spec-kit-path', `^${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(SPEC_KIT_FOLDERS)}\\/`);
/** Decides which drawn trees are spec-kit's template left as it was: a tree holding this … */
const UNFILLED_TREE_MARKER = '[REMOVE IF UNUSED]';
/** … or all of these option labels, which a plan that chose one would have removed. */
const UNFILLED_TREE_OPTIONS = ['Option 1', 'Option 2'];
/** Decides which path segments are test folders. */
const TEST_FOLDER_NAMES = new Set([
    'tests',
    'test',
    '__tests__',
    'spec',
    'e2e',
    'androidtest',
    'testing',
    'uitests'
]);
/** A segment ending in this is a test folder too (`Shop.Tests`, `apitests`), when longer than it. */
const TEST_FOLDER_SUFFIX = 'tests';
/** Maven and Gradle's main source set (`src/main/`): below it `test` or `spec` is a package name. */
const MAIN_SOURCE_SET = ['src', 'main'];
// ---------------------------------------------------------------------------------------------
// spec.md
/** The label spec-kit writes before a spec's title: `Feature Specification: …` (compared in lower case). */
const SPEC_TITLE_PREFIX = 'feature specification';
/** Decides which headings are user stories: `User Story 2 - …`, `US-3: …` (pattern sources). */
const STORY_LABELS = ['user\\s{1,3}story\\s{0,3}', 'US-?'];
/** Decides which parenthesised aside of a story heading holds its priority: `(Priority: P1)`. */
const PRIORITY_WORDS = ['priority'];
const STORY_HEADING = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-story-heading', `^${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(STORY_LABELS, true)}(\\d{1,3})\\b\\s{0,3}[-—–:.]?\\s{0,3}(.*)$`, 'i');
const PRIORITY_ASIDE = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-priority-aside', `${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(PRIORITY_WORDS)}|^\\s{0,2}P\\d`, 'i');
/** Decides which section holds the older format's one story, matched at the title's start. */
const PRIMARY_STORY_SECTIONS = ['primary user stor'];
/** Decides which section holds that story's scenarios, matched anywhere in the title. */
const ACCEPTANCE_SECTIONS = ['acceptance scenarios'];
/**
 * Decides which sub-sections of the acceptance scenarios group them as stories of their own
 * (`#### Scenario 2: Batch upload lifecycle`), in a spec whose one story is unnumbered.
 */
const SCENARIO_GROUP_LABELS = ['scenario', 'escenario', 'scénario', 'szenario', 'cenário'];
const SCENARIO_GROUP = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-scenario-group', `^${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(SCENARIO_GROUP_LABELS)}\\s{1,3}(\\d{1,3})\\s{0,3}[-—–:.]\\s{0,3}(\\S.{0,200})$`, 'i');
const PRIMARY_STORY_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingPattern */ .Hn)('spec-primary-story-section', PRIMARY_STORY_SECTIONS, 'i');
const ACCEPTANCE_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .anywherePattern */ .sI)('spec-acceptance-section', ACCEPTANCE_SECTIONS, 'i');
/** The words of an acceptance scenario: a list item with the first and last is one. */
const SCENARIO_GIVEN = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-scenario-given', (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeWords */ .pC)(['given']), 'i');
const SCENARIO_WHEN = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-scenario-when', (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeWords */ .pC)(['when']), 'i');
const SCENARIO_THEN = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-scenario-then', (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .wholeWords */ .pC)(['then']), 'i');
/** A paragraph that opens with it is a scenario written on its own: `**Given** …, **Then** …`. */
const OPENS_WITH_GIVEN = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-opens-with-given', '^given\\b', 'i');
/** Decides which list items are requirements: an ID with one of these prefixes (`FR-001`, `SC-2a`). */
const REQUIREMENT_PREFIXES = ['FR', 'SC', 'NFR'];
const REQUIREMENT_ID = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('spec-requirement-id', `^(${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(REQUIREMENT_PREFIXES)}-\\d{1,4}[a-z]?)\\s{0,3}[:.\\-–—]?\\s{0,3}`, 'i');
/** Decides which section lists the spec's key entities, matched at the title's start. */
const KEY_ENTITIES_SECTIONS = ['key entities'];
/** Decides which label ends the entity list: what follows describes links between them. */
const RELATIONSHIP_LABELS = ['relationships?'];
const KEY_ENTITIES_SECTION = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingPattern */ .Hn)('spec-key-entities-section', KEY_ENTITIES_SECTIONS, 'i');
const RELATIONSHIP_LABEL = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .leadingWordPattern */ .Pj)('spec-relationship-label', RELATIONSHIP_LABELS, 'i', true);
// ---------------------------------------------------------------------------------------------
// research.md
/** Decides which labels a research topic answers with, by the label they stand for (compared in lower case). */
const RESEARCH_LABELS = {
    decision: ['decision', 'chosen', 'choice'],
    rationale: ['rationale', 'why']
};
/** Any label starting with this lists the alternatives: `Alternatives considered:`. */
const ALTERNATIVES_LABEL_PREFIX = 'alternatives';
/** The word research headings open with: `Research Topic 2: …`. */
const RESEARCH_WORD = 'research';
/** Decides which labels a research heading opens with and a decision's title loses: `Topic 2: Paging`. */
const RESEARCH_TOPIC_WORDS = ['topic', 'task', 'area', 'question'];
const RESEARCH = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .escapePattern */ .MP)(RESEARCH_WORD);
const RESEARCH_TITLE_LABEL = (0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .pattern */ .T1)('research-title-label', `^(?:${RESEARCH}\\s{1,3}${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)(RESEARCH_TOPIC_WORDS)}\\s{0,3}\\d{0,3}|(?:${RESEARCH}\\s{1,3})?${(0,_build_js__WEBPACK_IMPORTED_MODULE_0__/* .alternation */ .Ql)([...RESEARCH_TOPIC_WORDS, RESEARCH_LABELS.decision[0]])}\\s{0,3}\\d{1,3})\\s{0,3}[:—–-]\\s{0,3}`, 'i');


/***/ })

};
