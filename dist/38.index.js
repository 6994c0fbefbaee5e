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
        summary: 'Two [P] tasks that can run at the same time touch the same file.',
        help: 'Tasks marked [P] may run concurrently; if two of them write the same file they will conflict. Remove [P] from one, or add a dependency between them.'
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
        summary: 'A file was not read: too large, binary, invalid UTF-8 or a link outside the repository.',
        help: 'spec-tasks reads pull-request content as untrusted input and refuses such files. Fix the file or raise the size limit.'
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
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4202);
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
        .map(error => (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .parseError */ .u)(at(error.pos[0]), `Cannot parse ${doc.path} as YAML: ${firstLine(error.message)}`));
    if (findings.length > 0)
        return { value: undefined, findings, positionOf };
    try {
        return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings, positionOf };
    }
    catch (error) {
        return {
            value: undefined,
            findings: [
                (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .parseError */ .u)(at(0), `Cannot read ${doc.path}: ${firstLine(error.message)}`)
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
    const offset = /at position (\d+)/.exec(error.message)?.[1];
    const before = offset === undefined ? '' : doc.text.slice(0, Number(offset));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .parseError */ .u)({ file: doc.path, line, column }, `Cannot parse ${doc.path} as JSON: ${firstLine(error.message)}`);
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}


/***/ })

};
