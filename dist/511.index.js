export const id = 511;
export const ids = [511];
export const modules = {

/***/ 4511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  work: () => (/* binding */ work)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var comment = __webpack_require__(7091);
;// CONCATENATED MODULE: ./src/core/check/graph.ts
function buildGraph(list) {
    const ids = new Set(list.tasks.map(task => task.id));
    const waitsFor = new Map();
    for (const id of ids)
        waitsFor.set(id, new Set());
    list.dependencies.forEach((dependency, index) => {
        const before = dependency.before.filter(id => ids.has(id));
        const after = dependency.after.filter(id => ids.has(id));
        if (before.length * after.length <= before.length + after.length) {
            for (const a of after)
                for (const b of before)
                    if (a !== b)
                        waitsFor.get(a).add(b);
            return;
        }
        // A large "A before B" goes through one joint node: |A|+|B| links instead of |A|×|B|.
        const joint = jointNode(index);
        waitsFor.set(joint, new Set(before));
        for (const a of after)
            waitsFor.get(a).add(joint);
    });
    for (const task of list.tasks) {
        for (const id of task.dependsOn)
            if (ids.has(id) && id !== task.id)
                waitsFor.get(task.id).add(id);
    }
    const memo = new Map();
    const ancestors = (id) => {
        const known = memo.get(id);
        if (known)
            return known;
        const seen = new Set();
        const stack = [...(waitsFor.get(id) ?? [])];
        while (stack.length > 0) {
            const next = stack.pop();
            if (seen.has(next))
                continue;
            seen.add(next);
            for (const parent of waitsFor.get(next) ?? [])
                stack.push(parent);
        }
        memo.set(id, seen);
        return seen;
    };
    return { waitsFor, reaches: (later, earlier) => ancestors(later).has(earlier) };
}
const JOINT_PREFIX = '\u0000joint';
function jointNode(index) {
    return `${JOINT_PREFIX}${index}`;
}
function isJoint(id) {
    return id.startsWith(JOINT_PREFIX);
}
/** Strongly connected components with more than one task (or a self-loop): the cycles. */
function findCycles(graph, order) {
    let index = 0;
    const indices = new Map();
    const low = new Map();
    const onStack = new Set();
    const stack = [];
    const cycles = [];
    // Iterative Tarjan: a long dependency chain in untrusted input must not overflow the call stack.
    for (const root of order) {
        if (indices.has(root))
            continue;
        const work = [];
        const open = (id) => {
            indices.set(id, index);
            low.set(id, index++);
            stack.push(id);
            onStack.add(id);
            work.push({ id, children: [...(graph.waitsFor.get(id) ?? [])].sort(), next: 0 });
        };
        open(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.next < frame.children.length) {
                const child = frame.children[frame.next++];
                if (!indices.has(child))
                    open(child);
                else if (onStack.has(child))
                    low.set(frame.id, Math.min(low.get(frame.id), indices.get(child)));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                low.set(parent.id, Math.min(low.get(parent.id), low.get(frame.id)));
            if (low.get(frame.id) === indices.get(frame.id)) {
                const component = [];
                let member;
                do {
                    member = stack.pop();
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.id);
                const tasks = component.filter(id => !isJoint(id));
                if (tasks.length > 1)
                    cycles.push(tasks.sort((a, b) => order.indexOf(a) - order.indexOf(b)));
            }
        }
    }
    return cycles;
}

// EXTERNAL MODULE: ./node_modules/any-ascii/any-ascii.js + 1 modules
var any_ascii = __webpack_require__(2754);
;// CONCATENATED MODULE: ./src/core/text/words.ts
/**
 * Words of names and phrases, the one splitter every layer uses: `KVCacheStats`, `kv-cache stats`
 * and `getKvCache` all come apart the same way everywhere.
 */

/** Splits `KVCacheStats`, `kv-cache stats`, `getKvCache` into lower-case words. */
function words(name) {
    return splitWords(name, false);
}
/**
 * Words for a file name, in ASCII whatever the script: like `words`, but accented Latin letters
 * folded (`Actualización` → `actualizacion`), other scripts transliterated (`선반 정리` →
 * `seonban jeongli`, `书架管理` → `shujiaguanli`, `Полки` → `polki`), a change of script a
 * word break (`Helm으로` → `helm eulo`), and a name written in mixed case as one word (`gRPC`,
 * `OAuthly`, `Model3D`, `iOS`) kept one word rather than losing a letter to a split.
 */
function fileNameWords(name) {
    return splitWords(toAscii(name), true);
}
/** A run of letters, digits and underscores that starts with a letter or an underscore. */
const WORD_SPAN = /[\p{L}_][\p{L}\p{N}_]*/gu;
/**
 * The words of running text as written, each with its offset, for finding a name of several
 * words in a line (`Order Line` in "each Order Line belongs to one Order"): unlike `words`, not
 * split at humps or underscores (`order_line`, `OrderLine` stay one) and not lower-cased.
 */
function wordSpans(text) {
    const found = [];
    for (const match of text.matchAll(WORD_SPAN))
        found.push({ text: match[0], index: match.index });
    return found;
}
function splitWords(name, keepMixedCaseWords) {
    const result = [];
    let current = '';
    const chars = [...name];
    chars.forEach((ch, i) => {
        if (!isWordChar(ch)) {
            if (current)
                result.push(current);
            current = '';
            return;
        }
        const splits = current !== '' &&
            startsCamelWord(chars[i - 1], ch, chars[i + 1]) &&
            !(keepMixedCaseWords && (current.length === 1 || singleLetterAhead(chars, i)));
        if (splits) {
            result.push(current);
            current = '';
        }
        current += ch.toLowerCase();
    });
    if (current)
        result.push(current);
    return result;
}
/** A split before `i` would leave one letter alone: the word ends, or a new hump starts, after it. */
function singleLetterAhead(chars, i) {
    const next = chars[i + 1];
    if (next === undefined || !isWordChar(next))
        return true;
    return isUpper(next) && isLower(chars[i + 2]);
}
const LATIN_LETTERS = {
    ı: 'i',
    ß: 'ss',
    æ: 'ae',
    Æ: 'Ae',
    ø: 'o',
    Ø: 'O',
    œ: 'oe',
    Œ: 'Oe',
    đ: 'd',
    Đ: 'D',
    ð: 'd',
    ł: 'l',
    Ł: 'L',
    þ: 'th'
};
/**
 * Accented Latin letters without their accents; letters, marks and digits of other scripts
 * transliterated, in lower case (a syllable's capital is no word of its own), each run of them set
 * apart from Latin letters around it; punctuation and symbols as they are, to separate words.
 */
function toAscii(text) {
    // ASCII first: names are mostly ASCII and this runs for every name of every task.
    if (!/[^\u0000-\u007f]/.test(text))
        return text;
    let result = '';
    let previous = 'none';
    for (const ch of text) {
        const code = ch.codePointAt(0);
        const latin = code < 0x80 || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
        if (latin) {
            const letter = /[\p{L}\p{N}]/u.test(ch);
            if (letter && previous === 'other')
                result += ' ';
            result +=
                code < 0x80
                    ? ch
                    : (LATIN_LETTERS[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
            previous = letter ? 'latin' : 'none';
        }
        else if (/[\p{L}\p{M}\p{N}]/u.test(ch)) {
            if (previous === 'latin')
                result += ' ';
            result += (0,any_ascii/* default */.A)(ch).toLowerCase();
            previous = 'other';
        }
        else {
            result += ch;
            previous = 'none';
        }
    }
    return result;
}
function isDigit(ch) {
    const code = ch.charCodeAt(0);
    return code < 128 ? code >= 48 && code <= 57 : /\p{N}/u.test(ch);
}
function isWordChar(ch) {
    const code = ch.charCodeAt(0);
    // ASCII first: names are mostly ASCII and this runs for every character of every task.
    if (code < 128)
        return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    return /[\p{L}\p{N}]/u.test(ch);
}
function isUpper(ch) {
    return ch !== undefined && ch !== ch.toLowerCase();
}
function isLower(ch) {
    return ch !== undefined && ch !== ch.toUpperCase();
}
/** `kvCache` splits before `C`; `KVCache` splits before the `C` that starts `Cache`, not inside `KV`. */
function startsCamelWord(prev, ch, next) {
    if (!isUpper(ch))
        return false;
    if (isLower(prev) || (prev !== undefined && isDigit(prev)))
        return true;
    return isUpper(prev) && isLower(next);
}
/** Enough stemming that "events" in a story finds the `Event` entity. */
function singular(word) {
    if (word.length > 4 && word.endsWith('ies'))
        return word.slice(0, -3) + 'y';
    if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'))
        return word.slice(0, -1);
    return word;
}

// EXTERNAL MODULE: ./src/core/vocabulary/build.ts
var build = __webpack_require__(2192);
;// CONCATENATED MODULE: ./src/core/vocabulary/coverage.ts
/**
 * What the checker knows about the words of tasks and design items: which words carry no
 * meaning, which say a task is a check or a run rather than code, which name a kind of contract
 * or entity, and which nouns serve a resource. Tasks that need no path are in
 * path-free-tasks.ts, the words of tests in check-test-words.ts.
 */

// ---------------------------------------------------------------------------------------------
// Key words
/** Words that say nothing about which design item a name means, per language (compared in key form). */
const FILLER_WORDS = {
    en: [
        'a',
        'an',
        'the',
        'of',
        'for',
        'and',
        'or',
        'to',
        'in',
        'on',
        'with',
        'by',
        'from',
        'as',
        'at',
        'via',
        'per',
        'into',
        'is',
        'be',
        'its',
        'their',
        'new',
        'all',
        'each',
        'it',
        'this',
        'that',
        'user',
        'story',
        'scenario',
        'step',
        'my',
        'our'
    ],
    // Spanish, the most common other language of the lists seen.
    es: ['de', 'la', 'el', 'los', 'las', 'del', 'y', 'en', 'con', 'para', 'un', 'una', 'por']
};
const FILLER = new Set(Object.values(FILLER_WORDS).flat());
/** Abbreviations people use for the same word, mapped to one spelling (both in singular form). */
const SAME_WORD = new Map([
    ['config', 'configuration'],
    ['conf', 'configuration'],
    ['cfg', 'configuration'],
    ['info', 'information'],
    ['stat', 'statistic'],
    ['repo', 'repository'],
    ['db', 'database'],
    ['msg', 'message'],
    ['param', 'parameter'],
    ['env', 'environment'],
    ['auth', 'authentication'],
    ['authn', 'authentication'],
    ['creation', 'create'],
    ['deletion', 'delete']
]);
// ---------------------------------------------------------------------------------------------
// What a task does
/** Verbs that make a task create the code names right after them: "Add `VoucherPolicy` to …". */
const CREATING_VERBS = [
    'create',
    'implement',
    'add',
    'build',
    'write',
    'define',
    'introduce',
    'extract',
    'develop',
    'scaffold'
];
const CREATING = (0,build/* leadingWordPattern */.Pj)('coverage.creating-verb', CREATING_VERBS, 'i');
/** Key words of a task that changes a schema, which creates tables but no behaviour to test. */
const MIGRATION_WORDS = ['migration'];
/** Folders and extensions of migration files: `db/migrations/`, `0003_vouchers.sql`. */
const MIGRATION_FOLDERS = ['migrations', 'migration'];
const MIGRATION_EXTENSIONS = ['.sql'];
const MIGRATION_FOLDER = (0,build/* pattern */.T1)('coverage.migration-folder', `(?:^|\\/)${(0,build/* alternation */.Ql)(MIGRATION_FOLDERS)}\\/`);
/**
 * Tasks that check behaviour without being written as tests, by any of their key words: "Verify
 * the export dialog", "Run quickstart.md start to finish", "Manual check of the voucher flow".
 */
const CHECKING_WORDS = {
    en: [
        'verify',
        'validate',
        'validation',
        'confirm',
        'manual',
        'manually',
        'smoke',
        'acceptance',
        'e2e',
        'qa',
        'audit',
        'check'
    ],
    es: ['verificar', 'validar', 'probar', 'prueba', 'comprobar'],
    pt: ['testar'],
    fr: ['vérifier', 'valider', 'tester'],
    de: ['prüfen', 'testen'],
    tr: ['doğrula', 'doğrulama']
};
const CHECKING = new Set(Object.values(CHECKING_WORDS).flat());
/** Verbs that run a document as a whole: a task that runs quickstart.md covers its scenarios. */
const RUNNING_WORDS = {
    en: ['run', 'execute', 'perform', 'follow', 'walk'],
    es: ['ejecutar']
};
const RUNNING = Object.values(RUNNING_WORDS).flat();
/** The key word that names the quickstart document. */
const QUICKSTART_WORDS = ['quickstart'];
/** Phrases by which a test task covers every story: "end-to-end tests of all user stories". */
const EVERY_STORY_PHRASES = ['all user stories', 'all stories'];
/** What precedes a story's number when a task names it: "User Story 2", "US2". */
const STORY_NUMBER_PREFIXES = ['user story ', 'us'];
/** What precedes a quickstart scenario's number when a task names it: "Scenario 3". */
const SCENARIO_NUMBER_PREFIXES = ['scenario '];
/** Key words that make a test narrower than the feature as a whole: a unit or contract test. */
const NARROW_TEST_WORDS = ['unit', 'contract'];
// ---------------------------------------------------------------------------------------------
// Design items
/** Words of a contract's file name or title that say what kind of document it is, not what it is about. */
const CONTRACT_KIND_WORDS = new Set([
    'contract',
    'api',
    'spec',
    'specification',
    'schema',
    'interface',
    'definition',
    'openapi',
    'swagger',
    'graphql',
    'readme',
    'index',
    'v1',
    'v2',
    'v3',
    'summary',
    'endpoint',
    'service',
    'document',
    'doc',
    'format',
    'type',
    'model'
]);
/** Key words of a task that builds a client, so the contract it names is one the feature calls. */
const CLIENT_WORDS = ['client'];
/**
 * Words that follow an entity's real name in descriptive headings: "Order Line Hierarchy", "Tax
 * Record", "Shape Nodes" (the nodes of a tree of shapes, which "the shape system" builds).
 */
const ENTITY_HEADING_TAILS = new Set([
    'hierarchy',
    'tree',
    'node',
    'entity',
    'model',
    'record',
    'object',
    'structure',
    'interface',
    'definition',
    'schema',
    'table'
]);
/**
 * Words of fields every kind of record has (`id`, `created_at`, `status`): a task naming them
 * says nothing about which entity it builds, so they never count towards its fields.
 */
const COMMON_FIELD_WORDS = new Set([
    'id',
    'uuid',
    'name',
    'title',
    'type',
    'kind',
    'status',
    'state',
    'description',
    'value',
    'key',
    'data',
    'metadata',
    'created',
    'updated',
    'deleted',
    'at',
    'date',
    'time',
    'timestamp',
    'version'
]);
/**
 * Words that make a field a reference (`lot_id`, `owner_uuid`): another record's model names it
 * as readily as the entity's own, so it tells neither apart.
 */
const REFERENCE_FIELD_WORDS = new Set(['id', 'uuid', 'ref', 'fk']);
/** How many of an entity's own fields a task must name, beside a word of its name, to build it. */
const FIELDS_NAMING_AN_ENTITY = 2;
/** Key words of a task that extends what an entity the feature extends is part of. */
const EXTENDING_WORDS = ['extend', 'extended', 'extension'];
/** Suffixes by which code is plainly an entity's own: `InvoiceRepository` is the Invoice entity's. */
const ENTITY_ROLES = [
    'Repository',
    'Entity',
    'Model',
    'Record',
    'Table',
    'Dto',
    'DTO',
    'Store',
    'Schema',
    'Impl'
];
// ---------------------------------------------------------------------------------------------
// Endpoints
/** Nouns for the code that serves a resource: `VoucherController`, "Parcel API handlers", "the sync command". */
const SERVING_WORDS = [
    'controller',
    'handler',
    'router',
    'route',
    'endpoint',
    'api',
    'resolver',
    'view',
    'command',
    'procedure',
    'resource',
    'servlet',
    'lambda'
];
/** Words that end the phrase a serving noun must close: "parcels in view" serves nothing. */
const PHRASE_BREAKS = new Set([
    'in',
    'on',
    'at',
    'for',
    'of',
    'to',
    'with',
    'from',
    'by',
    'the',
    'a',
    'an',
    'and',
    'or',
    'into',
    'via'
]);
/**
 * Key words that rule no task out: verbs are in half the tasks of a list and say nothing about
 * which endpoint is meant, and every way of naming an endpoint also holds one of its other words.
 */
const VERB_KEYS = new Set([
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'head',
    'options',
    'list',
    'create',
    'update',
    'remove',
    'add',
    'set',
    'fetch',
    'find'
]);
/** The noun a task uses for a CLI command it names by its resource: "the export command". */
const COMMAND_NOUNS = ['command', 'subcommand'];
/**
 * File stems of file-based routing: `/parcels/:id` lives in `app/parcels/[id]/page.tsx`
 * (Next.js, SvelteKit, Nuxt).
 */
const ROUTE_FILE_STEMS = ['page', 'route', 'index', '+page', '+server', '+layout'];
// ---------------------------------------------------------------------------------------------
// Contracts that specify CI itself
/**
 * Decides which contracts specify CI itself, by a key word of their file name or title
 * (`github-actions-workflow.md`, "CI Pipeline Contract"): the checks their workflows run are
 * their tests, and a task writing such a workflow tests them.
 */
const CI_CONTRACT_WORDS = ['ci', 'github', 'gitlab', 'circleci', 'jenkins'];
/** Where CI configuration lives (lower case): a task writing a file here writes CI. */
const CI_CONFIG_PATHS = [
    '.github/workflows/',
    '.gitlab-ci.yml',
    '.circleci/',
    'azure-pipelines.yml',
    'bitbucket-pipelines.yml',
    'jenkinsfile'
];
/** Key words that make such a workflow a check: "validate-helm.yml", "Helm lint", "integration test". */
const CI_CHECK_WORDS = ['validate', 'validation', 'lint', 'test', 'check', 'verify', 'dry'];

;// CONCATENATED MODULE: ./src/core/check/key-words.ts
/**
 * The words of a name that carry its meaning, for the coverage questions ("does any task cover
 * this story?"). People paraphrase design items in task lists: "E2E test: parcel return flow"
 * covers the story "Parcel Returns & Vouchers", `AuthSessionIntegrationTest` the contract
 * `auth-session.yaml`. Comparing key words rather than whole phrases lets a paraphrase count,
 * which is the safe direction: a missed finding costs less than a false one.
 */



/** One word in the form key-word comparisons use: lower case, singular, abbreviations spelled out. */
function keyForm(word) {
    const single = singular(word.toLowerCase());
    return SAME_WORD.get(single) ?? single;
}
/** The meaningful words of a phrase or identifier, in key form, without filler or repeats. */
function keyWords(text, ignore = FILLER) {
    const result = [];
    for (const word of words(text)) {
        const key = keyForm(word);
        if (key.length < 2 || ignore.has(key) || FILLER.has(key) || result.includes(key))
            continue;
        result.push(key);
    }
    return result;
}
/**
 * Whether a task's key words hold enough of an item's: all of them for names of one or two
 * words, at least two for longer ones, since a title of four words is rarely repeated whole.
 */
function sharesKeyWords(taskWords, itemWords) {
    if (itemWords.length === 0)
        return false;
    const needed = Math.min(itemWords.length, 2);
    let found = 0;
    for (const word of itemWords) {
        if (holds(taskWords, word) && ++found >= needed)
            return true;
    }
    return false;
}
/** Every key word present. */
function hasAllKeyWords(taskWords, itemWords) {
    return itemWords.length > 0 && itemWords.every(word => holds(taskWords, word));
}
/** The word itself, or another form of it: "security" for "secure", "verificar" for "verificación". */
function holds(taskWords, word) {
    if (taskWords.has(word))
        return true;
    if (word.length < MIN_STEM)
        return false;
    for (const candidate of taskWords)
        if (sameStem(word, candidate))
            return true;
    return false;
}
const MIN_STEM = 5;
/**
 * Two forms of one word share a long start: at least five letters and three quarters of the
 * shorter word ("compile"/"compilation", "create"/"creation"), which "content"/"context" or
 * "process"/"procedure" do not.
 */
function sameStem(a, b) {
    const shorter = Math.min(a.length, b.length);
    if (shorter < MIN_STEM)
        return false;
    let common = 0;
    while (common < shorter && a[common] === b[common])
        common++;
    return common >= MIN_STEM && common * 4 >= shorter * 3;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/contracts-endpoints.ts
/**
 * What the product knows about how contracts write an endpoint: the HTTP methods, the labels
 * before a route, RPC and proto keywords, GraphQL's schema keywords and root types, the words
 * that make a contract about a CLI, and the words of a route that name no resource.
 */

/** Decides which first word of a markdown line, heading or table row makes it an HTTP endpoint. */
const HTTP_METHOD_NAMES = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const HTTP_METHODS = new Set(HTTP_METHOD_NAMES);
/** The same methods as they are written in lower case in routes and task prose. */
const HTTP_METHODS_LOWER = HTTP_METHOD_NAMES.map(method => method.toLowerCase());
/** Decides which keys of an OpenAPI path item are operations (the others are parameters, servers…). */
const OPENAPI_METHODS = [
    'get',
    'put',
    'post',
    'delete',
    'options',
    'head',
    'patch',
    'trace'
];
/** Decides which label before a route is dropped: `Endpoint: POST /x`, `Route - GET /y`. */
const ENDPOINT_LABELS = ['endpoint', 'route', 'api', 'operation', 'request'];
const ENDPOINT_LABEL = (0,build/* pattern */.T1)('contract-endpoint-label', `^${(0,build/* alternation */.Ql)(ENDPOINT_LABELS)}\\s{0,3}[:\\-–—]\\s{0,3}`, 'i');
/** Decides which label before a colon names an RPC in a heading: `## RPC: Stack`, `## Method: Stack`. */
const RPC_LABELS = ['rpc', 'method', 'grpc'];
/** The proto keywords that open an RPC, a service and the types a proto file declares. */
const PROTO_RPC = 'rpc';
const PROTO_SERVICE = 'service';
const PROTO_RETURNS = 'returns';
/** Decides which proto declarations name something tests may call the contract by. */
const PROTO_DECLARATIONS = ['message', 'enum', 'service'];
/** Decides which fence languages hold proto; a block without one is proto when it has all of these. */
const PROTO_FENCE_LANGUAGES = ['proto', 'protobuf'];
const PROTO_BLOCK_KEYWORDS = [`${PROTO_SERVICE} `, `${PROTO_RPC} `];
const RPC_LABEL = (0,build/* pattern */.T1)('contract-rpc-label', `^${(0,build/* alternation */.Ql)(RPC_LABELS)}\\s{0,3}:\\s{0,3}\`?(\\w{1,100})`, 'i');
/** `## rpc Stack(StackRequest) returns (Shelf)`: a heading written as the RPC's signature. */
const RPC_SIGNATURE = (0,build/* pattern */.T1)('contract-rpc-signature', `^(?:${(0,build/* escapePattern */.MP)(PROTO_RPC)}\\s{1,3})?\`?(\\w{1,100})\\s{0,2}\\([\\w.\\s]{0,100}\\)\\s{1,3}${(0,build/* escapePattern */.MP)(PROTO_RETURNS)}\\b`);
const PROTO_SERVICE_LINE = (0,build/* pattern */.T1)('proto-service-line', `^${(0,build/* escapePattern */.MP)(PROTO_SERVICE)}\\s{1,8}(\\w{1,100})`);
const PROTO_RPC_LINE = (0,build/* pattern */.T1)('proto-rpc-line', `^${(0,build/* escapePattern */.MP)(PROTO_RPC)}\\s{1,8}(\\w{1,100})\\s{0,8}\\(`);
const PROTO_DECLARATION_LINE = (0,build/* pattern */.T1)('proto-declaration-line', `^\\s{0,12}${(0,build/* alternation */.Ql)(PROTO_DECLARATIONS)}\\s{1,8}(\\w{1,100})`);
/** Decides which texts are GraphQL SDL: a line that opens a definition with one of these. */
const GRAPHQL_DEFINITION_KEYWORDS = [
    'type',
    'schema',
    'interface',
    'input',
    'enum',
    'scalar',
    'union'
];
const GRAPHQL_EXTEND = 'extend';
const GRAPHQL_DEFINITION_LINE = (0,build/* pattern */.T1)('graphql-definition-line', `^\\s{0,8}(?:${(0,build/* escapePattern */.MP)(GRAPHQL_EXTEND)}\\s{1,4})?${(0,build/* alternation */.Ql)(GRAPHQL_DEFINITION_KEYWORDS)}\\b`, 'm');
/** Decides which types hold a schema's operations when no `schema { … }` block renames them. */
const GRAPHQL_ROOT_TYPES = [
    ['Query', 'QUERY'],
    ['Mutation', 'MUTATION'],
    ['Subscription', 'SUBSCRIPTION']
];
/** Decides which contracts list CLI commands as code headings: their path or title says `cli` … */
const CLI_CONTRACT_WORDS = ['cli'];
/** … or holds one of these anywhere (`commands.md`, "Command reference"). */
const CLI_CONTRACT_STEMS = ['command'];
const CLI_CONTRACT = (0,build/* pattern */.T1)('contract-cli', `\\b${(0,build/* alternation */.Ql)(CLI_CONTRACT_WORDS)}\\b|${(0,build/* alternation */.Ql)(CLI_CONTRACT_STEMS)}`);
/** Decides which route segments name no resource (`/api/v1/admin/jobs` acts on `jobs`). */
const NOT_RESOURCES = new Set([
    'api',
    'rest',
    'rpc',
    'graphql',
    'internal',
    'public',
    'admin'
]);
/** Decides which first word of an operation's name is dropped to name its resource: `getUser` → `user`. */
const RESOURCE_NAME_VERBS = new Set([
    'get',
    'list',
    'create',
    'update',
    'delete',
    'remove',
    'add',
    'set',
    'fetch',
    'find',
    'search',
    'put',
    'post',
    'patch',
    'upsert',
    'on',
    'handle',
    'query',
    'mutate',
    'subscribe',
    'watch',
    'stream',
    'do'
]);

;// CONCATENATED MODULE: ./src/core/vocabulary/documents-tree.ts
/**
 * What the product knows about the directory trees plans and contracts draw: the characters a
 * tree is drawn with, what marks the note beside a name, the files that have no extension, the
 * folders that start a repository's own code, and how a tree says its first line is the
 * repository itself.
 */

/** Decides which characters come before a name on a tree's line: box drawing, ASCII branches, indentation. */
const TREE_CHARS = new Set([
    '│',
    '├',
    '└',
    '─',
    '┬',
    '┃',
    '┣',
    '┗',
    '━',
    ' ',
    '\t',
    '|',
    '`',
    '+',
    '\u00a0'
]);
/** Decides where a name ends and its note begins: a comment, an arrow, an aside. */
const NOTE_MARKERS = [' #', '  ', ' ←', ' <-', ' (', ' —', ' – ', ' // '];
/**
 * Decides which segments start the repository's own code: an absolute path is cut back to them
 * (`/home/me/shop/src/` → `src/`), and a first line named so is never the repository's label.
 */
const TOP_LEVEL_ROOTS = new Set([
    'specs',
    'src',
    'app',
    'apps',
    'lib',
    'libs',
    'packages',
    'crates',
    'backend',
    'frontend',
    'server',
    'client',
    'api',
    'web',
    'cmd',
    'internal',
    'pkg',
    'tests',
    'test',
    'docs',
    'mobile',
    'ios',
    'android',
    'services',
    'modules',
    'tools',
    'scripts',
    'deploy',
    'infra'
]);
/** Decides which notes say a first line stands for the whole repository: `# Repository root` (pattern sources, before `root`). */
const ROOT_NOTE_WORDS = [
    'repo(?:sitory)?',
    'project',
    'solution',
    'monorepo',
    'workspace',
    'git'
];
const ROOT_NOTE = (0,build/* pattern */.T1)('tree-root-note', `\\b${(0,build/* alternation */.Ql)(ROOT_NOTE_WORDS, true)}\\s+root\\b`, 'i');
/** Decides which entries exist only at the top of a repository, so their parent is the repository. */
const ROOT_ONLY = new Set(['specs/', '.specify/', '.github/', '.git/']);
/**
 * Decides which folders hold a framework's file-system routes (Next.js, SvelteKit, Nuxt, Remix):
 * bracketed names below them are route parameters, and a route file right inside serves `/`.
 */
const ROUTE_FOLDERS = new Set(['app', 'pages', 'routes']);

;// CONCATENATED MODULE: ./src/core/check/routes.ts



/**
 * `/admin/tenants/*` (or `/**`) in a task serves every route under `/admin/tenants`, the base
 * path included or not.
 */
function namesWildcardRoute(task, endpoint) {
    if (!task.routeText.includes('/*'))
        return false;
    const routes = [routeOf(endpoint.path)];
    if (endpoint.basePath)
        routes.push(routeOf(endpoint.basePath + endpoint.path));
    for (let at = task.routeText.indexOf('/*'); at >= 0; at = task.routeText.indexOf('/*', at + 1)) {
        const start = task.routeText.lastIndexOf(' ', at) + 1;
        const prefix = trimRouteStart(task.routeText.slice(start, at));
        if (prefix.length <= 1)
            continue;
        if (routes.some(route => route === prefix || route.startsWith(prefix + '/')))
            return true;
    }
    return false;
}
/** A route as written in prose may sit in backticks or parentheses. */
function trimRouteStart(text) {
    const slash = text.indexOf('/');
    return slash < 0 ? '' : text.slice(slash);
}
/**
 * File-based routing: `/recipes/:id` lives in `src/app/recipes/[id]/page.tsx` (Next.js, SvelteKit,
 * Nuxt), `/` in `app/page.tsx`.
 */
function isRouteFileName(path) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const dot = file.indexOf('.');
    return ROUTE_FILE_STEMS.includes(dot < 0 ? file : file.slice(0, dot));
}
function isRouteFile(path, route) {
    if (!isRouteFileName(path))
        return false;
    const segments = path.split('/');
    segments.pop();
    const wanted = route.split('/').filter(Boolean);
    if (wanted.length === 0)
        return ROUTE_FOLDERS.has(segments[segments.length - 1] ?? '');
    if (segments.length <= wanted.length)
        return false;
    const tail = segments.slice(segments.length - wanted.length);
    return wanted.every((segment, index) => {
        const actual = tail[index];
        const isParameter = segment.startsWith('{') || segment.startsWith(':') || segment.startsWith('<');
        return isParameter
            ? actual.startsWith('[') || actual.startsWith('_')
            : actual.toLowerCase() === segment.toLowerCase();
    });
}
/** Methods written as a slash-joined list, `PUT/PATCH/DELETE`, lower case. */
function listedMethodsIn(text) {
    const methods = new Set();
    for (const token of text.split(/[\s`*(),]+/)) {
        if (!token.includes('/'))
            continue;
        const parts = token.split('/');
        if (parts.length > 1 && parts.every(part => HTTP_METHODS_LOWER.includes(part)))
            for (const part of parts)
                methods.add(part);
    }
    return methods;
}
/**
 * The route as a whole word: `/api/parcels` is not named by `/api/parcels/{}` (a longer route),
 * by `src/api/parcels.py` (a file), or by `GET /api/parcels` when the endpoint is
 * `POST /api/parcels`.
 */
function namesRoute(text, route, method) {
    if (route.length <= 1)
        return false;
    for (let at = text.indexOf(route); at >= 0; at = text.indexOf(route, at + 1)) {
        const before = text[at - 1] ?? ' ';
        const after = text[at + route.length] ?? ' ';
        if (/[\w.{}/-]/.test(before))
            continue;
        if (/[\w/{}-]/.test(after) || (after === '.' && /\w/.test(text[at + route.length + 1] ?? '')))
            continue;
        const word = text
            .slice(0, at)
            .trimEnd()
            .split(/[\s`*(]+/)
            .pop() ?? '';
        if (method && HTTP_METHODS_LOWER.includes(word) && word !== method.toLowerCase())
            continue;
        return true;
    }
    return false;
}
const routeCache = new Map();
/** normaliseRoute, computed once per endpoint path rather than once per task. */
function routeOf(path) {
    let cached = routeCache.get(path);
    if (cached === undefined) {
        if (routeCache.size > 10_000)
            routeCache.clear();
        cached = normaliseRoute(path);
        routeCache.set(path, cached);
    }
    return cached;
}
/** `/parcels/{id}`, `/parcels/:id` and `/parcels/<id>` are one route. */
function normaliseRoute(text) {
    let result = '';
    let inParameter = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '{' || ch === '<') {
            inParameter = true;
            result += '{}';
        }
        else if (inParameter) {
            if (ch === '}' || ch === '>')
                inParameter = false;
        }
        else if (ch === ':' && text[i - 1] === '/') {
            result += '{}';
            while (i + 1 < text.length && /[\w-]/.test(text[i + 1]))
                i++;
        }
        else {
            result += ch.toLowerCase();
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/check-test-words.ts
/**
 * What the checker knows about tests: the words that make a task a test, the folders and file
 * names of tests, what a test's name says it tests, and which tests come after the code by nature.
 */

/** Words that make a task a test when one of its first four words: "Contract test for …", "E2E: …". */
const LEADING_TEST_WORDS = ['test', 'tests', 'testing', 'spec', 'specs', 'e2e'];
/**
 * Words that make a task about tests anywhere in its prose (as whole words). Not "spec": in a
 * spec-kit repository it names the design documents ("update the spec-kit templates"), and inside
 * a path (`org/acme/spec/`) it is a package, not a test.
 */
const TEST_WORDS = ['test', 'tests', 'testing', 'e2e'];
/** What every test word above holds, so a task without any is settled with one scan. */
const TEST_WORD_STEMS = ['test', 'e2e'];
const TEST_WORD_ANYWHERE = (0,build/* anywherePattern */.sI)('check-test-words.test-word-anywhere', TEST_WORD_STEMS, 'i');
/** How an identifier names a test: `test_voucher_flow`, `TestVoucher` (start, any case). */
const TEST_IDENTIFIER_PREFIXES = ['test'];
/** … `VoucherServiceTest`, `VoucherTests`, `VoucherSpec`, `VoucherIT` (end, as written). */
const TEST_IDENTIFIER_SUFFIXES = ['Tests', 'Test', 'Spec', 'IT'];
/** … `voucher_test`, `voucher_spec` (end, after an underscore, any case). */
const SNAKE_TEST_SUFFIXES = ['test', 'spec'];
const TEST_IDENTIFIER_START = (0,build/* leadingPattern */.Hn)('check-test-words.test-identifier-start', TEST_IDENTIFIER_PREFIXES, 'i');
const TEST_IDENTIFIER_END = (0,build/* trailingPattern */.R)('check-test-words.test-identifier-end', TEST_IDENTIFIER_SUFFIXES);
const SNAKE_TEST_IDENTIFIER_END = (0,build/* pattern */.T1)('check-test-words.snake-test-identifier-end', `_${(0,build/* alternation */.Ql)(SNAKE_TEST_SUFFIXES)}$`, 'i');
/** Folders anywhere in a path that hold tests (compared in lower case). */
const TEST_FOLDERS = ['test', 'tests', '__tests__', 'e2e', 'androidtest'];
/**
 * Folders that hold tests only as a path's first or second segment: Ruby's `spec/`. Deep in a
 * Java package (`org/acme/spec/`) it is not a test folder, and `specs/` holds the design documents.
 */
const TOP_TEST_FOLDERS = ['spec'];
/** How a test file's name starts, the rest naming what it tests: `test_voucher.py` tests `voucher`. */
const TEST_FILE_PREFIXES = ['test_'];
/** How a test file's stem ends, the rest naming what it tests: `voucher_test.go` tests `voucher`. */
const TEST_FILE_SUFFIXES = ['_test'];
/** The word a test file's name carries before its extension: `voucher.test.ts`, `voucher_spec.rb`. */
const TEST_FILE_MARKERS = ['test', 'spec'];
/** The same word that ends a test file's name, without a separator: `VoucherTests.cs`. */
const TEST_FILE_ENDINGS = ['test'];
const TEST_FILE_MARKER = (0,build/* pattern */.T1)('check-test-words.test-file-marker', `[._]${(0,build/* alternation */.Ql)(TEST_FILE_MARKERS)}s?\\.[a-z]+$`);
const TEST_FILE_ENDING = (0,build/* pattern */.T1)('check-test-words.test-file-ending', `${(0,build/* alternation */.Ql)(TEST_FILE_ENDINGS)}s?\\.[a-z]+$`);
/** `.test.` or `.spec.` right after a file's stem: `voucher.test.ts` tests `voucher`. */
const TEST_FILE_INFIX = (0,build/* pattern */.T1)('check-test-words.test-file-infix', `^\\.${(0,build/* alternation */.Ql)(TEST_FILE_MARKERS)}\\.`);
/** Suffixes of a test's name that leave the name of what it tests, longest first. */
const TEST_NAME_SUFFIXES = [
    'IntegrationTests',
    'IntegrationTest',
    'Tests',
    'Test',
    'Spec',
    'IT'
];
/** Words that name a kind of test, not the code under test: `IntegrationTest` tests no unit. */
const TEST_KINDS = new Set([
    'integration',
    'contract',
    'acceptance',
    'component',
    'system',
    'functional',
    'performance',
    'regression',
    'smoke',
    'endtoend',
    'snapshot',
    'security',
    'visual',
    'stress'
]);
/**
 * Tests that come after the code by nature, so TDD order does not apply: manual checks and runs,
 * and changes to tests that exist already (a refactor of them after a constructor changed), by
 * their first word; fixtures and test doubles (anywhere); tests said to exist already.
 */
const AFTER_THE_FACT_VERBS = [
    'manual',
    'manually',
    'verify',
    'run',
    'validate',
    'confirm',
    'check',
    'smoke',
    'update',
    'adjust',
    'adapt',
    'fix',
    'migrate',
    'refactor',
    'rework',
    'align'
];
/** "… the existing tests", "existing unit tests": tests written before this feature. */
const EXISTING_WORDS = ['existing', 'current'];
const TEST_SUPPORT_WORDS = [
    'fixtures',
    'fixture',
    'conftest',
    'fakes',
    'fake',
    'mocks',
    'mock',
    'stubs',
    'stub',
    'helpers',
    'helper',
    'harness'
];
/** The start of a test double's name: `FakeClock` (any case, as the pattern is). */
const TEST_DOUBLE_PREFIXES = ['Fake'];
const AFTER_THE_FACT = (0,build/* pattern */.T1)('check-test-words.after-the-fact', `^${(0,build/* alternation */.Ql)(AFTER_THE_FACT_VERBS)}\\b|${(0,build/* wholeWords */.pC)(TEST_SUPPORT_WORDS)}|${(0,build/* alternation */.Ql)(TEST_DOUBLE_PREFIXES)}[A-Z]|${(0,build/* wholeWords */.pC)(EXISTING_WORDS)}\\s{1,3}(?:\\w{1,20}\\s{1,3})?tests?\\b`, 'i');
/**
 * Decides which tests exercise the feature as a whole, which a list may place after the code on
 * purpose ("Integration tests" after "Implementation"): words of the test's headline or its
 * phase's title. `end-to-end` comes apart as end, to, end, so its words are listed as a phrase.
 */
const INTEGRATION_TEST_WORDS = ['integration', 'e2e', 'scenario', 'scenarios', 'quickstart'];
const INTEGRATION_TEST_PHRASES = ['end to end'];
/**
 * Phase kinds whose tests the template itself places after the core: hardware and distributed
 * checks in the integration phase, follow-up unit tests in Polish.
 */
const AFTER_CORE_PHASE_KINDS = ['integration', 'polish'];

;// CONCATENATED MODULE: ./src/core/check/test-tasks.ts

/** "Implement X with unit tests" is implementation; "Contract test for X" and "Write tests…" are tests. */
function isOnlyTest(task, phases) {
    if (phases[task.phase]?.kind === 'tests')
        return true;
    if (task.paths.length > 0 && task.paths.every(isTestPath))
        return true;
    // Whole words as written: `TestSuiteService` is a service, not a test.
    return task.description
        .toLowerCase()
        .split(/[\s:,.;()*`]+/)
        .slice(0, 4)
        .some(word => LEADING_TEST_WORDS.includes(word));
}
/** In a tests phase, or its prose says test, or a path it names is a test file. */
function isTestTask(task, phases) {
    if (phases[task.phase]?.kind === 'tests')
        return true;
    if (proseSaysTest(task.description))
        return true;
    return task.paths.some(isTestPath);
}
/**
 * A test word in the prose, or an identifier that names a test (`test_service_echo`,
 * `AuthSessionIntegrationTest`). Not a word inside another identifier: the tool
 * `bulk_import_tests` is not a test.
 */
function proseSaysTest(description) {
    // Most tasks hold no test word at all: settle those with one scan.
    if (!TEST_WORD_ANYWHERE.test(description))
        return false;
    for (const token of description.split(/\s+/)) {
        if (token.includes('/'))
            continue;
        for (const part of token.split(/[^\p{L}\p{N}_]+/u)) {
            if (part === '')
                continue;
            if (part.includes('_') || /[a-z][A-Z]/.test(part)) {
                if (namesATest(part))
                    return true;
            }
            else if (TEST_WORDS.includes(part.toLowerCase()))
                return true;
        }
    }
    return false;
}
function namesATest(identifier) {
    return (TEST_IDENTIFIER_START.test(identifier) ||
        TEST_IDENTIFIER_END.test(identifier) ||
        SNAKE_TEST_IDENTIFIER_END.test(identifier));
}
function isTestPath(path) {
    const lower = path.toLowerCase();
    const segments = lower.split('/');
    // Not `specs/`: in a spec-kit repository that holds the design documents. `spec/` only near
    // the top (Ruby's convention), since `org/acme/spec/` deep in a Java package is not a test folder.
    if (segments.some((segment, index) => TEST_FOLDERS.includes(segment) || (TOP_TEST_FOLDERS.includes(segment) && index <= 1))) {
        return true;
    }
    const name = segments[segments.length - 1] ?? '';
    return (TEST_FILE_PREFIXES.some(prefix => name.startsWith(prefix)) ||
        TEST_FILE_MARKER.test(name) ||
        TEST_FILE_ENDING.test(name));
}

;// CONCATENATED MODULE: ./src/core/check/task-text.ts
/**
 * Each task prepared once for the many questions the rules ask of it: its text in the forms the
 * matchers compare (lower case, singular words, key words, routes), and an index from words to
 * the tasks that hold them.
 */





function prepareTasks(tasks, phases) {
    return tasks.map((task, order) => {
        const raw = `${task.description} ${task.paths.join(' ')}`;
        const lower = raw.toLowerCase();
        const taskWords = words(raw).map(singular);
        return {
            task,
            order,
            text: ` ${lower} `,
            wordText: ` ${taskWords.join(' ')} `,
            routeText: normaliseRoute(raw),
            identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
            wordSet: new Set(taskWords),
            keys: new Set(taskWords.map(keyForm)),
            listedMethods: listedMethodsIn(lower),
            routeFiles: task.paths.filter(isRouteFileName),
            isTest: isTestTask(task, phases),
            isTestOnly: isOnlyTest(task, phases)
        };
    });
}
/**
 * Tasks by the words they contain, so a design item is only held against the tasks that share a
 * key word with it. Built once per check, on first use.
 */
const wordIndexes = new WeakMap();
/** Every word of every task, as written (singular) and in key form, to the tasks holding it. */
function wordIndex(tasks) {
    let index = wordIndexes.get(tasks);
    if (!index) {
        index = new Map();
        for (const task of tasks) {
            for (const word of new Set([...task.wordSet, ...task.keys])) {
                const list = index.get(word);
                if (list)
                    list.push(task);
                else
                    index.set(word, [task]);
            }
        }
        wordIndexes.set(tasks, index);
    }
    return index;
}
/** The tasks holding any of these words (singular or key form), in document order. */
function tasksWithAnyWord(tasks, wanted) {
    const index = wordIndex(tasks);
    const found = new Set();
    for (const word of wanted)
        for (const task of index.get(word) ?? [])
            found.add(task);
    return [...found].sort((a, b) => a.order - b.order);
}
/**
 * The description alone (or the given part of it, such as its headline), for asking what a task
 * is about without its file names.
 */
function describedBy(task, text = task.task.description) {
    const raw = text
        .split(/\s+/)
        .filter(word => !word.includes('/'))
        .join(' ');
    return {
        ...task,
        text: ` ${raw.toLowerCase()} `,
        wordText: ` ${words(raw).map(singular).join(' ')} `,
        routeText: normaliseRoute(raw),
        identifiers: new Set(raw.split(/\W+/).filter(Boolean)),
        wordSet: new Set(words(raw).map(singular)),
        keys: new Set(words(raw).map(keyForm))
    };
}

;// CONCATENATED MODULE: ./src/core/check/matching.ts






/** The phrase's words, in order and adjacent, in a task's word text. */
function mentionsPhrase(task, phrase) {
    const wanted = phraseWords(phrase);
    return wanted.length > 1 && task.wordText.includes(` ${wanted} `);
}
/**
 * The same few hundred design-item names are looked up in every task: their word form is
 * computed once. The cache is bounded so a long-lived process cannot grow it without end.
 */
const phraseCache = new Map();
function phraseWords(phrase) {
    let cached = phraseCache.get(phrase);
    if (cached === undefined) {
        if (phraseCache.size > 10_000)
            phraseCache.clear();
        cached = words(phrase).map(singular).join(' ');
        phraseCache.set(phrase, cached);
    }
    return cached;
}
function mentionsText(task, text) {
    const wanted = text.trim().toLowerCase();
    return wanted.length > 1 && task.text.includes(wanted);
}
/**
 * `GET /v1/parcels/{id}` is named by its path (parameters in any spelling), its operationId, its
 * full name, or, when `loose`, its resource.
 */
function namesEndpoint(task, endpoint, loose) {
    if (!mayName(task, endpoint))
        return false;
    if (endpoint.operationId && namesIdentifier(task, endpoint.operationId))
        return true;
    if (endpoint.kind === 'http') {
        if (namesByRoute(task, endpoint))
            return true;
        if (namesMethodOfResource(task, endpoint))
            return true;
    }
    else if (endpoint.kind === 'cli' &&
        (mentionsText(task, endpoint.path) || mentionsPhrase(task, endpoint.path))) {
        return true;
    }
    else if (endpoint.kind !== 'cli' && namesIdentifier(task, endpoint.path)) {
        return true;
    }
    else if (endpoint.kind === 'cli' &&
        (COMMAND_NOUNS.some(noun => mentionsPhrase(task, `${endpoint.resource} ${noun}`)) ||
            createsCommandAction(task, endpoint.path))) {
        // `brew-log export` is what ExportCommandTests.cs or "the export command" test.
        return true;
    }
    if (mentionsText(task, endpoint.name))
        return true;
    return loose && endpoint.resource.length > 2 && mentionsPhrase(task, endpoint.resource);
}
/** An HTTP endpoint named by its route, with or without base path, or by its route file. */
function namesByRoute(task, endpoint) {
    if (namesRoute(task.routeText, routeOf(endpoint.path), endpoint.method))
        return true;
    // Tasks often write the full route, server base path included (`/shipping/v1/parcels`).
    if (endpoint.basePath &&
        namesRoute(task.routeText, routeOf(endpoint.basePath + endpoint.path), endpoint.method))
        return true;
    return task.routeFiles.some(path => isRouteFile(path, endpoint.path));
}
/**
 * For a claim about order, the endpoint itself: its route (with or without base path), its route
 * file, operationId or full name. Not a method list beside its resource word ("+ POST/PUT on
 * `/api/v1/batch/**`" configures access to the batch routes; it builds none of them).
 */
function namesEndpointExactly(task, endpoint) {
    if (endpoint.kind !== 'http')
        return namesEndpoint(task, endpoint, false);
    if (!mayName(task, endpoint))
        return false;
    if (endpoint.operationId && namesIdentifier(task, endpoint.operationId))
        return true;
    if (namesByRoute(task, endpoint))
        return true;
    return mentionsText(task, endpoint.name);
}
/**
 * `vault archive extract` is built by a task creating the `archive` subcommand with its `extract`
 * action: the command's group before a command noun, and its action as a word of the task.
 */
function createsCommandAction(task, command) {
    const parts = words(command);
    if (parts.length < 2)
        return false;
    const group = parts[parts.length - 2];
    const action = parts[parts.length - 1];
    return (task.wordSet.has(singular(action)) &&
        COMMAND_NOUNS.some(noun => mentionsPhrase(task, `${group} ${noun}`)));
}
const endpointKeys = new WeakMap();
/**
 * Every way of naming an HTTP, GraphQL or RPC endpoint puts at least one of its key words (last
 * path segment, operationId, resource) among the task's words; a task with none of them cannot
 * name it, which spares the string searches for almost every pair of a large list.
 */
function mayName(task, endpoint) {
    const keys = keysOf(endpoint);
    return keys === undefined || keys.some(key => task.wordSet.has(key));
}
/** Undefined when the endpoint has no key words to rule tasks out by (a CLI command, `GET /`). */
function keysOf(endpoint) {
    if (endpoint.kind === 'cli')
        return undefined;
    let keys = endpointKeys.get(endpoint);
    if (!keys) {
        const segments = endpoint.path.split('/').filter(segment => segment && !/^[{:<]/.test(segment));
        const last = segments[segments.length - 1];
        keys = [
            ...(last ? words(last) : []),
            ...(endpoint.operationId ? words(endpoint.operationId) : []),
            ...(endpoint.resource === 'root' ? [] : words(endpoint.resource)),
            ...(endpoint.kind !== 'http' ? words(endpoint.path) : [])
        ]
            .map(singular)
            // Verbs say nothing about which endpoint is meant (see VERB_KEYS).
            .filter(key => !VERB_KEYS.has(key));
        endpointKeys.set(endpoint, keys);
    }
    return keys.length === 0 ? undefined : keys;
}
/** The tasks that may name the endpoint, in document order: all of them when it has no key words. */
function endpointCandidates(tasks, endpoint) {
    const keys = keysOf(endpoint);
    return keys === undefined ? tasks : tasksWithAnyWord(tasks, keys);
}
/**
 * For coverage: a declared name (`resize_image`, `ShelfInventoryRepository`, `Echo`) is
 * named by the identifier, by a longer identifier built on it (`ShelfInventoryRepositoryImplTest`),
 * or by its words (`test_service_echo.py`, "resize image").
 */
function namesIdentifierLoosely(task, name) {
    if (task.identifiers.has(name))
        return true;
    const phrase = phraseWords(name);
    if (phrase.includes(' '))
        return task.wordText.includes(` ${phrase} `);
    // One word: only a distinctive one, and as a key word of the task.
    return phrase.length >= 4 && task.keys.has(keyForm(phrase));
}
/**
 * `getParcel` is named by `getParcel` or "get parcel"; a one-word name such as the RPC `Dispatch`
 * only by that exact identifier, so `DispatchBatch` or "dispatch the form" do not count.
 */
function namesIdentifier(task, name) {
    if (phraseWords(name).includes(' '))
        return mentionsPhrase(task, name) || task.identifiers.has(name);
    return task.identifiers.has(name);
}
/** `Implement PUT/PATCH on Shelf…`: the method among a slash-joined list, and the resource. */
function namesMethodOfResource(task, endpoint) {
    const method = endpoint.method?.toLowerCase();
    if (!method || endpoint.resource.length <= 2)
        return false;
    return task.listedMethods.has(method) && mentionsPhrase(task, endpoint.resource);
}
function namesEntity(task, entity) {
    return mentionsPhrase(task, entity.name) || mentionsText(task, entity.name);
}

;// CONCATENATED MODULE: ./src/core/check/covers.ts



function contractSubject(contract) {
    const dot = contract.fileName.indexOf('.');
    const stem = dot > 0 ? contract.fileName.slice(0, dot) : contract.fileName;
    return {
        contract,
        stemWords: keyWords(stem, CONTRACT_KIND_WORDS),
        titleWords: keyWords(contract.title ?? '', CONTRACT_KIND_WORDS)
    };
}
/**
 * A test task tests a contract when it names the contract's file, what its file name or title
 * says it is about, a name the contract declares (an operation, a message, a type), or one of
 * its endpoints, by route, operationId or resource.
 */
function testsContract(task, subject) {
    const { contract } = subject;
    if (mentionsText(task, contract.fileName))
        return true;
    if (hasAllKeyWords(task.keys, subject.stemWords))
        return true;
    if (sharesKeyWords(task.keys, subject.titleWords))
        return true;
    if (contract.names.some(name => namesIdentifierLoosely(task, name)))
        return true;
    return contract.endpoints.some(endpoint => namesEndpoint(task, endpoint, true));
}
/**
 * A contract that specifies CI itself (`github-actions-workflow.md`) is tested by the workflows
 * that run its checks: a task writing `.github/workflows/validate-helm.yml` for the Helm lint.
 */
function checksThroughCi(task, subject) {
    const subjectWords = [...subject.stemWords, ...subject.titleWords];
    if (!subjectWords.some(word => CI_CONTRACT_WORDS.includes(word)))
        return false;
    return (task.task.paths.some(path => {
        const lower = path.toLowerCase();
        return CI_CONFIG_PATHS.some(place => lower.includes(place));
    }) && CI_CHECK_WORDS.some(word => task.keys.has(word)));
}
/**
 * A contract the feature calls rather than serves: a task builds a client for it, and no task
 * implements any of its endpoints by name. Its endpoints are somebody else's to implement.
 */
function isConsumedContract(subject, implementationTasks) {
    const subjectWords = [...subject.stemWords, ...subject.titleWords];
    if (subjectWords.length === 0)
        return false;
    const buildsClient = implementationTasks.some(task => CLIENT_WORDS.some(word => task.keys.has(word)) &&
        subjectWords.some(word => task.keys.has(word)));
    if (!buildsClient)
        return false;
    return !subject.contract.endpoints.some(endpoint => implementationTasks.some(task => namesEndpoint(task, endpoint, false)));
}
function entityTarget(entity) {
    const nameWords = keyWords(entity.name);
    const headWords = nameWords.filter(word => !ENTITY_HEADING_TAILS.has(word));
    const fieldWords = entity.fields
        .map(field => keyWords(field.name))
        .filter((found, index, all) => found.length > 0 &&
        !found.every(word => COMMON_FIELD_WORDS.has(word)) &&
        !found.some(word => REFERENCE_FIELD_WORDS.has(word) || nameWords.includes(word)) &&
        all.findIndex(other => other.join(' ') === found.join(' ')) === index);
    return {
        entity,
        nameWords,
        headWords: headWords.length < nameWords.length ? headWords : [],
        fieldWords
    };
}
/**
 * "Implement the scoring helper that returns grade + confidence" builds the ScoringOutcome
 * record (grade, confidence, …) without naming it: a word of its name and two of its own fields.
 */
function namesFieldsOf(task, target) {
    if (target.fieldWords.length < FIELDS_NAMING_AN_ENTITY)
        return false;
    const ownWords = target.headWords.length > 0 ? target.headWords : target.nameWords;
    if (!ownWords.some(word => task.keys.has(word)))
        return false;
    let named = 0;
    for (const field of target.fieldWords) {
        if (field.every(word => task.keys.has(word)))
            named++;
        if (named >= FIELDS_NAMING_AN_ENTITY)
            return true;
    }
    return false;
}
/**
 * A task builds an entity when it names it in any spelling (`LoyaltyPointRecord`, "loyalty point
 * record", all its words in another order), by a name its section gives it (a type declared in
 * its code block, an implementation anchor), or by its name without a descriptive tail.
 */
function buildsEntity(task, target) {
    const { entity, nameWords, headWords } = target;
    if (namesEntity(task, entity))
        return true;
    if (entity.aliases.some(alias => namesIdentifierLoosely(task, alias) || mentionsText(task, alias)))
        return true;
    if (nameWords.length > 1 && hasAllKeyWords(task.keys, nameWords))
        return true;
    if (hasAllKeyWords(task.keys, headWords))
        return true;
    if (namesFieldsOf(task, target))
        return true;
    // An entity the feature extends is changed by a task that extends what it is part of:
    // "Extend shipment data structures…" changes `ShipmentLeg` (an extension).
    return (entity.extended &&
        EXTENDING_WORDS.some(word => task.keys.has(word)) &&
        nameWords.some(word => task.keys.has(word)));
}
// ---------------------------------------------------------------------------------------------
// Stories and quickstart scenarios
/** A test, or a task that checks behaviour without being written as one (see CHECKING_WORDS). */
function checksBehaviour(task) {
    if (task.isTest)
        return true;
    for (const word of task.keys)
        if (CHECKING.has(word))
            return true;
    return false;
}
/** "End-to-end tests of all user stories" covers every story. */
function testsEveryStory(task) {
    return task.isTest && EVERY_STORY_PHRASES.some(phrase => mentionsPhrase(task, phrase));
}
/**
 * A story is tested by a checking task labelled with it, in its phase, naming it ("User Story 2",
 * "US2"), or sharing its title's key words; a spec's only story (the older "Primary User Story")
 * by any integration-level test.
 */
function testsStory(task, story, titleWords, storyPhase, onlyStory) {
    if (!checksBehaviour(task))
        return false;
    if (task.task.story === story.id || storyPhase)
        return true;
    if (STORY_NUMBER_PREFIXES.some(prefix => mentionsPhrase(task, `${prefix}${story.number}`)))
        return true;
    if (testsEveryStory(task))
        return true;
    if (onlyStory && isIntegrationLevel(task))
        return true;
    return sharesKeyWords(task.keys, titleWords);
}
/** Not a unit or contract test: something that exercises the feature as a whole. */
function isIntegrationLevel(task) {
    return !NARROW_TEST_WORDS.some(word => task.keys.has(word));
}
/** A task that runs or checks quickstart.md as a whole covers every scenario in it. */
function validatesQuickstart(task) {
    return (QUICKSTART_WORDS.some(word => task.keys.has(word)) &&
        (checksBehaviour(task) || RUNNING.some(word => task.keys.has(word))));
}
/** A checking task naming the scenario, by its number ("Scenario 3") or its title's key words. */
function testsScenario(task, number, titleWords) {
    if (validatesQuickstart(task))
        return true;
    if (!checksBehaviour(task))
        return false;
    if (SCENARIO_NUMBER_PREFIXES.some(prefix => mentionsPhrase(task, `${prefix}${number}`)))
        return true;
    return sharesKeyWords(task.keys, titleWords);
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/resource.ts
/**
 * The resource an endpoint acts on, used to name implementation files and to match tasks:
 * `/v1/metrics/{id}` → `metrics`, `getShelf` → `shelf`, `shelfctl label print` → `print`.
 */


/** `v1`, `v2.1`: a version segment of a route, never its resource. */
const VERSION_SEGMENT = /^v\d{1,3}(?:\.\d{1,3})?$/i;
/**
 * Every resource an HTTP route passes through, outermost first: `/admin/jobs/{id}/logs` →
 * jobs, logs. Parameters, versions and words such as `api` or `admin` are not resources.
 */
function routeResources(path) {
    return path
        .split('/')
        .filter(segment => segment.length > 0 &&
        !isParameter(segment) &&
        !VERSION_SEGMENT.test(segment) &&
        !NOT_RESOURCES.has(segment.toLowerCase()))
        .map(segment => words(segment).join('-'))
        .filter(Boolean);
}
function httpResource(path) {
    const segments = path.split('/').filter(segment => segment.length > 0);
    for (let i = segments.length - 1; i >= 0; i--) {
        const segment = segments[i];
        if (isParameter(segment) || VERSION_SEGMENT.test(segment))
            continue;
        if (NOT_RESOURCES.has(segment.toLowerCase()) && i > 0)
            continue;
        return words(segment).join('-') || 'root';
    }
    return 'root';
}
function isParameter(segment) {
    return (segment.startsWith('{') || segment.startsWith(':') || segment.startsWith('<') || segment === '*');
}
/** `getShelf` → `shelf`, `list_shelves` → `shelves`, `StackCrates` → `stack-crates`. */
function nameResource(name) {
    const parts = words(name);
    const meaningful = parts.length > 1 && RESOURCE_NAME_VERBS.has(parts[0]) ? parts.slice(1) : parts;
    return meaningful.join('-') || 'root';
}
/** The last word of a command, without arguments: `shelfctl show <id>` → `show`. */
function commandResource(command) {
    const parts = command.split(/\s+/).filter(part => /^[\w-]+$/.test(part));
    return parts.length > 0 ? words(parts[parts.length - 1]).join('-') || 'root' : 'root';
}

;// CONCATENATED MODULE: ./src/core/check/covers-endpoints.ts






/** Whether the task writes any route that could cover endpoints it does not name. */
function writesOpenRoute(task) {
    return task.routeText.includes('/*') || routesInProse(task).some(route => !route.withMethod);
}
/**
 * A task that covers the endpoint by its route without naming it: a wildcard or prefix route
 * written without a method (`/admin/tenants/*`, "for /api/v2/exports endpoints"). As precise as
 * naming it: a list that builds routes one by one writes these too.
 */
function coversRoute(task, endpoint) {
    if (endpoint.kind !== 'http')
        return false;
    if (namesWildcardRoute(task, endpoint))
        return true;
    return routesInProse(task).some(route => !route.withMethod && isUnder(route.path, endpoint));
}
/**
 * A task that serves the endpoint's whole resource by name: a file named after the route
 * (`handlers/gift_card.py` for `/gift_card`), the resource followed by a serving noun in its
 * prose (`TenantAdminController`, "Parcel API handlers"), or a folder named for both
 * (`shop-lambda-route/`). Not a task that names routes: it is about those.
 */
function servesResource(task, endpoint) {
    if (endpoint.kind === 'http' && task.routeFiles.length === 0 && namesRouteFile(task, endpoint))
        return true;
    if (routesInProse(task).length > 0)
        return false;
    const sequence = proseKeys(task);
    return resourceWords(endpoint).some(resource => followedByServingWord(sequence, resource) || pathServes(task, resource));
}
/**
 * The resource's words, in order, then a serving noun within the next two words of the same
 * phrase: "Parcel API handlers", "TenantAdminController", "Order History API". A preposition ends
 * the phrase: "parcels in view" and "parcels on the map click handler" serve nothing.
 */
function followedByServingWord(sequence, resource) {
    for (let at = 0; at + resource.length <= sequence.length; at++) {
        if (!resource.every((word, offset) => sameWord(sequence[at + offset], word)))
            continue;
        for (const word of sequence.slice(at + resource.length, at + resource.length + 2)) {
            if (PHRASE_BREAKS.has(word))
                break;
            if (SERVING_WORDS.includes(word))
                return true;
        }
    }
    return false;
}
/**
 * A folder or file named for the resource and its serving code: `shop-lambda-route/`
 * serves `/route`. A bare resource word in a path (`src/main/resources/`) serves nothing.
 */
function pathServes(task, resource) {
    return task.task.paths.some(path => path.split('/').some(segment => {
        const segmentWords = words(segment).map(keyForm);
        return (resource.every(word => segmentWords.some(other => sameWord(other, word))) &&
            segmentWords.some(word => SERVING_WORDS.includes(word) && !resource.includes(word)));
    }));
}
function sameWord(a, b) {
    return a === b || sameStem(a, b);
}
const proseKeyCache = new WeakMap();
/** The task's prose (no file paths) as key words in order. */
function proseKeys(task) {
    let found = proseKeyCache.get(task);
    if (!found) {
        const prose = task.task.description
            .split(/\s+/)
            .filter(token => !token.includes('/'))
            .join(' ');
        found = words(prose).map(keyForm);
        proseKeyCache.set(task, found);
    }
    return found;
}
const proseRouteCache = new WeakMap();
/** Routes the prose names (`/api/v2/exports`), worked out once per task. */
function routesInProse(task) {
    let routes = proseRouteCache.get(task);
    if (!routes) {
        routes = findRoutesInProse(task);
        proseRouteCache.set(task, routes);
    }
    return routes;
}
function findRoutesInProse(task) {
    const routes = [];
    const tokens = task.task.description.split(/\s+/);
    tokens.forEach((token, index) => {
        const route = trimRoute(token);
        if (!route || task.task.paths.includes(route.slice(1)))
            return;
        const before = (tokens[index - 1] ?? '').replace(/[^A-Z]/gi, '').toLowerCase();
        routes.push({ path: normaliseRoute(route), withMethod: HTTP_METHODS_LOWER.includes(before) });
    });
    return routes;
}
/** `\`/api/v2/exports/*\``, `(/parcels)` → the route itself; undefined for anything else. */
function trimRoute(token) {
    const start = token.indexOf('/');
    if (start < 0 ||
        /[\w.]/.test(token
            .slice(0, start)
            .replace(/^[`(*"']+/, '')
            .slice(-1)))
        return undefined;
    let route = token.slice(start);
    while (route.length > 1 && /[`)*,.;:"']$/.test(route))
        route = route.slice(0, -1);
    return /^\/[\w{:<-]/.test(route) && !/\.\w{1,5}$/.test(route) ? route : undefined;
}
/**
 * A route the endpoint sits under (or is), its base path included or not. The route must name a
 * resource: `/api` in a proxy setting covers no endpoint.
 */
function isUnder(route, endpoint) {
    const prefix = route.endsWith('/') ? route.slice(0, -1) : route;
    if (routeResources(prefix).length === 0)
        return false;
    const own = [normaliseRoute(endpoint.path)];
    if (endpoint.basePath)
        own.push(normaliseRoute(endpoint.basePath + endpoint.path));
    return own.some(path => path === prefix || path.startsWith(prefix + '/'));
}
/**
 * A file named after the route's last segment: `/gift_card` is served by
 * `handlers/gift_card.py`.
 */
function namesRouteFile(task, endpoint) {
    const segments = endpoint.path.split('/').filter(segment => segment && !/^[{:<*]/.test(segment));
    const last = segments[segments.length - 1]?.toLowerCase();
    if (!last || last.length < 4)
        return false;
    return task.task.paths.some(path => {
        const file = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
        const dot = file.indexOf('.');
        return dot > 0 && file.slice(0, dot) === last;
    });
}
const resourceKeys = new WeakMap();
/**
 * The key words of each resource the endpoint's route passes through (`/orders/{id}/notes` is
 * served by "Order History API handlers" as much as by a notes handler), or of its one resource
 * when it is not an HTTP route.
 */
function resourceWords(endpoint) {
    let found = resourceKeys.get(endpoint);
    if (!found) {
        const resources = endpoint.kind === 'http' ? routeResources(endpoint.path) : [endpoint.resource];
        found = resources
            .filter(resource => resource !== 'root')
            .map(resource => keyWords(resource))
            .filter(words => words.length > 0);
        resourceKeys.set(endpoint, found);
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/plan-files.ts
/**
 * What the product knows about the files a plan lists as its own: the route tables by which a plan
 * declares the routes its files serve, and the names, folders and extensions that give a planned
 * file its role (the markers and file-list titles are in plan-file-markers.ts).
 */

// ---------------------------------------------------------------------------------------------
// Routes a plan declares
/**
 * Decides which table headers make a table in plan.md a route table: a column of methods and
 * one of paths (lower case, the header cell's words).
 */
const ROUTE_TABLE_METHOD_HEADERS = new Set(['method', 'verb', 'http']);
const ROUTE_TABLE_PATH_HEADERS = new Set([
    'path',
    'route',
    'endpoint',
    'url',
    'uri'
]);
/** Decides which table header names the file that serves a route. */
const ROUTE_TABLE_FILE_HEADERS = new Set([
    'file',
    'handler',
    'module',
    'location',
    'source'
]);
/**
 * Decides which framework files serve an API route rather than a page: Next.js route handlers
 * (`route.ts`) and SvelteKit endpoints (`+server.ts`), by file name without extension.
 */
const API_ROUTE_FILE_NAMES = new Set(['route', '+server']);
// ---------------------------------------------------------------------------------------------
// Folders whose note names their files
/**
 * Decides in which languages a folder's note that lists type names (`dto/  # NEW: OrderDto,
 * OrderListDto`) names one file per type: those that keep each public type in a file of its name.
 */
const ONE_TYPE_PER_FILE_EXTENSIONS = new Set(['.java', '.kt', '.cs']);
/** Decides how a note separates the names it lists: commas, "and", "&" (pattern sources). */
const NAME_LIST_SEPARATORS = [',\\s{0,3}', '\\s(?:and|&)\\s'];
const NAME_LIST_SEPARATOR = (0,build/* anywherePattern */.sI)('planned-name-list-separator', NAME_LIST_SEPARATORS, '', true);
/** Decides which notes tie a file to a user story: `US-1 E2E`, `User Story 2` (pattern sources). */
const STORY_REFERENCES = ['US-?', 'user\\s{1,3}story\\s{0,3}', 'story\\s{0,3}'];
const STORY_REFERENCE = (0,build/* pattern */.T1)('planned-story-reference', `\\b${(0,build/* alternation */.Ql)(STORY_REFERENCES, true)}(\\d{1,3})\\b`, 'i');
// ---------------------------------------------------------------------------------------------
// The role a planned file plays, by its name and folder
/**
 * Decides which files set up the build, the tooling or the environment (whole file name, lower
 * case): they go in Setup.
 */
const SETUP_FILE_NAMES = new Set([
    'package.json',
    'pnpm-workspace.yaml',
    'turbo.json',
    'nx.json',
    'lerna.json',
    'tsconfig.json',
    'jsconfig.json',
    'deno.json',
    'bunfig.toml',
    'cargo.toml',
    'rust-toolchain.toml',
    'rustfmt.toml',
    'clippy.toml',
    'go.mod',
    'go.work',
    'pyproject.toml',
    'setup.py',
    'setup.cfg',
    'tox.ini',
    'uv.lock',
    'pom.xml',
    'build.gradle',
    'build.gradle.kts',
    'settings.gradle',
    'settings.gradle.kts',
    'gradle.properties',
    'libs.versions.toml',
    'package.swift',
    'podfile',
    'cmakelists.txt',
    'makefile',
    'justfile',
    'dockerfile',
    'containerfile',
    '.dockerignore',
    '.gitignore',
    '.editorconfig',
    '.npmrc',
    '.nvmrc',
    '.python-version',
    '.golangci.yml',
    '.swiftlint.yml',
    '.prettierrc',
    'biome.json',
    'app.json',
    'eas.json',
    'vercel.json',
    'global.json',
    'directory.build.props',
    'directory.packages.props',
    'nuget.config',
    'ansible.cfg'
]);
/**
 * Decides which file names set up the build or tooling by their form: `vite.config.ts`,
 * `Shop.Api.csproj`, `.env.example`, `tsconfig.base.json`, `requirements-dev.txt`,
 * `docker-compose.yml` (pattern sources, any case).
 */
const SETUP_FILE_FORMS = [
    '\\.config\\.[cm]?[jt]s$',
    '\\.(?:csproj|fsproj|vbproj|sln|props|targets)$',
    '^\\.env(?:\\.[\\w-]{1,20})?$',
    '^tsconfig\\.[\\w.-]{1,30}\\.json$',
    '^requirements[\\w.-]{0,20}\\.txt$',
    '^docker-compose[\\w.-]{0,20}\\.ya?ml$',
    '^\\.eslintrc(?:\\.[a-z]{2,4})?$',
    '^\\.prettierrc(?:\\.[a-z]{2,4})?$'
];
const SETUP_FILE_FORM = (0,build/* anywherePattern */.sI)('planned-setup-file-form', SETUP_FILE_FORMS, 'i', true);
/** Decides which folders hold tooling and CI, not the feature's code (any segment). */
const SETUP_FOLDERS = new Set([
    '.github',
    '.gitlab',
    '.storybook',
    '.vscode',
    '.devcontainer',
    '.husky',
    '.cargo',
    '.circleci'
]);
/** Decides which extensions are documentation: such files are written in Polish. */
const DOC_EXTENSIONS = new Set(['md', 'mdx', 'rst', 'adoc']);
/** Decides which extensions are assets a task adds, not code it writes (fonts, images, sounds). */
const ASSET_EXTENSIONS = new Set([
    'ttf',
    'otf',
    'woff',
    'woff2',
    'png',
    'jpg',
    'jpeg',
    'gif',
    'svg',
    'ico',
    'webp',
    'mp3',
    'wav'
]);
/** Decides which extensions and folders hold schema migrations, planned with the models. */
const plan_files_MIGRATION_EXTENSIONS = new Set(['sql']);
const plan_files_MIGRATION_FOLDERS = new Set([
    'migrations',
    'migration',
    'migrate'
]);
/** Decides which folders hold a user interface (any segment, lower case). */
const UI_FOLDERS = new Set([
    'components',
    'component',
    'pages',
    'views',
    'view',
    'screens',
    'screen',
    'layouts',
    'widgets',
    'ui',
    'templates',
    'hooks',
    'styles',
    'composables',
    'stores'
]);
/** Decides which extensions are user-interface files wherever they are. */
const UI_EXTENSIONS = new Set([
    'tsx',
    'jsx',
    'vue',
    'svelte',
    'astro',
    'razor',
    'cshtml',
    'xaml',
    'css',
    'scss',
    'sass',
    'less',
    'html',
    'storyboard',
    'xib'
]);
/**
 * Decides which words in a file's folder or name make it wiring the code into its platform:
 * middleware, the database connection, logging, the program's start-up and dependency injection.
 */
const INTEGRATION_WORDS = new Set([
    'middleware',
    'db',
    'database',
    'logging',
    'logger',
    'telemetry',
    'startup',
    'program',
    'bootstrap',
    'main',
    'wiring',
    'di',
    'interceptor',
    'filter',
    'config',
    'configuration'
]);
/** Decides which test folders make which kind of test, for a planned test file's task. */
const TEST_KIND_OF_FOLDER = [
    ['e2e', 'End-to-end test'],
    ['integration', 'Integration test'],
    ['contract', 'Contract test'],
    ['unit', 'Unit tests'],
    ['bench', 'Benchmark'],
    ['benches', 'Benchmark'],
    ['benchmarks', 'Benchmark'],
    ['perf', 'Performance test'],
    ['smoke', 'Smoke test'],
    ['acceptance', 'Acceptance test']
];
/** Decides what a planned test file's task is called where its folder says no kind. */
const DEFAULT_TEST_KIND = 'Tests';
/**
 * Decides which file stems say nothing without their folder (`types.ts`, `route.ts`, `mod.rs`),
 * so a task names the folder too: "venues types", "events [id] route".
 */
const GENERIC_STEMS = new Set([
    'index',
    'mod',
    'main',
    'lib',
    'init',
    '__init__',
    'route',
    'routes',
    'page',
    'layout',
    'types',
    'type',
    'models',
    'model',
    'schema',
    'schemas',
    'service',
    'services',
    'handler',
    'handlers',
    'controller',
    'api',
    'client',
    'utils',
    'helpers',
    'config',
    'constants',
    'errors',
    'validation',
    'store',
    'hooks',
    'templates',
    'urls',
    'views',
    'settings',
    'app',
    '+page',
    '+server',
    '+layout'
]);
/**
 * Decides which template items are the generic core work the plan's own files replace ("Core
 * logic in …", "Error handling and validation", "Type hints and docstrings"): words of the item,
 * lower case.
 */
const GENERIC_CORE_ITEM_WORDS = {
    logic: ['core logic', 'core implementation', 'business logic'],
    validation: ['validation', 'error handling'],
    docs: ['docstring', 'doc comment', 'type hints', 'documentation comments']
};
/** Decides which planned files take the validation and error-handling work (stem or note words). */
const VALIDATION_FILE_WORDS = new Set([
    'validation',
    'validator',
    'validators',
    'validate',
    'error',
    'errors',
    'exception',
    'exceptions'
]);
/**
 * Decides which words of a test file's name say it is a test rather than what it tests
 * (`BatchContractTest` tests `batch`), singular, lower case.
 */
const TEST_FILE_WORDS = new Set([
    'test',
    'spec',
    'contract',
    'integration',
    'e2e',
    'unit',
    'it'
]);
/**
 * Decides which words of a contract's file name say what kind of document it is rather than what
 * it is about (`orders-dtos.yaml` is about orders), singular, lower case.
 */
const CONTRACT_SUBJECT_NOISE = new Set([
    'api',
    'dto',
    'schema',
    'type',
    'model',
    'spec',
    'contract',
    'openapi',
    'swagger',
    'summary',
    'endpoint',
    'route',
    'interface',
    'v1',
    'v2'
]);
/**
 * Decides which file names (stem, singular) hold the types of the folder they are in, so an
 * entity's model goes in `venues/types.ts` where the plan has one.
 */
const MODEL_STEMS = new Set([
    'type',
    'model',
    'schema',
    'entity',
    'interface',
    'dto'
]);
/** Decides which file names (stem, singular) hold the logic of the folder they are in. */
const SERVICE_STEMS = new Set(['service', 'manager', 'logic']);
/**
 * Decides which sections of plan.md name files without planning them: the constitution check,
 * complexity tracking, the feature's own documents, what was researched or ruled out (heading
 * words, any case).
 */
const SKIPPED_SECTION_WORDS = [
    'constitution',
    'complexity',
    'documentation',
    'research',
    'references?',
    'alternatives?',
    'out of scope',
    'risks?',
    'progress tracking',
    'summary'
];
const SKIPPED_SECTION = (0,build/* wholeWordPattern */.i7)('planned-skipped-section', SKIPPED_SECTION_WORDS, 'i', true);
/**
 * Decides which extensions hold data or configuration the feature adds (`configs/train.yaml`,
 * `fixtures/seeds.json`), when no name says it sets up the build.
 */
const DATA_EXTENSIONS = new Set([
    'yaml',
    'yml',
    'json',
    'jsonc',
    'toml',
    'ini',
    'cfg',
    'conf',
    'csv',
    'tsv',
    'properties',
    'xml',
    'plist'
]);
/**
 * Decides which words of a path say what a file is rather than which part of the feature it
 * belongs to (`lib`, `route`, `service`), so they tie no two files together (singular, lower case).
 */
const AREA_NOISE_WORDS = new Set([
    'src',
    'lib',
    'app',
    'api',
    'main',
    'java',
    'kotlin',
    'internal',
    'pkg',
    'source',
    'sources',
    'component',
    'page',
    'screen',
    'view',
    'route',
    'router',
    'handler',
    'controller',
    'endpoint',
    'service',
    'model',
    'type',
    'schema',
    'entity',
    'domain',
    'repository',
    'dto',
    'index',
    'mod',
    'util',
    'helper',
    'common',
    'shared',
    'core',
    'presentation',
    'application',
    'infrastructure',
    'feature',
    'features',
    'layout',
    'server'
]);
/**
 * Decides in which languages each type has a file of its own (`Order.java`, `Order.swift`), so an
 * entity the plan places nowhere gets its own file even where the plan keeps a types file; in the
 * others several types share a module (`models.py`, `schema.go`, `types.ts`).
 */
const ONE_TYPE_PER_FILE_LANGUAGES = new Set([
    'java',
    'kotlin',
    'csharp',
    'swift'
]);

;// CONCATENATED MODULE: ./src/core/vocabulary/plan-endpoints.ts
/**
 * What the planner knows about the files that serve endpoints: the words that say which kind of
 * request a file takes, the folders and file names of frameworks that route by file, and how a
 * new endpoint file is named.
 */

/**
 * Decides which words in a serving file's folder, name or note say the kind of request it takes,
 * so an HTTP route is not put in the CLI module beside it. Keyed by endpoint kind, in this order.
 */
const REQUEST_KIND_WORDS = {
    http: new Set([
        'http',
        'rest',
        'router',
        'route',
        'controller',
        'api',
        'handler',
        'endpoint',
        'view',
        'presentation'
    ]),
    graphql: new Set(['graphql', 'resolver', 'gql']),
    cli: new Set(['cli', 'command', 'cmd']),
    rpc: new Set(['grpc', 'rpc', 'servicer'])
};
/** Decides which words of an endpoint say nothing about which file serves it (`api`, `get`, `v1`). */
const PLACEMENT_NOISE_WORDS = new Set([
    'api',
    'apis',
    'server',
    'service',
    'services',
    'contract',
    'contracts',
    'v1',
    'v2',
    'http',
    'index',
    'main',
    'mod',
    'init',
    'lib',
    'get',
    'post',
    'put',
    'patch',
    'delete',
    'id'
]);
// ---------------------------------------------------------------------------------------------
// Frameworks that route by file (Next.js, Nuxt, SvelteKit, Remix)
/** Decides which file names (without extension) serve the route of their folder. */
const ROUTE_FILE_NAMES = [
    'page',
    'route',
    'index',
    '+page',
    '+server',
    '+page.server',
    '_index'
];
const ROUTE_FILE = (0,build/* wholeValuePattern */.XJ)('route-file', ROUTE_FILE_NAMES);
/**
 * Decides that a plan's note on an `app/` folder says it is routed by file the Next.js way
 * (`# Next.js App Router`), so an API route with no route file to model on goes in
 * `app/api/…/route.ts` (whole words, any case).
 */
const APP_ROUTER_WORDS = ['next.js', 'nextjs', 'app router'];
/** Decides the stem of the file an app router serves an API route from. */
const APP_ROUTER_API_STEM = 'route';
const APP_ROUTER_NOTE = (0,build/* wholeWordPattern */.i7)('plan-app-router-note', APP_ROUTER_WORDS, 'i');
/** Decides the route segment that holds an API, apart from pages: `/api/orders`. */
const API_ROUTE_SEGMENT = 'api';
/**
 * Decides which leading route segments are a base path a server adds (`/api`, `/v1`), left out
 * when a contract's route is compared with a file's (pattern sources, whole segment).
 */
const ROUTE_BASE_SEGMENTS = [API_ROUTE_SEGMENT, 'v\\d+'];
const ROUTE_BASE_SEGMENT = (0,build/* wholeValuePattern */.XJ)('route-base-segment', ROUTE_BASE_SEGMENTS, '', true);
// ---------------------------------------------------------------------------------------------
// Naming a new endpoint file
/** Decides which words of a contract's file name name the document, not what it serves. */
const CONTRACT_DOCUMENT_WORDS = new Set([
    'openapi',
    'swagger',
    'summary',
    'spec',
    'specification',
    'contract',
    'contracts',
    'schema',
    'readme',
    'v1',
    'v2'
]);
/** Decides what a new file serving many resources of one kind is called. */
const ENDPOINT_FILE_NAMES = {
    http: 'api',
    graphql: 'resolvers',
    cli: 'commands',
    rpc: 'service'
};
/**
 * Decides which endpoint folders (singular) give a new file their kind, in languages that name
 * such files by kind: `handlers/` → `OrderHandler.java`, not `OrderController.java`.
 */
const ENDPOINT_FOLDER_KINDS = new Set(['controller', 'handler', 'router', 'resolver']);
/** Decides the kind word of a new CLI command file: `ExportCommand`, never a controller. */
const COMMAND_FILE_KIND = 'command';
/** Decides which folders hold one file per CLI command (`commands/export.py`), last segment, lower case. */
const COMMAND_FOLDERS = ['commands', 'command'];
/** Decides which folders hold one file per tool an agent or MCP server offers (`tools/search_docs.py`). */
const TOOL_FOLDERS = ['tools', 'tool'];
/** Decides the kind word of a new tool file, in languages that name files by their class: `SearchDocsTool.cs`. */
const TOOL_FILE_KIND = 'tool';
/**
 * Decides which last words of a name already say it is commands, so `command` is not added twice
 * (pattern sources, the whole word).
 */
const COMMAND_NAME_WORDS = ['commands?', 'cmds?', 'cli'];
const COMMAND_NAME_WORD = (0,build/* wholeValuePattern */.XJ)('command-name-word', COMMAND_NAME_WORDS, '', true);

// EXTERNAL MODULE: ./src/core/text/pieces.ts
var pieces = __webpack_require__(5848);
;// CONCATENATED MODULE: ./src/core/parse/plan-routes.ts







/**
 * The routes the plan declares, as a contract of their own, for a feature whose contracts
 * declare no endpoint (or that has none): they are then the endpoints to build and to check.
 */
function planRoutesContract(feature) {
    const plan = feature.plan;
    const endpoints = plan?.endpoints ?? [];
    if (!plan || endpoints.length === 0)
        return undefined;
    if (feature.contracts.some(contract => contract.endpoints.length > 0))
        return undefined;
    const fileName = plan.source.file.slice(plan.source.file.lastIndexOf('/') + 1);
    return {
        path: plan.source.file,
        fileName,
        format: 'markdown',
        title: undefined,
        endpoints,
        names: [],
        declared: { groups: [], operations: [], types: [], typesWanted: false },
        source: plan.source
    };
}
/** Files the plan writes or changes: only their routes are the feature's to serve. */
const OWN = new Set(['new', 'modified', 'unmarked']);
function planRoutes(planned, text, file) {
    const found = [];
    for (const entry of planned)
        if (OWN.has(entry.status))
            found.push(...fileRoutes(entry));
    found.push(...tableRoutes(text, file));
    const seen = new Set();
    return found.filter(endpoint => {
        const key = `${endpoint.name}\u0000${endpoint.file ?? ''}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/**
 * A file's routes: those its note lists (a method with its path, or methods alone on a route
 * file, whose folder is the path), else, for an API route file, its folder's route.
 */
function fileRoutes(entry) {
    const folderRoute = apiRouteOf(entry.path);
    const listed = entry.note ? noteRoutes(entry.note, folderRoute) : [];
    if (listed.length > 0)
        return listed.map(({ method, path, purpose }) => endpoint(method, path, entry.source, entry.path, purpose));
    return folderRoute === undefined
        ? []
        : [endpoint(undefined, folderRoute, entry.source, entry.path, entry.note)];
}
/**
 * `GET (list/filter), POST (create)` on a route file; `POST /api/orders`, `GET /a, /a/export`
 * (the method carried over) anywhere; a clause with neither is not a route.
 */
function noteRoutes(note, folderRoute) {
    const routes = [];
    let method;
    for (const clause of (0,pieces/* clausesOutsideParentheses */.au)(note)) {
        const tokens = clause.split(/\s+/).filter(Boolean);
        const first = cleanToken(tokens[0] ?? '');
        const isMethod = HTTP_METHODS.has(first);
        if (isMethod)
            method = first;
        const pathToken = cleanToken(tokens[isMethod ? 1 : 0] ?? '');
        const hasPath = pathToken.startsWith('/') && !pathToken.includes('*');
        if (!isMethod && !hasPath)
            continue;
        const path = hasPath ? pathToken.split('?')[0] : folderRoute;
        if (path === undefined || (!hasPath && !isMethod))
            continue;
        const purposeStart = (isMethod ? 1 : 0) + (hasPath ? 1 : 0);
        const purpose = purposeOf(tokens.slice(purposeStart).join(' '));
        routes.push({ method: isMethod || hasPath ? method : undefined, path, purpose });
    }
    return routes;
}
/** `(list/filter)` → `list/filter`; `— .ics download` → `.ics download`. */
function purposeOf(rest) {
    let text = rest.trim().replace(/^[—–:-]+\s*/, '');
    if (text.startsWith('(') && text.endsWith(')'))
        text = text.slice(1, -1);
    return text.trim() || undefined;
}
/** A token without the marks around it: `` `/api/seeds`, `` → `/api/seeds`. */
function cleanToken(token) {
    return (0,pieces/* trimCharacters */.Bk)(token, '`*_[(', '`*_:,;)]');
}
/**
 * `src/app/api/orders/[id]/route.ts` → `/api/orders/{id}`: the route a framework serves an API
 * route file at (route groups `(shop)` left out); nothing for a page or another file.
 */
function apiRouteOf(path) {
    const segments = path.split('/');
    const name = segments[segments.length - 1];
    const stem = name.slice(0, name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : undefined);
    const root = segments.findIndex(segment => ROUTE_FOLDERS.has(segment));
    if (root < 0)
        return undefined;
    const inside = segments.slice(root + 1, -1);
    const isApiFile = API_ROUTE_FILE_NAMES.has(stem) ||
        // `pages/api/orders/[id].ts`: the pages router serves every file under `api/`.
        (segments[root] === 'pages' && inside[0] === API_ROUTE_SEGMENT);
    if (!isApiFile)
        return undefined;
    const routeSegments = API_ROUTE_FILE_NAMES.has(stem) ? inside : [...inside, stem];
    const route = routeSegments
        .filter(segment => !/^\(.*\)$/.test(segment) && segment !== 'index')
        .map(segment => {
        const param = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
        return param ? `{${param[1]}}` : segment;
    });
    return '/' + route.join('/');
}
function endpoint(method, path, source, file, purpose) {
    return {
        kind: 'http',
        method,
        path,
        name: method ? `${method} ${path}` : path,
        operationId: undefined,
        tags: [],
        resource: httpResource(path),
        basePath: undefined,
        consumed: false,
        source,
        ...(file ? { file } : {}),
        ...(purpose ? { purpose } : {})
    };
}
// ---------------------------------------------------------------------------------------------
// Route tables
/**
 * Rows of a markdown table whose header names a method column and a path column (or an
 * endpoint column holding `GET /path`), with the serving file when a column names it.
 */
function tableRoutes(text, file) {
    if (!text.includes('\n|'))
        return [];
    const found = [];
    const lines = text.split('\n');
    let columns;
    lines.forEach((line, index) => {
        const trimmed = line.trim();
        if (!trimmed.startsWith('|')) {
            columns = undefined;
            return;
        }
        const cells = trimmed
            .replace(/^\||\|$/g, '')
            .split('|')
            .map(cell => cell.replace(/`/g, '').trim());
        if (cells.every(cell => /^:?-{2,}:?$/.test(cell) || cell === ''))
            return;
        if (!columns) {
            columns = routeColumns(cells);
            return;
        }
        found.push(...rowRoutes(cells, columns, { file, line: index + 1, column: 1 }));
    });
    return found;
}
function routeColumns(cells) {
    const headers = cells.map(cell => words(cell));
    const find = (names) => headers.findIndex(header => header.some(word => names.has(word)));
    const path = find(ROUTE_TABLE_PATH_HEADERS);
    if (path < 0)
        return undefined;
    const method = find(ROUTE_TABLE_METHOD_HEADERS);
    const fileColumn = find(ROUTE_TABLE_FILE_HEADERS);
    const purpose = headers.findIndex((_header, index) => index !== path && index !== method && index !== fileColumn);
    return { method, path, file: fileColumn, purpose };
}
function rowRoutes(cells, columns, source) {
    let pathCell = cells[columns.path] ?? '';
    let methods = columns.method >= 0 ? (cells[columns.method] ?? '').split(/[\s/,]+/) : [];
    // `GET /api/orders` in one cell.
    const [head, ...rest] = pathCell.split(/\s+/);
    if (head && HTTP_METHODS.has(head.toUpperCase()) && rest.length > 0) {
        methods = [head];
        pathCell = rest.join(' ');
    }
    const path = cleanToken(pathCell.split(/\s+/)[0] ?? '');
    if (!path.startsWith('/'))
        return [];
    const served = methods.map(method => method.toUpperCase()).filter(m => HTTP_METHODS.has(m));
    if (served.length === 0)
        return [];
    const fileCell = columns.file >= 0 ? cleanToken(cells[columns.file] ?? '') : '';
    const servingFile = /^[\w.()[\]-]+(?:\/[\w.()[\]-]+)+\.\w+$/.test(fileCell)
        ? fileCell
        : undefined;
    const purpose = columns.purpose >= 0 ? cells[columns.purpose] || undefined : undefined;
    return served.map(method => endpoint(method, path, source, servingFile, purpose));
}

// EXTERNAL MODULE: ./src/core/check/rules-catalog.ts
var rules_catalog = __webpack_require__(4537);
;// CONCATENATED MODULE: ./src/core/check/rules/context.ts

function finding(ruleId, message, location, related) {
    const severity = (0,rules_catalog/* ruleById */.B)(ruleId)?.defaultSeverity ?? 'warning';
    return related && related.length > 0
        ? { ruleId, severity, message, location, related }
        : { ruleId, severity, message, location };
}
function relatedTask(task, message) {
    return { location: task.source, message: `${message}: ${task.id}` };
}
/** Where a finding about the whole list (no task to point at) goes: the first line of tasks.md. */
function listStart(list) {
    return { file: list.path, line: 1, column: 1 };
}
function doneNote(tasks) {
    const done = tasks.filter(task => task.checked);
    if (done.length === 0)
        return '';
    if (done.length === tasks.length)
        return tasks.length === 1
            ? ' (the task is already checked done)'
            : tasks.length === 2
                ? ' (both are already checked done)'
                : ' (all are already checked done)';
    return ` (${done.map(task => task.id).join(', ')} already checked done)`;
}

;// CONCATENATED MODULE: ./src/core/check/rules/coverage.ts










/** Findings about a missing task point at the design item; the task list is where the fix goes. */
function taskListLocation(context) {
    return { location: listStart(context.list), message: 'the task list that should cover it' };
}
/**
 * A list that says tests were not requested (spec-kit's current template makes them optional)
 * is not asked for contract or story tests.
 */
function testsWaived(context) {
    return context.list.testsNotRequested !== undefined;
}
const contractUntested = context => {
    if (testsWaived(context))
        return [];
    return context.feature.contracts.flatMap(contract => {
        if (contractTests(context, contract).length > 0 || onlyConsumed(contract))
            return [];
        const endpoints = contract.endpoints.length;
        const what = endpoints > 0 ? ` (${endpoints} endpoint${endpoints === 1 ? '' : 's'})` : '';
        return [
            finding('contract-untested', `Contract ${relativeToFeature(context, contract.path)}${what} has no test task`, contract.source, [taskListLocation(context)])
        ];
    });
};
/**
 * A contract whose every endpoint belongs to something the feature only uses (an existing
 * image's health checks, an upstream API) describes no code of this feature to test.
 */
function onlyConsumed(contract) {
    return contract.endpoints.length > 0 && contract.endpoints.every(endpoint => endpoint.consumed);
}
const entityWithoutModel = context => (context.feature.dataModel?.entities ?? [])
    .filter(entity => !entity.existing && !entity.derived)
    .filter(entity => entityTasks(context, entity.name).length === 0)
    .map(entity => finding('entity-without-model', `Entity ${entity.name} from data-model.md has no task that creates or changes it`, entity.source, [taskListLocation(context)]));
/**
 * The contracts whose endpoints must be built: the feature's, and, where none declares an
 * endpoint, the routes its plan declares (method lists beside route files, route tables).
 */
function endpointContracts(context) {
    const planRoutes = planRoutesContract(context.feature);
    return planRoutes ? [...context.feature.contracts, planRoutes] : context.feature.contracts;
}
const endpointUnimplemented = context => endpointContracts(context).flatMap(contract => {
    if (isConsumedContract(subjectOf(contract), implementationTasks(context)))
        return [];
    return contract.endpoints
        .filter(endpoint => !endpoint.consumed)
        .filter(endpoint => implementers(context, contract, endpoint).length === 0)
        .map(endpoint => finding('endpoint-unimplemented', `Endpoint ${endpoint.name} of ${relativeToFeature(context, contract.path)} has no implementation task`, endpoint.source, [taskListLocation(context)]));
});
const storyUntested = context => {
    if (testsWaived(context))
        return [];
    const findings = [];
    for (const story of context.feature.spec?.stories ?? []) {
        if (storyTests(context, story.id).length > 0)
            continue;
        findings.push(finding('story-untested', `User Story ${story.number} "${story.title}" has no integration test task`, story.source, [taskListLocation(context)]));
    }
    const scenarios = context.feature.quickstart?.scenarios ?? [];
    const untested = scenarios.filter((_scenario, index) => scenarioTests(context, index).length === 0);
    if (untested.length > 1 && untested.length === scenarios.length) {
        // Nothing validates the quickstart at all: one finding says it better than one per step.
        const first = untested[0];
        findings.push(finding('story-untested', `None of the ${untested.length} quickstart.md scenarios ("${first.title}", …) has an integration test or validation task`, first.source, [taskListLocation(context)]));
        return findings;
    }
    for (const scenario of untested) {
        findings.push(finding('story-untested', `Quickstart scenario "${scenario.title}" has no integration test task`, scenario.source, [taskListLocation(context)]));
    }
    return findings;
};
/** The coverage table of the markdown report: every design item and the tasks that cover it. */
function coverageOf(context) {
    const ids = (tasks) => tasks.map(task => task.task.id);
    const items = [];
    for (const contract of context.feature.contracts) {
        items.push({
            kind: 'contract',
            name: relativeToFeature(context, contract.path),
            source: contract.source,
            tasks: ids(contractTests(context, contract))
        });
    }
    for (const entity of context.feature.dataModel?.entities ?? []) {
        items.push({
            kind: 'entity',
            name: entity.name,
            source: entity.source,
            tasks: ids(entityTasks(context, entity.name))
        });
    }
    for (const contract of endpointContracts(context)) {
        for (const endpoint of contract.endpoints) {
            items.push({
                kind: 'endpoint',
                name: endpoint.name,
                source: endpoint.source,
                tasks: ids(implementers(context, contract, endpoint))
            });
        }
    }
    for (const story of context.feature.spec?.stories ?? []) {
        items.push({
            kind: 'story',
            name: `${story.id} ${story.title}`,
            source: story.source,
            tasks: ids(storyTests(context, story.id))
        });
    }
    (context.feature.quickstart?.scenarios ?? []).forEach((scenario, index) => {
        items.push({
            kind: 'scenario',
            name: scenario.title,
            source: scenario.source,
            tasks: ids(scenarioTests(context, index))
        });
    });
    return items;
}
/**
 * The rules and the coverage table ask the same questions of every task; each answer is kept
 * per check, keyed by the question.
 */
const answers = new WeakMap();
function remembered(context, key, find) {
    let known = answers.get(context);
    if (!known) {
        known = new Map();
        answers.set(context, known);
    }
    let found = known.get(key);
    if (!found) {
        found = find();
        known.set(key, found);
    }
    return found;
}
function contractTests(context, contract) {
    return remembered(context, `contract\u0000${contract.path}`, () => {
        const subject = subjectOf(contract);
        return context.tasks.filter(task => (task.isTest && testsContract(task, subject)) || checksThroughCi(task, subject));
    });
}
const subjects = new WeakMap();
function subjectOf(contract) {
    let subject = subjects.get(contract);
    if (!subject) {
        subject = contractSubject(contract);
        subjects.set(contract, subject);
    }
    return subject;
}
function entityTasks(context, name) {
    return remembered(context, `entity\u0000${name}`, () => {
        const entity = context.feature.dataModel.entities.find(candidate => candidate.name === name);
        const target = entityTarget(entity);
        // Every way of naming the entity puts one of its words, or an alias's, among the task's.
        const names = [entity.name, ...entity.aliases];
        const wanted = names.flatMap(name => words(name).flatMap(word => [singular(word), keyForm(word)]));
        const built = tasksWithAnyWord(context.tasks, wanted).filter(task => buildsEntity(task, target));
        if (built.length > 0)
            return built;
        // A report on tasks done ("T018-T024 ✅: models.py with the Invoice and LineItem classes")
        // says which of them built it.
        return tasksWithAnyWord(reportedWork(context), wanted).filter(task => buildsEntity(task, target));
    });
}
/** What the list's report headings say its tasks did, each as a task named by its IDs. */
function reportedWork(context) {
    let known = reports.get(context);
    if (!known) {
        known = prepareTasks((context.list.reports ?? []).map(report => reportAsTask(report)), context.list.phases);
        reports.set(context, known);
    }
    return known;
}
const reports = new WeakMap();
function reportAsTask(report) {
    const first = report.tasks[0] ?? '';
    const last = report.tasks[report.tasks.length - 1] ?? '';
    return {
        id: first === last ? first : `${first}–${last}`,
        checked: true,
        deferred: false,
        parallel: false,
        story: undefined,
        description: report.text,
        paths: [],
        barePaths: [],
        citedPaths: [],
        phase: -1,
        dependsOn: [],
        source: report.source,
        line: ''
    };
}
/** Tasks that may implement something: not tests. */
function implementationTasks(context) {
    return remembered(context, 'implementation', () => context.tasks.filter(task => !task.isTestOnly));
}
/** Non-test tasks that write a route prefix or wildcard: the few that may cover unnamed endpoints. */
function openRouteTasks(context) {
    return remembered(context, 'open routes', () => implementationTasks(context).filter(writesOpenRoute));
}
/** Non-test tasks that name the endpoint itself, or a route prefix or wildcard over it. */
function namedImplementers(context, contract, endpoint) {
    return remembered(context, `named\u0000${contract.path}\u0000${endpoint.name}`, () => {
        const byName = new Set(endpointCandidates(context.tasks, endpoint).filter(task => !task.isTestOnly && namesEndpoint(task, endpoint, false)));
        const covering = new Set(openRouteTasks(context).filter(task => coversRoute(task, endpoint)));
        return implementationTasks(context).filter(task => byName.has(task) || covering.has(task));
    });
}
/**
 * A non-test task implements an endpoint when it names it. Where no task does, one that serves
 * its whole resource (`TenantController`, `/admin/tenants/*`) or names its contract file
 * counts, unless the list implements that resource's other endpoints one by one: then a
 * missing one is missing.
 */
function implementers(context, contract, endpoint) {
    return remembered(context, `endpoint\u0000${contract.path}\u0000${endpoint.name}`, () => {
        const named = namedImplementers(context, contract, endpoint);
        if (named.length > 0)
            return named;
        // The list's report on work done ("✅ Parcel API: GET /parcels, /parcels/{id} (T030-T031)")
        // says which tasks built it.
        // A route in such a list often follows another's method ("GET /parcels, /parcels/{id}"):
        // it counts for an endpoint whose method the line names.
        const method = endpoint.method?.toLowerCase();
        const reported = reportedWork(context).filter(task => namesEndpointExactly(task, endpoint) && (method === undefined || task.wordSet.has(method)));
        if (reported.length > 0)
            return reported;
        const oneByOne = contract.endpoints.some(other => other !== endpoint &&
            sharesResource(other, endpoint) &&
            namedImplementers(context, contract, other).length > 0);
        if (oneByOne)
            return [];
        return implementationTasks(context).filter(task => mentionsText(task, contract.fileName) || servesResource(task, endpoint));
    });
}
/** Two endpoints on one resource: the same last word, or a route resource they both pass through. */
function sharesResource(a, b) {
    if (a.resource === b.resource)
        return true;
    if (a.kind !== 'http' || b.kind !== 'http')
        return false;
    const own = new Set(routeResources(b.path));
    return routeResources(a.path).some(resource => own.has(resource));
}
function storyTests(context, storyId) {
    return remembered(context, `story\u0000${storyId}`, () => {
        const stories = context.feature.spec?.stories ?? [];
        const story = stories.find(candidate => candidate.id === storyId);
        const titleWords = keyWords(story.title);
        const onlyStory = stories.length === 1;
        return context.tasks.filter(task => testsStory(task, story, titleWords, context.list.phases[task.task.phase]?.story === storyId, onlyStory));
    });
}
/** Tasks that test the quickstart scenario at this index (its number is its place in the document). */
function scenarioTests(context, index) {
    return remembered(context, `scenario\u0000${index}`, () => {
        const scenario = context.feature.quickstart.scenarios[index];
        const titleWords = keyWords(scenario.title);
        return context.tasks.filter(task => testsScenario(task, index + 1, titleWords));
    });
}
function relativeToFeature(context, path) {
    const prefix = context.feature.dir + '/';
    return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/task-list.ts
/**
 * What the tasks.md reader knows about how people write a task list: the titles of its sections,
 * the words of its phases and labels, how a task says it is put off, waits for another, shares
 * another's file, or that tests were not asked for.
 */

/** A phrase whose words may stand one to three spaces apart: `not included` → `not\s{1,3}included`. */
function spaced(phrase) {
    return phrase.split(' ').map(build/* escapePattern */.MP).join('\\s{1,3}');
}
/** The phrases as one non-capturing alternation, each spaced as `spaced` does, in the order given. */
function spacedAlternation(phrases) {
    return `(?:${phrases.map(spaced).join('|')})`;
}
// ---------------------------------------------------------------------------------------------
// Section titles
/** Decides which sections hold checklists or criteria rather than tasks (matched anywhere in the title). */
const CHECKLIST_TITLE_WORDS = [
    'checklist',
    'acceptance',
    'criteria',
    'checkpoint',
    'verification steps',
    'definition of done',
    'notes'
];
const CHECKLIST_TITLE = (0,build/* anywherePattern */.sI)('task-list.checklist-title', CHECKLIST_TITLE_WORDS, 'i');
/** Decides which headings open notes, where a list may say what it left out (as whole words). */
const NOTES_TITLE_WORDS = ['notes', 'note', 'format'];
/** The same, matched anywhere in the title. */
const NOTES_TITLE_FRAGMENTS = ['conventions'];
const NOTES_TITLE = (0,build/* pattern */.T1)('task-list.notes-title', `${(0,build/* wholeWords */.pC)(NOTES_TITLE_WORDS)}|${(0,build/* alternation */.Ql)(NOTES_TITLE_FRAGMENTS)}`, 'i');
/** Decides which headings open a dependencies section (matched anywhere in the lower-case title). */
const DEPENDENCY_TITLE_FRAGMENTS = ['dependenc', 'execution order', 'critical path'];
/** Overrules those: "Parallel opportunities and dependencies" is about running tasks together. */
const NOT_DEPENDENCY_TITLE_FRAGMENTS = ['parallel'];
// ---------------------------------------------------------------------------------------------
// Phases
/** The word that starts a phase heading: `## Phase 3: …`, `## Phase: Setup`. */
const PHASE_WORDS = ['phase'];
/** `Phase 4: Dependency upgrades` is a phase, whatever else its title says. */
const NUMBERED_PHASE_TITLE = (0,build/* pattern */.T1)('task-list.numbered-phase-title', `^${(0,build/* alternation */.Ql)(PHASE_WORDS)}\\s{0,3}\\d`, 'i');
/** `Phase 3.2` at the start of a title, with its number captured. */
const PHASE_NUMBER_AT_START = (0,build/* pattern */.T1)('task-list.phase-number-at-start', `^${(0,build/* alternation */.Ql)(PHASE_WORDS)}\\s{1,3}(\\d{1,2}(?:\\.\\d{1,2})?)`, 'i');
/** `phase 3.2` anywhere in lower-case text, as a whole word, with its number captured. */
const PHASE_NUMBER = (0,build/* pattern */.T1)('task-list.phase-number', `\\b${(0,build/* alternation */.Ql)(PHASE_WORDS)}\\s{1,3}(\\d{1,2}(?:\\.\\d{1,2})?)\\b`);
/**
 * Decides which kind of work a phase title holds, by a word anywhere in its lower-case title.
 * Checked in this order: "Core Implementation (ONLY after tests are failing)" is core, not tests.
 */
const PHASE_KIND_WORDS = [
    ['setup', ['setup', 'set up', 'set-up', 'scaffold', 'initiali']],
    ['foundational', ['foundation', 'prerequisite', 'blocking']],
    ['polish', ['polish', 'cross-cutting', 'documentation', 'release', 'cleanup', 'hardening']],
    ['core', ['core', 'implementation', 'implement']],
    ['tests', ['test', 'tdd', 'verification', 'validation']],
    ['integration', ['integration', 'platform']]
];
/** Decides, before the list above, that a title is about integration: "Integration & Platform Support". */
const INTEGRATION_PHASE_WORDS = ['integration'];
/** Unless it also says test ("Integration tests"), as a whole word or inside one ("load-testing"). */
const PHASE_TEST_WORDS = ['tests', 'test'];
const PHASE_TEST_FRAGMENTS = ['testing'];
const PHASE_MENTIONS_TESTS = (0,build/* pattern */.T1)('task-list.phase-mentions-tests', `${(0,build/* wholeWords */.pC)(PHASE_TEST_WORDS)}|${(0,build/* alternation */.Ql)(PHASE_TEST_FRAGMENTS)}`);
/** Decides which one word, alone on a side of a dependency line, names a phase by its kind. */
const PHASE_KIND_NAMES = {
    setup: 'setup',
    foundational: 'foundational',
    foundation: 'foundational',
    tests: 'tests',
    polish: 'polish',
    integration: 'integration',
    core: 'core'
};
/** Words left out before that one word is looked up: "the Setup phase" names Setup. */
const PHASE_NAME_FILLER = ['phase', 'the'];
// ---------------------------------------------------------------------------------------------
// Stories
/** How a phase title names its story: `User Story 2`, `Story 2`, `US2`. */
const STORY_TITLE_WORDS = ['user story', 'story', 'us'];
const STORY_IN_TITLE = (0,build/* pattern */.T1)('task-list.story-in-title', `\\b${spacedAlternation(STORY_TITLE_WORDS)}\\s{0,3}(\\d{1,3})\\b`, 'i');
/** How a side of a dependency line names a story's phase: `User Story 1`, `US1` (not "Story 1"). */
const STORY_SIDE_WORDS = ['user story', 'us'];
const STORY_ON_SIDE = (0,build/* pattern */.T1)('task-list.story-on-dependency-side', `\\b${spacedAlternation(STORY_SIDE_WORDS)}\\s{0,3}(\\d{1,3})\\b`);
/** How a task's label names its story: `[US1]`, `[US1, US2]`, `[Story 2]`. */
const STORY_LABEL_ABBREVIATIONS = ['us'];
const STORY_LABEL_WORDS = ['story'];
const STORY_LABEL = (0,build/* pattern */.T1)('task-list.story-label', `^(?:${(0,build/* alternation */.Ql)(STORY_LABEL_ABBREVIATIONS)}|${(0,build/* alternation */.Ql)(STORY_LABEL_WORDS)}\\s?)\\d{1,3}(?:\\s?,\\s?${(0,build/* alternation */.Ql)(STORY_LABEL_ABBREVIATIONS)}?\\d{1,3}){0,9}$`, 'i');
// ---------------------------------------------------------------------------------------------
// Task lines
/** The word some lists number tasks with instead of an ID: `### Task 6.1: …`. */
const TASK_WORDS = ['task'];
const TASK_WORD_ID = (0,build/* pattern */.T1)('task-list.task-word-id', `^\\*{0,2}${(0,build/* alternation */.Ql)(TASK_WORDS)}\\s{1,3}(\\d{1,3}(?:\\.\\d{1,3}){0,2})\\*{0,2}(?![\\w.])`, 'i');
/** Decides which labels mark a task as parallel: `[P]`, `[Parallel]` (any case). */
const PARALLEL_LABELS = ['p', 'parallel'];
const PARALLEL_LABEL = (0,build/* wholeValuePattern */.XJ)('task-list.parallel-label', PARALLEL_LABELS, 'i');
/** The parallel label written in parentheses after the ID: `T004 (P) …` (capital only). */
const PARALLEL_PAREN_LABELS = ['P'];
const PARALLEL_PAREN_LABEL = (0,build/* pattern */.T1)('task-list.parallel-label-in-parentheses', `^\\((${(0,build/* alternation */.Ql)(PARALLEL_PAREN_LABELS)})\\)`);
/** Decides which words put a task off: `(deferred)`, `**Postponed**`, `Deferred: …`. */
const DEFERRED_WORDS = ['deferred', 'postponed'];
/** A leading `(deferred)`, `[deferred]`, `**Deferred**`, `Deferred:` or `Deferred - `. */
const DEFERRED_LEAD = (0,build/* pattern */.T1)('task-list.deferred-lead', `^(?:[([][ \\t]{0,2}${(0,build/* alternation */.Ql)(DEFERRED_WORDS)}\\b|\\*{1,2}${(0,build/* alternation */.Ql)(DEFERRED_WORDS)}\\b|${(0,build/* alternation */.Ql)(DEFERRED_WORDS)}(?:[ \\t]{0,2}[:–—]|[ \\t]{1,2}-[ \\t]))`, 'i');
/** A leading word in capitals, `DEFERRED …`; in lower case it may be the work: "Deferred loading". */
const DEFERRED_SHOUTED = (0,build/* pattern */.T1)('task-list.deferred-shouted', `^${(0,build/* alternation */.Ql)(DEFERRED_WORDS.map(word => word.toUpperCase()))}\\b`);
/** A closing aside that starts with the word: `(deferred until the beta)`. */
const DEFERRED_ASIDE = (0,build/* pattern */.T1)('task-list.deferred-aside', `\\(${(0,build/* alternation */.Ql)(DEFERRED_WORDS)}\\b[^()]{0,80}\\)\\.?$`, 'i');
/** Phrases after which a task's own text names the tasks it waits for: "(depends on T003)". */
const INLINE_DEPENDENCY_PHRASES = [
    'depends on',
    'depend on',
    'depends:',
    'dependencies:',
    'dependency:',
    'blocked by',
    'requires'
];
/** The same, but only when a task ID follows at once: "run after T004", not "after login". */
const INLINE_DEPENDENCY_BEFORE_ID = ['after'];
/** Decides which word between two IDs makes a range: `T004 to T007`, `T004 – T007`. */
const TASK_RANGE_WORDS = new Set(['to', 'through', '–', '-']);
// ---------------------------------------------------------------------------------------------
// A heading task's body
/** A field of a heading task's body that names what it waits for: `**Dependencies**: T001`. */
const DEPENDENCY_FIELD_LABELS = ['dependencies', 'depends on', 'blocked by'];
const DEPENDENCY_FIELD = (0,build/* pattern */.T1)('task-list.dependency-field', `^\\s{0,3}${(0,build/* alternation */.Ql)(DEPENDENCY_FIELD_LABELS)}\\b`, 'i');
/** A field that gives a heading task's status, and the values that say it is done. */
const STATUS_LABELS = ['status'];
const DONE_STATUSES = ['✅', 'done', 'complete'];
/**
 * Marks that open a line of a progress report on work done: "✅ Parcel API: GET /parcels,
 * /parcels/{id} (T030-T031)". Such a line says what the tasks it names did.
 */
const DONE_MARKS = ['✅', '✔️', '✔', '☑️', '☑', '✓'];
/**
 * Decides that an aside is only task IDs ("(T030-T031)", "(T012 and T014)"), not words about
 * the work ("(with filters)"): IDs, separators and the joining words of a list of them.
 */
const TASK_ID_LIST_JOINERS = ['and'];
const TASK_ID_ASIDE = (0,build/* pattern */.T1)('task-list.task-id-aside', `^(?:[\\sT\\d,;&+–—-]|${(0,build/* wholeWords */.pC)(TASK_ID_LIST_JOINERS)})+$`, 'i');
const DONE_STATUS_FIELD = (0,build/* pattern */.T1)('task-list.done-status-field', `^\\s{0,3}${(0,build/* alternation */.Ql)(STATUS_LABELS)}:?\\s{0,3}${(0,build/* alternation */.Ql)(DONE_STATUSES)}`, 'im');
// ---------------------------------------------------------------------------------------------
// Dependencies section
/** Words of a dependency line whose left side comes first: `T008 blocks T009`. */
const FORWARD_DEPENDENCY_WORDS = [
    'blocks',
    'before',
    'precedes',
    'unblocks',
    'enables',
    'required by',
    'needed by',
    'prerequisite for'
];
/** Words of a dependency line whose right side comes first: `T015 depends on T012`. */
const BACKWARD_DEPENDENCY_WORDS = [
    'depends on',
    'depend on',
    'requires',
    'require',
    'needs',
    'after',
    'blocked by',
    'waits for'
];
/**
 * Words a phase may carry in an arrow chain without the part being more than its name:
 * "US2 complete → US3". Any other word makes the part a statement ("US2 can start"), and a chain
 * with a statement in it is prose, not a chain.
 */
const CHAIN_FILLER = ['complete', 'completed', 'completion', 'done', 'finished', 'tasks'];
/** Decides where one side of a dependency lists several phases: "US1 + US2", "Phase 3 and Phase 5". */
const PHASE_LIST_MARKS = ['+', '&', ',', '/'];
const PHASE_LIST_WORDS = ['and', 'y', 'et', 'und', 've'];
const PHASE_LIST_SEPARATOR = (0,build/* pattern */.T1)('task-list.phase-list-separator', `\\s{0,3}${(0,build/* alternation */.Ql)(PHASE_LIST_MARKS)}\\s{0,3}|\\s${(0,build/* wholeWords */.pC)(PHASE_LIST_WORDS)}\\s`, 'i');
/** Arrows that chain a dependency line: `T001 → T002 → T003`, split on in this order. */
const DEPENDENCY_ARROWS = ['→', '->', '⟶', '=>', '-->'];
// ---------------------------------------------------------------------------------------------
// "In the same file"
/**
 * The words of "same file" per language. English: `same` [`source`] `file|module`, optionally
 * `as T028`; Turkish: `aynı` `dosya|modül`, without a word end, since a suffix follows
 * ("aynı dosyada", in the same file).
 */
const SAME_FILE_WORDS = {
    en: { same: ['same'], qualifiers: ['source'], files: ['file', 'module'], naming: ['as'] },
    tr: { same: ['aynı', 'ayni'], files: ['dosya', 'modül', 'modul'] }
};
/** Words that deny it: "not in the same file", "never the same module". */
const SAME_FILE_NEGATIONS = ['not', 'never', 'no'];
const SAME_FILE_NEGATION_FILLER = { in: ['in'], the: ['the'] };
const en = SAME_FILE_WORDS.en;
const tr = SAME_FILE_WORDS.tr;
/** "same file" or "same file as T028" (the ID captured), or its Turkish. */
const SAME_FILE = (0,build/* pattern */.T1)('task-list.same-file', `\\b${(0,build/* alternation */.Ql)(en.same)}\\s{1,3}(?:${(0,build/* alternation */.Ql)(en.qualifiers)}\\s{1,3})?${(0,build/* alternation */.Ql)(en.files)}\\b(?:\\s{1,3}${(0,build/* alternation */.Ql)(en.naming)}\\s{1,3}\\*{0,2}(T\\d{1,5}(?:\\.\\d{1,3}|[a-z])?)\\b)?|\\b${(0,build/* alternation */.Ql)(tr.same)}\\s{1,3}${(0,build/* alternation */.Ql)(tr.files)}`, 'i');
const NOT_SAME_FILE = (0,build/* pattern */.T1)('task-list.not-same-file', `\\b${(0,build/* alternation */.Ql)(SAME_FILE_NEGATIONS)}\\s{1,3}(?:${(0,build/* alternation */.Ql)(SAME_FILE_NEGATION_FILLER.in)}\\s{1,3})?(?:${(0,build/* alternation */.Ql)(SAME_FILE_NEGATION_FILLER.the)}\\s{1,3})?${(0,build/* alternation */.Ql)(en.same)}\\s{1,3}${(0,build/* alternation */.Ql)(en.files)}`, 'i');
// ---------------------------------------------------------------------------------------------
// "Tests: not requested"
/** A line about tests at all (lower case, whole words). */
const TESTS_NOT_REQUESTED_TEST_WORDS = ['test', 'tests', 'testing'];
const MENTIONS_TESTS = (0,build/* wholeWordPattern */.i7)('task-list.mentions-tests', TESTS_NOT_REQUESTED_TEST_WORDS);
/** "not requested", "not explicitly requested": `not`, at most one word, `requested`. */
const NOT_REQUESTED_WORDS = { not: ['not'], requested: ['requested'] };
const NOT_REQUESTED = (0,build/* pattern */.T1)('task-list.not-requested', `\\b${(0,build/* alternation */.Ql)(NOT_REQUESTED_WORDS.not)}\\s{1,3}(?:\\w{1,12}\\s{1,3})?${(0,build/* alternation */.Ql)(NOT_REQUESTED_WORDS.requested)}\\b`);
/** Words just before "not requested" that make it a condition: "only if explicitly requested". */
const CONDITIONAL_WORDS = ['if', 'when', 'unless', 'where', 'only'];
const CONDITIONAL = (0,build/* wholeWordPattern */.i7)('task-list.conditional-word', CONDITIONAL_WORDS);
/** "test tasks excluded", "test tasks were not generated". */
const TEST_TASK_WORDS = { test: ['test'], tasks: ['tasks', 'task'], were: ['are', 'were'] };
const LEFT_OUT_PHRASES = ['omitted', 'excluded', 'not included', 'not generated'];
const TEST_TASKS_LEFT_OUT = (0,build/* pattern */.T1)('task-list.test-tasks-left-out', `\\b${(0,build/* alternation */.Ql)(TEST_TASK_WORDS.test)}\\s{1,3}${(0,build/* alternation */.Ql)(TEST_TASK_WORDS.tasks)}\\s{1,3}(?:${(0,build/* alternation */.Ql)(TEST_TASK_WORDS.were)}\\s{1,3})?${spacedAlternation(LEFT_OUT_PHRASES)}\\b`);
// ---------------------------------------------------------------------------------------------
// "[P] tasks may share a file": where a list says so on purpose
/** Decides that a line is about running tasks together: "T019 and T020: parallel — both in runner.py". */
const PARALLEL_WORDS = ['parallel', 'concurrently'];
const SAYS_PARALLEL = (0,build/* wholeWordPattern */.i7)('task-list.says-parallel', PARALLEL_WORDS, 'i');
/** … or the label itself, for a convention about all `[P]` tasks. */
const MENTIONS_PARALLEL_LABEL = (0,build/* pattern */.T1)('task-list.mentions-parallel-label', '\\[P\\]');
/**
 * Words that turn such a line into a warning against sharing, when one of the second list
 * follows within three words: "Never mark tasks [P] if …", "No task modifies the same file as
 * another [P] task". Not "no shared state", which says why sharing the file is safe.
 */
const SHARING_NEGATIONS = ['not', 'never', 'no', 'avoid', "don't", 'dont'];
const SHARING_ACTS = [
    'mark',
    'marked',
    'parallel',
    'same',
    'share',
    'modify',
    'modifies',
    'touch',
    'touches',
    'edit',
    'edits'
];
const DENIES_SHARING = (0,build/* pattern */.T1)('task-list.denies-sharing', `(?:^|[^\\w'])${(0,build/* alternation */.Ql)(SHARING_NEGATIONS)}\\s{1,3}(?:[\\w\\[\\]\`*]{1,20}\\s{1,3}){0,2}${(0,build/* alternation */.Ql)(SHARING_ACTS)}\\b`, 'i');
/**
 * "[P] tasks operate on different files OR the same file's distinct test functions": a line
 * allowing [P] tests to share a test file, one function each. After "same file", a word of each
 * list.
 */
const DISTINCT_WORDS = ['distinct', 'separate', 'different', 'own'];
const TEST_FUNCTION_WORDS = [
    'function',
    'functions',
    'fn',
    'fns',
    'test',
    'tests',
    'case',
    'cases'
];
const DISTINCT_TEST_FUNCTIONS = (0,build/* pattern */.T1)('task-list.distinct-test-functions', `${(0,build/* wholeWords */.pC)(DISTINCT_WORDS)}\\s{1,3}(?:\\w{1,12}\\s{1,3})?${(0,build/* wholeWords */.pC)(TEST_FUNCTION_WORDS)}`, 'i');

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/task-line.ts
/**
 * One task's text, as people write it: `T001 [P] [US1] Description (depends on T000)`, with the
 * ID bold or followed by a colon, and labels in any order. Regexes here run on one short line.
 */

/** `T001`, `T013a`, `T021.1`, `T1`; also `Task 1.1` headings some lists use (TASK_WORD_ID). */
const ID_AT_START = /^\*{0,2}(T\d{1,5}(?:\.\d{1,3}|[a-z])?)\*{0,2}(?![\w.])/;
/** The ID at the very start of a task's text, if any. */
function readTaskStart(text) {
    const trimmed = text.trimStart();
    const match = ID_AT_START.exec(trimmed) ?? TASK_WORD_ID.exec(trimmed);
    if (!match)
        return undefined;
    const id = match[1];
    // `T030-T034 Shared models` and `T030 – T034: Shared models` head a range of tasks; neither
    // is a task itself.
    if (headsRange(trimmed.slice(match[0].length)))
        return undefined;
    return {
        id: /^\d/.test(id) ? id : id.charAt(0).toUpperCase() + id.slice(1),
        rest: trimmed.slice(match[0].length)
    };
}
/** `-T034 …`, ` – T034 …`, ` to T034 …` right after an ID. */
function headsRange(rest) {
    if (/^[-–—]\s?T?\d/.test(rest))
        return true;
    const words = rest.trimStart().split(/\s+/, 2);
    return (rest.length > rest.trimStart().length &&
        TASK_RANGE_WORDS.has((words[0] ?? '').toLowerCase()) &&
        /^T\d/.test(words[1] ?? ''));
}
/**
 * A task written as put off: `[-] T045 …` (a checkbox GFM does not read, so the item reaches us
 * as text) or struck through, `~~T045~~ …`. Undefined when the text is neither.
 */
function readDeferredStart(text) {
    const box = /^\[-\][ \t]{0,3}/.exec(text);
    let body = box ? text.slice(box[0].length) : text.trimStart();
    const struck = body.startsWith('~~');
    if (!box && !struck)
        return undefined;
    if (struck)
        body = body.slice(2);
    const start = readTaskStart(body);
    if (!start)
        return undefined;
    return { id: start.id, rest: struck ? start.rest.replace(/^~~/, '') : start.rest };
}
/** How a task's line opens: its ID, put off (`[-] T045`, `~~T045~~`) or not. */
function readTaskOpening(text) {
    const deferred = readDeferredStart(text);
    if (deferred)
        return { ...deferred, deferred: true };
    const start = readTaskStart(text);
    return start && { ...start, deferred: false };
}
/**
 * A description that says the task is put off: a leading `(deferred)`, `[DEFERRED]`,
 * `**Deferred**`, `Deferred:` or `DEFERRED`, or a closing `(deferred to the beta)`. "Deferred
 * loading of images" is work; "(offline part deferred)" defers part of it, not the task.
 */
function isDeferredDescription(description) {
    const text = description.trim();
    return DEFERRED_LEAD.test(text) || DEFERRED_SHOUTED.test(text) || DEFERRED_ASIDE.test(text);
}
/** Strike-through marks left on a description: `~~T045 Old plan~~`. */
function withoutStrikeMarks(description) {
    return description.split('~~').join('');
}
/** Strips `:`/`-` after the ID and the leading `[P]`, `[US1]`, `[Story 2]` labels. */
function readLabels(rest) {
    let text = stripSeparators(rest);
    let parallel = false;
    let story;
    for (;;) {
        const label = /^\[([^\]]{1,24})\]/.exec(text) ?? PARALLEL_PAREN_LABEL.exec(text);
        if (!label)
            break;
        const inner = label[1].trim();
        if (PARALLEL_LABEL.test(inner))
            parallel = true;
        else if (STORY_LABEL.test(inner))
            story ??= `US${Number(/\d{1,3}/.exec(inner)[0])}`;
        else
            break;
        text = stripSeparators(text.slice(label[0].length));
    }
    return { parallel, story, description: text.trim() };
}
function stripSeparators(text) {
    let start = 0;
    while (start < text.length && ' \t:-–—.'.includes(text[start]))
        start++;
    return text.slice(start);
}
/** IDs and ranges after "depends on", "blocked by", "requires", "after" in a task's own text. */
function inlineDependencies(description) {
    const lower = description.toLowerCase();
    const refs = [];
    for (const keyword of INLINE_DEPENDENCY_PHRASES) {
        for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1))
            refs.push(...taskRefs(clauseAfter(description, at + keyword.length)));
    }
    // "after" only counts when a task ID follows at once: "run after T004", not "after login".
    for (const keyword of INLINE_DEPENDENCY_BEFORE_ID) {
        for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + 1)) {
            const tail = clauseAfter(description, at + keyword.length);
            if (/^\s{0,3}T\d/.test(tail))
                refs.push(...taskRefs(tail));
        }
    }
    return [...new Set(refs)];
}
/** The text from `start` to the end of its clause: a closing parenthesis, `;` or sentence end. */
function clauseAfter(text, start) {
    let end = start;
    while (end < text.length && !')];'.includes(text[end])) {
        if (text[end] === '.' && (end + 1 >= text.length || text[end + 1] === ' '))
            break;
        end++;
    }
    return text.slice(start, end);
}
/** `T004`, `T004/T005`, `T004-T007`, `T004–T007`, `T004 to T007`, in order of appearance. */
function taskRefs(text) {
    const refs = [];
    const tokens = text.split(/[\s,;&+|()[\]`*/]+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const range = /^(T\d{1,5}[a-z]?)[-–—](T?\d{1,5}[a-z]?)$/i.exec(token);
        if (range) {
            const end = range[2].toUpperCase().startsWith('T') ? range[2] : `T${range[2]}`;
            refs.push(`${normaliseId(range[1])}-${normaliseId(end)}`);
            continue;
        }
        const id = /^(T\d{1,5}(?:\.\d{1,3}|[a-z])?)[:.]?$/i.exec(token);
        if (!id)
            continue;
        const next = tokens[i + 1]?.toLowerCase();
        const end = tokens[i + 2] ? /^(T\d{1,5}[a-z]?)[:.]?$/i.exec(tokens[i + 2]) : null;
        if (TASK_RANGE_WORDS.has(next ?? '') && end) {
            refs.push(`${normaliseId(id[1])}-${normaliseId(end[1])}`);
            i += 2;
        }
        else {
            refs.push(normaliseId(id[1]));
        }
    }
    return refs;
}
function normaliseId(id) {
    return 'T' + id.slice(1);
}

;// CONCATENATED MODULE: ./src/core/check/headline.ts
/**
 * What a task says it is: its first line as written, and the code names it says it creates.
 */


/**
 * The code names a task says it creates: those right after its verb ("Implement per-shelf
 * `StockLevelAccumulator` in …", "Add `voucher_quote_handler` to handlers.rs"). Names it only
 * mentions (a parameter, a library) are not among them.
 */
function createdNames(task) {
    const description = task.task.description.trimStart();
    if (!CREATING.test(description))
        return [];
    const names = [];
    for (const token of description.split(/\s+/).slice(1, 5))
        for (const name of token.split(/\W+/))
            if (isCodeName(name))
                names.push(name);
    return names;
}
/**
 * The task's first line as written, without list marker, checkbox, ID and labels: what the task
 * says it is (a heading task's body says how it works), with its backticks.
 */
function headline(task) {
    const text = task.line.replace(/^[\s>#*+-]*(?:\[[ x-]\]\s*)?/i, '');
    const start = readTaskStart(text);
    return start ? readLabels(start.rest).description : task.description;
}
/** `CartSessionState`, `voucher_quote_handler`, `listRecipes`: a name in code, not a word of prose. */
function isCodeName(name) {
    return name.includes('_') || /[a-z][A-Z]/.test(name);
}

;// CONCATENATED MODULE: ./src/core/vocabulary/path-free-tasks.ts
/**
 * What the checker knows about tasks that need no file path: process steps, runs and checks of
 * work already done, results that go into the pull request rather than a file.
 */

/** First words of tasks that run or check something rather than edit a file. */
const NO_FILE_VERBS = new Set([
    'run',
    'verify',
    'confirm',
    'validate',
    'check',
    'test',
    'manual',
    'manually',
    'merge',
    'review',
    'execute',
    'measure',
    'profile',
    'perform',
    'demo',
    'smoke',
    'deploy',
    'publish',
    'release',
    'tag',
    'audit',
    'commit',
    'push',
    'build',
    'start',
    'launch',
    'lint',
    'format',
    'rerun'
]);
/** Words before that first verb that leave it first: "Then run …", "Re-run …", "Finally verify …". */
const NO_FILE_LEADING_FILLERS = new Set(['then', 'finally', 're', 'also', 'next', 'lastly']);
/**
 * Last words of a task that states a run or an outcome of tests rather than a change: "CLI
 * tests pass", "Full integration test run".
 */
const OUTCOME_WORDS = new Set(['pass', 'passes', 'green', 'succeed', 'succeeds', 'run']);
/** Words that make such an outcome one of tests or checks. */
const OUTCOME_SUBJECTS = new Set([
    'test',
    'tests',
    'suite',
    'check',
    'checks',
    'lint',
    'build'
]);
/**
 * Where a task's result goes into the pull request rather than a file: "Document the device test
 * results for PR", "… in the PR description". A preposition, optionally "the", then the noun.
 */
const PULL_REQUEST_PREPOSITIONS = new Set(['for', 'in', 'on', 'to', 'into']);
const PULL_REQUEST_WORDS = ['pr', 'pull request'];
/**
 * Parts of a pull request a task may write straight after its noun: "Prepare the PR description
 * with the fix summary", "Draft pull request notes". Their text goes into the pull request.
 */
const PULL_REQUEST_PARTS = ['description', 'body', 'summary', 'notes'];
/**
 * Words of a short label or opening phrase that make the task a check: "Load validation: …",
 * "Battery test: …", "Contrast audit for …", "Final code review".
 */
const CHECK_WORDS = new Set([
    'validation',
    'verification',
    'check',
    'review',
    'audit',
    'manual',
    'qa',
    'smoke',
    'test',
    'lint'
]);
/**
 * "Performance testing for concurrent runs", "Load testing of the API": a kind of testing named
 * as an activity (the word second, a preposition after it) changes no file. Not "Install testing
 * dependencies", where it describes what is installed.
 */
const TESTING_ACTIVITY_WORDS = ['testing'];
const ACTIVITY_PREPOSITIONS = ['for', 'of', 'on', 'with', 'against', 'across', 'under'];
/**
 * Names of the repository's top folder: "Initialize the app in the repository root" says where
 * its files go as surely as a path does. Read after a place word (`in`, `at`, `into`).
 */
const ROOT_PLACES = [
    'repository root',
    'repo root',
    'project root',
    'root directory',
    'root folder',
    'root of the repository',
    'root of the repo',
    'root of the project'
];
const ROOT_PLACE_PREPOSITIONS = ['in', 'at', 'into', 'to'];
/** Verbs that make a task build something, whatever check word follows ("Add review screen"). */
const BUILDING_VERBS = new Set(['add', 'create', 'implement', 'build', 'write', 'define']);
/**
 * Last words of a label that introduces a command written without backticks: "Generate the
 * initial migration with command: dotnet ef migrations add Init".
 */
const COMMAND_LABEL_WORDS = ['command', 'cmd'];
/** Programs a task runs when its text is a command: "Install the tools: `npm install …`". */
const COMMANDS = new Set([
    'npm',
    'npx',
    'yarn',
    'pnpm',
    'pip',
    'uv',
    'poetry',
    'dotnet',
    'cargo',
    'go',
    'helm',
    'kubectl',
    'docker',
    'make',
    'gradle',
    'gradlew',
    'mvn',
    'terraform',
    'git',
    'bundle',
    'flutter',
    'python',
    'node',
    'bun',
    'deno'
]);

;// CONCATENATED MODULE: ./src/core/check/rules/format.ts
/** Rules about how tasks are written, and whether a generated list is still current. */




/**
 * A task that changes code should say which file. Not asked of tasks that change none by nature
 * (run, verify, review, merge…, or a command in backticks), of deferred tasks, or of a task that
 * names a file by what an earlier task put in it: its class or module
 * (`ShelfInventoryRepositoryImpl`), or a type or function an earlier task created in a file
 * it named (`CartSessionState::new()` after "Create `CartSessionState` in session.rs").
 */
const missingFilePath = context => {
    const placed = new Set();
    const findings = [];
    for (const task of context.tasks) {
        if (task.task.paths.length > 0) {
            for (const name of placedNames(task))
                placed.add(name);
            continue;
        }
        if (task.task.deferred || changesNoFile(task) || placedAtRoot(task))
            continue;
        if ([...task.identifiers].some(identifier => placed.has(identifier)))
            continue;
        findings.push(finding('missing-file-path', `Task ${task.task.id} names no file or directory path`, task.task.source));
    }
    return findings;
};
function changesNoFile(task) {
    const description = headline(task.task).trimStart();
    // `./gradlew bundleRelease`: the task is the command.
    if (startsWithCommand(description))
        return true;
    const all = words(description);
    const lead = all.findIndex(word => !NO_FILE_LEADING_FILLERS.has(word));
    const opening = all.slice(Math.max(0, lead), Math.max(0, lead) + 3);
    if (NO_FILE_VERBS.has(opening[0] ?? ''))
        return true;
    if (statesOutcome(all) || goesIntoPullRequest(all, opening[0] ?? ''))
        return true;
    if (TESTING_ACTIVITY_WORDS.includes(opening[1] ?? '') &&
        (opening[2] === undefined || ACTIVITY_PREPOSITIONS.includes(opening[2])))
        return true;
    if (!BUILDING_VERBS.has(opening[0] ?? '') && opening.some(word => CHECK_WORDS.has(word)))
        return true;
    const colon = description.indexOf(':');
    if (colon < 0)
        return false;
    const label = words(description.slice(0, colon));
    const rest = description.slice(colon + 1).trimStart();
    const after = words(rest)[0] ?? '';
    if (label.length <= 8 && startsWithCommand(rest))
        return true;
    // "… with command: dotnet ef migrations add Init": the command says what the task does.
    if (COMMAND_LABEL_WORDS.includes(label[label.length - 1] ?? '') && COMMANDS.has(after))
        return true;
    return (label.length <= 4 && (label.some(word => CHECK_WORDS.has(word)) || NO_FILE_VERBS.has(after)));
}
/** "Initialize the app in the repository root": the root is the folder it names. */
function placedAtRoot(task) {
    const text = ` ${words(task.task.description).join(' ')} `;
    return ROOT_PLACE_PREPOSITIONS.some(preposition => ROOT_PLACES.some(place => text.includes(` ${preposition} ${place} `) || text.includes(` ${preposition} the ${place} `)));
}
/** "CLI integration tests pass", "All checks green": an outcome of tests, which changes no file. */
function statesOutcome(all) {
    return (OUTCOME_WORDS.has(all[all.length - 1] ?? '') && all.some(word => OUTCOME_SUBJECTS.has(word)));
}
/**
 * "Document the device test results for PR", "Prepare the PR description": the result goes into
 * the pull request.
 */
function goesIntoPullRequest(all, verb) {
    const text = ` ${all.join(' ')} `;
    // "Implement the PR summary card" builds a feature about pull requests; it writes none.
    const writesPart = (noun) => !BUILDING_VERBS.has(verb) &&
        PULL_REQUEST_PARTS.some(part => text.includes(` ${noun} ${part} `));
    return PULL_REQUEST_WORDS.some(noun => [...PULL_REQUEST_PREPOSITIONS].some(preposition => text.includes(` ${preposition} ${noun} `) || text.includes(` ${preposition} the ${noun} `)) || writesPart(noun));
}
function startsWithCommand(text) {
    if (!text.startsWith('`'))
        return false;
    const program = text.slice(1).split(/[\s`]/, 1)[0].replace(/^\.\//, '').toLowerCase();
    return COMMANDS.has(program);
}
/**
 * Names by which later tasks may refer to this task's files: the stems of its file names of two
 * words or more (`main` or `index` in prose names no particular file), and the code names it
 * says it creates.
 */
function placedNames(task) {
    const names = [];
    for (const path of task.task.paths) {
        const file = path.slice(path.lastIndexOf('/') + 1);
        const dot = file.lastIndexOf('.');
        const stem = dot > 0 ? file.slice(0, dot) : file;
        if (words(stem).length >= 2)
            names.push(stem);
    }
    return [...names, ...createdNames(task)];
}
const malformedTask = context => context.list.malformed.map(entry => finding('malformed-task', `Not a well-formed task: ${entry.reason}`, entry.source));
const staleTasks = context => {
    const recorded = context.list.marker?.inputHash;
    if (!recorded || !context.expectedInputHash || recorded === context.expectedInputHash)
        return [];
    return [
        finding('stale-tasks', 'tasks.md was generated from design documents or a tasks template that have changed since; run `spec-tasks generate --write` again', listStart(context.list))
    ];
};

;// CONCATENATED MODULE: ./src/core/check/rules/ordering.ts







/**
 * A test task placed after the implementation of what it tests. What it tests is an endpoint it
 * names, the unit its own names say (`CheckoutScreenTest`, `tests/unit/pricing.test.ts`)
 * where some task builds that unit, or, failing a unit, an entity it names. In the user-story
 * format only within one story's phase. A finding here claims a fact about two tasks, so the
 * match must be exact; and only where plan.md, spec.md, research.md or the list asks for tests
 * first.
 */
const testAfterImplementation = context => {
    // Test-first is a rule only where the design documents or the list ask for it; a list that
    // writes each phase's tests after its code, and was never asked otherwise, breaks no rule.
    if (!context.feature.testFirst && !context.list.testsFirst)
        return [];
    const findings = [];
    const storyFormat = context.list.phases.some(phase => phase.kind === 'story');
    const endpoints = endpointSubjects(context);
    const entities = entitySubjects(context);
    const implementations = context.tasks.filter(task => isImplementation(task, context));
    context.tasks.forEach(test => {
        if (!isTddTest(test) || AFTER_CORE.has(context.list.phases[test.task.phase]?.kind ?? 'other'))
            return;
        const earlier = (impl) => impl.task.source.line < test.task.source.line &&
            (!storyFormat || impl.task.phase === test.task.phase);
        if (!implementations.some(earlier))
            return;
        // What a test is about is what its words say; its folder (`packages/web/tests/`) is not.
        const about = describedBy(test);
        const headlined = describedBy(test, headline(test.task));
        // A unit counts only where some task builds it: `test_storage.py` names no code.
        const units = unitSubjects(test).filter(unit => context.tasks.some(task => task !== test && !task.isTestOnly && unit.named(task)));
        const subjects = [
            ...endpoints.filter(subject => subject.named(about)),
            ...units,
            // An entity only where the test's own headline names it, not its acceptance criteria.
            ...(units.length === 0 ? entities.filter(subject => subject.named(headlined)) : [])
        ];
        for (const subject of subjects) {
            const impl = implementations.find(candidate => earlier(candidate) &&
                subject.named(candidate) &&
                !afterOnPurpose(context, test, candidate));
            if (!impl)
                continue;
            findings.push(finding('test-after-implementation', `Test task ${test.task.id} comes after ${impl.task.id}, which implements ${subject.name} that it tests${doneNote([test.task, impl.task])}`, test.task.source, [relatedTask(impl.task, 'the implementation task')]));
            return;
        }
    });
    return findings;
};
/**
 * An integration or end-to-end test that the list puts after the code on purpose: it says it
 * waits for that code (its own dependencies, or the Dependencies section), or it sits in a later
 * phase of integration tests ("Phase 3.9: End-to-End Integration Tests").
 */
function afterOnPurpose(context, test, impl) {
    const phase = context.list.phases[test.task.phase];
    if (!ordering_isIntegrationLevel(`${headline(test.task)} ${phase?.title ?? ''}`))
        return false;
    if (context.graph.reaches(test.task.id, impl.task.id))
        return true;
    return (test.task.phase !== impl.task.phase && phase !== undefined && ordering_isIntegrationLevel(phase.title));
}
function ordering_isIntegrationLevel(text) {
    const all = words(text);
    const joined = ` ${all.join(' ')} `;
    return (all.some(word => INTEGRATION_TEST_WORDS.includes(word)) ||
        INTEGRATION_TEST_PHRASES.some(phrase => joined.includes(` ${phrase} `)));
}
/** Phases whose tests come after the core by the template's own order (see the vocabulary). */
const AFTER_CORE = new Set(AFTER_CORE_PHASE_KINDS);
function isTddTest(task) {
    return task.isTestOnly && !task.task.deferred && !AFTER_THE_FACT.test(headline(task.task));
}
/**
 * Code a test can come after: not a test, not setup, not deferred, and not a schema migration,
 * which creates a table but none of the behaviour a test exercises.
 */
function isImplementation(task, context) {
    if (task.isTestOnly || task.task.deferred)
        return false;
    if (context.list.phases[task.task.phase]?.kind === 'setup')
        return false;
    return !isMigration(task);
}
function isMigration(task) {
    return (MIGRATION_WORDS.some(word => task.keys.has(word)) ||
        task.task.paths.some(path => MIGRATION_EXTENSIONS.some(extension => path.endsWith(extension)) ||
            MIGRATION_FOLDER.test(path)));
}
function endpointSubjects(context) {
    return context.feature.contracts
        .flatMap(contract => contract.endpoints)
        .map(endpoint => ({
        name: endpoint.name,
        named: (task) => namesEndpointExactly(task, endpoint)
    }));
}
function entitySubjects(context) {
    return (context.feature.dataModel?.entities ?? []).map(entity => ({
        name: `entity ${entity.name}`,
        named: (task) => namesEntityStrictly(task, entity.name)
    }));
}
/**
 * The units a test's own names say it tests: `InvoiceParserTests` → InvoiceParser,
 * `test_price_rules.py` → price_rules, `pricing.test.ts` → pricing, `mirror_test.go` → mirror.
 */
function unitSubjects(test) {
    const units = new Map();
    const add = (name) => {
        const key = unitKey(name);
        // Too short to say which code is meant (`api`, `io`), or the kind of test (`IntegrationTest`).
        if (key.length >= 5 && !TEST_KINDS.has(key) && !units.has(key))
            units.set(key, name);
    };
    for (const identifier of describedBy(test).identifiers) {
        const suffix = TEST_NAME_SUFFIXES.find(candidate => identifier.endsWith(candidate) && identifier.length > candidate.length);
        if (suffix && /[a-z0-9]$/.test(identifier.slice(0, -suffix.length)))
            add(identifier.slice(0, -suffix.length));
    }
    for (const path of test.task.paths) {
        const tested = testedFileStem(path);
        if (tested)
            add(tested);
    }
    return [...units].map(([key, name]) => ({
        name,
        named: (task) => buildsUnit(task, key)
    }));
}
function testedFileStem(path) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const dot = file.indexOf('.');
    const stem = dot > 0 ? file.slice(0, dot) : file;
    const rest = dot > 0 ? file.slice(dot) : '';
    if (TEST_FILE_INFIX.test(rest))
        return stem;
    const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
    if (prefix)
        return stem.slice(prefix.length);
    const ending = TEST_FILE_SUFFIXES.find(candidate => stem.endsWith(candidate));
    if (ending)
        return stem.slice(0, -ending.length);
    const suffix = TEST_NAME_SUFFIXES.find(candidate => stem.endsWith(candidate) && stem.length > candidate.length);
    return suffix ? stem.slice(0, -suffix.length) : undefined;
}
/** `PriceRules`, `price_rules` and `price-rules` are one unit. */
function unitKey(name) {
    return words(name).join('');
}
/**
 * A task builds a unit when a file it names has that stem, or when it says it creates the unit
 * by name ("Implement `RetryBackoffPolicy` …"). Mentioning a unit is not building it: a screen
 * that takes `CheckoutViewModel` as a parameter does not implement the view model.
 */
function buildsUnit(task, key) {
    return unitKeysOf(task).has(key);
}
const unitKeys = new WeakMap();
/** The unit keys of a task's file stems and of the code names it says it creates, once per task. */
function unitKeysOf(task) {
    let keys = unitKeys.get(task);
    if (!keys) {
        keys = new Set(task.task.paths.filter(path => !path.endsWith('/')).map(path => unitKey(fileStem(path))));
        for (const name of createdNames(task))
            keys.add(unitKey(name));
        unitKeys.set(task, keys);
    }
    return keys;
}
function fileStem(path) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const dot = file.indexOf('.');
    return dot > 0 ? file.slice(0, dot) : file;
}
/**
 * An order finding needs the entity named as such: `Shelf` or `ShelfRepository`, not "an empty
 * shelf" in passing, nor `ShelfSelector`, which is other code. One-word names must appear as
 * written; longer names as a phrase.
 */
function namesEntityStrictly(task, name) {
    if (name.includes(' ') || words(name).length > 1)
        return namesEntity(task, { name });
    for (const identifier of task.identifiers) {
        if (identifier === name)
            return true;
        if (identifier.startsWith(name) && ENTITY_ROLES.includes(identifier.slice(name.length)))
            return true;
    }
    return false;
}
/**
 * IDs should ascend in document order. The tasks that are out of place are those outside the
 * longest run of ascending IDs, so a block inserted out of order is reported, not the block it
 * displaced; and a block moved as one is one finding, not one per task.
 */
const taskIdOrder = context => {
    const tasks = context.list.tasks;
    const keys = tasks.map(task => idKey(task.id));
    const inPlace = longestAscending(keys);
    const findings = [];
    for (let first = 0; first < tasks.length; first++) {
        if (inPlace.has(first))
            continue;
        let last = first;
        while (last + 1 < tasks.length && !inPlace.has(last + 1))
            last++;
        const next = nextInPlace(inPlace, last + 1, tasks.length, 1);
        const previous = nextInPlace(inPlace, first - 1, tasks.length, -1);
        const one = first === last;
        const which = one ? `Task ${tasks[first].id}` : `Tasks ${tasks[first].id}–${tasks[last].id}`;
        const where = next !== undefined && compareKeys(keys[first], keys[next]) > 0
            ? `before ${tasks[next].id}`
            : `after ${tasks[previous].id}`;
        findings.push(finding('task-id-order', `${which} come${one ? 's' : ''} ${where} in the document; IDs should ascend`, tasks[first].source));
        first = last;
    }
    return findings;
};
/**
 * Indices of a longest run of non-descending keys (equal IDs are duplicate-task-id's business).
 * Built from the end of the list, so that of two equally long runs the one holding the earlier
 * tasks stays in place and the later tasks are the ones reported.
 */
function longestAscending(keys) {
    const tails = [];
    const next = [];
    for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index];
        let low = 0;
        let high = tails.length;
        while (low < high) {
            const middle = (low + high) >> 1;
            if (compareKeys(keys[tails[middle]], key) >= 0)
                low = middle + 1;
            else
                high = middle;
        }
        next[index] = low > 0 ? tails[low - 1] : -1;
        tails[low] = index;
    }
    const kept = new Set();
    for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = next[index])
        kept.add(index);
    return kept;
}
function nextInPlace(inPlace, from, length, step) {
    for (let index = from; index >= 0 && index < length; index += step)
        if (inPlace.has(index))
            return index;
    return undefined;
}
/** `T013a` → [13, 1], `T021.1` → [21, 1], `T5` → [5]: sub-IDs sort after their parent. */
function idKey(id) {
    const key = [];
    let digits = '';
    // `T013a`, or `1.3` from lists that number tasks as "Task 1.3".
    for (const ch of /^t/i.test(id) ? id.slice(1) : id) {
        if (ch >= '0' && ch <= '9')
            digits += ch;
        else {
            if (digits)
                key.push(Number(digits));
            digits = '';
            if (ch >= 'a' && ch <= 'z')
                key.push(ch.charCodeAt(0) - 96);
            else if (ch >= 'A' && ch <= 'Z')
                key.push(ch.charCodeAt(0) - 64);
        }
    }
    if (digits)
        key.push(Number(digits));
    return key;
}
function compareKeys(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const difference = (a[i] ?? -1) - (b[i] ?? -1);
        if (difference !== 0)
            return difference;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/core/check/rules/parallel.ts


const RULE = 'parallel-file-conflict';
/**
 * `[P]` tasks of one phase that name the same file and do not wait for each other would write it
 * at the same time. Directories are not files: two tasks under `src/models/` are fine.
 *
 * One finding per file and parallel group, not per pair: four `[P]` tests all adding cases to
 * `tests/test_parser.py` are one problem with one fix, and six pairwise errors would crowd the
 * ten annotations a runner shows per step. A group is the tasks linked by pairs that can run
 * together; it sits at its first task, names the others as related locations, and says how many
 * of its pairs conflict. Groups with the same tasks over several files are one finding. Where the
 * list says the tasks share the file on purpose, it is not reported (see declaredIntended).
 */
const parallelFileConflict = context => {
    const groups = new Map();
    for (const [, tasks] of tasksByPhaseAndFile(context)) {
        for (const group of conflictGroups(context, tasks.tasks)) {
            if (declaredIntended(context, group.tasks, tasks.file))
                continue;
            const key = group.tasks.map(task => task.id).join('\u0000');
            const same = groups.get(key);
            if (same)
                same.files.push(tasks.file);
            else
                groups.set(key, { ...group, files: [tasks.file] });
        }
    }
    return [...groups.values()]
        .map(report)
        .sort((a, b) => a.location.line - b.location.line || a.message.localeCompare(b.message));
};
/** The `[P]` tasks changing each file, per phase, in document order. */
function tasksByPhaseAndFile(context) {
    const byFile = new Map();
    for (const task of context.list.tasks) {
        // A deferred task runs at no time, so it runs at the same time as nothing; a task whose line
        // silences this rule has its sharing declared intended.
        if (!task.parallel || task.deferred || silenced(context, task))
            continue;
        for (const file of changedFiles(task)) {
            const key = `${task.phase}\u0000${file}`;
            const entry = byFile.get(key);
            if (!entry)
                byFile.set(key, { file, tasks: [task] });
            else if (!entry.tasks.some(other => other.id === task.id))
                entry.tasks.push(task);
        }
    }
    return byFile;
}
/**
 * The list says these tasks share this file on purpose: a line naming all of them and the file
 * ("T019 and T020: parallel — both in `runner.py`"), or, for a test file, a convention that `[P]`
 * tests may share one, a function each. Only in that scope: a note about tests says nothing of
 * `CHANGELOG.md`.
 */
function declaredIntended(context, tasks, file) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return (context.list.sharedFileNotes ?? []).some(note => note.testFunctions
        ? isTestPath(file)
        : note.files.includes(name) && tasks.every(task => note.tasks.includes(task.id)));
}
function silenced(context, task) {
    const rules = context.list.suppressions.get(task.source.line);
    return rules !== undefined && (rules.includes(RULE) || rules.includes('all'));
}
/** The tasks of one file linked, directly or through each other, by pairs that can run together. */
function conflictGroups(context, tasks) {
    if (tasks.length < 2)
        return [];
    const parent = tasks.map((_task, index) => index);
    const root = (index) => {
        while (parent[index] !== index)
            index = parent[index] = parent[parent[index]];
        return index;
    };
    const pairsAt = new Map();
    const conflicting = [];
    for (let a = 0; a < tasks.length; a++) {
        for (let b = a + 1; b < tasks.length; b++) {
            const first = tasks[a].id;
            const second = tasks[b].id;
            if (context.graph.reaches(first, second) || context.graph.reaches(second, first))
                continue;
            conflicting.push([a, b]);
            parent[root(b)] = root(a);
        }
    }
    for (const [a] of conflicting)
        pairsAt.set(root(a), (pairsAt.get(root(a)) ?? 0) + 1);
    return [...pairsAt].map(([at, pairs]) => ({
        tasks: tasks.filter((_task, index) => root(index) === at),
        pairs
    }));
}
function report(group) {
    const [first, ...others] = group.tasks;
    const files = listed(group.files);
    const done = doneNote(group.tasks);
    const message = group.tasks.length === 2
        ? `[P] tasks ${first.id} and ${others[0].id} both touch ${files} and can run at the same time${done}`
        : `${group.tasks.map(task => task.id).join(', ')} are all [P] and all touch ${files}; ${pairCount(group)} can run at the same time${done}`;
    return finding(RULE, message, first.source, others.map(task => relatedTask(task, `also touches ${files}`)));
}
function pairCount(group) {
    const all = (group.tasks.length * (group.tasks.length - 1)) / 2;
    return group.pairs === all ? `all ${all} pairs of them` : `${group.pairs} of their ${all} pairs`;
}
function listed(items) {
    if (items.length === 1)
        return items[0];
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** Files (not directories) the task changes: named exactly, not loosely, not only cited. */
function changedFiles(task) {
    return [...new Set(task.paths)].filter(path => !path.endsWith('/') && !task.barePaths.includes(path) && !task.citedPaths.includes(path));
}

;// CONCATENATED MODULE: ./src/core/check/rules/references.ts


const unknownTaskReference = context => {
    const ids = new Set(context.list.tasks.map(task => task.id));
    const findings = [];
    const reported = new Set();
    const report = (id, where, owner) => {
        const key = `${id}@${where.line}`;
        if (ids.has(id) || reported.has(key))
            return;
        reported.add(key);
        findings.push(finding('unknown-task-reference', `${owner} refers to ${id}, which is not a task in this list`, where));
    };
    // A task's own "(depends on …)" first, so the finding names the task rather than "a dependency".
    for (const task of context.list.tasks)
        for (const id of task.dependsOn)
            report(id, task.source, `Task ${task.id}`);
    for (const dependency of context.list.dependencies) {
        for (const id of [...dependency.before, ...dependency.after])
            report(id, dependency.source, 'A dependency');
    }
    return findings;
};
/**
 * Tasks that wait for each other, at the first of them, with the lines whose statements make the
 * cycle as related locations: the fix is to correct one of those lines.
 */
const dependencyCycle = context => {
    const order = context.list.tasks.map(task => task.id);
    const byId = new Map(context.list.tasks.map(task => [task.id, task]));
    return findCycles(context.graph, order).map(cycle => {
        const first = byId.get(cycle[0]);
        return finding('dependency-cycle', `Tasks ${cycle.join(', ')} depend on each other in a cycle, so none of them can start`, first.source, cycleStatements(context.list.dependencies, new Set(cycle)));
    });
};
/** Each line that makes a task of the cycle wait for another of it, once, saying which. */
function cycleStatements(dependencies, cycle) {
    const byLine = new Map();
    for (const dependency of dependencies) {
        const after = dependency.after.filter(id => cycle.has(id));
        const before = dependency.before.filter(id => cycle.has(id));
        if (after.length === 0 || before.length === 0)
            continue;
        if (after.every(id => before.length === 1 && before[0] === id))
            continue;
        const key = `${dependency.source.file}\u0000${dependency.source.line}`;
        const entry = byLine.get(key) ?? {
            source: dependency.source,
            after: new Set(),
            before: new Set()
        };
        for (const id of after)
            entry.after.add(id);
        for (const id of before)
            entry.before.add(id);
        byLine.set(key, entry);
    }
    return [...byLine.values()]
        .sort((a, b) => a.source.line - b.source.line)
        .map(({ source, after, before }) => ({
        location: source,
        message: `says ${[...after].join(', ')} ${after.size === 1 ? 'waits' : 'wait'} for ${[...before].join(', ')}`
    }));
}
const duplicateTaskId = context => {
    const first = new Map();
    const findings = [];
    for (const task of context.list.tasks) {
        const earlier = first.get(task.id);
        if (!earlier) {
            first.set(task.id, task);
            continue;
        }
        findings.push(finding('duplicate-task-id', `Task ID ${task.id} is used again (first at line ${earlier.source.line})`, task.source, [relatedTask(earlier, 'first use')]));
    }
    return findings;
};

// EXTERNAL MODULE: ./src/core/check/settings.ts
var check_settings = __webpack_require__(1335);
;// CONCATENATED MODULE: ./src/core/check/check-feature.ts








const CHECK_RULES = [
    contractUntested,
    parallelFileConflict,
    entityWithoutModel,
    endpointUnimplemented,
    storyUntested,
    testAfterImplementation,
    missingFilePath,
    unknownTaskReference,
    dependencyCycle,
    duplicateTaskId,
    taskIdOrder,
    malformedTask,
    staleTasks
];
function checkFeature(input, settings) {
    const { feature, taskList } = input;
    if (!taskList) {
        return {
            feature: feature.dir,
            tasksPath: undefined,
            findings: (0,check_settings/* applySettings */.iN)(feature.findings, settings),
            coverage: [],
            taskList: undefined
        };
    }
    const context = {
        feature,
        list: taskList,
        tasks: prepareTasks(taskList.tasks, taskList.phases),
        graph: buildGraph(taskList),
        expectedInputHash: input.expectedInputHash
    };
    // Without a plan the coverage rules would compare against nothing; missing-plan says it all.
    const rules = feature.plan
        ? CHECK_RULES
        : CHECK_RULES.filter(rule => !COVERAGE_RULES.includes(rule));
    const found = [...feature.findings, ...rules.flatMap(rule => rule(context))];
    return {
        feature: feature.dir,
        tasksPath: taskList.path,
        findings: (0,check_settings/* applySettings */.iN)(unsuppressed(found, taskList), settings),
        coverage: coverageOf(context),
        taskList
    };
}
const COVERAGE_RULES = [
    contractUntested,
    entityWithoutModel,
    endpointUnimplemented,
    storyUntested,
    staleTasks
];
/** `<!-- spec-tasks-disable-next-line rule-id -->` silences that rule on the line below it in tasks.md. */
function unsuppressed(findings, list) {
    return findings.filter(found => {
        if (found.location.file !== list.path)
            return true;
        const silenced = list.suppressions.get(found.location.line);
        return !silenced || !(silenced.includes(found.ruleId) || silenced.includes('all'));
    });
}

;// CONCATENATED MODULE: ./src/core/vocabulary/paths.ts
/**
 * What the tasks.md reader knows about the paths a task names: which words are files though they
 * have no extension, which look like files but are not, which folders a repository keeps its
 * code in, and which words make a path a source the task reads rather than the file it changes.
 */

/** Top-level folders every repository is read with, besides those the plan names. */
const DEFAULT_ROOTS = ['src/', 'tests/', 'test/', 'specs/', 'docs/'];
// ---------------------------------------------------------------------------------------------
// Files and not files
/** File names without an extension that are files all the same (compared in lower case). */
const EXTENSIONLESS_FILES = new Set([
    'makefile',
    'dockerfile',
    'containerfile',
    'doxyfile',
    'pipfile',
    'podfile',
    'justfile',
    'gemfile',
    'rakefile',
    'procfile',
    'vagrantfile',
    'jenkinsfile',
    'license',
    'codeowners'
]);
/** Of those, the ones that count bare even in lower case; `'license'` in prose is a word. */
const LOWER_CASE_EXTENSIONLESS_FILES = ['makefile', 'justfile'];
/** Extensions a bare file name (no directory) must have to count: `package.json`, not `Node.js`. */
const BARE_FILE_EXTENSIONS = new Set(('py pyi ts tsx js jsx mjs cjs json jsonc yaml yml toml md mdx go rs java kt kts swift cs csproj ' +
    'sln fs rb php c h cc cpp hpp m mm proto graphql gql sql sh bash zsh ps1 html css scss sass less ' +
    'vue svelte xml gradle txt cfg ini env lock mod sum dart ex exs erl tf tfvars hcl conf ipynb r ' +
    'scala lua zig jsonl csv properties plist xaml razor cshtml tsv dockerignore gitignore editorconfig ' +
    'props targets config nuspec resx storyboard xcconfig entitlements pbxproj bicep nix cabal gemspec ' +
    'podspec rst adoc prisma svg png ico lockb').split(' '));
/** Technology names that look like files: `Node.js` is a runtime, not a file in the repository. */
const NOT_FILES = new Set([
    'node.js',
    'next.js',
    'vue.js',
    'nuxt.js',
    'react.js',
    'express.js',
    'nest.js',
    'three.js',
    'chart.js',
    'd3.js',
    'socket.io',
    'asp.net',
    'ado.net',
    'vite.js',
    'alpine.js',
    'ember.js',
    'backbone.js',
    'angular.js',
    'deno.js',
    'svelte.js',
    'solid.js'
]);
/** The feature's own design documents, mentioned as sources ("per plan.md"), not as work. */
const FEATURE_DOCUMENTS = new Set([
    'plan.md',
    'spec.md',
    'research.md',
    'data-model.md',
    'quickstart.md',
    'tasks.md'
]);
/**
 * First segments of a two-segment directory written in backticks without a trailing slash
 * (`apps/shop`, `packages/icons`): the folders monorepos keep their parts in. Other pairs in
 * backticks are mostly imports, MIME types or wording (`react/jsx-runtime`, `image/png`, `in/out`).
 */
const CONTAINER_DIRECTORIES = new Set(('apps app packages libs lib services crates modules internal cmd pkg components tools ' +
    'scripts infra deploy charts examples plugins projects src tests test docs web backend ' +
    'frontend server client').split(' '));
/** Flags whose value is a workspace folder: `npm run dev -w apps/shop`. */
const WORKSPACE_FLAGS = new Set(['-w', '--workspace']);
/** The same flag with its value joined by `=`: `--workspace=apps/shop`. */
const WORKSPACE_FLAG_WITH_VALUE = '--workspace=';
/** An absolute path's first folder that makes it a route, not a file: `/api/v1/orders/**`. */
const ROUTE_ROOTS = ['api'];
/** The folder Codespaces clones into, `/workspaces/<repository>/…`: cut with the repository's name. */
const CODESPACE_ROOTS = ['workspaces'];
// ---------------------------------------------------------------------------------------------
// Citations: paths a task reads, not the ones it changes
/** One word that makes the path right after it (fillers aside) a source: "per `api.md`". */
const CITING_WORDS = new Set([
    'see',
    'per',
    'cf',
    'like',
    'mirror',
    'mirrors',
    'mirroring',
    'following',
    'follows'
]);
/** The citing word that names the work instead when a filler follows: "the following in `a.py`". */
const FOLLOWING_WORDS = ['following'];
/** Two words that do the same: "defined in `contracts/api.md`". */
const CITING_PAIRS = new Set([
    'as in',
    'similar to',
    'according to',
    'based on',
    'defined in',
    'documented in',
    'described in',
    'specified in'
]);
/** "pinned by `a_test` in `ledger.rs`": the path holds what already covers the work. */
const COVERING_WORDS = new Set([
    'pinned',
    'covered',
    'exercised',
    'tested',
    'verified',
    'validated',
    'asserted'
]);
/** The words of "covered by `x` in `y`": where the path is (`in`, `at`) and by whom (`by`). */
const COVERING_PLACE_WORDS = ['in', 'at'];
const COVERING_AGENT_WORDS = ['by'];
/** Words that may stand between a citing word and its path: "per the contract in `api.md`". */
const CITATION_FILLERS = new Set(('the a an in at of from to existing current pattern patterns approach example examples style ' +
    'conventions convention template contract contracts spec schema format structure layout shape ' +
    'one ones that those this as shown already steps instructions guide guidance rules file files').split(' '));
/** Words that join paths in a list, so a path listed after a cited one is cited too. */
const CONJUNCTIONS = new Set(['and', 'or', '&', '+', '']);
/** What may stand before a citing word for it to cite: "per the contract", "see its schema". */
const DETERMINERS = new Set([
    'the',
    'a',
    'an',
    'its',
    'existing',
    'current',
    'this',
    'that'
]);
/** Abbreviations that end in a full stop without ending the sentence: "cf.", "e.g.". */
const CITING_ABBREVIATIONS = ['cf', 'e.g', 'i.e', 'etc', 'vs'];
const ABBREVIATION = (0,build/* pattern */.T1)('paths.citing-abbreviation', `^${(0,build/* alternation */.Ql)(CITING_ABBREVIATIONS)}\\.$`, 'i');
/**
 * A status note on work done elsewhere, whose `file:line`s are sources: "**Status**: verified",
 * "confirmed by hand".
 */
const STATUS_NOTE_LABELS = ['status'];
const STATUS_NOTE_VALUES = ['verified', 'validated', 'done', 'complete'];
const CHECKED_WORDS = ['verified', 'validated', 'confirmed'];
const BY_HAND_WORDS = ['manually', 'by hand'];
const STATUS_NOTE = (0,build/* pattern */.T1)('paths.status-note', `${(0,build/* alternation */.Ql)(STATUS_NOTE_LABELS)}\\W{0,4}:\\W{0,4}${(0,build/* alternation */.Ql)(STATUS_NOTE_VALUES)}`, 'i');
const CHECKED_BY_HAND = (0,build/* pattern */.T1)('paths.checked-by-hand', `\\b${(0,build/* alternation */.Ql)(CHECKED_WORDS)} ${(0,build/* alternation */.Ql)(BY_HAND_WORDS)}\\b`, 'i');
/**
 * Words before a lone folder name in backticks that make it a place: "Add the dashboard to
 * `frontend`", "in `backend`". Without one, `test` or `src` is a make target or a layout's name.
 */
const PLACE_PREPOSITIONS = new Set([
    'in',
    'into',
    'to',
    'under',
    'inside',
    'within',
    'from'
]);

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/known-roots.ts

/**
 * Top-level directories the plan names, so an absolute path in a task (`/backend/src/x.py`,
 * `D:\repo\src\x.py`) can be read as the repository path it means.
 */
function knownRoots(feature) {
    const structure = feature.plan?.structure;
    const dirs = [
        ...(structure?.sourceDirs ?? []),
        ...(structure?.testDirs ?? []),
        ...(structure?.files ?? [])
    ];
    const roots = dirs
        .filter(dir => dir.includes('/'))
        .map(dir => dir.split('/')[0] + '/')
        .filter(root => root !== '/');
    return [...new Set([...roots, ...DEFAULT_ROOTS])];
}

// EXTERNAL MODULE: ./node_modules/mdast-util-from-markdown/lib/index.js + 51 modules
var lib = __webpack_require__(53);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-table/lib/index.js
var mdast_util_gfm_table_lib = __webpack_require__(7421);
// EXTERNAL MODULE: ./node_modules/mdast-util-gfm-task-list-item/lib/index.js
var mdast_util_gfm_task_list_item_lib = __webpack_require__(6303);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-table/lib/syntax.js + 2 modules
var syntax = __webpack_require__(7749);
// EXTERNAL MODULE: ./node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var lib_syntax = __webpack_require__(1197);
;// CONCATENATED MODULE: ./src/core/parse/markdown.ts
/**
 * The one way the core reads markdown: mdast-util-from-markdown with only the extensions a
 * document needs (GFM tables for data models and plans, task-list items for tasks.md), because
 * each extension costs parse time and the parser is the slowest step of the pipeline.
 */





function parseMarkdown(text, options = {}) {
    const extensions = [];
    const mdastExtensions = [];
    if (options.tables) {
        extensions.push((0,syntax/* gfmTable */.x)());
        mdastExtensions.push((0,mdast_util_gfm_table_lib/* gfmTableFromMarkdown */.c)());
    }
    if (options.taskLists) {
        extensions.push((0,lib_syntax/* gfmTaskListItem */.J)());
        mdastExtensions.push((0,mdast_util_gfm_task_list_item_lib/* gfmTaskListItemFromMarkdown */.S)());
    }
    return (0,lib/* fromMarkdown */.Y)(text, { extensions, mdastExtensions });
}
/** The text a reader sees: inline code keeps its content, emphasis and links lose their marks. */
function plainText(node) {
    if ('value' in node && typeof node.value === 'string') {
        return node.type === 'html' ? '' : node.value;
    }
    if (node.type === 'break')
        return '\n';
    if ('children' in node) {
        const parts = [];
        for (const child of node.children) {
            parts.push(plainText(child));
            // Paragraphs and list items are separate lines to a reader, not one run-on string.
            if (child.type === 'paragraph' || child.type === 'listItem' || child.type === 'heading') {
                parts.push('\n');
            }
        }
        return trimTrailingNewlines(parts.join(''));
    }
    return '';
}
function positionOf(node, file) {
    const start = node.position?.start;
    return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
}
function sections(root) {
    const result = [];
    const children = root.children;
    for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node?.type !== 'heading')
            continue;
        const body = [];
        let j = i + 1;
        for (; j < children.length && children[j]?.type !== 'heading'; j++)
            body.push(children[j]);
        const content = [];
        for (let k = i + 1; k < children.length; k++) {
            const next = children[k];
            if (next.type === 'heading' && next.depth <= node.depth)
                break;
            content.push(next);
        }
        result.push({ heading: node, title: plainText(node).trim(), depth: node.depth, body, content });
    }
    return result;
}
function outline(text) {
    const root = parseMarkdown(text);
    const all = sections(root);
    return { root, sections: all, title: all.find(section => section.depth === 1) };
}
function trimTrailingNewlines(text) {
    let end = text.length;
    while (end > 0 && text[end - 1] === '\n')
        end--;
    return text.slice(0, end);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/marker.ts
/**
 * The first line of a generated tasks.md. It records what the list was generated from and what
 * it said, so a later run can tell "inputs changed" (regenerate) from "a person edited it" (hands off).
 */

const PREFIX = '<!-- spec-tasks:generated';
function formatMarker(marker) {
    return `${PREFIX} inputs=${marker.inputHash} content=${marker.contentHash} -->`;
}
/** Reads the marker from a tasks.md's first line; undefined when the file was not generated by us. */
function parseMarker(firstLine) {
    const line = firstLine.trim();
    if (!line.startsWith(PREFIX) || !line.endsWith('-->'))
        return undefined;
    const fields = new Map();
    for (const word of line.slice(PREFIX.length, -3).trim().split(' ')) {
        const eq = word.indexOf('=');
        if (eq > 0)
            fields.set(word.slice(0, eq), word.slice(eq + 1));
    }
    const inputHash = fields.get('inputs');
    const contentHash = fields.get('content');
    if (!inputHash || !contentHash)
        return undefined;
    return { inputHash, contentHash };
}
function sha256(text) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex').slice(0, 32);
}
/**
 * Hash of a task list's body with every checkbox cleared: ticking boxes is progress, not an edit,
 * so it must not make the file look hand-written.
 */
function contentHash(body) {
    const lines = body.split('\n').map(line => {
        const trimmed = line.trimStart();
        if (trimmed.startsWith('- [x]') || trimmed.startsWith('- [X]')) {
            const indent = line.length - trimmed.length;
            return line.slice(0, indent) + '- [ ]' + trimmed.slice(5);
        }
        return line;
    });
    return sha256(lines.join('\n'));
}

;// CONCATENATED MODULE: ./src/core/text/asides.ts
/** Small text helpers the parsers, the planner and the checker share. */
/**
 * The text without its parenthesised asides, nested ones included, spaces collapsed and ends
 * trimmed: `Tests First (TDD)` → `Tests First`, `Garden Planner (Planner.Core NuGet)` → `Garden Planner`.
 */
function withoutAsides(text) {
    let result = '';
    let depth = 0;
    for (const ch of text) {
        if (ch === '(')
            depth++;
        else if (ch === ')')
            depth = Math.max(0, depth - 1);
        else if (depth === 0)
            result += ch;
    }
    return result.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/dependencies-section.ts
/**
 * Edges from the lines of a Dependencies section, in the forms real task lists use:
 * `T008 blocks T009`, `T004-T010 before T011`, `T015 depends on T012, T013`, `T001 → T002 → T003`,
 * `Setup (T001-T003) before Tests (T004-T010)`, `Setup before everything`. A line that cannot be
 * read gives no edge: an invented dependency would hide a real conflict.
 */



/** The words as they stand inside a clause, a space either side: ` blocks `. */
const KEYWORDS = [
    ...FORWARD_DEPENDENCY_WORDS.map(word => ({ word: ` ${word} `, forward: true })),
    ...BACKWARD_DEPENDENCY_WORDS.map(word => ({ word: ` ${word} `, forward: false }))
];
/** Typed against the model here, since the vocabulary imports nothing above it. */
const KINDS_BY_NAME = PHASE_KIND_NAMES;
function edgesFromLine(line, resolver) {
    // "T010 after the types; T013 with T011" says two things, and an arrow in a trailing
    // `# comment` says nothing: each clause before the comment is read on its own.
    return commentless(stripListMarker(line))
        .split(';')
        .flatMap(clause => edgesFromClause(` ${clause.trim()} `, resolver));
}
function edgesFromClause(text, resolver) {
    const arrowParts = joinStatedRelations(splitOnArrows(text));
    if (arrowParts.length > 1) {
        // Only a chain of task or phase IDs is a chain: in "Login → session stored → US2 can
        // start" the arrows tell a story, and reading them would invent an order.
        return arrowParts.every((part, index) => namesOnlyIds(index === 0 ? unlabelled(part) : part, resolver))
            ? chain(arrowParts, resolver)
            : [];
    }
    return statedRelation(arrowParts[0], resolver);
}
/**
 * "US3 (P2) → Depends on US1 + US2": an arrow before a relation word leads into what the left
 * side says of itself, as a colon would; it chains nothing.
 */
function joinStatedRelations(parts) {
    const joined = [parts[0]];
    for (const part of parts.slice(1)) {
        if (startsWithRelationWord(part))
            joined[joined.length - 1] += ` ${part}`;
        else
            joined.push(part);
    }
    return joined;
}
function startsWithRelationWord(part) {
    const lower = ` ${withoutMarks(part).trim().toLowerCase()}`;
    return KEYWORDS.some(({ word }) => lower.startsWith(word));
}
/**
 * "T015 depends on T012", "Phase 4 blocks Phase 5", "US3: Depends on US1 and US2": the first
 * relation word outside the asides decides, read in the direction it says.
 */
function statedRelation(text, resolver) {
    const lower = maskedAsides(text).toLowerCase();
    const first = nextRelationWord(lower, 0);
    if (!first)
        return [];
    const left = text.slice(0, first.at);
    // "Depends on Setup and blocks every story": a side ends where the next relation begins.
    const next = nextRelationWord(lower, first.at + first.word.length);
    const right = text.slice(first.at + first.word.length, next?.at);
    return first.forward ? pairs(left, right, resolver) : pairs(right, left, resolver);
}
/** The first relation word at or after `from` (the longer where two start together). */
function nextRelationWord(lower, from) {
    let first;
    for (const keyword of KEYWORDS) {
        const at = lower.indexOf(keyword.word, from);
        if (at < 0)
            continue;
        if (!first || at < first.at || (at === first.at && keyword.word.length > first.word.length))
            first = { at, ...keyword };
    }
    return first;
}
function stripListMarker(line) {
    const trimmed = line.trim();
    const marker = /^(?:[-*+]|\d{1,3}[.)])\s/.exec(trimmed);
    return marker ? trimmed.slice(marker[0].length) : trimmed;
}
function splitOnArrows(text) {
    let parts = [text];
    for (const arrow of DEPENDENCY_ARROWS)
        parts = parts.flatMap(part => part.split(arrow));
    return parts;
}
function chain(parts, resolver) {
    const relations = [];
    for (let i = 1; i < parts.length; i++)
        relations.push(...pairs(parts[i - 1], parts[i], resolver));
    return relations;
}
function pairs(beforeText, afterText, resolver) {
    const before = side(beforeText, resolver);
    const after = side(afterText, resolver);
    // "US1 and US2 … after Foundation … US1 tests" names the same tasks on both sides: unreadable.
    if (before.length === 0 || after.length === 0 || before.some(id => after.includes(id)))
        return [];
    return [{ before, after }];
}
/**
 * In a chain `A (x) → B (y)` each part is read on its own; a part's text after its IDs (a comment
 * such as "(run the schema generator)") never turns into more IDs, since only T-IDs and ranges
 * count. Without IDs, a side may name several phases: "US1 + US2", "Phase 3 and Phase 5".
 */
function side(text, resolver) {
    const refs = taskRefs(text);
    if (refs.length > 0)
        return [...new Set(refs.flatMap(ref => resolver.expand(ref)))];
    return sidePhases(text, resolver);
}
/**
 * A side's phases, where it names nothing but phases: "US1 (MVP) + US2", "Phase 3 and Phase 5",
 * "Foundational — can run beside US3" (a dash or a full stop ends what the side says). When one
 * piece of a list names no phase ("US1 and the new signing flow"), the side is read whole, as a
 * sentence naming at most one phase.
 */
function sidePhases(text, resolver) {
    const { whole, pieces } = phasePieces(text);
    const each = pieces.map(piece => resolver.phaseTasks(piece));
    if (pieces.length > 0 && each.every(tasks => tasks.length > 0))
        return [...new Set(each.flat())];
    return resolver.phaseTasks(whole);
}
/** A side's text without asides, marks and trailing comment, and its pieces where it lists several. */
function phasePieces(text) {
    const plain = withoutAsides(withoutMarks(text));
    const end = SIDE_END.exec(plain);
    const whole = end ? plain.slice(0, end.index) : plain;
    const pieces = `${whole} `
        .split(PHASE_LIST_SEPARATOR)
        .map(piece => piece.trim())
        .filter(Boolean);
    return { whole, pieces };
}
/** Where a side's statement ends: a dash between words (" — ", " - ") or a full stop. */
const SIDE_END = /\s[-–—]{1,2}\s|\.(?:\s|$)/;
/** A part of an arrow chain that names tasks by ID or range, or phases and nothing else. */
function namesOnlyIds(part, resolver) {
    if (taskRefs(part).length > 0)
        return true;
    const { pieces } = phasePieces(part);
    return pieces.length > 0 && pieces.every(piece => isPhaseReference(piece, resolver));
}
/**
 * "US1", "Phase 2", "the Setup phase", "US2 complete": a phase reference and filler words only.
 * "Depends on US1" or "US2 can start" are statements, not references.
 */
function isPhaseReference(piece, resolver) {
    if (resolver.phaseTasks(piece).length === 0)
        return false;
    const rest = piece.toLowerCase().replace(PHASE_NUMBER, ' ').replace(STORY_ON_SIDE, ' ');
    return rest
        .split(/\P{L}+/u)
        .filter(Boolean)
        .every(word => PHASE_NAME_FILLER.includes(word) ||
        CHAIN_FILLER.includes(word) ||
        Object.hasOwn(KINDS_BY_NAME, word));
}
/** "Orden recomendado: US1 -> US2": the label before a chain is not its first link. */
function unlabelled(part) {
    const colon = part.indexOf(': ');
    return colon >= 0 && taskRefs(part.slice(0, colon)).length === 0 ? part.slice(colon + 2) : part;
}
/** Emphasis, code marks and the box-drawing characters of a dependency tree: `├── **US1**`. */
function withoutMarks(text) {
    return text.replace(/[*_`\u2500-\u257f]/g, ' ');
}
/** The text with its parenthesised asides blanked out, so positions still match the original. */
function maskedAsides(text) {
    let depth = 0;
    let result = '';
    for (const ch of text) {
        if (ch === '(')
            depth++;
        const masked = depth > 0;
        if (ch === ')')
            depth = Math.max(0, depth - 1);
        result += masked ? ' '.repeat(ch.length) : ch;
    }
    return result;
}
/** `# worker reads the queue config` after a line in a code block is a comment. */
function commentless(text) {
    const hash = text.indexOf(' # ');
    return hash >= 0 ? text.slice(0, hash) : text;
}
/**
 * A side that names a phase without IDs: `Setup`, `Phase 2`, `Foundational phase`,
 * `User Story 1`. Words such as "everything" or "all user stories" name no single phase.
 */
function phaseNamed(text, phases) {
    const lower = withoutAsides(text)
        .toLowerCase()
        .replace(/[*_`:]/g, ' ')
        .trim();
    // A phase is named in a few words; a longer side is a sentence we do not try to read.
    if (!lower || lower.split(/\s+/).length > 5)
        return undefined;
    const number = PHASE_NUMBER.exec(lower)?.[1];
    if (number)
        return phases.find(phase => phaseNumber(phase.title) === number);
    const story = STORY_ON_SIDE.exec(lower)?.[1];
    if (story)
        return phases.find(phase => phase.story === `US${Number(story)}`);
    const words = lower.split(/\s+/).filter(word => !PHASE_NAME_FILLER.includes(word));
    if (words.length !== 1)
        return undefined;
    const word = words[0];
    const kind = KINDS_BY_NAME[word];
    if (!kind)
        return undefined;
    const matching = phases.filter(phase => phase.kind === kind);
    return matching.length === 1 ? matching[0] : undefined;
}
function phaseNumber(title) {
    return PHASE_NUMBER_AT_START.exec(title.trim())?.[1];
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/dependency-lines.ts

function collectDependencyLines(reader, node) {
    if (node.type === 'code') {
        if (node.lang === 'mermaid')
            return;
        const first = (node.position?.start.line ?? 0) + 1;
        node.value
            .split('\n')
            .forEach((text, offset) => reader.dependencyLines.push({ text, line: first + offset }));
        return;
    }
    if (node.type === 'list') {
        for (const item of node.children) {
            for (const child of item.children)
                collectDependencyLines(reader, child);
        }
        return;
    }
    if (node.type === 'paragraph' || node.type === 'blockquote') {
        const start = node.position?.start.line ?? 0;
        const end = node.position?.end.line ?? start;
        for (let line = start; line <= end; line++) {
            reader.dependencyLines.push({ text: reader.lines[line - 1] ?? '', line });
        }
    }
}
function sectionEdges(line, resolver, file) {
    const source = { file, line: line.line, column: 1 };
    return edgesFromLine(line.text, resolver).map(relation => ({ ...relation, source }));
}
function inlineEdges(reader, resolver) {
    const dependencies = [];
    reader.tasks.forEach((task, index) => {
        const before = (reader.inlineRefs[index] ?? []).flatMap(ref => resolver.expand(ref));
        if (before.length > 0)
            dependencies.push({ before: [...new Set(before)], after: [task.id], source: task.source });
    });
    return dependencies;
}
/**
 * Ranges run over the tasks in document order; a range whose ends are unknown counts by number.
 * An ID that is no task but the stem of lettered or numbered ones (`T006` where only `T006a`,
 * `T006b` exist) stands for that family, as a range end for its first or last member.
 */
function resolverFor(reader) {
    const order = reader.tasks.map(task => task.id);
    const position = new Map();
    order.forEach((id, index) => {
        if (!position.has(id))
            position.set(id, index);
    });
    const families = familiesOf(position);
    const at = (id, end) => {
        const own = position.get(id);
        if (own !== undefined)
            return own;
        const family = families.get(id);
        if (!family)
            return undefined;
        return position.get(end === 'first' ? family[0] : family[family.length - 1]);
    };
    return {
        expand(ref) {
            const dash = ref.indexOf('-');
            if (dash < 0)
                return position.has(ref) ? [ref] : (families.get(ref) ?? [ref]);
            const first = ref.slice(0, dash);
            const last = ref.slice(dash + 1);
            const from = at(first, 'first');
            const to = at(last, 'last');
            if (from !== undefined && to !== undefined && from <= to)
                return order.slice(from, to + 1);
            return numericRange(first, last);
        },
        phaseTasks(text) {
            const phase = phaseNamed(text, reader.phases);
            return phase
                ? reader.tasks.filter(task => task.phase === phase.index).map(task => task.id)
                : [];
        }
    };
}
/** `T006` → [`T006a`, `T006b`] where no task is `T006` itself; `T021` → [`T021.1`, `T021.2`]. */
function familiesOf(position) {
    const families = new Map();
    for (const id of position.keys()) {
        const member = /^(T\d{1,5})(?:[a-z]|\.\d{1,3})$/.exec(id);
        if (!member || position.has(member[1]))
            continue;
        const family = families.get(member[1]);
        if (family)
            family.push(id);
        else
            families.set(member[1], [id]);
    }
    for (const family of families.values())
        family.sort((a, b) => position.get(a) - position.get(b));
    return families;
}
function numericRange(first, last) {
    const a = /^T(\d{1,5})$/.exec(first);
    const b = /^T(\d{1,5})$/.exec(last);
    if (!a || !b)
        return [first, last];
    const from = Number(a[1]);
    const to = Number(b[1]);
    if (to < from || to - from > 500)
        return [first, last];
    const width = a[1].length;
    const ids = [];
    for (let n = from; n <= to; n++)
        ids.push(`T${String(n).padStart(width, '0')}`);
    return ids;
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/reader.ts

function malformed(reader, node, reason) {
    const source = position(reader, node);
    reader.malformed.push({ line: reader.lines[source.line - 1] ?? '', reason, source });
}
function position(reader, node) {
    const start = node.position?.start;
    return { file: reader.doc.path, line: start?.line ?? 1, column: start?.column ?? 1 };
}
/** The node's source text as written, backticks and all, for finding paths. */
function rawText(reader, node) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined)
        return plainText(node);
    return reader.doc.text.slice(start, end);
}
function flatten(text) {
    return text.split('\n').join(' ').split(/\s+/).join(' ').trim();
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/suppressions.ts
const NEXT_LINE = 'spec-tasks-disable-next-line';
const THIS_LINE = 'spec-tasks-disable-line';
function readSuppression(reader, html, endLine) {
    const rules = suppressedRules(html, NEXT_LINE);
    if (!rules)
        return;
    let target = endLine + 1;
    while (target <= reader.lines.length && reader.lines[target - 1].trim() === '')
        target++;
    addSuppression(reader, target, rules);
}
function readInlineSuppressions(reader, item) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph')
        return;
    for (const child of first.children) {
        if (child.type !== 'html')
            continue;
        const rules = suppressedRules(child.value, THIS_LINE);
        if (rules)
            addSuppression(reader, child.position?.start.line ?? 0, rules);
        const next = suppressedRules(child.value, NEXT_LINE);
        if (next)
            readSuppression(reader, child.value, child.position?.end.line ?? 0);
    }
}
function suppressedRules(html, directive) {
    const at = html.indexOf(directive);
    if (at < 0 || html.slice(at + directive.length, at + directive.length + 1) === '-')
        return undefined;
    const end = html.indexOf('-->', at);
    const rules = html
        .slice(at + directive.length, end < 0 ? undefined : end)
        .split(/[\s,]+/)
        .filter(Boolean);
    return rules.length > 0 ? rules : ['all'];
}
function addSuppression(reader, line, rules) {
    reader.suppressions.set(line, [...(reader.suppressions.get(line) ?? []), ...rules]);
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/task-paths.ts
/**
 * The file and directory paths a task names, however it writes them: in backticks, bare, in a
 * link, absolute (`/backend/src/x.py`, `D:\repo\tests\x.cs`) or relative. Read word by word, so
 * `GET /api/orders`, `and/or`, `CI/CD` and URLs are not mistaken for files.
 */


function pathsIn(text, knownRoots = []) {
    return namedPaths(text, knownRoots).paths;
}
function namedPaths(text, knownRoots = []) {
    const roots = new Set(knownRoots.map(root => root.split('/')[0].toLowerCase()));
    const found = [];
    /** Word index → whether the path(s) in that word are cited. */
    const pathWords = new Map();
    const words = text.split(/\s+/);
    let inCode = false;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const ticks = word.split('`').length - 1;
        const code = inCode || ticks > 0;
        if (ticks % 2 === 1)
            inCode = !inCode;
        const previous = i > 0 ? bare(words[i - 1]) : '';
        // Routes follow a method in capitals (`GET /api/x`); "Delete src/old.py" is a verb and a file.
        if (HTTP_METHODS.has(previous))
            continue;
        const span = ticks === 2 &&
            /^[^`]*`[^`\s]+`[^`]*$/.test(word) &&
            PLACE_PREPOSITIONS.has(previous.toLowerCase());
        const context = { roots, code, span, workspace: WORKSPACE_FLAGS.has(previous) };
        const paths = candidatesIn(word)
            .map(candidate => asPath(candidate, context))
            .filter((path) => path !== undefined);
        if (paths.length === 0)
            continue;
        const cited = isCitation(words, i, pathWords, text);
        pathWords.set(i, cited);
        const quoted = word.includes('`');
        for (const path of paths) {
            const seen = found.find(entry => entry.path === path);
            // Cited once and changed elsewhere in the same task is changed.
            if (seen)
                seen.cited &&= cited;
            else
                found.push({ path, quoted, cited });
        }
    }
    // A bare file name in prose ("see README.md") counts only in backticks or as the task's only path.
    const hasDirectoryPath = found.some(entry => entry.path.includes('/'));
    const kept = found.filter(entry => entry.path.includes('/') ||
        entry.quoted ||
        (!hasDirectoryPath && !FEATURE_DOCUMENTS.has(entry.path)));
    return {
        paths: kept.map(entry => entry.path),
        bare: kept.filter(entry => !entry.path.includes('/') && !entry.quoted).map(entry => entry.path),
        cited: kept.filter(entry => entry.cited).map(entry => entry.path)
    };
}
// ---------------------------------------------------------------------------------------------
// Citations: paths a task reads, not the ones it changes
/** The words before a path, back to its clause's start, read for a citing phrase. */
function isCitation(words, index, pathWords, text) {
    if (hasLineReference(words[index]) && isStatusNote(text))
        return true;
    const before = [];
    for (let i = index - 1; i >= 0 && i >= index - 16; i--) {
        const raw = words[i];
        if (pathWords.has(i)) {
            // "see `a.md` and `b.md`": a path listed right after a cited one is cited too; not the
            // work a parenthesis spells out: "per plan.md (src/api/, src/models/)".
            const listed = before.every(word => CONJUNCTIONS.has(word)) && !words[index].startsWith('(');
            if (pathWords.get(i) && listed)
                return true;
            break;
        }
        if (endsClause(raw))
            break;
        before.push(bare(raw).toLowerCase());
        if (/^[([]/.test(raw))
            break;
    }
    return citesDirectly(before) || citesCoverage(before);
}
/** `see`, `per the contract in`, `defined in`: a citing word, then only fillers, then the path. */
function citesDirectly(before) {
    for (let k = 0; k < before.length; k++) {
        const word = before[k].replace(/\.$/, '');
        if (CITING_WORDS.has(word) && citingUse(before, k))
            return true;
        if (k + 1 < before.length && CITING_PAIRS.has(`${before[k + 1]} ${word}`))
            return true;
        if (!CITATION_FILLERS.has(word))
            return false;
    }
    return false;
}
/**
 * "per `api.md`" and "per the contract in `api.md`" cite; "one test per contract in `tests/`"
 * counts, and "implement the following in `a.py`" names the work.
 */
function citingUse(before, at) {
    if (CITATION_FILLERS.has(before[at + 1] ?? '') && FOLLOWING_WORDS.includes(before[at]))
        return false;
    return at === 0 || DETERMINERS.has(before[at - 1]);
}
/** "pinned at the unit level by `t012_voucher` in [ledger.rs](…)": by whom, then where. */
function citesCoverage(before) {
    if (!COVERING_PLACE_WORDS.includes(before[0] ?? ''))
        return false;
    const by = before.findIndex(word => COVERING_AGENT_WORDS.includes(word));
    return by > 0 && before.slice(by + 1).some(word => COVERING_WORDS.has(word));
}
function endsClause(word) {
    if (/^[—–→]$|^->$/.test(word))
        return true;
    if (/[;:!?)]$/.test(word))
        return true;
    // A full stop ends a sentence, not the abbreviations that cite: "cf.", "e.g.".
    return /[^.]\.$/.test(word) && !ABBREVIATION.test(bare(word) + '.');
}
function hasLineReference(word) {
    return /:\d{1,6}(?::\d{1,6})?[`'")\],.;]{0,4}$/.test(word);
}
/** "**Status**: verified on staging": a note on work done elsewhere, whose `file:line`s are sources. */
function isStatusNote(text) {
    return STATUS_NOTE.test(text) || CHECKED_BY_HAND.test(text);
}
/** A word may hold a link (`[a](b)`) or several paths joined by commas. */
function candidatesIn(word) {
    const link = word.indexOf('](');
    if (link >= 0) {
        // `[crates/x/src/y.rs](/Users/me/repo/crates/x/src/y.rs)`: the text and the target both name it.
        const close = word.indexOf(')', link);
        return [word.slice(0, link), word.slice(link + 2, close < 0 ? undefined : close)];
    }
    return word.split(',').filter(Boolean);
}
const WRAPPERS = '`\'"*_()[]<>{},;:!?。，、';
function bare(word) {
    let start = 0;
    let end = word.length;
    for (;;) {
        const from = start;
        const to = end;
        while (start < end && WRAPPERS.includes(word[start]))
            start++;
        while (end > start && (WRAPPERS.includes(word[end - 1]) || word[end - 1] === '.'))
            end--;
        // Struck-through text (`~~T045 … src/a.py~~`), not the home folder of `~/x`.
        if (word.startsWith('~~', start))
            start += 2;
        if (end - start >= 2 && word.endsWith('~~', end))
            end -= 2;
        if (start === from && end === to)
            return word.slice(start, end);
    }
}
function asPath(word, context) {
    let candidate = bare(word);
    if (context.workspace === false && candidate.startsWith(WORKSPACE_FLAG_WITH_VALUE))
        return asPath(candidate.slice(WORKSPACE_FLAG_WITH_VALUE.length), {
            ...context,
            workspace: true
        });
    if (!candidate || candidate.includes('://') || candidate.startsWith('www.'))
        return undefined;
    if (candidate.startsWith('@') || candidate.startsWith('#') || candidate.startsWith('$'))
        return undefined;
    if (/[{}<>|=&?^%]/.test(candidate))
        return undefined;
    candidate = stripLineSuffix(candidate);
    // `tests/test_x.py::test_name` and `src/lib.rs::parse` name a file and a symbol in it.
    const symbol = candidate.indexOf('::');
    if (symbol > 0)
        candidate = candidate.slice(0, symbol);
    if (candidate.includes('\\'))
        return windowsPath(candidate, context);
    if (candidate.startsWith('/'))
        return absolutePath(candidate, context);
    if (candidate.startsWith('./'))
        candidate = candidate.slice(2);
    if (candidate.startsWith('~'))
        return undefined;
    return relativePath(candidate, context);
}
/** `src/app.py:42` and `src/app.py:42:7` name the file. */
function stripLineSuffix(candidate) {
    const match = /:\d{1,6}(?::\d{1,6})?$/.exec(candidate);
    return match ? candidate.slice(0, match.index) : candidate;
}
function relativePath(candidate, context) {
    const segments = candidate.split('/');
    // "Add the dashboard to `frontend`": a folder of the layout, written alone in backticks.
    if (segments.length === 1 && context.span && isKnownFolder(candidate, context))
        return `${candidate}/`;
    // Most words of a task are one segment and no file: settle those before the costlier tests.
    if (segments.length === 1 && !isBareFile(candidate))
        return undefined;
    if (segments.some(segment => segment === '..'))
        return undefined;
    if (!segments.every(segment => segment === '' || /^[\p{L}\p{N}_.*@+()[\]-]{1,100}$/u.test(segment)))
        return undefined;
    const last = segments[segments.length - 1];
    if (segments.length === 1)
        return last;
    if (last === '')
        return segments.length >= 2 && segments[0] ? candidate : undefined;
    if (hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase()))
        return candidate;
    // Without an extension or a trailing slash, `and/or`, `CI/CD` and `m/s` are words, not paths,
    // and so are lists of IDs, numbers or methods: `T031/T032/T033`, `401/403/422`, `PUT/PATCH/DELETE`.
    if (segments.every(segment => /^(?:T\d{1,5}[a-z]?|\d{1,5}|[A-Z]{3,7})$/.test(segment)))
        return undefined;
    const first = segments[0].toLowerCase();
    if (context.roots.has(first) || segments.length >= 3 || context.workspace)
        return `${candidate}/`;
    if (context.code && CONTAINER_DIRECTORIES.has(first))
        return `${candidate}/`;
    return undefined;
}
/** A top-level folder the plan names, or one that holds code in most layouts (`backend`, `crates`). */
function isKnownFolder(name, context) {
    const lower = name.toLowerCase();
    return context.roots.has(lower) || CONTAINER_DIRECTORIES.has(lower);
}
function isBareFile(name) {
    const lower = name.toLowerCase();
    // `LICENSE` and `Makefile` are files; a lower-case `'license'` in prose or code is a word.
    if (EXTENSIONLESS_FILES.has(lower))
        return name !== lower || LOWER_CASE_EXTENSIONLESS_FILES.includes(lower);
    if (NOT_FILES.has(lower))
        return false;
    if (lower.startsWith('.') && lower.length > 2 && /^\.[a-z][\w.-]{0,40}$/.test(lower))
        return true;
    const dot = lower.lastIndexOf('.');
    return dot > 0 && BARE_FILE_EXTENSIONS.has(lower.slice(dot + 1));
}
function hasFileExtension(name) {
    if (NOT_FILES.has(name.toLowerCase()))
        return false;
    const dot = name.lastIndexOf('.');
    if (dot < 0)
        return false;
    const extension = name.slice(dot + 1);
    // `v1.2` and `3.11` are versions, and so is the `.v3` that ends a module path (`toml.v3`);
    // `.env` alone is a dotfile with no stem, still a file.
    return (/^[A-Z][A-Z0-9]{0,11}$/i.test(extension) &&
        !/^v\d{1,3}$/i.test(extension) &&
        (dot > 0 || name.length > 1));
}
/**
 * `/backend/src/x.py` is the repository's `backend/src/x.py`; a machine path is cut at a known
 * root (`/home/me/repo/deploy` → `deploy/`), a Codespaces one after its repository folder.
 */
function absolutePath(candidate, context) {
    const segments = candidate.split('/').filter(Boolean);
    if (segments.length === 0)
        return undefined;
    const first = segments[0].toLowerCase();
    const rootIndex = segments.findIndex(segment => context.roots.has(segment.toLowerCase()));
    const inCodespace = CODESPACE_ROOTS.includes(first) && rootIndex < 0;
    const kept = rootIndex > 0 ? segments.slice(rootIndex) : inCodespace ? segments.slice(2) : segments;
    if (kept.length === 0)
        return undefined;
    const last = kept[kept.length - 1];
    const isFile = hasFileExtension(last) || EXTENSIONLESS_FILES.has(last.toLowerCase());
    const cut = rootIndex > 0 || inCodespace;
    if (isFile)
        return relativePath(kept.join('/'), context);
    // `/api/v1/orders/**` is a route, with or without the glob that made it end in a slash.
    if (ROUTE_ROOTS.includes(first) && rootIndex < 0)
        return undefined;
    // `/api/orders` and `/etc/hosts` have no extension: only an explicit directory, a deep path,
    // or one cut at a known root counts.
    if (!candidate.endsWith('/') && !cut && segments.length < 3)
        return undefined;
    return relativePath(kept.join('/') + '/', context);
}
/** `D:\repo\tests\Unit\x.cs` → `tests/Unit/x.cs` when `tests` is a known root. */
function windowsPath(candidate, context) {
    // `print("saved\n")` ends in an escape, not in a folder named `n`.
    if (/\\[nrt0]$/.test(candidate))
        return undefined;
    const withoutDrive = /^[A-Z]:/i.test(candidate) ? candidate.slice(2) : candidate;
    const slashed = withoutDrive.split('\\').join('/');
    return slashed.startsWith('/') ? absolutePath(slashed, context) : relativePath(slashed, context);
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/listed-task-draft.ts



function addTask(reader, draft) {
    const phase = reader.phases[reader.phase];
    const own = [draft.labels.description, draft.extraDescription].filter(Boolean).join(' ');
    const struck = draft.deferred && draft.labels.description.includes('~~');
    const description = flatten([struck ? withoutStrikeMarks(own) : own, draft.bodyDescription].filter(Boolean).join(' '));
    const named = namedPaths(draft.rawForPaths, reader.roots);
    const task = {
        id: draft.id,
        checked: draft.checked,
        deferred: draft.deferred || isDeferredDescription(draft.labels.description),
        parallel: draft.labels.parallel,
        story: draft.labels.story ?? phase?.story,
        description,
        paths: named.paths,
        barePaths: named.bare,
        citedPaths: named.cited,
        phase: reader.phase,
        dependsOn: [],
        source: draft.source,
        line: reader.lines[draft.source.line - 1] ?? ''
    };
    const refs = [
        ...new Set([
            ...inlineDependencies(flatten(own)),
            ...inlineDependencies(draft.dependencyText ?? '')
        ])
    ];
    if (draft.loose) {
        reader.looseTasks.push({ task, refs });
        return;
    }
    reader.tasks.push(task);
    reader.inlineRefs.push(refs);
}
/**
 * Bullets such as `- T007: Add the voucher form (depends on T006)` usually repeat tasks already listed
 * with checkboxes (an outline, an order of work); they become tasks only where no task has the ID.
 */
function adoptLooseTasks(reader) {
    const known = new Set(reader.tasks.map(task => task.id));
    const adopted = reader.looseTasks.filter(entry => !known.has(entry.task.id));
    if (adopted.length === 0)
        return;
    const merged = [
        ...reader.tasks.map((task, index) => ({ task, refs: reader.inlineRefs[index] })),
        ...adopted
    ].sort((a, b) => a.task.source.line - b.task.source.line);
    reader.tasks = merged.map(entry => entry.task);
    reader.inlineRefs = merged.map(entry => entry.refs);
    reader.malformed.sort((a, b) => a.source.line - b.source.line);
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/list-tasks.ts






function readList(reader, list, nested) {
    const hasTasks = list.children.some(item => itemStart(item) !== undefined);
    for (const item of list.children) {
        const start = itemStart(item);
        if (start) {
            readItemTask(reader, item, start);
            continue;
        }
        readInlineSuppressions(reader, item);
        noteReportedWork(reader, item);
        if (hasCheckbox(item) && hasTasks && !nested && reader.section === 'phase') {
            // A list mixing ID'd tasks and an ID-less checkbox: the ID was forgotten.
            malformed(reader, item, 'a checkbox item among tasks has no task ID (T001, T002…)');
        }
        else if (!isCheckbox(item) && reader.section === 'phase' && looksLikeUncheckedTask(item)) {
            malformed(reader, item, 'a task needs a checkbox: "- [ ] T001 …"');
        }
        for (const child of item.children)
            if (child.type === 'list')
                readList(reader, child, true);
    }
}
/**
 * A line of a progress report, "✅ Parcel API: GET /parcels, /parcels/{id} (T030-T031)": a done
 * mark, then what was built, then the tasks that built it in parentheses. Kept as what those
 * tasks did, as a report heading's body is; it defines no task.
 */
function noteReportedWork(reader, item) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph')
        return;
    const text = flatten(plainText(first));
    if (!DONE_MARKS.some(mark => text.startsWith(mark)))
        return;
    const last = /\(([^()]{1,80})\)\s{0,3}$/.exec(text);
    if (!last)
        return;
    const refs = taskRefs(last[1]);
    // Only an aside made of task IDs: "(T030-T031)", "(T012, T014)", not "(with filters)".
    if (refs.length === 0 || !TASK_ID_ASIDE.test(last[1]))
        return;
    reader.reports.push({ refs, text, source: position(reader, item) });
}
/**
 * The IDs checklist lines define anywhere in the document (`- [ ] T005 …`, `- [-] T006 …`), known
 * before the pass so that a heading naming one, before or after it, is read as a reference.
 */
function checklistIds(root) {
    const ids = new Set();
    const visit = (node) => {
        if (node.type === 'listItem' && hasCheckbox(node)) {
            const start = itemStart(node);
            if (start)
                ids.add(start.id);
        }
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    visit(root);
    return ids;
}
function isCheckbox(item) {
    return item.checked === true || item.checked === false;
}
/** A checkbox GFM reads, or the `[-]` of a deferred item that it does not. */
function hasCheckbox(item) {
    return isCheckbox(item) || /^\[-\]\s/.test(firstLineText(item));
}
/** `- [] T001 …` or `-[ ] T001`: a checkbox the markdown parser could not read. */
function looksLikeUncheckedTask(item) {
    const text = firstLineText(item);
    return /^\[\s?[xX]?\]\s{0,3}\*{0,2}T\d/.test(text) && !/^\[[ x]\]\s/i.test(text);
}
function itemStart(item) {
    return readTaskOpening(firstLineText(item));
}
function firstLineText(item) {
    const first = item.children[0];
    return first && first.type === 'paragraph' ? plainText(first).split('\n')[0].trim() : '';
}
function readItemTask(reader, item, start) {
    if (reader.phase < 0 && !hasCheckbox(item))
        return;
    if (reader.section === 'dependencies')
        return;
    const own = [];
    const nestedTasks = [];
    for (const child of item.children) {
        if (child.type === 'list' && child.children.some(sub => itemStart(sub)))
            nestedTasks.push(child);
        else
            own.push(child);
    }
    const rest = own.slice(1);
    addTask(reader, {
        id: start.id,
        checked: item.checked === true,
        deferred: start.deferred,
        labels: readLabels(flatten(start.rest + continuation(reader, own[0]))),
        rawForPaths: own
            .filter(node => node.type !== 'code')
            .map(node => rawText(reader, node))
            .join('\n'),
        extraDescription: rest
            .filter(node => node.type !== 'code')
            .map(node => plainText(node))
            .join(' '),
        source: position(reader, item),
        loose: !hasCheckbox(item)
    });
    readInlineSuppressions(reader, item);
    for (const list of nestedTasks)
        readList(reader, list, true);
}
/** The lines of the first paragraph after its first: a task written over several lines. */
function continuation(reader, first) {
    if (!first || first.type !== 'paragraph')
        return '';
    const text = plainText(first);
    const newline = text.indexOf('\n');
    return newline >= 0 ? ' ' + text.slice(newline + 1) : '';
}
function readParagraph(reader, paragraph) {
    const text = plainText(paragraph).split('\n')[0].trim();
    const start = readTaskStart(text);
    // Only "T001 Description…" at the start of a paragraph in a phase, not "T001 → T002" prose.
    if (!start || !/^[\s:.\-–—[]/.test(start.rest) || start.rest.includes('→'))
        return;
    malformed(reader, paragraph, 'a task must be a list item: "- [ ] T001 …"');
    addTask(reader, {
        id: start.id,
        checked: false,
        deferred: false,
        labels: readLabels(flatten(start.rest + continuation(reader, paragraph))),
        rawForPaths: rawText(reader, paragraph),
        extraDescription: '',
        source: position(reader, paragraph),
        loose: true
    });
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/same-file.ts

/**
 * "In the same file, add `redeem()`" names no path of its own: it means the file of the task
 * before it, or of the task it names ("same file as T017"). A task naming its own file
 * keeps only its own; one that only cites files ("per `contracts/x.md`") still points back.
 */
function inheritSameFile(tasks) {
    tasks.forEach((task, index) => {
        const match = SAME_FILE.exec(task.description);
        if (!match || NOT_SAME_FILE.test(task.description))
            return;
        if (task.paths.some(path => !task.citedPaths.includes(path)))
            return;
        const source = match[1] ? tasks.find(other => other.id === match[1]) : tasks[index - 1];
        if (!source || source === task)
            return;
        const changed = source.paths.filter(path => !source.citedPaths.includes(path));
        const files = changed.filter(path => !path.endsWith('/'));
        const inherited = (files.length > 0 ? files : changed).filter(path => !task.paths.includes(path));
        task.paths.push(...inherited);
        task.barePaths.push(...inherited.filter(path => source.barePaths.includes(path)));
    });
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/heading-tasks.ts





/**
 * `### T001: Create the DTO` followed by paragraphs and bullets naming its files, or `### Task
 * 6.1: …` followed by its acceptance criteria. The body's checkboxes are criteria, not tasks.
 */
function readHeadingTask(reader, heading, siblings, index, start) {
    let end = index + 1;
    const body = [];
    for (; end < siblings.length; end++) {
        const next = siblings[end];
        if (next.type === 'heading' && next.depth <= heading.depth)
            break;
        if (next.type === 'heading' && readTaskStart(plainText(next)))
            break;
        body.push(next);
    }
    const labels = readLabels(start.rest);
    const prose = body.filter(node => node.type !== 'code');
    const checked = /^\s*\[x\]/i.test(plainText(heading)) || body.some(node => isDoneMarker(node));
    addTask(reader, {
        id: start.id,
        checked,
        deferred: start.deferred,
        labels,
        rawForPaths: [heading, ...prose].map(node => rawText(reader, node)).join('\n'),
        extraDescription: '',
        // The body says what the heading only names: operations, contract files, criteria.
        bodyDescription: prose.map(node => plainText(node)).join(' '),
        dependencyText: dependencyFields(body),
        source: position(reader, heading),
        loose: false
    });
    return end - 1;
}
/** A heading task states what it waits for in its body: `**Dependencies**: T001, T002`. */
function dependencyFields(body) {
    return body
        .filter(node => node.type === 'paragraph')
        .flatMap(node => plainText(node).split('\n'))
        .filter(line => DEPENDENCY_FIELD.test(line))
        .join('\n');
}
function isDoneMarker(node) {
    return (node.type === 'paragraph' &&
        // Plain text has lost the bold marks of `**Status**: ✅ Done`.
        DONE_STATUS_FIELD.test(plainText(node)));
}
/**
 * `T001: …`, `[x] T001 …`, `[-] T001 …` or `~~T001~~ …` at the start of a heading. A heading that
 * opens with several IDs (`T004, T005: Parser tests`, `T004/T005 …`) is about a group of tasks,
 * not one.
 */
function headingStart(title) {
    const deferred = readDeferredStart(title);
    if (deferred)
        return { ...deferred, deferred: true };
    const match = /^\[[ x]\]\s{0,3}/i.exec(title);
    const start = readTaskStart(match ? title.slice(match[0].length) : title);
    if (!start || /^\s{0,2}[,/&+]\s{0,2}\*{0,2}T\d/.test(start.rest))
        return undefined;
    return { ...start, deferred: false };
}
/**
 * Whether a heading naming a task defines it. A definition is a checklist line, or a heading-style
 * task inside a phase (or in a list that has no phases at all, written wholly as headings). A
 * heading elsewhere that names an ID (a progress report's "T005 Test Results - passed", a
 * "Detailed Task Specifications" section's "T001: Create the folders"), or one naming a task a
 * checklist line defines, reports on that task: it is a reference.
 */
function definesTask(reader, start) {
    if (reader.checklistIds.has(start.id))
        return false;
    return reader.phase >= 0 || reader.phases.length === 0;
}
/**
 * The tasks a heading that is no definition opens with: `T005 Test Results`, `T018-T024 Core
 * Implementation ✅`. Undefined when it names none.
 */
function reportedRefs(title) {
    const text = title.replace(/^\[[ x-]\]\s{0,3}/i, '').replace(/^[~*]{1,2}/, '');
    const lead = /^T\d{1,5}[a-z]?(?:\s{0,2}[-–—,/&+]\s{0,2}T?\d{1,5}[a-z]?){0,20}/i.exec(text);
    if (!lead)
        return undefined;
    const refs = taskRefs(lead[0]);
    return refs.length > 0 ? refs : undefined;
}
/** Keeps what a report heading and its body say, for the tasks it names. */
function noteReport(reader, heading, siblings, index, refs) {
    const body = [plainText(heading)];
    for (let at = index + 1; at < siblings.length; at++) {
        const next = siblings[at];
        if (next.type === 'heading' && next.depth <= heading.depth)
            break;
        if (next.type !== 'code')
            body.push(plainText(next));
    }
    reader.reports.push({ refs, text: flatten(body.join(' ')), source: position(reader, heading) });
}
/**
 * A heading that reports on a task: its body (results, notes, criteria, the task's details) is
 * about that task and defines nothing. Returns the index of the body's last node.
 */
function skipReportBody(heading, siblings, index) {
    let end = index + 1;
    for (; end < siblings.length; end++) {
        const next = siblings[end];
        if (next.type === 'heading' && (next.depth <= heading.depth || headingStart(plainText(next))))
            break;
    }
    return end - 1;
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/phase-heading.ts

function isPhaseHeading(title) {
    const lower = title.trimStart().toLowerCase();
    return PHASE_WORDS.some(word => lower.startsWith(`${word} `) || lower.startsWith(`${word}:`));
}
/** Typed against the model here, since the vocabulary imports nothing above it. */
const KIND_WORDS = PHASE_KIND_WORDS;
function classifyPhase(title) {
    const story = storyOf(title);
    if (story)
        return { kind: 'story', story };
    const lower = title.toLowerCase();
    // "Integration tests" is a tests phase; "Integration & Platform Support" is integration.
    if (INTEGRATION_PHASE_WORDS.some(word => lower.includes(word)) &&
        !PHASE_MENTIONS_TESTS.test(lower))
        return { kind: 'integration', story: undefined };
    // In the vocabulary's order: "Core Implementation (ONLY after tests are failing)" is core.
    for (const [kind, words] of KIND_WORDS) {
        if (words.some(word => lower.includes(word)))
            return { kind, story: undefined };
    }
    return { kind: 'other', story: undefined };
}
/** `User Story 2`, `US2`, `Story 2` → `US2`. */
function storyOf(text) {
    const match = STORY_IN_TITLE.exec(text);
    return match ? `US${Number(match[1])}` : undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/sections.ts





function readHeading(reader, heading, siblings, index) {
    const title = plainText(heading).trim();
    const start = headingStart(title);
    if (start && (reader.phase >= 0 || reader.section !== 'dependencies')) {
        if (definesTask(reader, start))
            return readHeadingTask(reader, heading, siblings, index, start);
        noteReport(reader, heading, siblings, index, [start.id]);
        // A report on a task opens nothing; as a sibling of the section it sits in, it ends it.
        if (heading.depth <= reader.sectionDepth && reader.section !== 'other')
            enterSection(reader, 'other', heading.depth);
        return skipReportBody(heading, siblings, index);
    }
    // "### T018-T024 Core Implementation ✅" heads what those tasks did; its body is read as usual.
    const reported = reader.section === 'dependencies' ? undefined : reportedRefs(title);
    if (reported)
        noteReport(reader, heading, siblings, index, reported);
    readSectionHeading(reader, heading, title);
    return index;
}
/** A heading that is no task: it opens a phase, the dependencies, a checklist, or another section. */
function readSectionHeading(reader, heading, title) {
    reader.inNotes = NOTES_TITLE.test(title) && !opensPhase(title);
    if (reader.section === 'phase' ||
        reader.section === 'checklist' ||
        reader.section === 'dependencies') {
        // A sub-heading keeps the phase ("### Tests for User Story 1"); a sibling heading ends it.
        // Under "Dependencies & Execution Order", "### User Story Dependencies" is still that section.
        if (heading.depth > reader.sectionDepth &&
            !opensPhase(title) &&
            (!isDependencyTitle(title) || reader.section === 'dependencies')) {
            if (reader.section === 'phase' && isChecklistTitle(title))
                reader.section = 'checklist';
            else if (reader.section === 'checklist' && !isChecklistTitle(title) && reader.phase >= 0)
                reader.section = 'phase';
            return;
        }
    }
    if (opensPhase(title) || (!reader.usesPhaseHeadings && looksLikeWorkSection(title))) {
        startPhase(reader, heading, title);
    }
    else if (isDependencyTitle(title)) {
        enterSection(reader, 'dependencies', heading.depth);
    }
    else {
        enterSection(reader, isChecklistTitle(title) ? 'checklist' : 'other', heading.depth);
    }
}
function startPhase(reader, heading, title) {
    const { kind, story } = classifyPhase(title);
    reader.phases.push({
        index: reader.phases.length,
        title,
        kind,
        story,
        source: position(reader, heading)
    });
    reader.phase = reader.phases.length - 1;
    reader.section = 'phase';
    reader.sectionDepth = heading.depth;
}
function enterSection(reader, kind, depth) {
    reader.section = kind;
    reader.sectionDepth = depth;
    reader.phase = -1;
}
/** `Phase Dependencies` is about the phases, not one of them; `Phase 4: Dependency upgrades` is one. */
function opensPhase(title) {
    return (isPhaseHeading(title) &&
        (NUMBERED_PHASE_TITLE.test(title.trimStart()) || !isDependencyTitle(title)));
}
function isDependencyTitle(title) {
    const lower = title.toLowerCase();
    return (DEPENDENCY_TITLE_FRAGMENTS.some(fragment => lower.includes(fragment)) &&
        !NOT_DEPENDENCY_TITLE_FRAGMENTS.some(fragment => lower.includes(fragment)));
}
function isChecklistTitle(title) {
    return CHECKLIST_TITLE.test(title);
}
/** Without any "Phase" heading, headings such as "Setup" or "Core" hold the tasks. */
function looksLikeWorkSection(title) {
    return (classifyPhase(title).kind !== 'other' && !isDependencyTitle(title) && !isChecklistTitle(title));
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/tests-not-requested.ts

/**
 * "Tests: Not requested", "Test tasks were excluded (the spec asks for none)", "No test tasks
 * (not requested in spec)". Not the template's "include them only if explicitly requested".
 */
function saysTestsNotRequested(line) {
    const lower = line.toLowerCase();
    if (!MENTIONS_TESTS.test(lower))
        return false;
    const notRequested = NOT_REQUESTED.exec(lower);
    if (notRequested) {
        const before = lower.slice(Math.max(0, notRequested.index - 24), notRequested.index);
        return !CONDITIONAL.test(before);
    }
    return TEST_TASKS_LEFT_OUT.test(lower);
}
function noteTestsNotRequested(reader, node) {
    if (reader.testsNotRequested || node.type === 'code')
        return;
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    if (start === undefined || end === undefined)
        return;
    for (let line = start; line <= end; line++) {
        if (saysTestsNotRequested(reader.lines[line - 1] ?? '')) {
            reader.testsNotRequested = { file: reader.doc.path, line, column: 1 };
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/core/vocabulary/test-first.ts
/**
 * How a design document or a task list says that tests come before the code they test: the
 * phrases of test-driven development, and the words that make such a phrase a condition rather
 * than a rule ("add test phases if TDD is wanted").
 */

/** Phrases that ask for tests first (matched in lower case, spaces or hyphens between words). */
const TEST_FIRST_PHRASES = [
    'tdd',
    'test driven',
    'test first',
    'tests first',
    'red green',
    'ensure they fail',
    'fail before implementation',
    'tests before implementation',
    'tests before the implementation',
    'tests before code',
    'tests written before',
    'test cases written before'
];
const TEST_FIRST = (0,build/* pattern */.T1)('test-first.phrase', `\\b${(0,build/* alternation */.Ql)(TEST_FIRST_PHRASES.map(phrase => phrase.split(' ').map(build/* escapePattern */.MP).join('[\\s-]{1,3}')), true)}\\b`, 'i');
/** Words just before such a phrase that make it a condition: "if TDD is desired", "optional TDD". */
const TEST_FIRST_CONDITIONS = ['if', 'unless', 'optional', 'optionally', 'when'];
const TEST_FIRST_CONDITION = (0,build/* pattern */.T1)('test-first.condition', `${(0,build/* wholeWords */.pC)(TEST_FIRST_CONDITIONS)}\\s{1,3}(?:\\S{1,20}\\s{1,3})?$`, 'i');

;// CONCATENATED MODULE: ./src/core/parse/test-first.ts

/** The first line of the document that asks for tests first, unless only as a condition. */
function testFirstIn(doc) {
    const lines = doc.text.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const line = lines[index];
        const match = TEST_FIRST.exec(line);
        // "add per-story test phases if TDD is desired" asks for nothing.
        if (match && !TEST_FIRST_CONDITION.test(line.slice(Math.max(0, match.index - 40), match.index)))
            return { file: doc.path, line: index + 1, column: match.index + 1 };
    }
    return undefined;
}
/** The first of the documents that asks for tests first. */
function testFirstInAny(docs) {
    for (const doc of docs) {
        const found = doc && testFirstIn(doc);
        if (found)
            return found;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/shared-file-notes.ts


/** `- [ ] T004 …`, `* [x] T004 …`: a checklist task's own line. */
const TASK_LINE = /^\s{0,8}[-*+]\s{1,3}\[[ x-]\]/i;
/** File names with an extension, as a line writes them (`runner.py`, `src/a/runner.py`). */
const FILE_NAME = /[\w.-]{2,100}\.[A-Z]{1,8}\b/gi;
function sharedFileNotes(doc, expand) {
    const notes = [];
    doc.text.split('\n').forEach((line, index) => {
        const parallel = SAYS_PARALLEL.test(line);
        if ((!parallel && !MENTIONS_PARALLEL_LABEL.test(line)) || DENIES_SHARING.test(line))
            return;
        const source = { file: doc.path, line: index + 1, column: 1 };
        const sameFile = SAME_FILE.exec(line);
        if (sameFile && DISTINCT_TEST_FUNCTIONS.test(line.slice(sameFile.index))) {
            notes.push({ tasks: [], files: [], testFunctions: true, source });
            return;
        }
        // A task's own line ("… in ledger.rs (alongside T004)") states where it works, not a choice.
        if (!parallel || TASK_LINE.test(line))
            return;
        const tasks = [...new Set(taskRefs(line).flatMap(expand))];
        const files = [...line.matchAll(FILE_NAME)].map(match => baseName(match[0]));
        if (tasks.length >= 2 && files.length > 0)
            notes.push({ tasks, files, testFunctions: false, source });
    });
    return notes;
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/core/parse/tasks-md/parse-task-list.ts











function parseTaskList(doc, options = {}) {
    const root = parseMarkdown(doc.text, { taskLists: true });
    const reader = {
        doc,
        lines: doc.text.split('\n'),
        roots: options.knownRoots ?? [],
        usesPhaseHeadings: root.children.some(node => node.type === 'heading' && opensPhase(plainText(node))),
        phases: [],
        tasks: [],
        inlineRefs: [],
        looseTasks: [],
        malformed: [],
        checklistIds: checklistIds(root),
        reports: [],
        dependencyLines: [],
        suppressions: new Map(),
        section: 'other',
        sectionDepth: 0,
        phase: -1,
        inNotes: false,
        testsNotRequested: undefined
    };
    const children = root.children;
    for (let i = 0; i < children.length; i++) {
        const node = children[i];
        if (node.type === 'heading')
            i = readHeading(reader, node, children, i);
        else
            readBlock(reader, node);
    }
    adoptLooseTasks(reader);
    inheritSameFile(reader.tasks);
    const resolver = resolverFor(reader);
    const dependencies = [
        ...inlineEdges(reader, resolver),
        ...reader.dependencyLines.flatMap(line => sectionEdges(line, resolver, doc.path))
    ];
    reader.tasks.forEach((task, index) => {
        task.dependsOn = [
            ...new Set((reader.inlineRefs[index] ?? []).flatMap(ref => resolver.expand(ref)))
        ];
    });
    return {
        path: doc.path,
        marker: parseMarker(reader.lines[0] ?? ''),
        phases: reader.phases,
        tasks: reader.tasks,
        dependencies,
        malformed: reader.malformed,
        suppressions: reader.suppressions,
        testsNotRequested: reader.testsNotRequested,
        testsFirst: testFirstIn(doc),
        sharedFileNotes: sharedFileNotes(doc, ref => resolver.expand(ref)),
        reports: reader.reports.map(report => ({
            tasks: [...new Set(report.refs.flatMap(ref => resolver.expand(ref)))],
            text: report.text,
            source: report.source
        }))
    };
}
function readBlock(reader, node) {
    if (node.type === 'html') {
        readSuppression(reader, node.value, node.position?.end.line ?? 0);
        return;
    }
    if (reader.phases.length === 0 || reader.inNotes)
        noteTestsNotRequested(reader, node);
    if (reader.section === 'dependencies') {
        collectDependencyLines(reader, node);
        return;
    }
    if (node.type === 'list')
        readList(reader, node, false);
    else if (node.type === 'paragraph' && reader.phase >= 0)
        readParagraph(reader, node);
}

;// CONCATENATED MODULE: ./src/core/text/case.ts
/** Names in the casing a language's files and types use: `kv_cache_stats`, `kv-cache-stats`, `KvCacheStats`. */

function snakeCase(name) {
    return stemWords(name).join('_') || 'feature';
}
function kebabCase(name) {
    return stemWords(name).join('-') || 'feature';
}
function pascalCase(name) {
    // An identifier already in PascalCase keeps its acronyms: `KVCacheStats`, not `KvCacheStats`.
    if (/^[A-Z][A-Za-z0-9]*$/.test(name))
        return name;
    return (stemWords(name)
        .map(w => w.charAt(0).toUpperCase() + w.slice(1))
        .join('') || 'Feature');
}
/** A file name's words, a word said twice in a row said once (`contract contract` → `contract`). */
function stemWords(name) {
    return fileNameWords(name).filter((word, index, all) => word !== all[index - 1]);
}

;// CONCATENATED MODULE: ./src/core/vocabulary/layout.ts
/**
 * What the planner knows about how code bases name their folders and files: which folder holds
 * models, services, endpoints or tests, which hold no feature code, what a plan's note beside a
 * path says about writing there, and the words by which a file's name says the role it plays.
 */

// ---------------------------------------------------------------------------------------------
// Folders by role
/** Decides which of the plan's folders new models go in (a folder's last segment, lower case). */
const MODEL_FOLDERS = [
    'models',
    'model',
    'entities',
    'entity',
    'domain',
    'schemas',
    'schema'
];
/** Decides which of the plan's folders hold repositories, each stored entity's data access. */
const REPOSITORY_FOLDERS = [
    'repositories',
    'repository',
    'repos',
    'repo'
];
/** The word a repository's name ends in: `Invoice` → `InvoiceRepository`, `invoice-repository`. */
const REPOSITORY_NAME_WORD = 'repository';
/** Decides which of the plan's folders new services go in. */
const SERVICE_FOLDERS = [
    'services',
    'service',
    'core',
    'lib',
    'logic',
    'usecases',
    'application',
    'engine'
];
/** Decides which of the plan's folders new endpoints go in, and which hold only the thin layer serving the code. */
const ENDPOINT_FOLDERS = [
    'api',
    'routes',
    'router',
    'routers',
    'endpoints',
    'handlers',
    'handler',
    'controllers',
    'controller',
    'entrypoints',
    'resolvers',
    'presentation',
    'server',
    'cli',
    'commands'
];
/** Decides which of the plan's test folders contract tests go in. */
const CONTRACT_TEST_FOLDERS = ['contract', 'contracts', 'api'];
/** Decides which of the plan's test folders story and scenario (integration) tests go in. */
const INTEGRATION_TEST_FOLDERS = [
    'integration',
    'e2e',
    'basic_correctness',
    'acceptance',
    'features'
];
/** Decides which of the plan's test folders unit tests go in. */
const UNIT_TEST_FOLDERS = ['unit'];
/**
 * Decides which front-end folder at the top of the code base gets a JavaScript dependency of a
 * plan in another language (`client/package.json`).
 */
const FRONT_END_FOLDERS = [
    'frontend',
    'web',
    'webapp',
    'ui',
    'client',
    'app'
];
// ---------------------------------------------------------------------------------------------
// Folders that hold no feature code
/** Decides which folders hold no feature code of the plan's language (any segment of the path). */
const NOT_CODE_FOLDERS = new Set([
    'web',
    'frontend',
    'public',
    'static',
    'assets',
    'ui',
    'docs',
    'scripts',
    'cmd',
    'bin',
    'config',
    'configs',
    'deploy',
    'deployments',
    'migrations',
    'utils',
    '.github'
]);
/**
 * Decides which folders named in a plan's prose (it draws no tree) hold no code: documentation,
 * fixtures, the feature's own documents.
 */
const NOT_CODE_MENTIONED_FOLDERS = new Set([
    'docs',
    'doc',
    'fixtures',
    'testdata',
    '.github',
    'contracts'
]);
/** Decides which folders hold documentation, wherever they sit in a path. */
const DOCUMENTATION_FOLDERS = new Set(['docs', 'doc', 'documentation']);
/** Decides which top-level folders hold a static site's content (a Hugo site's), not code. */
const SITE_CONTENT_ROOTS = new Set(['content', 'archetypes']);
/** Decides which folders hold generated code, never written by hand (any segment of the path). */
const GENERATED_FOLDERS = new Set(['_generated', '__generated__', 'generated']);
/**
 * Decides which folder names say what tests use rather than where tests are: `mocks/`,
 * `fixtures/`, `testdata/` (pattern sources, matched as a whole segment, any case).
 */
const TEST_SUPPORT_FOLDERS = [
    'mocks?',
    'fakes?',
    'stubs?',
    'fixtures?',
    'test_?data',
    'helpers?',
    'support',
    'utils?',
    'snapshots?',
    '__snapshots__',
    '__mocks__'
];
const TEST_SUPPORT_FOLDER = (0,build/* wholeValuePattern */.XJ)('test-support-folder', TEST_SUPPORT_FOLDERS, 'i', true);
// ---------------------------------------------------------------------------------------------
// What a plan's note beside a path says
/**
 * Decides that a note says the path is generated or not kept in the repository: `generated,
 * git-ignored`, `not committed` (pattern sources, whole words, any case).
 */
const GENERATED_NOTE_WORDS = [
    '(?:auto-?)?generated',
    'git-?ignored',
    'not committed',
    'do not edit'
];
const GENERATED_NOTE = (0,build/* wholeWordPattern */.i7)('generated-note', GENERATED_NOTE_WORDS, 'i', true);
/** Decides that a note says the path is for later when written in capitals anywhere: `FUTURE: …`. */
const FUTURE_NOTE_CAPITALS = ['FUTURE'];
const FUTURE_NOTE_IN_CAPITALS = (0,build/* wholeWordPattern */.i7)('future-note-capitals', FUTURE_NOTE_CAPITALS);
/** Decides that a note says the path is for later when it starts with these, in any case: `(later phase)`. */
const FUTURE_NOTE_OPENINGS = ['future', 'later phase'];
const FUTURE_NOTE = (0,build/* pattern */.T1)('future-note', `^\\(?${(0,build/* alternation */.Ql)(FUTURE_NOTE_OPENINGS)}\\b`, 'i');
/** Decides that a note says the path stays as it is: `kept as is (no changes)` (pattern sources, whole words). */
const UNCHANGED_NOTE_WORDS = ['unchanged', 'no changes?', 'not changed', 'untouched'];
/** The same in scripts without word boundaries: Korean "no change" (pattern sources). */
const UNCHANGED_NOTE_PHRASES = ['변경\\s*없음'];
const UNCHANGED_NOTE = (0,build/* pattern */.T1)('unchanged-note', `${(0,build/* wholeWords */.pC)(UNCHANGED_NOTE_WORDS, true)}|${(0,build/* alternation */.Ql)(UNCHANGED_NOTE_PHRASES, true)}`, 'i');
// ---------------------------------------------------------------------------------------------
// The layout a plan's Project Type gives
/** Decides the folder a plan's Project Type puts the code under: a word of the type and its folder. */
const PROJECT_TYPE_ROOTS = [
    ['web', 'backend/'],
    ['mobile', 'api/']
];
/** Decides the folders of a plan that lays out none, under its Project Type's root. */
const PROJECT_TYPE_FOLDERS = {
    models: 'src/models/',
    services: 'src/services/',
    endpoints: 'src/api/',
    contractTests: 'tests/contract/',
    integrationTests: 'tests/integration/',
    unitTests: 'tests/unit/',
    source: 'src/',
    tests: 'tests/'
};
// ---------------------------------------------------------------------------------------------
// The role a file plays, by the words of its folder, name and note
/** Decides which words in a file's folder, name or note say it plays a role (singular, lower case). */
const ROLE_WORDS = {
    endpoint: new Set([
        'api',
        'controller',
        'handler',
        'router',
        'route',
        'endpoint',
        'resolver',
        'servicer',
        'http',
        'rest',
        'grpc',
        'presentation',
        'view',
        'command',
        'cli',
        'rpc'
    ]),
    model: new Set([
        'model',
        'entity',
        'domain',
        'schema',
        'type',
        'struct',
        'dataclass',
        'record',
        'newtype',
        'message'
    ]),
    service: new Set(['service', 'application', 'usecase', 'core', 'logic', 'manager', 'engine'])
};
/**
 * Decides which words in a file's folder or name say it plays another role than this one: a
 * `dto/` never serves endpoints, a `views/` file never holds a model.
 */
const ROLE_DENIED_WORDS = {
    endpoint: new Set([
        'dto',
        'entity',
        'domain',
        'model',
        'repository',
        'repo',
        'mapper',
        'migration',
        'config',
        'configuration',
        'test',
        'fixture',
        'request',
        'response'
    ]),
    model: new Set([
        'view',
        'ui',
        'component',
        'page',
        'screen',
        'codegen',
        'target',
        'bench',
        'benchmark',
        'controller',
        'handler',
        'route',
        'router',
        'migration',
        'script',
        'tool',
        'test',
        'fixture',
        'command',
        'cli'
    ]),
    service: new Set([
        'dto',
        'codegen',
        'target',
        'tool',
        'view',
        'ui',
        'component',
        'page',
        'screen',
        'bench',
        'benchmark',
        'controller',
        'migration',
        'test',
        'fixture',
        'model',
        'entity'
    ])
};
/** Decides which words make a file the one serving requests, even when it also names a client. */
const layout_SERVING_WORDS = new Set([
    'controller',
    'handler',
    'router',
    'route',
    'resolver',
    'servicer',
    'view'
]);
/** Decides which words make a file one that calls endpoints and never serves them. */
const CALLER_WORDS = new Set(['client', 'stub']);
/**
 * Decides that a plan's note says its file defines types: `add OrderLine dataclass`, `Sku
 * newtypes` (pattern sources, whole words, any case).
 */
const DEFINES_WORDS = [
    'add',
    'adds',
    'define',
    'defines',
    'definitions?',
    'struct',
    'structs',
    'dataclass',
    'class',
    'message',
    'newtypes?',
    'model',
    'models',
    'enum',
    'types?',
    'records?',
    'entity',
    'entities',
    'schema',
    'trait',
    'interface'
];
const DEFINES_NOTE = (0,build/* wholeWordPattern */.i7)('defines-note', DEFINES_WORDS, 'i', true);
/**
 * Decides which endings make a plural of its word without the `es` (`sketches` → `sketch`), so
 * role words meet in one form.
 */
const SIBILANT_ENDINGS = ['ch', 'sh', 'ss', 'x', 'z'];
const SIBILANT_PLURAL = (0,build/* pattern */.T1)('sibilant-plural', `${(0,build/* alternation */.Ql)(SIBILANT_ENDINGS)}es$`);
// ---------------------------------------------------------------------------------------------
// Source sets of a JVM build (Maven, Gradle): `<module>/src/<set>/<language>/<package>/`
/** Decides which folder of a module holds its source sets. */
const SOURCE_SETS_FOLDER = 'src';
/** Decides which folder under `src/` holds a module's code (its main source set). */
const MAIN_SOURCE_SET = 'main';
/** Decides which folders under `src/` hold a module's tests, the unit tests' first. */
const TEST_SOURCE_SETS = ['test', 'androidTest', 'integrationTest'];
/**
 * Decides which folder of a source set roots its packages: below `src/test/java/` the folders are
 * a package (`org/quay/mooring/`), mirrored from the code's.
 */
const SOURCE_SET_LANGUAGES = new Set([
    'java',
    'kotlin',
    'scala',
    'groovy'
]);
// ---------------------------------------------------------------------------------------------
// How a framework's style guide names model files
/**
 * Decides the ending a framework gives a model's file where the plan's Technical Context names
 * the framework: Angular's style guide writes `order.model.ts`.
 */
const ANGULAR_WORDS = ['angular'];
const FRAMEWORK_MODEL_ENDINGS = [
    { framework: (0,build/* pattern */.T1)('framework-angular', (0,build/* wholeWords */.pC)(ANGULAR_WORDS), 'i'), ending: '.model' }
];

;// CONCATENATED MODULE: ./src/core/vocabulary/languages.ts
/**
 * What the planner knows about each programming language: the words that name it in a plan's
 * Language/Version field, the files that give it away, and how its projects name, build and
 * check their files.
 */

/** Decides how new files are named and which build, lint and type-check tools setup tasks name. */
const LANGUAGE_CONVENTIONS = {
    python: {
        extension: '.py',
        fileCase: 'snake',
        testFile: { prefix: 'test_', suffix: '.py' },
        manifest: 'pyproject.toml',
        lintConfig: 'pyproject.toml',
        linter: 'ruff',
        typeChecker: 'mypy'
    },
    typescript: {
        extension: '.ts',
        fileCase: 'kebab',
        testFile: { prefix: '', suffix: '.test.ts' },
        manifest: 'package.json',
        lintConfig: 'eslint.config.js',
        linter: 'eslint',
        typeChecker: 'tsc --noEmit'
    },
    javascript: {
        extension: '.js',
        fileCase: 'kebab',
        testFile: { prefix: '', suffix: '.test.js' },
        manifest: 'package.json',
        lintConfig: 'eslint.config.js',
        linter: 'eslint',
        typeChecker: undefined
    },
    csharp: {
        extension: '.cs',
        fileCase: 'pascal',
        testFile: { prefix: '', suffix: 'Tests.cs' },
        manifest: 'Directory.Packages.props',
        lintConfig: '.editorconfig',
        linter: 'dotnet format',
        typeChecker: undefined
    },
    java: {
        extension: '.java',
        fileCase: 'pascal',
        testFile: { prefix: '', suffix: 'Test.java' },
        manifest: 'pom.xml',
        lintConfig: 'checkstyle.xml',
        linter: 'checkstyle',
        typeChecker: undefined
    },
    kotlin: {
        extension: '.kt',
        fileCase: 'pascal',
        testFile: { prefix: '', suffix: 'Test.kt' },
        manifest: 'build.gradle.kts',
        lintConfig: '.editorconfig',
        linter: 'ktlint',
        typeChecker: undefined
    },
    go: {
        extension: '.go',
        fileCase: 'snake',
        testFile: { prefix: '', suffix: '_test.go' },
        manifest: 'go.mod',
        lintConfig: '.golangci.yml',
        linter: 'golangci-lint',
        typeChecker: 'go vet'
    },
    rust: {
        extension: '.rs',
        fileCase: 'snake',
        testFile: { prefix: '', suffix: '_test.rs' },
        manifest: 'Cargo.toml',
        lintConfig: 'clippy.toml',
        linter: 'clippy',
        typeChecker: undefined
    },
    swift: {
        extension: '.swift',
        fileCase: 'pascal',
        testFile: { prefix: '', suffix: 'Tests.swift' },
        manifest: 'Package.swift',
        lintConfig: '.swiftlint.yml',
        linter: 'swiftlint',
        typeChecker: undefined
    },
    c: {
        extension: '.c',
        fileCase: 'snake',
        testFile: { prefix: 'test_', suffix: '.c' },
        manifest: 'CMakeLists.txt',
        lintConfig: '.clang-format',
        linter: 'clang-tidy',
        typeChecker: undefined
    },
    cpp: {
        extension: '.cpp',
        fileCase: 'snake',
        testFile: { prefix: 'test_', suffix: '.cpp' },
        manifest: 'CMakeLists.txt',
        lintConfig: '.clang-format',
        linter: 'clang-tidy',
        typeChecker: undefined
    }
};
/** Decides how a language is called in task text ("Set up the C# project"). */
const LANGUAGE_DISPLAY_NAMES = {
    python: 'Python',
    typescript: 'TypeScript',
    javascript: 'JavaScript',
    csharp: 'C#',
    java: 'Java',
    kotlin: 'Kotlin',
    go: 'Go',
    rust: 'Rust',
    swift: 'Swift',
    c: 'C',
    cpp: 'C++'
};
/**
 * Decides which language a Language/Version field names: each word (lower case, whole) and its
 * language. The first language named wins ("Go for the CLI; TypeScript for …" is Go).
 */
const LANGUAGE_NAME_WORDS = [
    ['python', 'python'],
    ['typescript', 'typescript'],
    ['javascript', 'javascript'],
    ['node.js', 'javascript'],
    ['c#', 'csharp'],
    ['.net', 'csharp'],
    ['kotlin', 'kotlin'],
    ['java', 'java'],
    ['golang', 'go'],
    ['go', 'go'],
    ['rust', 'rust'],
    ['swift', 'swift'],
    ['c++', 'cpp'],
    ['c', 'c']
];
/**
 * Decides where a Language/Version clause starts naming the part of the code base a language is
 * for: "Go for the daemon".
 */
const PURPOSE_WORD = 'for';
/** Decides which words of a Language/Version aside name no part of the code base ("latest stable"). */
const NOT_A_CODE_BASE_PART = new Set([
    'latest',
    'stable',
    'strict',
    'mode',
    'per',
    'with',
    'lts',
    'the'
]);
/** Decides a source file's language by its extension (lower case, without the dot). */
const LANGUAGE_OF_EXTENSION = {
    py: 'python',
    ts: 'typescript',
    tsx: 'typescript',
    js: 'javascript',
    jsx: 'javascript',
    mjs: 'javascript',
    cs: 'csharp',
    java: 'java',
    kt: 'kotlin',
    go: 'go',
    rs: 'rust',
    swift: 'swift',
    c: 'c',
    h: 'c',
    cpp: 'cpp',
    cc: 'cpp',
    hpp: 'cpp'
};
/** Decides which files are single-file components, counted as JavaScript (`.vue`, `.svelte`). */
const SINGLE_FILE_COMPONENT_EXTENSIONS = ['vue', 'svelte', 'astro'];
const SINGLE_FILE_COMPONENT = (0,build/* pattern */.T1)('single-file-component', `\\.${(0,build/* alternation */.Ql)(SINGLE_FILE_COMPONENT_EXTENSIONS)}$`, 'i');
/** Decides a plan's language from its build files when no source file says; tried in this order. */
const LANGUAGE_MARKERS = [
    { language: 'rust', startsSegment: ['Cargo.toml', 'crates/'] },
    { language: 'go', fileNames: ['go.mod'] },
    { language: 'csharp', extensions: ['csproj', 'sln'] },
    { language: 'swift', fileNames: ['Package.swift'] },
    { language: 'java', fileNames: ['pom.xml'] },
    { language: 'python', fileNames: ['pyproject.toml', 'setup.py', 'requirements.txt'] },
    { language: 'typescript', fileNames: ['tsconfig.json'] }
];
/**
 * Decides that a `package.json` is a JavaScript (or TypeScript) project's, for one folder's
 * language only: many plans of other languages carry a front end.
 */
const SCRIPT_MARKER = {
    language: 'javascript',
    fileNames: ['package.json']
};
function markerSource(marker) {
    if (marker.startsSegment)
        return `(?:^|\\/)${(0,build/* alternation */.Ql)(marker.startsSegment)}`;
    if (marker.fileNames)
        return `(?:^|\\/)${(0,build/* alternation */.Ql)(marker.fileNames)}$`;
    return `\\.${(0,build/* alternation */.Ql)(marker.extensions ?? [])}$`;
}
/** Each marker as a pattern over a path, in the markers' order. */
const LANGUAGE_MARKER_PATTERNS = LANGUAGE_MARKERS.map(marker => [
    (0,build/* pattern */.T1)(`language-marker-${marker.language}`, markerSource(marker)),
    marker.language
]);
const SCRIPT_MARKER_PATTERN = (0,build/* pattern */.T1)('language-marker-script', markerSource(SCRIPT_MARKER));
/** Decides which languages share a code base's folders: TypeScript projects hold JavaScript, Kotlin ones Java, C++ ones C. */
const LANGUAGE_FAMILY = {
    javascript: 'typescript',
    java: 'kotlin',
    c: 'cpp'
};
/** Decides that a name ending in one of these words ("Kiln tests") is not tested twice. */
const TEST_NAME_WORDS = ['test', 'tests'];
/**
 * Decides the test folders that name their tests their own way: a `cypress/` folder's
 * TypeScript or JavaScript specs end in `.cy.ts`, in kebab case, whatever the language's usual
 * test name.
 */
const CYPRESS_SPECS = {
    folder: 'cypress',
    languages: ['typescript', 'javascript'],
    infix: '.cy'
};
/**
 * Decides the kind word in the name of a new file serving endpoints, in languages that name such
 * files by kind (`OrderController.java`, `order_handler.go`).
 */
const ENDPOINT_FILE_KIND = {
    java: 'controller',
    kotlin: 'controller',
    csharp: 'controller',
    go: 'handler'
};
/**
 * Decides which build files declare an ecosystem's dependencies, the usual one first: a language,
 * or `js` for the npm packages of a plan in another language.
 */
const MANIFESTS_OF_ECOSYSTEM = {
    python: ['pyproject.toml', 'requirements.txt', 'setup.py'],
    typescript: ['package.json'],
    javascript: ['package.json'],
    js: ['package.json'],
    csharp: ['Directory.Packages.props'],
    java: ['pom.xml', 'build.gradle.kts', 'build.gradle'],
    kotlin: ['build.gradle.kts', 'build.gradle'],
    go: ['go.mod'],
    rust: ['Cargo.toml'],
    swift: ['Package.swift'],
    c: ['CMakeLists.txt'],
    cpp: ['CMakeLists.txt']
};
/**
 * Decides where a Rust crate's code is when a plan's prose names only its tests: Cargo keeps a
 * crate's `tests/` beside its `src/`.
 */
const CRATE_FOLDERS = { tests: 'tests', source: 'src/' };
const CRATE_TEST_FOLDER = (0,build/* pattern */.T1)('crate-test-folder', `^(.*\\/)?${(0,build/* escapePattern */.MP)(CRATE_FOLDERS.tests)}\\/$`);
/**
 * Decides that a Swift app keeps its dependencies in its Xcode project, by what its plan says:
 * "One Xcode project, no SPM packages".
 */
const NO_SWIFT_PACKAGE_WORDS = ['spm', 'swift package'];
const XCODE_PROJECT_WORDS = ['xcode project'];
const XCODE_PROJECT_SAID = (0,build/* pattern */.T1)('xcode-project-said', `\\bno\\s+${(0,build/* alternation */.Ql)(NO_SWIFT_PACKAGE_WORDS)}|${(0,build/* wholeWords */.pC)(XCODE_PROJECT_WORDS)}`, 'i');
/** An Xcode project's folder extension, and the file in it that holds its package dependencies. */
const XCODE_PROJECT = { extension: '.xcodeproj', dependencyFile: 'project.pbxproj' };
const XCODE_PROJECT_PATH = (0,build/* pattern */.T1)('xcode-project-path', `^(.*${(0,build/* escapePattern */.MP)(XCODE_PROJECT.extension)})(?:\\/|$)`);

;// CONCATENATED MODULE: ./src/core/plan/layout/language.ts



/**
 * The language of the plan's Language/Version field; without one, the language of the files its
 * structure and prose name; Python (the template's own) when nothing says.
 */
function languageOf(plan) {
    return statedLanguage(plan) ?? languageOfPaths(plan) ?? 'python';
}
/** The language the plan's Language/Version field names first, if any. */
function statedLanguage(plan) {
    const stated = plan?.technicalContext['Language/Version']?.value;
    if (!stated)
        return undefined;
    const words = tokenize(stated.toLowerCase());
    let best;
    for (const [word, language] of LANGUAGE_NAME_WORDS) {
        const at = words.indexOf(word);
        if (at >= 0 && (best === undefined || at < best.at))
            best = { at, language };
    }
    return best?.language;
}
/** Every language the plan's Language/Version field names, in its order. */
function statedLanguages(plan) {
    const stated = plan?.technicalContext['Language/Version']?.value;
    return stated ? languagesIn(stated) : [];
}
function languagesIn(text) {
    const words = tokenize(text.toLowerCase());
    const found = [];
    for (const [word, language] of LANGUAGE_NAME_WORDS) {
        const at = words.indexOf(word);
        if (at >= 0 && !found.some(known => known.language === language))
            found.push({ at, language });
    }
    return found.sort((a, b) => a.at - b.at).map(({ language }) => language);
}
/**
 * The parts of the code base the Language/Version field gives a language of their own: `C# 12
 * (backend), TypeScript 5 (frontend)` → backend is C#, frontend TypeScript; `Go for the CLI;
 * TypeScript for the extension` likewise. Each part is a word a folder may be named.
 */
function statedLanguageParts(plan) {
    const stated = plan?.technicalContext['Language/Version']?.value;
    if (!stated)
        return [];
    return (0,pieces/* clausesOutsideParentheses */.au)(stated).flatMap(clause => {
        const language = languagesIn(clause)[0];
        if (!language)
            return [];
        const { outside, asides } = splitAsides(clause);
        const said = outside.split(/\s/).filter(Boolean);
        const purpose = said.slice(said.findIndex(word => word.toLowerCase() === PURPOSE_WORD) + 1);
        const named = purpose.length < said.length ? purpose.join(' ') : '';
        const parts = words(`${asides} ${named}`).filter(word => word.length > 2 &&
            !NOT_A_CODE_BASE_PART.has(word) &&
            !LANGUAGE_NAME_WORDS.some(([w]) => w === word));
        return parts.map(part => ({ part, language }));
    });
}
/** The clause's words outside parentheses, and those inside them. */
function splitAsides(clause) {
    let depth = 0;
    let outside = '';
    let asides = '';
    for (const ch of clause) {
        if (ch === '(')
            depth++;
        else if (ch === ')')
            depth = Math.max(0, depth - 1);
        if (depth > 0 || ch === ')')
            asides += ch === '(' || ch === ')' ? ' ' : ch;
        else
            outside += ch;
    }
    return { outside, asides };
}
/** The language a build file or folder belongs to: `Cargo.toml`, `crates/`, `package.json`. */
function languageOfBuildPath(path) {
    if (SCRIPT_MARKER_PATTERN.test(path))
        return 'javascript';
    return LANGUAGE_MARKER_PATTERNS.find(([marker]) => marker.test(path))?.[1];
}
/** The language most of the plan's named source files are written in, or its build files say. */
function languageOfPaths(plan) {
    const structure = plan?.structure;
    const paths = [...(structure?.files ?? []), ...(structure?.mentioned ?? [])];
    const counts = new Map();
    for (const path of paths) {
        const language = languageOfFile(path);
        if (language)
            counts.set(language, (counts.get(language) ?? 0) + 1);
    }
    let best;
    for (const [language, count] of counts)
        if (best === undefined || count > best.count)
            best = { language, count };
    if (best)
        return best.language;
    const all = [...paths, ...(structure?.sourceDirs ?? []), ...(structure?.testDirs ?? [])];
    return LANGUAGE_MARKER_PATTERNS.find(([marker]) => all.some(path => marker.test(path)))?.[1];
}
/** The language a source file is written in, by its extension. */
function languageOfFile(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || path.endsWith('/'))
        return undefined;
    return LANGUAGE_OF_EXTENSION[path.slice(dot + 1).toLowerCase()];
}
/** How task text names the language: `C#`, `TypeScript`. */
function languageName(language) {
    return LANGUAGE_DISPLAY_NAMES[language];
}
function tokenize(text) {
    const words = [];
    let current = '';
    for (const ch of text) {
        if (/[\p{L}\p{N}#+.]/u.test(ch))
            current += ch;
        else if (current) {
            words.push(trimDots(current));
            current = '';
        }
    }
    if (current)
        words.push(trimDots(current));
    return words;
}
function trimDots(word) {
    let end = word.length;
    while (end > 0 && word[end - 1] === '.')
        end--;
    return word.slice(0, end);
}
/** The linter the template's `ruff` means in this language. */
function linterOf(language) {
    return LANGUAGE_CONVENTIONS[language].linter;
}
/** The type checker the template's `mypy` means in this language; none where the compiler checks. */
function typeCheckerOf(language) {
    return LANGUAGE_CONVENTIONS[language].typeChecker;
}
/** The extension of the language's source files: `.py`, `.ts`. */
function sourceExtension(language) {
    return LANGUAGE_CONVENTIONS[language].extension;
}

;// CONCATENATED MODULE: ./src/core/parse/directory-tree.ts
/**
 * A project-structure tree as plans draw it in a code block (`├── src/`, `│   └── models/`,
 * plain indentation, `# comments`) → repository-relative directory and file paths, each with the
 * note the plan wrote beside it.
 */


/** A line drawn as a tree branch (`├── `, `└── `, `┣━━ `). */
const TREE_BRANCH = /[├└┣┗]──|[├└┣┗]━━/;
function readTree(block) {
    const entries = [];
    const stack = [];
    const named = namedLines(block);
    const rootLabel = repositoryRootLabel(named);
    named.forEach(({ column, name, note: own, line, heading }, index) => {
        while (stack.length > 0 && stack[stack.length - 1].column >= column)
            stack.pop();
        const hasChildren = (named[index + 1]?.column ?? -1) > column;
        // Below a name no path can stand for (`kiosk/ or tablet/`, `*/`), nothing can be placed.
        if (name === undefined || stack.some(entry => entry.name === undefined)) {
            stack.push({ column, name: undefined });
            return;
        }
        const isDirectory = name.endsWith('/') || looksLikeDirectory(name, hasChildren);
        // A heading comment (`# Shared libraries (unchanged)`) speaks for the folders under it.
        const note = own ?? (isDirectory ? heading : undefined);
        const normalised = isDirectory && !name.endsWith('/') ? `${name}/` : name;
        if (index === rootLabel) {
            stack.push({ column, name: '' });
            return;
        }
        const parent = stack.map(entry => entry.name).join('');
        entries.push({
            path: cleanPath(parent + normalised),
            isDirectory,
            line,
            ...(note ? { note } : {})
        });
        if (isDirectory)
            stack.push({ column, name: normalised });
    });
    return entries;
}
/**
 * The block's entry lines, each folder or file with the heading comment it sits under: a
 * `# comment` line of its own heads the entries that follow at its column, until another
 * heading or an entry further left.
 */
function namedLines(block) {
    const named = [];
    let heading;
    block.split('\n').forEach((raw, line) => {
        const column = indentOf(raw);
        const text = raw.slice(column).trim();
        if (/^(?:#+|\/\/)\s/.test(text)) {
            heading = { column, text: noteOf(text) };
            return;
        }
        const read = readLine(raw.slice(column));
        if (!read)
            return;
        if (heading && column < heading.column)
            heading = undefined;
        const headed = heading && column === heading.column ? heading.text : undefined;
        named.push({ column, ...read, line, ...(headed ? { heading: headed } : {}) });
    });
    return named;
}
function looksLikeDirectory(name, hasChildren) {
    // `.gitignore`, `.env`, `.python-version`: a dot file is a file unless entries hang below it.
    if (name.startsWith('.'))
        return hasChildren;
    return !hasExtension(name) && !EXTENSIONLESS_FILES.has(name.toLowerCase());
}
/** Column of the name: tree drawing characters, `--` branches and spaces come before it. */
function indentOf(line) {
    let i = 0;
    while (i < line.length) {
        const ch = line[i];
        if (TREE_CHARS.has(ch))
            i++;
        else if (ch === '-' && (line[i + 1] === '-' || line[i + 1] === ' '))
            i++;
        else
            break;
    }
    return i;
}
/**
 * The entry's name and note; nothing for comment, `...` or repository-root (`.`) lines, which
 * place nothing; an undefined name for an entry no path stands for (a wildcard, a name with
 * spaces).
 */
function readLine(text) {
    const trimmed = text.trim();
    let name = trimmed;
    for (const marker of NOTE_MARKERS) {
        const at = name.indexOf(marker);
        if (at > 0)
            name = name.slice(0, at);
    }
    name = name.trim();
    if (!name ||
        name.startsWith('#') ||
        name.startsWith('//') ||
        name.startsWith('...') ||
        name === '…')
        return undefined;
    const note = noteOf(trimmed.slice(name.length)) || undefined;
    // `.` or `./` at the top stands for the repository root itself.
    if (name === '.' || name === './')
        return undefined;
    if (name.startsWith('./'))
        name = name.slice(2);
    if (isMachinePath(name)) {
        const relative = repositoryRelative(name);
        return relative ? { name: pathName(relative), note } : undefined;
    }
    if (name.startsWith('/'))
        name = name.slice(1);
    const path = pathName(name);
    // A label in words (`Kiosk app`) is prose, not an entry; a path no name stands for
    // (`kiosk/ or tablet/`, `*/`) still holds what is drawn below it.
    if (path === undefined && !/[/*[\]<>{}]/.test(name))
        return undefined;
    return { name: path, note };
}
/** `# HTTP handlers` → `HTTP handlers`; `(new)` → `new`; `← generated` → `generated`. */
function noteOf(rest) {
    let note = rest.trim();
    for (let changed = true; changed;) {
        const before = note;
        note = note.replace(/^(?:#+|\/\/|<-|->|[←→—–\-:])\s*/, '');
        changed = note !== before;
    }
    if (note.startsWith('(') && note.endsWith(')'))
        note = note.slice(1, -1);
    return note.trim();
}
/**
 * A segment in brackets: a route parameter (`[id]`, `[...slug]`, `[[...slug]]`) where routes
 * are folders, a placeholder (`[feature]`, `<module>`, `{name}`) elsewhere. Both are kept as
 * `[name]`; a wildcard (`*.py`, `{a,b}`) or a name with spaces stands for no path.
 */
function pathName(name) {
    if (name.includes(' ') || name.includes('*'))
        return undefined;
    const segments = name.split('/').map(segment => {
        const angle = /^<([\w-]+)>$/.exec(segment) ?? /^\{([\w-]+)\}$/.exec(segment);
        return angle ? `[${angle[1]}]` : segment;
    });
    const result = segments.join('/');
    const withoutBrackets = result.replace(/\[\[?(?:\.\.\.)?[\w-]+\]\]?/g, '');
    if (/[[\]<>{}]/.test(withoutBrackets))
        return undefined;
    return result;
}
/**
 * `/Users/me/projects/shop/`, `~/code/shop/`: a checkout on someone's machine. `/src/` or
 * `/settings.ini` in a tree is the repository's own top.
 */
function isMachinePath(name) {
    if (name.startsWith('~/'))
        return true;
    if (!name.startsWith('/'))
        return false;
    const segments = name.split('/').filter(Boolean);
    return segments.length > 1 && !TOP_LEVEL_ROOTS.has(segments[0].toLowerCase());
}
/**
 * `/Users/me/projects/shop/src/` → `src/`; `/Users/me/projects/shop/` stands for the repository
 * itself (empty): an absolute path in a plan is a machine's checkout of the repository.
 */
function repositoryRelative(name) {
    const segments = name.split('/').filter(Boolean);
    const start = segments.findIndex((segment, index) => index > 0 && TOP_LEVEL_ROOTS.has(segment.toLowerCase()));
    if (start < 0)
        return '';
    return segments.slice(start).join('/') + (name.endsWith('/') ? '/' : '');
}
/**
 * The index of a first line that names the repository rather than a directory in it
 * (`Lanternfish/`, `acme-shop/   # Repository root`): everything else hangs below it, and it says so
 * or holds what only a repository's top holds (`specs/`, `.github/`). A real top-level code root
 * (`src/`, `backend/`, `crates/`) is never one.
 */
function repositoryRootLabel(named) {
    const first = named[0];
    if (!first?.name || named.length < 2)
        return undefined;
    const label = first.name.endsWith('/') ? first.name.slice(0, -1) : first.name;
    if (label.includes('/') || hasExtension(label) || TOP_LEVEL_ROOTS.has(label.toLowerCase()))
        return undefined;
    if (!named.slice(1).every(entry => entry.column > first.column))
        return undefined;
    const childColumn = named[1].column;
    const children = named.filter(entry => entry.column === childColumn && entry.name);
    const saysSo = first.note !== undefined && ROOT_NOTE.test(first.note);
    const holdsRootOnly = children.some(child => ROOT_ONLY.has(child.name.endsWith('/') ? child.name : `${child.name}/`));
    return saysSo || holdsRootOnly ? 0 : undefined;
}
function hasExtension(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 && dot < name.length - 1 && /^[a-z][a-z0-9]{0,9}$/i.test(name.slice(dot + 1));
}
function cleanPath(path) {
    return path
        .split('/')
        .filter((segment, index, all) => segment !== '' || index === all.length - 1)
        .join('/');
}
/** Each bracketed segment of the path, and whether a route folder holds it. */
function bracketedSegments(path) {
    const segments = path.split('/');
    return segments.flatMap((segment, index) => /^\[.*\]$/.test(segment)
        ? [{ underRoutes: segments.slice(0, index).some(s => ROUTE_FOLDERS.has(s.toLowerCase())) }]
        : []);
}
/**
 * `src/test/[feature]/domain/`: a folder the plan's template names only by placeholder. Route
 * parameters (`src/app/shelves/[id]/`) are real folders and are not placeholders.
 */
function hasPlaceholderSegment(path) {
    return bracketedSegments(path).some(segment => !segment.underRoutes);
}
/** `src/app/shelves/[id]/`: a folder a framework serves one dynamic route from. */
function isDynamicRouteDir(path) {
    return bracketedSegments(path).some(segment => segment.underRoutes);
}

;// CONCATENATED MODULE: ./src/core/model.ts
/**
 * The typed model of a spec-kit feature folder, as the parsers produce it and the planner and
 * checker consume it. Every extracted item keeps where it came from, so a finding or a generated
 * task can always point back at the line a person wrote.
 */
// ---------------------------------------------------------------------------------------------
// plan.md
const TECHNICAL_FIELDS = [
    'Language/Version',
    'Primary Dependencies',
    'Storage',
    'Testing',
    'Target Platform',
    'Project Type',
    'Performance Goals',
    'Constraints',
    'Scale/Scope'
];

// EXTERNAL MODULE: ./src/core/vocabulary/documents.ts
var vocabulary_documents = __webpack_require__(2918);
;// CONCATENATED MODULE: ./src/core/vocabulary/plan-file-markers.ts
/**
 * What the product knows about the notes and lists that mark a plan's files as its own: the
 * markers beside a file that say it is new, changed or left alone, the verbs that make a note an
 * instruction, and the headings of prose lists of files.
 */

// ---------------------------------------------------------------------------------------------
// Markers at the start of a note beside a file or folder
/** What may stand between a marker and the rest of its note: `NEW: …`, `(new) …`, `ADDED — …`. */
const MARKER_TAIL = '[\\s:—–,)-]{0,4}';
/**
 * The two patterns of one marker at a note's start, each taking the marker's tail: its words in
 * capitals that no letter, digit or dash goes on from (`NEW`, not `NEWS`), and its words in any
 * case (pattern sources both).
 */
function markerPatterns(name, capitals, anyCase) {
    return {
        capitals: (0,build/* pattern */.T1)(`${name}-capitals`, `^${(0,build/* alternation */.Ql)(capitals, true)}(?![\\p{L}\\p{N}_-])${MARKER_TAIL}`, 'u'),
        anyCase: (0,build/* pattern */.T1)(name, `^${(0,build/* alternation */.Ql)(anyCase, true)}${MARKER_TAIL}`, 'iu')
    };
}
/**
 * Decides that a note in capitals starts by saying the path is new: `NEW: token bucket`,
 * `NEW Owner quotas tab`, `ADDED` (pattern sources, the first word).
 */
const NEW_MARKERS_IN_CAPITALS = ['NEW', 'ADDED', 'CREATED?', 'CREATE'];
/**
 * Decides that a note in any case says the path is new when the word stands alone or before a
 * colon: `(new)`, `new: parser`, `new file`, `to add`; and the same in other scripts and
 * languages (pattern sources).
 */
const NEW_MARKERS_ANY_CASE = [
    'new file',
    'new(?=\\s{0,3}(?:$|[:—–,)]))',
    'added(?=\\s{0,3}(?:$|[:—–,)]))',
    'to add',
    'to be added',
    'to create',
    'nuevo',
    'nueva',
    '신규',
    '새로 추가',
    '新增',
    '新建'
];
const { capitals: NEW_MARKER_IN_CAPITALS, anyCase: NEW_MARKER } = markerPatterns('planned-new-marker', NEW_MARKERS_IN_CAPITALS, NEW_MARKERS_ANY_CASE);
/**
 * Decides that a note says the (existing) path is changed: `MODIFY: add nav shell`, `MODIFIED:
 * use DTOs`, `update to call the new client`, `extended for monorepo` (pattern sources, the
 * first word; capitals, or lower case before a colon or `to`).
 */
const MODIFIED_MARKERS_IN_CAPITALS = [
    'MODIFY',
    'MODIFIED',
    'MODIFIES',
    'UPDATE',
    'UPDATED',
    'UPDATES',
    'CHANGE',
    'CHANGED',
    'EXTEND',
    'EXTENDED',
    'EDIT',
    'EDITED'
];
const MODIFIED_MARKERS_ANY_CASE = [
    '(?:modif(?:y|ied)|update[ds]?|changed?|extended|edited)(?=\\s{0,3}(?:$|[:—–,)]|to\\s))',
    '수정',
    '변경',
    '修改',
    'modificad[oa]'
];
const { capitals: MODIFIED_MARKER_IN_CAPITALS, anyCase: MODIFIED_MARKER } = markerPatterns('planned-modified-marker', MODIFIED_MARKERS_IN_CAPITALS, MODIFIED_MARKERS_ANY_CASE);
/**
 * Decides that a note says the path exists already and is only shown (anywhere in the note):
 * `EXISTS`, `(existing)`, `Reused from 004`, `already present`, `from spec 004`, `기존` (pattern
 * sources, whole words, any case).
 */
const plan_file_markers_EXISTING_WORDS = [
    'exists?',
    'existing',
    'already (?:present|exists|there|in place|implemented)',
    'reused?',
    'reuses',
    'kept as is',
    'existente'
];
/** The same in scripts without word boundaries: Korean "existing", Chinese "existing" (pattern sources). */
const EXISTING_PHRASES = ['기존', '已有', '现有'];
const EXISTING_NOTE = (0,build/* pattern */.T1)('planned-existing-note', `${(0,build/* wholeWords */.pC)(plan_file_markers_EXISTING_WORDS, true)}|${(0,build/* alternation */.Ql)(EXISTING_PHRASES, true)}`, 'i');
/**
 * Decides that a note says the path belongs to another feature's spec: `from 004`, `Spec 004's`,
 * `(feature 012)` (pattern sources, whole words, any case).
 */
const OTHER_SPEC_WORDS = [
    '(?:from|per|see) (?:spec |feature )?#?\\d{3}',
    '(?:spec|feature) #?\\d{3}',
    "\\d{3}'s"
];
const OTHER_SPEC_NOTE = (0,build/* wholeWordPattern */.i7)('planned-other-spec-note', OTHER_SPEC_WORDS, 'i', true);
/**
 * Decides that a note on an existing path still says the feature changes it: `EXISTS: settings
 * landing (add sidebar nav)`, `Existing — extended for monorepo` (whole words, any case).
 */
const CHANGE_WORDS = [
    'add',
    'adds',
    'adding',
    'extend',
    'extends',
    'extended',
    'polish',
    'update',
    'updated',
    'modify',
    'modified',
    'wire',
    'wired',
    'change',
    'changes',
    'changed',
    'adjust',
    'refactor',
    'replace',
    'fix',
    'rename',
    'remove',
    'migrate',
    'register',
    'hook'
];
const CHANGE_WORD = (0,build/* wholeWordPattern */.i7)('planned-change-word', CHANGE_WORDS, 'i');
/**
 * Decides which first words of a note make it a sentence about what to do (`absorb owner caps`,
 * `gate dial behind the limiter`), so the task reads "Update … to absorb …" rather than
 * "Update absorb …" (lower case, whole first word).
 */
const NOTE_VERBS = new Set([
    'absorb',
    'accept',
    'add',
    'aggregate',
    'apply',
    'build',
    'call',
    'check',
    'collect',
    'compute',
    'configure',
    'convert',
    'create',
    'define',
    'delegate',
    'detect',
    'emit',
    'enforce',
    'expose',
    'extend',
    'fetch',
    'forward',
    'gate',
    'generate',
    'handle',
    'implement',
    'invoke',
    'load',
    'log',
    'map',
    'parse',
    'persist',
    'poll',
    'push',
    'read',
    'record',
    'register',
    'remember',
    'render',
    'report',
    'return',
    'route',
    'run',
    'send',
    'serve',
    'show',
    'store',
    'stream',
    'capture',
    'mirror',
    'cover',
    'describe',
    'track',
    'translate',
    'use',
    'validate',
    'wire',
    'wrap',
    'write'
]);
// ---------------------------------------------------------------------------------------------
// Prose lists of the files a plan creates or changes
/**
 * Decides which headings or bold labels introduce a list of files the feature creates (pattern
 * sources, any case): "Files to create", "New files".
 */
const NEW_FILE_LIST_TITLES = [
    'files? to (?:create|add)',
    'new (?:source )?files?',
    'files? (?:created|added)',
    'created files?',
    'added files?'
];
/** Decides which headings or bold labels introduce a list of files the feature changes. */
const MODIFIED_FILE_LIST_TITLES = [
    'files? to (?:modify|change|update|edit)',
    '(?:modified|changed|updated|edited) files?',
    'files? (?:modified|changed|updated|edited)'
];
/** Decides which headings or labels introduce a list of files created and changed alike. */
const MIXED_FILE_LIST_TITLES = [
    'files? to (?:create|add) (?:or|and|/) (?:modify|change|update)',
    'files? (?:touched|affected|changed by this feature)',
    'affected files?',
    'file changes'
];
const NEW_FILE_LIST = (0,build/* pattern */.T1)('planned-new-file-list', `^${(0,build/* alternation */.Ql)(NEW_FILE_LIST_TITLES, true)}\\s{0,3}:?$`, 'i');
const MODIFIED_FILE_LIST = (0,build/* pattern */.T1)('planned-modified-file-list', `^${(0,build/* alternation */.Ql)(MODIFIED_FILE_LIST_TITLES, true)}\\s{0,3}:?$`, 'i');
const MIXED_FILE_LIST = (0,build/* pattern */.T1)('planned-mixed-file-list', `^${(0,build/* alternation */.Ql)(MIXED_FILE_LIST_TITLES, true)}\\s{0,3}:?$`, 'i');

;// CONCATENATED MODULE: ./src/core/parse/planned-files.ts





/**
 * `NEW: token bucket` → new, "token bucket"; `MODIFIED: use DTOs` → modified; `EXISTS (no
 * changes)` → existing; `EXISTS: settings page (add sidebar nav)` → modified, since it says what
 * changes; `generated` → generated; `FUTURE: …` → later; anything else → no status.
 */
function readNote(note) {
    if (!note)
        return { status: undefined, rest: undefined };
    const text = note.trim();
    if (GENERATED_NOTE.test(text))
        return { status: 'generated', rest: undefined };
    if (FUTURE_NOTE_IN_CAPITALS.test(text) || FUTURE_NOTE.test(text))
        return { status: 'later', rest: undefined };
    const fresh = NEW_MARKER_IN_CAPITALS.exec(text) ?? NEW_MARKER.exec(text);
    if (fresh)
        return { status: 'new', rest: restAfter(text, fresh[0].length) };
    const changed = MODIFIED_MARKER_IN_CAPITALS.exec(text) ?? MODIFIED_MARKER.exec(text);
    if (changed)
        return { status: 'modified', rest: restAfter(text, changed[0].length) };
    if (UNCHANGED_NOTE.test(text))
        return { status: 'existing', rest: undefined };
    const existing = EXISTING_NOTE.exec(text) ?? OTHER_SPEC_NOTE.exec(text);
    if (existing && saysItself(text, existing.index)) {
        // "EXISTS: wraps the list page (minor polish)": shown as existing, but changed all the same.
        const rest = existing.index === 0 ? restAfter(text, existing[0].length) : text;
        const saysChange = rest !== undefined && CHANGE_WORD.test(rest);
        return saysChange ? { status: 'modified', rest } : { status: 'existing', rest: undefined };
    }
    return { status: undefined, rest: text };
}
/**
 * "EXISTS: …", "(existing)", "MIT (already present)": a marker at the start, in an aside or in
 * a short note says what the file is; in a sentence ("so the handlers reuse one parser") it is
 * a word of the description.
 */
function saysItself(text, at) {
    if (at === 0 || text.lastIndexOf('(', at) > text.lastIndexOf(')', at))
        return true;
    return text.split(/\s+/).length <= 5;
}
function restAfter(text, at) {
    const rest = text
        .slice(at)
        .replace(/^[\s:—–,)(-]+/, '')
        .trim();
    return rest || undefined;
}
/**
 * The files of one tree, each with its status: its own note's, else the nearest folder's above
 * it that says new, existing, generated or later. A tree that marks some entries new says the
 * rest are not: there an unmarked file is an existing one the feature touches (`modified`);
 * in a tree that marks nothing new, an unmarked file is the feature's own (`unmarked`).
 * `firstLine` is the document line of the block's first line.
 */
function plannedFromTree(entries, file, firstLine) {
    const readings = entries.map(entry => readNote(entry.note));
    const marksNew = readings.some(reading => reading.status === 'new');
    const dirStatus = new Map();
    entries.forEach((entry, index) => {
        const status = readings[index].status;
        if (entry.isDirectory && status !== undefined && status !== 'modified')
            dirStatus.set(entry.path, status);
    });
    const inherited = (path) => {
        let best;
        for (const [dir, status] of dirStatus)
            if (path.startsWith(dir) && path !== dir && (!best || dir.length > best.dir.length))
                best = { dir, status };
        return best?.status;
    };
    const planned = [];
    entries.forEach((entry, index) => {
        const reading = readings[index];
        const source = { file, line: firstLine + entry.line, column: 1 };
        if (entry.isDirectory) {
            // `dto/  # NEW: OrderDto, OrderListDto`: in languages that keep one type per file, the
            // folder's note names its files.
            for (const path of typeFilesOf(entry, reading, entries))
                planned.push({ path, status: reading.status ?? 'new', note: undefined, source });
            return;
        }
        const status = reading.status ?? inherited(entry.path) ?? (marksNew ? 'modified' : 'unmarked');
        planned.push({ path: entry.path, status, note: reading.rest, source });
    });
    return planned;
}
/** `NEW: OrderDto, OrderListDto` on a folder of a Java, Kotlin or C# tree: one file per type. */
function typeFilesOf(entry, reading, entries) {
    if (reading.status !== 'new' || !reading.rest)
        return [];
    const names = reading.rest.split(NAME_LIST_SEPARATOR).map(name => name.trim());
    if (names.length === 0 || !names.every(name => /^[A-Z][A-Za-z0-9]{2,80}$/.test(name)))
        return [];
    const extension = treeExtension(entries);
    if (!extension)
        return [];
    const taken = new Set(entries.map(other => other.path));
    return names.map(name => `${entry.path}${name}${extension}`).filter(path => !taken.has(path));
}
/** The extension most of the tree's files have, when it is one a type per file is written in. */
function treeExtension(entries) {
    const counts = new Map();
    for (const entry of entries) {
        if (entry.isDirectory)
            continue;
        const dot = entry.path.lastIndexOf('.');
        if (dot > entry.path.lastIndexOf('/')) {
            const extension = entry.path.slice(dot);
            counts.set(extension, (counts.get(extension) ?? 0) + 1);
        }
    }
    let best;
    for (const [extension, count] of counts)
        if (!best || count > best.count)
            best = { extension, count };
    return best && ONE_TYPE_PER_FILE_EXTENSIONS.has(best.extension) ? best.extension : undefined;
}
// ---------------------------------------------------------------------------------------------
// Prose lists of files
/**
 * The files of the plan's prose lists: a list under a heading or bold label such as "Files to
 * create" or "Modified files", each item naming its file in a code span
 * (`` - `src/lib/rules.ts`: quota rules ``). The heading gives the status; an item's own marker
 * wins.
 */
function plannedFromLists(all, file, isPath) {
    const planned = [];
    for (const section of all) {
        if (SKIPPED_SECTION.test(section.title))
            continue;
        const headingStatus = listStatus(section.title);
        for (const named of namedFiles(section.heading, isPath))
            planned.push(proseFile(named, section.heading, file));
        section.body.forEach((node, index) => {
            if (node.type === 'paragraph') {
                // **Data pipeline — `src/pipeline/ingest.py`**: a bold label naming its file.
                const label = node.children.length === 1 && node.children[0].type === 'strong';
                if (label)
                    for (const bold of namedFiles(node, isPath))
                        planned.push(proseFile(bold, node, file));
                return;
            }
            if (node.type !== 'list')
                return;
            const labelled = headingStatus ?? labelStatus(section.body[index - 1]);
            planned.push(...listFiles(node, labelled, file, isPath));
        });
    }
    return planned;
}
/**
 * The files a heading or bold label names in code spans, each with the label's other words:
 * "2.1 Data ingestion — `src/pipeline/ingest.py`" → the file, "Data ingestion".
 */
function namedFiles(node, isPath) {
    const spans = [];
    collectCodeSpans(node, spans);
    const paths = spans.map(isPath).filter((path) => !!path && !path.endsWith('/'));
    if (paths.length === 0)
        return [];
    let label = plainText(node);
    for (const span of spans)
        label = label.split(span).join('');
    return paths.map(path => ({ path, label: trimLabel(label) }));
}
/** "2.1 Data ingestion — " → "Data ingestion": no numbering, no separator left dangling. */
function trimLabel(label) {
    return (0,pieces/* trimCharacters */.Bk)(label, ' \t0123456789.', ' \t:—–,(-');
}
function proseFile(named, node, file) {
    const reading = readNote(named.label || undefined);
    return {
        path: named.path,
        status: reading.status ?? 'unmarked',
        note: reading.status ? reading.rest : named.label || undefined,
        source: positionOf(node, file)
    };
}
function collectCodeSpans(node, spans) {
    if (node.type === 'inlineCode')
        spans.push(node.value);
    else if ('children' in node)
        for (const child of node.children)
            collectCodeSpans(child, spans);
}
function listStatus(title) {
    const text = title.replace(/[*_`]/g, '').trim();
    if (MIXED_FILE_LIST.test(text))
        return 'unmarked';
    if (NEW_FILE_LIST.test(text))
        return 'new';
    if (MODIFIED_FILE_LIST.test(text))
        return 'modified';
    return undefined;
}
/** `**New files**:` on a paragraph of its own just before the list. */
function labelStatus(node) {
    if (node?.type !== 'paragraph')
        return undefined;
    const text = plainText(node).trim();
    return text.length <= 60 ? listStatus(text) : undefined;
}
/**
 * The files of a list: under a files heading or label, every item naming one; elsewhere only
 * an item that starts with its file ("- `tests/test_ingest.py`: row counts"), which is about
 * that file.
 */
function listFiles(list, labelled, file, isPath) {
    const planned = [];
    const status = labelled ?? 'unmarked';
    for (const item of list.children) {
        const nested = item.children.flatMap(child => child.type === 'list' ? listFiles(child, labelled, file, isPath) : []);
        const first = item.children[0];
        if (first?.type !== 'paragraph') {
            planned.push(...nested);
            continue;
        }
        const span = labelled ? firstCodeSpan(first) : leadingCodeSpan(first);
        const path = span === undefined ? undefined : isPath(span);
        if (!path || path.endsWith('/')) {
            planned.push(...nested);
            continue;
        }
        const text = plainText(first).split('\n')[0];
        const at = text.indexOf(span);
        const rest = (at >= 0 ? text.slice(at + span.length) : '').replace(/^[\s:—–,-]+/, '').trim();
        const reading = readNote(rest || undefined);
        planned.push({
            path,
            status: reading.status ?? status,
            note: reading.status ? reading.rest : rest || undefined,
            source: positionOf(item, file)
        });
        planned.push(...nested);
    }
    return planned;
}
/** The code span an item starts with. */
function leadingCodeSpan(paragraph) {
    const first = paragraph.children[0];
    return first?.type === 'inlineCode' ? first.value : undefined;
}
function firstCodeSpan(node) {
    if (node.type === 'inlineCode')
        return node.value;
    if ('children' in node)
        for (const child of node.children) {
            const found = firstCodeSpan(child);
            if (found !== undefined)
                return found;
        }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/plan.ts






function parsePlan(doc) {
    const { root, sections: all, title: h1 } = outline(doc.text);
    const structure = projectStructure(all, doc.path, doc.text);
    const endpoints = planRoutes(structure.planned ?? [], doc.text, doc.path);
    return {
        plan: {
            title: planTitle(h1?.title),
            source: h1 ? positionOf(h1.heading, doc.path) : { file: doc.path, line: 1, column: 1 },
            technicalContext: technicalContext(root, doc.path),
            structure,
            ...(endpoints.length > 0 ? { endpoints } : {})
        },
        findings: []
    };
}
function planTitle(heading) {
    if (!heading)
        return 'Implementation Plan';
    return heading.trim();
}
// ---------------------------------------------------------------------------------------------
// Technical Context
const FIELD_BY_KEY = new Map(TECHNICAL_FIELDS.map(field => [fieldKey(field), field]));
function fieldKey(name) {
    return name.toLowerCase().split(' ').join('').split('*').join('');
}
/** Every `**Field**: value` line of a paragraph or list item, first occurrence of each field wins. */
function technicalContext(root, file) {
    const context = {};
    const visit = (nodes) => {
        nodes.forEach((node, index) => {
            if (node.type === 'paragraph') {
                const open = readFieldLines(node, file, context);
                const next = nodes[index + 1];
                if (open && next?.type === 'list')
                    takeListValue(open, next);
            }
            else if (node.type === 'list') {
                for (const item of node.children)
                    visit(item.children);
            }
            else if (node.type === 'blockquote')
                visit(node.children);
        });
    };
    visit(root.children);
    return context;
}
/** `Notes: …` or a line ending in `:` that introduces something else: not a wrapped value. */
const OTHER_LABEL = /^[^:,.;]{1,40}:(?:\s|$)|^[^:]{1,80}:$/;
/**
 * Reads the fields of one paragraph. A value soft-wrapped onto the next lines continues there; a
 * hard break (two trailing spaces) ends it. Returns the field left without a value on the
 * paragraph's last line, whose value may be the list that follows.
 */
function readFieldLines(node, file, context) {
    const start = positionOf(node, file);
    let current;
    paragraphLines(node).forEach(({ text, afterHardBreak }, offset) => {
        const colon = text.indexOf(':');
        const field = colon > 0 ? FIELD_BY_KEY.get(fieldKey(text.slice(0, colon))) : undefined;
        if (!field) {
            const wraps = current && !afterHardBreak && text.trim() && !OTHER_LABEL.test(text.trim());
            if (wraps)
                setRaw(current, `${current.raw} ${text.trim()}`.trim());
            else
                current = undefined;
            return;
        }
        current = undefined;
        if (context[field])
            return;
        current = {
            value: undefined,
            raw: '',
            source: { file, line: start.line + offset, column: offset === 0 ? start.column : 1 }
        };
        setRaw(current, text.slice(colon + 1).trim());
        context[field] = current;
    });
    return current && !current.raw ? current : undefined;
}
/** The paragraph's lines as a reader sees them, each knowing whether a hard break ended the one before. */
function paragraphLines(node) {
    const HARD = '\u0000';
    const text = node.children
        .map(child => (child.type === 'break' ? `\n${HARD}` : plainText(child)))
        .join('');
    return text.split('\n').map(line => ({
        text: line.startsWith(HARD) ? line.slice(1) : line,
        afterHardBreak: line.startsWith(HARD)
    }));
}
/**
 * `**Storage**:` with the value written as a bullet list below it. Without blank lines the next
 * `**Field**:` lines run on inside the last item; the value stops there.
 */
function takeListValue(field, list) {
    const items = [];
    for (const item of list.children) {
        const lines = plainText(item).split('\n');
        const end = lines.findIndex((line, index) => index > 0 && startsOtherValue(line));
        items.push((end < 0 ? lines : lines.slice(0, end)).join(' ').trim());
        if (end >= 0)
            break;
    }
    setRaw(field, items.filter(Boolean).join('; '));
}
function startsOtherValue(line) {
    const colon = line.indexOf(':');
    if (colon > 0 && FIELD_BY_KEY.has(fieldKey(line.slice(0, colon))))
        return true;
    return OTHER_LABEL.test(line.trim());
}
function setRaw(field, raw) {
    field.raw = raw;
    field.value = isPlaceholder(raw) ? undefined : raw;
}
/** `[e.g., Python 3.11 or NEEDS CLARIFICATION]`, `NEEDS CLARIFICATION`, an empty value. */
function isPlaceholder(value) {
    const trimmed = value.trim();
    if (!trimmed)
        return true;
    const upper = trimmed.toUpperCase();
    if (vocabulary_documents/* PLACEHOLDER_MARKERS */.Gv.some(marker => upper.includes(marker)))
        return true;
    return trimmed.startsWith('[') && trimmed.endsWith(']') && !trimmed.slice(1, -1).includes('](');
}
// ---------------------------------------------------------------------------------------------
// Project Structure
function projectStructure(all, file, text) {
    const structure = {
        sourceDirs: [],
        testDirs: [],
        files: [],
        decision: undefined,
        source: undefined
    };
    const section = all.find(candidate => vocabulary_documents/* STRUCTURE_SECTION */.n.test(candidate.title)) ??
        all.find(candidate => vocabulary_documents/* SOURCE_CODE_SECTION */.eA.test(candidate.title));
    if (section) {
        structure.source = positionOf(section.heading, file);
        let underDocumentation = false;
        let drawn = [];
        const flushDrawn = () => {
            const firstLine = drawn[0]?.position?.start.line;
            if (firstLine !== undefined)
                addTree(structure, readTree(plan_rawText(drawn, text)), { file, line: firstLine });
            drawn = [];
        };
        for (const node of section.content) {
            if (node.type === 'heading')
                underDocumentation = vocabulary_documents/* DOCUMENTATION_SECTION */.Bw.test(plainText(node));
            if (node.type === 'paragraph')
                structure.decision ??= decisionOf(node);
            // A tree drawn without its opening fence reads as paragraphs of box-drawing lines.
            if (!underDocumentation && node.type === 'paragraph' && isDrawnTree(node, text)) {
                drawn.push(node);
                continue;
            }
            flushDrawn();
            if (node.type !== 'code' || underDocumentation || isUnfilledTemplate(node))
                continue;
            if (!isClosed(node, text))
                continue;
            // The block's first line follows its opening fence.
            addTree(structure, readTree(node.value), {
                file,
                line: (node.position?.start.line ?? 0) + 1
            });
        }
        flushDrawn();
    }
    structure.decision ??= decisionAnywhere(all);
    const mentioned = mentionedPaths(all);
    if (mentioned.length > 0)
        structure.mentioned = mentioned;
    addPlanned(structure, plannedFromLists(all, file, repositoryPathIn));
    return structure;
}
/** Each file once, as the first tree or list that names it says. */
function addPlanned(structure, planned) {
    for (const entry of planned) {
        const known = (structure.planned ??= []);
        if (!known.some(other => other.path === entry.path))
            known.push(entry);
    }
}
function addTree(structure, all, start) {
    // The feature's own documentation tree (`specs/001-x/plan.md`…) is not source code.
    if (all[0]?.path.startsWith(vocabulary_documents/* FEATURE_FOLDERS_ROOT */.uw))
        return;
    const entries = all.filter(entry => !entry.path.startsWith(vocabulary_documents/* FEATURE_FOLDERS_ROOT */.uw));
    addPlanned(structure, plannedFromTree(entries, start.file, start.line));
    for (const entry of entries) {
        if (entry.note && !structure.notes?.some(known => known.path === entry.path))
            (structure.notes ??= []).push({ path: entry.path, note: entry.note });
        if (!entry.isDirectory) {
            if (!structure.files.includes(entry.path))
                structure.files.push(entry.path);
            continue;
        }
        const list = isTestDirectory(entry.path) ? structure.testDirs : structure.sourceDirs;
        if (!list.includes(entry.path))
            list.push(entry.path);
    }
}
/** Two or more lines drawn as tree branches: a tree whose fence was lost. */
function isDrawnTree(node, text) {
    const lines = plan_rawText([node], text).split('\n');
    return lines.filter(line => TREE_BRANCH.test(line)).length >= 2;
}
/** The source text of consecutive nodes, as written (markdown would eat the indentation). */
function plan_rawText(nodes, text) {
    const start = nodes[0]?.position?.start.offset;
    const end = nodes[nodes.length - 1]?.position?.end.offset;
    if (start === undefined || end === undefined)
        return '';
    // From the start of the first line, so the first entry keeps its column.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return text.slice(lineStart, end);
}
/**
 * Repository paths the prose names in code spans: `crates/core/tests/`, `src/lib/store.ts`. A
 * span counts when it is a directory (ends in `/`) or a file with an extension, has no spaces,
 * URL, placeholder or feature-folder path.
 */
function mentionedPaths(all) {
    const found = [];
    const visit = (node) => {
        if (node.type === 'inlineCode') {
            const path = repositoryPathIn(node.value);
            if (path && !found.includes(path))
                found.push(path);
            return;
        }
        if (node.type === 'code')
            return;
        if ('children' in node)
            for (const child of node.children)
                visit(child);
    };
    for (const section of all)
        for (const node of section.body)
            visit(node);
    return found;
}
function repositoryPathIn(span) {
    let value = span.trim();
    if (!value.includes('/') || /[\s[\]<>{}*$@]|:\/\//.test(value))
        return undefined;
    if (value.startsWith('./'))
        value = value.slice(2);
    if (value.startsWith('/') || value.startsWith('~/') || value.startsWith('../'))
        return undefined;
    if (vocabulary_documents/* SPEC_KIT_PATH */.Bo.test(value))
        return undefined;
    const segments = value.split('/');
    const last = segments[segments.length - 1];
    const isDirectory = last === '';
    if (!isDirectory && !/\.[a-z][a-z0-9]{0,9}$/i.test(last))
        return undefined;
    if (!segments.slice(0, isDirectory ? -1 : undefined).every(s => /^[\w.()-]+$/.test(s)))
        return undefined;
    return value;
}
/**
 * A fence that is never closed runs to the end of the document: what it holds is the prose that
 * follows a lost fence, not a tree.
 */
function isClosed(code, text) {
    const start = code.position?.start.offset;
    const end = code.position?.end.offset;
    if (start === undefined || end === undefined)
        return true;
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(start, end));
    if (!opening)
        return true;
    const source = text.slice(start, end).trimEnd();
    const last = source.slice(source.lastIndexOf('\n') + 1).trim();
    const fence = opening[1];
    return (source.includes('\n') && last.length >= fence.length && [...last].every(ch => ch === fence[0]));
}
/** spec-kit's template lists three options with `[REMOVE IF UNUSED]`; a plan that kept them all chose none. */
function isUnfilledTemplate(code) {
    const text = code.value;
    return (text.includes(vocabulary_documents/* UNFILLED_TREE_MARKER */.cw) ||
        vocabulary_documents/* UNFILLED_TREE_OPTIONS */.yF.every(option => text.includes(option)));
}
function isTestDirectory(path) {
    const segments = path.toLowerCase().split('/');
    // Maven and Gradle keep tests in `src/test/`; under `src/main/` a `spec` or `test` segment is a
    // package name (`com/acme/spec/`), not a test folder.
    const [source, main] = vocabulary_documents/* MAIN_SOURCE_SET */.H0;
    const mainAt = segments.findIndex((segment, index) => segment === main && segments[index - 1] === source);
    return segments.some((segment, index) => (mainAt < 0 || index < mainAt) &&
        (vocabulary_documents/* TEST_FOLDER_NAMES */.Lf.has(segment) ||
            segment.endsWith(`.${vocabulary_documents/* TEST_FOLDER_SUFFIX */.K9}`) ||
            (segment.endsWith(vocabulary_documents/* TEST_FOLDER_SUFFIX */.K9) && segment.length > vocabulary_documents/* TEST_FOLDER_SUFFIX */.K9.length)));
}
function decisionOf(node) {
    const text = plainText(node).trim();
    const match = vocabulary_documents/* STRUCTURE_DECISION */.rt.exec(text);
    return match ? text.slice(match[0].length).trim() || undefined : undefined;
}
function decisionAnywhere(all) {
    for (const section of all) {
        for (const node of section.body) {
            if (node.type !== 'paragraph')
                continue;
            const decision = decisionOf(node);
            if (decision)
                return decision;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/plan/layout/folders.ts
/**
 * Arithmetic on the folder paths of a plan's tree: `src/models/` style, a trailing slash on every
 * folder, none on a file.
 */
/** The folder a path is in (itself for a folder): `src/models/` for `src/models/order.py`. */
function directoryOf(path) {
    if (path.endsWith('/'))
        return path;
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash + 1);
}
/** A path's last segment without its slash: `models` for `src/models/`. */
function lastSegment(dir) {
    const trimmed = dir.endsWith('/') ? dir.slice(0, -1) : dir;
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
/** The folder above a folder: `src/` for `src/models/`; none at the top. */
function parentDir(dir) {
    const trimmed = dir.slice(0, -1);
    const slash = trimmed.lastIndexOf('/');
    return slash < 0 ? undefined : trimmed.slice(0, slash + 1);
}
/** The deepest folder above every one of `dirs` (`src/` for `src/lexer/`, `src/parser/`). */
function commonAncestor(dirs) {
    if (dirs.length < 2)
        return undefined;
    const common = dirs.reduce((above, dir) => above
        .split('/')
        .slice(0, sharedSegments(above, dir))
        .map(segment => `${segment}/`)
        .join(''));
    return common || undefined;
}
/** How many leading folders two directories share. */
function sharedSegments(a, b) {
    const left = a.split('/');
    const right = b.split('/');
    let shared = 0;
    while (shared < left.length && left[shared] && left[shared] === right[shared])
        shared++;
    return shared;
}
/** Directories that are not an ancestor of another listed one. */
function leafDirs(dirs) {
    return unique(dirs.filter(dir => !dirs.some(other => other !== dir && other.startsWith(dir))));
}
function unique(values) {
    return [...new Set(values)];
}

;// CONCATENATED MODULE: ./src/core/plan/layout/folder-language.ts
/**
 * The language of the code in one folder of the plan's tree: a Java plan's `frontend/` may hold
 * TypeScript, its `src/main/resources/` only data.
 */




/**
 * What the plan keeps in `dir`: the language of the code its tree puts there, or in the nearest
 * folder above that holds code (`data` where its own files are no code: SQL, YAML);
 * else what a build folder (`crates/`) or the Language/Version field (`TypeScript (frontend)`)
 * says of it. In the plan's language where its files mix languages; nothing where nothing says.
 */
function codeLanguageAt(dir, files, language, parts) {
    const stated = statedPartLanguage(dir, parts);
    for (let at = dir; at; at = parentDir(at)) {
        const held = files.filter(file => file.startsWith(at));
        if (held.length === 0)
            continue;
        const found = held.map(codeLanguageOfFile).filter((l) => l !== undefined);
        // Configuration above a folder (`src/main/resources/`) says nothing of the code in it.
        if (found.length === 0) {
            if (at === dir)
                return 'data';
            continue;
        }
        if (found.some(l => sameFamily(l, language)))
            return language;
        // A `package.json` says JavaScript or TypeScript; the plan says which.
        const common = mostCommon(found);
        return stated && sameFamily(stated, common) ? stated : common;
    }
    return languageOfBuildPath(dir) ?? stated;
}
/** The language the Language/Version field gives the part of the code base `dir` is in. */
function statedPartLanguage(dir, parts) {
    const segments = dir.split('/').filter(Boolean).reverse();
    for (const segment of segments) {
        const named = words(segment).join(' ');
        const part = parts.find(candidate => candidate.part === named);
        if (part)
            return part.language;
    }
    return undefined;
}
/**
 * A file's language; a single-file component (`.vue`, `.svelte`) counts as JavaScript, a build
 * file (`Cargo.toml`, `package.json`) as its language's.
 */
function codeLanguageOfFile(file) {
    if (SINGLE_FILE_COMPONENT.test(file))
        return 'javascript';
    return languageOfFile(file) ?? languageOfBuildPath(file.slice(file.lastIndexOf('/') + 1));
}
function mostCommon(languages) {
    const counts = new Map();
    for (const language of languages)
        counts.set(language, (counts.get(language) ?? 0) + 1);
    let best;
    for (const [language, count] of counts)
        if (best === undefined || count > best.count)
            best = { language, count };
    return best.language;
}
/**
 * The language of the code in `dir` as the plan lays it out (`client/cypress/e2e/` of a Java
 * plan with a TypeScript front end: TypeScript); the feature's language where nothing says.
 */
function languageOfDir(layout, dir) {
    const found = codeLanguageAt(dir, layout.plannedFiles, layout.language, layout.languageParts);
    return found === undefined || found === 'data' ? layout.language : found;
}
/** TypeScript projects hold JavaScript, Kotlin ones Java, C++ ones C. */
function sameFamily(a, b) {
    return (LANGUAGE_FAMILY[a] ?? a) === (LANGUAGE_FAMILY[b] ?? b);
}

;// CONCATENATED MODULE: ./src/core/plan/layout/role-words.ts
/**
 * The role a folder or file plays (the entity it defines, the logic it holds, the requests it
 * serves), read from the words of its name: `controllers/` serves requests, `dto/` never does.
 */



/** The text's words in one form, singular, so `sketches` meets `Sketch` and `entities` `entity`. */
function roleWords(text) {
    return words(text).map(oneForm);
}
/** `sketches` → `sketch` (the plural of a sibilant), else the word's singular. */
function oneForm(word) {
    if (word.length > 4 && SIBILANT_PLURAL.test(word))
        return word.slice(0, -2);
    return singular(word);
}
/** The file's folder (nearest segment) or name plays another role. */
function dirDenies(dir, role) {
    return roleWords(lastSegment(dir)).some(word => ROLE_DENIED_WORDS[role].has(word));
}

;// CONCATENATED MODULE: ./src/core/plan/layout/folder-kinds.ts
/**
 * What kind of folder a plan's folder is, by its name: documentation, what tests use, or the first
 * of a role's folders (the names are vocabulary/layout.ts's).
 */



/** Documentation and site content: `docs/`, a Hugo site's `archetypes/` and `content/`. */
function isDocumentationDir(dir) {
    const segments = dir.toLowerCase().split('/');
    return (segments.some(segment => DOCUMENTATION_FOLDERS.has(segment)) ||
        SITE_CONTENT_ROOTS.has(segments[0]));
}
/** `mocks/`, `fixtures/`, `testdata/`: what tests use, not where they are. */
function isTestSupport(segment) {
    return TEST_SUPPORT_FOLDER.test(segment);
}
/**
 * The first directory whose last segment is one of `names`, in the plan's tree order, and which
 * does not hold another role's files (a `dto/` is never where endpoints go). A folder holding
 * folders of the same name is a container, not one of them: `services/` of a repository whose
 * services each have a `service/` folder.
 */
function pickDir(dirs, names, role) {
    const named = (dir) => names.includes(lastSegment(dir).toLowerCase()) && (!role || !dirDenies(dir, role));
    return dirs.find(dir => named(dir) && !dirs.some(other => other !== dir && other.startsWith(dir) && named(other)));
}

;// CONCATENATED MODULE: ./src/core/plan/layout/source-sets.ts
/**
 * The modules of a JVM build as a plan lays them out: `app/src/main/kotlin/org/quay/berths/` is
 * module `app/`, its code in package `org/quay/berths/`; its tests go in `app/src/test/kotlin/`
 * under the same package, the way Maven and Gradle expect them.
 */


/** `services/mooring/src/test/java/org/x/` → its module, source set, language and the rest. */
function sourceSetPath(path) {
    const segments = path.split('/');
    for (let at = 0; at + 2 < segments.length; at++) {
        if (segments[at] !== SOURCE_SETS_FOLDER || !SOURCE_SET_LANGUAGES.has(segments[at + 2]))
            continue;
        return {
            home: segments
                .slice(0, at)
                .map(segment => `${segment}/`)
                .join(''),
            set: segments[at + 1],
            language: segments[at + 2],
            rest: segments.slice(at + 3).join('/')
        };
    }
    return undefined;
}
/**
 * The package the plan puts a module's code in: the deepest folder above all its main source
 * folders (`org/quay/mooring/` for `…/mooring/controller/` and `…/mooring/model/`), or none.
 */
function modulePackage(sourceDirs, home, language) {
    const root = `${home}${SOURCE_SETS_FOLDER}/${MAIN_SOURCE_SET}/${language}/`;
    const below = sourceDirs.filter(dir => dir.startsWith(root) && dir !== root);
    const deepest = below.length === 1 ? below[0] : commonAncestor(below);
    return deepest && deepest.startsWith(root) ? deepest.slice(root.length) : '';
}
/**
 * A test source folder the plan leaves bare (`app/src/test/java/`) holds its tests in the
 * package of the module's code (`app/src/test/java/org/quay/berths/`); any other folder is as
 * the plan writes it.
 */
function withCodePackage(sourceDirs, testDir) {
    const parts = sourceSetPath(testDir);
    if (!parts || parts.rest !== '' || !TEST_SOURCE_SETS.includes(parts.set))
        return testDir;
    return testDir + modulePackage(sourceDirs, parts.home, parts.language);
}
/**
 * The plan's test folder for the module `file` is in, where `testDir` is another module's: a
 * contract test beside the service that serves the contract. The folder of the same name as
 * `testDir` there (`contract/`), else that module's unit test folder; none where the file is in
 * no module or in the same one.
 */
function moduleTestDir(sourceDirs, testDirs, file, testDir) {
    const code = sourceSetPath(file);
    if (!code || code.set !== MAIN_SOURCE_SET || testDir.startsWith(code.home))
        return undefined;
    const own = testDirs.filter(dir => {
        const parts = sourceSetPath(dir);
        return parts?.home === code.home && parts.set === TEST_SOURCE_SETS[0];
    });
    const name = testDir.split('/').filter(Boolean).pop();
    const chosen = own.find(dir => dir.split('/').filter(Boolean).pop() === name) ??
        [...own].sort((a, b) => a.length - b.length)[0];
    return chosen && withCodePackage(sourceDirs, chosen);
}
/**
 * The one module every main source folder of the plan is in (`app/` of an Android app), where its
 * build file goes; none at the top or where the plan lays out several modules.
 */
function singleModuleHome(sourceDirs) {
    const homes = new Set(sourceDirs
        .map(sourceSetPath)
        .filter(parts => parts?.set === MAIN_SOURCE_SET)
        .map(parts => parts.home));
    const [home] = homes;
    return homes.size === 1 && home ? home : undefined;
}
/**
 * The test folder mirroring the folder of `file`, a main source file of a module whose test source
 * set the plan draws bare: `app/src/test/java/org/x/web/` for `app/src/main/java/org/x/web/
 * OrderController.java`, the way JVM builds lay tests beside the code they test. None where the
 * plan lays out that test source set itself or draws none.
 */
function mirroredTestDir(testDirs, file) {
    const code = sourceSetPath(file);
    if (!code || code.set !== MAIN_SOURCE_SET)
        return undefined;
    const testRoot = `${code.home}${SOURCE_SETS_FOLDER}/${TEST_SOURCE_SETS[0]}/${code.language}/`;
    if (!testDirs.includes(testRoot) ||
        testDirs.some(dir => dir !== testRoot && dir.startsWith(testRoot)))
        return undefined;
    const slash = code.rest.lastIndexOf('/');
    return testRoot + (slash < 0 ? '' : code.rest.slice(0, slash + 1));
}

;// CONCATENATED MODULE: ./src/core/plan/layout/plan-layout.ts
/**
 * The layout a plan's own structure gives: models, services and endpoints in the plan's folders
 * for them (else where its code has its centre of gravity), tests in its test folders.
 */









/**
 * `base` with the folders the plan's structure lays out: each role's own folder, else where its
 * code is; each kind of test's own folder, else the plan's main test folder.
 */
function planLayout(structure, base) {
    const { sourceDirs, files } = structure;
    const language = base.language;
    const testDirs = structure.testDirs.filter(dir => !isDocumentationDir(dir));
    const codeAt = (dir) => codeLanguageAt(dir, files, language, base.languageParts);
    // New code goes where the plan keeps code of its language: not in documentation, not in a
    // folder of another language or of data only, not in a folder serving one dynamic route.
    const codeDirs = sourceDirs.filter(dir => {
        const found = codeAt(dir);
        const ownCode = found === undefined || (found !== 'data' && sameFamily(found, language));
        return ownCode && !isDocumentationDir(dir) && !isDynamicRouteDir(dir);
    });
    const primary = primarySourceDir(codeDirs, files, language);
    const source = (names, role, fallback) => pickDir(codeDirs, names, role) ?? primaryFor(role, codeDirs, primary) ?? fallback;
    // Contract and unit tests test this language's code: a front end's test folder is no place
    // for the back end's API tests.
    const ownTests = testDirs.filter(dir => {
        const found = codeAt(dir);
        return found === undefined || found === 'data' || sameFamily(found, language);
    });
    // A leaf such as tests/core/ says more than the tests/ root it sits in; mocks and fixtures
    // hold no tests.
    const leafTests = leafDirs(ownTests);
    const testsProper = leafTests.filter(dir => !dir.split('/').some(isTestSupport));
    const testRoot = commonAncestor(testsProper);
    const primaryTest = pickDir(testsProper, UNIT_TEST_FOLDERS) ??
        testsProper.find(dir => !pickDir([dir], [...CONTRACT_TEST_FOLDERS, ...INTEGRATION_TEST_FOLDERS])) ??
        // Only category folders (contract/, integration/): the test root above them.
        (testRoot && isTestDirectory(testRoot) ? testRoot : undefined) ??
        testsProper[0] ??
        leafTests[0];
    // A bare `src/test/java/` holds its tests in the package of the code they test.
    const test = (dirs, names, fallback) => withCodePackage(sourceDirs, pickDir(dirs, names) ?? primaryTest ?? fallback);
    const modelsDir = source(MODEL_FOLDERS, 'model', base.modelsDir);
    const servicesDir = source(SERVICE_FOLDERS, 'service', base.servicesDir);
    const endpointsDir = source(ENDPOINT_FOLDERS, 'endpoint', base.endpointsDir);
    // Go keeps a package's tests beside its code; elsewhere a plan without test folders gets the
    // project type's.
    const beside = language === 'go' && ownTests.length === 0;
    return {
        ...base,
        origin: 'plan',
        modelsDir,
        servicesDir,
        endpointsDir,
        contractTestsDir: beside
            ? endpointsDir
            : test(ownTests, CONTRACT_TEST_FOLDERS, base.contractTestsDir),
        // Story tests go where the plan runs its end-to-end tests, in that folder's language.
        integrationTestsDir: test(testDirs, INTEGRATION_TEST_FOLDERS, base.integrationTestsDir),
        unitTestsDir: beside ? servicesDir : test(ownTests, UNIT_TEST_FOLDERS, base.unitTestsDir),
        touchedDirs: leafDirs([...sourceDirs, ...structure.testDirs]),
        plannedFiles: files,
        planned: structure.planned,
        sourceDirs,
        testDirs: structure.testDirs,
        notes: structure.notes
    };
}
/**
 * The primary code directory, unless it is plainly another role's (the `views/` of a web app
 * is no place for its models); then the project holding the models, the code root above the
 * code folders, or the first folder of code that is not another role's.
 */
function primaryFor(role, codeDirs, primary) {
    if (primary && !dirDenies(primary, role))
        return primary;
    // Logic and its API sit in the project that holds the models (`src/Shop.Core/`).
    const models = role !== 'model' ? pickDir(codeDirs, MODEL_FOLDERS) : undefined;
    const project = models && parentDir(models);
    if (project && !dirDenies(project, role))
        return project;
    const code = leafDirs(codeDirs).filter(dir => !dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment)));
    const root = commonAncestor(code);
    if (root && !dirDenies(root, role))
        return root;
    return code.find(dir => !dirDenies(dir, role));
}
/**
 * The directory holding most of the plan's source files in the feature's language (its centre
 * of gravity); failing that, the first leaf that holds code rather than a front end, an entry
 * point, assets or docs: a Go service's models do not go in `web/` or `cmd/`.
 */
function primarySourceDir(sourceDirs, files, language) {
    const extension = sourceExtension(language);
    const ownFiles = files.filter(file => file.endsWith(extension));
    let best;
    for (const dir of sourceDirs) {
        // A script folder full of entry points is not where the logic lives.
        if (dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment)))
            continue;
        const count = ownFiles.filter(file => directoryOf(file) === dir).length;
        if (count > 0 && (best === undefined || count > best.count))
            best = { dir, count };
    }
    if (best)
        return best.dir;
    // Code, and preferably not the thin layer that serves it (`internal/handlers/`): models and
    // services belong where the logic is.
    const code = leafDirs(sourceDirs).filter(dir => !dir.split('/').some(segment => NOT_CODE_FOLDERS.has(segment)));
    return (code.find(dir => !ENDPOINT_FOLDERS.includes(lastSegment(dir).toLowerCase())) ??
        code[0] ??
        leafDirs(sourceDirs)[0]);
}

;// CONCATENATED MODULE: ./src/core/plan/layout/plan-structure.ts





const OWN_WORK = new Set(['new', 'modified', 'unmarked']);
/**
 * The directories and files the plan lays out, without those it says are generated, for later or
 * left unchanged, and without folders its template names only by placeholder (`[feature]/`:
 * no package is invented for them). Without a tree, the paths its prose names, when they say
 * where code goes.
 */
function codeStructure(plan, language) {
    const structure = plan?.structure;
    if (!structure)
        return undefined;
    const notes = new Map((structure.notes ?? []).map(({ path, note }) => [path, note]));
    const noted = [...notes].filter(([, note]) => isNotWritten(note)).map(([path]) => path);
    const isGone = (gone, path) => gone.some(dir => path === dir || (dir.endsWith('/') && path.startsWith(dir)));
    // A folder whose every file the plan leaves alone, and which has no folder of new work
    // below it, is left alone too.
    const dirs = [...structure.sourceDirs, ...structure.testDirs];
    const filesIn = (dir) => structure.files.filter(file => file.startsWith(dir));
    const untouched = dirs.filter(dir => {
        const held = filesIn(dir);
        const below = dirs.filter(other => other !== dir && other.startsWith(dir));
        return (held.length > 0 &&
            held.every(file => isGone(noted, file)) &&
            below.every(other => isGone(noted, other) || filesIn(other).length > 0));
    });
    const excluded = [...noted, ...untouched];
    const keep = (path) => !isGone(excluded, path) &&
        !hasPlaceholderSegment(path) &&
        !path.split('/').some(segment => GENERATED_FOLDERS.has(segment));
    const fill = (paths) => unique(paths.filter(keep));
    const planned = (structure.planned ?? []).filter(file => OWN_WORK.has(file.status) && keep(file.path));
    const fromTree = {
        sourceDirs: fill(structure.sourceDirs),
        testDirs: fill(structure.testDirs),
        files: fill(structure.files),
        notes,
        planned
    };
    if (fromTree.sourceDirs.length > 0 || fromTree.testDirs.length > 0)
        return fromTree;
    const prose = proseStructure(structure.mentioned ?? [], language);
    return prose && { ...prose, planned };
}
/**
 * `generated, git-ignored`, `not committed`, `FUTURE: …`, `kept as is (no changes)`: the plan does
 * not write there now.
 */
function isNotWritten(note) {
    return (GENERATED_NOTE.test(note) ||
        FUTURE_NOTE_IN_CAPITALS.test(note) ||
        FUTURE_NOTE.test(note) ||
        UNCHANGED_NOTE.test(note));
}
/**
 * `crates/engine/tests/` in the prose of a plan without a tree: tests go there, and the crate's
 * code beside them in `crates/engine/src/` (the layout Cargo and Maven prescribe).
 */
function proseStructure(mentioned, language) {
    const dirs = unique(mentioned.map(directoryOf)).filter(dir => dir && !dir.split('/').some(segment => NOT_CODE_MENTIONED_FOLDERS.has(segment.toLowerCase())));
    const testDirs = dirs.filter(isTestDirectory);
    const sourceDirs = dirs.filter(dir => !isTestDirectory(dir));
    if (language === 'rust')
        for (const dir of testDirs) {
            const crate = CRATE_TEST_FOLDER.exec(dir);
            if (crate)
                sourceDirs.push(`${crate[1] ?? ''}${CRATE_FOLDERS.source}`);
        }
    if (sourceDirs.length === 0 && testDirs.length === 0)
        return undefined;
    const files = mentioned.filter(path => !path.endsWith('/') && dirs.includes(directoryOf(path)));
    return { sourceDirs: unique(sourceDirs), testDirs, files, notes: new Map(), planned: [] };
}

;// CONCATENATED MODULE: ./src/core/plan/layout/template-layout.ts


/**
 * A template that names its code's place (`vllm/`) fits a feature whose plan lays it out there,
 * or, when the plan lays out nothing, one in the template's language. A template that names no
 * place fits any code base.
 */
function isTemplateCodeBase(template, structure, language) {
    const sourceRoot = template.paths.sourceRoot;
    if (sourceRoot === undefined)
        return true;
    if (structure)
        return [...structure.sourceDirs, ...structure.files].some(path => path.startsWith(sourceRoot));
    const own = templateLanguage(template);
    return own === undefined || own === language;
}
/** The language of the files the template's items name (`test_[feature].py`: Python). */
function templateLanguage(template) {
    for (const phase of template.phases)
        for (const item of phase.items) {
            const language = item.path ? languageOfFile(item.path) : undefined;
            if (language)
                return language;
        }
    return undefined;
}
/**
 * The template's API and end-to-end items (`API test in tests/entrypoints/ (if API change)`,
 * `HTTP endpoint in vllm/entrypoints/`): the contract, endpoint and story rules do their work,
 * in whichever code base.
 */
function rulesItems(template) {
    const items = template.phases.flatMap(phase => phase.items.map(item => ({ item, role: phase.role })));
    const conditional = (role, condition) => items.find(entry => entry.role === role && entry.item.condition?.id === condition && entry.item.path)?.item;
    return {
        api: conditional('core', 'api-change'),
        apiTest: conditional('tests', 'api-change'),
        endToEnd: conditional('tests', 'end-to-end')
    };
}
function replacedItems(template) {
    return new Set(Object.values(rulesItems(template)).filter((item) => item !== undefined));
}
/** The seed's style: `vllm/<component>/` for code, `tests/<component>/` mirroring it. */
function templateLayout(template, fallback) {
    const sourceRoot = template.paths.sourceRoot;
    const testRoot = template.paths.testRoot ?? 'tests/';
    const componentDir = `${sourceRoot}${fallback.component}/`;
    const testDir = `${testRoot}${fallback.component}/`;
    const dirOf = (item) => item?.path && directoryOf(item.path);
    const { api, apiTest, endToEnd } = rulesItems(template);
    const endpointsDir = dirOf(api) || componentDir;
    const contractTestsDir = dirOf(apiTest) || testDir;
    const integrationTestsDir = dirOf(endToEnd) || testDir;
    return {
        ...fallback,
        origin: 'template',
        modelsDir: componentDir,
        servicesDir: componentDir,
        endpointsDir,
        contractTestsDir,
        integrationTestsDir,
        unitTestsDir: testDir,
        touchedDirs: unique([
            componentDir,
            endpointsDir,
            testDir,
            contractTestsDir,
            integrationTestsDir
        ])
    };
}

;// CONCATENATED MODULE: ./src/core/plan/layout/resolve.ts






function resolveLayout(feature, template) {
    const language = languageOf(feature.plan);
    const component = componentName(feature.name);
    const structure = codeStructure(feature.plan, language);
    const inTemplateCodeBase = isTemplateCodeBase(template, structure, language);
    const fromProjectType = {
        ...projectTypeLayout(feature.plan, language, component, structure),
        languageParts: statedLanguageParts(feature.plan)
    };
    const base = inTemplateCodeBase && template.paths.sourceRoot && template.paths.mirrorTests
        ? templateLayout(template, fromProjectType)
        : fromProjectType;
    const withCodeBase = { ...base, inTemplateCodeBase, replacedItems: replacedItems(template) };
    return structure ? planLayout(structure, withCodeBase) : withCodeBase;
}
/** `001-kv-cache-hit-rate-metric` → `kv_cache_hit_rate_metric`. */
function componentName(featureName) {
    const parts = featureName.split('-');
    while (parts.length > 1 && /^\d+$/.test(parts[0]))
        parts.shift();
    return snakeCase(parts.join(' '));
}
/**
 * The defaults of the plan's Project Type: `src/` and `tests/`, under `backend/` for a web
 * project or `api/` for a mobile one.
 */
function projectTypeLayout(plan, language, component, structure) {
    const type = (plan?.technicalContext['Project Type']?.value ?? '').toLowerCase();
    const typeRoot = PROJECT_TYPE_ROOTS.find(([word]) => type.includes(word))?.[1] ?? '';
    // A plan that lays out its own folders decides whether `backend/` exists.
    const root = structure && !structure.sourceDirs.some(dir => dir.startsWith(typeRoot)) ? '' : typeRoot;
    return {
        origin: 'project-type',
        language,
        component,
        modelsDir: root + PROJECT_TYPE_FOLDERS.models,
        servicesDir: root + PROJECT_TYPE_FOLDERS.services,
        endpointsDir: root + PROJECT_TYPE_FOLDERS.endpoints,
        contractTestsDir: root + PROJECT_TYPE_FOLDERS.contractTests,
        integrationTestsDir: root + PROJECT_TYPE_FOLDERS.integrationTests,
        unitTestsDir: root + PROJECT_TYPE_FOLDERS.unitTests,
        touchedDirs: [root + PROJECT_TYPE_FOLDERS.source, root + PROJECT_TYPE_FOLDERS.tests],
        plannedFiles: [],
        planned: [],
        replacedItems: new Set(),
        inTemplateCodeBase: false,
        sourceDirs: [],
        testDirs: [],
        notes: new Map(),
        languageParts: []
    };
}

;// CONCATENATED MODULE: ./src/core/plan/phases.ts
function planPhases(template, stories) {
    if (template.layout === 'classic')
        return template.phases.map(phase => ({ number: phase.number, ...templatePhase(phase) }));
    const phases = [];
    for (const phase of template.phases) {
        if (phase.role !== 'story')
            phases.push(templatePhase(phase));
        else
            phases.push(...stories.map(storyPhase));
    }
    return phases.map((phase, index) => ({ ...phase, number: String(index + 1) }));
}
/** A phase as the template has it, with nothing of a story's. */
function templatePhase(phase) {
    return {
        title: phase.title,
        role: phase.role,
        story: undefined,
        goal: undefined,
        independentTest: undefined,
        checkpoint: undefined
    };
}
function storyPhase(story) {
    return {
        title: `User Story ${story.number} - ${story.title}${story.priority ? ` (Priority: ${story.priority})` : ''}`,
        role: 'story',
        story,
        goal: story.title,
        independentTest: undefined,
        checkpoint: `User Story ${story.number} works and is testable on its own`
    };
}
const CLASSIC_FALLBACKS = {
    setup: ['setup', 'tests', 'core'],
    tests: ['tests', 'core', 'integration'],
    core: ['core', 'integration', 'tests'],
    integration: ['integration', 'core', 'polish'],
    polish: ['polish', 'integration', 'core']
};
/** The phase a task with this role and story goes to; the nearest existing phase when the template lacks one. */
function phaseIndexFor(phases, role, story) {
    const find = (predicate) => phases.findIndex(predicate);
    if (phases.some(phase => phase.role === 'story') && role !== 'setup' && role !== 'polish') {
        const own = story === undefined ? -1 : find(phase => phase.story?.id === story);
        if (own >= 0)
            return own;
        const foundational = find(phase => phase.role === 'foundational');
        if (foundational >= 0)
            return foundational;
        return find(phase => phase.role === 'story');
    }
    for (const candidate of CLASSIC_FALLBACKS[role]) {
        const index = find(phase => phase.role === candidate);
        if (index >= 0)
            return index;
    }
    return role === 'setup' ? 0 : Math.max(phases.length - 1, 0);
}

;// CONCATENATED MODULE: ./src/core/vocabulary/contracts.ts
/**
 * What the product knows about the words of contracts: how the classes a contract declares are
 * named (services, routers, payloads, messages), which verbs start an operation, and which words
 * make a contract section about someone else's API.
 */

// ---------------------------------------------------------------------------------------------
// The classes a contract declares
/** Decides which declared class is a group: a service, repository, router or client one file implements. */
const GROUP_SUFFIXES = [
    'Service',
    'Repository',
    'Router',
    'Controller',
    'Handler',
    'Provider',
    'Executor',
    'Collector',
    'Client',
    'Manager',
    'ViewModel',
    'UseCase',
    'Gateway',
    'Adapter',
    'Store',
    'Servicer',
    'Resolver'
];
/** Decides that a camelCase name is a router of procedures (`orderRouter`), whose procedures are always qualified. */
const ROUTER_SUFFIX = 'Router';
/** Decides which suffix names an implementation of the group it follows (`OrderServiceImpl` is `OrderService`). */
const IMPLEMENTATION_SUFFIXES = ['Impl'];
/** Decides which prefix marks an interface of the group it precedes (`IOrderService` is `OrderService`). */
const INTERFACE_PREFIX = 'I';
/** Decides which group-shaped names are tests of a contract, not code built from it. */
const TEST_CLASS_SUFFIXES = ['Test', 'Tests', 'Spec'];
/** Decides which group-shaped names are generic bases a contract mentions, not groups it declares (pattern sources). */
const GENERIC_GROUP_NAMES = ['I?ViewModel', 'Service', 'Repository', 'Router', 'Client'];
/** Decides which groups serve requests, and so go where the endpoints go. */
const SERVING_GROUP_SUFFIXES = ['Router', 'Controller', 'Handler', 'Servicer', 'Resolver'];
/** Decides which groups may be the relationship service a data model implies (`OrderService` for `Order`). */
const MANAGING_GROUP_SUFFIXES = ['Service'];
/** Decides which names are payload types, not operations: `place_order_input`, `OrderResponseDto`. */
const PAYLOAD_SUFFIXES = [
    'input',
    'output',
    'request',
    'response',
    'payload',
    'dto',
    'props',
    'options',
    'error',
    'result',
    'args',
    'params'
];
/** Decides which PascalCase names (C#, Go methods) are operations: those starting with one of these verbs. */
const OPERATION_VERBS = [
    'Get',
    'Set',
    'Create',
    'Update',
    'Delete',
    'Archive',
    'Restore',
    'List',
    'Find',
    'Search',
    'Fetch',
    'Save',
    'Load',
    'Add',
    'Remove',
    'Is',
    'Has',
    'Execute',
    'Run',
    'Start',
    'Stop',
    'Sync',
    'Import',
    'Export',
    'Mark',
    'Recover',
    'Validate',
    'Check',
    'Send',
    'Handle',
    'Link',
    'Unlink',
    'Purge',
    'Reset',
    'Collect',
    'Register',
    'Resolve',
    'Prompt'
];
/** Decides which PascalCase names are operations whatever their verb: `ReserveAsync`. */
const ASYNC_SUFFIX = 'Async';
/** Decides which single type is plainly a message or record the feature defines, worth a task alone. */
const MESSAGE_TYPE_SUFFIXES = [
    'Message',
    'Request',
    'Response',
    'Event',
    'Dto',
    'Payload',
    'Record'
];
/** Decides which words of a group's name say its role rather than its subject: `order` of `orderRouter`. */
const GROUP_ROLE_WORDS = new Set([
    'service',
    'router',
    'controller',
    'handler',
    'servicer',
    'resolver',
    'repository',
    'manager',
    'procedure',
    'route',
    'api'
]);
/** Decides which word around a drawn file also names a role: a folder of procedures holds a router. */
const ROLE_ALSO_CALLED = new Map([['procedure', 'router']]);
/** Decides which contracts are about wire messages, whose types go in the plan's .proto file. */
const WIRE_CONTRACT_WORDS = ['wire', 'proto', 'protobuf', 'grpc', 'messages?'];
const IMPLEMENTED = (0,build/* alternation */.Ql)(IMPLEMENTATION_SUFFIXES);
const GROUP_NAME = (0,build/* pattern */.T1)('contract-group-name', `^(?:${(0,build/* escapePattern */.MP)(INTERFACE_PREFIX)}?[A-Z][A-Za-z0-9]*${(0,build/* alternation */.Ql)(GROUP_SUFFIXES)}|[a-z][A-Za-z0-9]*${(0,build/* escapePattern */.MP)(ROUTER_SUFFIX)})${IMPLEMENTED}?$`);
const NOT_A_GROUP = (0,build/* pattern */.T1)('contract-not-a-group', `${(0,build/* alternation */.Ql)(TEST_CLASS_SUFFIXES)}$|^${(0,build/* alternation */.Ql)(GENERIC_GROUP_NAMES, true)}$`);
const SERVING_GROUP = (0,build/* trailingPattern */.R)('contract-serving-group', SERVING_GROUP_SUFFIXES);
const MANAGING_GROUP = (0,build/* trailingPattern */.R)('contract-managing-group', MANAGING_GROUP_SUFFIXES);
const PAYLOAD_NAME = (0,build/* pattern */.T1)('contract-payload-name', `[_.]?${(0,build/* alternation */.Ql)(PAYLOAD_SUFFIXES)}$`, 'i');
const OPERATION_NAME = (0,build/* pattern */.T1)('contract-operation-name', `^${(0,build/* alternation */.Ql)(OPERATION_VERBS)}[A-Z]|${(0,build/* escapePattern */.MP)(ASYNC_SUFFIX)}$`);
const MESSAGE_TYPE = (0,build/* trailingPattern */.R)('contract-message-type', MESSAGE_TYPE_SUFFIXES);
const IMPLEMENTATION_SUFFIX = (0,build/* pattern */.T1)('contract-implementation-suffix', `${IMPLEMENTED}$`);
const INTERFACE_NAME = (0,build/* pattern */.T1)('contract-interface-name', `^${(0,build/* escapePattern */.MP)(INTERFACE_PREFIX)}[A-Z][a-z]`);
const WIRE_CONTRACT = (0,build/* wholeWordPattern */.i7)('contract-wire', WIRE_CONTRACT_WORDS, 'i', true);
// ---------------------------------------------------------------------------------------------
// How a contract lists and places its own code
/** Decides which tables list a service's operations: the title of their first column (pattern sources). */
const OPERATION_COLUMN_TITLES = [
    'operations?',
    'methods?',
    'functions?',
    'procedures?',
    'tools?',
    'commands?',
    'rpcs?'
];
const OPERATION_COLUMN = (0,build/* wholeValuePattern */.XJ)('contract-operation-column', OPERATION_COLUMN_TITLES, 'i', true);
/** Decides which bold labels say where a contract's code lives: `**Module**: `shop.cart`` (pattern sources, each also plural). */
const HOME_LABELS = [
    'package',
    'module',
    'crate',
    'namespace',
    'location',
    'path',
    'source(?: file)?',
    'file'
];
const HOME_LABEL = (0,build/* pattern */.T1)('contract-home-label', `^${(0,build/* alternation */.Ql)(HOME_LABELS, true)}s?$`, 'i');
/** Keys of an MCP server's lists, in the order a contract's names take them (SERVED_KEYS below: the order its operations take). */
const MCP_NAMED_LISTS = ['tools', 'resources', 'resourceTemplates', 'prompts'];
/** Fields that name an item of those lists: a tool or prompt by `name`, a resource by `uri`. */
const MCP_ITEM_NAME_FIELDS = ['name', 'uri', 'uriTemplate'];
/** Decides which keys of a JSON or YAML contract list what it serves (an MCP server's tools, prompts, resources). */
const SERVED_KEYS = ['tools', 'prompts', 'resources', 'resourceTemplates'];
/** Decides which served keys hold resources, called by their URI rather than a name. */
const RESOURCE_KEY_PREFIX = 'resource';
/** The fields that name a served resource, first found wins. */
const RESOURCE_NAME_FIELDS = ['uri', 'uriTemplate', 'name'];
/** The field that names a served tool or prompt. */
const SERVED_NAME_FIELD = 'name';
/** Decides which JSON or YAML contracts are JSON Schema: any of these keys at the top. */
const JSON_SCHEMA_KEYS = ['$schema', '$defs', 'definitions', 'properties'];

;// CONCATENATED MODULE: ./src/core/parse/contracts/classify.ts


/** A resource an MCP contract serves, called by its URI: `orders://recent`. */
const RESOURCE_URI = /^[a-z][\w+.-]*:\/\//;
/** A PascalCase name: a type the contract declares. */
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
function declaredCode(contract) {
    const names = declaredNames(contract);
    const groups = withoutSubject(contract, operationGroups(contract, names)).map(group => ({
        ...group,
        serves: SERVING_GROUP.test(group.name)
    }));
    const served = contract.declarations?.operations;
    // A JSON contract says which names it serves; the rest (schema definitions) are its types.
    const operations = served && served.length > 0
        ? served
        : names.filter(name => isOperation(name) || RESOURCE_URI.test(name));
    const types = names.filter(name => TYPE_NAME.test(name));
    const typesWanted = types.length >= 2 || types.some(name => MESSAGE_TYPE.test(name));
    return { groups, operations, types, typesWanted };
}
/** `orders://recent`: an operation called by its URI, so a resource rather than a tool. */
function isResourceUri(name) {
    return RESOURCE_URI.test(name);
}
/**
 * Names the contract itself declares: not its title, nor a plain word of its title ("Acme
 * Checkout Contract" declares no `Acme`), though a service it is about may be one.
 */
function declaredNames(contract) {
    const titleWords = new Set(`${contract.title ?? ''} ${contract.fileName}`.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return contract.names.filter(name => name !== contract.title &&
        !/\s/.test(name) &&
        (isGroup(name) || isOperation(name) || !titleWords.has(name.toLowerCase())));
}
/**
 * Services and routers in first-seen order, each with its operations. Where the contract lists
 * a service's operations in that service's own section, those are its operations, all of them
 * and no others. Otherwise, from the names: `order.list` belongs to `orderRouter`,
 * `QuoteClient.fetch_quote` to `QuoteClient`, and an unqualified method to the service written
 * before it. A router's procedures are always qualified, so it takes no others (a client-side
 * example after it is not its procedure).
 */
function operationGroups(contract, names) {
    return withInterfaces(namedOrStatedGroups(contract, names), contract.declarations?.interfaces ?? []);
}
function namedOrStatedGroups(contract, names) {
    const stated = (contract.declarations?.groups ?? []).filter(group => !NOT_A_GROUP.test(group.name));
    const inferred = namedGroups(names);
    if (stated.length === 0)
        return inferred;
    const listed = new Set(stated.flatMap(group => group.members));
    const groups = stated.map(group => {
        const name = canonicalGroup(group.name);
        return { name, aliases: name === group.name ? [] : [group.name], members: group.members };
    });
    for (const group of inferred) {
        const same = groups.find(known => known.name.toLowerCase() === group.name.toLowerCase());
        if (same) {
            for (const alias of group.aliases)
                if (alias !== same.name && !same.aliases.includes(alias))
                    same.aliases.push(alias);
            continue;
        }
        groups.push({ ...group, members: group.members.filter(member => !listed.has(member)) });
    }
    return groups;
}
/**
 * The interfaces and service classes the code declares bring every method their bodies declare,
 * those too common to name the contract by (`list()`, `stations()`) too: to the group already
 * found by that name, or as a group of their own when the code declares an interface, trait or
 * protocol, or a class named as a group (`ShelfService`). Not a payload's interface
 * (`ShelfCardProps` with its `onSelect(…)`), nor a test class.
 */
function withInterfaces(groups, interfaces) {
    for (const declared of interfaces) {
        if (NOT_A_GROUP.test(declared.name) || PAYLOAD_NAME.test(declared.name))
            continue;
        const name = canonicalGroup(declared.name);
        let group = groups.find(known => known.name.toLowerCase() === name.toLowerCase());
        if (!group) {
            if (!declared.isInterface && !isGroup(declared.name))
                continue;
            group = { name, aliases: [], members: [] };
            groups.push(group);
        }
        if (declared.name !== group.name && !group.aliases.includes(declared.name))
            group.aliases.push(declared.name);
        for (const member of declared.members)
            if (!group.members.includes(member))
                group.members.push(member);
    }
    return groups;
}
function namedGroups(names) {
    const groups = [];
    const byKey = new Map();
    for (const name of names) {
        if (!isGroup(name))
            continue;
        const canonical = canonicalGroup(name);
        const key = canonical.toLowerCase();
        const group = byKey.get(key) ?? { name: canonical, aliases: [], members: [] };
        if (!byKey.has(key))
            groups.push(group);
        byKey.set(key, group);
        if (name !== group.name && !group.aliases.includes(name))
            group.aliases.push(name);
    }
    const ownerOf = (qualifier) => byKey.get(canonicalGroup(qualifier).toLowerCase()) ??
        byKey.get(`${qualifier}${ROUTER_SUFFIX}`.toLowerCase());
    const known = new Set(groups.flatMap(group => [group.name, ...group.aliases].map(moduleKey)));
    let current;
    for (const name of names) {
        if (isGroup(name)) {
            current = byKey.get(canonicalGroup(name).toLowerCase());
            continue;
        }
        const dot = name.lastIndexOf('.');
        const member = dot > 0 ? name.slice(dot + 1) : name;
        const target = dot > 0
            ? ownerOf(name.slice(0, dot))
            : current && !current.name.endsWith(ROUTER_SUFFIX)
                ? current
                : undefined;
        // `quote_client` is the module of `QuoteClient`, not one of its methods.
        if (!target || !isOperation(member) || known.has(moduleKey(member)))
            continue;
        if (!target.members.includes(member))
            target.members.push(member);
    }
    return groups;
}
/**
 * "Contract: `QuoteClient` Streaming API" is about a client that exists: the work is in the
 * groups that declare operations, not in the one the title names without any.
 */
function withoutSubject(contract, groups) {
    if (!groups.some(group => group.members.length > 0))
        return groups;
    const title = new Set((contract.title ?? '').split(/[^\p{L}\p{N}_]+/u));
    return groups.filter(group => group.members.length > 0 || ![group.name, ...group.aliases].some(name => title.has(name)));
}
function isGroup(name) {
    return GROUP_NAME.test(name) && !NOT_A_GROUP.test(name);
}
function moduleKey(name) {
    return words(name).join('_');
}
/** The interface `IOrderService` is implemented as `OrderService`; `FooImpl` is `Foo`. */
function canonicalGroup(name) {
    const bare = name.replace(IMPLEMENTATION_SUFFIX, '');
    return INTERFACE_NAME.test(bare) ? bare.slice(INTERFACE_PREFIX.length) : bare;
}
function isOperation(name) {
    if (PAYLOAD_NAME.test(name) || RESOURCE_URI.test(name))
        return false;
    return /^[a-z_]\w*$/.test(name) || OPERATION_NAME.test(name);
}

;// CONCATENATED MODULE: ./src/core/plan/placement/file-roles.ts
/**
 * Which of the plan's files play which role: the words of a file's folder, its name and the
 * plan's note on it say what it is for, and which roles it never plays.
 */






/**
 * The file's folder plays another role, or its name does without also naming this one. A client
 * or stub calls endpoints and never serves them.
 */
function fileDenies(file, role) {
    if (dirDenies(directoryOf(file), role))
        return true;
    if (role === 'endpoint') {
        const near = roleWords(`${lastSegment(directoryOf(file))} ${stemOf(file)}`);
        if (near.some(word => CALLER_WORDS.has(word)) && !near.some(w => layout_SERVING_WORDS.has(w)))
            return true;
    }
    const stem = roleWords(stemOf(file));
    return (stem.some(word => ROLE_DENIED_WORDS[role].has(word)) &&
        !stem.some(word => ROLE_WORDS[role].has(word)));
}
/** The file's folder, name or the plan's note on it says it plays `role`. */
function fileSays(layout, file, role) {
    return roleWords(roleText(layout, file)).some(word => ROLE_WORDS[role].has(word));
}
/** What tells a file's role: its folder, its name and the plan's note on it. */
function roleText(layout, file) {
    return [lastSegment(directoryOf(file)), stemOf(file), layout.notes.get(file) ?? ''].join(' ');
}
/** Planned source files of the feature's language, outside test folders. */
function codeFiles(layout) {
    return codeFileFacts(layout).map(facts => facts.file);
}
const fileFactsCache = new WeakMap();
/** `fileDenies`, asked once per file and role. */
function deniesRole(facts, role) {
    let answer = facts.denies.get(role);
    if (answer === undefined) {
        answer = fileDenies(facts.file, role);
        facts.denies.set(role, answer);
    }
    return answer;
}
/** `fileSays`, asked once per file and role. */
function saysRole(layout, facts, role) {
    let answer = facts.says.get(role);
    if (answer === undefined) {
        answer = fileSays(layout, facts.file, role);
        facts.says.set(role, answer);
    }
    return answer;
}
/** The facts of each planned source file of the feature's language, worked out once per layout. */
function codeFileFacts(layout) {
    let facts = fileFactsCache.get(layout);
    if (!facts) {
        facts = layout.plannedFiles
            .filter(file => {
            const language = languageOfFile(file);
            return (language !== undefined &&
                sameFamily(language, layout.language) &&
                !isTestDirectory(directoryOf(file)));
        })
            .map(file => {
            const stemWords = roleWords(stemOf(file));
            return {
                file,
                stemWords,
                dirWords: roleWords(lastSegment(directoryOf(file))),
                noteWords: roleWords(layout.notes.get(file) ?? ''),
                stemKey: stemWords.join(' '),
                denies: new Map(),
                says: new Map()
            };
        });
        fileFactsCache.set(layout, facts);
    }
    return facts;
}
/** A file's name without its extension. */
function stemOf(file) {
    return lastSegment(file).replace(/\.[^.]*$/, '');
}

;// CONCATENATED MODULE: ./src/core/plan/placement/routes.ts





const API_ROUTE = `/${API_ROUTE_SEGMENT}`;
/**
 * The route a framework serves from a file (`src/app/(yard)/pallets/[id]/page.tsx` →
 * `/pallets/:`), or nothing for a file that is not a route file.
 */
function routes_routeOf(file) {
    const segments = file.split('/');
    const stem = stemOf(file);
    const root = segments.findIndex(segment => ROUTE_FOLDERS.has(segment));
    if (root < 0 || !ROUTE_FILE.test(stem))
        return undefined;
    const route = segments
        .slice(root + 1, -1)
        .filter(segment => !/^\(.*\)$/.test(segment))
        .map(segment => (/^\[.*\]$/.test(segment) ? ':' : segment.toLowerCase()));
    return '/' + route.join('/');
}
/**
 * The file whose note names the route, exactly
 * (`ShipmentController.java  # POST /api/v1/shipments/{id}/label`) or under a wildcard
 * (`# Courier API (/api/v1/shipments/*)`).
 */
function fileWhoseNoteNamesRoute(layout, files, route) {
    const noted = files.flatMap(file => (layout.notes.get(file)?.match(/\/[^\s,;()]+/g) ?? []).map(path => ({ file, path })));
    const bare = bareRoute(route);
    const exact = noted.find(({ path }) => bareRoute(routeIn(path)) === bare);
    if (exact)
        return exact.file;
    const under = noted.find(({ path }) => {
        if (!path.endsWith('/*'))
            return false;
        const prefix = bareRoute(routeIn(path.slice(0, -2)));
        return prefix !== undefined && bare.startsWith(`${prefix}/`);
    });
    return under?.file;
}
/**
 * Where a framework that routes by file (Next.js, SvelteKit) would serve an endpoint the plan names
 * no file for: `src/app/couriers/page.tsx` for `GET /couriers`, named as the plan's other route
 * files under the same `api/` or non-`api/` part are.
 */
function routeFileFor(layout, name) {
    const path = name.split(' ').find(part => part.startsWith('/'));
    if (!path)
        return undefined;
    const routeFiles = codeFiles(layout).filter(file => routes_routeOf(file) !== undefined);
    const isApi = (route) => route === API_ROUTE || !!route?.startsWith(`${API_ROUTE}/`);
    const segments = path
        .split('?')[0]
        .split('/')
        .filter(Boolean)
        .map(segment => {
        const param = /^(?:\{(.+)\}|:(.+))$/.exec(segment);
        return param ? `[${param[1] ?? param[2]}]` : segment;
    });
    const wantsApi = segments[0] === API_ROUTE_SEGMENT;
    if (routeFiles.length === 0)
        return wantsApi ? appRouterApiFile(layout, segments) : undefined;
    // An API route is never served from a screen's folder (`app/(tabs)/events.tsx`): with no
    // API route file to model it on, it goes where the plan's Next.js app routes by file.
    const model = routeFiles.find(file => isApi(routes_routeOf(file)) === wantsApi) ??
        (wantsApi ? undefined : routeFiles[0]);
    if (!model)
        return wantsApi ? appRouterApiFile(layout, segments) : undefined;
    const segmentsOfModel = model.split('/');
    const root = segmentsOfModel.findIndex(segment => ROUTE_FOLDERS.has(segment));
    const base = segmentsOfModel.slice(0, root + 1).join('/');
    const fileName = segmentsOfModel[segmentsOfModel.length - 1];
    return [base, ...segments, fileName].join('/');
}
/**
 * `apps/web/src/app/  # Next.js App Router` and `/api/auth/token` →
 * `apps/web/src/app/api/auth/token/route.ts`: the file Next.js serves an API route from.
 */
function appRouterApiFile(layout, segments) {
    const app = layout.sourceDirs.find(dir => ROUTE_FOLDERS.has(lastSegment(dir)) && APP_ROUTER_NOTE.test(layout.notes.get(dir) ?? ''));
    if (!app)
        return undefined;
    return `${app}${segments.join('/')}/${APP_ROUTER_API_STEM}${sourceExtension(layout.language)}`;
}
/** The route without the base path servers add (`/api`, `/v1`): `/api/v1/shipments/:` → `/shipments/:`. */
function bareRoute(route) {
    if (route === undefined)
        return undefined;
    const segments = route.split('/').filter(Boolean);
    while (segments.length > 0 && ROUTE_BASE_SEGMENT.test(segments[0]))
        segments.shift();
    return '/' + segments.join('/');
}
/** `GET /pallets/{id}` → `/pallets/:`, in the form `routeOf` gives. */
function routeIn(name) {
    const path = name.split(' ').find(part => part.startsWith('/'));
    if (!path)
        return undefined;
    const route = path
        .split('?')[0]
        .split('/')
        .filter(Boolean)
        .map(segment => (/^(?:\{.*\}|:.+|\[.*\])$/.test(segment) ? ':' : segment.toLowerCase()));
    return '/' + route.join('/');
}

;// CONCATENATED MODULE: ./src/core/plan/placement/planned-roles.ts











/** The role of a planned file: the first of these its path or note says. */
function plannedRole(file) {
    const path = file.path;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const lower = name.toLowerCase();
    const extension = lower.includes('.') ? lower.slice(lower.lastIndexOf('.') + 1) : '';
    const segments = directoryOf(path).toLowerCase().split('/').filter(Boolean);
    if (isTestFile(path))
        return 'test';
    if (SETUP_FILE_NAMES.has(lower) ||
        SETUP_FILE_FORM.test(name) ||
        segments.some(segment => SETUP_FOLDERS.has(segment)) ||
        ASSET_EXTENSIONS.has(extension))
        return 'setup';
    if (DOC_EXTENSIONS.has(extension) || isDocumentationDir(directoryOf(path)))
        return 'docs';
    if (plan_files_MIGRATION_EXTENSIONS.has(extension) || segments.some(s => plan_files_MIGRATION_FOLDERS.has(s)))
        return 'migration';
    if (apiRouteOf(path) !== undefined)
        return 'endpoint';
    if (DATA_EXTENSIONS.has(extension))
        return 'data';
    const near = roleWords(`${segments[segments.length - 1] ?? ''} ${stemOf(path)}`);
    const noted = roleWords(file.note ?? '');
    const says = (role, list) => list.some(word => ROLE_WORDS[role].has(word));
    if (isUserInterface(segments, extension, path))
        return 'ui';
    if (says('endpoint', near))
        return 'endpoint';
    if (says('model', near))
        return 'model';
    if (near.some(word => INTEGRATION_WORDS.has(word)))
        return 'integration';
    if (says('service', near))
        return 'service';
    if (says('endpoint', noted))
        return 'endpoint';
    if (says('model', noted))
        return 'model';
    return 'service';
}
/** A test file by its folder or its name (`order.test.ts`, `test_order.py`, `OrderTests.cs`). */
function isTestFile(path) {
    if (isTestDirectory(directoryOf(path)))
        return true;
    const name = path.slice(path.lastIndexOf('/') + 1);
    return (TEST_FILE_PREFIXES.some(prefix => name.startsWith(prefix)) ||
        TEST_FILE_MARKER.test(name) ||
        TEST_FILE_ENDING.test(name));
}
/**
 * Pages, components, views, hooks and styles: a UI folder, a UI extension outside the code's
 * own folders (a `.tsx` in `lib/` is logic), or a framework page (`app/orders/page.tsx`).
 */
function isUserInterface(segments, extension, path) {
    if (segments.some(segment => UI_FOLDERS.has(segment)))
        return true;
    if (!UI_EXTENSIONS.has(extension))
        return false;
    if (routes_routeOf(path) !== undefined)
        return true;
    const codeWords = new Set(segments.flatMap(segment => words(segment)));
    return !(codeWords.has('lib') ||
        ROLE_WORDS.service.has([...codeWords].pop() ?? '') ||
        ROLE_WORDS.model.has([...codeWords].pop() ?? ''));
}

;// CONCATENATED MODULE: ./src/core/plan/placement/plan-style.ts
/**
 * How the plan names its own test files in a folder, so a test file the generator has to name
 * there looks like the plan's: `browse.spec.ts` beside `board.spec.ts` rather than
 * `browse.test.ts`, `OfferFlowIntegrationTest.java` beside `SwapIntegrationTest.java`.
 */






const cache = new WeakMap();
/**
 * The test file for `name` in `dir` named as the plan names the test files it puts there, when
 * they all follow one pattern; nothing when the plan shows none there.
 */
function plannedTestName(layout, dir, name) {
    let byDir = cache.get(layout);
    if (!byDir)
        cache.set(layout, (byDir = new Map()));
    if (!byDir.has(dir))
        byDir.set(dir, styleOf(layout, dir));
    const style = byDir.get(dir);
    if (!style)
        return undefined;
    const subject = withoutTestWord(name, style.suffix);
    const stem = style.nameCase === 'pascal'
        ? pascalCase(subject)
        : style.nameCase === 'snake'
            ? snakeCase(subject)
            : kebabCase(subject);
    return style.prefix + stem + style.suffix;
}
function styleOf(layout, dir) {
    const samples = layout.plannedFiles
        .filter(file => directoryOf(file) === dir && isTestFile(file))
        .map(sampleOf)
        .filter((sample) => sample !== undefined);
    if (samples.length === 0)
        return undefined;
    const [first] = samples;
    if (samples.some(s => s.prefix !== first.prefix || s.suffix !== first.suffix))
        return undefined;
    const cases = new Set(samples.map(sample => caseOf(sample.subject)).filter(Boolean));
    if (cases.size > 1)
        return undefined;
    // Names of one word say nothing of the case: the folder's language's own.
    const nameCase = cases.size === 1
        ? [...cases][0]
        : LANGUAGE_CONVENTIONS[languageOfDir(layout, dir)].fileCase;
    return { prefix: first.prefix, suffix: first.suffix, nameCase };
}
/** `board.spec.ts` → "", board, `.spec.ts`; `test_board.py` → `test_`, board, `.py`. */
function sampleOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const marker = TEST_FILE_MARKER.exec(name);
    if (marker && marker.index > 0)
        return { prefix: '', subject: name.slice(0, marker.index), suffix: name.slice(marker.index) };
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return undefined;
    const stem = name.slice(0, dot);
    const extension = name.slice(dot);
    const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
    if (prefix && stem.length > prefix.length)
        return { prefix, subject: stem.slice(prefix.length), suffix: extension };
    const ending = TEST_NAME_SUFFIXES.find(candidate => stem.endsWith(candidate) && stem.length > candidate.length);
    if (ending)
        return { prefix: '', subject: stem.slice(0, -ending.length), suffix: ending + extension };
    return undefined;
}
/** The case a subject is written in; none for one lower-case word, which says nothing. */
function caseOf(subject) {
    if (/^[A-Z][A-Za-z0-9]*$/.test(subject))
        return 'pascal';
    if (subject.includes('-') && !subject.includes('_'))
        return 'kebab';
    if (subject.includes('_') && !subject.includes('-'))
        return 'snake';
    return undefined;
}
/** "offer contract" with the style's `ContractTest.java` ending: the word is not said twice. */
function withoutTestWord(name, suffix) {
    const words = name.split(/[\s_-]+/);
    const last = words[words.length - 1]?.toLowerCase();
    const ending = suffix.toLowerCase();
    return last && words.length > 1 && ending.startsWith(last) ? words.slice(0, -1).join(' ') : name;
}

;// CONCATENATED MODULE: ./src/core/plan/placement/file-names.ts
/**
 * File names in the style of the feature's language, so generated paths look like the code base's
 * own: `kv_cache_stats.py`, `kv-cache-stats.ts`, `KvCacheStats.cs`.
 */





/** `name` in the language's file case: `pallet_label`, `pallet-label`, `PalletLabel`. */
function file_names_fileStem(name, language) {
    const style = LANGUAGE_CONVENTIONS[language].fileCase;
    if (style === 'snake')
        return snakeCase(name);
    if (style === 'kebab')
        return kebabCase(name);
    return pascalCase(name);
}
/** The language's source file for `name`: `pallet_label.py`, `PalletLabel.java`. */
function sourceFile(name, language) {
    return file_names_fileStem(name, language) + LANGUAGE_CONVENTIONS[language].extension;
}
/** The language's test file for `name`; a name that already ends in "test" is not tested twice. */
function testFile(name, language) {
    const { prefix, suffix } = LANGUAGE_CONVENTIONS[language].testFile;
    return prefix + file_names_fileStem(testSubject(name), language) + suffix;
}
function testSubject(name) {
    const named = stemWords(name);
    const last = named[named.length - 1];
    const tested = named.length > 1 && TEST_NAME_WORDS.includes(last);
    return tested ? named.slice(0, -1).join(' ') : name;
}
/**
 * The test file for `name` as the test folder `dir` names its tests: Cypress specs end in
 * `.cy.ts`, whatever the language's usual test name.
 */
function testFileIn(dir, name, language) {
    if (CYPRESS_SPECS.languages.includes(language) && dir.split('/').includes(CYPRESS_SPECS.folder))
        return `${kebabCase(testSubject(name))}${CYPRESS_SPECS.infix}${LANGUAGE_CONVENTIONS[language].extension}`;
    return testFile(name, language);
}
/** The language's usual build file, where its dependencies are declared. */
function manifestFile(language) {
    return LANGUAGE_CONVENTIONS[language].manifest;
}
/**
 * The feature's build file: the language's usual one, in the module the plan's code is in where
 * that is a folder of its own (`app/build.gradle.kts` of an app laid out in `app/src/main/`).
 */
function moduleManifestFile(layout) {
    return (singleModuleHome(layout.sourceDirs) ?? '') + manifestFile(layout.language);
}
/** The language's usual linter configuration file. */
function lintConfigFile(language) {
    return LANGUAGE_CONVENTIONS[language].lintConfig;
}
/**
 * The test file for `name` in the test folder `dir`: named as the plan names its test files
 * there, else in that folder's language.
 */
function testFileAt(layout, dir, name) {
    return (dir + (plannedTestName(layout, dir, name) ?? testFileIn(dir, name, languageOfDir(layout, dir))));
}

;// CONCATENATED MODULE: ./src/core/plan/placement/named-file.ts
/**
 * The planned file that defines a named type: the file named for it, else the one whose note in
 * the plan's tree says it defines it.
 */








/**
 * The planned file that defines `name` (`kv_cache_stats.py` for `KVCacheStats`, `kilns.rs` for
 * `Kiln`), outside views, tools and code of another language; failing that, the file whose note
 * says it defines it (`ids.rs  # PalletId, CourierId newtypes`).
 */
function plannedFileNamed(layout, name, role = 'model') {
    if (role === 'model') {
        const typesFile = fileOfFolderFor(layout, name, MODEL_STEMS);
        if (typesFile)
            return typesFile;
    }
    const wanted = roleWords(name).join(' ');
    const named = codeFileFacts(layout).find(facts => facts.stemKey === wanted && !dirDenies(directoryOf(facts.file), role))?.file;
    return named ?? (role === 'model' ? fileWhoseNoteDefines(layout, name) : undefined);
}
function fileWhoseNoteDefines(layout, name) {
    const candidates = layout.plannedFiles.filter(file => {
        const note = layout.notes.get(file);
        if (!note || isTestDirectory(directoryOf(file)))
            return false;
        const defines = DEFINES_NOTE.test(note);
        return noteNames(note, name, defines) && (defines || !fileDenies(file, 'model'));
    });
    return candidates.find(file => fileSays(layout, file, 'model')) ?? candidates[0];
}
/**
 * `Firing` in "firing schedule" is a word, not the type: only its identifier, or its name where
 * the note says it defines types, names it.
 */
function noteNames(note, name, defines) {
    const identifier = name.replace(/\s+/g, '');
    const wanted = words(name).join(' ');
    return note
        .split(/[^\p{L}\p{N}_]+/u)
        .some(token => token === identifier || (defines && words(token).join(' ') === wanted));
}
/**
 * The plan's folder for the model of `name` where its note names it: of several services each
 * with a `model/` folder, the one whose note lists the entity (`model/  # Parcel, Route
 * entities`). Only a folder of models, or one whose note says it defines types, in the feature's
 * language (a front end's `models/` holds its own interfaces), and never a test folder.
 */
function modelFolderNaming(layout, name) {
    return layout.sourceDirs.find(dir => {
        const note = layout.notes.get(dir);
        if (!note || isTestDirectory(dir) || dirDenies(dir, 'model'))
            return false;
        const defines = DEFINES_NOTE.test(note);
        const modelFolder = MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase());
        return ((modelFolder || defines) &&
            noteNames(note, name, defines) &&
            sameFamily(languageOfDir(layout, dir), layout.language));
    });
}
/**
 * `src/lib/venues/types.ts` for the model of `Venue`, `src/lib/venues/service.ts` for its
 * service: a file whose name says only what it holds (`types`, `service`), in a folder of the
 * feature's named for the entity.
 */
function fileOfFolderFor(layout, entityName, stems) {
    const wanted = roleWords(entityName).join(' ');
    return codeFileFacts(layout).find(facts => facts.stemWords.length === 1 &&
        stems.has(facts.stemWords[0]) &&
        facts.dirWords.join(' ') === wanted)?.file;
}

;// CONCATENATED MODULE: ./src/core/plan/placement/planned-tests.ts








const planned_tests_cache = new WeakMap();
/** The plan's test files (not its mocks and fixtures), worked out once per layout. */
function plannedTests(layout) {
    let tests = planned_tests_cache.get(layout);
    if (!tests) {
        tests = layout.planned
            .filter(file => isTestFile(file.path))
            .filter(file => !directoryOf(file.path)
            .split('/')
            .some(s => TEST_SUPPORT_FOLDER.test(s)))
            .map(file => {
            const folders = directoryOf(file.path).toLowerCase().split('/');
            return {
                file,
                subject: planned_tests_keyWords(testStem(file.path)).filter(word => !TEST_FILE_WORDS.has(word)),
                integration: folders.some(folder => INTEGRATION_TEST_FOLDERS.includes(folder)),
                contractFolder: folders.some(folder => CONTRACT_TEST_FOLDERS.includes(folder))
            };
        });
        planned_tests_cache.set(layout, tests);
    }
    return tests;
}
/**
 * The plan's test file for a story: the one whose note names it (`US-2 E2E`), else the
 * integration or end-to-end test whose name says what the story's title says; none that
 * another story's note claims.
 */
function plannedStoryTest(layout, story) {
    const tests = plannedTests(layout);
    const noted = tests.find(test => storyNumberOf(test.file) === story.number);
    if (noted)
        return noted.file.path;
    const free = tests.filter(test => test.integration && storyNumberOf(test.file) === undefined);
    return bestByWords(free, story.title);
}
/** The folder of the tests the plan ties to its stories (`tests/e2e/`), if it ties any. */
function plannedStoryTestDir(layout) {
    const noted = plannedTests(layout).find(test => storyNumberOf(test.file) !== undefined);
    return noted && directoryOf(noted.file.path);
}
/** The plan's integration or end-to-end test file named for a quickstart scenario. */
function plannedScenarioTest(layout, title) {
    const free = plannedTests(layout).filter(test => test.integration && storyNumberOf(test.file) === undefined);
    return bestByWords(free, title);
}
/**
 * The plan's test file for a contract: the one named for what the contract is about, its
 * document words (`api`, `dtos`, `contract`) aside, a contract-test folder's first.
 */
function plannedContractTest(layout, contract) {
    const subject = planned_tests_contractSubject(contract);
    if (subject.length === 0)
        return undefined;
    const same = (test) => test.subject.length === subject.length && test.subject.every(word => subject.includes(word));
    const matching = plannedTests(layout).filter(same);
    return (matching.find(test => test.contractFolder) ?? matching[0])?.file.path;
}
function planned_tests_contractSubject(contract) {
    const stem = contract.fileName.replace(/\.[^.]*$/, '');
    return planned_tests_keyWords(stem).filter(word => !CONTRACT_SUBJECT_NOISE.has(word));
}
function storyNumberOf(file) {
    const found = file.note ? STORY_REFERENCE.exec(file.note)?.[1] : undefined;
    return found === undefined ? undefined : Number(found);
}
/**
 * The test whose subject's words the title says, at least two of them and most of them (one
 * shared word is a coincidence); the one saying most wins, the first of equals.
 */
function bestByWords(tests, title) {
    const said = new Set(planned_tests_keyWords(title));
    let best;
    for (const test of tests) {
        if (test.subject.length === 0)
            continue;
        const shared = test.subject.filter(word => said.has(word)).length;
        const enough = shared >= 2 && 2 * shared > test.subject.length;
        if (enough && (!best || shared > best.score))
            best = { path: test.file.path, score: shared };
    }
    return best?.path;
}
/** `rsvp-free.test.ts` → `rsvp-free`, `test_orders.py` → `orders`, `OrdersTests.cs` → `OrdersTests`. */
function testStem(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const marker = TEST_FILE_MARKER.exec(name);
    let stem = marker ? name.slice(0, marker.index) : stemOf(path);
    const prefix = TEST_FILE_PREFIXES.find(candidate => stem.startsWith(candidate));
    if (prefix)
        stem = stem.slice(prefix.length);
    return stem;
}
/** Words that say what a name is about: singular, no filler, no one-letter words. */
function planned_tests_keyWords(text) {
    return words(text)
        .map(singular)
        .filter(word => word.length > 1 && !FILLER.has(word));
}

;// CONCATENATED MODULE: ./src/core/plan/placement/endpoint-file.ts




/**
 * The planned file that serves a request: for an HTTP route, the framework's route file for it
 * (`src/app/kilns/[id]/page.tsx` for `GET /kilns/{id}`); else a controller, handler,
 * router or resolver whose name, folder or note shares the most meaningful words with the hints
 * (the first hint counting most), and which takes requests of the contract's kind (a CLI module
 * does not serve HTTP routes). Never a DTO, an entity, a repository, a client or a generated stub.
 */
function plannedEndpointFile(layout, kinds, ...hints) {
    const files = codeFiles(layout);
    const route = kinds.length === 1 && kinds[0] === 'http' ? routeIn(hints[0] ?? '') : undefined;
    if (route !== undefined) {
        // `/api/pallets/{id}` is `app/api/pallets/[id]/route.ts`; where the contract leaves the base
        // path to its server (`/pallets/{id}`), the route is found without the `api/` folder.
        const routed = files.find(file => routes_routeOf(file) === route) ??
            files.find(file => bareRoute(routes_routeOf(file)) === bareRoute(route)) ??
            fileWhoseNoteNamesRoute(layout, files, route);
        if (routed)
            return routed;
    }
    const wanted = hints.map(hint => new Set(roleWords(hint).filter(word => !PLACEMENT_NOISE_WORDS.has(word))));
    let best;
    for (const facts of codeFileFacts(layout)) {
        if (deniesRole(facts, 'endpoint') || !saysRole(layout, facts, 'endpoint'))
            continue;
        const file = facts.file;
        const said = [...facts.dirWords, ...facts.stemWords, ...facts.noteWords];
        const saysKind = (kind) => said.some(word => REQUEST_KIND_WORDS[kind].has(word));
        const ownKind = kinds.some(saysKind);
        const otherKind = Object.keys(REQUEST_KIND_WORDS).some(kind => !kinds.includes(kind) && saysKind(kind));
        if (otherKind && !ownKind)
            continue;
        let matched = 0;
        wanted.forEach((set, index) => {
            const count = (list) => new Set(list.filter(word => set.has(word))).size;
            const weight = wanted.length - index;
            matched +=
                weight * (2 * count(facts.stemWords) + count(facts.dirWords) + count(facts.noteWords));
        });
        const score = matched + (ownKind ? 1 : 0);
        if (matched > 0 && (best === undefined || score > best.score))
            best = { file, score };
    }
    return best?.file;
}

;// CONCATENATED MODULE: ./src/core/plan/placement/one-file-each.ts
/**
 * A folder the plan draws for commands or tools holds one file for each: a CLI's `commands/`
 * gets `export.py` (or `ExportCommand.cs`) for `shelfctl export`, an agent's `tools/` gets
 * `search_docs.py` (or `SearchDocsTool.cs`) for the tool `search_docs`, not one file for all.
 */





/** The file of its own for the command `name` where `file` would be in a folder of commands. */
function commandFileBeside(file, name, language) {
    return fileBeside(file, name, COMMAND_FOLDERS, COMMAND_FILE_KIND, language);
}
/** The file of its own for the tool `name` where `file` would be in a folder of tools. */
function toolFileBeside(file, name, language) {
    return fileBeside(file, name, TOOL_FOLDERS, TOOL_FILE_KIND, language);
}
function fileBeside(file, name, folders, kind, language) {
    const dir = directoryOf(file);
    if (!folders.includes(lastSegment(dir).toLowerCase()))
        return undefined;
    // Where a file holds one class named as the file, the class says what it is: `ExportCommand`.
    const stem = LANGUAGE_CONVENTIONS[language].fileCase === 'pascal'
        ? pascalCase(name) + pascalCase(kind)
        : name;
    return dir + sourceFile(stem, language);
}

;// CONCATENATED MODULE: ./src/core/plan/placement/role-dir.ts
/**
 * The folder for a new file of a role, near the file it belongs with: a service beside its
 * entity's model.
 */



/**
 * Of the plan's folders for `role`, the one nearest `anchor` (a service beside its entity's
 * model: `shipment/application/` for `shipment/domain/Shipment.java`); the layout's own otherwise.
 */
function roleDirNear(layout, role, anchor) {
    const fallback = role === 'model'
        ? layout.modelsDir
        : role === 'service'
            ? layout.servicesDir
            : layout.endpointsDir;
    if (!anchor || layout.origin !== 'plan')
        return fallback;
    const names = role === 'model' ? MODEL_FOLDERS : role === 'service' ? SERVICE_FOLDERS : ENDPOINT_FOLDERS;
    const dirs = layout.sourceDirs.filter(dir => names.includes(lastSegment(dir).toLowerCase()) && !dirDenies(dir, role));
    let best;
    for (const dir of dirs) {
        const shared = sharedSegments(dir, directoryOf(anchor));
        if (best === undefined || shared > best.shared)
            best = { dir, shared };
    }
    const fallbackShared = sharedSegments(fallback, directoryOf(anchor));
    return best && best.shared > fallbackShared ? best.dir : fallback;
}

;// CONCATENATED MODULE: ./src/core/plan/placement/types-file.ts
/**
 * The plan's own types file, for an entity it names no file for. A plan that keeps its models in
 * one module (`shop/orders/models.py  # Order, Customer`, `pkg/catalog/schema.go  # catalog
 * structs`) means every other entity of the feature to go there too, not into a file of its own
 * beside it; only languages that give each type its own file (Java, C#) do that.
 */



const typesFileCache = new WeakMap();
/**
 * The planned file named for the types it holds (`models.py`, `types.ts`, `schema.go`) nearest the
 * layout's models folder. None where the language gives each type its own file, or
 * where the models folder holds planned files of its own and the types file is elsewhere (a
 * `models/` of one file per entity).
 */
function plannedTypesFile(layout) {
    let found = typesFileCache.get(layout);
    if (found === undefined) {
        found = findTypesFile(layout) ?? null;
        typesFileCache.set(layout, found);
    }
    return found ?? undefined;
}
function findTypesFile(layout) {
    if (ONE_TYPE_PER_FILE_LANGUAGES.has(layout.language))
        return undefined;
    const facts = codeFileFacts(layout);
    const home = layout.modelsDir;
    const ranked = facts
        .filter(entry => namedForTypes(entry) && !deniesRole(entry, 'model'))
        .map(entry => ({
        file: entry.file,
        shared: sharedSegments(directoryOf(entry.file), home)
    }))
        .filter(candidate => candidate.shared > 0);
    if (ranked.length === 0)
        return undefined;
    // The nearest first; among as near, the plan's order.
    ranked.sort((a, b) => b.shared - a.shared);
    const best = ranked[0];
    const atHome = directoryOf(best.file) === home;
    const homeHasOwnFiles = facts.some(entry => directoryOf(entry.file) === home);
    return atHome || !homeHasOwnFiles ? best.file : undefined;
}
/**
 * A file named for what it holds (`models.py`, `types.ts`, `schema.go`). A note that lists types
 * (`# OrderId, LineId newtypes`) makes a file theirs, not every entity's.
 */
function namedForTypes(facts) {
    return facts.stemWords.length === 1 && MODEL_STEMS.has(facts.stemWords[0]);
}
/**
 * The planned file that holds the logic of the folder `modelFile` is in (`services.py` beside
 * `models.py`, `service.go`), for a relationship service the plan names no file for; none where
 * the language gives each type its own file (a `UserService.java` is the plan's style there).
 */
function plannedServicesFileBeside(layout, modelFile) {
    if (ONE_TYPE_PER_FILE_LANGUAGES.has(layout.language))
        return undefined;
    const dir = directoryOf(modelFile);
    return codeFileFacts(layout).find(entry => directoryOf(entry.file) === dir &&
        entry.stemWords.length === 1 &&
        SERVICE_STEMS.has(entry.stemWords[0]) &&
        !deniesRole(entry, 'service'))?.file;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/plan-entities.ts
/**
 * What the planner knows about the spec's Key Entities when there is no data-model.md: which
 * are data worth a model, which are things the feature builds or documents, and which exist
 * already.
 */

/**
 * Decides that a Key Entity's description says what it holds: "Attributes: …", "belongs to",
 * "identified by" (pattern sources, whole words, any case).
 */
const DATA_WORDS = [
    'attributes?',
    'fields?',
    'columns?',
    'properties',
    'stores?',
    'stored',
    'keeps?',
    'kept',
    'holds?',
    'has',
    'have',
    'contains?',
    'belongs? to',
    'belonging to',
    'records?',
    'tracks?',
    'captur(?:es?|ing)',
    'identified by'
];
/** Decides that a description lists what an entity holds: "with title, due date, …". */
const LISTING_WORD = 'with';
const DATA_LIKE = (0,build/* pattern */.T1)('data-like-entity', `${(0,build/* wholeWords */.pC)(DATA_WORDS, true)}|${(0,build/* wholeWords */.pC)([LISTING_WORD])}[^.;]*,`, 'i');
/**
 * Decides that a Key Entity is generated documentation, hardware or a source file: what a
 * feature builds or documents, not data (pattern sources, whole words, any case). An entity that
 * merely holds HTML (an email body) is still data.
 */
const ARTEFACT_WORDS = [
    'doxygen',
    'javadoc',
    'sphinx',
    'documentation (?:output|site|pages?)',
    'generated (?:output|pages?|files?|html|docs?|documentation)',
    '(?:html|pdf|latex) (?:output|pages?|files?|docs?|documentation)',
    'hardware',
    'firmware',
    'drivers?',
    'peripherals?',
    'gpio',
    'microcontrollers?',
    'header files?'
];
/** Decides that a description naming a file with one of these extensions is about source code. */
const SOURCE_FILE_EXTENSIONS = ['h', 'hpp', 'c', 'cc', 'cpp'];
const ARTEFACT = (0,build/* pattern */.T1)('artefact-entity', `${(0,build/* wholeWords */.pC)(ARTEFACT_WORDS, true)}|[\\w-]\\.${(0,build/* alternation */.Ql)(SOURCE_FILE_EXTENSIONS)}\\b`, 'i');
/**
 * Decides that a plan's Storage field says it stores nothing: "N/A", "None yet", "—"
 * (pattern sources, each a whole word at the start).
 */
const NO_STORAGE_WORDS = ['n\\/?a', 'none', 'no', 'not applicable', 'nothing'];
const NO_STORAGE = (0,build/* pattern */.T1)('no-storage', `^\\s*${(0,build/* alternation */.Ql)([...NO_STORAGE_WORDS.map(word => `${word}\\b`), '[-—–]+\\s*$'], true)}`, 'i');
/** Decides that a Key Entity exists already: "An existing pallet", "the existing kiln". */
const plan_entities_EXISTING_WORDS = ['existing'];
/** Words that may come before it. */
const EXISTING_ARTICLES = ['an?', 'the'];
const EXISTING_ENTITY = (0,build/* pattern */.T1)('existing-entity', `^(?:${(0,build/* alternation */.Ql)(EXISTING_ARTICLES, true)}\\s+)?${(0,build/* alternation */.Ql)(plan_entities_EXISTING_WORDS)}\\b`, 'i');

;// CONCATENATED MODULE: ./src/core/plan/rules/models.ts






/**
 * Template rule "each entity → model creation task [P]". Entities the data model lists as
 * existing and unmodified, or as derived (a view, a log record), need no task: the checker
 * expects none for them either. An entity the feature extends gets a task to extend it. Without
 * a data-model.md, the spec's Key Entities are the entities.
 */
function modelTasks(context) {
    const entities = featureEntities(context.feature).filter(entity => !entity.existing && !entity.derived);
    return entities.map(entity => ({
        key: modelKey(entity.name),
        kind: 'model',
        role: 'core',
        description: modelDescription(entity),
        files: [modelFile(context, entity.name)],
        after: [],
        covers: [{ kind: 'entity', name: entity.name, source: entity.source }],
        story: context.owners.entity(entity)
    }));
}
function modelKey(entityName) {
    return `model:${entityName}`;
}
/**
 * The file the plan names for the entity, else the plan's own types file (`models.py`), else a
 * file of its own in the models folder.
 */
function modelFile(context, entityName) {
    // Where a file holds one class named as its file (Java, Kotlin, C#), the class names the file.
    const language = context.layout.language;
    const typeName = LANGUAGE_CONVENTIONS[language].fileCase === 'pascal'
        ? declaredTypeOf(context.feature, entityName)
        : undefined;
    // A folder whose note names the entity is more particular than the plan's shared types file.
    const folderFile = (dir) => dir === undefined ? undefined : dir + sourceFile(typeName ?? entityName, language);
    return (plannedFileNamed(context.layout, entityName) ??
        (typeName && plannedFileNamed(context.layout, typeName)) ??
        folderFile(modelFolderNaming(context.layout, entityName)) ??
        plannedTypesFile(context.layout) ??
        context.layout.modelsDir + sourceFile(typeName ?? entityName, language));
}
/**
 * The one type an entity's section declares where its heading is a description, not a type
 * name: `KioskScreenState` under "Screen State" is the class the model task writes, in a file
 * of that name. A declared type that does not carry the heading's words is something else.
 */
function declaredTypeOf(feature, entityName) {
    if (!/\s/.test(entityName.trim()))
        return undefined;
    const entity = feature.dataModel?.entities.find(candidate => candidate.name === entityName);
    const [alias, ...more] = entity?.aliases ?? [];
    if (!alias || more.length > 0 || !/^[a-z_]\w*$/i.test(alias))
        return undefined;
    const aliasWords = new Set(words(alias));
    return words(entityName).every(word => aliasWords.has(word)) ? alias : undefined;
}
/**
 * The data model's entities, else those of the spec's Key Entities that are data (names only:
 * their prose has no fields). A spec calls anything it talks about an entity, a hardware module
 * or the generated documentation too; only a plan that stores something, or an entity described
 * by what it holds, makes a model worth building.
 */
function featureEntities(feature) {
    if (feature.dataModel)
        return feature.dataModel.entities;
    const stores = storesData(feature);
    const keyEntities = (feature.spec?.keyEntities ?? []).filter(key => !ARTEFACT.test(key.description) && (stores || DATA_LIKE.test(key.description)));
    return keyEntities.map(key => ({
        name: withoutNote(key.name),
        fields: [],
        states: [],
        existing: EXISTING_ENTITY.test(key.description),
        extended: false,
        derived: false,
        aliases: [],
        source: key.source
    }));
}
/** The plan's Technical Context names a store: its entities are kept somewhere. */
function storesData(feature) {
    const storage = feature.plan?.technicalContext.Storage?.value;
    return storage !== undefined && storage.trim() !== '' && !NO_STORAGE.test(storage);
}
/** "Kiln (Equipment)": the note is not part of the name. */
function withoutNote(name) {
    const open = name.indexOf('(');
    const bare = open > 0 && name.trimEnd().endsWith(')') ? name.slice(0, open).trim() : name;
    return bare || name;
}
function modelDescription(entity) {
    const verb = entity.extended ? 'Extend' : 'Create';
    const fields = entity.fields.map(field => field.name);
    const shown = fields.slice(0, 6).join(', ');
    const suffix = fields.length === 0
        ? ''
        : ` (${shown}${fields.length > 6 ? `, and ${fields.length - 6} more` : ''})`;
    const states = entity.states.length > 0 ? ' with its state transitions' : '';
    // An enumeration is built as one: "Create Priority enum (high, low)", its values in brackets.
    const noun = entity.kind === 'enum' ? 'enum' : 'model';
    return `${verb} ${entity.name} ${noun}${suffix}${states}`;
}
/** The entity whose name matches the endpoint's resource (`/pallets/{id}` serves `Pallet`). */
function entityServedBy(endpoint, entities) {
    const resource = nameKey(endpoint.resource);
    if (!resource)
        return undefined;
    return entitiesByKey(entities).get(resource);
}
/**
 * The entity of the collection an HTTP endpoint sits under: its own resource's, else that of the
 * nearest path segment naming one (`/pallets/{id}/history` sits under `Pallet`).
 */
function entityUnder(endpoint, entities) {
    const byKey = entitiesByKey(entities);
    const segments = endpoint.path.split('/').filter(segment => /^[\p{L}_-]+$/u.test(segment));
    return (entityServedBy(endpoint, entities) ??
        segments
            .reverse()
            .map(segment => byKey.get(nameKey(segment)))
            .find(Boolean));
}
function nameKey(name) {
    return words(name).map(singular).join(' ');
}
const entityKeys = new WeakMap();
/** Entities by the key of their name, the first of equal keys winning, worked out once per list. */
function entitiesByKey(entities) {
    let byKey = entityKeys.get(entities);
    if (!byKey) {
        byKey = new Map();
        for (const entity of entities) {
            const key = nameKey(entity.name);
            if (!byKey.has(key))
                byKey.set(key, entity);
        }
        entityKeys.set(entities, byKey);
    }
    return byKey;
}

;// CONCATENATED MODULE: ./src/core/plan/rules/endpoint-files.ts












/** The file of each of `served`, the contract's endpoints the feature serves, in their order. */
function servingFiles(context, contract, served, entities) {
    const place = endpointFile(context, contract, served, entities);
    return served.map(endpoint => endpoint.file ??
        ownFile(context, contract, endpoint) ??
        (endpoint.kind === 'http' ? routeFileFor(context.layout, endpoint.name) : undefined) ??
        (place.planned ? place.file : fileOfItsOwn(context, endpoint, entities, place.file)));
}
/** Where the plan names no file for the contract: its entity's controller, or its command's file. */
function fileOfItsOwn(context, endpoint, entities, contractFile) {
    return (entityControllerFile(context, endpoint, entityUnder(endpoint, entities)) ??
        (endpoint.kind === 'cli'
            ? commandFileBeside(contractFile, endpoint.resource, context.layout.language)
            : undefined) ??
        contractFile);
}
/** The kind a folder's name says its files are: `controllers/` → controller. */
function folderKind(dir) {
    return singular(words(lastSegment(dir)).join(''));
}
/**
 * The planned controller, handler or router that serves the contract's resources; else a file
 * named for them in the endpoint folder nearest the entity they serve.
 */
function endpointFile(context, contract, served, entities) {
    const { layout } = context;
    const stem = stemOf(contract.fileName);
    const hint = [stem, ...served.map(endpoint => endpoint.resource)].join(' ');
    const kinds = [...new Set(served.map(endpoint => endpoint.kind))];
    const planned = plannedEndpointFile(layout, kinds, hint);
    if (planned)
        return { file: planned, planned: true };
    const entity = served.map(endpoint => entityServedBy(endpoint, entities)).find(Boolean);
    const dir = roleDirNear(layout, 'endpoint', entity && modelFile(context, entity.name));
    return { file: dir + endpointFileName(stem, served, dir, layout.language), planned: false };
}
/**
 * Where the plan has a folder of controllers (or handlers) and plans none for the contract, an
 * HTTP endpoint goes in the one of the entity whose collection it sits under, in the folder nearest
 * its model: `/kennels/{id}` and `/kennels/{id}/history` in `controller/KennelController.java`,
 * as a team of that language writes them.
 */
function entityControllerFile(context, endpoint, entity) {
    const { layout } = context;
    const usual = ENDPOINT_FILE_KIND[layout.language];
    if (!entity || endpoint.kind !== 'http' || !usual || layout.origin !== 'plan')
        return undefined;
    const dir = roleDirNear(layout, 'endpoint', modelFile(context, entity.name));
    const folder = folderKind(dir);
    if (!ENDPOINT_FOLDER_KINDS.has(folder))
        return undefined;
    // The entity's own spelling kept, acronyms and all: `GPSFix` → `GPSFixController`.
    return dir + sourceFile(pascalCase(entity.name) + pascalCase(folder), layout.language);
}
/** The planned file whose name, folder or note names this endpoint's route or operation. */
function ownFile(context, contract, endpoint) {
    return plannedEndpointFile(context.layout, [endpoint.kind], endpoint.name, stemOf(contract.fileName));
}
/**
 * `yard-api-summary.md` → `YardApiController.java`, `orders-api.yaml` → `orders_api.py`,
 * `openapi.yaml` → `api.py`: what the contract serves, never the document's own name taken for
 * a class; in languages that name such files by kind (Java, Kotlin, C#, Go), with its folder's
 * kind or the usual one.
 */
function endpointFileName(stem, served, dir, language) {
    const subject = words(stem).filter(word => !CONTRACT_DOCUMENT_WORDS.has(word));
    const resources = [...new Set(served.map(endpoint => endpoint.resource).filter(Boolean))];
    const name = subject.length > 0
        ? subject.join(' ')
        : resources.length === 1
            ? resources[0]
            : ENDPOINT_FILE_NAMES[served[0]?.kind ?? 'http'];
    const folder = folderKind(dir);
    const usual = ENDPOINT_FILE_KIND[language];
    const kind = served.every(endpoint => endpoint.kind === 'cli')
        ? usual && commandSuffix(name)
        : usual && ENDPOINT_FOLDER_KINDS.has(folder)
            ? folder
            : usual;
    return sourceFile(kind ? `${name} ${kind}` : name, language);
}
/** A CLI's file is named as a command (`ExportCommand`), never a web controller or handler. */
function commandSuffix(name) {
    const last = words(name).pop();
    return last && COMMAND_NAME_WORD.test(last) ? undefined : COMMAND_FILE_KIND;
}

;// CONCATENATED MODULE: ./src/core/plan/rules/contract-tests.ts






/**
 * Template rule "each contract file → contract test task [P]", in the plan's test file for what
 * the contract is about where it lists one.
 */
function contractTestTasks(context) {
    return context.feature.contracts.map(contract => ({
        key: contractTestKey(contract),
        kind: 'contract-test',
        role: 'tests',
        description: `Contract test for ${contractLabel(contract)}`,
        files: [
            plannedContractTest(context.layout, contract) ??
                mirroredContractTest(context, contract) ??
                testFileAt(context.layout, contractTestDir(context, contract), contractTestSubject(contract))
        ],
        after: [],
        covers: [{ kind: 'contract', name: contract.path, source: contract.source }],
        story: context.owners.contract(contract)
    }));
}
/**
 * The contract tests' folder, in the module of the code that serves the contract where the plan
 * lays out several: the test of a billing API beside the billing service's own code, found
 * through the model of the entity its routes serve.
 */
function contractTestDir(context, contract) {
    const { layout, feature } = context;
    const entities = feature.dataModel?.entities ?? [];
    const entity = contract.endpoints
        .map(endpoint => entityServedBy(endpoint, entities))
        .find(Boolean);
    const code = entity && modelFile(context, entity.name);
    return ((code && moduleTestDir(layout.sourceDirs, layout.testDirs, code, layout.contractTestsDir)) ??
        layout.contractTestsDir);
}
/**
 * Where a contract's endpoints are all implemented in one file of a JVM module whose tests the
 * plan leaves to mirror the code, the test of that file in the mirrored folder:
 * `…/src/test/java/org/x/web/KennelControllerContractTest.java` for `KennelController.java`.
 */
function mirroredContractTest(context, contract) {
    const served = contract.endpoints.filter(endpoint => !endpoint.consumed);
    if (served.length === 0)
        return undefined;
    const entities = context.feature.dataModel?.entities ?? [];
    const files = new Set(servingFiles(context, contract, served, entities));
    const [file] = files;
    if (files.size !== 1 || !file)
        return undefined;
    const dir = mirroredTestDir(context.layout.testDirs, file);
    return dir && testFileAt(context.layout, dir, `${stemOf(file)} contract`);
}
function contractTestKey(contract) {
    return `contract-test:${contract.path}`;
}
/** `contracts/metrics-api.yaml (GET /v1/x, POST /v1/y)`: names the file and what it must cover. */
function contractLabel(contract) {
    const relative = 'contracts/' + contract.path.slice(contract.path.indexOf('/contracts/') + '/contracts/'.length);
    const names = contract.endpoints.map(endpoint => endpoint.name);
    if (names.length === 0)
        return relative;
    const shown = names.slice(0, 4).join(', ');
    return `${relative} (${shown}${names.length > 4 ? `, and ${names.length - 4} more` : ''})`;
}
/**
 * What a contract's test file is named for: the contract's file name without its extension, and
 * `_contract` (`orders-api.yaml` → `orders-api_contract`, tested in
 * `test_orders_api_contract.py`), which tells it apart from the unit tests of code named like the
 * contract.
 */
function contractTestSubject(contract) {
    const lastDot = contract.fileName.lastIndexOf('.');
    const base = lastDot > 0 ? contract.fileName.slice(0, lastDot) : contract.fileName;
    return base + '_contract';
}

;// CONCATENATED MODULE: ./src/core/plan/rules/tool-tasks.ts




/**
 * `whole` (the one task for the contract's loose operations) split into a task per tool, each in
 * its own file beside where `whole` would write; nothing where `whole` is not in a folder of
 * tools, the plan names the contract's own file, or the operations are resources.
 */
function toolTasks(context, contract, operations, whole) {
    if (whole.kind !== 'endpoint' || operations.some(isResourceUri))
        return undefined;
    if (plannedFileNamed(context.layout, stemOf(contract.fileName)))
        return undefined;
    const files = operations.map(name => toolFileBeside(whole.files[0], name, context.layout.language));
    if (files.some(file => file === undefined))
        return undefined;
    return operations.map((name, index) => ({
        ...whole,
        key: `${whole.key}:${name}`,
        // The contract by name, not path: a path would read as a file every one of these tasks touches.
        description: `Implement the ${name} tool of the ${stemOf(contract.fileName)} contract`,
        files: [files[index]]
    }));
}

;// CONCATENATED MODULE: ./src/core/plan/rules/services.ts






/**
 * Template rule "relationships → service layer tasks": one service per entity that relates to
 * others, owning those relationships, after the models it joins.
 */
function serviceTasks(context) {
    return managedEntities(context).map(managed => {
        const place = servicePlace(context, managed.owner);
        const phrase = relationshipsPhrase([managed]);
        return {
            key: serviceKey(managed.owner),
            kind: 'service',
            role: 'core',
            description: place.inModel
                ? `Add ${phrase}`
                : `Implement ${managed.owner}Service managing ${phrase}`,
            files: [place.file],
            after: serviceDependencies(managed),
            covers: relationshipCovers(managed),
            story: serviceStory(context, managed)
        };
    });
}
/**
 * Where the service owning an entity's relationships goes: the plan's service file for the
 * entity (`orders/service.ts`, `order_service.py`, `order_manager.py`), else the plan's services
 * module beside its model (`services.py` beside `models.py`). A plan that keeps its types in one
 * file and plans no service layer keeps the relationships in that file; only a plan without
 * such files gets a service file of the template's making.
 */
function servicePlace(context, owner) {
    const { layout } = context;
    const model = modelFile(context, owner);
    const planned = fileOfFolderFor(layout, owner, SERVICE_STEMS) ??
        [...SERVICE_STEMS]
            .map(stem => plannedFileNamed(layout, `${owner} ${stem}`, 'service'))
            .find(Boolean) ??
        plannedServicesFileBeside(layout, model);
    if (planned)
        return { file: planned, inModel: false };
    if (model === plannedTypesFile(layout))
        return { file: model, inModel: true };
    const name = `${owner} service`;
    return {
        file: roleDirNear(layout, 'service', model) + sourceFile(name, layout.language),
        inModel: false
    };
}
function managedEntities(context) {
    const entities = new Map((context.feature.dataModel?.entities ?? []).map(entity => [entity.name, entity]));
    const byOwner = new Map();
    for (const relationship of context.feature.dataModel?.relationships ?? []) {
        if (!entities.has(relationship.from) ||
            !entities.has(relationship.to) ||
            relationship.from === relationship.to ||
            // A derived view has nothing to manage: its relationships are read, not kept.
            entities.get(relationship.from).derived)
            continue;
        const list = byOwner.get(relationship.from) ?? [];
        list.push(relationship);
        byOwner.set(relationship.from, list);
    }
    return [...byOwner].map(([owner, relationships]) => ({
        owner,
        related: [...new Set(relationships.map(relationship => relationship.to))],
        relationships
    }));
}
/** "Shipment's relationships to Pallet, Courier"; several owners joined with "and". */
function relationshipsPhrase(managed) {
    return managed
        .map(({ owner, related }) => `${possessive(owner)} relationships to ${related.join(', ')}`)
        .join(' and ');
}
/** Entities named as tables are plural (`events`): "events' relationships", not "events's". */
function possessive(name) {
    return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
function serviceDependencies(managed) {
    return [modelKey(managed.owner), ...managed.related.map(modelKey)];
}
function relationshipCovers(managed) {
    return managed.relationships.map(relationship => ({
        kind: 'relationship',
        name: relationship.text,
        source: relationship.source
    }));
}
function serviceStory(context, managed) {
    const entities = new Map((context.feature.dataModel?.entities ?? []).map(entity => [entity.name, entity]));
    return sharedOwner([managed.owner, ...managed.related].map(name => context.owners.entity(entities.get(name))));
}
function serviceKey(entityName) {
    return `service:${entityName}`;
}
/** The story when every part agrees on one; otherwise shared. */
function sharedOwner(owners) {
    const distinct = new Set(owners);
    return distinct.size === 1 ? owners[0] : undefined;
}

;// CONCATENATED MODULE: ./src/core/plan/rules/contract-operations.ts













function contractOperationTasks(context, models, services) {
    const declarations = context.feature.contracts
        .filter(contract => contract.endpoints.length === 0)
        .map(declaredBy);
    const foldedModels = foldTypes(context, declarations, models);
    const { folded, renamed, absorbed } = foldServices(context, declarations, services);
    const operations = declarations.flatMap(declared => {
        const groups = declared.groups.filter(group => !absorbed.has(group));
        if (declared.groups.length > 0)
            return groups.map(group => groupTask(context, declared, group));
        const whole = wholeContractTask(context, declared);
        return whole
            ? (toolTasks(context, declared.contract, declared.operations, whole) ?? [whole])
            : [];
    });
    return { models: foldedModels, services: folded, operations, renamed };
}
function declaredBy(contract) {
    const { groups, operations, types, typesWanted } = contract.declared;
    return { contract, groups, operations, types, typesWanted };
}
// ---------------------------------------------------------------------------------------------
// Folding what the data model plans again
/**
 * A type the contract declares that is an entity of the data model is that entity's model: one
 * task, in the contract's place (`sales/web/dto/` for `sales-dtos.yaml`). Wire
 * messages are not folded: a `.proto` message and the domain type are two pieces of work.
 */
function foldTypes(context, declarations, models) {
    const byKey = new Map(models.map(model => [model.key, model]));
    const entities = context.feature.dataModel?.entities ?? [];
    for (const declared of declarations) {
        if (declared.groups.length > 0 || declared.operations.length > 0)
            continue;
        if (protoFile(context, declared.contract))
            continue;
        const folded = [];
        for (const type of declared.types) {
            const entity = entities.find(candidate => candidate.name === type || candidate.aliases.includes(type));
            const model = entity ? byKey.get(modelKey(entity.name)) : undefined;
            if (!entity || !model)
                continue;
            folded.push(type);
            const first = !model.covers.some(cover => cover.kind === 'contract');
            byKey.set(model.key, {
                ...model,
                description: first
                    ? `${model.description} per ${relative(declared.contract)}`
                    : model.description,
                files: first ? [typeFile(context, declared.contract, type, model.files[0])] : model.files,
                after: contract_operations_unique([...model.after, contractTestKey(declared.contract)]),
                covers: [...model.covers, contractCover(declared.contract)],
                story: sharedOwner([model.story, context.owners.contract(declared.contract)])
            });
        }
        declared.types = declared.types.filter(type => !folded.includes(type));
    }
    return models.map(model => byKey.get(model.key));
}
/**
 * A relationship service for an entity the contract's own service manages (`InvoiceService` for
 * `Invoice`, `PaymentService` for `PaymentLink`) is that service: one task under the contract's
 * name. The longest match wins, so `ShelfLabelService` takes `ShelfLabel` before `ShelfService`
 * can.
 */
function foldServices(context, declarations, services) {
    const candidates = declarations.flatMap(declared => declared.groups
        .filter(group => MANAGING_GROUP.test(group.name))
        .map(group => ({ declared, group })));
    const managedBy = new Map();
    const ownerGroup = new Map();
    for (const managed of managedEntities(context)) {
        const found = managingGroup(managed.owner, candidates);
        if (!found)
            continue;
        const entry = managedBy.get(found.group) ?? { declared: found.declared, managed: [] };
        entry.managed.push(managed);
        managedBy.set(found.group, entry);
        ownerGroup.set(serviceKey(managed.owner), found.group);
    }
    const renamed = new Map();
    const folded = [];
    for (const service of services) {
        const group = ownerGroup.get(service.key);
        if (!group) {
            folded.push(service);
            continue;
        }
        const { declared, managed } = managedBy.get(group);
        const first = serviceKey(managed[0].owner);
        if (service.key !== first) {
            renamed.set(service.key, first);
            continue;
        }
        folded.push(managedGroupTask(context, declared, group, managed, service));
    }
    return { folded, renamed, absorbed: new Set(managedBy.keys()) };
}
function managingGroup(owner, candidates) {
    const ownerWords = words(owner).map(singular);
    let best;
    for (const candidate of candidates) {
        const subject = words(candidate.group.name).slice(0, -1).map(singular);
        if (subject.length === 0 || subject.length > ownerWords.length)
            continue;
        if (!subject.every((word, index) => word === ownerWords[index]))
            continue;
        const score = subject.length === ownerWords.length ? Number.MAX_SAFE_INTEGER : subject.length;
        if (best === undefined || score > best.score)
            best = { candidate, score };
    }
    return best?.candidate;
}
function managedGroupTask(context, declared, group, managed, service) {
    const { contract } = declared;
    const inferred = service.files[0];
    // The relationship rule placed the service beside its models; the contract names the class.
    const besideModels = inferred === undefined
        ? undefined
        : sameWords(stemOf(inferred), group.name)
            ? inferred
            : directoryOf(inferred) + sourceFile(group.name, context.layout.language);
    return {
        key: service.key,
        kind: 'service',
        role: 'core',
        description: `Implement ${contract_operations_subjectOf(group)} per ${relative(contract)}${contract_operations_listed(group.members)}, managing ${relationshipsPhrase(managed)}`,
        files: [groupFile(context, contract, group, besideModels)],
        after: contract_operations_unique([...managed.flatMap(serviceDependencies), contractTestKey(contract)]),
        covers: [...managed.flatMap(relationshipCovers), contractCover(contract)],
        story: sharedOwner([
            ...managed.map(entity => serviceStory(context, entity)),
            context.owners.contract(contract)
        ])
    };
}
// ---------------------------------------------------------------------------------------------
// Tasks of the contract's own
function groupTask(context, declared, group) {
    const routing = group.serves;
    return draft(context, declared.contract, `contract-operations:${declared.contract.path}:${group.name}`, routing ? 'endpoint' : 'service', `Implement ${contract_operations_subjectOf(group)} per ${relative(declared.contract)}${contract_operations_listed(group.members)}`, groupFile(context, declared.contract, group, undefined));
}
function contract_operations_subjectOf(group) {
    const alias = group.aliases.find(name => !IMPLEMENTATION_SUFFIXES.some(suffix => name === `${group.name}${suffix}`));
    return alias ? `${group.name} (${alias})` : group.name;
}
/**
 * The file the plan names for the group; else the one the contract's own tree, its `**File**:`
 * or its module or package says; else where the other rule would have put it; else the
 * endpoint or service folder.
 */
function groupFile(context, contract, group, besideModels) {
    const { layout } = context;
    const names = [group.name, ...group.aliases];
    const routing = group.serves;
    return (names.map(name => plannedFileNamed(layout, name)).find(Boolean) ??
        treeFile(context, contract, names) ??
        homeFile(context, contract, names) ??
        moduleFile(context, contract) ??
        inPackage(context, contract, group.name) ??
        besideModels ??
        (routing ? layout.endpointsDir : layout.servicesDir) + sourceFile(group.name, layout.language));
}
/** Loose tools, procedures or resources, else message types: one task for the contract. */
function wholeContractTask(context, declared) {
    const { contract, operations, types } = declared;
    if (operations.length > 0) {
        const what = operations.every(isResourceUri) ? 'resources' : 'operations';
        return draft(context, contract, `contract-operations:${contract.path}`, 'endpoint', `Implement the ${what} declared in ${relative(contract)}${contract_operations_listed(operations)}`, operationsFile(context, contract));
    }
    if (types.length === 0 || !declared.typesWanted)
        return undefined;
    return draft(context, contract, `contract-operations:${contract.path}`, 'model', `Implement the types declared in ${relative(contract)}${contract_operations_listed(types)}`, protoFile(context, contract) ??
        typeFile(context, contract, types.length === 1 ? types[0] : stemOf(contract.fileName)));
}
/** `actions.json` in the plan's `bot/actions.rs`, `bot-actions.md` in its `Bot/Actions/`. */
function operationsFile(context, contract) {
    const stem = stemOf(contract.fileName);
    const { layout } = context;
    return (plannedFileNamed(layout, stem) ??
        moduleFile(context, contract) ??
        inPackage(context, contract, stem) ??
        (dirNamedBy(layout.touchedDirs, stem) ?? layout.endpointsDir) +
            sourceFile(stem, layout.language));
}
/** Wire messages go in the plan's .proto file. */
function protoFile(context, contract) {
    const proto = context.layout.plannedFiles.find(file => file.endsWith('.proto'));
    const about = `${stemOf(contract.fileName)} ${contract.title ?? ''}`;
    return proto && WIRE_CONTRACT.test(about) ? proto : undefined;
}
/** A type in the DTO directory of its own module (`sales/web/dto/` for `sales-dtos.yaml`). */
function typeFile(context, contract, name, inferred) {
    const { layout } = context;
    const stem = stemOf(contract.fileName);
    const named = plannedFileNamed(layout, name) ??
        homeFile(context, contract, [name]) ??
        moduleFile(context, contract) ??
        inPackage(context, contract, name);
    if (named)
        return named;
    // A folder that shares one word with the contract (`web/` for `web-types.md`) is a guess no
    // better than the model rule's; one of two words or more (`sales/…/dto/`) is the contract's.
    const dir = dirNamedBy(layout.touchedDirs, stem, inferred !== undefined);
    if (dir)
        return dir + sourceFile(name, layout.language);
    return inferred ?? layout.modelsDir + sourceFile(name, layout.language);
}
// ---------------------------------------------------------------------------------------------
// Where the contract says its code goes
/**
 * The file the contract's own tree draws for the group: `BasketService.swift`, or for
 * `orderRouter` the `order.ts` in its routers folder (or whose note speaks of procedures).
 */
function treeFile(context, contract, names) {
    const files = contract.declarations?.files ?? [];
    const exact = files.find(file => names.some(name => sameWords(stemOf(file.path), name)));
    if (exact)
        return anchored(context, exact.path);
    const subject = words(names[0]).filter(word => !GROUP_ROLE_WORDS.has(singular(word)));
    const role = words(names[0])
        .map(singular)
        .filter(word => GROUP_ROLE_WORDS.has(word));
    if (subject.length === 0 || role.length === 0)
        return undefined;
    const found = files.find(file => {
        if (words(stemOf(file.path)).map(singular).join(' ') !== subject.map(singular).join(' '))
            return false;
        const around = [...directoryOf(file.path).split('/'), file.note ?? ''].flatMap(text => words(text).map(singular));
        return around.some(word => role.includes(word) || role.includes(ROLE_ALSO_CALLED.get(word) ?? ''));
    });
    return found ? anchored(context, found.path) : undefined;
}
/** `**File**: `store/shelf/ShelfRepository.kt``, under the plan's folder of that name. */
function homeFile(context, contract, names) {
    const home = homes(contract).find(path => languageOfFile(path) !== undefined && names.some(name => sameWords(stemOf(path), name)));
    return home ? anchored(context, home) : undefined;
}
/** `**Module**: `quote_client.fetch`` is the plan's `…/quote_client/fetch.py`. */
function moduleFile(context, contract) {
    const { layout } = context;
    for (const home of homes(contract)) {
        if (home.includes('/') || languageOfFile(home) !== undefined)
            continue;
        const segments = home.split(/\.|::/).filter(Boolean);
        if (segments.length < 2 || !segments.every(segment => /^[a-z_]\w*$/i.test(segment)))
            continue;
        const tail = '/' + segments.join('/');
        const planned = layout.plannedFiles.find(file => `/${file.replace(/\.[^./]*$/, '')}`.endsWith(tail));
        if (planned)
            return planned;
        const parent = `/${segments.slice(0, -1).join('/')}/`;
        const dir = layout.sourceDirs.find(candidate => `/${candidate}`.endsWith(parent));
        if (dir)
            return dir + sourceFile(segments[segments.length - 1], layout.language);
    }
    return undefined;
}
/** `**Package**: `libs/quotes``: the plan's source folder inside it, for a file of `name`. */
function inPackage(context, contract, name) {
    const { layout } = context;
    for (const home of homes(contract)) {
        if (!home.includes('/') || languageOfFile(home) !== undefined)
            continue;
        const bare = home.replace(/^\.?\/+/, '');
        const prefix = bare.endsWith('/') ? bare : `${bare}/`;
        const dir = layout.sourceDirs.find(candidate => candidate.startsWith(prefix));
        if (dir)
            return dir + sourceFile(name, layout.language);
    }
    return undefined;
}
function homes(contract) {
    return contract.declarations?.homes ?? [];
}
/**
 * A path the contract writes, where the plan has it: as written when it starts in one of the
 * plan's top folders, else under the plan's folder that ends with its folders.
 */
function anchored(context, path) {
    const { layout } = context;
    const clean = path.replace(/^\.?\/+/, '');
    const dirs = [...layout.touchedDirs, ...layout.sourceDirs];
    const top = clean.slice(0, clean.indexOf('/') + 1);
    if (layout.origin !== 'plan' || (top && dirs.some(dir => dir.startsWith(top))))
        return clean;
    const folder = directoryOf(clean);
    const name = clean.slice(folder.length);
    const dir = folder ? dirs.find(candidate => `/${candidate}`.endsWith(`/${folder}`)) : undefined;
    return dir ? dir + name : undefined;
}
/**
 * The planned directory whose segments name most of the stem's words (`sales`, `dto`); when
 * `sure`, only one that names two of them, or the stem's one word.
 */
function dirNamedBy(dirs, stem, sure = false) {
    const wanted = new Set(words(stem).map(singular));
    let best;
    for (const dir of dirs) {
        const segments = new Set(dir.split('/').flatMap(segment => words(segment).map(singular)));
        const score = [...wanted].filter(word => segments.has(word)).length;
        if (score > 0 && (best === undefined || score > best.score))
            best = { dir, score };
    }
    return best && (!sure || best.score >= Math.min(2, wanted.size)) ? best.dir : undefined;
}
function sameWords(a, b) {
    return words(a).map(singular).join(' ') === words(b).map(singular).join(' ');
}
// ---------------------------------------------------------------------------------------------
function draft(context, contract, key, kind, description, file) {
    return {
        key,
        kind,
        role: 'core',
        description,
        files: [file],
        after: [contractTestKey(contract)],
        covers: [contractCover(contract)],
        story: context.owners.contract(contract)
    };
}
function contractCover(contract) {
    return { kind: 'contract', name: contract.path, source: contract.source };
}
/**
 * Every name, however many: the task is the one place a reader of the list learns which methods
 * the contract requires, and an "and 6 more" would send them back to the contract to find out.
 */
function contract_operations_listed(names) {
    return names.length === 0 ? '' : ` (${names.join(', ')})`;
}
function contract_operations_unique(keys) {
    return [...new Set(keys)];
}
function relative(contract) {
    const at = contract.path.indexOf('/contracts/');
    return at >= 0 ? contract.path.slice(at + 1) : `contracts/${contract.fileName}`;
}
/** `bot-actions.md` → `bot-actions`; `actions.json` → `actions`. */

;// CONCATENATED MODULE: ./src/core/plan/rules/endpoints.ts





/**
 * Template rule "each endpoint → implementation task", for the contracts' endpoints or, where no
 * contract declares any, the routes the plan declares. Each endpoint goes in the planned file that
 * serves its route (`CourierController` for `/couriers/{id}`), else in its contract's one file, so
 * those run one after another; each waits for its contract test and for the model (or service) of
 * the entity it serves. Endpoints the feature only calls are someone else's to build.
 */
function endpointTasks(context) {
    const entities = context.feature.dataModel?.entities ?? [];
    const services = new Set((context.feature.dataModel?.relationships ?? []).map(relationship => relationship.from));
    const planRoutes = planRoutesContract(context.feature);
    const contracts = planRoutes
        ? [...context.feature.contracts, planRoutes]
        : context.feature.contracts;
    return contracts.flatMap(contract => {
        const served = contract.endpoints.filter(endpoint => !endpoint.consumed);
        if (served.length === 0)
            return [];
        const files = servingFiles(context, contract, served, entities);
        return served.map((endpoint, index) => {
            const entity = entityServedBy(endpoint, entities);
            const dependency = entity
                ? services.has(entity.name)
                    ? serviceKey(entity.name)
                    : modelKey(entity.name)
                : undefined;
            return {
                key: `endpoint:${contract.path}:${endpoint.name}`,
                kind: 'endpoint',
                role: 'core',
                description: `Implement ${endpointLabel(endpoint)}`,
                files: [files[index]],
                after: [contractTestKey(contract), ...(dependency ? [dependency] : [])],
                covers: [{ kind: 'endpoint', name: endpoint.name, source: endpoint.source }],
                story: context.owners.endpoint(contract, endpoint)
            };
        });
    });
}
function endpointLabel(endpoint) {
    const kind = endpoint.kind === 'cli' ? 'command' : endpoint.kind === 'http' ? 'endpoint' : 'operation';
    const aside = endpoint.operationId ?? endpoint.purpose;
    return `${endpoint.name} ${kind}${aside ? ` (${aside})` : ''}`;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/plan-notes.ts
/**
 * What a note beside a planned file says about the file rather than about its work: that another
 * file may stand in for it, that it is optional, or when it is needed. Such a note is no
 * description: "Implement or __main__.py" and "Add optional" tell a reader nothing.
 */

/** Decides that a note names an alternative to the file (`or __main__.py`): no description. */
const NOTE_ALTERNATIVE_WORDS = new Set([
    'or',
    'alternatively',
    'either',
    'oder',
    'ou',
    '또는',
    '혹은',
    '或',
    '或者',
    'または'
]);
/** Decides that a note's first word only says the file is optional: "(optional)" after it. */
const NOTE_OPTIONAL_WORDS = new Set([
    'optional',
    'optionally',
    'opcional',
    'optionnel',
    'facultatif',
    '선택',
    '선택적',
    '可选',
    '可選',
    '任意'
]);
/**
 * Decides that a note is a condition on the file (`if using TypeScript`, `TypeScript 사용 시`):
 * it goes in parentheses after the file, not in the verb's place. First words of English-like
 * conditions, and last words of languages that put the condition after its subject.
 */
const NOTE_CONDITION_FIRST_WORDS = new Set([
    'if',
    'when',
    'unless',
    'only',
    'si',
    'falls',
    'wenn'
]);
const NOTE_CONDITION_LAST_WORDS = new Set([
    '시',
    '경우',
    '때',
    '时',
    '時',
    '場合'
]);
/**
 * Decides that a note's first word is a participle saying how the file comes about (`copied
 * from the contract`, `generated by hand`), not what it holds (pattern source, the whole word).
 */
const PARTICIPLE = (0,build/* pattern */.T1)('planned-note-participle', '^[a-z]{3,20}ed$');
/** Decides that a test file's note already says it is tests (`assert_cmd tests of …`). */
const TEST_NOTE_WORDS = new Set(['test', 'tests', 'spec', 'specs']);

;// CONCATENATED MODULE: ./src/core/plan/rules/planned-order.ts
/**
 * The order the plan's own files imply: a service after the models of its area, a route after
 * the service it delegates to, a page after the routes and services it calls. Two files are of
 * one area when the words of their folders and names meet (`lib/bookings/service.ts` and
 * `app/api/sessions/[id]/bookings/route.ts`), words nearly every file shares (a package's
 * `com/acme/shop/`) and words that only say what a file is (`lib`, `route`) aside.
 */


/** The layers code is built in, lowest first; a task waits for the nearest lower one of its area. */
const LAYER = { model: 0, service: 1, endpoint: 2, core: 3 };
function withLayerOrder(drafts, plannedPaths) {
    const layered = drafts
        .map((draft, index) => ({ draft, index, layer: LAYER[draft.kind] }))
        .filter((entry) => entry.layer !== undefined &&
        entry.draft.files.length > 0 &&
        entry.draft.files.every(file => plannedPaths.has(file)));
    if (layered.length < 2)
        return drafts;
    const areas = areaWords(layered.map(entry => entry.draft.files.join(' ')));
    const result = [...drafts];
    for (const [at, entry] of layered.entries()) {
        const own = areas[at];
        if (own.size === 0)
            continue;
        const below = (layer) => layered.filter((other, index) => other.layer === layer && [...areas[index]].some(word => own.has(word)));
        let waited = [];
        for (let layer = entry.layer - 1; layer >= 0 && waited.length === 0; layer--)
            waited = below(layer);
        if (waited.length === 0)
            continue;
        const after = [...entry.draft.after];
        for (const other of waited)
            if (other.draft.key !== entry.draft.key && !after.includes(other.draft.key))
                after.push(other.draft.key);
        result[entry.index] = { ...entry.draft, after };
    }
    return result;
}
/** Each path's area words, without noise and without words four in five of the paths share. */
function areaWords(paths) {
    const each = paths.map(path => new Set(path
        .split(/[/\s]/)
        .filter(segment => !/^[[(]/.test(segment))
        .flatMap(segment => words(segment.replace(/\.[^.]*$/, '')))
        .map(singular)
        .filter(word => word.length > 2 && !AREA_NOISE_WORDS.has(word))));
    const shared = new Map();
    for (const set of each)
        for (const word of set)
            shared.set(word, (shared.get(word) ?? 0) + 1);
    const common = (word) => paths.length >= 4 && shared.get(word) * 5 >= paths.length * 4;
    return each.map(set => new Set([...set].filter(word => !common(word))));
}

;// CONCATENATED MODULE: ./src/core/plan/rules/planned-files.ts











const ROLE_PLACE = {
    test: { kind: 'test', role: 'tests' },
    setup: { kind: 'setup', role: 'setup' },
    docs: { kind: 'polish', role: 'polish' },
    migration: { kind: 'model', role: 'core' },
    model: { kind: 'model', role: 'core' },
    service: { kind: 'service', role: 'core' },
    endpoint: { kind: 'endpoint', role: 'core' },
    // After the services and endpoints it calls: the scheduler ranks `core` after both.
    ui: { kind: 'core', role: 'core' },
    integration: { kind: 'integration', role: 'integration' },
    data: { kind: 'core', role: 'core' }
};
const planned_files_TEST_KINDS = new Set(['contract-test', 'integration-test', 'test']);
function plannedFileKey(path) {
    return `planned:${path}`;
}
/**
 * The rules' drafts with the plan's notes folded into those that work in a planned file, and a
 * task for every other planned file.
 */
function withPlannedFiles(context, drafts) {
    const result = [...drafts];
    const holders = new Map();
    result.forEach((draft, index) => {
        for (const file of draft.files)
            holders.set(file, [...(holders.get(file) ?? []), index]);
    });
    const added = [];
    for (const file of context.layout.planned) {
        const role = plannedRole(file);
        const same = (holders.get(file.path) ?? []).filter(index => sameWork(result[index].kind, role));
        if (same.length > 0) {
            const first = same[0];
            // A note that lists the file's routes is what the endpoint tasks already say.
            if (declaresRoutes(context, file.path))
                continue;
            result[first] = foldNote(result[first], file, same.map(index => result[index].description));
            continue;
        }
        const place = ROLE_PLACE[role];
        added.push({
            key: plannedFileKey(file.path),
            kind: place.kind,
            role: place.role,
            description: plannedDescription(file, role),
            files: [file.path],
            after: [],
            covers: [],
            story: planned_files_storyOf(context, file)
        });
    }
    const plannedPaths = new Set(context.layout.planned.map(file => file.path));
    return withLayerOrder([...result, ...added], plannedPaths);
}
/**
 * A rule's task is the planned file's work when it is of the same nature: a test for a test
 * file, setup for a build file, Polish for documentation, building code for code (a check of
 * the platform over the file is not its implementation).
 */
function sameWork(kind, role) {
    if (role === 'test')
        return planned_files_TEST_KINDS.has(kind);
    if (role === 'setup')
        return kind === 'setup';
    if (role === 'docs')
        return kind === 'polish';
    return BUILDING_KINDS.has(kind);
}
const BUILDING_KINDS = new Set(['model', 'service', 'endpoint', 'core']);
/** The note joins the task that already works in its file, where it says something new. */
function foldNote(draft, file, descriptions) {
    const { note, aside } = readNoteWords(file.note);
    const said = new Set(descriptions.flatMap(description => words(description)));
    const adds = note !== undefined && words(note).some(word => word.length > 2 && !said.has(word));
    let description = adds ? `${draft.description} — ${note}` : draft.description;
    if (aside)
        description += ` (${aside})`;
    return description === draft.description ? draft : { ...draft, description };
}
function declaresRoutes(context, path) {
    return (context.feature.plan?.endpoints ?? []).some(endpoint => endpoint.file === path);
}
/** `US-1 E2E`: the story the plan ties the file to, when the feature has it. */
function planned_files_storyOf(context, file) {
    const number = file.note ? STORY_REFERENCE.exec(file.note)?.[1] : undefined;
    if (number === undefined)
        return undefined;
    return context.owners.stories.find(story => story.number === Number(number))?.id;
}
// ---------------------------------------------------------------------------------------------
// What the task says
/**
 * "Implement Order CRUD in …" from the note; without one, what the file is ("Create orders
 * types"); for a changed file "Update …": "Update control to absorb owner caps", "Update
 * capability gate + owner-cap routes".
 */
function plannedDescription(file, role) {
    const changed = file.status === 'modified';
    if (role === 'test')
        return testDescription(file, changed);
    const reading = readNoteWords(file.note);
    const described = plainDescription(file, role, reading.note, changed);
    return reading.aside ? `${described} (${reading.aside})` : described;
}
/**
 * A note's words about the file itself taken out: an alternative file is dropped, "optional"
 * and a condition become an aside after the description.
 */
function readNoteWords(raw) {
    const text = raw?.trim();
    if (!text)
        return {};
    const tokens = text.split(/\s+/);
    const first = tokens[0].toLowerCase();
    if (NOTE_ALTERNATIVE_WORDS.has(first))
        return {};
    if (NOTE_OPTIONAL_WORDS.has(first)) {
        const rest = tokens.slice(1).join(' ');
        return { note: rest || undefined, aside: 'optional' };
    }
    if (NOTE_CONDITION_FIRST_WORDS.has(first) || NOTE_CONDITION_LAST_WORDS.has(tokens.at(-1)))
        return { aside: text };
    return { note: text };
}
function plainDescription(file, role, rawNote, changed) {
    const note = rawNote && asInstruction(rawNote);
    // A build file is known by its folder: `apps/web/package.json` is the web app's.
    const label = fileLabel(file.path, role === 'setup');
    if (changed) {
        if (!note)
            return `Update ${label}`;
        const first = firstWord(note);
        if (first === 'to')
            return `Update ${label} ${note}`;
        if (NOTE_VERBS.has(first))
            return `Update ${label} to ${lowerFirst(note)}`;
        return `Update ${note}`;
    }
    if (!note)
        return `${CREATE_VERB[role]} ${label}`;
    const first = firstWord(note);
    if (NOTE_VERBS.has(first))
        return upperFirst(note);
    // "copied from the contract" says how, not what: the file is what to create.
    if (PARTICIPLE.test(first))
        return `${CREATE_VERB[role]} ${label} (${note})`;
    return `${NOTE_VERB[role]} ${note}`;
}
const CREATE_VERB = {
    test: 'Write',
    setup: 'Set up',
    docs: 'Write',
    migration: 'Create',
    model: 'Create',
    service: 'Create',
    endpoint: 'Create',
    ui: 'Build',
    integration: 'Create',
    data: 'Add'
};
const NOTE_VERB = {
    test: 'Write',
    setup: 'Set up',
    docs: 'Write',
    migration: 'Create',
    model: 'Define',
    service: 'Implement',
    endpoint: 'Implement',
    ui: 'Build',
    integration: 'Implement',
    data: 'Add'
};
/** "Integration test for rsvp free", "Unit tests for OrderService", "Update contract test for …". */
function testDescription(file, changed) {
    const kind = testKind(file.path);
    const subject = file.note?.trim() || planned_files_testSubject(file.path);
    // "assert_cmd tests of every subcommand" already says it is tests.
    const saysTests = words(file.note ?? '').some(word => TEST_NOTE_WORDS.has(word));
    if (!changed)
        return saysTests ? `Write ${subject}` : `${kind} for ${subject}`;
    const note = file.note?.trim();
    const label = planned_files_testSubject(file.path);
    if (note && NOTE_VERBS.has(firstWord(note)))
        return `Update ${kind.toLowerCase()} ${label} to ${lowerFirst(note)}`;
    return `Update ${kind.toLowerCase()} for ${subject}`;
}
function testKind(path) {
    const segments = directoryOf(path).toLowerCase().split('/').filter(Boolean).reverse();
    for (const segment of segments) {
        const kind = TEST_KIND_OF_FOLDER.find(([folder]) => folder === segment)?.[1];
        if (kind)
            return kind;
    }
    return DEFAULT_TEST_KIND;
}
/** `rsvp-free.test.ts` → "rsvp free"; `OrderServiceTests.cs` → "OrderService"; `test_orders.py` → "orders". */
function planned_files_testSubject(path) {
    let stem = testStem(path);
    for (const suffix of TEST_NAME_SUFFIXES)
        if (stem.length > suffix.length && stem.endsWith(suffix)) {
            stem = stem.slice(0, -suffix.length);
            break;
        }
    return shown(stem) || fileLabel(path);
}
/**
 * How a task names a file: its stem, kept as written when it is an identifier (`OrderService`),
 * else its words; a stem that says nothing alone (`types`, `route`, `mod`) with its folder.
 */
function fileLabel(path, withFolder = false) {
    const stem = stemOf(path);
    if (!withFolder && !GENERIC_STEMS.has(stem.toLowerCase()))
        return shown(stem) || stem;
    const folders = directoryOf(path).split('/').filter(Boolean);
    const parts = [];
    for (let at = folders.length - 1; at >= 0; at--) {
        parts.unshift(folders[at]);
        // `[id]` and `(shop)` say which route, not which thing: the folder above says that.
        if (!/^[[(]/.test(folders[at]))
            break;
    }
    return parts.length > 0 ? `${parts.join('/')} ${shown(stem) || stem}` : shown(stem) || stem;
}
/** `OrderService`, `Tide` and `useOrders` as written; `order_service`, `order-service` as words. */
function shown(stem) {
    if (/^[A-Z][A-Za-z0-9]*$|^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(stem))
        return stem;
    return words(stem).join(' ');
}
/**
 * The note as an instruction: an aside in front and a full stop dropped, a verb in the third
 * person made imperative: "(or a module) loads the model." → "load the model".
 */
function asInstruction(note) {
    let text = note.trim();
    if (text.startsWith('(') && text.includes(')'))
        text = text.slice(text.indexOf(')') + 1).trim();
    if (text.endsWith('.') && !text.endsWith('..'))
        text = text.slice(0, -1);
    const first = text.split(/\s/)[0] ?? '';
    const base = first.endsWith('s') ? first.slice(0, -1) : '';
    if (base && !NOTE_VERBS.has(first.toLowerCase()) && NOTE_VERBS.has(base.toLowerCase()))
        text = base + text.slice(first.length);
    return text || undefined;
}
function firstWord(text) {
    return words(text.split(/\s/)[0] ?? '')[0] ?? '';
}
function lowerFirst(text) {
    // "Use DTOs" → "use DTOs"; an acronym or identifier (`DTO mapping`, `OrderDto …`) stays.
    return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
function upperFirst(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/core/vocabulary/research.ts
/**
 * What the planner knows about research.md's decisions: which ones add something to the build (a
 * dependency, a build or lint tool, a CI workflow) and so need a setup task, which rule it out,
 * and which build and configuration file each kind of setup goes in.
 */

// ---------------------------------------------------------------------------------------------
// What kind of setup a decision is
/**
 * Decides that a decision adds nothing to the build: "Do not add a queue library", "standard
 * library only", "reuse the existing parser" (pattern sources, whole words, any case).
 */
const ADDS_NOTHING_PHRASES = [
    'do not',
    "don't",
    'must not',
    'no new',
    'not needed',
    'no additional',
    'no extra',
    'without adding',
    'hand[- ]rolled',
    'standard library',
    'stdlib',
    'built[- ]in',
    'reuse',
    'reuses',
    'reusing'
];
/** Decides what "no X …" rules out: "no retry crate", "no charting library". */
const PACKAGE_KIND_WORDS = ['crate', 'library', 'package', 'dependency', 'dependencies'];
const ADDS_NOTHING = (0,build/* pattern */.T1)('decision-adds-nothing', `${(0,build/* wholeWords */.pC)(ADDS_NOTHING_PHRASES, true)}|\\bno\\s+[\\w.-]+\\s+${(0,build/* alternation */.Ql)(PACKAGE_KIND_WORDS)}\\b`, 'i');
/** Decides where a decision's sentence starts naming what is not chosen: "rather than the X library". */
const NOT_CHOSEN_WORDS = [
    'rather than',
    'instead of',
    'not',
    'no',
    'avoid',
    'avoids',
    'without',
    'over'
];
const NOT_CHOSEN = (0,build/* wholeWordPattern */.i7)('decision-not-chosen', NOT_CHOSEN_WORDS, 'i');
/** The words that name continuous integration. */
const CI_NAMES = ['ci', 'continuous integration'];
/**
 * Decides that a decision's title is about CI: it starts with CI, or names a CI strategy,
 * pipeline or workflow (pattern sources, after the CI name).
 */
const CI_TITLE_TOPICS = [
    'strategy',
    'pipelines?',
    'workflows?',
    'setup',
    'configuration',
    'jobs?'
];
const CI_TITLE = (0,build/* pattern */.T1)('decision-ci-title', `^${(0,build/* alternation */.Ql)(CI_NAMES)}\\b|\\b${(0,build/* alternation */.Ql)(CI_NAMES)}\\s+${(0,build/* alternation */.Ql)(CI_TITLE_TOPICS, true)}\\b`, 'i');
/** Where GitHub keeps a repository's workflow files. */
const WORKFLOW_FOLDER = '.github/workflows/';
/** The words that name GitLab's CI (pattern sources, whole words, any case). */
const GITLAB_CI_WORDS = ['gitlab[- ]ci'];
/** The file GitLab's CI reads. */
const GITLAB_CI_FILE = '.gitlab-ci.yml';
/** Decides that a decision's text is about CI (pattern sources, whole words, any case). */
const CI_TEXT_WORDS = ['github actions', ...GITLAB_CI_WORDS, 'workflow files?'];
/** Decides what "CI …" in a decision's text names CI work: "CI workflow", "CI jobs". */
const CI_TEXT_TOPICS = ['workflows?', 'pipelines?', 'jobs?'];
const CI_TEXT = (0,build/* pattern */.T1)('decision-ci-text', `${(0,build/* escapePattern */.MP)(WORKFLOW_FOLDER)}|${(0,build/* wholeWords */.pC)(CI_TEXT_WORDS, true)}|\\b${(0,build/* escapePattern */.MP)(CI_NAMES[0])}\\s+${(0,build/* alternation */.Ql)(CI_TEXT_TOPICS, true)}\\b`, 'i');
const GITLAB_CI = (0,build/* wholeWordPattern */.i7)('gitlab-ci', GITLAB_CI_WORDS, 'i', true);
/** Decides that a decision is about linting or formatting, by the words and tools it names. */
const LINT_WORDS = [
    'lint',
    'linter',
    'linters',
    'linting',
    'formatter',
    'formatters',
    'code style',
    'eslint',
    'prettier',
    'ruff',
    'flake8',
    'pylint',
    'isort',
    'clippy',
    'rustfmt',
    'gofmt',
    'golangci-lint',
    'checkstyle',
    'spotless',
    'ktlint',
    'detekt',
    'stylecop',
    'swiftlint',
    'swiftformat',
    'stylelint',
    'biome',
    'editorconfig'
];
const LINT_DECISION = (0,build/* wholeWordPattern */.i7)('decision-lint', LINT_WORDS, 'i');
/** Decides that a decision's title is about the build itself: "Task Runner: just", "Build Tool: Bazel". */
const BUILD_TOOL_TITLE_WORDS = [
    'task runner',
    'build tool',
    'build system',
    'package manager',
    'workspace manager',
    'monorepo tool'
];
const BUILD_TOOL_TITLE = (0,build/* wholeWordPattern */.i7)('decision-build-tool-title', BUILD_TOOL_TITLE_WORDS, 'i');
/** Decides that a decision adds a dependency (pattern sources, whole words, any case). */
const DEPENDENCY_WORDS = [
    'dependency',
    'dependencies',
    'dev[- ]dependency',
    'library',
    'libraries',
    'package',
    'crate',
    'crates',
    'sdk',
    'npm',
    'pnpm',
    'yarn',
    'nuget',
    'pypi',
    'pip',
    'install',
    'installs',
    'framework',
    'orm',
    'toolkit'
];
const DEPENDENCY_DECISION = (0,build/* wholeWordPattern */.i7)('decision-dependency', DEPENDENCY_WORDS, 'i', true);
/** Decides which host suffixes make a `host/path` name a Go module: `example.com/acme/retry`. */
const GO_MODULE_HOST_SUFFIXES = ['com', 'org', 'io', 'in', 'dev', 'net', 'co'];
const GO_MODULE_SOURCE = `\\b(?:[a-z0-9-]+\\.)+${(0,build/* alternation */.Ql)(GO_MODULE_HOST_SUFFIXES)}\\/[\\w.-]+(?:\\/[\\w.-]+)*`;
/** Every Go module a text names. */
const GO_MODULES = (0,build/* pattern */.T1)('go-modules', GO_MODULE_SOURCE, 'gi');
/** A whole name that is a Go module. */
const GO_MODULE = (0,build/* pattern */.T1)('go-module', `^${GO_MODULE_SOURCE}$`, 'i');
/** Decides that a text is about Go, where a `host/path` name is a module rather than a URL. */
const GO_LANGUAGE_NAME = 'Go';
const GO_NAMED = (0,build/* pattern */.T1)('go-named', (0,build/* wholeWords */.pC)([GO_LANGUAGE_NAME]));
/** Decides which words before a decision's subject say it is adopted: "Use Valkey 8 for caching". */
const ADOPTION_WORDS = [
    'use',
    'adopt',
    'add',
    'install',
    'include',
    'choose',
    'pick',
    'select',
    'switch to',
    'migrate to'
];
const ADOPTION = (0,build/* pattern */.T1)('decision-adoption', `^${(0,build/* alternation */.Ql)(ADOPTION_WORDS)}\\s+`, 'i');
/** Decides which words before a decision's subject are left out of its name: "the", "a". */
const ARTICLES = ['the', 'a', 'an'];
const LEADING_ARTICLE = (0,build/* pattern */.T1)('leading-article', `^${(0,build/* alternation */.Ql)(ARTICLES)}\\s+`, 'i');
// ---------------------------------------------------------------------------------------------
// Whether the plan's Technical Context already states what a decision adds
/** Decides which Technical Context fields say what the Initialize task already installs. */
const STATED_DEPENDENCY_FIELDS = [
    'Language/Version',
    'Primary Dependencies',
    'Storage',
    'Testing'
];
/** Decides which vendors a product's name may leave out: "Acme Widgets" is stated as "Widgets". */
const VENDOR_NAMES = [
    'apache',
    'google',
    'microsoft',
    'aws',
    'eclipse',
    'jetbrains',
    'github'
];
const LEADING_VENDOR = (0,build/* pattern */.T1)('leading-vendor', `^${(0,build/* alternation */.Ql)(VENDOR_NAMES)}\\s`, 'i');
/** Decides which last words of a decision's title say what sort of decision it is: "Tracing Integration". */
const GENERIC_TITLE_TAIL = new Set([
    'integration',
    'strategy',
    'architecture',
    'approach',
    'setup',
    'configuration',
    'support',
    'usage',
    'pattern',
    'libraries',
    'library',
    'sdk',
    'framework'
]);
/** Decides which words say the name before them is a package: "via the Charts framework". */
const PACKAGE_KINDS = new Set(['framework', 'sdk', 'library', 'crate', 'package']);
/** Decides which names are too generic to be found in the Technical Context as a package. */
const TOO_GENERIC_NAMES = new Set(['sdk', 'api', 'the', 'a']);
// ---------------------------------------------------------------------------------------------
// Which file the setup goes in
/**
 * Decides that a dependency belongs to the JavaScript ecosystem, to a front end's package.json,
 * in a plan of another language (pattern sources, whole words, any case).
 */
const JAVASCRIPT_ECOSYSTEM_WORDS = [
    'npm',
    'pnpm',
    'yarn',
    'node(?:\\.js)?',
    'typescript',
    'javascript',
    'react',
    'vue',
    'angular',
    'svelte',
    'solidjs',
    'next\\.js',
    'nuxt',
    'vite',
    'tailwind'
];
const JAVASCRIPT_ECOSYSTEM = (0,build/* wholeWordPattern */.i7)('javascript-ecosystem', JAVASCRIPT_ECOSYSTEM_WORDS, 'i', true);
/** Decides the build file a build tool's decision goes in: the words that name the tool, and its file. */
const BUILD_TOOL_FILES = [
    [['gnu make', 'make'], 'Makefile'],
    [['gradle'], 'build.gradle.kts'],
    [['maven'], 'pom.xml'],
    [['npm', 'pnpm', 'yarn'], 'package.json'],
    [['uv', 'poetry', 'hatch'], 'pyproject.toml'],
    [['cargo'], 'Cargo.toml'],
    [['cmake'], 'CMakeLists.txt'],
    [['just'], 'justfile']
];
/** Each build tool's words as a pattern, with its file, in the same order. */
const BUILD_TOOL_FILE_PATTERNS = BUILD_TOOL_FILES.map(([words, file]) => [(0,build/* pattern */.T1)(`build-tool-${file}`, (0,build/* wholeWords */.pC)(words), 'i'), file]);
/**
 * Decides which build and configuration files a decision may name outright, "Kotlin DSL
 * (build.gradle.kts)" (pattern sources, a whole file name, in any folder).
 */
const CONFIG_FILE_NAMES = [
    'Makefile',
    'justfile',
    'CMakeLists\\.txt',
    'build\\.gradle(?:\\.kts)?',
    'settings\\.gradle(?:\\.kts)?',
    'pom\\.xml',
    'package\\.json',
    'tsconfig\\.json',
    'Cargo\\.toml',
    'go\\.mod',
    'pyproject\\.toml',
    'requirements\\.txt',
    'Package\\.swift',
    'Directory\\.Packages\\.props',
    '\\.editorconfig',
    'ruff\\.toml',
    '\\.golangci\\.ya?ml',
    'checkstyle\\.xml',
    'clippy\\.toml',
    'rustfmt\\.toml',
    '\\.swiftlint\\.yml',
    'eslint\\.config\\.[cm]?js',
    '\\.eslintrc(?:\\.\\w+)?',
    '\\.prettierrc(?:\\.\\w+)?'
];
const CONFIG_FILE = (0,build/* pattern */.T1)('config-file', `(?<![\\w/.-])((?:[\\w.-]+\\/)*${(0,build/* alternation */.Ql)(CONFIG_FILE_NAMES, true)})(?![\\w.-])`);
/** Every workflow file a CI decision names: `ci.yml`, `.github/workflows/docs.yml`. */
const WORKFLOW_FILES = (0,build/* pattern */.T1)('workflow-files', `(?<![\\w.-])(?:${(0,build/* escapePattern */.MP)(WORKFLOW_FOLDER)})?([\\w-]+\\.ya?ml)\\b`, 'g');
// ---------------------------------------------------------------------------------------------
// The task's words
/**
 * Decides which words cannot end a phrase clipped for a task line: the line goes on with " in
 * <file>", so it must not end on "in" or "with" ("buckets in in Cargo.toml").
 */
const DANGLING_WORDS = new Set([
    'a',
    'an',
    'the',
    'in',
    'on',
    'at',
    'of',
    'to',
    'for',
    'with',
    'by',
    'from',
    'via',
    'into',
    'and',
    'or',
    'but',
    'as',
    'than',
    'that',
    'which',
    'is',
    'are',
    '—',
    '–',
    '-',
    '+',
    '&',
    '/'
]);
/** Decides which marks cannot end a clipped phrase. */
const DANGLING_MARKS = ',;:(.…';

;// CONCATENATED MODULE: ./src/core/plan/rules/research.ts






/**
 * Template rule "research.md: extract decisions → setup tasks". A decision is setup work only
 * when it adds something to the build: a dependency, a build or lint tool, a CI workflow. The
 * task goes in the file that holds it. Decisions about design ("credit only after the server
 * confirms", "reuse the existing converter") shape the core tasks instead and get none, and so
 * does a dependency the Initialize task already installs from the plan's Technical Context.
 */
function decisionTasks(context) {
    const decisions = context.feature.research?.decisions ?? [];
    const stated = statedInPlan(context.feature.plan);
    return decisions.flatMap((decision, index) => {
        const files = setupFilesFor(decision, context, stated);
        if (files.length === 0)
            return [];
        return [
            {
                key: `decision:${index}`,
                kind: 'setup',
                role: 'setup',
                description: describe(decision),
                files,
                after: [],
                covers: [{ kind: 'decision', name: decision.title, source: decision.source }],
                story: undefined
            }
        ];
    });
}
/** `@acme/charts`. */
const NPM_SCOPED = /(?<![\w/])@[a-z0-9-]+\/[\w.-]+/gi;
/** `org.acme:retry`. */
const MAVEN = /\b[a-z][\w-]*(?:\.[a-z][\w-]*)+:[a-z][\w.-]+\b/g;
/** `Acme.Terminal`, `Acme.Extensions.Tracing`; a call such as `Pallet.Create()` is code. */
const NUGET = /\b[A-Z][A-Za-z0-9]+(?:\.[A-Z][A-Za-z0-9]+)+\b(?![.(])/g;
/** `v4`, `2.4.1`, `17+`, `5.x`, `(v6.2.3)`, `10`. */
const VERSION = /^\(?v?\d+(?:\.(?:\d+|x))*\+?\)?[,;:]?$/i;
function setupFilesFor(decision, context, stated) {
    const title = decision.title;
    const text = firstSentence(decision.decision ?? title);
    const whole = `${title}. ${decision.decision ?? ''}`;
    if (ADDS_NOTHING.test(whole))
        return [];
    const sentence = beforeNegation(text);
    const chosen = `${title}. ${sentence}`;
    const kind = setupKind(title, sentence, context.layout.language);
    if (!kind)
        return [];
    if ((kind === 'dependency' || kind === 'tool') && alreadyStated(title, text, stated))
        return [];
    if (kind === 'ci')
        return workflowFiles(whole, context);
    if (kind === 'lint')
        return [namedFile(whole, context) ?? lintConfigFile(context.layout.language)];
    if (kind === 'tool')
        return [namedFile(whole, context) ?? toolFile(chosen, context)];
    return [namedFile(whole, context) ?? manifestFor(chosen, context)];
}
/** `sentence` is the decision's first sentence up to anything it rules out. */
function setupKind(title, sentence, language) {
    const chosen = `${title}. ${sentence}`;
    if (CI_TITLE.test(title) || CI_TEXT.test(chosen))
        return 'ci';
    if (LINT_DECISION.test(chosen))
        return 'lint';
    if (BUILD_TOOL_TITLE.test(title))
        return 'tool';
    if (DEPENDENCY_DECISION.test(chosen) || coordinates(chosen, language).length > 0)
        return 'dependency';
    return research_subjectOf(sentence)?.versioned ? 'dependency' : undefined;
}
function beforeNegation(text) {
    const match = NOT_CHOSEN.exec(text);
    return match ? text.slice(0, match.index) : text;
}
/** The first sentence: later ones give the reasons, the caveats, what was rejected. */
function firstSentence(text) {
    const flat = text.split('\n').join(' ').trim();
    const end = /[.!?](?:\s+(?=[A-Z(])|$)/.exec(flat);
    return end ? flat.slice(0, end.index) : flat;
}
// ---------------------------------------------------------------------------------------------
// What the decision adds, and whether the plan's Technical Context already says so
/** Package coordinates named in the text, in the ecosystem they belong to. */
function coordinates(text, language) {
    const found = [];
    // A host-and-path name is a Go module only in Go code; elsewhere it is more likely a URL.
    if (language === 'go' || GO_NAMED.test(text))
        for (const match of text.matchAll(GO_MODULES))
            found.push({ name: match[0], ecosystem: 'go' });
    for (const match of text.matchAll(NPM_SCOPED))
        found.push({ name: match[0], ecosystem: 'js' });
    for (const match of text.matchAll(MAVEN))
        found.push({ name: match[0], ecosystem: language });
    if (language === 'csharp')
        for (const match of text.matchAll(NUGET))
            found.push({ name: match[0], ecosystem: language });
    return found;
}
/**
 * The thing a decision chooses, read off the start of its sentence: "Use Valkey 8+ for caching"
 * → `Valkey` (versioned), "Glaze Tokens v4" → `Glaze Tokens`, "Use kilnrs (official SDK)"
 * → `kilnrs`.
 */
function research_subjectOf(sentence) {
    const rest = sentence.trim().replace(ADOPTION, '').replace(LEADING_ARTICLE, '');
    const tokens = rest.split(/\s+/).filter(Boolean);
    const name = [];
    for (const token of tokens) {
        if (VERSION.test(token))
            return name.length > 0 ? { name: name.join(' '), versioned: true } : undefined;
        const bare = token.replace(/[,;:]$/, '');
        const nameLike = name.length === 0 ? /^[\p{L}@.]/u.test(bare) : /^[A-Z@.]|[./@_-]/.test(bare);
        if (!nameLike || bare.startsWith('('))
            break;
        name.push(bare);
        if (bare !== token)
            break;
    }
    return name.length > 0 ? { name: name.join(' '), versioned: false } : undefined;
}
/** Language, dependencies, storage and testing as the plan's Technical Context states them. */
function statedInPlan(plan) {
    const technical = plan?.technicalContext ?? {};
    return STATED_DEPENDENCY_FIELDS.map(field => technical[field]?.value ?? '')
        .join(' ; ')
        .toLowerCase();
}
/**
 * Whether the decision only repeats what the Initialize task installs: its subject, its title
 * (without "Tracing:" or "… Integration") or a package it names is in the Technical Context.
 */
function alreadyStated(title, sentence, stated) {
    if (!stated)
        return false;
    const topic = withoutAsides(title.slice(title.lastIndexOf(':') + 1));
    const names = [withoutGenericTail(topic)];
    const topicSubject = research_subjectOf(topic);
    if (topicSubject)
        names.push(topicSubject.name);
    const chosen = research_subjectOf(sentence);
    if (chosen) {
        names.push(chosen.name);
        // "PalletKit Scanner": a product's own name is distinctive enough on its own.
        const first = chosen.name.split(' ')[0];
        if (/^.[^A-Z]*[A-Z0-9]/.test(first))
            names.push(first);
    }
    const kindOf = nameBeforeKind(sentence);
    if (kindOf)
        names.push(kindOf);
    return names.some(name => mentions(stated, name) || mentions(stated, name.replace(LEADING_VENDOR, '')));
}
function withoutGenericTail(text) {
    const words = text.split(/\s+/).filter(Boolean);
    while (words.length > 1 && GENERIC_TITLE_TAIL.has(words[words.length - 1].toLowerCase()))
        words.pop();
    return words.join(' ');
}
/** "via the Petals framework" → `Petals`; "Acme SDK" → `Acme`. */
function nameBeforeKind(sentence) {
    const tokens = sentence.split(/\s+/).filter(Boolean);
    const at = tokens.findIndex(token => PACKAGE_KINDS.has(token.toLowerCase().replace(/[,;:.]$/, '')));
    if (at <= 0)
        return undefined;
    const name = [];
    for (let index = at - 1; index >= 0 && name.length < 3; index--) {
        if (!/^[A-Z.@]/.test(tokens[index]))
            break;
        name.unshift(tokens[index]);
    }
    return name.length > 0 ? name.join(' ') : undefined;
}
function mentions(stated, name) {
    const wanted = moduleName(name.trim().toLowerCase());
    if (wanted.length < 2 || TOO_GENERIC_NAMES.has(wanted))
        return false;
    // A whole name, not part of a longer one (`zod` in `zod-form`, `.zod` or `zodiac`): a string
    // scan, since a pattern built per decision and name costs more than the match.
    for (let at = stated.indexOf(wanted); at >= 0; at = stated.indexOf(wanted, at + 1)) {
        const before = stated[at - 1];
        const after = stated[at + wanted.length];
        if (!isNameChar(before, '.-') && !isNameChar(after, '-'))
            return true;
    }
    return false;
}
/** A word character (`\\w`) or one of `extra`; false past either end. */
function isNameChar(ch, extra) {
    return ch !== undefined && (/\w/.test(ch) || extra.includes(ch));
}
/** `example.com/acme/retry/v2` is the `retry` module; `gopkg.in/pallet.v3` stays whole. */
function moduleName(name) {
    if (!GO_MODULE.test(name))
        return name;
    const segments = name.split('/').filter(segment => !/^v\d+$/.test(segment));
    return segments[segments.length - 1] ?? name;
}
// ---------------------------------------------------------------------------------------------
// Which file the setup goes in
/** The manifest of the ecosystem the dependency belongs to: a Go module in go.mod, `@acme/charts` in package.json. */
function manifestFor(chosen, context) {
    const language = context.layout.language;
    const named = coordinates(chosen, language)[0]?.ecosystem;
    const ecosystem = named ??
        (JAVASCRIPT_ECOSYSTEM.test(chosen) &&
            !MANIFESTS_OF_ECOSYSTEM[language].includes('package.json')
            ? 'js'
            : language);
    const planned = plannedManifest(MANIFESTS_OF_ECOSYSTEM[ecosystem] ?? [], chosen, context);
    if (planned)
        return planned;
    if (ecosystem === language || !MANIFESTS_OF_ECOSYSTEM[ecosystem])
        return moduleManifestFile(context.layout);
    return frontEndDir(context) + MANIFESTS_OF_ECOSYSTEM[ecosystem][0];
}
/** The manifest of `language`'s ecosystem the plan names, if it names one. */
function plannedManifestOf(language, context) {
    return plannedManifest(MANIFESTS_OF_ECOSYSTEM[language] ?? [], '', context);
}
/** A manifest the plan names: the one in a directory the decision mentions, else the top-level one. */
function plannedManifest(names, text, context) {
    const candidates = context.layout.plannedFiles.filter(file => names.includes(file.slice(file.lastIndexOf('/') + 1)));
    const mentioned = candidates.find(file => {
        const dir = directoryOf(file);
        return dir !== '' && text.includes(dir);
    });
    if (mentioned)
        return mentioned;
    return [...candidates].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1))[0];
}
function depth(path) {
    return path.split('/').length;
}
function frontEndDir(context) {
    const dirs = [...context.layout.touchedDirs, ...context.layout.plannedFiles];
    const front = dirs
        .map(path => path.split('/')[0])
        .find(segment => FRONT_END_FOLDERS.includes(segment.toLowerCase()));
    return front ? `${front}/` : '';
}
function toolFile(chosen, context) {
    const file = BUILD_TOOL_FILE_PATTERNS.find(([tool]) => tool.test(chosen))?.[1];
    if (!file)
        return manifestFor(chosen, context);
    return plannedManifest([file], chosen, context) ?? file;
}
function namedFile(text, context) {
    const match = CONFIG_FILE.exec(text);
    if (!match)
        return undefined;
    const named = match[1];
    return (context.layout.plannedFiles.find(file => file === named || file.endsWith('/' + named)) ?? named);
}
/** The workflow files a CI decision names (`ci.yml`, `.github/workflows/docs.yml`), else their directory. */
function workflowFiles(text, context) {
    if (GITLAB_CI.test(text))
        return [GITLAB_CI_FILE];
    const names = [...text.matchAll(WORKFLOW_FILES)].map(match => match[1]);
    const files = [...new Set(names)].map(name => context.layout.plannedFiles.find(file => file.endsWith(WORKFLOW_FOLDER + name)) ??
        WORKFLOW_FOLDER + name);
    return files.length > 0 ? files : [WORKFLOW_FOLDER];
}
// ---------------------------------------------------------------------------------------------
// The task's words
function describe(decision) {
    const title = clipAtWord(decision.title, 60);
    const summary = clipAtWord(firstSentence(decision.decision ?? ''), 100);
    const same = summary.toLowerCase() === decision.title.trim().toLowerCase();
    return `Apply research decision "${title}"` + (summary && !same ? `: ${summary}` : '');
}
/**
 * `text` on one line, cut at a word to at most `max` characters, with "…" where something was
 * cut. A decision soft-wrapped after "in" or "with" loses its last line, and a cut may stop at
 * such a word too; the task line goes on with " in <file>", so the phrase never ends on one, nor
 * on a full stop that is not the sentence's own.
 */
function clipAtWord(text, max) {
    const flat = text.split(/\s+/).filter(Boolean).join(' ');
    let result = flat;
    if (flat.length > max) {
        const cut = flat.slice(0, max + 1);
        const space = cut.lastIndexOf(' ');
        result = space > max / 2 ? cut.slice(0, space) : flat.slice(0, max);
    }
    const tidy = withoutDanglingEnd(result);
    if (tidy.length === flat.length)
        return tidy;
    // A full stop ends a sentence, not a cut: "kilns." is whole, "kilns in" is not.
    return result.length === flat.length && /[.!?]$/.test(result) ? tidy : `${tidy}…`;
}
function withoutDanglingEnd(text) {
    let result = text.trimEnd();
    for (;;) {
        const last = result.charAt(result.length - 1);
        if (last && DANGLING_MARKS.includes(last)) {
            result = result.slice(0, -1).trimEnd();
            continue;
        }
        const space = result.lastIndexOf(' ');
        if (space < 0 || !DANGLING_WORDS.has(result.slice(space + 1).toLowerCase()))
            return result;
        result = result.slice(0, space).trimEnd();
    }
}

;// CONCATENATED MODULE: ./src/core/plan/rules/part-models.ts









/** A model task per entity in each other-language models folder whose note names it. */
function partModelTasks(context) {
    const { layout, feature } = context;
    if (layout.origin !== 'plan')
        return [];
    const folders = layout.sourceDirs.filter(dir => MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase()) &&
        !isTestDirectory(dir) &&
        layout.notes.has(dir) &&
        !sameFamily(languageOfDir(layout, dir), layout.language));
    const entities = featureEntities(feature).filter(entity => !entity.existing && !entity.derived);
    const ending = frameworkEnding(feature);
    return folders.flatMap(dir => {
        const note = layout.notes.get(dir);
        const language = languageOfDir(layout, dir);
        return entities
            .filter(entity => noteNames(note, entity.name, false))
            .map(entity => ({
            key: `${modelKey(entity.name)}:${dir}`,
            kind: 'model',
            role: 'core',
            description: `Create ${entity.name} model for ${lastSegment(partOf(dir))}`,
            files: [dir + modelFileName(ending, entity.name, language)],
            after: [],
            covers: [],
            story: context.owners.entity(entity)
        }));
    });
}
/** `frontend/src/app/models/` → `frontend/`: the part of the code base the folder is in. */
function partOf(dir) {
    return dir.slice(0, dir.indexOf('/') + 1);
}
/** `order.model.ts` in an Angular app; else the language's own file name for the entity. */
function modelFileName(ending, name, language) {
    return ending
        ? kebabCase(name) + ending + LANGUAGE_CONVENTIONS[language].extension
        : sourceFile(name, language);
}
function frameworkEnding(feature) {
    const context = feature.plan?.technicalContext ?? {};
    const text = Object.values(context)
        .map(entry => entry?.value ?? '')
        .join(' ');
    return FRAMEWORK_MODEL_ENDINGS.find(({ framework }) => framework.test(text))?.ending;
}

;// CONCATENATED MODULE: ./src/core/plan/rules/repositories.ts








/**
 * One task per entity the feature stores, in the repository folder that serves the entity's models
 * folder: "Implement InvoiceRepository for Invoice". None for entities that exist already, are
 * derived, are enumerations or live embedded in another.
 */
function repositoryTasks(context) {
    const { feature, layout } = context;
    if (layout.origin !== 'plan' || !storesData(feature))
        return [];
    const folders = repositoryFolders(layout);
    if (folders.length === 0 || plansOwnRepositories(layout, folders))
        return [];
    const drafts = [];
    for (const entity of featureEntities(feature).filter(stored)) {
        const modelDir = directoryOf(modelFile(context, entity.name));
        const folder = folders.find(candidate => candidate.serves === modelDir);
        if (!folder)
            continue;
        // The entity's own spelling kept, acronyms and all: `GPSFix` → `GPSFixRepository`.
        const name = pascalCase(entity.name) + pascalCase(REPOSITORY_NAME_WORD);
        drafts.push({
            key: repositoryKey(entity.name),
            kind: 'service',
            role: 'core',
            description: `Implement ${name} storing and loading ${entity.name}`,
            files: [folder.dir + sourceFile(name, languageOfDir(layout, folder.dir))],
            after: [modelKey(entity.name)],
            covers: [],
            story: context.owners.entity(entity)
        });
    }
    return drafts;
}
function repositoryKey(entityName) {
    return `repository:${entityName}`;
}
function stored(entity) {
    return !entity.existing && !entity.derived && !entity.embedded && entity.kind !== 'enum';
}
/**
 * The plan's repository folders, each with the models folder nearest it: of two services each
 * with `model/`, the repository folder in one stores that service's models, not the other's.
 */
function repositoryFolders(layout) {
    const code = layout.sourceDirs.filter(dir => !isTestDirectory(dir) && sameFamily(languageOfDir(layout, dir), layout.language));
    const modelDirs = code.filter(dir => MODEL_FOLDERS.includes(lastSegment(dir).toLowerCase()) && !dirDenies(dir, 'model'));
    return code
        .filter(dir => REPOSITORY_FOLDERS.includes(lastSegment(dir).toLowerCase()))
        .map(dir => ({ dir, serves: nearest(dir, modelDirs) }));
}
/** Of `dirs`, the one sharing the most leading folders with `dir`; the first of equals. */
function nearest(dir, dirs) {
    let best;
    for (const candidate of dirs) {
        const shared = sharedSegments(candidate, dir);
        if (best === undefined || shared > best.shared)
            best = { dir: candidate, shared };
    }
    return best?.dir;
}
/** The plan lists files in a repository folder: those are the repositories it wants. */
function plansOwnRepositories(layout, folders) {
    const dirs = new Set(folders.map(folder => folder.dir));
    return layout.plannedFiles.some(file => dirs.has(directoryOf(file)));
}

;// CONCATENATED MODULE: ./src/core/plan/rules/story-tests.ts




/**
 * Template rule "each story → integration test [P]": one test file per user story, the plan's
 * own where it ties one to the story or names one for it.
 */
function storyTestTasks(context) {
    const stories = context.owners.stories;
    const planned = ownFiles(stories.map(story => plannedStoryTest(context.layout, story)));
    // Stories the plan names no test for get theirs beside those it does name.
    const dir = plannedStoryTestDir(context.layout) ?? context.layout.integrationTestsDir;
    const invented = distinctTestFiles(context, dir, stories.map(story => ({ title: story.title, fallback: `story ${story.number}` })));
    const files = stories.map((_, index) => planned[index] ?? invented[index]);
    return stories.map((story, index) => ({
        key: `story-test:${story.id}`,
        kind: 'integration-test',
        role: 'tests',
        description: `Integration test for User Story ${story.number}: ${story.title}`,
        files: [files[index]],
        after: [],
        covers: [{ kind: 'story', name: story.id, source: story.source }],
        story: story.id
    }));
}
/**
 * Template rule "quickstart scenarios → validation tasks". A scenario the plan names a test file
 * for is that integration test; every other one is validated by running it from quickstart.md
 * once the feature is built, in Polish: a scenario is a walk through the finished feature, and a
 * test file per step of the quickstart is more than anyone planned.
 */
function scenarioTestTasks(context) {
    const scenarios = context.feature.quickstart?.scenarios ?? [];
    const planned = ownFiles(scenarios.map(scenario => plannedScenarioTest(context.layout, scenario.title)));
    // A template that runs quickstart.md in Polish validates every scenario in that one task.
    const runsQuickstart = context.template.phases.some(phase => phase.items.some(item => words(item.text).some(word => QUICKSTART_WORDS.includes(word))));
    return scenarios.flatMap((scenario, index) => {
        const covers = [{ kind: 'scenario', name: scenario.title, source: scenario.source }];
        const file = planned[index];
        if (file)
            return [
                {
                    key: `scenario-test:${index}`,
                    kind: 'integration-test',
                    // spec-kit's current layout validates the quickstart once every story is in place.
                    role: context.template.layout === 'user-story' ? 'polish' : 'tests',
                    description: `Integration test for quickstart scenario "${scenario.title}"`,
                    files: [file],
                    after: [],
                    covers,
                    story: undefined
                }
            ];
        if (runsQuickstart)
            return [];
        return [
            {
                key: `scenario-test:${index}`,
                kind: 'polish',
                role: 'polish',
                description: `Validate quickstart scenario "${scenario.title}"`,
                files: [scenario.source.file],
                after: [],
                covers,
                story: undefined
            }
        ];
    });
}
/** Each planned file for one subject only: a second subject matched to it gets its own. */
function ownFiles(files) {
    return files.map((file, index) => (file && files.indexOf(file) === index ? file : undefined));
}
/**
 * One integration test file per subject, named by the first five words of its title. Where two
 * titles begin alike (`Scan pallets at the loading dock`, `… at the loading bay`), each takes more
 * of its words until they differ, and failing that its number: two stories never share a file.
 */
function distinctTestFiles(context, dir, subjects) {
    const { layout } = context;
    const fileFor = (subject, length, numbered) => {
        const name = shortName(subject.title, length) ?? subject.fallback;
        const numberedName = numbered && name !== subject.fallback ? `${name} ${subject.fallback}` : name;
        return testFileAt(layout, dir, [subject.prefix, numberedName].filter(Boolean).join(' '));
    };
    const files = subjects.map(subject => fileFor(subject, SHORT_NAME_WORDS, false));
    const clashing = (index) => files.some((file, other) => other !== index && file === files[index]);
    const lengthen = (length, numbered) => {
        const clashes = files.map((_, index) => clashing(index));
        subjects.forEach((subject, index) => {
            if (clashes[index])
                files[index] = fileFor(subject, length, numbered);
        });
        return clashes.some(Boolean);
    };
    for (let length = SHORT_NAME_WORDS + 1; length <= MAX_NAME_WORDS; length++)
        if (!lengthen(length, false))
            break;
    lengthen(MAX_NAME_WORDS, true);
    return files;
}
const SHORT_NAME_WORDS = 5;
const MAX_NAME_WORDS = 12;
/**
 * The title's first words that a file name can hold, accents folded (`Recepción` →
 * `recepcion`); none for a title in another script.
 */
function shortName(title, length) {
    const tokens = title
        .split(/[^\p{L}\p{N}]+/u)
        .filter(token => token && fileNameWords(token).every(word => /^[a-z0-9]+$/.test(word)));
    return tokens.length > 0 ? tokens.slice(0, length).join(' ') : undefined;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/plan-items.ts
/**
 * What the planner knows about the template's own items and the stories that own tasks: which
 * conditional items apply ("(if multi-GPU feature)"), what a template item's words say about
 * where its work goes, the template's tools in another language's terms, and the verbs by which
 * a story says what it does to a resource.
 */

// ---------------------------------------------------------------------------------------------
// Conditional template items
/**
 * Decides whether a conditional template item applies: the words that, found in the plan's
 * Technical Context or Structure Decision, say the feature has the condition. Keyed by condition
 * id; an "(if applicable)" item is matched against the ids in this order.
 */
const CONDITION_KEYWORDS = {
    'multi-gpu': [
        'multi-gpu',
        'multi gpu',
        'multiple gpus',
        'tensor parallel',
        'pipeline parallel',
        'distributed',
        'multi-node'
    ],
    orchestration: ['scheduler', 'orchestrat', 'engine'],
    quantization: ['quantiz', 'fp8', 'int8', 'int4', 'awq', 'gptq'],
    extensibility: ['plugin', 'extension point', 'extensib'],
    hardware: ['gpu', 'cuda', 'rocm', 'tpu', 'hardware', 'accelerator'],
    'model-change': ['new model', 'model architecture', 'model support']
};
/** Decides that a feature is performance-sensitive when its plan has no Performance Goals. */
const PERFORMANCE_KEYWORDS = ['latency', 'throughput', 'performance-critical', 'hot path'];
/** Decides that a plan field says nothing applies (the whole value, lower case). */
const NOT_APPLICABLE_VALUES = new Set(['n/a', 'na', 'none', '-']);
/** Decides that a plan field says nothing applies when it starts so: "N/A in this release". */
const NOT_APPLICABLE_OPENING = 'n/a ';
/**
 * Decides which conditions only the template's own code base has (its accelerators, plugin
 * system, kernels, quantization, model zoo and engine): elsewhere such an item is not the
 * feature's work.
 */
const PLATFORM_CONDITION_IDS = [
    'hardware',
    'extensibility',
    'multi-gpu',
    'quantization',
    'model-change',
    'orchestration'
];
/**
 * Decides that an "(if applicable)" item is about the template's platform by its words:
 * "Quantization support" (pattern sources, whole words, any case).
 */
const PLATFORM_ITEM_WORDS = [
    'quantiz\\w*',
    'kernels?',
    'plugins?',
    'accelerators?',
    'gpus?',
    'hardware',
    'engine',
    'distributed'
];
const PLATFORM_ITEM = (0,build/* wholeWordPattern */.i7)('platform-item', PLATFORM_ITEM_WORDS, 'i', true);
// ---------------------------------------------------------------------------------------------
// The template's words in the feature's language
/** The template's own linter and type checker (the seed's are Python's), named in its items. */
const TEMPLATE_TOOLS = { linter: 'ruff', typeChecker: 'mypy' };
const TEMPLATE_LINTER = (0,build/* pattern */.T1)('template-linter', (0,build/* wholeWords */.pC)([TEMPLATE_TOOLS.linter]), 'g');
const TEMPLATE_TYPE_CHECKER = (0,build/* pattern */.T1)('template-type-checker', (0,build/* wholeWords */.pC)([TEMPLATE_TOOLS.typeChecker]));
const TEMPLATE_TYPE_CHECKERS = (0,build/* pattern */.T1)('template-type-checkers', (0,build/* wholeWords */.pC)([TEMPLATE_TOOLS.typeChecker]), 'g');
/** Decides how the template's Python documentation words read in another language, in this order. */
const PYTHON_DOC_PHRASES = [
    ['type hints and docstrings', 'Doc comments'],
    ['type hints', 'type annotations'],
    ['docstrings', 'doc comments']
];
/** Each phrase as a pattern (whole words, any case, every one), with its replacement. */
const PYTHON_DOC_REPLACEMENTS = PYTHON_DOC_PHRASES.map(([phrase, replacement]) => [
    (0,build/* pattern */.T1)(`python-doc-${phrase.split(' ').join('-')}`, (0,build/* wholeWords */.pC)([phrase]), 'gi'),
    replacement
]);
/** Decides that a plan's dependency field names none: `none`, `New deps: n/a`. */
const NONE_WORDS = ['none', 'n/a'];
const NO_DEPENDENCIES = (0,build/* pattern */.T1)('no-dependencies', `^(?:[^:]*:\\s*)?${(0,build/* alternation */.Ql)(NONE_WORDS)}\\b`, 'i');
// ---------------------------------------------------------------------------------------------
// Where a template item's work goes
/**
 * Decides which of the template's test categories (by the first word of its folder's name) run
 * in the plan's benchmark folder: `tests/benchmarks/`, `tests/perf/`.
 */
const BENCHMARK_CATEGORY_OPENINGS = ['bench', 'perf'];
const BENCHMARK_CATEGORY = (0,build/* leadingPattern */.Hn)('benchmark-category', BENCHMARK_CATEGORY_OPENINGS);
/** Decides which of the plan's folders holds benchmarks: `benches/`, `benchmark/`. */
const BENCHMARK_FOLDER_OPENING = 'bench';
const BENCHMARK_FOLDER = (0,build/* pattern */.T1)('benchmark-folder', `(?:^|\\/)${(0,build/* escapePattern */.MP)(BENCHMARK_FOLDER_OPENING)}[^/]*\\/$`, 'i');
/** Decides which test categories run with the integration tests: `tests/basic_correctness/`, `e2e/`. */
const INTEGRATION_CATEGORY_OPENINGS = ['basic', 'correct', 'e2e', 'end', 'integr'];
const INTEGRATION_CATEGORY = (0,build/* leadingPattern */.Hn)('integration-category', INTEGRATION_CATEGORY_OPENINGS);
/** Decides which test categories run with the contract tests: `tests/entrypoints/`, `api/`. */
const CONTRACT_CATEGORY_OPENINGS = ['entrypoint', 'api', 'contract'];
const CONTRACT_CATEGORY = (0,build/* leadingPattern */.Hn)('contract-category', CONTRACT_CATEGORY_OPENINGS);
/**
 * Decides where a template item without a path goes, by words found anywhere in its text (lower
 * case): the project-structure item, dependency and lint setup, benchmark and distributed tests.
 */
const ITEM_WORDS = {
    structure: ['project structure'],
    dependencies: ['dependenc', 'initialize', 'install'],
    lint: ['lint', 'format'],
    benchmark: ['benchmark', 'performance'],
    distributed: ['distributed']
};
/** Decides that a template item is documentation work (whole words, lower case). */
const DOCS_ITEM_WORDS = ['docs', 'documentation', 'readme'];
const DOCS_ITEM = (0,build/* wholeWordPattern */.i7)('docs-item', DOCS_ITEM_WORDS);
/** Where documentation work goes. */
const DOCS_FOLDER = 'docs/';
/**
 * Decides where the template's special tests go: the word that finds the template's folder for
 * them, and the word their file name ends with.
 */
const SPECIAL_TESTS = {
    benchmark: { folderWord: 'bench', nameSuffix: 'perf' },
    distributed: { folderWord: 'distributed', nameSuffix: '' }
};
// ---------------------------------------------------------------------------------------------
// Which story owns an endpoint
/** Decides the action an operation's first word names: `listOrders` reads, `addItem` creates. */
const OPERATION_VERB_ACTIONS = {
    create: 'create',
    add: 'create',
    list: 'read',
    get: 'read',
    find: 'read',
    search: 'read',
    fetch: 'read',
    read: 'read',
    show: 'read',
    view: 'read',
    update: 'update',
    edit: 'update',
    modify: 'update',
    patch: 'update',
    replace: 'update',
    delete: 'delete',
    remove: 'delete',
    destroy: 'delete'
};
/**
 * Decides the action a story's word names, in English and Spanish, accents left out (space
 * separated). "Register" is left out: a sign-up story registers through its own endpoint, not
 * the admin's `POST /couriers`.
 */
const STORY_ACTION_VERBS = {
    create: 'create creates creating creation add adds adding alta altas crear crea creacion agregar agrega anadir',
    read: 'list lists listing view views viewing browse browses browsing search searches searching find finds ' +
        'consulta consultas consultar listado listar buscar busca busqueda',
    update: 'update updates updating edit edits editing modify modifies modifying ' +
        'actualizar actualiza actualizacion modificar modifica modificacion editar edita edicion',
    delete: 'delete deletes deleting deletion remove removes removing removal ' +
        'baja bajas eliminar elimina eliminacion borrar borra'
};
/** Decides that an item already speaks of the plan's goals, so the goal follows it after a colon. */
const GOAL_WORDS = ['goals?', 'targets?'];
const GOAL_WORD = (0,build/* wholeWordPattern */.i7)('item-goal-word', GOAL_WORDS, 'i', true);

;// CONCATENATED MODULE: ./src/core/plan/conditions.ts


function evaluateCondition(item, feature, layout) {
    const condition = item.condition;
    if (!condition)
        return { holds: true, reason: '' };
    switch (condition.id) {
        case 'api-change':
            return apiChange(feature);
        case 'end-to-end':
            return endToEnd(feature);
        case 'performance':
            return performance(feature);
        case 'applicable':
            return applicable(item, feature, layout);
        default:
            return (touchesItemPath(item, layout) ??
                conditions_mentions(feature, CONDITION_KEYWORDS[condition.id] ?? [], condition.text));
    }
}
/** The feature changes an API when its contracts define endpoints it serves, not only ones it calls. */
function apiChange(feature) {
    const endpoints = feature.contracts.reduce((sum, contract) => sum + contract.endpoints.filter(endpoint => !endpoint.consumed).length, 0);
    if (endpoints > 0)
        return {
            holds: true,
            reason: `the contracts define ${endpoints} endpoint${endpoints === 1 ? '' : 's'}`
        };
    return { holds: false, reason: 'no contract defines an endpoint' };
}
function endToEnd(feature) {
    const stories = feature.spec?.stories.length ?? 0;
    const scenarios = feature.quickstart?.scenarios.length ?? 0;
    if (stories > 0)
        return {
            holds: true,
            reason: `spec.md has ${stories} user stor${stories === 1 ? 'y' : 'ies'} to run end to end`
        };
    if (scenarios > 0)
        return {
            holds: true,
            reason: `quickstart.md has ${scenarios} scenario${scenarios === 1 ? '' : 's'} to run end to end`
        };
    return { holds: false, reason: 'no user story or quickstart scenario' };
}
function performance(feature) {
    const goals = feature.plan?.technicalContext['Performance Goals']?.value;
    if (goals && !isNotApplicable(goals))
        return {
            holds: true,
            reason: `the plan sets performance goals (${clip(goals)})`,
            goal: clip(goals)
        };
    return conditions_mentions(feature, PERFORMANCE_KEYWORDS, 'performance');
}
/** "(if applicable)" says nothing by itself: the item's own words and path say what it is about. */
function applicable(item, feature, layout) {
    const text = item.text.toLowerCase();
    for (const [id, keywords] of Object.entries(CONDITION_KEYWORDS)) {
        if (text.includes(id.split('-')[0]))
            return touchesItemPath(item, layout) ?? conditions_mentions(feature, keywords, id);
    }
    return (touchesItemPath(item, layout) ?? {
        holds: false,
        reason: 'the design documents do not say it applies'
    });
}
function touchesItemPath(item, layout) {
    if (!item.path || item.path.includes('[') || layout.origin !== 'plan')
        return undefined;
    const dir = directoryOf(item.path);
    if (dir && layout.touchedDirs.some(touched => touched.startsWith(dir))) {
        return { holds: true, reason: `the plan's structure touches ${dir}` };
    }
    return undefined;
}
function conditions_mentions(feature, keywords, what) {
    for (const [field, value] of contextEntries(feature)) {
        const lower = value.toLowerCase();
        const keyword = keywords.find(word => lower.includes(word));
        if (keyword)
            return { holds: true, reason: `plan.md's ${field} mentions "${keyword}"` };
    }
    const shown = keywords.slice(0, 3).map(keyword => `"${keyword}"`);
    return {
        holds: false,
        reason: shown.length > 0
            ? `plan.md mentions none of ${shown.join(', ')}${keywords.length > 3 ? '…' : ''}`
            : `plan.md does not mention ${what}`
    };
}
function contextEntries(feature) {
    const plan = feature.plan;
    if (!plan)
        return [];
    const entries = [];
    for (const [field, context] of Object.entries(plan.technicalContext)) {
        if (context?.value)
            entries.push([field, context.value]);
    }
    if (plan.structure.decision)
        entries.push(['Structure Decision', plan.structure.decision]);
    return entries;
}
function isNotApplicable(value) {
    const lower = value.trim().toLowerCase();
    return NOT_APPLICABLE_VALUES.has(lower) || lower.startsWith(NOT_APPLICABLE_OPENING);
}
function clip(text, max = 80) {
    const flat = text.split('\n').join(' ').trim();
    if (flat.length <= max)
        return flat;
    const cut = flat.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

;// CONCATENATED MODULE: ./src/core/plan/rules/planned-work.ts











const CODE_ROLES = new Set([
    'model',
    'service',
    'endpoint',
    'ui',
    'integration'
]);
function plannedWorkOf(context) {
    const roles = context.layout.planned.map(file => ({ file, role: plannedRole(file) }));
    const code = roles.filter(entry => CODE_ROLES.has(entry.role)).map(entry => entry.file);
    const plansTests = roles.some(entry => entry.role === 'test');
    const plansDocs = roles.some(entry => entry.role === 'docs');
    const saysAny = (text, phrases) => phrases.some(phrase => text.includes(phrase));
    return {
        place(item, role, files) {
            const text = item.text.toLowerCase();
            if ((role === 'core' || role === 'integration') && code.length > 0) {
                if (saysAny(text, GENERIC_CORE_ITEM_WORDS.logic))
                    return undefined;
                if (saysAny(text, GENERIC_CORE_ITEM_WORDS.docs))
                    return undefined;
                if (saysAny(text, GENERIC_CORE_ITEM_WORDS.validation)) {
                    const validating = code.find(file => words(`${stemOf(file.path)} ${file.note ?? ''}`).some(word => VALIDATION_FILE_WORDS.has(word)));
                    return validating ? [validating.path] : undefined;
                }
                // Only code work moves into the file; a check of the platform stays over the folder.
                if (role !== 'core')
                    return files;
                return files.map(path => {
                    if (!path.endsWith('/'))
                        return path;
                    const inside = code.filter(file => file.path.startsWith(path));
                    return inside.length === 1 ? inside[0].path : path;
                });
            }
            // The unit-test placeholder (`tests/[component]/test_[feature].py`): the plan's own tests
            // are the tests it means.
            if (role === 'tests' && plansTests && isUnitPlaceholder(item))
                return undefined;
            // The plan's own documentation files are the documentation work; a second, generic task
            // to update the docs would be the same work twice.
            if (role === 'polish' && plansDocs && DOCS_ITEM.test(text))
                return undefined;
            return files;
        },
        unitTest(item, role) {
            if (role !== 'tests' || !isUnitPlaceholder(item))
                return undefined;
            return this.moduleTest();
        },
        moduleTest() {
            if (plansTests)
                return undefined;
            const { layout } = context;
            // An entry point or index (`main.go`, `index.ts`) names no module to test.
            const logic = roles
                .filter(entry => entry.role === 'service' && namesModule(entry.file.path, layout.language))
                .map(entry => entry.file.path);
            const subject = logic.find(path => directoryOf(path) === layout.servicesDir) ??
                logic.find(path => !isTestDirectory(directoryOf(path)));
            if (!subject)
                return undefined;
            const home = directoryOf(subject);
            // Go keeps a package's tests beside its code; elsewhere the plan's test folder named as the
            // module's folder (`test/…/service/` for `main/…/service/`), else its unit tests' folder.
            const dir = layout.language === 'go' && languageOfFile(subject) === 'go'
                ? home
                : (layout.testDirs.find(test => lastSegment(test) === lastSegment(home)) ??
                    nearestTestDir(layout.testDirs, home, layout.unitTestsDir));
            return { subject: stemOf(subject), file: testFileAt(layout, dir, stemOf(subject)) };
        }
    };
}
/** The plan's test folder in the module's own package (`crates/shop/tests/`), else `fallback`. */
function nearestTestDir(testDirs, home, fallback) {
    let best = { dir: fallback, shared: sharedSegments(fallback, home) };
    for (const dir of testDirs) {
        const shared = sharedSegments(dir, home);
        if (shared > best.shared)
            best = { dir, shared };
    }
    return best.dir;
}
/**
 * Code of the feature's language whose name says what it holds: not an index, entry point or
 * package file, nor a manifest or chart.
 */
function namesModule(path, language) {
    const written = languageOfFile(path);
    if (written === undefined || !sameFamily(written, language))
        return false;
    const stem = stemOf(path).toLowerCase();
    return !GENERIC_STEMS.has(stem) || roleWords(stem).some(word => SERVICE_STEMS.has(word));
}
/** The template's unit-test item for the feature: `Unit tests for [component] in tests/[component]/…`. */
function isUnitPlaceholder(item) {
    return !item.condition && item.path?.includes('[') === true;
}

;// CONCATENATED MODULE: ./src/core/plan/layout/code-parts.ts
/**
 * The parts of a code base a plan writes in different languages: a Java `backend/` and a
 * TypeScript `frontend/`, a Rust workspace and its `webui/`. Each part gets its own language's
 * tools (linter, type checker, build file), in its own folder.
 */






/** Fewer planned files than this in a language make no part of their own (a stray script). */
const MIN_PART_FILES = 2;
/**
 * The parts, other than the feature's main language, that the plan's own source files are
 * written in, each under a folder the main language's files are not in.
 */
function otherCodeParts(layout, plan) {
    const stated = statedLanguages(plan);
    const byLanguage = new Map();
    for (const file of layout.planned) {
        if (isTestDirectory(directoryOf(file.path)))
            continue;
        const found = SINGLE_FILE_COMPONENT.test(file.path) ? 'javascript' : languageOfFile(file.path);
        if (!found || sameFamily(found, layout.language))
            continue;
        // `.js` files of a plan that says TypeScript are the TypeScript part.
        const language = stated.find(candidate => sameFamily(candidate, found)) ?? found;
        byLanguage.set(language, [...(byLanguage.get(language) ?? []), file.path]);
    }
    const own = layout.planned
        .map(file => file.path)
        .filter(path => {
        const language = languageOfFile(path);
        return language !== undefined && sameFamily(language, layout.language);
    });
    const parts = [];
    for (const [language, files] of byLanguage) {
        if (files.length < MIN_PART_FILES)
            continue;
        const root = commonAncestor(files.map(directoryOf)) ?? directoryOf(files[0]);
        const home = homeOf(root, own);
        if (home)
            parts.push({ language, root, home });
    }
    // A plan that lays out folders only: the parts its Language/Version field names
    // (`TypeScript 5 (frontend)`) that are folders of its tree.
    for (const { part, language } of layout.languageParts) {
        if (sameFamily(language, layout.language) || parts.some(p => sameFamily(p.language, language)))
            continue;
        const dir = layout.sourceDirs.find(candidate => !candidate.slice(0, -1).includes('/') && words(candidate).join(' ') === part);
        if (dir)
            parts.push({ language, root: dir, home: dir });
    }
    return parts;
}
/**
 * The highest folder above `root` that holds none of the main language's files: where the part's
 * own build and lint files go (`crates/webui/` in a Rust workspace); none when even `root` does.
 */
function homeOf(root, own) {
    const holdsOwn = (dir) => own.some(path => path.startsWith(dir));
    if (holdsOwn(root))
        return undefined;
    let home = root;
    for (let up = parentDir(home); up !== undefined && !holdsOwn(up); up = parentDir(up))
        home = up;
    // Up to the top: the part sits beside the main code, in its own top folder.
    return home;
}

;// CONCATENATED MODULE: ./src/core/plan/rules/template-items.ts















/** The template's placeholder for the feature's component, in a unit-test item. */
const COMPONENT = '[component]';
const ROLE_KIND = {
    setup: 'setup',
    tests: 'test',
    core: 'core',
    integration: 'integration',
    polish: 'polish'
};
/**
 * In the user-story layout the template's foundational and story items are placeholders for the
 * design-document rules (`Create [Entity1] model`), so only setup and polish items are kept.
 */
const KEPT_ROLES = {
    classic: ['setup', 'tests', 'core', 'integration', 'polish'],
    'user-story': ['setup', 'polish']
};
/**
 * The template's items as tasks; `leftOut`, when given, collects the items that became none
 * and why.
 */
function templateItemTasks(context, leftOut) {
    const drafts = [];
    const plannedWork = plannedWorkOf(context);
    context.template.phases.forEach((phase, phaseIndex) => {
        if (!KEPT_ROLES[context.template.layout].includes(phase.role))
            return;
        const role = phase.role;
        phase.items.forEach((item, itemIndex) => {
            const skip = (why, detail) => leftOut?.push({ phaseIndex, item, why, ...(detail ? { detail } : {}) });
            if (context.layout.replacedItems.has(item))
                return skip('rules-do-it');
            if (pointsOutsideTheCode(item, context))
                return skip('elsewhere');
            if (!context.layout.inTemplateCodeBase && isPlatformWork(item))
                return skip('platform');
            const verdict = evaluateCondition(item, context.feature, context.layout);
            if (!verdict.holds)
                return skip('condition', verdict.reason);
            const key = `template:${phaseIndex}:${itemIndex}`;
            const unit = plannedWork.unitTest(item, role);
            if (unit) {
                drafts.push({
                    key,
                    kind: ROLE_KIND[role],
                    role,
                    description: fillPlaceholders(item.text.split(COMPONENT).join(unit.subject), context),
                    files: [unit.file],
                    after: [],
                    covers: [],
                    story: undefined
                });
                return;
            }
            // Each part in another language gets its own tool, even where the main one has none.
            const partTasks = toolTasksOfParts(context, item, role, key);
            const text = inFeatureLanguage(item.text, context.layout.language);
            const files = text === undefined
                ? undefined
                : plannedWork.place(item, role, itemFiles(item, role, context));
            if (text === undefined || files === undefined) {
                drafts.push(...partTasks);
                return skip(text === undefined ? 'language' : 'planned-files');
            }
            drafts.push({
                key,
                kind: ROLE_KIND[role],
                role,
                description: withCondition(fillPlaceholders(text, context), item, verdict),
                files,
                after: [],
                covers: [],
                story: undefined
            });
            drafts.push(...partTasks);
        });
    });
    return drafts;
}
/**
 * "Benchmark against the plan's performance goals: under 1 µs per sequence", "Engine wiring,
 * since the plan's structure touches `vllm/engine/`": a conditional item says in words why it
 * applies.
 */
function withCondition(text, item, verdict) {
    if (!item.condition || !verdict.reason)
        return text;
    if (verdict.goal) {
        if (GOAL_WORD.test(text))
            return `${text}: ${verdict.goal}`;
        const benchmark = ITEM_WORDS.benchmark.some(word => text.toLowerCase().includes(word));
        return benchmark
            ? `${text} against the plan's performance goals: ${verdict.goal}`
            : `${text}, for the plan's performance goals: ${verdict.goal}`;
    }
    return `${text}, since ${verdict.reason}`;
}
/**
 * A template written for one code base (the seed's: `vllm/engine/`, `csrc/`) names fixed places
 * in it. Where the feature lives in another code base, those places do not exist, and an item
 * about them ("Kernel in csrc/", "Engine wiring in vllm/engine/") is not this feature's work.
 * Paths with placeholders, test paths and docs still apply anywhere.
 */
function pointsOutsideTheCode(item, context) {
    const { layout, template } = context;
    const path = item.path;
    if (!path || layout.inTemplateCodeBase || path.includes('[') || path.includes('<'))
        return false;
    if (template.paths.testRoot !== undefined && path.startsWith(template.paths.testRoot))
        return false;
    if (path.startsWith('docs/'))
        return false;
    return !layout.touchedDirs.some(dir => path.startsWith(dir) || dir.startsWith(path));
}
/**
 * Conditions that only the template's own code base has: its accelerators, its plugin system,
 * its kernels, quantization, model zoo and engine. Elsewhere "GPU" or "plugin" in a plan means
 * something else, and no such task follows from it.
 */
const PLATFORM_CONDITIONS = new Set(PLATFORM_CONDITION_IDS);
function isPlatformWork(item) {
    const id = item.condition?.id;
    if (id && PLATFORM_CONDITIONS.has(id))
        return true;
    // "(if applicable)" takes its subject from the item's words: "Quantization support".
    return id === 'applicable' && PLATFORM_ITEM.test(item.text);
}
/**
 * "`ruff` passes" in each part of the code base the plan writes in another language: `eslint
 * passes in frontend/src/` beside `checkstyle passes in backend/…`; none where that language has
 * no such tool.
 */
function toolTasksOfParts(context, item, role, key) {
    if (role !== 'polish' || item.path)
        return [];
    const namesTool = TEMPLATE_LINTER.test(item.text) || TEMPLATE_TYPE_CHECKER.test(item.text);
    TEMPLATE_LINTER.lastIndex = 0;
    if (!namesTool)
        return [];
    return otherCodeParts(context.layout, context.feature.plan).flatMap(part => {
        const text = inFeatureLanguage(item.text, part.language);
        if (text === undefined)
            return [];
        return [
            {
                key: `${key}:${part.root}`,
                kind: ROLE_KIND[role],
                role,
                description: fillPlaceholders(text, context),
                files: [part.root],
                after: [],
                covers: [],
                story: undefined
            }
        ];
    });
}
/**
 * Template items name the template's own tools: the seed's are Python's (`ruff`, `mypy`, type
 * hints). In another language they mean that language's linter and type checker; an item about
 * a type checker the language does not have (its compiler checks types) is dropped.
 */
function inFeatureLanguage(text, language) {
    if (language === 'python')
        return text;
    let result = text.replace(TEMPLATE_LINTER, linterOf(language));
    if (TEMPLATE_TYPE_CHECKER.test(result)) {
        const checker = typeCheckerOf(language);
        if (!checker)
            return undefined;
        result = result.replace(TEMPLATE_TYPE_CHECKERS, checker);
    }
    for (const [phrase, replacement] of PYTHON_DOC_REPLACEMENTS)
        result = result.replace(phrase, replacement);
    return result;
}
/**
 * `[language]`, `[component]`… become the plan's words. A placeholder the plan leaves unknown
 * loses its brackets, or, standing alone in parentheses (`([framework])`), goes with them.
 */
function fillPlaceholders(text, context) {
    const technical = context.feature.plan?.technicalContext;
    const values = {
        language: firstClause(technical?.['Language/Version']?.value) ?? languageName(context.layout.language),
        framework: dependencyList(technical?.['Primary Dependencies']?.value),
        component: context.layout.component,
        feature: context.layout.component
    };
    let result = '';
    let rest = text;
    for (let open = rest.indexOf('['); open >= 0; open = rest.indexOf('[')) {
        const close = rest.indexOf(']', open);
        if (close < 0)
            break;
        const name = rest.slice(open + 1, close);
        const value = values[name.toLowerCase()];
        const alone = rest[open - 1] === '(' && rest[close + 1] === ')';
        if (value === undefined && alone && name.toLowerCase() in values) {
            result += rest.slice(0, open - 1).trimEnd();
            rest = rest.slice(close + 2);
            continue;
        }
        result += rest.slice(0, open) + (value ?? name);
        rest = rest.slice(close + 1);
    }
    return result + rest;
}
function firstClause(value) {
    if (!value)
        return undefined;
    return clip(value.split(/[;(]/)[0].trim(), 60);
}
/**
 * `Acme.Cli (CLI), Acme.Markdown (Markdown parsing)` → `Acme.Cli, Acme.Markdown`: every
 * dependency without its aside, as many as read well, then how many more; nothing when the plan
 * names none (`none`, `New crates: none`).
 */
function dependencyList(value) {
    if (!value)
        return undefined;
    const items = withoutAsides(value)
        .split(/[;,\n]/)
        .map(item => item
        .replace(/\s[-—–]\s.*$/, '')
        .replace(/[`*]/g, '')
        .trim())
        .filter(Boolean);
    if (items.length === 0 || items.some(item => NO_DEPENDENCIES.test(item)))
        return undefined;
    // `Web Framework: kiln.` names kiln; `Server: Acme Server 3` names Acme Server 3.
    const named = items
        .map(item => item
        .replace(/^[^:]{1,30}:\s+(?=\S)/, '')
        .split(' ')
        .filter(word => word && word !== '.')
        .join(' ')
        .replace(/(?<=[^.])\.$/, ''))
        .filter(Boolean);
    const shown = [];
    for (const item of named) {
        if (shown.length > 0 && [...shown, item].join(', ').length > 80)
            break;
        shown.push(item);
    }
    const more = named.length - shown.length;
    return shown.join(', ') + (more > 0 ? `, and ${more} more` : '');
}
function itemFiles(item, role, context) {
    if (item.path)
        return [concretePath(item.path, context)];
    return [pathFromWords(item.text.toLowerCase(), role, context)].flat();
}
/** A template path with placeholders lands in the feature's own directories. */
function concretePath(path, context) {
    const { layout, template } = context;
    const isTest = template.paths.testRoot !== undefined && path.startsWith(template.paths.testRoot);
    if (path.includes('[') || path.includes('<')) {
        if (isTest)
            return path.endsWith('/')
                ? layout.unitTestsDir
                : testFileAt(layout, layout.unitTestsDir, layout.component);
        return (layout.servicesDir + (path.endsWith('/') ? '' : sourceFile(layout.component, layout.language)));
    }
    // A test category directory gets the feature's own test file: tasks name exact files. Away
    // from the category's own folder, the file says what it tests (`…_benchmark_test.rs`).
    if (isTest && path.endsWith('/')) {
        const dir = testCategoryDir(path, context);
        // The one test file the plan puts in the category's own folder (`benches/`) is the one the
        // item means; a general test folder's file tests something else.
        const ownFolder = dir === path || BENCHMARK_FOLDER.test(dir);
        const planned = layout.planned.filter(file => directoryOf(file.path) === dir);
        if (ownFolder && planned.length === 1)
            return planned[0].path;
        const category = dir === path ? '' : ` ${categoryName(path)}`;
        // Go benchmarks are functions of a package's test file: the plan's module's, not a file of
        // their own named after the feature.
        const moduleTest = layout.language === 'go' && BENCHMARK_CATEGORY.test(categoryName(path))
            ? plannedWorkOf(context).moduleTest()
            : undefined;
        if (moduleTest && languageOfDir(layout, dir) === 'go')
            return moduleTest.file;
        return testFileAt(layout, dir, layout.component + category);
    }
    // A template without path conventions still names test folders (`tests/unit/`): where the
    // plan lays out its own, the plan's folder of that kind.
    if (!isTest && path.endsWith('/') && isTestDirectory(path) && layout.origin === 'plan')
        return testCategoryDir(path, context);
    return path;
}
/** `tests/benchmarks/` → `benchmark`, `tests/basic_correctness/` → `basic correctness`. */
function categoryName(dir) {
    const last = words(dir.split('/').filter(Boolean).pop() ?? '');
    return last.map((word, index) => (index === last.length - 1 ? singular(word) : word)).join(' ');
}
/**
 * The template's test categories (`tests/benchmarks/`, `tests/basic_correctness/`) are folders of
 * its own code base. Elsewhere the plan's benchmark folder (`benches/`) stands in for the first,
 * the integration tests' for end-to-end ones, the unit tests' for the rest.
 */
function testCategoryDir(dir, context) {
    const { layout, template } = context;
    const planned = [...layout.testDirs, ...layout.sourceDirs].some(own => own.startsWith(dir));
    if (planned || (layout.inTemplateCodeBase && template.paths.testRoot !== undefined))
        return dir;
    const kind = words(dir.split('/').filter(Boolean).pop() ?? '')[0] ?? '';
    if (BENCHMARK_CATEGORY.test(kind)) {
        // `docs/benchmarks/` holds the reports of benchmark runs, not the benchmarks.
        const benches = [...layout.testDirs, ...layout.sourceDirs].find(planDir => BENCHMARK_FOLDER.test(planDir) && !isDocumentationDir(planDir));
        return benches ?? layout.unitTestsDir;
    }
    if (INTEGRATION_CATEGORY.test(kind))
        return layout.integrationTestsDir;
    if (CONTRACT_CATEGORY.test(kind))
        return layout.contractTestsDir;
    return layout.unitTestsDir;
}
function pathFromWords(text, role, context) {
    const { layout } = context;
    const has = (keywords) => keywords.some(keyword => text.includes(keyword));
    if (has(ITEM_WORDS.structure))
        return layout.touchedDirs;
    if (role === 'setup' && has(ITEM_WORDS.dependencies))
        return manifests(context);
    if (role === 'setup' && has(ITEM_WORDS.lint))
        return [
            lintConfigFile(layout.language),
            ...otherCodeParts(layout, context.feature.plan).map(part => part.home + lintConfigFile(part.language))
        ];
    if (has(ITEM_WORDS.benchmark))
        return specialTestFile(context, SPECIAL_TESTS.benchmark);
    if (has(ITEM_WORDS.distributed))
        return specialTestFile(context, SPECIAL_TESTS.distributed);
    if (DOCS_ITEM.test(text))
        return DOCS_FOLDER;
    // Core work without a path of its own (validation, type hints) belongs in the feature's main
    // module; a whole directory would make every model task of the phase wait for it.
    if (role === 'core')
        return layout.servicesDir + sourceFile(layout.component, layout.language);
    return layout.servicesDir;
}
/**
 * Where the feature's dependencies are declared: the build file the plan names for its language
 * (`build.gradle.kts`, `requirements.txt`), or its Xcode project where it has no Swift package,
 * else the language's usual one; and the build files the plan names for the other languages it
 * states (`client/package.json` of a Java plan with a TypeScript front end).
 */
function manifests(context) {
    const { layout, feature } = context;
    const own = plannedManifestOf(layout.language, context) ??
        xcodeProject(context) ??
        moduleManifestFile(layout);
    const others = statedLanguages(feature.plan).map(language => plannedManifestOf(language, context));
    // A part in another language the plan names no build file for gets its language's own.
    const parts = otherCodeParts(layout, feature.plan)
        .filter(part => plannedManifestOf(part.language, context) === undefined)
        .map(part => part.home + manifestFile(part.language));
    return [
        ...new Set([own, ...others.filter((file) => file !== undefined), ...parts])
    ];
}
/** `One Xcode project, no SPM packages`: an app whose Xcode project holds its dependencies. */
function xcodeProject(context) {
    const { layout, feature } = context;
    if (layout.language !== 'swift')
        return undefined;
    const plan = feature.plan;
    const said = [plan?.structure.decision, plan?.technicalContext['Project Type']?.value].join(' ');
    if (!XCODE_PROJECT_SAID.test(said))
        return undefined;
    const named = [...layout.plannedFiles, ...(plan?.structure.mentioned ?? [])]
        .map(path => XCODE_PROJECT_PATH.exec(path)?.[1])
        .find(Boolean);
    // The app's own folder (`ShopApp/`) names its project; `src/` names none.
    const top = [...layout.sourceDirs, ...layout.plannedFiles][0]?.split('/')[0];
    const project = named ?? (top && /^[A-Z]/.test(top) ? top + XCODE_PROJECT.extension : undefined);
    // Xcode keeps the project's package dependencies in its project file.
    return project && `${project}/${XCODE_PROJECT.dependencyFile}`;
}
function specialTestFile(context, { folderWord, nameSuffix }) {
    const { layout, template } = context;
    const special = template.paths.specialTestDirs.find(dir => dir.includes(folderWord));
    // "Benchmarks meet the goals" runs the benchmark the tests phase wrote, in its file.
    if (special && folderWord === SPECIAL_TESTS.benchmark.folderWord)
        return concretePath(special, context);
    const dir = special ? testCategoryDir(special, context) : layout.unitTestsDir;
    return testFileAt(layout, directoryOf(dir), `${layout.component} ${nameSuffix}`.trim());
}

;// CONCATENATED MODULE: ./src/core/plan/empty-phases.ts

function withEmptyReasons(phases, tasks, templatePhases, leftOut, language, templateRoot) {
    return phases.map((phase, index) => {
        if (tasks.some(task => task.phase === index))
            return phase;
        const own = templatePhases.findIndex(candidate => candidate.role === phase.role && candidate.title === phase.title);
        const items = leftOut.filter(entry => entry.phaseIndex === own);
        return { ...phase, emptyReason: reasonFor(phase, items, language, templateRoot) };
    });
}
function reasonFor(phase, items, language, templateRoot) {
    if (phase.role === 'foundational')
        return 'nothing the design documents describe is shared by several stories';
    if (phase.role === 'story')
        return 'the design documents name nothing that this story alone needs';
    if (items.length === 0)
        return 'the template lists no items for this phase and the design documents give it no work';
    const parts = [];
    const of = (why) => items.filter(entry => entry.why === why);
    const names = (entries) => empty_phases_listed(entries.map(entry => itemName(entry)));
    const platform = of('platform');
    if (platform.length > 0)
        parts.push(`${names(platform)} concern the template's own code base${templateRoot ? ` (${templateRoot})` : ''}, not this feature's`);
    const elsewhere = of('elsewhere');
    if (elsewhere.length > 0)
        parts.push(`${names(elsewhere)} concern folders this feature does not touch`);
    for (const entry of of('condition'))
        parts.push(`${itemName(entry)}: ${entry.detail ?? 'its condition does not hold'}`);
    const untranslated = of('language');
    if (untranslated.length > 0)
        parts.push(`${names(untranslated)} have no counterpart in ${languageName(language)}`);
    const planned = of('planned-files');
    if (planned.length > 0)
        parts.push(`the plan's own files cover ${names(planned)}`);
    const rules = of('rules-do-it');
    if (rules.length > 0)
        parts.push(`the contract, endpoint and story tasks do ${names(rules)}`);
    return parts.join('; ');
}
/** "Hardware compatibility verification", without its path or aside. */
function itemName(entry) {
    let text = entry.item.text.trim();
    const aside = text.indexOf(' (');
    if (aside > 0)
        text = text.slice(0, aside);
    const at = text.search(/ in \S*\//);
    if (at > 0)
        text = text.slice(0, at);
    return text;
}
function empty_phases_listed(names) {
    const unique = [...new Set(names)];
    if (unique.length <= 1)
        return unique[0] ?? '';
    return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

;// CONCATENATED MODULE: ./src/core/plan/schedule.ts

const KIND_RANK = {
    setup: 0,
    'contract-test': 1,
    'integration-test': 2,
    test: 3,
    model: 4,
    service: 5,
    endpoint: 6,
    core: 7,
    integration: 8,
    polish: 9
};
function schedule(drafts, phases) {
    const phaseByKey = pullDependenciesForward(drafts, phases);
    const placed = drafts.map((draft, order) => {
        const phase = phaseByKey.get(draft.key);
        const moved = phase !== phaseIndexFor(phases, draft.role, draft.story);
        return { draft, order, phase, story: moved ? phases[phase]?.story?.id : draft.story };
    });
    placed.sort((a, b) => a.phase - b.phase || KIND_RANK[a.draft.kind] - KIND_RANK[b.draft.kind] || a.order - b.order);
    const ordered = dependenciesFirst(placed);
    const idByKey = new Map(ordered.map((entry, index) => [entry.draft.key, taskId(index + 1)]));
    const tasks = ordered.map((entry, index) => ({
        id: taskId(index + 1),
        key: entry.draft.key,
        kind: entry.draft.kind,
        phase: entry.phase,
        description: entry.draft.description,
        files: entry.draft.files,
        parallel: false,
        dependsOn: resolveEdges(entry.draft.after, idByKey, taskId(index + 1)),
        covers: entry.draft.covers,
        story: entry.story
    }));
    chainSharedFiles(tasks);
    markParallel(tasks);
    return tasks;
}
/**
 * A task is never scheduled after a task that waits for it: in the user-story layout a
 * Foundational service can need a model only a later story names, so the model (and, in turn,
 * whatever it waits for) moves up to the waiting task's phase, until nothing moves. A task two
 * story phases need is shared, so it goes to Foundational rather than to the earlier story.
 */
function pullDependenciesForward(drafts, phases) {
    const phaseByKey = new Map(drafts.map(draft => [draft.key, phaseIndexFor(phases, draft.role, draft.story)]));
    const foundational = phases.findIndex(phase => phase.role === 'foundational');
    const isStory = (index) => phases[index]?.role === 'story';
    for (let moved = true; moved;) {
        moved = false;
        for (const draft of drafts) {
            const waiting = phaseByKey.get(draft.key);
            for (const key of draft.after) {
                const current = phaseByKey.get(key);
                if (current === undefined || current <= waiting)
                    continue;
                const shared = isStory(waiting) && isStory(current) && foundational >= 0;
                phaseByKey.set(key, shared ? Math.min(foundational, waiting) : waiting);
                moved = true;
            }
        }
    }
    return phaseByKey;
}
/**
 * Keeps the phase-and-kind order except where a task would come before one it waits for; then it
 * waits in line until that one is placed. Only a dependency cycle can still leave an edge pointing
 * forward, and `check` reports cycles.
 */
function dependenciesFirst(sorted) {
    const known = new Set(sorted.map(entry => entry.draft.key));
    const placedKeys = new Set();
    const pending = [...sorted];
    const result = [];
    while (pending.length > 0) {
        const ready = pending.findIndex(entry => entry.draft.after.every(key => !known.has(key) || placedKeys.has(key) || key === entry.draft.key));
        const [next] = pending.splice(ready >= 0 ? ready : 0, 1);
        result.push(next);
        placedKeys.add(next.draft.key);
    }
    return result;
}
function taskId(number) {
    return 'T' + String(number).padStart(3, '0');
}
/**
 * Keys of tasks that were not planned (an entity without a model, say) simply impose nothing; only
 * a dependency cycle leaves an edge to a later task, and that one edge is left out.
 */
function resolveEdges(keys, idByKey, self) {
    const ids = keys
        .map(key => idByKey.get(key))
        .filter((id) => id !== undefined && id < self);
    return [...new Set(ids)].sort();
}
/** Template rule "same file = sequential": each task waits for the previous task of its phase on that file. */
function chainSharedFiles(tasks) {
    tasks.forEach((task, index) => {
        for (let earlier = index - 1; earlier >= 0; earlier--) {
            const other = tasks[earlier];
            if (other.phase !== task.phase)
                break;
            if (sharesFile(task, other)) {
                if (!task.dependsOn.includes(other.id))
                    task.dependsOn = [...task.dependsOn, other.id].sort();
                break;
            }
        }
    });
}
/** `[P]`: no other task of the phase touches its files, and it waits for nothing in its phase. */
function markParallel(tasks) {
    const phaseOf = new Map(tasks.map(task => [task.id, task.phase]));
    for (const task of tasks) {
        const samePhase = tasks.filter(other => other.phase === task.phase && other !== task);
        const waits = task.dependsOn.some(id => phaseOf.get(id) === task.phase);
        task.parallel = !waits && !samePhase.some(other => sharesFile(task, other));
    }
}
function sharesFile(a, b) {
    return a.files.some(fileA => b.files.some(fileB => overlaps(fileA, fileB)));
}
/** A directory touches every file beneath it. */
function overlaps(a, b) {
    if (a === b)
        return true;
    if (a.endsWith('/') && b.startsWith(a))
        return true;
    return b.endsWith('/') && a.startsWith(b);
}

;// CONCATENATED MODULE: ./src/core/plan/story-owners.ts


function storyOrder(stories) {
    return [...stories].sort((a, b) => priorityRank(a) - priorityRank(b) || a.number - b.number);
}
function priorityRank(story) {
    const digits = story.priority?.replace(/\D/g, '');
    return digits ? Number(digits) : Number.MAX_SAFE_INTEGER;
}
function storyOwners(feature) {
    const stories = storyOrder(feature.spec?.stories ?? []);
    const texts = stories.map(story => ({
        id: story.id,
        text: ' ' + storyWords(story).join(' ') + ' '
    }));
    const needing = (names) => texts
        .filter(story => names.some(name => containsPhrase(story.text, name)))
        .map(story => story.id);
    const single = (ids) => (ids.length === 1 ? ids[0] : undefined);
    const endpointNeeds = (endpoint) => {
        const names = endpointNames(endpoint);
        const ids = needing(names);
        if (ids.length < 2)
            return ids;
        const acting = actingStory(stories.filter(story => ids.includes(story.id)), names, endpointAction(endpoint));
        return acting ? [acting] : ids;
    };
    return {
        stories,
        entity: entity => single(needing([entity.name])),
        endpoint: (contract, endpoint) => {
            const own = endpointNeeds(endpoint);
            if (own.length > 0)
                return single(own);
            return contractOwner(contract);
        },
        contract: contract => contractOwner(contract)
    };
    function contractOwner(contract) {
        const ids = new Set(contract.endpoints.flatMap(endpointNeeds));
        if (ids.size === 0)
            for (const id of needing([stem(contract.fileName)]))
                ids.add(id);
        return single([...ids]);
    }
}
/**
 * Of the stories that name an endpoint's resource, the one that does its action to it: its title
 * names both, or else one of its "When" steps does. Any doubt (no action, two such stories)
 * leaves the endpoint shared.
 */
function actingStory(candidates, names, action) {
    if (!action)
        return undefined;
    const acts = (text) => {
        const padded = ' ' + words(text).map(singular).join(' ') + ' ';
        return (names.some(name => containsPhrase(padded, name)) &&
            words(text).some(word => verbAction(word) === action));
    };
    const byTitle = candidates.filter(story => acts(story.title));
    if (byTitle.length > 0)
        return byTitle.length === 1 ? byTitle[0].id : undefined;
    const byStep = candidates.filter(story => story.scenarios.some(scenario => scenario.when !== undefined && acts(scenario.when)));
    return byStep.length === 1 ? byStep[0].id : undefined;
}
/**
 * What an endpoint does to its resource. A POST creates only when it goes to a collection
 * (`POST /pales`, `POST /shipments/{id}/labels`); `POST /kilns/{id}/fire` is an action of its own.
 */
function endpointAction(endpoint) {
    const operationVerb = endpoint.operationId ? words(endpoint.operationId)[0] : undefined;
    if (endpoint.kind === 'http') {
        const method = endpoint.method?.toUpperCase();
        if (method === 'GET')
            return 'read';
        if (method === 'PUT' || method === 'PATCH')
            return 'update';
        if (method === 'DELETE')
            return 'delete';
        if (method !== 'POST')
            return undefined;
        if (operationVerb !== undefined)
            return OPERATION_VERB_ACTIONS[operationVerb];
        const last = endpoint.path.split('/').filter(Boolean).pop() ?? '';
        const collection = /^[\p{L}\d_-]+$/u.test(last) && singular(last) !== last;
        return collection && last === endpoint.resource ? 'create' : undefined;
    }
    if (endpoint.kind === 'graphql') {
        if (endpoint.method === 'QUERY')
            return 'read';
        const fieldVerb = operationVerb ?? words(endpoint.path)[0];
        return endpoint.method === 'MUTATION' && fieldVerb
            ? OPERATION_VERB_ACTIONS[fieldVerb]
            : undefined;
    }
    return undefined;
}
const ACTION_OF_WORD = new Map(Object.entries(STORY_ACTION_VERBS).flatMap(([action, verbs]) => verbs.split(' ').map(verb => [verb, action])));
function verbAction(word) {
    return ACTION_OF_WORD.get(word.normalize('NFD').replace(/\p{M}/gu, ''));
}
function storyWords(story) {
    const text = [story.title, ...story.scenarios.map(scenario => scenario.text)].join(' ');
    return words(text).map(singular);
}
function endpointNames(endpoint) {
    const names = [endpoint.resource];
    if (endpoint.operationId)
        names.push(endpoint.operationId);
    return names.filter(name => words(name).length > 0);
}
/** True when every word of `name` appears, in order and adjacent, in the padded word string. */
function containsPhrase(paddedText, name) {
    const phrase = words(name).map(singular).join(' ');
    return phrase.length > 1 && paddedText.includes(' ' + phrase + ' ');
}
function stem(fileName) {
    const dot = fileName.indexOf('.');
    return dot > 0 ? fileName.slice(0, dot) : fileName;
}

;// CONCATENATED MODULE: ./src/core/plan/plan-tasks.ts
















function planTasks(feature, template) {
    const owners = template.layout === 'user-story' ? storyOwners(feature) : unowned(feature);
    const context = {
        feature,
        template,
        layout: resolveLayout(feature, template),
        owners
    };
    const contractWork = contractOperationTasks(context, modelTasks(context), serviceTasks(context));
    const leftOut = [];
    const ruleDrafts = renameDependencies([
        ...templateItemTasks(context, leftOut),
        ...decisionTasks(context),
        ...contractTestTasks(context),
        ...storyTestTasks(context),
        ...scenarioTestTasks(context),
        ...contractWork.models,
        ...partModelTasks(context),
        ...contractWork.services,
        ...repositoryTasks(context),
        ...endpointTasks(context),
        ...contractWork.operations
    ], contractWork.renamed);
    const drafts = withPlannedFiles(context, ruleDrafts);
    const phases = planPhases(template, owners.stories);
    const tasks = schedule(drafts, phases);
    return {
        feature,
        template,
        phases: withEmptyReasons(phases, tasks, template.phases, leftOut, context.layout.language, template.paths.sourceRoot),
        tasks
    };
}
/** A task folded into another is waited for as that one. */
function renameDependencies(drafts, renamed) {
    if (renamed.size === 0)
        return drafts;
    return drafts.map(draft => ({
        ...draft,
        after: [...new Set(draft.after.map(key => renamed.get(key) ?? key))].filter(key => key !== draft.key)
    }));
}
/** The classic layout has no story phases: nothing is owned by a story. */
function unowned(feature) {
    return {
        stories: storyOrder(feature.spec?.stories ?? []),
        entity: () => undefined,
        contract: () => undefined,
        endpoint: () => undefined
    };
}

;// CONCATENATED MODULE: ./src/core/plan/validate.ts


function validatePlan(plan) {
    const { feature, tasks } = plan;
    const covering = (kind, name) => tasks.filter(task => task.covers.some(c => c.kind === kind && c.name === name));
    const contractTest = (path) => covering('contract', path)[0];
    // Endpoints the feature only calls are somebody else's to implement.
    const planRoutes = planRoutesContract(feature);
    const contracts = planRoutes ? [...feature.contracts, planRoutes] : feature.contracts;
    const endpoints = contracts.flatMap(contract => contract.endpoints
        .filter(endpoint => !endpoint.consumed)
        .map(endpoint => ({ contract, endpoint })));
    return [
        {
            text: 'All contracts have corresponding tests',
            holds: feature.contracts.every(c => contractTest(c.path) !== undefined)
        },
        {
            text: 'All entities have model tasks',
            holds: (feature.dataModel?.entities ?? []).every(entity => entity.existing || entity.derived || covering('entity', entity.name).length > 0)
        },
        {
            text: 'All endpoints have implementation tasks',
            holds: endpoints.every(({ endpoint }) => covering('endpoint', endpoint.name).length > 0)
        },
        {
            text: 'All tests come before implementation',
            // The plan's own routes have no contract to test first.
            holds: endpoints.every(({ contract, endpoint }) => {
                if (contract === planRoutes)
                    return true;
                const test = contractTest(contract.path);
                return covering('endpoint', endpoint.name).every(task => test !== undefined && test.id < task.id);
            })
        },
        {
            text: 'Parallel tasks truly independent',
            holds: tasks.every(task => !task.parallel || !waitsInPhase(task, tasks))
        },
        {
            text: 'Each task specifies exact file path',
            holds: tasks.every(task => task.files.length > 0)
        },
        {
            text: 'No task modifies same file as another [P] task',
            holds: tasks.every(task => !task.parallel ||
                !tasks.some(o => o !== task && o.phase === task.phase && sharesFile(task, o)))
        }
    ];
}
function waitsInPhase(task, tasks) {
    return task.dependsOn.some(id => tasks.find(other => other.id === id)?.phase === task.phase);
}

;// CONCATENATED MODULE: ./src/core/render/escape.ts
/**
 * Text from design documents goes into tasks.md's lines and its Mermaid graph; it must not change
 * their structure.
 */
/**
 * Text for one line of tasks.md (a task, a phase heading, a goal): line breaks become spaces, so
 * the text stays on its line, and backslashes and the characters that would open code, emphasis,
 * a link or a checkbox, HTML or a table cell are escaped. (The findings report escapes for its own
 * markdown.)
 */
function escapeTasksMdLine(text) {
    let result = '';
    for (const ch of text.split('\n').join(' ')) {
        result += '\\`*[]<>|'.includes(ch) ? '\\' + ch : ch;
    }
    return result;
}
/** A path as the task line shows it: bare like the template's, in backticks when it has spaces. */
function formatPath(path) {
    return /[\s`*<>[\]|]/.test(path) ? '`' + path.split('`').join("'") + '`' : path;
}
/** Mermaid labels live inside double quotes; entity codes keep quotes and brackets from breaking out. */
function mermaidLabel(text, max = 48) {
    const flat = text.split('\n').join(' ');
    const short = flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
    let result = '';
    for (const ch of short) {
        if (ch === '"')
            result += '#quot;';
        else if (ch === '<')
            result += '#lt;';
        else if (ch === '>')
            result += '#gt;';
        else if (ch === '#')
            result += '#35;';
        else
            result += ch;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/core/render/tasks-md.ts




/** Parallel examples show this many tasks per group; the rest are counted. */
const EXAMPLE_LIMIT = 12;
function renderTasksMarkdown(plan, options) {
    const body = [
        ...header(plan),
        ...plan.phases.flatMap((phase, index) => phaseSection(plan, phase, index, options.checked)),
        ...dependencies(plan),
        ...dependencyGraph(plan),
        ...parallelExamples(plan),
        ...checklist(plan)
    ].join('\n');
    const marker = formatMarker({ inputHash: options.inputHash, contentHash: contentHash(body) });
    return `${marker}\n${body}`;
}
function header(plan) {
    const { feature, template } = plan;
    return [
        `# Tasks: ${escapeTasksMdLine(featureTitle(feature))}`,
        '',
        `**Input**: Design documents from \`${feature.dir}/\`  `,
        `**Prerequisites**: ${prerequisites(feature)}  `,
        `**Template**: ${template.path} (${template.layout === 'classic' ? 'phases 3.1–3.5, tests first' : 'one phase per user story'})`,
        '',
        '## Format: `[ID] [P?]' +
            (template.layout === 'user-story' ? ' [Story]' : '') +
            ' Description`',
        '- **[P]**: can run in parallel: it touches no file another task of its phase touches and waits for no unfinished task',
        ...(template.layout === 'user-story' ? ['- **[USn]**: the user story the task delivers'] : []),
        '- Every task names the exact file or directory it changes',
        ...markers(plan),
        ''
    ];
}
/** pytest markers mean something only to a Python feature's tests. */
function markers(plan) {
    const list = languageOf(plan.feature.plan) === 'python' ? plan.template.testMarkers : [];
    return list.length === 0
        ? []
        : [
            `- Tests carry the template's pytest markers where they apply: ${list.map(m => '`' + m + '`').join(', ')}`
        ];
}
/**
 * The plan's title without its "Implementation Plan:" label; where the plan still has the
 * template's `[FEATURE]`, the spec's title, then the folder's name.
 */
function featureTitle(feature) {
    for (const title of [feature.plan?.title, feature.spec?.title]) {
        const bare = withoutLabel(title ?? '');
        if (bare && !isUnfilled(bare))
            return bare;
    }
    return feature.name;
}
function withoutLabel(title) {
    const colon = title.indexOf(':');
    return (colon >= 0 ? title.slice(colon + 1) : title).trim();
}
/** `[FEATURE]`, `[FEATURE NAME]`, `\[FEATURE\]`: the template's placeholder, never filled in. */
function isUnfilled(title) {
    return /^\\?\[[^\]]*\]$/.test(title);
}
function prerequisites(feature) {
    const present = ['plan.md (required)'];
    if (feature.spec)
        present.push('spec.md');
    if (feature.research)
        present.push('research.md');
    if (feature.dataModel)
        present.push('data-model.md');
    if (feature.contracts.length > 0)
        present.push('contracts/');
    if (feature.quickstart)
        present.push('quickstart.md');
    return present.join(', ');
}
function phaseSection(plan, phase, index, checked) {
    const tasks = plan.tasks.filter(task => task.phase === index);
    const lines = [
        `## Phase ${phase.number}: ${escapeTasksMdLine(phase.title)}${phase.story && isMvp(plan, phase) ? ' 🎯 MVP' : ''}`,
        ''
    ];
    if (phase.goal)
        lines.push(`**Goal**: ${escapeTasksMdLine(phase.goal)}`, '');
    if (phase.role === 'story') {
        const test = tasks.find(task => task.kind === 'integration-test');
        if (test)
            lines.push(`**Independent Test**: ${test.id} passes with only this story's tasks done`, '');
    }
    if (phase.role === 'tests')
        lines.push(`**These tests must be written, and must fail, before any implementation task.**`, '');
    if (tasks.length === 0)
        lines.push(`_No tasks: ${escapeTasksMdLine(phase.emptyReason ?? 'the design documents give this phase no work')}._`);
    for (const task of tasks)
        lines.push(taskLine(plan, task, checked?.has(task.id) ?? false));
    lines.push('');
    if (phase.checkpoint)
        lines.push(`**Checkpoint**: ${escapeTasksMdLine(phase.checkpoint)}`, '');
    return lines;
}
function isMvp(plan, phase) {
    return plan.phases.find(candidate => candidate.role === 'story') === phase;
}
function taskLine(plan, task, checked) {
    const phase = plan.phases[task.phase];
    const parts = [`- [${checked ? 'x' : ' '}]`, task.id];
    if (task.parallel)
        parts.push('[P]');
    if (phase?.role === 'story' && task.story)
        parts.push(`[${task.story}]`);
    const files = task.files.map(formatPath).join(', ');
    parts.push(escapeTasksMdLine(task.description) + (files ? ` in ${files}` : ''));
    return parts.join(' ');
}
function dependencies(plan) {
    const lines = ['## Dependencies', ''];
    const ranges = plan.phases.map((phase, index) => ({
        phase,
        range: idRange(plan.tasks.filter(t => t.phase === index))
    }));
    const nonEmpty = ranges.filter(entry => entry.range !== undefined);
    for (let i = 1; i < nonEmpty.length; i++) {
        const before = nonEmpty[i - 1];
        const after = nonEmpty[i];
        lines.push(`- ${phaseName(before.phase)} (${before.range}) before ${phaseName(after.phase)} (${after.range})`);
    }
    for (const task of plan.tasks) {
        if (task.dependsOn.length > 0)
            lines.push(`- ${task.id} depends on ${task.dependsOn.join(', ')}`);
    }
    if (lines.length === 2)
        lines.push('- No task depends on another.');
    lines.push('');
    return lines;
}
function phaseName(phase) {
    return `Phase ${phase.number} ${escapeTasksMdLine(phase.title)}`;
}
function idRange(tasks) {
    if (tasks.length === 0)
        return undefined;
    const first = tasks[0].id;
    const last = tasks[tasks.length - 1].id;
    return first === last ? first : `${first}-${last}`;
}
function dependencyGraph(plan) {
    const lines = ['## Dependency Graph', '', '```mermaid', 'flowchart TD'];
    const present = plan.phases.map((_, index) => plan.tasks.some(task => task.phase === index));
    plan.phases.forEach((phase, index) => {
        if (!present[index])
            return;
        lines.push(`  subgraph phase${index + 1}["Phase ${phase.number}: ${mermaidLabel(phase.title)}"]`);
        for (const task of plan.tasks.filter(t => t.phase === index)) {
            lines.push(`    ${task.id}["${task.id}${task.parallel ? ' [P]' : ''} ${mermaidLabel(task.description)}"]`);
        }
        lines.push('  end');
    });
    const chain = plan.phases.map((_, index) => index).filter(index => present[index]);
    for (let i = 1; i < chain.length; i++)
        lines.push(`  phase${chain[i - 1] + 1} --> phase${chain[i] + 1}`);
    for (const task of plan.tasks)
        for (const id of task.dependsOn)
            lines.push(`  ${id} --> ${task.id}`);
    lines.push('```', '');
    return lines;
}
function parallelExamples(plan) {
    const lines = ['## Parallel Example', '', '```'];
    let groups = 0;
    plan.phases.forEach((phase, index) => {
        const group = plan.tasks.filter(task => task.phase === index && task.parallel);
        if (group.length < 2)
            return;
        if (groups++ > 0)
            lines.push('');
        lines.push(`# Phase ${phase.number}: launch ${group.map(t => t.id).join(', ')} together (different files, no unfinished dependencies):`);
        for (const task of group.slice(0, EXAMPLE_LIMIT)) {
            lines.push(`Task: "${exampleText(task.description + ' in ' + task.files.join(', '))}"`);
        }
        if (group.length > EXAMPLE_LIMIT)
            lines.push(`# …and ${group.length - EXAMPLE_LIMIT} more from the list above`);
    });
    if (groups === 0)
        lines.push('# No two tasks of one phase can run together: each shares a file or waits for another.');
    lines.push('```', '');
    return lines;
}
/** One line inside the example's code fence: a line break could start a closing ``` fence. */
function exampleText(text) {
    return text
        .split(/\r?\n|\r/)
        .join(' ')
        .split('"')
        .join("'");
}
function checklist(plan) {
    const lines = ['## Validation Checklist', ''];
    for (const item of validatePlan(plan))
        lines.push(`- [${item.holds ? 'x' : ' '}] ${item.text}`);
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/core/generate.ts
/**
 * Generation with nothing lost: decides, from an existing tasks.md, whether it may be replaced,
 * and carries its checked boxes over to the tasks that still exist.
 */




function generateTasks(feature, template, templateText, options = {}) {
    const plan = planTasks(feature, template);
    const inputHash = generationInputHash(feature, template, templateText);
    const existing = options.existing;
    if (!existing) {
        return {
            status: 'created',
            content: renderTasksMarkdown(plan, { inputHash }),
            plan,
            reason: undefined,
            droppedChecked: []
        };
    }
    const list = parseTaskList(existing);
    const ownership = ownershipOf(existing.text, list.marker?.contentHash);
    const { checked, dropped } = carryChecked(plan, list.tasks, ownership);
    const content = renderTasksMarkdown(plan, { inputHash, checked });
    if (ownership !== 'generated' && !options.force) {
        return {
            status: 'refused',
            content,
            plan,
            reason: refusal(existing.path, ownership),
            droppedChecked: dropped
        };
    }
    const status = content === existing.text ? 'unchanged' : 'updated';
    return { status, content, plan, reason: undefined, droppedChecked: dropped };
}
/**
 * What a generated tasks.md records as its inputs: the design documents and the template's text
 * (not where the template lies: moving an unchanged template changes no task).
 */
function generationInputHash(feature, _template, templateText) {
    return sha256(`${feature.inputHash}\u0000${templateText}`);
}
/** Ours only when the marker is there and the body is exactly what we wrote, boxes aside. */
function ownershipOf(text, recordedContentHash) {
    if (!recordedContentHash)
        return 'hand-written';
    const newline = text.indexOf('\n');
    const body = newline < 0 ? '' : text.slice(newline + 1);
    return contentHash(body) === recordedContentHash ? 'generated' : 'edited';
}
function refusal(path, ownership) {
    if (ownership === 'edited') {
        return `${path} was generated by spec-tasks and then edited by hand; it is left as it is. Use --force to replace it (checked boxes are kept).`;
    }
    return `${path} was not generated by spec-tasks (it has no spec-tasks marker on its first line); it is left as it is. Use --force to replace it (checked boxes are kept).`;
}
/**
 * A checked task keeps its box when the new list has a task with the same text after the ID, or,
 * in a list we generated, failing that, the same ID and the same files: IDs shift when tasks are
 * added, texts when counts do. A hand-written list's T004 is some other task than ours, so there
 * only the same text counts: a box is never ticked for work nobody did.
 */
function carryChecked(plan, oldTasks, ownership) {
    const checked = new Set();
    const dropped = [];
    const newByText = new Map(plan.tasks.map(task => [identity(taskLine(plan, task, false)), task.id]));
    // A new task that continues another old task by its text is that task's, whatever its ID now.
    const oldTexts = new Set(oldTasks.map(task => identity(task.line)));
    for (const old of oldTasks.filter(task => task.checked)) {
        const byText = newByText.get(identity(old.line));
        const byId = ownership === 'hand-written'
            ? undefined
            : plan.tasks.find(task => task.id === old.id &&
                !oldTexts.has(identity(taskLine(plan, task, false))) &&
                task.files.every(file => old.paths.includes(file)));
        const id = byText ?? byId?.id;
        if (id)
            checked.add(id);
        else
            dropped.push(old.line);
    }
    return { checked, dropped };
}
/** A task line without its checkbox, ID and markers: what the task is, not where it stands. */
function identity(line) {
    const tokens = line
        .trim()
        .split(' ')
        .filter(token => token !== '');
    let start = 0;
    while (start < tokens.length && isPrefixToken(tokens[start]))
        start++;
    return tokens.slice(start).join(' ');
}
function isPrefixToken(token) {
    if (token === '-' || token === '*' || token === '[' || token === ']' || token === '[P]')
        return true;
    if (/^\[[ x]?\]$/i.test(token) || /^\[US\d+\]$/.test(token))
        return true;
    return /^\**T\d[a-z.\d]*\**:?$/.test(token);
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept equal to package.json's version by a test; bundles cannot read package.json at run time. */
const version_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/core/vocabulary/contracts-files.ts
/**
 * What the contract reader knows about the files of contracts/ beyond their formats: which files
 * are no contract, and the lines that still name a GraphQL type, a field or an OpenAPI operation
 * when a file as a whole does not parse.
 */


/**
 * Decides which files of contracts/ may describe the others rather than be a contract (their
 * name's stem, lower case): a README or index that names the contracts beside it.
 */
const FOLDER_INDEX_STEMS = ['readme', 'index', 'overview'];
/** Decides which GraphQL definitions hold fields a test may name: `type Order {`, `input …`. */
const GRAPHQL_FIELD_HOLDERS = ['type', 'input', 'interface'];
/** `type Order {`, `extend type Query {`, `interface Node @key(…) {`, with the type's name captured. */
const GRAPHQL_TYPE_OPENING = (0,build/* pattern */.T1)('contracts-text.graphql-type-opening', `^\\s{0,8}(?:${(0,build/* escapePattern */.MP)(GRAPHQL_EXTEND)}\\s{1,4})?${(0,build/* alternation */.Ql)(GRAPHQL_FIELD_HOLDERS)}\\s{1,4}(\\w{1,100})`);
/** `  items(filter: ItemFilter): [Item!]!` or `  total: Int`: a field, its name captured. */
const GRAPHQL_FIELD_LINE = (0,build/* pattern */.T1)('contracts-text.graphql-field-line', '^\\s{1,12}(\\w{1,100})\\s{0,4}[(:]');
/** The key that names an OpenAPI operation, in YAML or JSON. */
const OPERATION_ID_KEY = 'operationId';
/** `operationId: listOrders`, `"operationId": "listOrders"`, the ID captured. */
const OPERATION_ID_LINE = (0,build/* pattern */.T1)('contracts-text.operation-id-line', `["']?${(0,build/* escapePattern */.MP)(OPERATION_ID_KEY)}["']?\\s{0,4}:\\s{0,4}["']?([\\w.-]{1,100})`);

;// CONCATENATED MODULE: ./src/core/parse/contracts/graphql-field.ts

/** The endpoint for field `name` of root type `typeName`, found at `at` in `doc`. */
function graphqlFieldEndpoint(doc, typeName, operation, name, at) {
    return {
        kind: 'graphql',
        method: operation,
        path: name,
        name: `${typeName}.${name}`,
        operationId: name,
        tags: [],
        resource: nameResource(name),
        basePath: undefined,
        consumed: false,
        source: { file: doc.path, line: at.line, column: at.column }
    };
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/text-fallback.ts



const ROOTS = new Map(GRAPHQL_ROOT_TYPES);
/**
 * The root fields of `type Query { … }` (and Mutation, Subscription, their `extend`s) as
 * endpoints, and the other types' names, from the lines of a schema that does not parse.
 */
function graphqlFromText(doc) {
    const endpoints = [];
    const names = [];
    let type;
    let depth = 0;
    // Inside a field's argument list, `filter: ItemFilter` is an argument, not a field.
    let parens = 0;
    doc.text.split('\n').forEach((line, index) => {
        const opening = depth === 0 ? GRAPHQL_TYPE_OPENING.exec(line) : null;
        if (opening) {
            type = opening[1];
            if (!ROOTS.has(type))
                names.push(type);
        }
        else if (depth === 1 && parens === 0 && type) {
            const field = GRAPHQL_FIELD_LINE.exec(line);
            const operation = ROOTS.get(type);
            if (field && operation) {
                const at = { line: index + 1, column: 1 };
                endpoints.push(graphqlFieldEndpoint(doc, type, operation, field[1], at));
            }
        }
        depth = Math.max(0, depth + count(line, '{') - count(line, '}'));
        parens = Math.max(0, parens + count(line, '(') - count(line, ')'));
        if (depth === 0 && !opening)
            type = undefined;
    });
    return { endpoints, names };
}
/** The operationIds an OpenAPI document's lines declare. */
function operationIdsFromText(text) {
    return text.split('\n').flatMap(line => {
        const match = OPERATION_ID_LINE.exec(line);
        return match ? [match[1]] : [];
    });
}
function count(line, ch) {
    return line.split(ch).length - 1;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/code.ts
/**
 * What the readers of code blocks know about code, across the languages design documents write it
 * in (TypeScript, Python, Kotlin, Swift, C#, Java, Go, Rust, Protobuf, GraphQL, SQL, Prisma): the
 * fences that hold it, its comments, the modifiers and keywords that open a declaration, how fields
 * and functions are written, and which names are too common to name anything.
 */

// ---------------------------------------------------------------------------------------------
// Fences and comments
/** Decides which fences only a data model reads as code: its YAML is a schema, its SQL creates tables. */
const SCHEMA_LANGUAGES = new Set(['yaml', 'yml', 'sql']);
/** Decides where `#` starts a comment (`''` is a fence without a language). */
const HASH_COMMENT_LANGUAGES = new Set([
    'python',
    'py',
    'yaml',
    'yml',
    'ruby',
    'rb',
    'toml',
    'text',
    ''
]);
/** Decides where `--` starts a comment. */
const DASH_COMMENT_LANGUAGES = new Set(['sql', '']);
// ---------------------------------------------------------------------------------------------
// Declarations
/** Decides which words before a declaration's keyword are modifiers: `export`, `pub(crate)`, `data`. */
const DECLARATION_MODIFIERS = [
    'export',
    'public',
    'private',
    'protected',
    'internal',
    'abstract',
    'sealed',
    'static',
    'final',
    'open',
    'partial',
    'data',
    'pub(?:\\([a-z]{1,10}\\))?',
    'declare',
    'default',
    'readonly',
    'async',
    'suspend',
    'override',
    'inline',
    'value',
    'virtual',
    'fileprivate'
];
const DECLARATION_MODIFIER = (0,build/* pattern */.T1)('code-declaration-modifier', `^${(0,build/* alternation */.Ql)(DECLARATION_MODIFIERS, true)}\\s`);
/** Decides which keywords open a type's declaration: `class`, `struct`, `message`, `model`, `input`… */
const DECLARATION_KEYWORDS = [
    'class',
    'interface',
    'struct',
    'record',
    'enum',
    'message',
    'object',
    'trait',
    'type',
    'table',
    'model',
    'dataclass',
    'protocol',
    'service',
    'input',
    'union'
];
const DECLARATION = (0,build/* pattern */.T1)('code-declaration', `^(${DECLARATION_KEYWORDS.join('|')})\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})`, 'u');
/** Words after `enum` that still declare an enum: Kotlin's `enum class Season`. */
const ENUM_CLASS_WORDS = ['class', 'struct'];
const ENUM_CLASS = (0,build/* pattern */.T1)('code-enum-class', `^enum\\s{1,4}${(0,build/* alternation */.Ql)(ENUM_CLASS_WORDS)}\\s`);
// ---------------------------------------------------------------------------------------------
// Functions, routers and methods, which a contract's names include
/** Protobuf's `rpc PlantSeed(…)`. */
const RPC = (0,build/* pattern */.T1)('code-rpc', `^rpc\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})`, 'u');
/** Keywords that open a function: Python's `def`, Kotlin's `fun`, Go's `func`, Rust's `fn`. */
const FUNCTION_KEYWORDS = ['def', 'fun', 'func', 'function', 'fn'];
const FUNCTION = (0,build/* pattern */.T1)('code-function', `\\b${(0,build/* alternation */.Ql)(FUNCTION_KEYWORDS)}\\s{1,4}(?:\\([^)]{0,80}\\)\\s{0,4})?([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\s{0,4}[(<[]`, 'u');
/** What a `const` holding a function is set to: an arrow, `function`, a zod schema, a tRPC router. */
const FUNCTION_VALUES = [
    '\\(',
    'function\\b',
    'z\\.',
    'router\\(',
    't\\.procedure\\b',
    '[\\p{L}_][\\p{L}\\p{N}_]{0,40}Procedure\\b'
];
const CONST_FUNCTION = (0,build/* pattern */.T1)('code-const-function', `^const\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\s{0,4}(?::[^=]{1,80})?=\\s{0,4}(?:async\\s{1,4})?(?:${FUNCTION_VALUES.join('|')})`, 'u');
/** tRPC's `const shelfRouter = router(` and its `plant: protectedProcedure…`. */
const ROUTER = (0,build/* pattern */.T1)('code-router', `^const\\s{1,4}([\\p{L}_][\\p{L}\\p{N}_]{0,60})Router\\s{0,4}=\\s{0,4}(?:t\\.)?router\\(`, 'u');
const PROCEDURE = (0,build/* pattern */.T1)('code-procedure', `^([\\p{L}_][\\p{L}\\p{N}_]{0,60})\\s{0,4}:\\s{0,4}[\\p{L}_][\\p{L}\\p{N}_.]{0,60}[Pp]rocedure\\b`, 'u');
/** Words that read like a method's name before `(` but are control flow or calls: `if (`, `super(`. */
const NOT_METHOD_NAMES = new Set([
    'if',
    'for',
    'while',
    'switch',
    'catch',
    'return',
    'new',
    'await',
    'throw',
    'when',
    'super',
    'this',
    'constructor',
    'init',
    'typeof',
    'sizeof'
]);
/** Decides which types' members are operations, whose method signatures are names too. */
const OPERATION_TYPE_KEYWORDS = new Set([
    'class',
    'interface',
    'trait',
    'protocol',
    'service',
    'object'
]);
/** Words before an enumeration's value that are no part of its name: Swift's `case light`. */
const ENUM_VALUE_PREFIXES = ['case'];
const ENUM_VALUE_PREFIX = (0,build/* pattern */.T1)('code-enum-value-prefix', `^${(0,build/* alternation */.Ql)(ENUM_VALUE_PREFIXES)}\\s{1,4}`);
/** Decides that a piece of an enumeration's body declares a member, not a value: `fun label()`. */
const NOT_ENUM_VALUE_WORDS = [
    'fun',
    'func',
    'fn',
    'def',
    'val',
    'var',
    'let',
    'const',
    'private',
    'public',
    'internal',
    'protected',
    'static',
    'override',
    'init',
    'get',
    'set',
    'companion',
    'abstract'
];
const NOT_ENUM_VALUE = (0,build/* leadingWordPattern */.Pj)('code-not-enum-value', NOT_ENUM_VALUE_WORDS);
/** Python's enumeration bases: `class Roast(Enum)`, `(str, Enum)`, `(enum.IntFlag)`. */
const PYTHON_ENUM_BASES = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag'];
const PYTHON_ENUM_CLASS = (0,build/* pattern */.T1)('code-python-enum-class', `^class\\s{1,4}[\\p{L}_][\\p{L}\\p{N}_]{0,80}\\((?:[\\w.]{1,40},\\s{0,4}){0,3}(?:enum\\.)?${(0,build/* alternation */.Ql)(PYTHON_ENUM_BASES)}\\)\\s{0,4}:`, 'u');
/** Decides which types are contracts to implement whatever their name: `trait Scanner`, `protocol Pantry`. */
const INTERFACE_KEYWORDS = new Set(['interface', 'trait', 'protocol']);
/** Go's `type Printer interface {`, an interface written as a type. */
const GO_INTERFACE = (0,build/* pattern */.T1)('code-go-interface', '^type\\s{1,4}[\\p{L}_][\\p{L}\\p{N}_]{0,80}\\s{1,4}interface\\b', 'u');
/** GraphQL's root types, whose fields are operations. */
const code_GRAPHQL_ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);
/** Decides that what comes before a name assigns, calls or returns it rather than declares it. */
const NOT_DECLARATION_PREFIX = (0,build/* pattern */.T1)('code-not-declaration-prefix', '[=:.]|\\breturn\\b');
// ---------------------------------------------------------------------------------------------
// Names
/** Decides that a name made only of these programming words is not distinctive: `getData`. */
const COMMON_NAME_WORDS = new Set([
    'a',
    'all',
    'and',
    'any',
    'api',
    'args',
    'array',
    'async',
    'await',
    'base',
    'body',
    'bool',
    'boolean',
    'bytes',
    'callback',
    'check',
    'class',
    'client',
    'close',
    'config',
    'context',
    'count',
    'create',
    'data',
    'date',
    'datetime',
    'default',
    'delete',
    'double',
    'dto',
    'entry',
    'enum',
    'error',
    'errors',
    'event',
    'exists',
    'false',
    'fetch',
    'find',
    'float',
    'for',
    'from',
    'get',
    'handle',
    'handler',
    'has',
    'head',
    'header',
    'headers',
    'helper',
    'id',
    'ids',
    'impl',
    'index',
    'info',
    'init',
    'input',
    'int',
    'interface',
    'is',
    'item',
    'items',
    'json',
    'list',
    'load',
    'long',
    'main',
    'manager',
    'map',
    'message',
    'model',
    'mutation',
    'name',
    'new',
    'node',
    'none',
    'null',
    'number',
    'object',
    'of',
    'on',
    'open',
    'option',
    'options',
    'or',
    'output',
    'page',
    'params',
    'patch',
    'payload',
    'post',
    'process',
    'promise',
    'props',
    'put',
    'query',
    'read',
    'remove',
    'request',
    'response',
    'result',
    'results',
    'root',
    'run',
    'save',
    'schema',
    'search',
    'send',
    'server',
    'service',
    'set',
    'start',
    'state',
    'status',
    'stop',
    'string',
    'struct',
    'subscription',
    'task',
    'test',
    'tests',
    'text',
    'the',
    'time',
    'timestamp',
    'to',
    'true',
    'type',
    'types',
    'unknown',
    'update',
    'use',
    'util',
    'utils',
    'uuid',
    'validate',
    'value',
    'values',
    'void',
    'with',
    'write'
]);
/** Extensions of source files, whose base name a heading names: `ShelfRepository.kt`. */
const SOURCE_EXTENSIONS = [
    'kt',
    'kts',
    'java',
    'cs',
    'ts',
    'tsx',
    'js',
    'jsx',
    'py',
    'go',
    'rs',
    'swift',
    'rb',
    'dart',
    'scala',
    'php',
    'proto'
];
const SOURCE_FILE_NAME = (0,build/* pattern */.T1)('code-source-file-name', `^([\\p{L}_][\\p{L}\\p{N}_]{0,80})\\.(?:${SOURCE_EXTENSIONS.join('|')})$`, 'u');
// ---------------------------------------------------------------------------------------------
// What else a contract names: JSON and YAML keys (tables of operations and where code lives: contracts.ts)
/** Keys whose entries are a document's topics (AsyncAPI `channels`, a list of `topics`). */
const TOPIC_KEYS = ['topics', 'channels'];
/** Keys of JSON Schema definitions. */
const SCHEMA_DEFINITION_KEYS = ['$defs', 'definitions'];

;// CONCATENATED MODULE: ./src/core/parse/code-lines.ts
/**
 * What a line of code in a design document is, for every reader of code blocks: which fences hold
 * code, where a comment starts, which modifiers and keywords open a declaration.
 */


/** Example fences (JSON, shell, HTTP…) declare nothing; YAML and SQL only for a reading of schemas. */
function readsCode(lang, reading) {
    return !vocabulary_documents/* EXAMPLE_LANGUAGES */.BC.has(lang) && (reading.schemas || !SCHEMA_LANGUAGES.has(lang));
}
/** The fence's language as the readers compare it: lower case, `` for none. */
function fenceLanguage(lang) {
    return (lang ?? '').toLowerCase();
}
// ---------------------------------------------------------------------------------------------
// A line of code: comments, modifiers, the keyword that opens a declaration
/** The line without its trailing comment: `//` anywhere, `#` and `--` in the languages that use them. */
function withoutComment(line, lang) {
    let text = line;
    const slashes = text.indexOf('//');
    if (slashes >= 0 && !text.slice(0, slashes).endsWith(':'))
        text = text.slice(0, slashes);
    if (HASH_COMMENT_LANGUAGES.has(lang)) {
        const hash = text.search(/(?:^|\s)#(?!\[)/);
        if (hash >= 0)
            text = text.slice(0, hash);
    }
    if (DASH_COMMENT_LANGUAGES.has(lang)) {
        const dashes = text.indexOf('--');
        if (dashes >= 0 && !/[─-]{3}/.test(text))
            text = text.slice(0, dashes);
    }
    return text;
}
/** `export default abstract class X` → `class X`; `@Serializable data class X` → `class X`. */
function withoutModifiers(line) {
    let text = line;
    for (let guard = 0; guard < 6; guard++) {
        // `@JvmInline value class X(…)`: an annotation before a declaration on its line.
        const annotation = /^@[\w.]{1,60}(?:\([^()]{0,120}\))?\s{1,4}(?=\S)/.exec(text);
        if (annotation)
            text = text.slice(annotation[0].length);
        else if (DECLARATION_MODIFIER.test(text))
            text = text.replace(DECLARATION_MODIFIER, '').trimStart();
        else
            break;
    }
    return text;
}
/** A line without modifiers that opens a declaration: its keyword and name. */
function declarationOf(line) {
    // Kotlin's `enum class Roast` is an enum named Roast.
    const match = DECLARATION.exec(line.replace(ENUM_CLASS, 'enum '));
    return match ? { keyword: match[1], name: match[2] } : undefined;
}
/** `IPlotService` is also known as `PlotService`. */
function withoutInterfacePrefix(name) {
    return /^I\p{Lu}\p{Ll}/u.test(name) ? [name, name.slice(1)] : [name];
}
/**
 * The method a line of a type's body declares: `Task<Plot> CreatePlotAsync(…);`,
 * `getYield(): Flow<X>;`, `suspend fun sow(…)`, `func list() -> [Crop]`.
 */
function methodName(line) {
    const open = line.indexOf('(');
    if (open <= 0)
        return undefined;
    const before = line.slice(0, open).replace(/<[^<>]{0,80}>\s{0,4}$/, '');
    const match = /([\p{L}_][\p{L}\p{N}_]{0,80})\??\s{0,4}$/u.exec(before);
    if (!match || NOT_METHOD_NAMES.has(match[1]))
        return undefined;
    // A declaration has only a return type before its name: `x = make(`, `.stateIn(` and
    // `val onTap: () -> Unit` call or hold something instead.
    const prefix = before.slice(0, match.index);
    return NOT_DECLARATION_PREFIX.test(prefix) || /[:=]\s{0,4}$/.test(before) ? undefined : match[1];
}

;// CONCATENATED MODULE: ./src/core/parse/code-interfaces.ts
/**
 * The interfaces, traits, protocols and service classes a contract's code declares, each with
 * every method its body declares: `interface ShelfRepository { fun shelves(): List<Shelf> … }`,
 * `trait Scanner { fn scan(&self) … }`, `type Printer interface { Print(…) error }`. Read from
 * the code itself rather than from the names a test may call the contract by, which leave out
 * what is too common to name a contract (`list()`, `stations()`) but is still a method to build.
 */


/** How far below its declaration a body may open: `class X(\n  a: A,\n  b: B\n) : Y {`. */
const MAX_HEADER_LINES = 12;
/** Only brace-bodied code: Python's indented classes are read by their names alone. */
function declaredInterfaces(value, fence) {
    const lang = fenceLanguage(fence);
    if (!readsCode(lang, { schemas: false }))
        return [];
    const lines = value.split('\n').map(line => withoutComment(line, lang));
    const found = [];
    for (let at = 0; at < lines.length; at++) {
        const header = interfaceHeader(lines[at]);
        if (!header)
            continue;
        const open = bodyStart(lines, at);
        if (!open)
            continue;
        const { members, end } = bodyMembers(lines, open, header.name);
        const known = found.find(other => other.name === header.name);
        if (known) {
            for (const member of members)
                if (!known.members.includes(member))
                    known.members.push(member);
        }
        else {
            found.push({ ...header, members });
        }
        at = Math.max(at, end);
    }
    return found;
}
/** `export interface X`, `pub trait X`, `protocol X`, `type X interface`, `class X`. */
function interfaceHeader(raw) {
    const line = withoutModifiers(raw.trim());
    const declaration = declarationOf(line);
    if (!declaration)
        return undefined;
    const { keyword, name } = declaration;
    const goInterface = GO_INTERFACE.test(line);
    if (!goInterface && !OPERATION_TYPE_KEYWORDS.has(keyword))
        return undefined;
    return { name, isInterface: goInterface || INTERFACE_KEYWORDS.has(keyword) };
}
/**
 * Where the body's `{` is: the first outside parentheses, on the declaring line, after a
 * constructor's parameters on the lines below (`class X(\n  a: A\n) : Y {`), or alone on the
 * next line (C#, Java). A header that ends without one (`data class P(val a: A)`) has no body.
 */
function bodyStart(lines, at) {
    let parens = 0;
    for (let index = at; index < lines.length && index <= at + MAX_HEADER_LINES; index++) {
        const text = lines[index];
        for (let column = 0; column < text.length; column++) {
            const char = text[column];
            if (char === '(' || char === '<')
                parens++;
            else if ((char === ')' || char === '>') && parens > 0)
                parens--;
            else if (char === '{' && parens === 0)
                return { line: index, column };
            else if ((char === ';' || char === '=') && parens === 0)
                return undefined;
        }
        if (parens > 0)
            continue;
        const next = lines.findIndex((line, after) => after > index && line.trim() !== '');
        return next >= 0 && lines[next].trim().startsWith('{')
            ? { line: next, column: lines[next].indexOf('{') }
            : undefined;
    }
    return undefined;
}
/** The methods declared at the body's own depth, up to its closing brace. */
function bodyMembers(lines, open, owner) {
    const members = [];
    let depth = 1;
    const first = lines[open.line].slice(open.column + 1);
    for (let at = open.line; at < lines.length; at++) {
        const text = at === open.line ? first : lines[at];
        const trimmed = text.trim();
        if (depth === 1 && isMemberLine(trimmed)) {
            const name = memberName(trimmed);
            if (name && name !== owner && !name.startsWith('__') && !members.includes(name))
                members.push(name);
        }
        for (const char of text) {
            if (char === '{' || char === '(' || char === '[')
                depth++;
            else if (char === '}' || char === ')' || char === ']')
                depth--;
            if (depth === 0)
                return { members, end: at };
        }
    }
    return { members, end: lines.length - 1 };
}
/** Not an annotation, an attribute or a line of a block comment. */
function isMemberLine(line) {
    return line !== '' && !/^(?:[@#[*]|\/\*)/.test(line);
}
function memberName(line) {
    const bare = withoutModifiers(line);
    if (declarationOf(bare))
        return undefined;
    return FUNCTION.exec(bare)?.[1] ?? methodName(bare);
}

// EXTERNAL MODULE: ./src/core/parse/yaml.ts
var parse_yaml = __webpack_require__(7840);
;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-code.ts
/**
 * What the data-model reader knows about code that declares an entity's fields: SQL tables, type
 * aliases, the modifiers before a field's name, ORM columns, and lines of a body that hold no field.
 * The keywords that open a declaration, shared with the contracts, are in ./code.ts.
 */

/** TypeScript's `type Crop = Carrot | Leek`: a type that has no body. */
const TYPE_ALIAS = (0,build/* pattern */.T1)('code-type-alias', `^(?:export\\s{1,4})?type\\s{1,4}(\\p{Lu}[\\p{L}\\p{N}_]{0,80})\\s{0,4}(?:<[^>]{0,80}>)?\\s{0,4}=\\s{0,4}[^{\\s]`, 'u');
/** SQL's `CREATE TABLE IF NOT EXISTS shelves (`. */
const CREATE_TABLE = (0,build/* pattern */.T1)('code-create-table', `^create\\s{1,4}table\\s{1,4}(?:if\\s{1,4}not\\s{1,4}exists\\s{1,4})?["\`[]?([\\w.]{1,80})`, 'i');
/** Decides which words before a field's name are modifiers: `private readonly`, `val`, `repeated`. */
const FIELD_MODIFIERS = [
    'public',
    'private',
    'protected',
    'internal',
    'readonly',
    'required',
    'static',
    'virtual',
    'override',
    'final',
    'val',
    'var',
    'let',
    'const',
    'pub(?:\\([a-z]{1,10}\\))?',
    'optional',
    'repeated',
    'lateinit',
    'open',
    'mut',
    'export',
    'declare'
];
const FIELD_MODIFIER = (0,build/* pattern */.T1)('code-field-modifier', `^${(0,build/* alternation */.Ql)(FIELD_MODIFIERS, true)}\\s`);
/** Decides that a line of a type's body holds no field: it starts with one of these keywords. */
const NOT_FIELD_KEYWORDS = [
    'return',
    'fn',
    'def',
    'func',
    'function',
    'import',
    'package',
    'use',
    'case'
];
const NOT_FIELD_LINE = (0,build/* pattern */.T1)('code-not-field-line', `^(?:[@#[{}()*/]|${NOT_FIELD_KEYWORDS.map(word => `${word}\\b`).join('|')})`);
/** ORM calls that declare a column, whose first argument is its type: `name = Column(String)`. */
const ORM_COLUMN_CALLS = [
    'Column',
    'Field',
    'models\\.\\w{1,40}',
    'mapped_column',
    'relationship'
];
const ORM_COLUMN = (0,build/* pattern */.T1)('code-orm-column', `^=\\s{0,3}${(0,build/* alternation */.Ql)(ORM_COLUMN_CALLS, true)}\\(`);
/** Words that read like a type before a name but open something else: `return total`, `new Jar`. */
const NOT_FIELD_TYPES = new Set([
    'class',
    'interface',
    'struct',
    'enum',
    'record',
    'new',
    'return',
    'var',
    'await'
]);
/** Decides that a line of `CREATE TABLE` is a constraint, not a column. */
const SQL_NOT_COLUMN_WORDS = [
    'primary',
    'foreign',
    'constraint',
    'unique',
    'check',
    'index',
    'key',
    'partition',
    'exclude'
];
const SQL_NOT_COLUMN = (0,build/* leadingWordPattern */.Pj)('code-sql-not-column', SQL_NOT_COLUMN_WORDS, 'i');
/** Where a field's type after its colon ends: at a default value or a comment, `count: number = 0`. */
const CODE_TYPE_ENDS = [' =', ' //', ' #'];

;// CONCATENATED MODULE: ./src/core/parse/code-enums.ts
/**
 * The values an enumeration's body declares, in the languages design documents write them:
 * `enum Season { Spring, Autumn = 3 }`, `enum class Roast { LIGHT, DARK; fun label() … }`,
 * `case light, dark` in Swift, `HIGH("high"),` in Java, Python's `class Roast(Enum):` members
 * written `LIGHT = "light"`, and a variant with data in Rust (`Rejected(Reason)`).
 */


const VALUE = /^[\p{L}_][\p{L}\p{N}_]{0,80}/u;
const MAX_VALUES = 100;
/** Values of a body in braces, from the line that opens it to the line that closes it. */
function bracedEnumValues(lines, openLine, end, lang) {
    const values = [];
    let depth = 0;
    let piece = '';
    const take = () => {
        const value = enumValue(piece);
        if (value && !values.includes(value) && values.length < MAX_VALUES)
            values.push(value);
        piece = '';
    };
    for (let at = openLine; at <= end; at++) {
        const text = withoutComment(lines[at], lang);
        for (const char of text) {
            if (char === '{' || char === '(' || char === '[') {
                depth++;
                if (depth === 1)
                    continue;
            }
            else if (char === '}' || char === ')' || char === ']') {
                depth--;
                if (depth === 0) {
                    take();
                    return values;
                }
            }
            if (depth === 1 && char === ';') {
                // Java and Kotlin end their values with `;`; what follows is methods and fields.
                take();
                return values;
            }
            if (depth === 1 && char === ',')
                take();
            else if (depth >= 1)
                piece += char;
        }
        if (depth === 1)
            take();
    }
    take();
    return values;
}
/** Python's `class Roast(Enum):` members, one a line at the body's indent: `LIGHT = "light"`. */
function indentedEnumValues(lines, header, end) {
    const values = [];
    const members = lines.slice(header + 1, end + 1).filter(line => line.trim() !== '');
    const indent = members.length > 0 ? members[0].length - members[0].trimStart().length : 0;
    for (const line of members) {
        if (line.length - line.trimStart().length !== indent)
            continue;
        const match = /^([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}=/u.exec(line.trim());
        if (match && !match[1].startsWith('_') && !values.includes(match[1]))
            values.push(match[1]);
    }
    return values;
}
/** `Autumn = 3`, `case light`, `HIGH("high")`, `#[default] Pending`: the value's name. */
function enumValue(piece) {
    let text = piece.trim().replace(/^(?:#\[[^\]]{0,80}\]|@[\w.]{1,60}(?:\([^)]{0,80}\))?)\s*/, '');
    text = text.replace(ENUM_VALUE_PREFIX, '');
    const name = VALUE.exec(text)?.[0];
    if (!name || NOT_ENUM_VALUE.test(text))
        return undefined;
    return name;
}

;// CONCATENATED MODULE: ./src/core/parse/code-declarations.ts
/**
 * Declarations in the code blocks of design documents, read one line at a time: the types a data
 * model's code defines, with their fields (`class Invoice { total: number }`, `CREATE TABLE
 * shelves (…)`, `@dataclass class Seed:`), and every name a contract's code declares (types,
 * functions, RPCs, tRPC routers and procedures, methods of interfaces, GraphQL root fields).
 *
 * Both readings share what a line of code is (./code-lines.ts). They differ only in the fences they
 * read (see `CodeReading`) and in what they collect, which is why there are two entry points.
 */






const DATA_MODEL = { schemas: true };
/** The types a code block defines, each read to the end of its body; types nested in a body are its own. */
function typeDeclarations(value, fence) {
    const lang = fenceLanguage(fence);
    if (!readsCode(lang, DATA_MODEL))
        return [];
    const lines = value.split('\n');
    const declared = [];
    for (let at = 0; at < lines.length; at++) {
        const header = definitionHeader(lines, at, lang);
        if (!header)
            continue;
        const end = header.opener === 'none'
            ? at
            : header.opener === ':'
                ? indentedEnd(lines, at)
                : bracketEnd(lines, header.openLine);
        const fields = header.isEnum || header.opener === 'none' ? [] : bodyFields(lines, header, end, lang);
        const values = !header.isEnum
            ? undefined
            : header.opener === ':'
                ? indentedEnumValues(lines, at, end)
                : header.opener === '{'
                    ? bracedEnumValues(lines, header.openLine, end, lang)
                    : [];
        declared.push({
            name: header.name,
            isEnum: header.isEnum,
            line: at,
            fields,
            ...(values ? { values } : {})
        });
        at = Math.max(at, end);
    }
    return declared;
}
/** `type Crop = Carrot | Leek`: a type that has no body for `typeDeclarations` to read. */
function typeAliases(value, fence) {
    if (!readsCode(fenceLanguage(fence), DATA_MODEL))
        return [];
    return value.split('\n').flatMap((text, at) => {
        const match = TYPE_ALIAS.exec(text.trim());
        return match ? [{ name: match[1], isEnum: false, line: at, fields: [] }] : [];
    });
}
function definitionHeader(lines, at, lang) {
    const raw = lines[at];
    let line = withoutComment(raw, lang).trim();
    const sql = CREATE_TABLE.exec(line);
    if (sql)
        return {
            name: sql[1].split('.').pop(),
            isEnum: false,
            opener: 'sql',
            line: at,
            openLine: at
        };
    line = withoutModifiers(line);
    const declaration = declarationOf(line);
    if (declaration) {
        const { keyword, name } = declaration;
        return headerFrom(lines, at, line, name, keyword === 'enum' || PYTHON_ENUM_CLASS.test(line));
    }
    const bare = /^(\p{Lu}[\p{L}\p{N}_]{0,80})\s{0,4}\{$/u.exec(line);
    if (bare)
        return { name: bare[1], isEnum: false, opener: '{', line: at, openLine: at };
    const yamlRoot = /^(\p{Lu}[\p{L}\p{N}_]{0,80}):$/u.exec(raw.trimEnd());
    if (yamlRoot && (lang === 'yaml' || lang === 'yml')) {
        return { name: yamlRoot[1], isEnum: false, opener: ':', line: at, openLine: at };
    }
    return undefined;
}
function headerFrom(lines, at, line, name, isEnum) {
    const brace = line.indexOf('{');
    const paren = line.indexOf('(');
    if (brace >= 0 && (paren < 0 || brace < paren))
        return { name, isEnum, opener: '{', line: at, openLine: at };
    if (paren >= 0) {
        // `class Base(Model):` is Python inheritance, `record P(string A, …)` lists fields.
        if (line.trimEnd().endsWith(':'))
            return { name, isEnum, opener: ':', line: at, openLine: at };
        return { name, isEnum, opener: '(', line: at, openLine: at };
    }
    if (line.trimEnd().endsWith(':'))
        return { name, isEnum, opener: ':', line: at, openLine: at };
    // `public abstract record Outcome<T>;`: declared, with nothing of its own.
    if (line.trimEnd().endsWith(';'))
        return { name, isEnum, opener: 'none', line: at, openLine: at };
    const next = lines.slice(at + 1).findIndex(text => text.trim() !== '');
    if (next >= 0 && lines[at + 1 + next].trim() === '{') {
        return { name, isEnum, opener: '{', line: at, openLine: at + 1 + next };
    }
    return undefined;
}
/** The index of the line that closes the bracket opened on `start`. */
function bracketEnd(lines, start) {
    let depth = 0;
    let opened = false;
    for (let at = start; at < lines.length; at++) {
        for (const char of lines[at]) {
            if (char === '{' || char === '(' || char === '[') {
                depth++;
                opened = true;
            }
            else if (char === '}' || char === ')' || char === ']') {
                depth--;
            }
        }
        if (opened && depth <= 0)
            return at;
    }
    return lines.length - 1;
}
function indentedEnd(lines, start) {
    const indent = code_declarations_indentOf(lines[start]);
    let end = start;
    for (let at = start + 1; at < lines.length; at++) {
        const text = lines[at];
        if (text.trim() === '')
            continue;
        if (code_declarations_indentOf(text) <= indent)
            break;
        end = at;
    }
    return end;
}
function code_declarations_indentOf(line) {
    return line.length - line.trimStart().length;
}
function bodyFields(lines, header, end, lang) {
    if (header.opener === '(')
        return parameterFields(lines, header, end, lang);
    if (header.opener === '{' && end === header.openLine)
        return oneLineFields(lines[end], end, lang);
    const fields = [];
    const memberIndent = header.opener === ':' ? firstMemberIndent(lines, header.line, end) : -1;
    let depth = 0;
    for (let at = header.openLine; at <= end; at++) {
        const text = withoutComment(lines[at], lang);
        const before = depth;
        for (const char of text) {
            if (char === '{' || char === '(' || char === '[')
                depth++;
            else if (char === '}' || char === ')' || char === ']')
                depth--;
        }
        const member = header.opener === ':'
            ? at > header.line && code_declarations_indentOf(lines[at]) === memberIndent
            : before === 1;
        if (!member)
            continue;
        const field = header.opener === 'sql' ? sqlField(text) : codeField(text, lang);
        if (field && !fields.some(existing => existing.name === field.name)) {
            fields.push({ ...field, line: at });
        }
    }
    return fields;
}
/**
 * A positional record's parameters are its fields, however they are spread over lines:
 * `record Dose(Guid Id, string Vaccine);`, `value class TagId(val raw: String)`, or one a line.
 */
function parameterFields(lines, header, end, lang) {
    const fields = [];
    const add = (text, line) => {
        const field = codeField(text, lang);
        if (field && !fields.some(existing => existing.name === field.name))
            fields.push({ ...field, line });
    };
    let depth = 0;
    let parameter = '';
    let parameterLine = header.openLine;
    for (let at = header.openLine; at <= end; at++) {
        const text = withoutComment(lines[at], lang);
        const start = at === header.openLine ? text.indexOf('(') : 0;
        for (let column = Math.max(start, 0); column < text.length; column++) {
            const char = text[column];
            const arrow = char === '>' && (text[column - 1] === '-' || text[column - 1] === '=');
            if (char === '(' || char === '[' || char === '{' || char === '<')
                depth++;
            else if (char === ')' || char === ']' || char === '}' || (char === '>' && !arrow))
                depth--;
            if (depth === 0) {
                add(parameter, parameterLine);
                return fields;
            }
            if (depth === 1 && (char === ',' || char === '(')) {
                if (char === ',')
                    add(parameter, parameterLine);
                parameter = '';
                continue;
            }
            if (parameter.trim() === '' && char.trim() !== '')
                parameterLine = at;
            parameter += char;
        }
        parameter += ' ';
    }
    add(parameter, parameterLine);
    return fields;
}
/** `interface Sow { bed: string; seed: string }`: a body on its declaring line. */
function oneLineFields(line, at, lang) {
    const text = withoutComment(line, lang);
    // `type Rows = { id: string }[]` is a list of rows, not a type with fields of its own.
    if (!/^[\s;,]*$/.test(text.slice(text.lastIndexOf('}') + 1)))
        return [];
    const inside = text.slice(text.indexOf('{') + 1, text.lastIndexOf('}'));
    const fields = [];
    for (const piece of (0,pieces/* splitTopLevel */.EN)(inside, ';').flatMap(part => (0,pieces/* splitTopLevel */.EN)(part, ','))) {
        const field = codeField(piece, lang);
        if (field && !fields.some(existing => existing.name === field.name))
            fields.push({ ...field, line: at });
    }
    return fields;
}
function firstMemberIndent(lines, start, end) {
    for (let at = start + 1; at <= end; at++) {
        if (lines[at].trim() !== '')
            return code_declarations_indentOf(lines[at]);
    }
    return -1;
}
const IDENTIFIER = /^[\p{L}_$][\p{L}\p{N}_$]{0,80}/u;
function codeField(line, lang) {
    let text = line.trim().replace(/[,;]$/, '').trim();
    if (!text || NOT_FIELD_LINE.test(text))
        return undefined;
    for (let guard = 0; guard < 6 && FIELD_MODIFIER.test(text); guard++)
        text = text.replace(FIELD_MODIFIER, '').trimStart();
    const name = IDENTIFIER.exec(text)?.[0];
    if (!name)
        return undefined;
    let rest = text.slice(name.length);
    if (rest.startsWith('?'))
        rest = rest.slice(1);
    rest = rest.trimStart();
    if (rest.startsWith(':') && !rest.startsWith('::'))
        return { name, type: typeAfterColon(rest.slice(1)) };
    if (lang === 'go')
        return goField(name, rest);
    const column = ORM_COLUMN.exec(rest);
    if (column)
        return {
            name,
            type: rest
                .slice(rest.indexOf('(') + 1)
                .split(/[,)]/)[0]
                .trim() || undefined
        };
    return typedDeclaration(text);
}
function typeAfterColon(text) {
    let type = text.trim();
    const cut = (0,pieces/* firstIndexOf */.K$)(type, CODE_TYPE_ENDS);
    if (cut >= 0)
        type = type.slice(0, cut).trim();
    type = type.replace(/[,;]$/, '').trim();
    if (type === '{' || type === '')
        return undefined;
    return type.length > 80 ? undefined : type;
}
function goField(name, rest) {
    const type = rest.split(/\s/)[0];
    return type && /^[\w.*[\]]{1,60}$/.test(type) ? { name, type } : undefined;
}
/** `string Name { get; set; }`, `int? Line = null`, `string seed_count = 1` (type before name). */
function typedDeclaration(text) {
    const typeEnd = typeTokenEnd(text);
    if (typeEnd <= 0)
        return undefined;
    const type = text.slice(0, typeEnd);
    const rest = text.slice(typeEnd).trimStart();
    if (rest.length === text.length - typeEnd)
        return undefined;
    const name = IDENTIFIER.exec(rest)?.[0];
    if (!name)
        return undefined;
    const after = rest.slice(name.length).trimStart();
    if (after !== '' && !/^[{=)]/.test(after))
        return undefined;
    if (NOT_FIELD_TYPES.has(type))
        return undefined;
    return { name, type };
}
/** Where a type such as `IReadOnlyList<string>` or `Dictionary<string, object>?` ends. */
function typeTokenEnd(text) {
    let depth = 0;
    for (let at = 0; at < text.length; at++) {
        const char = text[at];
        if (char === '<' || char === '[')
            depth++;
        else if (char === '>' || char === ']')
            depth--;
        else if (/\s/.test(char) && depth === 0)
            return at;
        else if (!/[\p{L}\p{N}_.?,*&]/u.test(char) && !/\s/.test(char))
            return -1;
    }
    return -1;
}
function sqlField(line) {
    const text = line.trim().replace(/,$/, '');
    if (!text || SQL_NOT_COLUMN.test(text) || text.startsWith(')'))
        return undefined;
    const match = /^["`[]?(\w{1,64})["`\]]?\s{1,40}([A-Z]\w{0,30}(?:\(\d{1,5}(?:,\s?\d{1,5})?\))?)/i.exec(text);
    return match ? { name: match[1], type: match[2] } : undefined;
}
// ---------------------------------------------------------------------------------------------
// Every name a contract's code declares
const CONTRACT = { schemas: false };
/** Names declared by one code block; `lang` is the fence's language. */
function codeNames(value, fence) {
    const lang = fenceLanguage(fence);
    if (!readsCode(lang, CONTRACT))
        return [];
    const names = [];
    const scan = { bodies: [], depth: 0, pending: undefined };
    for (const raw of value.split('\n')) {
        const line = withoutComment(raw, lang).trim();
        if (!line)
            continue;
        if (!/^[@[#]/.test(line))
            names.push(...lineNames(line, scan));
        const balance = bracketBalance(line);
        if (scan.pending && line.startsWith('{'))
            scan.bodies.push({ ...scan.pending, depth: scan.depth + 1 });
        else if (scan.pending?.line === line && balance > 0)
            scan.bodies.push({ ...scan.pending, depth: scan.depth + balance });
        if (scan.pending?.line !== line)
            scan.pending = undefined;
        scan.depth += balance;
        while (scan.bodies.length > 0 && scan.depth < scan.bodies[scan.bodies.length - 1].depth)
            scan.bodies.pop();
    }
    return names;
}
function lineNames(line, scan) {
    const body = scan.bodies[scan.bodies.length - 1];
    const bare = withoutModifiers(line);
    const router = ROUTER.exec(bare);
    if (router) {
        scan.pending = { kind: 'router', router: router[1], line };
        return [`${router[1]}Router`];
    }
    const declaration = declarationOf(bare);
    if (declaration) {
        const { keyword, name } = declaration;
        scan.pending = { kind: bodyKind(keyword, name), line };
        return withoutInterfacePrefix(name);
    }
    const rpc = RPC.exec(bare);
    if (rpc)
        return [rpc[1]];
    const fn = FUNCTION.exec(bare) ?? CONST_FUNCTION.exec(bare);
    if (fn)
        return [fn[1]];
    if (!body || scan.depth !== body.depth)
        return [];
    return memberNames(bare, body);
}
function bodyKind(kind, name) {
    if (kind === 'type' && code_GRAPHQL_ROOT_TYPES.has(name))
        return 'graphql-root';
    return OPERATION_TYPE_KEYWORDS.has(kind) ? 'operations' : 'other';
}
/** `Task<Plot> CreatePlotAsync(…);`, `getYield(): Flow<X>;` in an interface; `sow: protectedProcedure…` in a router. */
function memberNames(line, body) {
    if (body.kind === 'router') {
        const procedure = PROCEDURE.exec(line);
        return procedure ? [`${body.router}.${procedure[1]}`, procedure[1]] : [];
    }
    if (body.kind === 'graphql-root') {
        const field = /^([\p{L}_][\p{L}\p{N}_]{0,80})\s{0,4}[(:]/u.exec(line);
        return field ? [field[1]] : [];
    }
    if (body.kind !== 'operations')
        return [];
    const method = methodName(line);
    return method ? [method] : [];
}
function bracketBalance(line) {
    let balance = 0;
    for (const char of line) {
        if (char === '{' || char === '(')
            balance++;
        else if (char === '}' || char === ')')
            balance--;
    }
    return balance;
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/names.ts
/**
 * The names a contract declares besides its endpoints, by which a test task may name it: types,
 * interfaces and their methods, functions, messages, tRPC procedures, MCP tools and resources,
 * JSON Schema definitions, OpenAPI schemas of a document that is mostly schemas.
 *
 * A name is kept only when it is distinctive: `PlotService`, `get_seed_catalog`, `shelf.create`,
 * not `Error`, `Result` or a bare `create`, which a test task would use about anything.
 */




const MAX_NAMES = 200;
/**
 * Distinctive names, in first-seen order, without duplicates: one-letter and common words go,
 * and so does a single lower-case word (`create`, `sow`), which only its qualified form
 * (`shelf.create`) makes specific.
 */
function distinctiveNames(candidates) {
    const seen = new Set();
    const kept = [];
    for (const raw of candidates) {
        const name = raw.trim();
        if (seen.has(name) || !isDistinctive(name))
            continue;
        seen.add(name);
        kept.push(name);
        if (kept.length === MAX_NAMES)
            break;
    }
    return kept;
}
function isDistinctive(name) {
    if (name.length < 3 || name.length > 100 || name.startsWith('__'))
        return false;
    // `IPlotService` → i, plot, service; `shelf.create` → shelf, create.
    const nameWords = words(name);
    if (nameWords.length === 0 || nameWords.every(word => COMMON_NAME_WORDS.has(word)))
        return false;
    if (nameWords.length === 1)
        return name.length >= 4 && /^\p{Lu}/u.test(name);
    return true;
}
// ---------------------------------------------------------------------------------------------
// Code: the names ../code-declarations.ts reads from a contract's code blocks, re-exported here
// beside the other readers of a contract's names.

// ---------------------------------------------------------------------------------------------
// Markdown headings and tables
/** Identifiers a heading names: `ShelfRepository.kt`, `IPlotService`, `` `get_seed_catalog` ``. */
function headingNames(text, codeSpans) {
    const names = [];
    for (const code of codeSpans)
        names.push(...spanNames(code));
    const prose = text.split(/\s+/).map(trimPunctuation);
    for (const word of prose) {
        const file = SOURCE_FILE_NAME.exec(word);
        if (file)
            names.push(file[1]);
        else if (isCodeShaped(word))
            names.push(...withoutInterfacePrefix(word));
    }
    return names;
}
/** A code span names what it starts with: `Validate(step Step) → R` → Validate; `SeedClient.fetch_catalog()` → both parts. */
function spanNames(code) {
    const text = code.trim();
    if (text.startsWith('/') || /^[A-Z]{3,7}\s{1,3}\//.test(text))
        return [];
    const base = text.slice(text.lastIndexOf('/') + 1);
    const file = SOURCE_FILE_NAME.exec(base);
    if (file)
        return [file[1]];
    const lead = /^[\p{L}_][\p{L}\p{N}_]{0,80}(?:\.[\p{L}_][\p{L}\p{N}_]{0,80}){0,3}/u.exec(text)?.[0];
    if (!lead)
        return [];
    const parts = lead.split('.');
    return parts.length > 1 ? [lead, ...parts] : withoutInterfacePrefix(lead);
}
/**
 * `HarvestScheduleRepository`, `IPlotService`, `useHarvests`, `get_seed_catalog`: written as code
 * even without backticks. Not a brand written with capitals inside (`gRPC`, `macOS`, `PostgreSQL`).
 */
function isCodeShaped(word) {
    return (/^I?\p{Lu}\p{Ll}{1,40}(?:\p{Lu}\p{Ll}{1,40}|\p{N}){1,12}$/u.test(word) ||
        /^\p{Ll}{1,40}(?:\p{Lu}\p{Ll}{1,40}|\p{N}){1,12}$/u.test(word) ||
        /^\p{L}[\p{L}\p{N}]{0,40}(?:_[\p{L}\p{N}]{1,40}){1,8}$/u.test(word));
}
/** `(PantryRepository.kt)` → `PantryRepository.kt`: a word without the punctuation around it. */
function trimPunctuation(word) {
    const isWord = (char) => /[\p{L}\p{N}_]/u.test(char);
    let start = 0;
    let end = word.length;
    while (start < end && !isWord(word[start]))
        start++;
    while (end > start && !isWord(word[end - 1]))
        end--;
    return word.slice(start, end);
}
/** A table of operations (`| Operation | Input | Output |`): its first column names them. */
function operationTableNames(header, firstColumn) {
    if (!OPERATION_COLUMN.test(header[0] ?? ''))
        return [];
    return firstColumn.flatMap(cell => spanNames(cell.replace(/`/g, '')));
}
// ---------------------------------------------------------------------------------------------
// JSON and YAML that is not OpenAPI: MCP tool lists, JSON Schema, topics
/** `tools`, `resources` and `prompts` by name (and uri), topics and channels by key, schema definitions and titles. */
function structuredNames(value) {
    if (!isMapping(value))
        return [];
    const names = [];
    if (typeof value.title === 'string')
        names.push(value.title);
    for (const key of MCP_NAMED_LISTS)
        names.push(...namedItems(value[key]));
    for (const key of TOPIC_KEYS) {
        const map = value[key];
        if (isMapping(map))
            names.push(...Object.keys(map));
    }
    for (const key of SCHEMA_DEFINITION_KEYS)
        names.push(...definitionNames(value[key]));
    return names;
}
function namedItems(items) {
    const entries = Array.isArray(items)
        ? items.map(item => [undefined, item])
        : isMapping(items)
            ? Object.entries(items)
            : [];
    return entries.flatMap(([key, item]) => {
        if (!isMapping(item))
            return key ? [key] : [];
        const found = MCP_ITEM_NAME_FIELDS.map(field => item[field]).filter((text) => typeof text === 'string');
        return found.length > 0 ? found : key ? [key] : [];
    });
}
function definitionNames(definitions) {
    if (!isMapping(definitions))
        return [];
    return Object.entries(definitions).flatMap(([key, schema]) => isMapping(schema) && typeof schema.title === 'string' ? [key, schema.title] : [key]);
}
/** A document that is mostly schemas (a DTO catalogue) is named by them; an API by its paths. */
const FEW_PATHS = 3;
/** `info.title`, and the schemas of a document with few or no paths. */
function openApiNames(value) {
    const names = [];
    const info = value.info;
    if (isMapping(info) && typeof info.title === 'string')
        names.push(info.title);
    const paths = isMapping(value.paths) ? Object.keys(value.paths).length : 0;
    if (paths > FEW_PATHS)
        return names;
    const components = value.components;
    const schemas = isMapping(components) ? components.schemas : value.definitions;
    if (isMapping(schemas))
        names.push(...Object.keys(schemas));
    return names;
}
function isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/declarations.ts





/** `ShelfService`, `ICrateService`, `LabelPrinter`: a type name of two words or more. */
const declarations_TYPE_NAME = /^I?[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/;
const declarations_IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*/u;
/** A line of a drawn tree or method list: `├── PrintLabel(name string) → string`. */
const TREE_LINE = /^[\s│├└─┬|`+]*[├└]/u;
const TREE_METHOD = /^[\s│├└─┬|`+]*([\p{L}_][\p{L}\p{N}_]*)\s*\(/u;
const SOURCE_PATH = /^[\w@.[\]()-]+(?:\/[\w@.[\]()-]+)*\.[a-z0-9]+$/i;
function markdownDeclarations(root) {
    const groups = [];
    const homes = [];
    const files = [];
    const interfaces = [];
    let current;
    for (const node of root.children) {
        if (node.type === 'heading') {
            if (current && node.depth <= current.depth)
                current = undefined;
            const name = sectionType(node);
            if (name) {
                current = groups.find(group => group.name === name) ?? {
                    name,
                    depth: node.depth,
                    members: []
                };
                if (!groups.includes(current))
                    groups.push(current);
                current.depth = node.depth;
            }
            continue;
        }
        if (current && node.type === 'table')
            addMembers(current, tableOperations(node));
        if (node.type === 'code') {
            if (current)
                addMembers(current, treeMethods(node));
            addInterfaces(interfaces, declaredInterfaces(node.value, node.lang));
            files.push(...treeFiles(node).filter(file => !files.some(known => known.path === file.path)));
        }
        for (const home of statedHomes(node))
            if (!homes.includes(home))
                homes.push(home);
    }
    const declared = groups
        .filter(group => group.members.length > 0)
        .map(({ name, members }) => ({ name, members }));
    const withMethods = interfaces.filter(declared => declared.members.length > 0);
    if (declared.length + homes.length + files.length + withMethods.length === 0)
        return undefined;
    return {
        groups: declared,
        homes,
        files,
        ...(withMethods.length > 0 ? { interfaces: withMethods } : {})
    };
}
/** The same interface in two blocks (its declaration, then its implementation) is one. */
function addInterfaces(known, found) {
    for (const declared of found) {
        const same = known.find(other => other.name === declared.name);
        if (!same)
            known.push({ ...declared, members: [...declared.members] });
        else
            for (const member of declared.members)
                if (!same.members.includes(member))
                    same.members.push(member);
    }
}
/** `## ShelfService`, `## CrateTrackingService (P5)`, `## LabelPrinter Interface`. */
function sectionType(heading) {
    const first = plainText(heading)
        .trim()
        .replace(/^[\d.]+\s+/, '')
        .split(/\s+/)[0]
        ?.replace(/`/g, '');
    return first && declarations_TYPE_NAME.test(first) ? first : undefined;
}
function addMembers(section, members) {
    for (const member of members)
        if (!section.members.includes(member))
            section.members.push(member);
}
function tableOperations(table) {
    const [header, ...rows] = table.children;
    const title = header?.children[0] ? plainText(header.children[0]).trim() : '';
    if (!OPERATION_COLUMN.test(title))
        return [];
    return rows.flatMap(row => {
        const cell = row.children[0] ? plainText(row.children[0]).replace(/`/g, '').trim() : '';
        const qualified = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(cell)?.[0] ?? '';
        const member = qualified.slice(qualified.lastIndexOf('.') + 1);
        return declarations_IDENTIFIER.test(member) ? [member] : [];
    });
}
/** `LabelPrinter` drawn as a tree of its methods: `├── PrintLabel(…) → string`. */
function treeMethods(code) {
    const lines = code.value.split('\n');
    if (!lines.some(line => TREE_LINE.test(line)))
        return [];
    return lines
        .filter(line => TREE_LINE.test(line))
        .flatMap(line => {
        const method = TREE_METHOD.exec(line)?.[1];
        return method ? [method] : [];
    });
}
/** The source files of a directory tree the contract draws for its own code. */
function treeFiles(code) {
    if (!/[├└]/.test(code.value) || /\(/.test(code.value.split('\n')[0] ?? ''))
        return [];
    return readTree(code.value)
        .filter(entry => !entry.isDirectory && entry.path.includes('/') && SOURCE_PATH.test(entry.path))
        .map(entry => ({ path: entry.path, note: entry.note }));
}
/** The code spans after a home label: `**Package**: `x` (`packages/x`)`, `- **File**: `a/b.kt``. */
function statedHomes(node) {
    if (node.type === 'paragraph')
        return homesIn(node);
    if (node.type === 'list')
        return node.children.flatMap(item => item.children.flatMap(child => (child.type === 'paragraph' ? homesIn(child) : [])));
    return [];
}
function homesIn(paragraph) {
    const homes = [];
    let label = '';
    for (const child of paragraph.children) {
        if (child.type === 'strong')
            label = plainText(child).replace(/:\s*$/, '').trim();
        else if (child.type === 'break')
            label = '';
        else if (child.type === 'inlineCode' && HOME_LABEL.test(label))
            homes.push(child.value.trim());
    }
    return homes.filter(Boolean);
}
/** A JSON or YAML contract's tools, prompts and resources, when it lists any. */
function structuredDeclarations(value) {
    if (!isMapping(value))
        return undefined;
    const keys = SERVED_KEYS.filter(key => key in value);
    if (keys.length === 0)
        return undefined;
    // A resource is called by its URI; a tool or prompt by its name.
    const operations = keys.flatMap(key => servedItems(value[key], key.startsWith(RESOURCE_KEY_PREFIX) ? RESOURCE_NAME_FIELDS : [SERVED_NAME_FIELD]));
    return { groups: [], homes: [], files: [], operations };
}
function servedItems(items, fields) {
    const entries = Array.isArray(items)
        ? items.map(item => [undefined, item])
        : isMapping(items)
            ? Object.entries(items)
            : [];
    return entries.flatMap(([key, item]) => {
        const named = isMapping(item)
            ? fields.map(field => item[field]).find(text => typeof text === 'string')
            : undefined;
        return typeof named === 'string' ? [named] : key ? [key] : [];
    });
}

// EXTERNAL MODULE: ./node_modules/graphql/index.js
var graphql = __webpack_require__(7645);
// EXTERNAL MODULE: ./src/core/parse/finding.ts
var parse_finding = __webpack_require__(4202);
;// CONCATENATED MODULE: ./src/core/parse/contracts/graphql.ts
/**
 * GraphQL SDL → the fields of the root operation types (Query, Mutation, Subscription, or the
 * types a `schema { … }` block names), including `extend type Query` blocks.
 */





function looksLikeGraphql(text) {
    return GRAPHQL_DEFINITION_LINE.test(text);
}
function graphqlEndpoints(doc) {
    let ast;
    try {
        ast = (0,graphql/* parse */.qgA)(doc.text, { noLocation: false });
    }
    catch (error) {
        const location = error instanceof graphql/* GraphQLError */.eOn ? error.locations?.[0] : undefined;
        const message = error instanceof graphql/* GraphQLError */.eOn ? error.message : String(error);
        // What its lines still say is kept: a test naming `Query.orders` tests this contract all the same.
        const { endpoints, names } = graphqlFromText(doc);
        return {
            endpoints,
            names,
            findings: [
                (0,parse_finding/* parseError */.u)({ file: doc.path, line: location?.line ?? 1, column: location?.column ?? 1 }, `Cannot parse ${doc.path} as GraphQL: ${message}`)
            ]
        };
    }
    const roots = rootTypes(ast);
    const endpoints = [];
    const names = [];
    for (const definition of ast.definitions) {
        if (TYPE_DEFINITIONS.has(definition.kind) && 'name' in definition && definition.name) {
            if (!roots.has(definition.name.value))
                names.push(definition.name.value);
        }
        if (definition.kind !== 'ObjectTypeDefinition' && definition.kind !== 'ObjectTypeExtension')
            continue;
        const operation = roots.get(definition.name.value);
        if (!operation)
            continue;
        for (const field of definition.fields ?? [])
            endpoints.push(graphql_endpoint(doc, definition.name.value, operation, field));
    }
    return { endpoints, names, findings: [] };
}
const TYPE_DEFINITIONS = new Set([
    graphql/* Kind */.b8C.OBJECT_TYPE_DEFINITION,
    graphql/* Kind */.b8C.INPUT_OBJECT_TYPE_DEFINITION,
    graphql/* Kind */.b8C.INTERFACE_TYPE_DEFINITION,
    graphql/* Kind */.b8C.ENUM_TYPE_DEFINITION,
    graphql/* Kind */.b8C.UNION_TYPE_DEFINITION
]);
/** `Query`, `Mutation`, `Subscription` unless a `schema { query: Root }` block renames them. */
function rootTypes(ast) {
    const roots = new Map(GRAPHQL_ROOT_TYPES);
    for (const definition of ast.definitions) {
        if (definition.kind !== 'SchemaDefinition' && definition.kind !== 'SchemaExtension')
            continue;
        for (const operation of definition.operationTypes ?? []) {
            roots.set(operation.type.name.value, operation.operation.toUpperCase());
        }
    }
    return roots;
}
function graphql_endpoint(doc, typeName, operation, field) {
    // The field's own location starts at its description, which can be lines above the name.
    const token = field.name.loc?.startToken;
    return graphqlFieldEndpoint(doc, typeName, operation, field.name.value, {
        line: token?.line ?? 1,
        column: token?.column ?? 1
    });
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/proto.ts


function rpcEndpoints(lines) {
    const endpoints = [];
    let service;
    for (const { text, position } of lines) {
        const trimmed = text.trim();
        const serviceMatch = PROTO_SERVICE_LINE.exec(trimmed);
        if (serviceMatch)
            service = serviceMatch[1];
        const rpc = PROTO_RPC_LINE.exec(trimmed);
        if (!rpc)
            continue;
        endpoints.push(rpcEndpoint(rpc[1], service, {
            ...position,
            column: position.column + text.indexOf(PROTO_RPC)
        }));
    }
    return endpoints;
}
function rpcEndpoint(method, service, source) {
    return {
        kind: 'rpc',
        method: undefined,
        path: method,
        name: service ? `${service}.${method}` : method,
        operationId: method,
        tags: service ? [service] : [],
        resource: nameResource(method),
        basePath: undefined,
        consumed: false,
        source
    };
}
/** The messages, enums and services a proto file declares, which tests name as often as its RPCs. */
function protoNames(text) {
    return text.split('\n').flatMap(line => {
        const match = PROTO_DECLARATION_LINE.exec(line);
        return match ? [match[1]] : [];
    });
}

;// CONCATENATED MODULE: ./src/core/vocabulary/contracts-consumed.ts
/**
 * What the product knows about how a contract says an API is someone else's: sections and
 * labels over the endpoints a feature only calls, the sentences in which a contract says it
 * exposes no new API, and the sections where it sums itself up or lists its pages.
 */

/**
 * Decides which section titles hold someone else's API ("Billing REST Endpoints Used",
 * "Required Capabilities"): matched as whole words anywhere in the title (pattern sources).
 */
const CONSUMED_SECTION_WORDS = [
    'used',
    'consumed',
    'consumes',
    'external',
    'third[- ]party',
    'upstream',
    'existing',
    'dependencies',
    'depends on',
    'required capabilities',
    'api calls',
    'calls to',
    'outbound'
];
/** … or as the title's first word. */
const CONSUMED_SECTION_OPENINGS = ['calls'];
/** Decides which of those titles still hold our endpoints: those "used by" a client … */
const OWN_SECTION_PHRASES = ['used by'];
/** … and "Existing endpoints (modified)", "Extended routes": stems matched at a word's start. */
const OWN_SECTION_STEMS = ['modif', 'extend', 'chang', 'updat'];
const CONSUMED_SECTION = (0,build/* pattern */.T1)('contract-consumed-section', `\\b${(0,build/* alternation */.Ql)(CONSUMED_SECTION_WORDS, true)}\\b|^${(0,build/* alternation */.Ql)(CONSUMED_SECTION_OPENINGS)}\\b`, 'i');
const OWN_SECTION = (0,build/* pattern */.T1)('contract-own-section', `\\b${(0,build/* alternation */.Ql)(OWN_SECTION_PHRASES)}\\b|\\b${(0,build/* alternation */.Ql)(OWN_SECTION_STEMS)}`, 'i');
/** Decides which labels before a list of endpoints mark them as called: "**API calls**:" (pattern sources). */
const CONSUMED_LABELS = [
    'api calls',
    'calls',
    'consumes',
    'consumed apis?',
    'uses(?: existing)?(?: apis?| endpoints?)?',
    'required capabilities',
    'dependencies',
    'depends on',
    'external apis?',
    'upstream apis?'
];
const CONSUMED_LABEL = (0,build/* pattern */.T1)('contract-consumed-label', `^${(0,build/* alternation */.Ql)(CONSUMED_LABELS, true)}\\s{0,2}:\\s{0,2}`, 'i');
/** The nouns of "no new APIs" (pattern sources). */
const API_NOUNS = ['apis?', 'endpoints?'];
/** Decides which verbs say a contract brings something: "exposes no new APIs". */
const EXPOSING_VERBS = ['exposes', 'introduces', 'adds', 'defines', 'provides', 'creates'];
/** "No new endpoints are added": the verbs and their participles. */
const BEING_WORDS = ['are', 'is', 'will be'];
const ADDED_WORDS = ['added', 'introduced', 'exposed', 'created', 'needed', 'required'];
/** "Does not expose any new APIs". */
const NEGATED_EXPOSING_VERBS = ['expose', 'add', 'introduce'];
/** "This feature exposes no new APIs": every endpoint it lists is someone else's. */
const NO_NEW_APIS = (0,build/* pattern */.T1)('contract-no-new-apis', `\\b${(0,build/* alternation */.Ql)(EXPOSING_VERBS)}\\s{1,3}no\\s{1,3}new(?:\\s{1,3}[\\w-]{1,20}){0,2}?\\s{1,3}${(0,build/* alternation */.Ql)(API_NOUNS, true)}\\b` +
    `|\\bno new (?:[\\w-]{1,20} ){0,2}${(0,build/* alternation */.Ql)(API_NOUNS, true)} ${(0,build/* alternation */.Ql)(BEING_WORDS)} ${(0,build/* alternation */.Ql)(ADDED_WORDS)}\\b` +
    `|\\bdoes(?: not|n't) ${(0,build/* alternation */.Ql)(NEGATED_EXPOSING_VERBS)} any (?:new )?(?:[\\w-]{1,20} )?${(0,build/* alternation */.Ql)(API_NOUNS, true)}\\b`, 'i');
/** Decides which sections sum a contract up, where "no new APIs" counts (matched at the title's start). */
const SUMMARY_SECTIONS = ['overview', 'summary', 'purpose', 'scope', 'introduction'];
const SUMMARY_SECTION = (0,build/* leadingWordPattern */.Pj)('contract-summary-section', SUMMARY_SECTIONS, 'i');
/** Decides which sections list the pages a feature serves even when it "exposes no new APIs" (pattern sources). */
const PAGE_SECTION_WORDS = ['pages?', 'screens?', 'ui routes?'];
const PAGE_SECTION = (0,build/* wholeWordPattern */.i7)('contract-page-section', PAGE_SECTION_WORDS, 'i', true);

;// CONCATENATED MODULE: ./src/core/parse/contracts/markdown.ts








function markdownContract(doc) {
    const root = parseMarkdown(doc.text, { tables: doc.text.includes('\n|') });
    const title = firstTitle(root);
    const cli = isCliContract(doc, title);
    const found = [];
    const walk = {
        consumedDepth: 0,
        pageDepth: 0,
        noNewApis: saysNoNewApis(root),
        labelled: false
    };
    for (const node of root.children) {
        if (node.type === 'heading') {
            const text = plainText(node).trim();
            markdown_enterSection(walk, node.depth, text);
            const own = marked(headingEndpoints(node, text, doc.path, cli), walk.consumedDepth > 0);
            found.push(...(walk.noNewApis && walk.pageDepth === 0 ? calledApis(own) : own));
            walk.labelled = false;
            continue;
        }
        const listed = blockEndpoints(node, doc, walk.consumedDepth > 0 || walk.labelled);
        found.push(...(walk.noNewApis ? calledApis(listed) : listed));
        walk.labelled = endsWithConsumedLabel(node);
    }
    return {
        title,
        endpoints: dedupe(found),
        names: markdownNames(root),
        declarations: markdownDeclarations(root)
    };
}
/**
 * Sections that list someone else's API ("Billing REST Endpoints Used") keep their endpoints, to
 * name the contract by, but mark them consumed: nobody in this feature implements them. A feature
 * that "exposes no new APIs" still serves its pages, the routes written as headings in a section
 * about pages (`### GET /shelves — Shelves page`); what those pages list is what they call.
 */
function markdown_enterSection(walk, depth, text) {
    if (walk.consumedDepth > 0 && depth <= walk.consumedDepth)
        walk.consumedDepth = 0;
    if (walk.pageDepth > 0 && depth <= walk.pageDepth)
        walk.pageDepth = 0;
    if (walk.consumedDepth === 0 && CONSUMED_SECTION.test(text) && !OWN_SECTION.test(text))
        walk.consumedDepth = depth;
    // The title ("Page route contracts") says what the file is, not which part is pages.
    if (walk.pageDepth === 0 && depth > 1 && PAGE_SECTION.test(text))
        walk.pageDepth = depth;
}
/** The statement counts in the text before the first section, or in an Overview-like section. */
function saysNoNewApis(root) {
    let summary = true;
    for (const node of root.children) {
        if (node.type === 'heading') {
            summary = node.depth === 1 || SUMMARY_SECTION.test(plainText(node).trim());
            continue;
        }
        if (summary && node.type === 'paragraph' && NO_NEW_APIS.test(plainText(node)))
            return true;
    }
    return false;
}
function endsWithConsumedLabel(node) {
    if (node.type !== 'paragraph')
        return false;
    const lines = plainText(node).split('\n');
    const last = lines[lines.length - 1].trim();
    const label = CONSUMED_LABEL.exec(last);
    return label !== null && label[0].length === last.length;
}
/** "No new APIs" is about HTTP: the CLI commands or RPCs the contract defines are still built. */
function calledApis(endpoints) {
    return endpoints.map(endpoint => endpoint.kind === 'http' ? { ...endpoint, consumed: true } : endpoint);
}
function marked(endpoints, consumed) {
    return consumed ? endpoints.map(endpoint => ({ ...endpoint, consumed: true })) : endpoints;
}
function firstTitle(root) {
    const h1 = root.children.find(node => node.type === 'heading' && node.depth === 1);
    return h1 ? plainText(h1).trim() : undefined;
}
function isCliContract(doc, title) {
    const name = doc.relativePath.toLowerCase();
    const words = `${name} ${title ?? ''}`.toLowerCase();
    return CLI_CONTRACT.test(words);
}
function headingEndpoints(heading, text, file, cli) {
    const source = positionOf(heading, file);
    const label = stripLabel(text);
    const http = httpEndpoint(label, source);
    if (http)
        return [http];
    const rpc = rpcHeading(label, source);
    if (rpc)
        return [rpc];
    if (cli && heading.depth >= 2) {
        const command = commandHeading(heading, source);
        if (command)
            return [command];
    }
    return [];
}
/** `Endpoint: POST /x`, `Route - GET /y` → the part after the label. */
function stripLabel(text) {
    const match = ENDPOINT_LABEL.exec(text);
    return match ? text.slice(match[0].length) : text;
}
function httpEndpoint(text, source) {
    const tokens = text.trim().split(/\s+/).slice(0, 3).map(markdown_cleanToken);
    const [first, second] = tokens;
    if (!first || !second || !HTTP_METHODS.has(first))
        return undefined;
    const path = trimPath(second);
    if (!path.startsWith('/'))
        return undefined;
    return {
        kind: 'http',
        method: first,
        path,
        name: `${first} ${path}`,
        operationId: undefined,
        tags: [],
        resource: httpResource(path),
        basePath: undefined,
        consumed: false,
        source
    };
}
function markdown_cleanToken(token) {
    return (0,pieces/* trimCharacters */.Bk)(token, '`*_[', '`*_:,;]');
}
/** A path ends at a query string or a description glued on with a dash. */
function trimPath(token) {
    const query = token.indexOf('?');
    return query > 0 ? token.slice(0, query) : token;
}
function rpcHeading(text, source) {
    // Only a colon marks the name: "## gRPC Service Definition" names no method.
    const labelled = RPC_LABEL.exec(text);
    if (labelled)
        return rpcEndpoint(labelled[1], undefined, source);
    const signature = RPC_SIGNATURE.exec(text);
    return signature ? rpcEndpoint(signature[1], undefined, source) : undefined;
}
/** `` ### `shelfctl schema export` `` in a CLI contract: the heading is only a code span. */
function commandHeading(heading, source) {
    const parts = heading.children.filter(child => !(child.type === 'text' && child.value.trim() === ''));
    const code = parts[0];
    if (!code || code.type !== 'inlineCode')
        return undefined;
    const rest = parts
        .slice(1)
        .map(part => plainText(part))
        .join('')
        .trim();
    if (rest && !/^[—–:-]/.test(rest))
        return undefined;
    const command = code.value
        .split(/\s+/)
        .filter(word => /^\w[\w:.-]{0,60}$/.test(word))
        .join(' ');
    if (!command || command.startsWith('/'))
        return undefined;
    return {
        kind: 'cli',
        method: undefined,
        path: command,
        name: command,
        operationId: undefined,
        tags: [],
        resource: commandResource(command),
        basePath: undefined,
        consumed: false,
        source
    };
}
function blockEndpoints(node, doc, consumed) {
    switch (node.type) {
        case 'list':
            return node.children.flatMap(item => listItemEndpoints(item, doc, consumed));
        case 'paragraph':
            return paragraphEndpoints(node, doc, consumed);
        case 'table':
            return marked(tableEndpoints(node, doc.path), consumed);
        case 'code':
            return isProto(node.lang, node.value)
                ? marked(protoBlock(node.value, node.position?.start.line ?? 1, doc.path), consumed)
                : [];
        default:
            return [];
    }
}
/** `- \`GET /x\``, `- **Calls**: \`GET /x\``, and a labelled item's nested list: `- **API calls**:` over `  - \`GET /y\``. */
function listItemEndpoints(item, doc, consumed) {
    const first = item.children[0];
    const line = first ? plainText(first).split('\n')[0] : '';
    const label = CONSUMED_LABEL.exec(line.trim());
    const own = consumed || label !== null;
    const found = httpEndpoint(stripLabel(label ? line.trim().slice(label[0].length) : line), positionOf(item, doc.path));
    const nested = item.children
        .slice(1)
        .flatMap(child => blockEndpoints(child, doc, own));
    return found ? [...marked([found], own), ...nested] : nested;
}
/**
 * Each line of a paragraph may state an endpoint ("**POST** /x — create"), but only when the line
 * is about that endpoint: "`GET /v1/shelves`, `GET /v1/shelves/{id}` and the CLI all expose…" is prose.
 */
function paragraphEndpoints(node, doc, consumed) {
    const start = node.position?.start.line ?? 1;
    return plainText(node)
        .split('\n')
        .flatMap((line, offset) => {
        // "**API calls**: `GET /x`" names one the feature calls.
        const label = CONSUMED_LABEL.exec(line.trim());
        const text = stripLabel(label ? line.trim().slice(label[0].length) : line).trim();
        const found = httpEndpoint(text, { file: doc.path, line: start + offset, column: 1 });
        if (!found)
            return [];
        const rest = text
            .slice(text.indexOf(found.path) + found.path.length)
            .replace(/^\?\S*/, '')
            .trim();
        if (rest !== '' && !/^[—–:(-]/.test(rest))
            return [];
        return marked([found], consumed || label !== null);
    });
}
/** A row whose first cell is `GET /x`, or a method cell followed by a path cell. */
function tableEndpoints(table, file) {
    return table.children.slice(1).flatMap(row => {
        const cells = row.children.map(cell => plainText(cell).trim());
        const source = positionOf(row, file);
        const found = httpEndpoint(cells.slice(0, 2).join(' '), source) ?? httpEndpoint(cells[0] ?? '', source);
        return found ? [found] : [];
    });
}
function isProto(lang, value) {
    const language = (lang ?? '').toLowerCase();
    return (PROTO_FENCE_LANGUAGES.includes(language) ||
        PROTO_BLOCK_KEYWORDS.every(keyword => value.includes(keyword)));
}
function protoBlock(value, fenceLine, file) {
    const lines = value.split('\n').map((text, index) => ({
        text,
        position: { file, line: fenceLine + 1 + index, column: 1 }
    }));
    return rpcEndpoints(lines);
}
/**
 * The same endpoint written twice (a heading and a proto line) is one endpoint, at its first place;
 * served if either place serves it. An RPC heading names no service, so it matches that method of
 * any service; two services' methods of the same name stay two endpoints.
 */
function dedupe(endpoints) {
    const byKey = new Map();
    const byMethod = new Map();
    const result = [];
    for (const endpoint of endpoints) {
        const key = `${endpoint.kind} ${endpoint.method ?? ''} ${endpoint.name}`;
        const rpc = endpoint.kind === 'rpc';
        let kept = byKey.get(key) ??
            (rpc && endpoint.name === endpoint.path ? byMethod.get(endpoint.path) : undefined) ??
            (rpc ? byKey.get(`rpc  ${endpoint.path}`) : undefined);
        if (kept) {
            if (!endpoint.consumed)
                kept.consumed = false;
        }
        else {
            kept = { ...endpoint };
            result.push(kept);
        }
        if (!byKey.has(key))
            byKey.set(key, kept);
        if (rpc && !byMethod.has(endpoint.path))
            byMethod.set(endpoint.path, kept);
    }
    return result;
}
// ---------------------------------------------------------------------------------------------
// Names: identifiers in headings, declarations in code, operations in tables
function markdownNames(root) {
    const names = [];
    for (const node of root.children) {
        if (node.type === 'heading') {
            const spans = node.children
                .filter(child => child.type === 'inlineCode')
                .map(child => child.value);
            const prose = node.children
                .filter(child => child.type !== 'inlineCode')
                .map(child => plainText(child))
                .join(' ');
            names.push(...headingNames(prose, spans));
        }
        else if (node.type === 'code') {
            names.push(...codeNames(node.value, node.lang));
        }
        else if (node.type === 'table') {
            const [header, ...rows] = node.children;
            const titles = header ? header.children.map(cell => plainText(cell).trim()) : [];
            const first = rows.map(row => (row.children[0] ? plainText(row.children[0]).trim() : ''));
            names.push(...operationTableNames(titles, first));
        }
    }
    return distinctiveNames(names);
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/openapi.ts


function isOpenApi(value) {
    return openapi_isMapping(value) && ('openapi' in value || 'swagger' in value);
}
function openApiFormat(value) {
    return 'swagger' in value && !('openapi' in value) ? 'swagger' : 'openapi';
}
function openApiTitle(value) {
    const info = value.info;
    return openapi_isMapping(info) && typeof info.title === 'string' ? info.title : undefined;
}
function openApiEndpoints(value, yaml) {
    const paths = value.paths;
    if (!openapi_isMapping(paths))
        return [];
    const basePath = serverBasePath(value);
    const endpoints = [];
    for (const [path, item] of Object.entries(paths)) {
        if (!openapi_isMapping(item))
            continue;
        for (const [key, operation] of Object.entries(item)) {
            const method = key.toLowerCase();
            if (!OPENAPI_METHODS.includes(method))
                continue;
            endpoints.push({
                ...openapi_endpoint(path, method.toUpperCase(), operation, yaml.positionOf(['paths', path, key])),
                basePath
            });
        }
    }
    return endpoints;
}
function openapi_endpoint(path, method, operation, source) {
    const details = openapi_isMapping(operation) ? operation : {};
    const operationId = typeof details.operationId === 'string' ? details.operationId : undefined;
    const tags = Array.isArray(details.tags)
        ? details.tags.filter((tag) => typeof tag === 'string')
        : [];
    return {
        kind: 'http',
        method,
        path,
        name: `${method} ${path}`,
        operationId,
        tags,
        resource: httpResource(path),
        basePath: undefined,
        consumed: false,
        source
    };
}
/**
 * The path part of the first server (`https://api.example.com/shelving/v1` → `/shelving/v1`, or a
 * relative `/api/v1`), or Swagger 2's `basePath`. None for `/` or a URL whose path is a template.
 */
function serverBasePath(value) {
    const servers = value.servers;
    const first = Array.isArray(servers) ? servers[0] : undefined;
    const url = openapi_isMapping(first) && typeof first.url === 'string' ? first.url : undefined;
    const raw = url !== undefined ? urlPath(url) : typeof value.basePath === 'string' ? value.basePath : '';
    let path = raw.slice(0, firstIndex(raw, ['?', '#']));
    while (path.endsWith('/'))
        path = path.slice(0, -1);
    if (!path.startsWith('/') || /[{}\s]/.test(path))
        return undefined;
    return path;
}
function firstIndex(text, chars) {
    const found = chars.map(char => text.indexOf(char)).filter(at => at >= 0);
    return found.length > 0 ? Math.min(...found) : text.length;
}
function urlPath(url) {
    const scheme = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/]*/i.exec(url.trim());
    if (scheme)
        return url.trim().slice(scheme[0].length);
    // `{scheme}://{host}/v1` is all template until its path.
    const templated = /^\{[^}]{1,40}\}:\/\/[^/]*/.exec(url.trim());
    return templated ? url.trim().slice(templated[0].length) : url.trim();
}
function openapi_isMapping(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/index.ts
/**
 * Every file under contracts/ is a contract: OpenAPI/Swagger, GraphQL, JSON Schema, protobuf or
 * markdown endpoints are read; anything else is kept as a contract without endpoints, so its
 * contract test is still planned and checked rather than silently dropped.
 */












function parseContract(doc) {
    const reading = read(doc);
    const fileName = doc.path.slice(doc.path.lastIndexOf('/') + 1);
    const names = distinctiveNames(reading.names);
    const { title, declarations } = reading;
    return {
        contract: {
            path: doc.path,
            fileName,
            format: reading.format,
            title,
            endpoints: reading.endpoints,
            names,
            ...(declarations ? { declarations } : {}),
            declared: declaredCode({ title, fileName, names, declarations }),
            source: { file: doc.path, line: 1, column: 1 }
        },
        findings: reading.findings
    };
}
function read(doc) {
    const extension = extensionOf(doc.path);
    if (extension === 'md' || extension === 'markdown' || extension === 'mdx') {
        const { title, endpoints, names, declarations } = markdownContract(doc);
        return { format: 'markdown', title, endpoints, names, findings: [], declarations };
    }
    if (extension === 'graphql' ||
        extension === 'gql' ||
        (extension === 'graphqls' && looksLikeGraphql(doc.text))) {
        const { endpoints, names, findings } = graphqlEndpoints(doc);
        return { format: 'graphql', title: undefined, endpoints, names, findings };
    }
    if (extension === 'proto') {
        const lines = doc.text.split('\n').map((text, index) => ({
            text,
            position: { file: doc.path, line: index + 1, column: 1 }
        }));
        return {
            format: 'unknown',
            title: undefined,
            endpoints: rpcEndpoints(lines),
            names: protoNames(doc.text),
            findings: []
        };
    }
    if (extension === 'yaml' || extension === 'yml' || extension === 'json')
        return readStructured(doc);
    if (SOURCE_EXTENSIONS.includes(extension))
        return readSource(doc, extension);
    return { format: 'unknown', title: undefined, endpoints: [], names: [], findings: [] };
}
/** A contract written as a source file (`shelf-repository.kt`, `api.ts`): read as one code block. */
function readSource(doc, extension) {
    const interfaces = declaredInterfaces(doc.text, extension).filter(declared => declared.members.length > 0);
    return {
        format: 'unknown',
        title: undefined,
        endpoints: [],
        names: codeNames(doc.text, extension),
        findings: [],
        declarations: interfaces.length > 0 ? { groups: [], homes: [], files: [], interfaces } : undefined
    };
}
function readStructured(doc) {
    const yaml = (0,parse_yaml/* readYaml */.g)(doc);
    const value = yaml.value;
    if (yaml.findings.length > 0)
        return {
            format: 'unknown',
            title: undefined,
            endpoints: [],
            // A test naming one of its operations still tests it, though the file does not parse.
            names: operationIdsFromText(doc.text),
            findings: yaml.findings
        };
    if (isOpenApi(value)) {
        return {
            format: openApiFormat(value),
            title: openApiTitle(value),
            endpoints: openApiEndpoints(value, yaml),
            names: openApiNames(value),
            findings: []
        };
    }
    const names = structuredNames(value);
    const declarations = structuredDeclarations(value);
    if (isJsonSchema(value)) {
        const title = typeof value.title === 'string' ? value.title : undefined;
        return { format: 'json-schema', title, endpoints: [], names, findings: [], declarations };
    }
    return { format: 'unknown', title: undefined, endpoints: [], names, findings: [], declarations };
}
function isJsonSchema(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    return (JSON_SCHEMA_KEYS.some(key => key in value) ||
        (typeof value.type === 'string' && 'title' in value));
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

;// CONCATENATED MODULE: ./src/core/parse/contracts/no-contract.ts

function contractDocuments(docs) {
    return docs.filter(doc => doc.text.trim() !== '' && !indexesOthers(doc, docs));
}
function indexesOthers(doc, docs) {
    if (!FOLDER_INDEX_STEMS.includes(no_contract_stemOf(fileName(doc.path)).toLowerCase()))
        return false;
    const folder = folderOf(doc.path);
    const text = doc.text.toLowerCase();
    return docs.some(other => other !== doc &&
        folderOf(other.path) === folder &&
        other.text.trim() !== '' &&
        text.includes(fileName(other.path).toLowerCase()));
}
function fileName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function folderOf(path) {
    return path.slice(0, path.lastIndexOf('/') + 1);
}
function no_contract_stemOf(name) {
    const dot = name.indexOf('.');
    return dot > 0 ? name.slice(0, dot) : name;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-aliases.ts
/**
 * What the data-model reader knows about the other names an entity's section gives it: the
 * phrases that name the code implementing it or the file storing it, and type names too common to
 * name any entity in particular.
 */

/** Decides that the code span after it names the type implementing the entity: "Backed by `ShelfRow`". */
const ANCHOR_PHRASES = [
    'anchor',
    'implemented (?:by|as|in)',
    'implementation class',
    'maps? to',
    'mapped to',
    'backed by',
    'represented by',
    'stored as',
    'lives in'
];
const ANCHOR = (0,build/* wholeWordPattern */.i7)('data-model-anchor', ANCHOR_PHRASES, 'i', true);
/** Decides that the file name after it is where the entity is stored: "Stored in `pantry.toml`"… */
const STORAGE_PHRASES = [
    'stored (?:in|at|as|to)',
    'persisted (?:in|at|as|to)',
    'saved (?:in|at|to|as)',
    'written (?:to|at|as)',
    'lives in'
];
/** …or that a label says so: "**Storage**: `<dir>/jars.json`". */
const STORAGE_LABELS = ['storage', 'file'];
const STORAGE = (0,build/* pattern */.T1)('data-model-storage', `${(0,build/* wholeWords */.pC)(STORAGE_PHRASES, true)}|\\b${(0,build/* alternation */.Ql)(STORAGE_LABELS)}\\s{0,2}:`, 'i');
/**
 * Decides that the file after it makes the entity: "Produced by `scripts/tally.py`". A task that
 * changes that script makes the record, so the script's file name is a name of the entity.
 */
const PRODUCER_PHRASES = [
    'produced by',
    'generated by',
    'emitted by',
    'written by',
    'output (?:of|by)',
    'exported by',
    'created by',
    'built by'
];
const PRODUCER = (0,build/* wholeWordPattern */.i7)('data-model-producer', PRODUCER_PHRASES, 'i', true);
/** Type names so common that a task naming one names no entity in particular. */
const GENERIC_TYPE_NAMES = new Set([
    'error',
    'result',
    'status',
    'state',
    'type',
    'data',
    'value',
    'config',
    'options',
    'request',
    'response',
    'event',
    'message',
    'item',
    'entry',
    'node',
    'record'
]);

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-fields.ts
/**
 * What the data-model reader knows about how an entity's fields are written: the labels of a
 * section's parts, the labels and table headers of field lists, and the words that are types.
 */

/** Decides that a list of "**Label**: …" items describes one entity rather than lists its fields. */
const PART_LABEL_WORDS = [
    'fields?',
    'primary fields',
    'derived fields',
    'new fields',
    'campos',
    'attributes?',
    'properties',
    'purpose',
    'description',
    'validation',
    'validation rules',
    'relationships?',
    'relations',
    'state transitions?',
    'states?',
    'lifecycle',
    'notes?',
    'identity',
    'metadata',
    'indexes',
    'existing',
    'new',
    'operations',
    'derived',
    'definition',
    'structure',
    'constraints',
    'business rules'
];
const PART_LABEL = (0,build/* leadingWordPattern */.Pj)('data-model-part-label', PART_LABEL_WORDS, 'i', true);
/** The nouns for an entity's fields, in a part's label and in a sub-section's title. */
const FIELD_NOUNS = [
    'fields?',
    'campos',
    'attributes?',
    'atributos',
    'properties',
    'propiedades',
    'columns'
];
/** Decides that a labelled part holds fields ("**Fields**:", "Atributos:")… */
const FIELD_LABEL_WORDS = [
    ...FIELD_NOUNS,
    'definition',
    'structure',
    'schema',
    'shape',
    'members',
    'props',
    'new'
];
const FIELD_LABEL = (0,build/* wholeWordPattern */.i7)('data-model-field-label', FIELD_LABEL_WORDS, 'i', true);
/** …unless its label says otherwise ("Existing fields", "Validation rules", "Index columns"). */
const NOT_FIELD_LABEL_WORDS = [
    'existing',
    'unchanged',
    'validation',
    'rules',
    'index',
    'indexes',
    'relationships?',
    'relations',
    'states?',
    'transitions?',
    'lifecycle',
    'notes?',
    'examples?',
    'constraints',
    'usage',
    'mapping',
    'operations',
    'events',
    'services',
    'invariants',
    'thresholds',
    'purpose',
    'description'
];
const NOT_FIELD_LABEL = (0,build/* wholeWordPattern */.i7)('data-model-not-field-label', NOT_FIELD_LABEL_WORDS, 'i', true);
/** Decides that a table lists fields: its first column's header names them ("Field", "Column", "Campo"). */
const NAME_HEADER_WORDS = [
    'field',
    'fields',
    'field name',
    'attribute',
    'attributes',
    'column',
    'columns',
    'name',
    'property',
    'properties',
    'campo',
    'key',
    'member',
    'parameter',
    'param',
    '属性',
    '字段',
    '필드',
    '속성'
];
const NAME_HEADER = (0,build/* leadingWordPattern */.Pj)('data-model-name-header', NAME_HEADER_WORDS, 'i');
/** Decides which column of a field table holds the type. */
const TYPE_HEADER_WORDS = ['type', 'data type', 'tipo', 'kind', '타입', '类型'];
const TYPE_HEADER = (0,build/* leadingWordPattern */.Pj)('data-model-type-header', TYPE_HEADER_WORDS, 'i');
/** Decides which column of a field table describes the field. */
const DESCRIPTION_HEADER_WORDS = [
    'desc',
    'description',
    'notes?',
    'meaning',
    'purpose',
    'rules?',
    'constraints?',
    'details?',
    'comment',
    'validation',
    'descripci[oó]n',
    '설명',
    '说明'
];
const DESCRIPTION_HEADER = (0,build/* wholeWordPattern */.i7)('data-model-description-header', DESCRIPTION_HEADER_WORDS, 'i', true);
/** Words allowed between the code spans of a line that lists several fields: `` `a`, `b` and `c` ``. */
const FIELD_LIST_CONJUNCTIONS = ['and', 'or', 'y'];
const FIELD_NAMES_ONLY_GAP = (0,build/* pattern */.T1)('data-model-field-names-only-gap', `^[\\s,;]*(?:${(0,build/* alternation */.Ql)(FIELD_LIST_CONJUNCTIONS)}[\\s,;]*)?$`);
/**
 * Decides that a "field" is the name of an environment: a list or table keyed by them
 * (`- **Development**: level DEBUG`, `- **Production**: level WARN`) holds settings per
 * environment, not the fields of an entity.
 */
const ENVIRONMENT_NAMES = [
    'development',
    'dev',
    'staging',
    'stage',
    'production',
    'prod',
    'test',
    'testing',
    'local',
    'qa',
    'uat',
    'preview',
    'sandbox',
    'ci'
];
const ENVIRONMENT_NAME = (0,build/* wholeValuePattern */.XJ)('data-model-environment-name', ENVIRONMENT_NAMES, 'i');
/** Decides which column of a table of entities holds each one's fields. */
const FIELDS_COLUMN_WORDS = ['fields', 'attributes', 'properties', 'members', 'campos'];
const FIELDS_COLUMN = (0,build/* wholeValuePattern */.XJ)('data-model-fields-column', FIELDS_COLUMN_WORDS, 'i');
/** Decides what stands between several field names on one line: `roundId, memberId`, `lat and lng`. */
const FIELD_NAME_SEPARATOR = (0,build/* pattern */.T1)('data-model-field-name-separator', `^(?:\\s{0,2},\\s{0,2}(?:${(0,build/* alternation */.Ql)(FIELD_LIST_CONJUNCTIONS)}\\s{1,2})?|\\s{1,2}${(0,build/* alternation */.Ql)(FIELD_LIST_CONJUNCTIONS)}\\s{1,2})`);
/** Decides that a word in parentheses is a field's type: `Page title (string)`. */
const PRIMITIVE_TYPES = [
    'string',
    'str',
    'text',
    'int',
    'integer',
    'long',
    'short',
    'number',
    'float',
    'double',
    'decimal',
    'bool',
    'boolean',
    'date',
    'datetime',
    'timestamp',
    'uuid',
    'guid',
    'json',
    'object',
    'array',
    'list',
    'map',
    'bytes',
    'enum',
    'char',
    'varchar',
    'any'
];
const PRIMITIVE = (0,build/* leadingWordPattern */.Pj)('data-model-primitive', PRIMITIVE_TYPES, 'i');
/** Decides that what opens a field's parentheses is a note, not a type: `(optional)`, `(e.g. 3)`. */
const NOT_TYPE_WORDS = ['optional', 'required', 'nullable', 'e.g', 'i.e', 'see', 'default'];
const NOT_TYPE = (0,build/* leadingWordPattern */.Pj)('data-model-not-type', NOT_TYPE_WORDS, 'i');
/** Where the type after a field's colon ends and its description begins: `: UUID (primary key)`. */
const FIELD_TYPE_ENDS = [' (', ' - ', ' — ', ' – ', ', ', '; ', '. '];

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model.ts
/**
 * What the data-model reader knows about the titles of a data model's sections: which discuss the
 * model rather than name a part of it, which describe the entity above them, which group entities,
 * and how a heading names an entity. English and Spanish words, and Korean and Chinese ones where
 * data models have been written in them.
 */


/** Decides that a title discusses the model ("Overview", "Validation Rules"): no entity, nor below it. */
const ABOUT_MODEL_WORDS = [
    'overview',
    'summary',
    'purpose',
    'introduction',
    'background',
    'scope',
    'relationships?',
    'relations',
    'relaciones',
    'associations',
    'transitions?',
    'transiciones',
    'lifecycle',
    'life cycle',
    'state machines?',
    'rules',
    'reglas',
    'invariants',
    'constraints',
    'restricciones',
    'conditions',
    'indexes',
    '[ií]ndices',
    'migrations?',
    'examples?',
    'ejemplos?',
    'notes',
    'notas',
    'questions',
    'assumptions',
    'glossary',
    'references',
    'diagram',
    'erd',
    'strategy',
    'considerations',
    'guidelines',
    'conventions',
    'decisions',
    'mappings?',
    'mapeo',
    'taxonomy',
    'delta',
    'diff',
    'changes',
    'enums?',
    'enumerations?',
    'next steps',
    'checklist',
    'why',
    'how',
    // "Logging Configuration per Environment": settings that differ by where the code runs.
    'per environments?',
    'by environments?',
    'for each environment',
    'per stages?',
    'per deployments?'
];
const ABOUT_MODEL = (0,build/* wholeWordPattern */.i7)('data-model-about-model', ABOUT_MODEL_WORDS, 'i', true);
/** The same in scripts written without word boundaries: validation, rules, example, state… */
const ABOUT_MODEL_NON_LATIN_WORDS = [
    '유효성',
    '규칙',
    '예제',
    '예시',
    '매핑',
    '상태',
    '목록',
    '설정 예',
    '验证',
    '规则',
    '示例',
    '映射',
    '状态',
    '关系',
    '관계'
];
const ABOUT_MODEL_NON_LATIN = (0,build/* anywherePattern */.sI)('data-model-about-model-non-latin', ABOUT_MODEL_NON_LATIN_WORDS, 'u');
/** Decides that a title is about the system around the model ("Storage"), unless it has fields. */
const ABOUT_SYSTEM_WORDS = [
    'validation',
    'validaci[oó]n',
    'storage',
    'persistence',
    'database',
    'seeding',
    'seed data',
    'default data',
    'quer(?:y|ies)',
    'patterns?',
    'flow',
    'performance',
    'security',
    'testing',
    'tests',
    'scenarios',
    'architecture',
    'implementation',
    'operations',
    'operaciones',
    'efectos',
    'layout',
    'partitioning',
    'retention',
    'repositor(?:y|ies)',
    'services',
    'domain events',
    'resources',
    'layers?',
    'extensions',
    'contracts?',
    'status',
    'dependencies',
    'sync',
    'sql'
];
const ABOUT_SYSTEM = (0,build/* wholeWordPattern */.i7)('data-model-about-system', ABOUT_SYSTEM_WORDS, 'i', true);
/** Decides that a sub-section describes the entity above it ("Fields", "Campos", "Primary Key"). */
const PART_TITLE_WORDS = [
    ...FIELD_NOUNS,
    'schema',
    'structure',
    'definition',
    'shape',
    'keys?',
    'primary key',
    'members',
    'new fields',
    'data',
    'example'
];
const PART_TITLE = (0,build/* leadingWordPattern */.Pj)('data-model-part-title', PART_TITLE_WORDS, 'i', true);
/** Decides that a section groups entities, which then need no fields ("Core Entities", "Models"). */
const STRONG_GROUP_WORDS = [
    'entit(?:y|ies)',
    'entidad(?:es)?',
    'models',
    'modelos',
    'domain models?',
    'data models?',
    'types',
    'tables',
    'records',
    'messages',
    'dtos',
    'structs',
    'classes',
    'objects',
    'aggregates?'
];
const STRONG_GROUP = (0,build/* wholeWordPattern */.i7)('data-model-strong-group', STRONG_GROUP_WORDS, 'i', true);
/** Decides that a section may group entities written as code (`` `Settings` `` under "Config"). */
const WEAK_GROUP_WORDS = ['schemas?', 'configurations?', 'config', 'data', 'esquemas?'];
const WEAK_GROUP = (0,build/* wholeWordPattern */.i7)('data-model-weak-group', WEAK_GROUP_WORDS, 'i', true);
/** Decides that a title labels an entity (`Entity: Invoice`), and what to cut from its name. */
const ENTITY_LABEL_WORDS = ['entity', 'entidad', 'entité', 'model', 'table'];
const ENTITY_LABEL = (0,build/* pattern */.T1)('data-model-entity-label', `^${(0,build/* alternation */.Ql)(ENTITY_LABEL_WORDS)}\\s{0,2}:`, 'i');
const ENTITY_LABEL_PREFIX = (0,build/* pattern */.T1)('data-model-entity-label-prefix', `^${(0,build/* alternation */.Ql)(ENTITY_LABEL_WORDS)}\\s{0,2}:\\s{0,2}`, 'i');
/** Decides that a heading, or a section above it, holds enumerations, which are never entities. */
const ENUM_TITLE_WORDS = ['enum', 'enums', 'enumerations?', 'enumeraci[oó]n'];
const ENUM_TITLE = (0,build/* wholeWordPattern */.i7)('data-model-enum-title', ENUM_TITLE_WORDS, 'i', true);
/** The same words, every one, to cut from a title that names an enum: `Roast level enum` → `Roast level`. */
const ENUM_TITLE_WORDS_ALL = (0,build/* wholeWordPattern */.i7)('data-model-enum-title-words-all', ENUM_TITLE_WORDS, 'gi', true);
/** Decides that a table under an enum's heading lists its values: its first column's header. */
const ENUM_VALUE_HEADERS = [
    'values?',
    'names?',
    'members?',
    'codes?',
    'valor(?:es)?',
    'case'
];
const ENUM_VALUE_HEADER = (0,build/* wholeValuePattern */.XJ)('data-model-enum-value-header', ENUM_VALUE_HEADERS, 'i', true);
/** Decides that a heading's note says it is no data type at all: `Health (service)`. */
const NOT_A_TYPE_WORDS = [
    'service',
    'rpc',
    'endpoint',
    'cli',
    'command',
    'packages?',
    'module'
];
const NOT_A_TYPE = (0,build/* wholeWordPattern */.i7)('data-model-not-a-type', NOT_A_TYPE_WORDS, 'i', true);
/** Decides that a heading lists several types ("Supporting Types"): an entity per type its code declares. */
const TYPES_TITLE_WORDS = [
    'interfaces',
    'types',
    'schemas',
    'structs',
    'classes',
    'messages',
    'records',
    'dtos',
    'models'
];
const TYPES_TITLE = (0,build/* wholeWordPattern */.i7)('data-model-types-title', TYPES_TITLE_WORDS, 'i', true);
/** Decides how a title lists several type names ("SowRequest / SowResponse", "`Plot` and `Bed`"). */
const TYPE_NAME_JOINERS = ['and'];
const TYPE_NAME_SEPARATOR = (0,build/* pattern */.T1)('data-model-type-name-separator', `\\s{0,3}(?:[/,&+]|${(0,build/* wholeWords */.pC)(TYPE_NAME_JOINERS)})\\s{0,3}`);
/** Decides that a section lists entities as bullets: "Entities", "Key Entities". */
const ENTITY_LIST_QUALIFIERS = ['core', 'domain', 'key'];
const ENTITY_LIST_NOUNS = ['entities', 'entidades', 'models'];
const ENTITY_LIST_TITLE = (0,build/* pattern */.T1)('data-model-entity-list-title', `^(?:${(0,build/* alternation */.Ql)(ENTITY_LIST_QUALIFIERS)} )?${(0,build/* alternation */.Ql)(ENTITY_LIST_NOUNS)}$`, 'i');
/** Decides that a table lists entities, one a row: its first column's header (`| Message | Fields |`). */
const ENTITY_COLUMN_WORDS = [
    'entit(?:y|ies)',
    'entidad(?:es)?',
    'messages?',
    'types?',
    'models?',
    'dtos?',
    'records?',
    'tables?'
];
const ENTITY_COLUMN = (0,build/* wholeValuePattern */.XJ)('data-model-entity-column', ENTITY_COLUMN_WORDS, 'i', true);
/** Words before an entity's name that say what is done to it, not its name: `New Invoice`. */
const NAME_CHANGE_PREFIXES = ['extended', 'new', 'modified', 'updated'];
const NAME_CHANGE_PREFIX = (0,build/* pattern */.T1)('data-model-name-change-prefix', `^${(0,build/* alternation */.Ql)(NAME_CHANGE_PREFIXES)}\\s{1,3}`, 'i');
/** Decides that a last word labels the heading as an entity: `## Invoice Entity`. */
const ENTITY_SUFFIX_WORDS = ['entity', 'entidad'];
const ENTITY_SUFFIX = (0,build/* wholeValuePattern */.XJ)('data-model-entity-suffix', ENTITY_SUFFIX_WORDS, 'i');
/** Trailing words that say what kind of thing a name is: `Shelf schema version 2`, `Jar entity definition`, `Node hierarchy` → the name before them. */
const NAME_KIND_WORDS = new Set([
    'entity',
    'entidad',
    'model',
    'modelo',
    'schema',
    'version',
    'embedded',
    'document',
    'collection',
    'definition',
    'definitions',
    'specification',
    'hierarchy'
]);
/** Decides that a title of three words or more describes, not names: "Full Schema with Indexes". */
const DESCRIPTION_FUNCTION_WORDS = new Set([
    'with',
    'for',
    'via',
    'from',
    'of',
    'and',
    'to',
    'in',
    'by',
    'on'
]);
/** Where a heading's name ends: `Invoice (new)`, `Invoice — billed monthly`, `Page<T>`. */
const NAME_ENDS = [' (', '(', ' —', ' – ', ' - ', ':', '<'];
/** English plurals that drop `es` (`boxes` → `box`), and endings whose `s` is no plural (`status`). */
const PLURAL_ES_ENDINGS = ['ses', 'xes', 'ches', 'shes'];
const PLURAL_ES = (0,build/* trailingPattern */.R)('data-model-plural-es', PLURAL_ES_ENDINGS);
const SINGULAR_S_ENDINGS = ['ss', 'us', 'is'];
const SINGULAR_S = (0,build/* trailingPattern */.R)('data-model-singular-s', SINGULAR_S_ENDINGS);

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-states.ts
/**
 * What the data-model reader knows about how an entity's states are written: the sections and
 * labels that hold transitions, the headers of a transition table, and what an arrow looks like.
 */

/** Besides "states?", the words naming an entity's states, in a section title and a part title alike. */
const STATE_NAMES = [
    'transitions?',
    'lifecycle',
    'life cycle',
    'state machine',
    'estados?',
    'transiciones'
];
/** Decides that a section, or a label under an entity, holds state transitions ("Lifecycle", "Estados"). */
const STATE_TITLE_WORDS = ['states?', ...STATE_NAMES];
/** The same in scripts written without word boundaries. */
const STATE_TITLE_NON_LATIN = ['상태', '状态'];
const STATE_TITLE = (0,build/* pattern */.T1)('data-model-state-title', `${(0,build/* wholeWords */.pC)(STATE_TITLE_WORDS, true)}|${STATE_TITLE_NON_LATIN.join('|')}`, 'i');
/** Decides that a sub-section describes its entity's states rather than names another entity. */
const STATE_PART_WORDS = ['states?', 'state transitions?', ...STATE_NAMES];
const STATE_PART = (0,build/* leadingWordPattern */.Pj)('data-model-state-part', STATE_PART_WORDS, 'i', true);
/** Decides which columns of a transition table hold the state before, the state after, and the trigger. */
const TRANSITION_FROM_HEADERS = ['from', 'current', 'source'];
const TRANSITION_FROM_HEADER = (0,build/* leadingWordPattern */.Pj)('data-model-transition-from-header', TRANSITION_FROM_HEADERS, 'i');
const TRANSITION_TO_HEADERS = ['to', 'next', 'target'];
const TRANSITION_TO_HEADER = (0,build/* leadingWordPattern */.Pj)('data-model-transition-to-header', TRANSITION_TO_HEADERS, 'i');
const TRANSITION_TRIGGER_HEADERS = ['trigger', 'event', 'action', 'when', 'condition'];
const TRANSITION_TRIGGER_HEADER = (0,build/* anywherePattern */.sI)('data-model-transition-trigger-header', TRANSITION_TRIGGER_HEADERS, 'i');
/** The heads an arrow between two states may end in: `->`, `──►`, `=>`. */
const ARROW_HEADS = ['>', '►', '▶', '→', '⟶', '⇒', '➜', '➔'];
/** The characters an arrow's shaft is drawn with: `-->`, `──>`, `==>`, `~~>`. */
const ARROW_SHAFT = new Set(['-', '─', '=', '━', '~']);

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-status.ts
/**
 * What the data-model reader knows about the state of an entity: that it exists already and stays
 * as it is, that the feature extends it, or that it is derived (a view, a read model, a log record)
 * and so has nothing to build.
 */

/** Decides that an entity exists and the feature leaves it as it is: "(unchanged)", "Reused Entities". */
const UNTOUCHED_WORDS = [
    'unchanged',
    'no modifications?',
    'no changes',
    'not modified',
    'reused',
    'consumed',
    'read-only',
    'sin cambios'
];
const UNTOUCHED = (0,build/* wholeWordPattern */.i7)('data-model-untouched', UNTOUCHED_WORDS, 'i', true);
/** Decides that an entity, or a section of them, exists already: "Existing Entities". */
const data_model_status_EXISTING_WORDS = ['existing', 'existente'];
const EXISTING = (0,build/* pattern */.T1)('data-model-existing', `\\b${(0,build/* alternation */.Ql)(data_model_status_EXISTING_WORDS)}s?\\b`, 'i');
/** Stems that say an existing entity still needs work: "Existing entities (extended)", "modified". */
const CHANGED_STEMS = ['modif', 'extend', 'extension', 'chang', 'updat', 'new fields'];
const CHANGED = (0,build/* pattern */.T1)('data-model-changed', `\\b${(0,build/* alternation */.Ql)(CHANGED_STEMS)}`, 'i');
/** Words before a name, or starting a section title, that say the feature changes an existing entity. */
const EXTENDED_PREFIXES = ['extended', 'modified', 'updated', 'changed'];
/** Phrases before "existing" that say the same: "extends the existing Shelf". */
const EXTENDS_EXISTING_WORDS = ['extends', 'extension of'];
/** Decides that a heading extends an existing entity: `Extended Shelf`, `Shelf schema version 2`. */
const EXTENDED_TITLE = (0,build/* pattern */.T1)('data-model-extended-title', `^${(0,build/* alternation */.Ql)(EXTENDED_PREFIXES)}\\s|\\bschema\\s{1,3}version\\s{1,3}(?:[2-9]|[1-9]\\d)\\b|\\b${(0,build/* alternation */.Ql)(EXTENDS_EXISTING_WORDS)}\\s{1,3}(?:the\\s{1,3})?existing\\b`, 'i');
/** Decides that a heading's note in parentheses says the same: `Shelf (extended)`, `(extension)`. */
const EXTENDED_NOTE_WORDS = ['extended', 'extension', 'modified', 'updated', 'changed'];
const EXTENDED_NOTE = (0,build/* wholeWordPattern */.i7)('data-model-extended-note', EXTENDED_NOTE_WORDS, 'i');
/** Nouns of a section of changed entities: "Modified Entities", "Updated Tables". */
const EXTENDED_GROUP_NOUNS = ['entities', 'models', 'types', 'tables', 'schemas'];
const EXTENDED_GROUP = (0,build/* pattern */.T1)('data-model-extended-group', `^${(0,build/* alternation */.Ql)(EXTENDED_PREFIXES)} ${(0,build/* alternation */.Ql)(EXTENDED_GROUP_NOUNS)}\\b`, 'i');
/** Decides that a heading's note says the entity is computed or never stored: `Stock (derived)`. */
const DERIVED_NOTE_WORDS = [
    'derived',
    'computed',
    'read[- ]only view',
    'read models?',
    'view models?',
    'projections?',
    'log (?:record|entry|line|event)s?',
    'not stored',
    'not persisted'
];
const DERIVED_NOTE = (0,build/* wholeWordPattern */.i7)('data-model-derived-note', DERIVED_NOTE_WORDS, 'i', true);
/** Decides that "not stored" is said of a struct that lives in memory, which still has code to write. */
const IN_MEMORY_WORDS = ['in[- ]memory', 'transient', 'runtime', 'cached?', 'session'];
const IN_MEMORY = (0,build/* wholeWordPattern */.i7)('data-model-in-memory', IN_MEMORY_WORDS, 'i', true);
/** "not stored", "not persisted": removed from a note before asking whether it still says derived. */
const STORED_WORDS = ['stored', 'persisted'];
const NOT_STORED = (0,build/* pattern */.T1)('data-model-not-stored', `\\bnot ${(0,build/* alternation */.Ql)(STORED_WORDS)}\\b`, 'i');
const NOT_STORED_EVERYWHERE = (0,build/* pattern */.T1)('data-model-not-stored-everywhere', `\\bnot ${(0,build/* alternation */.Ql)(STORED_WORDS)}\\b`, 'gi');
/** Decides that a group's members are all derived: "Derived Views", "Computed Models", "Read Models". */
const DERIVED_WORDS = ['derived', 'computed'];
const DERIVED_GROUP_NOUNS = ['views?', 'models?', 'entities', 'read models?', 'data'];
const DERIVED_GROUP_TITLES = ['read models?', 'projections', 'views \\(derived\\)'];
const DERIVED_GROUP = (0,build/* pattern */.T1)('data-model-derived-group', `^${(0,build/* alternation */.Ql)(DERIVED_WORDS)} ${(0,build/* alternation */.Ql)(DERIVED_GROUP_NOUNS, true)}\\b|^${(0,build/* alternation */.Ql)(DERIVED_GROUP_TITLES, true)}$`, 'i');
/**
 * Decides that a section's first lines say its entity is derived: "a derived read model built
 * from…", "computed on read, not stored". Not "not persisted" alone: in-memory entities say that
 * too, and are built.
 */
const DERIVED_LINE_PHRASES = [
    '\\bderived (?:read[- ]model|view|projection)\\b',
    '\\b(?:is|are) (?:derived|computed|calculated) (?:from|on read|at read|on demand|at query)\\b',
    '\\b(?:read|view)[- ]model (?:derived|computed|built) from\\b',
    '\\bcomputed,? (?:and )?not (?:stored|persisted)\\b',
    '\\bnot (?:stored|persisted)[;,]? (?:it is |but |only )?(?:computed|derived)\\b',
    '\\bno separate projection\\b'
];
const DERIVED_LINES = DERIVED_LINE_PHRASES.map((phrase, at) => (0,build/* pattern */.T1)(`data-model-derived-line-${at + 1}`, phrase, 'i'));
/** Decides, with "not separately stored", that a log record has nothing to build. */
const LOG_RECORD_NOUNS = ['record', 'entry', 'line'];
const LOG_RECORD = (0,build/* pattern */.T1)('data-model-log-record', `\\blog ${(0,build/* alternation */.Ql)(LOG_RECORD_NOUNS)}s?\\b`, 'i');
const NOT_SEPARATELY_STORED = (0,build/* pattern */.T1)('data-model-not-separately-stored', `\\bnot (?:separately )?${(0,build/* alternation */.Ql)(STORED_WORDS)}\\b`, 'i');
/** Decides which labelled lines describe what an entity is ("Purpose:"), not what its fields hold. */
const ABOUT_LABEL_WORDS = [
    'purpose',
    'description',
    'summary',
    'overview',
    'kind',
    'nature',
    'storage',
    'persistence',
    'lifecycle',
    'notes?'
];
const ABOUT_LABEL = (0,build/* leadingWordPattern */.Pj)('data-model-about-label', ABOUT_LABEL_WORDS, 'i', true);
/** Decides that a heading says its entity lives inside another and is stored with it: `Address (value object)`. */
const EMBEDDED_HEADING_WORDS = ['embedded', 'value objects?', 'owned types?'];
const EMBEDDED_HEADING = (0,build/* wholeWordPattern */.i7)('data-model-embedded-heading', EMBEDDED_HEADING_WORDS, 'i', true);

;// CONCATENATED MODULE: ./src/core/parse/data-model/outline.ts

function outline_outline(root) {
    const nodes = [];
    const open = [];
    for (const child of root.children) {
        if (child.type !== 'heading') {
            nodes[nodes.length - 1]?.body.push(child);
            continue;
        }
        while (open.length > 0 && nodes[open[open.length - 1]].depth >= child.depth)
            open.pop();
        const parent = open[open.length - 1];
        const index = nodes.length;
        const title = plainText(child).trim();
        nodes.push({
            heading: child,
            title,
            depth: child.depth,
            body: [],
            parent,
            children: [],
            role: 'other'
        });
        if (parent !== undefined)
            nodes[parent].children.push(index);
        open.push(index);
    }
    return nodes;
}
function ancestors(nodes, index) {
    const chain = [];
    for (let at = nodes[index].parent; at !== undefined; at = nodes[at].parent)
        chain.push(nodes[at]);
    return chain;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/titles.ts
/**
 * What a heading's title says about its section: that it discusses the model rather than names a
 * part of it ("Overview", "Validation Rules"), that it describes the entity above it ("Fields",
 * "State Transitions"), or that the entity it names already exists or is extended.
 */




function aboutModel(text) {
    return ABOUT_MODEL.test(text) || ABOUT_MODEL_NON_LATIN.test(text);
}
function describesModel(text) {
    return aboutModel(text) || ABOUT_SYSTEM.test(text);
}
function isPartTitle(title) {
    const text = stripNumbering(title);
    return PART_TITLE.test(text) || describesModel(text) || STATE_PART.test(text);
}
function saysExisting(title) {
    return UNTOUCHED.test(title) || (EXISTING.test(title) && !CHANGED.test(title));
}
/** The heading, or the section it sits in, says an existing entity is changed. */
function saysExtended(context, index) {
    const title = stripNumbering(context.nodes[index].title);
    const notes = title.match(/\([^)]{1,80}\)/g) ?? [];
    if (EXTENDED_TITLE.test(title) || notes.some(note => EXTENDED_NOTE.test(note)))
        return true;
    return ancestors(context.nodes, index).some(ancestor => {
        const group = stripNumbering(ancestor.title);
        return EXTENDED_GROUP.test(group) || (EXISTING.test(group) && CHANGED.test(group));
    });
}
/** The note in parentheses after a heading's name: `Health (service)` → `service`. */
function qualifier(title) {
    const open = title.indexOf('(');
    const close = title.indexOf(')', open);
    const note = open >= 0 && close > open ? title.slice(open + 1, close) : '';
    // "(`garden.toml` OR command-line flags)" says where it lives, not what it is.
    return note.split(/\s+/).length <= 3 ? note : '';
}
function stripNumbering(title) {
    const trimmed = title.trim();
    const match = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Z][.)])\s/.exec(trimmed);
    return match ? trimmed.slice(match[0].length).trim() : trimmed;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/entity-names.ts
/**
 * The name a heading gives an entity (`## Entity: Invoice` → `Invoice`, `### 2. Shelf Entity`
 * → `Shelf`), whether a text reads like a name at all, and when two names are the same one.
 */


function cleanName(node) {
    const title = stripNumbering(node.title);
    const qualified = /\(.{1,80}\)/.test(title);
    for (const child of node.heading.children) {
        if (child.type === 'inlineCode' && /^[A-Z_]\w{0,60}$/i.test(child.value)) {
            return { text: child.value, quoted: true, labelled: false, qualified };
        }
    }
    let text = title.replace(ENTITY_LABEL_PREFIX, '');
    for (const cut of NAME_ENDS) {
        const at = text.indexOf(cut);
        if (at > 0)
            text = text.slice(0, at);
    }
    text = text.replace(NAME_CHANGE_PREFIX, '');
    text = text.split('`').join('').split('*').join('').trim();
    const words = text.split(/\s+/);
    const labelled = words.length > 1 && ENTITY_SUFFIX.test(words[words.length - 1]);
    return { text: withoutKindWords(words), quoted: false, labelled, qualified };
}
/** `Plot schema version 2` → `Plot`, `Harvest embedded document` → `Harvest`. */
function withoutKindWords(words) {
    const kept = [...words];
    while (kept.length > 1) {
        const last = kept[kept.length - 1].toLowerCase();
        if (!NAME_KIND_WORDS.has(last) && !/^v?\d{1,3}$/.test(last))
            break;
        kept.pop();
    }
    return kept.join(' ');
}
/** Short, no sentence punctuation, starts like a word: `GrowerProfile`, `Watering Schedule`. */
function isNameLike(name) {
    if (name.length === 0 || name.length > 60 || /[.?!;,=/\\]/.test(name))
        return false;
    const words = name.split(/\s+/);
    if (words.length > 5)
        return false;
    // "Complete SQL Schema with Triggers", "Entity Schema via Document Stores": a description.
    if (words.length >= 3 && words.some(word => DESCRIPTION_FUNCTION_WORDS.has(word)))
        return false;
    return /^[\p{L}_]/u.test(name) && !aboutModel(name);
}
/** One token that reads as code: `PlotId`, `grower_profile`, `HTTPRequest`. */
function isIdentifier(name) {
    if (!/^[\p{L}_][\p{L}\p{N}_]{0,60}$/u.test(name))
        return false;
    return /\p{Ll}\p{Lu}|_|^\p{Lu}{2,}/u.test(name);
}
/** Every long word capitalised, as names are written: `Seed Packet`, `Frost Alert`. */
function isTitled(name) {
    return name
        .split(/\s+/)
        .every(word => word.length <= 3 || /^[\p{Lu}\p{N}_]/u.test(word) || isIdentifier(word));
}
function sameName(a, b) {
    return normalise(a) === normalise(b);
}
function normalise(name) {
    const flat = name.toLowerCase().replace(/[\s_\-`*]/g, '');
    if (flat.length > 4 && flat.endsWith('ies'))
        return `${flat.slice(0, -3)}y`;
    if (flat.length > 4 && PLURAL_ES.test(flat))
        return flat.slice(0, -2);
    if (flat.length > 3 && flat.endsWith('s') && !SINGULAR_S.test(flat))
        return flat.slice(0, -1);
    return flat;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/code-types.ts


/** The fields of the type named like the entity, else of the first type that has fields. */
function codeFields(code, file, entityName) {
    const definitions = typeDefinitions(code, file).filter(definition => !definition.isEnum);
    const named = definitions.find(definition => sameName(definition.name, entityName));
    return (named ?? definitions.find(definition => definition.fields.length > 0))?.fields ?? [];
}
const definitionsRead = new WeakMap();
/** Read once per block: several rules ask for the same block's types. */
function typeDefinitions(code, file) {
    let definitions = definitionsRead.get(code);
    if (!definitions) {
        definitions = typeDeclarations(code.value, code.lang).map(declared => placed(declared, code, file));
        definitionsRead.set(code, definitions);
    }
    return definitions;
}
/** `type Crop = Carrot | Leek`: a type that has no body for `typeDefinitions` to read. */
function typeAliasDeclarations(code, file) {
    return typeAliases(code.value, code.lang).map(declared => placed(declared, code, file));
}
/** A declaration with its lines counted in the document: the block's first line follows its fence. */
function placed(declared, code, file) {
    const firstLine = (code.position?.start.line ?? 1) + 1;
    return {
        name: declared.name,
        isEnum: declared.isEnum,
        fields: declared.fields.map(field => ({
            name: field.name,
            type: field.type,
            description: undefined,
            source: { file, line: firstLine + field.line, column: 1 }
        })),
        values: (declared.values ?? []).map(value => ({
            name: value,
            type: undefined,
            description: undefined,
            source: { file, line: firstLine + declared.line, column: 1 }
        })),
        line: firstLine + declared.line
    };
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/markdown-nodes.ts

function isCode(node) {
    return node.type === 'code';
}
function cellText(row, column) {
    const cell = column >= 0 ? row.children[column] : undefined;
    return cell ? plainText(cell).trim() || undefined : undefined;
}
/** A paragraph's text a line at a time, with code spans kept in backticks. */
function renderedLines(children) {
    let text = '';
    const walk = (nodes) => {
        for (const node of nodes) {
            if (node.type === 'text')
                text += node.value;
            else if (node.type === 'inlineCode')
                text += `\`${node.value}\``;
            else if (node.type === 'break')
                text += '\n';
            else if ('children' in node)
                walk(node.children);
        }
    };
    walk(children);
    return text.split('\n');
}
function listItems(list) {
    return list.children.flatMap(item => [
        item,
        ...item.children.flatMap(child => (child.type === 'list' ? listItems(child) : []))
    ]);
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/parts.ts



function partsOf(nodes, initial) {
    let current = { label: initial, inline: [], inlineLine: 0, nodes: [] };
    const parts = [current];
    const start = (label, inline, line) => {
        current = { label, inline, inlineLine: line, nodes: [] };
        parts.push(current);
    };
    for (const node of nodes) {
        const line = node.position?.start.line ?? 0;
        if (node.type === 'thematicBreak') {
            start(initial, [], line);
        }
        else if (node.type === 'paragraph' && labelOf(node)) {
            const label = labelOf(node);
            start(label.label, label.rest, line);
            // `**Source**: x` holds only x; a table after it belongs to the section, or to a last
            // line such as `**Attributes**:` in the same paragraph.
            const trailing = trailingLabel(node);
            if (trailing !== undefined || hasText(label.rest))
                start(trailing ?? initial, [], line);
        }
        else if (node.type === 'paragraph' && trailingLabel(node) !== undefined) {
            start(trailingLabel(node), [], line);
        }
        else if (node.type === 'list' && isLabelledList(node)) {
            for (const item of node.children)
                itemPart(item, parts);
            start(current.label, [], line);
        }
        else {
            current.nodes.push(node);
        }
    }
    return parts.filter(part => part.nodes.length > 0 || part.inline.length > 0);
}
function hasText(phrasing) {
    return plainText({ type: 'paragraph', children: phrasing }).trim() !== '';
}
/** The label on the last line of a paragraph of several: `**Purpose**: …⏎**Attributes**:`. */
function trailingLabel(paragraph) {
    const lines = plainText(paragraph).split('\n');
    if (lines.length < 2)
        return undefined;
    const match = /^(\p{L}[\p{L}\p{N} /&'()-]{0,50}):$/u.exec(lines[lines.length - 1].trim());
    return match ? match[1].trim() : undefined;
}
function itemPart(item, parts) {
    const [first, ...rest] = item.children;
    const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
    const line = item.position?.start.line ?? 0;
    if (label)
        parts.push({ label: label.label, inline: label.rest, inlineLine: line, nodes: rest });
}
/** A list of "**Label**: …" items that describe one entity, rather than a list of its fields. */
function isLabelledList(list) {
    return list.children.some(item => {
        const first = item.children[0];
        const label = first?.type === 'paragraph' ? labelOf(first) : undefined;
        return (label !== undefined &&
            first?.type === 'paragraph' &&
            first.children[0]?.type === 'strong' &&
            PART_LABEL.test(label.label));
    });
}
/** `**Fields**:`, `**State Transitions** (enforced by code):`, `Validation:` → the label and the rest. */
function labelOf(paragraph) {
    const [first, second, ...others] = paragraph.children;
    if (first?.type === 'strong') {
        const strongText = plainText(first).trim();
        if (strongText.endsWith(':')) {
            return { label: strongText.slice(0, -1).trim(), rest: paragraph.children.slice(1) };
        }
        if (!second)
            return { label: strongText, rest: [] };
        if (second.type !== 'text')
            return undefined;
        const colon = second.value.indexOf(':');
        if (colon < 0 || colon > 60)
            return undefined;
        const after = second.value.slice(colon + 1);
        const rest = after.trim()
            ? [{ type: 'text', value: after }, ...others]
            : others;
        return { label: strongText, rest };
    }
    if (first?.type !== 'text')
        return undefined;
    const match = /^(\p{L}[\p{L}\p{N} /&'-]{0,40}):(?:\s|$)/u.exec(first.value);
    if (!match)
        return undefined;
    const after = first.value.slice(match[0].length);
    const rest = after.trim()
        ? [{ type: 'text', value: after }, ...paragraph.children.slice(1)]
        : paragraph.children.slice(1);
    return { label: match[1].trim(), rest };
}
/** A heading's own parts, then those of sub-sections that describe it ("Fields", "Campos"). */
function sectionParts(context, index) {
    let parts = context.parts.get(index);
    if (!parts) {
        parts = readSectionParts(context, index);
        context.parts.set(index, parts);
    }
    return parts;
}
function readSectionParts(context, index) {
    const node = context.nodes[index];
    const parts = partsOf(node.body, undefined);
    for (const child of node.children) {
        const sub = context.nodes[child];
        if (isPartTitle(sub.title))
            parts.push(...partsOf(sub.body, stripNumbering(sub.title)));
    }
    return parts;
}
function itemParts(item) {
    const parts = [];
    itemPart(item, parts);
    return parts;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/aliases.ts
/**
 * Other names an entity's section gives it, by which a task may name it: the class that
 * implements it, the types its code declares, the file it is stored in.
 */






/** At most this many type names from a section's code: the first are its own, later ones nested. */
const MAX_TYPE_ALIASES = 5;
const MAX_ALIASES = 8;
function nameAliases(context) {
    const taken = new Set(context.entities.map(found => normalise(found.name)));
    for (const [entity, index] of context.homes) {
        const own = normalise(entity.name);
        const seen = new Set();
        const aliases = [];
        for (const alias of sectionAliases(context, index, entity.name)) {
            const key = normalise(alias);
            if (key === own || seen.has(key) || taken.has(key))
                continue;
            seen.add(key);
            aliases.push(alias);
        }
        entity.aliases = aliases.slice(0, MAX_ALIASES);
    }
}
function sectionAliases(context, index, name) {
    const node = context.nodes[index];
    const lines = [...renderedLines(node.heading.children), ...describingLines(context, index)];
    return [
        ...lines.flatMap(anchorNames),
        ...declaredTypes(context, index, name),
        ...lines.flatMap(storageFile),
        ...lines.flatMap(producerFile)
    ];
}
/** Lines of the section that may say what implements or stores it: paragraphs, labels, and list items that start with it. */
function describingLines(context, index) {
    const lines = [];
    for (const part of sectionParts(context, index)) {
        if (part.label !== undefined) {
            lines.push(...renderedLines(part.inline).map((line, at) => at === 0 ? `${part.label}: ${line}` : line));
        }
        for (const node of part.nodes) {
            if (node.type === 'paragraph')
                lines.push(...renderedLines(node.children));
            if (node.type !== 'list')
                continue;
            for (const item of node.children) {
                const first = item.children[0];
                if (first?.type !== 'paragraph')
                    continue;
                const line = renderedLines(first.children)[0] ?? '';
                // `- \`shelf_id\`: maps to \`Shelf.id\`` describes a field, not the entity.
                const lead = line.replace(/^\*\*[^*]{1,60}\*\*:?\s{0,3}/, '');
                if ([ANCHOR, STORAGE, PRODUCER].some(phrase => phrase.exec(lead)?.index === 0))
                    lines.push(line);
            }
        }
    }
    return lines;
}
/** Identifiers in code after an anchor phrase: `JarHistory` plus `Jar`. */
function anchorNames(line) {
    const match = ANCHOR.exec(line);
    if (!match)
        return [];
    return codeSpans(line.slice(match.index + match[0].length)).filter(code => /^[\p{L}_][\p{L}\p{N}_]{3,80}$/u.test(code) && !GENERIC_TYPE_NAMES.has(code.toLowerCase()));
}
/** The first file name after a storage phrase: `pantry.toml`, `<dir>/jars.json`, `<name>.label.json` → `.label.json`. */
function storageFile(line) {
    const match = STORAGE.exec(line);
    if (!match)
        return [];
    const after = line.slice(match.index + match[0].length);
    const candidate = codeSpans(after)[0] ?? /^\s{0,3}([^\s`,;()]{1,120})/.exec(after)?.[1];
    const file = candidate ? fileAlias(candidate) : undefined;
    return file ? [file] : [];
}
/**
 * The script after a producer phrase: "Produced by `scripts/tally.py`" → `tally.py`. Only a file:
 * "emitted by `ShelfRepository`" names code that uses the record, not code that makes it.
 */
function producerFile(line) {
    const match = PRODUCER.exec(line);
    if (!match)
        return [];
    const span = codeSpans(line.slice(match.index + match[0].length))[0];
    const file = span && !span.includes('<') && !span.includes('{') ? fileAlias(span) : undefined;
    return file ? [file] : [];
}
function fileAlias(path) {
    if (path.includes('://') || /\s/.test(path))
        return undefined;
    const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    const placeholder = Math.max(base.lastIndexOf('>'), base.lastIndexOf('}'));
    if (placeholder >= 0) {
        // `<shelf>.label.json` is known by its suffix; `<shelf>.json` by nothing of its own.
        const suffix = base.slice(placeholder + 1);
        return /^\.[\w-]{1,40}\.[a-z][a-z0-9]{0,5}$/i.test(suffix) ? suffix : undefined;
    }
    return /^[\w-][\w.-]{0,80}\.[a-z][a-z0-9]{0,5}$/i.test(base) ? base : undefined;
}
function codeSpans(text) {
    return [...text.matchAll(/`([^`\n]{1,200})`/g)].map(match => match[1].trim());
}
/**
 * The types the section's code declares for it: the first of each block (`struct HarvestTally`
 * under "Yield buffer"), and later ones that share a word of the entity's name (`PlotKind` under
 * "Plot Types"), not every type nested in the block (`SoilSample` under "Bed Records"). An enum
 * only when it is the entity itself (`enum CropNode` under "Crop Node Tree"), not a `Status` of it.
 */
function declaredTypes(context, index, name) {
    const names = [];
    const entityWords = new Set(words(name).map(normalise));
    for (const part of sectionParts(context, index)) {
        for (const code of part.nodes.filter(isCode)) {
            const declared = [
                ...typeDefinitions(code, context.file),
                ...typeAliasDeclarations(code, context.file)
            ].sort((a, b) => a.line - b.line);
            declared.forEach((definition, at) => {
                const declaredWords = words(definition.name).map(normalise);
                if (definition.isEnum && !declaredWords.every(word => entityWords.has(word)))
                    return;
                if (at > 0 && !declaredWords.some(word => entityWords.has(word)))
                    return;
                // SQL tables (`harvest_logs_2024_09`) are storage, not the names code gives a type.
                if (!/^\p{Lu}/u.test(definition.name) || !isCompoundName(definition.name))
                    return;
                names.push(definition.name);
            });
        }
    }
    return names.slice(0, MAX_TYPE_ALIASES);
}
function isCompoundName(name) {
    return words(name).length >= 2 && name.length >= 5;
}

;// CONCATENATED MODULE: ./src/core/vocabulary/data-model-relationships.ts
/**
 * What the data-model reader knows about how relationships between entities are written: the
 * sections and labels that hold them, the words a relationship line may start with, and the words
 * and notations that say its kind.
 */

/** Decides that a section holds relationships ("Relationships", "ER Diagram", "Relaciones"). */
const RELATIONSHIP_TITLE_WORDS = [
    'relationships?',
    'relations',
    'associations',
    'erd',
    'er diagram',
    'entity relationship',
    'relaciones'
];
/** The same in scripts written without word boundaries. */
const RELATIONSHIP_TITLE_NON_LATIN = ['관계', '关系'];
const RELATIONSHIP_TITLE = (0,build/* pattern */.T1)('data-model-relationship-title', `${(0,build/* wholeWords */.pC)(RELATIONSHIP_TITLE_WORDS, true)}|${RELATIONSHIP_TITLE_NON_LATIN.join('|')}`, 'i');
/** Decides that a label under an entity lists its relationships: "**Relationships**:", "References:". */
const RELATIONSHIP_LABEL_WORDS = [
    'relationships?',
    'relations',
    'associations',
    'references',
    'relaciones'
];
const RELATIONSHIP_LABEL = (0,build/* anywherePattern */.sI)('data-model-relationship-label', RELATIONSHIP_LABEL_WORDS, 'i', true);
/** Words that may come before the first entity a relationship line names: "Each Shelf holds many Jars". */
const RELATIONSHIP_LEAD_WORDS = new Set([
    'one',
    'each',
    'a',
    'an',
    'the',
    'every',
    'many',
    'zero',
    'or',
    'more',
    'multiple'
]);
/** Decides a relationship's kind from its words or notation (`one-to-many`, `has_many`, `1:N`). */
const RELATIONSHIP_KIND_NOTATIONS = [
    ['N:M', ['many[- ]to[- ]many', '\\bN:M\\b', '\\bM:N\\b', '\\*:\\*']],
    ['1:N', ['one[- ]to[- ]many', 'has[ _]?many', '\\b1:N\\b', '\\b1:\\*']],
    ['N:1', ['many[- ]to[- ]one', 'belongs[ _]?to', '\\bN:1\\b', '\\*:1\\b']],
    ['1:1', ['one[- ]to[- ]one', 'has[ _]?one', '\\b1:1\\b']]
];
const RELATIONSHIP_KINDS = RELATIONSHIP_KIND_NOTATIONS.map(([kind, notations]) => [
    (0,build/* pattern */.T1)(`data-model-relationship-kind-${kind}`, notations.join('|'), 'i'),
    kind
]);
/** Decides, between two entities, that the second is on the many side: "One Shelf holds many Jars". */
const MANY_WORDS = ['many', 'multiple'];
/** Decides that a Mermaid block draws an entity-relationship diagram. */
const MERMAID_ER_DIAGRAM = (0,build/* pattern */.T1)('data-model-mermaid-er-diagram', '^\\s{0,8}erDiagram', 'm');

;// CONCATENATED MODULE: ./src/core/parse/data-model/context.ts

/** Entities are unique by name; the first mention wins. */
function pushEntity(context, entity) {
    const key = normalise(entity.name);
    if (context.names.has(key))
        return false;
    context.names.add(key);
    context.entities.push(entity);
    return true;
}
function entitiesOf(context) {
    return context.entities;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/diagram-entities.ts




/** `SHELF ||--o{ JAR : holds`: the two names a relationship line joins. */
const RELATIONSHIP_LINE = /^\s{0,12}([\p{L}_][\p{L}\p{N}_-]{0,80})\s{1,4}[|}o]{2}(?:--|\.\.)[|{o]{2}\s{1,4}([\p{L}_][\p{L}\p{N}_-]{0,80})/u;
/** `SHELF {` opens a box of attributes. */
const BOX_START = /^\s{0,12}([\p{L}_][\p{L}\p{N}_-]{0,80})\s{0,4}\{\s{0,4}$/u;
/** `string label PK "shown on the jar"`: a type, then the attribute's name. */
const ATTRIBUTE = /^\s{0,16}([\p{L}_][\p{L}\p{N}_[\]<>,()-]{0,60})\s{1,8}([\p{L}_][\p{L}\p{N}_]{0,60})\b/u;
function diagramEntities(context, root) {
    for (const node of root.children) {
        if (node.type !== 'code' || node.lang !== 'mermaid' || !MERMAID_ER_DIAGRAM.test(node.value))
            continue;
        for (const drawn of drawnEntities(node, context.file)) {
            if (context.names.has(normalise(drawn.name)))
                continue;
            pushEntity(context, drawn);
        }
    }
    context.entities.sort((a, b) => a.source.line - b.source.line);
}
function drawnEntities(code, file) {
    const start = (code.position?.start.line ?? 1) + 1;
    const byKey = new Map();
    const entityAt = (name, line) => {
        const key = normalise(name);
        let entity = byKey.get(key);
        if (!entity) {
            entity = {
                name: entityName(name),
                fields: [],
                states: [],
                existing: false,
                extended: false,
                derived: false,
                aliases: [],
                source: { file, line: start + line, column: 1 }
            };
            byKey.set(key, entity);
        }
        return entity;
    };
    const lines = code.value.split('\n');
    let box;
    lines.forEach((text, at) => {
        if (box) {
            if (text.trim() === '}')
                box = undefined;
            else
                addAttribute(box, text, { file, line: start + at, column: 1 });
            return;
        }
        const related = RELATIONSHIP_LINE.exec(text);
        if (related) {
            entityAt(related[1], at);
            entityAt(related[2], at);
            return;
        }
        const opened = BOX_START.exec(text);
        if (opened)
            box = entityAt(opened[1], at);
    });
    return [...byKey.values()];
}
function addAttribute(entity, text, source) {
    const match = ATTRIBUTE.exec(text);
    if (!match || entity.fields.some(field => field.name === match[2]))
        return;
    entity.fields.push({ name: match[2], type: match[1], description: undefined, source });
}
/** `SEED_PACKET` → `SeedPacket`; a name already written in mixed case stays as it is. */
function entityName(drawn) {
    return /\p{Ll}/u.test(drawn) && !drawn.includes('_') ? drawn : pascalCase(drawn.toLowerCase());
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/field-lines.ts


/**
 * `` `SownAt`, `WateredAt`, `HarvestedAt` ``: the field names of a run of code spans with only
 * commas (and the like) between them, or none when anything else stands among them.
 */
function codeSpanFieldNames(nodes) {
    const names = [];
    for (const node of nodes) {
        if (node.type === 'inlineCode') {
            const name = fieldName(node.value);
            if (!name)
                return [];
            names.push(name);
        }
        else if (node.type !== 'text' || !FIELD_NAMES_ONLY_GAP.test(node.value)) {
            return [];
        }
    }
    return names;
}
/** A field is one identifier (`user_id`, `items[]`, `name?`, `meta.tags`); anything else is prose. */
function fieldName(text) {
    const cleaned = text.split('`').join('').split('*').join('').trim();
    return /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}\??$/u.test(cleaned) ? cleaned : undefined;
}
function fieldFromLine(line, lenient, source) {
    const text = line.trim();
    const match = /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}/u.exec(text);
    if (!match)
        return undefined;
    let name = match[0];
    let rest = text.slice(name.length);
    if (rest.startsWith('?')) {
        name += '?';
        rest = rest.slice(1);
    }
    rest = rest.trimStart();
    if (rest === '')
        return lenient ? { name, type: undefined, description: undefined, source } : undefined;
    if (rest.startsWith('('))
        return fieldWithParens(name, rest, source);
    if (rest.startsWith(':'))
        return fieldWithColon(name, rest.slice(1).trim(), source);
    if (/^[—–-]\s/.test(rest)) {
        return { name, type: undefined, description: rest.slice(1).trim() || undefined, source };
    }
    return undefined;
}
/**
 * `**title**, **author**: strings`, `roundId, memberId — together unique`: several names that
 * share what the line says of them, one field each. Only before a colon or a dash, so a sentence
 * that starts with a word and a comma is no list of fields.
 */
function fieldsFromLine(line, source) {
    const text = line.trim();
    const names = [];
    let rest = text;
    for (;;) {
        const match = /^[\p{L}_$][\p{L}\p{N}_$.[\]-]{0,60}\??/u.exec(rest);
        if (!match)
            return [];
        names.push(match[0]);
        rest = rest.slice(match[0].length);
        const separator = FIELD_NAME_SEPARATOR.exec(rest);
        if (!separator || names.length > MAX_NAMES_ON_A_LINE)
            break;
        rest = rest.slice(separator[0].length);
    }
    if (names.length < 2)
        return [];
    const shared = fieldFromLine(`${names[names.length - 1]}${rest}`, false, source);
    if (!shared || !/^\s{0,2}[:—–-]/.test(rest))
        return [];
    return names.map(name => ({ ...shared, name }));
}
const MAX_NAMES_ON_A_LINE = 6;
/** `` `clave` (string, PK, `VARCHAR(20)`) `` → type `string`, the rest describes it. */
function fieldWithParens(name, rest, source) {
    const close = (0,pieces/* matchingParen */.iL)(rest, 0);
    const inside = rest.slice(1, close < 0 ? undefined : close);
    const after = close < 0 ? '' : (0,pieces/* trimSeparators */.R)(rest.slice(close + 1));
    const [first, ...others] = (0,pieces/* splitTopLevel */.EN)(inside, ',');
    const head = (first ?? '').trim();
    if (isTypeLike(head)) {
        const description = [others.join(',').trim(), after].filter(Boolean).join(' — ');
        return { name, type: head, description: description || undefined, source };
    }
    return {
        name,
        type: undefined,
        description: [inside.trim(), after].filter(Boolean).join(' — ') || undefined,
        source
    };
}
/** `: UUID (Primary Key)`, `: Page title (string)`, `: Array of menu items` */
function fieldWithColon(name, rest, source) {
    const cut = (0,pieces/* firstIndexOf */.K$)(rest, FIELD_TYPE_ENDS);
    const head = (cut < 0 ? rest : rest.slice(0, cut)).trim();
    if (head && !/\s/.test(head) && head.length <= 60) {
        const description = cut < 0 ? '' : (0,pieces/* trimSeparators */.R)(rest.slice(cut)).replace(/^\((.*)\)$/, '$1');
        return { name, type: head, description: description || undefined, source };
    }
    const trailing = trailingParenType(rest);
    if (trailing)
        return { name, type: trailing.type, description: trailing.description, source };
    return { name, type: undefined, description: rest || undefined, source };
}
/** `Page title (string)`: a primitive type in parentheses at the end. */
function trailingParenType(rest) {
    if (!rest.endsWith(')'))
        return undefined;
    const open = rest.lastIndexOf('(');
    const inner = rest.slice(open + 1, -1).trim();
    if (open <= 0 || !PRIMITIVE.test(inner) || /\s/.test(inner))
        return undefined;
    return { type: inner, description: rest.slice(0, open).trim() || undefined };
}
function isTypeLike(text) {
    if (!text || text.length > 40)
        return false;
    if (NOT_TYPE.test(text))
        return false;
    return !/\s/.test(text) || PRIMITIVE.test(text);
}
/** `Fields: \`plot_id\`, \`label\` (bool), \`name:String\`` → one field per code span. */
function inlineFields(phrasing, source) {
    const fields = [];
    phrasing.forEach((child, at) => {
        if (child.type !== 'inlineCode')
            return;
        const colon = child.value.indexOf(':');
        const name = fieldName(colon > 0 ? child.value.slice(0, colon) : child.value);
        if (!name || fields.some(field => field.name === name))
            return;
        const next = phrasing[at + 1];
        const type = colon > 0
            ? child.value.slice(colon + 1).trim() || undefined
            : next?.type === 'text'
                ? parenType(next.value)
                : undefined;
        fields.push({ name, type, description: undefined, source });
    });
    return fields;
}
function parenType(text) {
    const trimmed = text.trimStart();
    if (!trimmed.startsWith('('))
        return undefined;
    const close = (0,pieces/* matchingParen */.iL)(trimmed, 0);
    const inner = trimmed.slice(1, close < 0 ? undefined : close).trim();
    return isTypeLike(inner) && !/\s/.test(inner) ? inner : undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/fields.ts






/** The fields of a heading's section and of its "Fields"-like sub-sections; `enum` when it only defines an enum. */
function headingFields(context, index, name) {
    let fields = context.fields.get(index);
    if (fields === undefined) {
        fields = readHeadingFields(context, index, name);
        context.fields.set(index, fields);
    }
    return fields;
}
function readHeadingFields(context, index, name) {
    const parts = sectionParts(context, index);
    const fields = fieldsOfParts(parts, context.file, name);
    if (fields.length > 0)
        return fields;
    const definitions = parts.flatMap(part => part.nodes.filter(isCode).flatMap(code => typeDefinitions(code, context.file)));
    return definitions.length > 0 && definitions.every(definition => definition.isEnum) ? 'enum' : [];
}
function fieldsOfParts(parts, file, entityName) {
    for (const part of parts) {
        const labelled = part.label !== undefined;
        if (labelled && (!FIELD_LABEL.test(part.label) || NOT_FIELD_LABEL.test(part.label)))
            continue;
        const found = fieldsOfPart(part, labelled, file, entityName);
        if (found.length > 0 && !perEnvironment(found))
            return found;
    }
    return [];
}
/** `- **Development**: …`, `- **Production**: …`: settings per environment, not fields. */
function perEnvironment(fields) {
    return fields.length >= 2 && fields.every(field => ENVIRONMENT_NAME.test(field.name));
}
function fieldsOfPart(part, labelled, file, name) {
    if (part.inline.length > 0) {
        const inline = inlineFields(part.inline, { file, line: part.inlineLine, column: 1 });
        if (inline.length > 0)
            return inline;
    }
    for (const node of part.nodes) {
        const found = nodeFields(node, labelled, file, name);
        if (found.length > 0)
            return found;
    }
    return [];
}
function nodeFields(node, labelled, file, name) {
    switch (node.type) {
        case 'table':
            return tableFields(node, file);
        case 'code':
            return codeFields(node, file, name);
        case 'list':
            return listFields(node, labelled, file);
        default:
            return [];
    }
}
function tableFields(table, file) {
    const [header, ...rows] = table.children;
    if (!header)
        return [];
    const titles = header.children.map(cell => plainText(cell).trim());
    const nameColumn = titles.findIndex(title => NAME_HEADER.test(title));
    if (nameColumn !== 0)
        return [];
    const typeColumn = titles.findIndex((title, at) => at !== nameColumn && TYPE_HEADER.test(title));
    const descriptionColumn = titles.findIndex((title, at) => at !== nameColumn && at !== typeColumn && DESCRIPTION_HEADER.test(title));
    return rows.flatMap(row => {
        const name = fieldName(cellText(row, nameColumn) ?? '');
        if (!name)
            return [];
        return [
            {
                name,
                type: cellText(row, typeColumn),
                description: cellText(row, descriptionColumn),
                source: positionOf(row, file)
            }
        ];
    });
}
/** `- \`id\`: UUID — primary key`, `- **name** (string): shown to users`, `- email: string`. */
function listFields(list, labelled, file) {
    const fields = [];
    let itemsWithFields = 0;
    for (const item of list.children) {
        const first = item.children[0];
        if (first?.type !== 'paragraph')
            continue;
        const before = fields.length;
        const source = positionOf(item, file);
        const several = labelled ? codeSpanFieldNames(first.children) : [];
        if (several.length > 1) {
            fields.push(...several.map(name => ({ name, type: undefined, description: undefined, source })));
            itemsWithFields++;
            continue;
        }
        const line = plainText(first).split('\n')[0];
        const field = fieldFromLine(line, labelled, source);
        if (!field) {
            fields.push(...fieldsFromLine(line, source));
        }
        else if (valuesInParens(first)) {
            // `Status` (`Pending`, `Completed`): the values it takes, not its type.
            fields.push({ ...field, type: undefined, description: parenthesised(field) });
        }
        else {
            fields.push(field);
        }
        if (fields.length > before)
            itemsWithFields++;
    }
    // An unlabelled list is a field list only when most of it reads as one.
    if (!labelled && (fields.length < 2 || itemsWithFields * 2 < list.children.length))
        return [];
    return fields;
}
/** `` `Status` (`Pending`, …) ``: a name, an opening parenthesis, then code. */
function valuesInParens(paragraph) {
    const [, open, value] = paragraph.children;
    return open?.type === 'text' && open.value.trim() === '(' && value?.type === 'inlineCode';
}
function parenthesised(field) {
    return [field.type, field.description].filter(Boolean).join(', ') || undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/enums.ts









function enumEntities(context) {
    context.nodes.forEach((node, index) => {
        if (node.role === 'entity' || context.owners[index])
            return;
        const chain = [node, ...ancestors(context.nodes, index)];
        const aboutEnums = chain.some(at => ENUM_TITLE.test(at.title));
        // A section about something else ("Examples", "Migration") hides what its code declares;
        // "Enumerations" is skipped as no entity too, and what it holds is what is wanted here.
        const skippedBy = chain.filter(at => at.role === 'skip').pop();
        if (skippedBy && !ENUM_TITLE.test(skippedBy.title))
            return;
        if (!aboutEnums && headingFields(context, index, node.title) !== 'enum')
            return;
        const found = enumsIn(node.body, context.file, aboutEnums);
        const named = headingEnum(context, index, found, aboutEnums);
        const existing = chain.some(at => saysExisting(at.title));
        for (const declared of named ? [named] : found) {
            pushEntity(context, {
                name: declared.name,
                fields: declared.values,
                states: [],
                existing,
                extended: false,
                derived: false,
                kind: 'enum',
                aliases: [],
                source: declared.source
            });
        }
    });
    context.entities.sort((a, b) => a.source.line - b.source.line);
}
/**
 * A heading that names one enum (`### Roast`, `### 2.4 Roast level enum`) is that enum, named as
 * its code names it when its code declares it (`RoastLevel`), else by its title; its values come
 * from the code or, under an "Enums" group, from a plain list.
 */
function headingEnum(context, index, found, aboutEnums) {
    const node = context.nodes[index];
    if (found.length > 1 || isGroupTitle(node.title))
        return undefined;
    const source = positionOf(node.heading, context.file);
    if (found.length === 1)
        return { ...found[0], source };
    const title = withoutEnumWords(cleanName(node).text);
    if (!aboutEnums || !(isIdentifier(title) || /^\p{Lu}[\p{L}\p{N}]{0,60}$/u.test(title)))
        return undefined;
    const values = listValues(node.body, context.file);
    return values.length > 0 ? { name: title, values, source } : undefined;
}
function withoutEnumWords(title) {
    return title.replace(ENUM_TITLE_WORDS_ALL, ' ').replace(/\s+/g, ' ').trim();
}
/** "Enums", "Enumerations", "Status enums": a title that groups enums rather than names one. */
function isGroupTitle(title) {
    return withoutEnumWords(stripNumbering(title)) === '';
}
/** The enums a section's own blocks define: in code, or as `Name: a, b, c` lines. */
function enumsIn(nodes, file, aboutEnums) {
    const found = [];
    for (const node of nodes) {
        if (isCode(node)) {
            const declared = typeDefinitions(node, file);
            for (const definition of declared.filter(item => item.isEnum))
                found.push({
                    name: definition.name,
                    values: definition.values,
                    source: { file, line: definition.line, column: 1 }
                });
            if (declared.length === 0 && aboutEnums)
                found.push(...valueLines(node, file));
        }
        else if (node.type === 'list' && aboutEnums) {
            found.push(...listedEnums(node, file));
        }
    }
    return found;
}
/** `Priority: high, medium, low` a line, in a block of text. */
function valueLines(code, file) {
    const start = (code.position?.start.line ?? 1) + 1;
    return code.value.split('\n').flatMap((line, at) => {
        const found = namedValues(line, { file, line: start + at, column: 1 });
        return found ? [found] : [];
    });
}
/** `- **Priority**: high, medium, low`, `- \`Channel\`: \`sms\` | \`email\``. */
function listedEnums(list, file) {
    return list.children.flatMap(item => {
        const first = item.children[0];
        if (first?.type !== 'paragraph')
            return [];
        const found = namedValues(plainText(first).split('\n')[0], positionOf(item, file));
        return found ? [found] : [];
    });
}
function namedValues(line, source) {
    const match = /^\s{0,8}(\p{Lu}[\p{L}\p{N}_]{0,60})\s{0,3}[:=]\s{0,3}(\S.{0,400})$/u.exec(line);
    if (!match)
        return undefined;
    const values = splitValues(match[2], source);
    return values.length >= 2 ? { name: match[1], values, source } : undefined;
}
/**
 * Values written one a list item under the enum's own heading (`- LIGHT`, `- \`dark\` — …`), or
 * one a row of a table whose first column holds them (`| Value | Meaning |`).
 */
function listValues(nodes, file) {
    const values = [];
    for (const node of nodes) {
        if (node.type === 'table')
            values.push(...tableValues(node, file));
        if (node.type !== 'list')
            continue;
        for (const item of node.children) {
            const first = item.children[0];
            if (first?.type !== 'paragraph')
                continue;
            const value = /^[`'"]?([\p{L}_][\p{L}\p{N}_-]{0,40})[`'"]?(?:\s|$|[:—–-])/u.exec(plainText(first).trim())?.[1];
            if (value)
                values.push({
                    name: value,
                    type: undefined,
                    description: undefined,
                    source: positionOf(item, file)
                });
        }
    }
    return values;
}
function tableValues(table, file) {
    const [header, ...rows] = table.children;
    if (!header || !ENUM_VALUE_HEADER.test(cellText(header, 0) ?? ''))
        return [];
    return rows.flatMap(row => {
        const value = (cellText(row, 0) ?? '').replace(/[`'"]/g, '');
        return /^[\p{L}_][\p{L}\p{N}_-]{0,40}$/u.test(value)
            ? [{ name: value, type: undefined, description: undefined, source: positionOf(row, file) }]
            : [];
    });
}
function splitValues(text, source) {
    const values = [];
    for (const piece of text.split(/[,|/]/)) {
        const value = piece
            .trim()
            .replace(/^[`'"]|[`'".]$/g, '')
            .trim();
        if (!/^[\p{L}_][\p{L}\p{N}_-]{0,40}$/u.test(value))
            return [];
        values.push({ name: value, type: undefined, description: undefined, source });
    }
    return values;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/derived.ts
/** Entities with nothing to build: views, read models, log records that are never stored. */





function saysDerived(context, index) {
    if (headingSaysDerived(context, index))
        return true;
    return aboutLines(context, index).some(line => DERIVED_LINES.some(pattern => pattern.test(line)) ||
        (LOG_RECORD.test(line) && NOT_SEPARATELY_STORED.test(line)));
}
/** The heading's own note, or a group above it such as "Derived Views". */
function headingSaysDerived(context, index) {
    const node = context.nodes[index];
    if (noteSaysDerived(headingNote(stripNumbering(node.title))))
        return true;
    return ancestors(context.nodes, index).some(ancestor => DERIVED_GROUP.test(stripNumbering(ancestor.title)) ||
        (ancestor.role === 'group' && noteSaysDerived(headingNote(ancestor.title))));
}
/** What follows the name: `(log record, not stored)`, `— derived view`. */
function headingNote(title) {
    const open = title.indexOf('(');
    if (open > 0)
        return title.slice(open + 1).replace(/\)\s*$/, '');
    const dash = /\s[—–-]\s/.exec(title);
    return dash ? title.slice(dash.index + dash[0].length) : '';
}
function noteSaysDerived(note) {
    if (!DERIVED_NOTE.test(note))
        return false;
    const withoutStorage = note.replace(NOT_STORED_EVERYWHERE, '');
    return DERIVED_NOTE.test(withoutStorage) || !IN_MEMORY.test(note);
}
/** The section's paragraphs and "Purpose"-like labels, never its field lists. */
function aboutLines(context, index) {
    const lines = [];
    for (const part of sectionParts(context, index)) {
        if (part.label !== undefined && !ABOUT_LABEL.test(part.label))
            continue;
        if (part.inline.length > 0)
            lines.push(...renderedLines(part.inline));
        for (const node of part.nodes) {
            if (node.type === 'paragraph')
                lines.push(...renderedLines(node.children));
        }
    }
    return lines;
}
/**
 * In a section of types "derived from the others", the type made only of the others (`GardenState`
 * holding `Record<string, Plot>`…) is the derived whole; the others are entities in their own right.
 */
function aggregates(definition, all) {
    const others = all.filter(other => other !== definition).map(other => other.name);
    return (definition.fields.length > 0 &&
        definition.fields.every(field => field.type !== undefined &&
            others.some(name => new RegExp(`\\b${name}\\b`).test(field.type))));
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/listed-entities.ts











/** The entities a heading with no sub-headings lists in its body, if it lists any. */
function listedIn(context, index) {
    const node = context.nodes[index];
    if (node.children.length > 0)
        return [];
    // "Batch (Aggregate Root)" names one entity; "API Messages" groups several.
    const title = stripNumbering(node.title)
        .replace(/\([^)]{0,120}\)/g, '')
        .trim();
    const entitiesTitle = ENTITY_LIST_TITLE.test(title);
    if (!entitiesTitle && !STRONG_GROUP.test(title))
        return [];
    const found = [];
    for (const block of node.body)
        found.push(...blockEntities(block, context.file, entitiesTitle));
    return found.length >= 2 || (entitiesTitle && found.length > 0) ? found : [];
}
function listedEntities(context) {
    context.nodes.forEach((node, index) => {
        if (node.role === 'entity')
            return;
        const chain = [node, ...ancestors(context.nodes, index)];
        if (chain.slice(1).some(ancestor => ancestor.role === 'skip'))
            return;
        const existing = chain.some(at => saysExisting(at.title));
        for (const listed of listedIn(context, index)) {
            pushEntity(context, {
                ...listed,
                states: [],
                existing,
                extended: false,
                derived: false,
                aliases: []
            });
        }
    });
}
function blockEntities(block, file, entitiesTitle) {
    if (block.type === 'table')
        return tableEntities(block, file);
    if (block.type !== 'list')
        return [];
    return block.children.flatMap(item => {
        const listed = listedEntity(item, file, entitiesTitle);
        return listed ? [listed] : [];
    });
}
/**
 * `- Packet` over a nested list of its parts; `- **Packet**: …` or `` - `Packet` — … `` with,
 * after the colon, its fields as code (`` `plot_id`, `label` ``) or a description. Under a title
 * other than "Entities" the name must read as a type (`SowRequest`), not a word of prose.
 */
function listedEntity(item, file, entitiesTitle) {
    const [first, ...rest] = item.children;
    if (first?.type !== 'paragraph')
        return undefined;
    const source = positionOf(item, file);
    const nested = rest.flatMap(node => node.type === 'list' ? node.children.flatMap(sub => itemParts(sub)) : []);
    const line = plainText(first).split('\n')[0].trim();
    if (rest.length > 0 && isEntityName(line, entitiesTitle))
        return { name: line, fields: fieldsOfParts(nested, file, line), source };
    const lead = namedLead(first);
    if (!lead || !isEntityName(lead.name, entitiesTitle))
        return undefined;
    const fields = nested.length > 0 ? fieldsOfParts(nested, file, lead.name) : listed_entities_codeFields(lead.rest, source);
    return { name: lead.name, fields, source };
}
function isEntityName(name, entitiesTitle) {
    if (isIdentifier(name))
        return /^\p{Lu}/u.test(name) || entitiesTitle;
    return entitiesTitle && /^\p{Lu}[\p{L}\p{N}_]{0,60}$/u.test(name);
}
/** `**Packet**: rest`, `` `Packet` — rest ``: the name in bold or code, then a colon or a dash. */
function namedLead(paragraph) {
    const [lead, after, ...others] = paragraph.children;
    if (lead?.type !== 'strong' && lead?.type !== 'inlineCode')
        return undefined;
    let name = (lead.type === 'inlineCode' ? lead.value : plainText(lead)).trim();
    let separated = name.endsWith(':');
    if (separated)
        name = name.slice(0, -1).trim();
    let rest = [after, ...others].filter((node) => node !== undefined);
    if (!separated && after?.type === 'text') {
        const match = /^\s{0,2}(?:[:—–]|-\s)\s{0,2}/.exec(after.value);
        if (!match)
            return undefined;
        separated = true;
        const remainder = after.value.slice(match[0].length);
        rest = remainder ? [{ type: 'text', value: remainder }, ...others] : others;
    }
    return separated ? { name, rest } : undefined;
}
/** After the colon, only code spans with commas between them: the entity's fields. */
function listed_entities_codeFields(rest, source) {
    const names = codeSpanFieldNames(rest);
    return names.map(name => ({ name, type: undefined, description: undefined, source }));
}
/** `| Message | Fields |` rows: an entity per row, its fields the comma-separated names. */
function tableEntities(table, file) {
    const [header, ...rows] = table.children;
    if (!header || !ENTITY_COLUMN.test(cellText(header, 0) ?? ''))
        return [];
    const fieldsColumn = header.children.findIndex(cell => FIELDS_COLUMN.test(plainText(cell).trim()));
    return rows.flatMap(row => {
        const name = (cellText(row, 0) ?? '').replace(/[`*]/g, '').trim();
        if (!isIdentifier(name) || !/^\p{Lu}/u.test(name))
            return [];
        const source = positionOf(row, file);
        const fields = (fieldsColumn > 0 ? (cellText(row, fieldsColumn) ?? '') : '')
            .split(',')
            .flatMap(piece => {
            const field = fieldName(piece);
            return field ? [{ name: field, type: undefined, description: undefined, source }] : [];
        });
        return [{ name, fields, source }];
    });
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/mentions.ts


/** Entities a text names, in order of first mention; case, plurals and spacing do not matter. */
function mentions_mentions(text, entities) {
    const { byName, longest } = nameIndex(entities);
    const tokens = wordSpans(text);
    const all = [];
    for (let at = 0; at < tokens.length; at++) {
        let joined = '';
        for (let span = 1; span <= longest && at + span <= tokens.length; span++) {
            joined += tokens[at + span - 1].text;
            const entity = byName.get(normalise(joined));
            if (!entity)
                continue;
            const last = tokens[at + span - 1];
            all.push({
                entity,
                index: tokens[at].index,
                length: last.index + last.text.length - tokens[at].index,
                word: at
            });
        }
    }
    // A longer name wins over a shorter one inside it: "Order Line" does not also name "Order".
    const kept = all.filter(mention => !all.some(other => other.length > mention.length &&
        other.index <= mention.index &&
        other.index + other.length >= mention.index + mention.length));
    const first = new Map();
    for (const mention of kept.sort((a, b) => a.index - b.index)) {
        if (!first.has(mention.entity))
            first.set(mention.entity, mention);
    }
    return [...first.values()];
}
const nameIndexes = new WeakMap();
/** Looked up once per document once its entities are known; every line is then matched against it. */
function nameIndex(entities) {
    const known = nameIndexes.get(entities);
    if (known && known.byName.size === entities.length)
        return known;
    const byName = new Map();
    let longest = 1;
    for (const entity of entities) {
        byName.set(normalise(entity.name), entity);
        // Counted at underscores too: `seed_packet` may be written "seed packet", two word spans.
        longest = Math.max(longest, entity.name.split(/[\s_-]+/).length);
    }
    const index = { byName, longest };
    nameIndexes.set(entities, index);
    return index;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/states.ts









/** The transitions an entity's own section states under a "State transitions"-like label. */
function headingStates(context, index) {
    return sectionParts(context, index)
        .filter(part => part.label !== undefined && STATE_TITLE.test(part.label))
        .flatMap(part => partTransitions(part, context.file));
}
function partTransitions(part, file) {
    const inline = part.inline.length > 0 ? itemTransitions(part.inline, part.inlineLine, file) : [];
    return [...inline, ...transitionsIn(part.nodes, file)];
}
/** "## State Transitions" sections: to the entity their title (or a label in them) names. */
function attachStateSections(context) {
    context.nodes.forEach((node, index) => {
        if (node.role !== 'skip' || !STATE_TITLE.test(node.title))
            return;
        const fallback = stateTarget(context, index);
        for (const part of partsOf(node.body, undefined)) {
            const named = part.label ? mentions_mentions(part.label, entitiesOf(context))[0]?.entity : undefined;
            const target = named ?? fallback;
            if (target)
                target.states.push(...partTransitions(part, context.file));
        }
    });
}
function stateTarget(context, index) {
    const entities = entitiesOf(context);
    const chain = [context.nodes[index], ...ancestors(context.nodes, index)];
    for (const node of chain) {
        if (node.role !== 'skip')
            break;
        const named = mentions_mentions(stripNumbering(node.title), entities)[0];
        if (named)
            return named.entity;
    }
    const owned = entities.filter(entity => !entity.existing);
    return owned.length === 1 ? owned[0] : undefined;
}
function transitionsIn(nodes, file) {
    const transitions = [];
    for (const node of nodes) {
        const line = node.position?.start.line ?? 1;
        if (node.type === 'code') {
            node.value.split('\n').forEach((text, offset) => {
                transitions.push(...lineTransitions(text, { file, line: line + 1 + offset, column: 1 }));
            });
        }
        else if (node.type === 'list') {
            for (const item of listItems(node)) {
                const first = item.children[0];
                if (first?.type === 'paragraph') {
                    transitions.push(...itemTransitions(first.children, item.position?.start.line ?? line, file));
                }
            }
        }
        else if (node.type === 'paragraph') {
            plainText(node)
                .split('\n')
                .forEach((text, offset) => transitions.push(...lineTransitions(text, { file, line: line + offset, column: 1 })));
        }
        else if (node.type === 'table') {
            transitions.push(...tableTransitions(node, file));
        }
    }
    return transitions;
}
/** `` `Sown -> Harvested`, `Wilted -> Composted` are allowed when… `` or `A → B (trigger)`. */
function itemTransitions(phrasing, line, file) {
    const source = { file, line, column: 1 };
    const spans = phrasing.filter(child => child.type === 'inlineCode' && arrowAt(child.value, 0) !== undefined);
    const text = plainText({ type: 'paragraph', children: phrasing }).split('\n').join(' ');
    // `Active → Removed`: operator… drain → forced close — the code span is the transition.
    if (spans.length > 0) {
        const last = spans[spans.length - 1];
        const after = phrasing.slice(phrasing.indexOf(last) + 1);
        const trigger = triggerText(plainText({ type: 'paragraph', children: after }));
        return spans.flatMap(span => lineTransitions(plainText(span), source).map(transition => ({ ...transition, trigger })));
    }
    return lineTransitions(text, source);
}
/** An arrow starting at or after `from`: `->`, `-->`, `=>`, `→`, `──>`, `──(trigger)──>`. */
function arrowAt(text, from) {
    for (let at = from; at < text.length; at++) {
        const char = text[at];
        if (char === '→' || char === '⟶' || char === '⇒' || char === '➜' || char === '➔') {
            return { start: at, end: at + 1, label: undefined };
        }
        if (!ARROW_SHAFT.has(char))
            continue;
        let end = at;
        while (end < text.length && ARROW_SHAFT.has(text[end]))
            end++;
        let label;
        if (text[end] === '(' && end - at >= 2) {
            const close = text.indexOf(')', end);
            if (close > end) {
                label = text.slice(end + 1, close).trim();
                end = close + 1;
                while (end < text.length && ARROW_SHAFT.has(text[end]))
                    end++;
            }
        }
        if (end < text.length && ARROW_HEADS.includes(text[end]))
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
function lineTransitions(line, source) {
    const text = line
        .trim()
        .replace(/^(?:[-*+]\s|\d{1,3}[.)]\s)/, '')
        .trim();
    const segments = [];
    const labels = [];
    let from = 0;
    for (let arrow = arrowAt(text, 0); arrow; arrow = arrowAt(text, arrow.end)) {
        segments.push(text.slice(from, arrow.start).trim());
        labels.push(arrow.label);
        from = arrow.end;
    }
    if (segments.length === 0)
        return [];
    const last = text.slice(from).trim();
    const states = segments.map(cleanState);
    if (states.some(state => state === undefined))
        return [];
    const target = /^`?([\p{L}_][\p{L}\p{N}_]{0,40})`?/u.exec(last);
    if (!target)
        return [];
    const trailing = triggerText(last.slice(target[0].length));
    const chain = [...states, [target[1]]];
    const transitions = [];
    for (let step = 0; step + 1 < chain.length; step++) {
        const trigger = labels[step] ?? (step + 2 === chain.length ? trailing : undefined);
        for (const fromState of chain[step]) {
            for (const toState of chain[step + 1]) {
                if (fromState === '[*]' || toState === '[*]')
                    continue;
                transitions.push({ from: fromState, to: toState, trigger, source });
            }
        }
    }
    return transitions;
}
/** `Active/Completed` → both states; anything that is not a state token rules the line out. */
function cleanState(segment) {
    const text = segment.split('`').join('').split('**').join('').trim();
    if (text === '[*]')
        return ['[*]'];
    const states = text.split('/').map(state => state.trim());
    return states.every(state => STATE_TOKEN.test(state)) ? states : undefined;
}
function triggerText(text) {
    let trigger = (0,pieces/* trimSeparators */.R)(text);
    if (trigger.startsWith('(') && trigger.endsWith(')'))
        trigger = trigger.slice(1, -1).trim();
    return trigger || undefined;
}
function tableTransitions(table, file) {
    const [header, ...rows] = table.children;
    if (!header)
        return [];
    const titles = header.children.map(cell => plainText(cell).trim());
    const fromColumn = titles.findIndex(title => TRANSITION_FROM_HEADER.test(title));
    const toColumn = titles.findIndex(title => TRANSITION_TO_HEADER.test(title));
    const triggerColumn = titles.findIndex(title => TRANSITION_TRIGGER_HEADER.test(title));
    if (fromColumn < 0 || toColumn < 0)
        return [];
    return rows.flatMap(row => {
        const from = cellText(row, fromColumn);
        const to = cellText(row, toColumn);
        if (!from || !to)
            return [];
        return [{ from, to, trigger: cellText(row, triggerColumn), source: positionOf(row, file) }];
    });
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/type-sections.ts
/** Headings that list several types ("Supporting Types"): one entity per type their code declares. */








/**
 * `### TypeScript Interfaces` holding `interface Grower`, `interface Plot`…, or
 * `### SowRequest / SowResponse` holding both: one entity each.
 */
function expandTypes(context, index) {
    const node = context.nodes[index];
    const named = namedTypes(node.title);
    if (!TYPES_TITLE.test(node.title) && named.length < 2)
        return false;
    const definitions = node.body
        .filter(isCode)
        .flatMap(code => typeDefinitions(code, context.file))
        .filter(definition => !definition.isEnum &&
        definition.fields.length > 0 &&
        (named.length < 2 || named.includes(definition.name)));
    if (definitions.length < 2)
        return false;
    const existing = saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
    const derivedSection = headingSaysDerived(context, index);
    for (const definition of definitions) {
        pushEntity(context, {
            name: definition.name,
            fields: definition.fields,
            states: [],
            existing,
            extended: !existing && saysExtended(context, index),
            derived: derivedSection && aggregates(definition, definitions),
            aliases: [],
            source: { file: context.file, line: definition.line, column: 1 }
        });
    }
    return true;
}
/** `SowRequest / SowResponse`, `` `Plot`, `Bed` and `Row` ``: the type names a title lists. */
function namedTypes(title) {
    const pieces = stripNumbering(title)
        .split(TYPE_NAME_SEPARATOR)
        .map(piece => piece.replace(/[`*]/g, '').trim());
    return pieces.every(piece => isIdentifier(piece) && /^\p{Lu}/u.test(piece)) ? pieces : [];
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/entities.ts













function classify(context) {
    const { nodes } = context;
    nodes.forEach((node, index) => {
        node.role = roleOf(context, index);
        const parent = node.parent === undefined ? undefined : context.owners[node.parent];
        if (node.role === 'part')
            context.owners[index] = parent;
    });
    // `## PlotId (newtype)` comes before the `## HarvestRecord` that shows headings are entities here.
    nodes.forEach((node, index) => {
        if (node.role !== 'other')
            return;
        const name = cleanName(node);
        if (!mayNameEntity(context, index, name) || !amongEntities(context, index, name))
            return;
        if (addEntity(context, index, name.text, headingFields(context, index, name.text))) {
            node.role = 'entity';
        }
    });
    listedEntities(context);
    context.entities.sort((a, b) => a.source.line - b.source.line);
}
function roleOf(context, index) {
    const { nodes } = context;
    const node = nodes[index];
    if (node.depth === 1 && !nodes.slice(0, index).some(other => other.depth === 1))
        return 'title';
    const parent = node.parent === undefined ? undefined : nodes[node.parent];
    if (parent && (parent.role === 'entity' || parent.role === 'part')) {
        return nestedEntity(context, index) ? 'entity' : 'part';
    }
    if (parent?.role === 'skip')
        return 'skip';
    const name = cleanName(node);
    const title = stripNumbering(node.title);
    if (!name.text || aboutModel(name.text) || aboutModel(title))
        return 'skip';
    if (ABOUT_SYSTEM.test(title) && !namesEntityAnyway(context, index, name.text))
        return 'skip';
    if (entities_isGroup(context, index))
        return 'group';
    return entityFromHeading(context, index) ? 'entity' : 'other';
}
/** "Domain Validation" with fields, among "Core Entities": an entity despite its word. */
function namesEntityAnyway(context, index, name) {
    const parent = context.nodes[index].parent;
    const group = parent === undefined ? undefined : context.nodes[parent];
    if (group?.role !== 'group' || !STRONG_GROUP.test(group.title))
        return false;
    const fields = headingFields(context, index, name);
    return fields !== 'enum' && fields.length >= 2;
}
/** A heading over headings that are not its own parts, with no fields of its own, groups them. */
function entities_isGroup(context, index) {
    const node = context.nodes[index];
    if (node.children.length === 0)
        return false;
    const ownParts = node.children.every(child => isPartTitle(context.nodes[child].title));
    if (ownParts)
        return false;
    return fieldsOfParts(partsOf(node.body, undefined), context.file, '').length === 0;
}
/** A heading inside an entity's section names another entity only when it is an identifier with fields. */
function nestedEntity(context, index) {
    const node = context.nodes[index];
    if (isPartTitle(node.title))
        return false;
    const name = cleanName(node);
    if (!isIdentifier(name.text) && !name.quoted)
        return false;
    return addEntity(context, index, name.text, headingFields(context, index, name.text));
}
function entityFromHeading(context, index) {
    const node = context.nodes[index];
    if (namedTypes(node.title).length >= 2 && expandTypes(context, index))
        return true;
    const name = cleanName(node);
    if (!mayNameEntity(context, index, name))
        return false;
    const fields = headingFields(context, index, name.text);
    if (fields === 'enum')
        return false;
    if (expandTypes(context, index))
        return true;
    const labelled = ENTITY_LABEL.test(stripNumbering(node.title)) || name.labelled;
    const evidence = labelled ||
        (fields.length > 0 && (name.quoted || isIdentifier(name.text) || isTitled(name.text))) ||
        fields.length >= 2 ||
        inGroup(context, index, name);
    return evidence && addEntity(context, index, name.text, fields);
}
/** Not an enumeration, a service or a sentence. */
function mayNameEntity(context, index, name) {
    const node = context.nodes[index];
    if (!isNameLike(name.text) ||
        ENUM_TITLE.test(node.title) ||
        NOT_A_TYPE.test(qualifier(node.title)) ||
        listedIn(context, index).length > 0) {
        return false;
    }
    return !ancestors(context.nodes, index).some(ancestor => ENUM_TITLE.test(ancestor.title));
}
function inGroup(context, index, name) {
    const parent = context.nodes[index].parent;
    const group = parent === undefined ? undefined : context.nodes[parent];
    if (group?.role !== 'group')
        return false;
    const code = name.quoted || isIdentifier(name.text);
    // A bare title such as "Sync Document Structure" is a topic; "Proxy" or "Events" is a name.
    if (STRONG_GROUP.test(group.title))
        return code || /^\p{Lu}\S*$/u.test(name.text) || saysExisting(group.title);
    return WEAK_GROUP.test(group.title) && code;
}
/** `## PlotId (newtype)` among `## HarvestRecord`, `## Plot`…: the document lists one entity per heading. */
function amongEntities(context, index, name) {
    if (!name.quoted && !isIdentifier(name.text) && !name.qualified)
        return false;
    const node = context.nodes[index];
    const siblings = context.nodes.filter((other, at) => at !== index && other.parent === node.parent && other.depth === node.depth);
    const entities = siblings.filter(sibling => context.entities.some(found => found.source.line === sibling.heading.position?.start.line));
    return entities.length >= 2;
}
function addEntity(context, index, name, fields) {
    if (fields === 'enum')
        return false;
    const node = context.nodes[index];
    const existing = saysExisting(node.title) || ancestors(context.nodes, index).some(a => saysExisting(a.title));
    const entity = {
        name,
        fields,
        states: headingStates(context, index),
        existing,
        extended: !existing && saysExtended(context, index),
        derived: saysDerived(context, index),
        ...(EMBEDDED_HEADING.test(node.title) ? { embedded: true } : {}),
        aliases: [],
        source: positionOf(node.heading, context.file)
    };
    if (!pushEntity(context, entity))
        return false;
    context.owners[index] = entity;
    context.homes.set(entity, index);
    return true;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/relationship-kinds.ts
/** The kind of a relationship (1:1, 1:N, N:1, N:M), said in words or drawn as cardinalities. */


/** The kind a line states in words, else from cardinalities written between the two entities. */
function kindOf(text, left, right) {
    const worded = RELATIONSHIP_KINDS.find(([pattern]) => pattern.test(text))?.[1];
    if (worded)
        return worded;
    if (!left)
        return undefined;
    const between = text.slice(left.index + left.length, right.index);
    const marks = cardinalities(between);
    if (marks.length >= 2)
        return cardinalityKind(marks);
    // "One SeedCatalog owns many Packet records"
    const said = wordSpans(between).map(word => word.text.toLowerCase());
    return said.some(word => MANY_WORDS.includes(word)) ? '1:N' : undefined;
}
/** `(1)`, `*`, `0..1`, `1..100`, `(M)` written around a connector. */
function cardinalities(text) {
    return text
        .split(/[\s─\-=<>|(){}]+/)
        .filter(token => /^(?:[01*NM]|\d{1,4}\.\.(?:\d{1,4}|[*n]))$/i.test(token));
}
function cardinalityKind(marks) {
    if (marks.length < 2)
        return undefined;
    const side = (mark) => (/^(?:1|0\.\.1)$/.test(mark) ? '1' : 'N');
    return kindName(side(marks[0]), side(marks[marks.length - 1]));
}
function kindName(left, right) {
    if (left === 'N' && right === 'N')
        return 'N:M';
    return `${left}:${right}`;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/diagrams.ts





const BRANCH = /[├└]|[|+\\`]--/;
/** Box-and-line diagrams and trees in code blocks: `A (1) ──── (*) B`, `A 1──* B`, `├── Child`. */
function diagramRelationships(code, entities, file) {
    const lines = code.value.split('\n');
    const start = (code.position?.start.line ?? 1) + 1;
    const found = [];
    lines.forEach((text, at) => {
        const source = { file, line: start + at, column: 1 };
        const named = mentions_mentions(text, entities);
        const branch = BRANCH.exec(text);
        if (branch && named[0] && named[0].index > branch.index) {
            const parent = treeParent(lines, at, branch.index, entities);
            if (parent && parent !== named[0].entity) {
                found.push({
                    from: parent.name,
                    to: named[0].entity.name,
                    kind: cardinalityKind(['1', ...cardinalities(text.slice(branch.index, named[0].index))]),
                    text: `${parent.name} → ${text.trim()}`,
                    source
                });
            }
        }
        for (let step = 0; step + 1 < named.length; step++) {
            const left = named[step];
            const right = named[step + 1];
            const between = text.slice(left.index + left.length, right.index);
            if (left.entity === right.entity || !/[─\-=>←→<|*]/.test(between))
                continue;
            found.push({
                from: left.entity.name,
                to: right.entity.name,
                kind: kindOf(text, left, right),
                text: text.trim(),
                source
            });
        }
    });
    return found;
}
/** The entity on the nearest line above whose column is at or left of the branch. */
function treeParent(lines, at, column, entities) {
    for (let above = at - 1; above >= 0; above--) {
        const candidates = wordSpans(lines[above]).filter(word => word.index <= column + 1);
        const nearest = candidates[candidates.length - 1];
        if (!nearest)
            continue;
        return entities.find(entity => sameName(entity.name, nearest.text));
    }
    return undefined;
}
/** `SHELF ||--o{ JAR : holds` */
function mermaidRelationships(code, entities, file) {
    if (!MERMAID_ER_DIAGRAM.test(code.value))
        return [];
    const start = (code.position?.start.line ?? 1) + 1;
    return code.value.split('\n').flatMap((text, at) => {
        const match = /^\s{0,12}([\w-]{1,80})\s{1,4}([|}o]{2})(?:--|\.\.)([|{o]{2})\s{1,4}([\w-]{1,80})/.exec(text);
        if (!match)
            return [];
        const from = entities.find(entity => sameName(entity.name, match[1]));
        const to = entities.find(entity => sameName(entity.name, match[4]));
        if (!from || !to)
            return [];
        const left = match[2].includes('}') ? 'N' : '1';
        const right = match[3].includes('{') ? 'N' : '1';
        return [
            {
                from: from.name,
                to: to.name,
                kind: kindName(left, right),
                text: text.trim(),
                source: { file, line: start + at, column: 1 }
            }
        ];
    });
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/relationships.ts










function relationshipsOf(context, root) {
    const entities = entitiesOf(context);
    const found = [];
    const add = (relationship) => {
        if (!relationship || relationship.from === relationship.to)
            return;
        if (found.some(other => other.from === relationship.from && other.to === relationship.to))
            return;
        found.push(relationship);
    };
    context.nodes.forEach((node, index) => {
        const inSection = [node, ...ancestors(context.nodes, index)].some(at => at.role === 'skip' && RELATIONSHIP_TITLE.test(at.title));
        if (inSection) {
            add(headingRelationship(node, entities, context.file));
            sectionRelationships(node.body, entities, context.file).forEach(add);
        }
        const owner = context.owners[index];
        if (owner)
            ownedRelationships(context, index, owner, entities).forEach(add);
    });
    for (const node of root.children) {
        if (node.type === 'code' && node.lang === 'mermaid')
            mermaidRelationships(node, entities, context.file).forEach(add);
    }
    return found;
}
/** `### Shelf ↔ Shelf Label` over `- **One-to-One**: each shelf has one label`. */
function headingRelationship(node, entities, file) {
    const relationship = statedRelationship(node.title, entities, positionOf(node.heading, file));
    if (!relationship || relationship.kind)
        return relationship;
    const body = node.body.map(child => plainText(child)).join('\n');
    return { ...relationship, kind: RELATIONSHIP_KINDS.find(([pattern]) => pattern.test(body))?.[1] };
}
/** Lines of a "Relationships" section: bullets, table rows, diagrams, trees. */
function sectionRelationships(nodes, entities, file) {
    const found = [];
    for (const node of nodes) {
        if (node.type === 'list') {
            for (const item of listItems(node)) {
                const first = item.children[0];
                if (first?.type !== 'paragraph')
                    continue;
                const text = plainText(first).split('\n')[0];
                const relationship = statedRelationship(text, entities, positionOf(item, file));
                if (relationship)
                    found.push(relationship);
            }
        }
        else if (node.type === 'table') {
            for (const row of node.children.slice(1)) {
                const text = row.children.map(cell => plainText(cell)).join(' | ');
                const relationship = statedRelationship(text, entities, positionOf(row, file));
                if (relationship)
                    found.push(relationship);
            }
        }
        else if (node.type === 'code' && node.lang !== 'mermaid') {
            found.push(...diagramRelationships(node, entities, file));
        }
        else if (node.type === 'paragraph') {
            const line = node.position?.start.line ?? 1;
            plainText(node)
                .split('\n')
                .forEach((text, offset) => {
                const relationship = statedRelationship(text, entities, {
                    file,
                    line: line + offset,
                    column: 1
                });
                if (relationship)
                    found.push(relationship);
            });
        }
    }
    return found;
}
/** `User 1:N Order`, `**User** has many **Orders**`, `Order belongs to User`, `One Packet maps to one Tray`. */
function statedRelationship(text, entities, source) {
    const named = mentions_mentions(text, entities);
    const first = named[0];
    if (!first)
        return undefined;
    const lead = wordSpans(text)
        .slice(0, first.word)
        .map(word => word.text);
    if (lead.some(word => !RELATIONSHIP_LEAD_WORDS.has(word.toLowerCase()) && !/^\d{1,3}$/.test(word)))
        return undefined;
    const second = named.find(mention => mention.entity !== first.entity);
    if (!second)
        return undefined;
    return {
        from: first.entity.name,
        to: second.entity.name,
        kind: kindOf(text, first, second),
        text: text.trim(),
        source
    };
}
/** Under an entity's "Relationships:" label: `- belongs to one project`, `- **One-to-Many** with Site`. */
function ownedRelationships(context, index, owner, entities) {
    const node = context.nodes[index];
    const parts = partsOf(node.body, RELATIONSHIP_TITLE.test(node.title) ? node.title : undefined);
    const found = [];
    for (const part of parts) {
        if (!part.label || !RELATIONSHIP_LABEL.test(part.label))
            continue;
        const lines = [];
        if (part.inline.length > 0) {
            lines.push({
                text: plainText({ type: 'paragraph', children: part.inline }),
                source: { file: context.file, line: part.inlineLine, column: 1 }
            });
        }
        for (const list of part.nodes) {
            if (list.type !== 'list')
                continue;
            for (const item of listItems(list)) {
                const first = item.children[0];
                if (first?.type === 'paragraph')
                    lines.push({
                        text: plainText(first).split('\n')[0],
                        source: positionOf(item, context.file)
                    });
            }
        }
        for (const line of lines) {
            const other = mentions_mentions(line.text, entities).find(mention => mention.entity !== owner);
            if (!other)
                continue;
            found.push({
                from: owner.name,
                to: other.entity.name,
                kind: kindOf(line.text, undefined, other),
                text: `${owner.name}: ${line.text.trim()}`,
                source: line.source
            });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/core/parse/data-model/index.ts









function parseDataModel(doc) {
    try {
        return { dataModel: readDataModel(doc), findings: [] };
    }
    catch (error) {
        // A parser bug must cost one document, not the whole feature.
        const message = error instanceof Error ? error.message : String(error);
        return {
            dataModel: { entities: [], relationships: [] },
            findings: [
                (0,parse_finding/* parseError */.u)({ file: doc.path, line: 1, column: 1 }, `Could not read ${doc.path}: ${message}`)
            ]
        };
    }
}
function readDataModel(doc) {
    // Without a `|` there is no table, and the table extension is the slow part of parsing.
    const root = parseMarkdown(doc.text, { tables: doc.text.includes('|') });
    const context = {
        file: doc.path,
        nodes: outline_outline(root),
        entities: [],
        owners: [],
        names: new Set(),
        parts: new Map(),
        fields: new Map(),
        homes: new Map()
    };
    classify(context);
    enumEntities(context);
    diagramEntities(context, root);
    nameAliases(context);
    const relationships = relationshipsOf(context, root);
    attachStateSections(context);
    return { entities: context.entities, relationships };
}

;// CONCATENATED MODULE: ./src/core/parse/design-trees.ts



/** Fewer branch lines than this and a code block is not a drawn tree (a stray box character). */
const MIN_BRANCH_LINES = 2;
/**
 * The files each document's drawn trees name below a folder the plan lays out, with what the
 * tree says of each. A tree of what a command writes for the user (`my-project/notes.md`) or of
 * runtime output (`.cache/runs/…`) lies outside the plan's folders and adds nothing; a file the
 * plan itself lists keeps the plan's word on it (the caller keeps the first of each path).
 */
function plannedFromDesignTrees(documents, structure) {
    const planDirs = [...structure.sourceDirs, ...structure.testDirs];
    if (planDirs.length === 0)
        return [];
    const inPlanFolder = (path) => planDirs.some(dir => path.startsWith(dir));
    const planned = [];
    for (const doc of documents) {
        if (!doc.relativePath.endsWith('.md'))
            continue;
        for (const block of drawnTrees(doc.text)) {
            const entries = readTree(block.value);
            // The feature's own documentation tree (`specs/001-x/…`) is not source code.
            if (entries.length === 0 || entries[0].path.startsWith(vocabulary_documents/* FEATURE_FOLDERS_ROOT */.uw))
                continue;
            const line = block.firstLine;
            for (const file of plannedFromTree(entries, doc.path, line))
                if (inPlanFolder(file.path))
                    planned.push(file);
        }
    }
    return planned;
}
/**
 * The fenced code blocks drawn as trees: two or more branch lines. Found by a scan of the fences
 * at the start of a line, not a second markdown parse: the document's own parser has already
 * paid for one, and a parse of every document again doubled the cost of reading a feature.
 */
function drawnTrees(text) {
    // Most design documents draw no tree.
    if (!TREE_BRANCH.test(text))
        return [];
    return fencedBlocks(text).filter(block => block.value.split('\n').filter(line => TREE_BRANCH.test(line)).length >= MIN_BRANCH_LINES);
}
/** Top-level fences (``` or ~~~, three or more, at the line start), closed by a like fence. */
function fencedBlocks(text) {
    const lines = text.split('\n');
    const blocks = [];
    for (let at = 0; at < lines.length; at++) {
        const open = /^(`{3,}|~{3,})/.exec(lines[at]);
        if (!open || (open[1][0] === '`' && lines[at].slice(open[1].length).includes('`')))
            continue;
        const fence = open[1];
        let end = at + 1;
        while (end < lines.length && !isClosing(lines[end], fence))
            end++;
        blocks.push({ value: lines.slice(at + 1, end).join('\n'), firstLine: at + 2 });
        at = end;
    }
    return blocks;
}
function isClosing(line, fence) {
    const trimmed = line.trimEnd();
    const indent = trimmed.length - trimmed.trimStart().length;
    const bare = trimmed.trimStart();
    return indent <= 3 && bare.length >= fence.length && [...bare].every(ch => ch === fence[0]);
}

;// CONCATENATED MODULE: ./src/core/vocabulary/documents-quickstart.ts
/**
 * What the product knows about how people title the sections of a quickstart: which headings
 * name a scenario to walk through, and which are set-up, build steps, reference material or
 * developer chores. Lists are keyed by language where a quickstart may be written in another;
 * Korean words stand outside `\b`, which does not see Hangul as word characters.
 */

/** Decides which sections are set-up or reference, not scenarios, matched at the title's start (pattern sources). */
const NOT_SCENARIO_SECTIONS = [
    'prerequisites?',
    'requirements',
    'setup',
    'set up',
    'installation',
    'install',
    'configuration',
    'troubleshooting',
    'overview',
    'introduction',
    'summary',
    'cleanup',
    'clean up',
    'next steps',
    'references?',
    'notes?',
    'see also',
    'environment',
    'success criteria',
    'expected results?',
    'validation checklist',
    'checklist',
    'table of contents',
    'contents',
    'faq',
    'resources',
    'tips'
];
/**
 * Decides which headings, and everything under them, are about building or preparing rather
 * than using the feature ("Database Setup", "Build Steps", "Storage Layer Implementation").
 * Quickstarts written as developer guides are full of them, and none is a scenario to test.
 */
const PREPARATION_WORDS = {
    en: [
        'setup',
        'set up',
        'installation',
        'install',
        'installing',
        'prerequisites?',
        'troubleshooting',
        'implementation',
        'implementing',
        'cleanup',
        'clean up',
        'next steps',
        'development',
        'dependencies',
        'clone',
        'cloning',
        'bootstrap',
        'build',
        'project structure',
        'directory structure',
        'conventions',
        'commands',
        'tips',
        'debugging',
        'deployment',
        'common issues',
        'known issues',
        'issues & solutions'
    ],
    es: [
        'prerrequisitos',
        'requisitos previos',
        'instalación',
        'instalar',
        'clonar',
        'configurar',
        'levantar',
        'configuración inicial'
    ]
};
/** Decides which units make a parenthesised estimate, which belongs to a build step: "(30 minutes)" (pattern sources). */
const DURATION_UNITS = ['min', 'mins', 'minutes?', 'h', 'hrs?', 'hours?'];
/** Decides which headings name a scenario themselves. Not "step": "Step 2: Add the Repository" is a build step (pattern sources). */
const SCENARIO_HEADING_WORDS = {
    en: [
        'scenario',
        'tests?',
        'testing',
        'flows?',
        'journey',
        'walkthrough',
        'use case',
        'example',
        'validate',
        'verify',
        'check'
    ],
    ko: ['시나리오'],
    es: ['escenario']
};
/**
 * Decides which headings are reference material or test data, with everything under them:
 * "Test Data", "Request Format", "Swagger/OpenAPI", a tutorial's "Syntax Basics". They describe
 * what a scenario uses, not a scenario.
 */
const REFERENCE_TITLES = {
    /** The whole title: "Data", "Sample Fixtures" (pattern sources, after an optional `test ` or `sample `). */
    whole: ['data', 'fixtures?'],
    /** Anywhere as whole words (pattern sources). */
    words: [
        'swagger',
        'openapi',
        'basics',
        'appendix',
        'glossary',
        'cheat ?sheet',
        '(?:recommended|suggested|planned) (?:tests|testing|coverage)',
        'pruebas (?:mínimas )?recomendadas'
    ],
    /** The title's last word. */
    endings: ['format', 'formats', 'reference', 'syntax']
};
/**
 * Decides which headings are developer chores, not the feature at work: "Run Checks", "Running
 * mypy", "npm run build passes" (pattern sources) …
 */
const CHORE_WORDS = [
    'run(?:ning)? (?:the )?(?:checks|tests|test suite|linters?)',
    'mypy',
    'ruff',
    'eslint',
    'lint(?:ing|ers?)?',
    'type[- ]?check(?:s|ing)?',
    'npm run',
    'build passes'
];
/** … and running a test suite: "Backend Tests", "Manual Testing", these words before `tests` or `testing`. */
const TEST_SUITE_WORDS = [
    'unit',
    'integration',
    'e2e',
    'end-to-end',
    'backend',
    'frontend',
    'manual',
    'automated',
    'api',
    'ui',
    'contract',
    'smoke',
    'all',
    'the',
    'and',
    'running',
    'run'
];
/**
 * Decides which sections' sub-headings are scenarios even without a number or a scenario word:
 * the checks under "Quick checks" ("Stale badge", "Unplug the reader") (pattern sources).
 */
const CHECKS_SECTION_WORDS = [
    'failure[- ]paths?',
    'quick ?checks?',
    'edge cases?',
    'error cases?',
    'negative (?:tests|cases|paths)'
];
/** Decides which label makes a heading a scenario by name: "Scenario 5: …", "Test 2a: …" (order kept from the first list). */
const SCENARIO_LABELS = ['scenario', 'escenario', 'test', '시나리오'];
/** Decides which label a scenario's title loses: `Scenario 2: Reset the counters` → `Reset the counters`. */
const TITLE_LABELS = [
    'scenario',
    'escenario',
    '시나리오',
    'step',
    'test',
    'flow',
    'use case',
    'example'
];
/**
 * Decides which sections' numbered sub-headings are scenarios: "## Test Scenarios", "## Usage",
 * "## Walkthrough". Not "Examples": those show other tools around the feature (a web server's
 * configuration, a cron job), not the feature at work (pattern sources).
 */
const SCENARIO_SECTION_WORDS = [
    'scenarios?',
    'validation',
    'verification',
    'tests?',
    'testing',
    'usage',
    'walkthrough',
    'acceptance',
    'user journeys?'
];
/** Decides which section's numbered list is the walkthrough, when no heading names a scenario. */
const SCENARIO_LIST_SECTION_WORDS = ['scenario', 'validation', 'verification', 'test'];
/** The word that numbers a build step: "Step 3: …". */
const STEP_WORD = 'step';
const NOT_SCENARIO_SECTION = (0,build/* leadingWordPattern */.Pj)('quickstart-not-scenario-section', NOT_SCENARIO_SECTIONS, 'i', true);
const PREPARATION = (0,build/* pattern */.T1)('quickstart-preparation', `\\b${(0,build/* alternation */.Ql)([...PREPARATION_WORDS.en, ...PREPARATION_WORDS.es], true)}\\b`, 'i');
const DURATION = (0,build/* pattern */.T1)('quickstart-duration', `\\([^)]{0,40}?\\b\\d{1,4}\\s{0,2}${(0,build/* alternation */.Ql)(DURATION_UNITS, true)}\\b`, 'i');
const SCENARIO_HEADING = (0,build/* pattern */.T1)('quickstart-scenario-heading', `\\b${(0,build/* alternation */.Ql)(SCENARIO_HEADING_WORDS.en, true)}\\b|${[...SCENARIO_HEADING_WORDS.ko, ...SCENARIO_HEADING_WORDS.es].join('|')}`, 'i');
const REFERENCE = (0,build/* pattern */.T1)('quickstart-reference', `^(?:test |sample )?${(0,build/* alternation */.Ql)(REFERENCE_TITLES.whole, true)}$|\\b${(0,build/* alternation */.Ql)(REFERENCE_TITLES.words, true)}\\b|\\b${(0,build/* alternation */.Ql)(REFERENCE_TITLES.endings)}$`, 'i');
const CHORE = (0,build/* pattern */.T1)('quickstart-chore', `\\b${(0,build/* alternation */.Ql)(CHORE_WORDS, true)}\\b|^(?:${(0,build/* alternation */.Ql)(TEST_SUITE_WORDS)}\\s+)*(?:tests?|testing)$`, 'i');
const CHECKS_SECTION = (0,build/* wholeWordPattern */.i7)('quickstart-checks-section', CHECKS_SECTION_WORDS, 'i', true);
const SCENARIO_LABEL = (0,build/* pattern */.T1)('quickstart-scenario-label', `^(?:\\d{1,3}[.)]\\s{1,3})?(?:test\\s{1,3})?${(0,build/* alternation */.Ql)(SCENARIO_LABELS)}\\s{0,3}`, 'i');
const SCENARIO_SECTION = (0,build/* wholeWordPattern */.i7)('quickstart-scenario-section', SCENARIO_SECTION_WORDS, 'i', true);
const SCENARIO_LIST_SECTION = (0,build/* pattern */.T1)('quickstart-scenario-list-section', SCENARIO_LIST_SECTION_WORDS.join('|'), 'i');
/** "3. …" or "Step 3 …": a numbered heading. */
const NUMBERED_HEADING = (0,build/* pattern */.T1)('quickstart-numbered-heading', `^(?:\\d{1,3}[.)]|${STEP_WORD}\\s{0,3}\\d{1,3}\\b)`, 'i');
const TITLE_LABEL = (0,build/* pattern */.T1)('quickstart-title-label', `^(?:test\\s{1,3})?${(0,build/* alternation */.Ql)(TITLE_LABELS)}\\s{0,3}[\\dA-Z]{0,3}(?:\\.\\d{1,3})?\\s{0,3}[:.\\-–—]\\s{0,3}`, 'i');

;// CONCATENATED MODULE: ./src/core/parse/quickstart.ts


/** The number or letter after a scenario label: `5:`, `2a.`, `B —`. */
const LABEL_ID = /^(?:\d{1,3}[a-z]?|[A-Z])(?:\.\d{1,3})?\s{0,3}(?:[:.\-–—]|$)/;
function isLabelled(heading) {
    const label = SCENARIO_LABEL.exec(heading.trim());
    return label !== null && LABEL_ID.test(heading.trim().slice(label[0].length));
}
function parseQuickstart(doc) {
    const all = sections(parseMarkdown(doc.text));
    // A developer's build guide ("Step 3: Storage Layer Implementation") walks through no scenario.
    if (isBuildGuide(all))
        return { quickstart: { scenarios: [] }, findings: [] };
    const fromHeadings = headingScenarios(all, doc.path);
    const scenarios = fromHeadings.length > 0 ? fromHeadings : listScenarios(all, doc.path);
    return { quickstart: { scenarios: quickstart_dedupe(scenarios) }, findings: [] };
}
function headingScenarios(all, file) {
    const found = [];
    const preparing = preparationSections(all);
    const open = [];
    for (const section of all) {
        while (open.length > 0 && open[open.length - 1].depth >= section.depth)
            open.pop();
        // Numbered headings are scenarios in a scenarios section, or as the document's own top level
        // ("## 1. Create a Shelf" under the title); under any other section they are its steps.
        const inScenarioSection = open.every(ancestor => ancestor.depth === 1 || SCENARIO_SECTION.test(ancestor.title));
        const parent = open[open.length - 1];
        open.push(section);
        if (section.depth === 1 || preparing.has(section))
            continue;
        const title = cleanTitle(section.title);
        if (!title || CHORE.test(title))
            continue;
        const labelled = isLabelled(section.title);
        const numbered = NUMBERED_HEADING.test(section.title);
        const aCheck = parent !== undefined && CHECKS_SECTION.test(parent.title);
        if (!labelled &&
            !aCheck &&
            !SCENARIO_HEADING.test(section.title) &&
            !(numbered && inScenarioSection))
            continue;
        // A parent heading such as "## Test Scenarios" groups the real ones below it.
        if (isGroupHeading(section, all))
            continue;
        found.push({ scenario: { title, source: positionOf(section.heading, file) }, labelled });
    }
    // A document that labels its scenarios ("Scenario 3: …") says which headings are scenarios;
    // its other headings with a test word ("Manual Test Notes for reviewers") are not.
    const labelled = found.filter(entry => entry.labelled);
    return (labelled.length >= 2 ? labelled : found).map(entry => entry.scenario);
}
/** Most of the document's top-level steps are about preparing or building the code. */
function isBuildGuide(all) {
    const numbered = all.filter(section => section.depth > 1 && NUMBERED_HEADING.test(section.title));
    const top = Math.min(...numbered.map(section => section.depth));
    const steps = numbered.filter(section => section.depth === top);
    const building = steps.filter(step => PREPARATION.test(cleanTitle(step.title)) || DURATION.test(step.title));
    return steps.length >= 4 && building.length * 2 >= steps.length;
}
/** Sections about preparing or building, with everything under them. */
function preparationSections(all) {
    const preparing = new Set();
    const open = [];
    for (const section of all) {
        while (open.length > 0 && open[open.length - 1].depth >= section.depth)
            open.pop();
        const title = cleanTitle(section.title);
        // "Scenario 5: Settings Change Test" is labelled a scenario: its words do not make it set-up.
        const ownWords = !isLabelled(section.title) && (isPreparation(title) || DURATION.test(section.title));
        if (section.depth > 1 &&
            (open.some(ancestor => preparing.has(ancestor)) || ownWords || REFERENCE.test(title)))
            preparing.add(section);
        open.push(section);
    }
    return preparing;
}
function isPreparation(title) {
    return NOT_SCENARIO_SECTION.test(title) || PREPARATION.test(title);
}
function isGroupHeading(section, all) {
    const hasChildren = section.content.some(node => node.type === 'heading');
    if (!hasChildren)
        return false;
    const children = all.filter(other => other.depth === section.depth + 1 && section.content.includes(other.heading));
    return (CHECKS_SECTION.test(section.title) ||
        children.some(child => SCENARIO_HEADING.test(child.title) ||
            isLabelled(child.title) ||
            /^\d{1,3}[.)]\s/.test(child.title)));
}
function listScenarios(all, file) {
    const preparing = preparationSections(all);
    // Without such a section, numbered steps right under the title are the walkthrough itself.
    const section = all.find(candidate => !preparing.has(candidate) && SCENARIO_LIST_SECTION.test(candidate.title)) ?? all.find(candidate => candidate.depth === 1);
    if (!section)
        return [];
    const scenarios = [];
    for (const node of section.body) {
        if (node.type !== 'list' || !node.ordered)
            continue;
        for (const item of node.children) {
            const title = cleanTitle(quickstart_firstSentence(item));
            if (title && !CHORE.test(title))
                scenarios.push({ title, source: positionOf(item, file) });
        }
    }
    return scenarios;
}
/** A step's first sentence, even when soft-wrapped over lines; its sub-steps are not its title. */
function quickstart_firstSentence(item) {
    const first = item.children[0];
    if (first?.type !== 'paragraph')
        return '';
    const text = plainText(first).split('\n').join(' ').trim();
    const end = text.search(/[.!?;](?:\s|$)/);
    if (end < 0)
        return text;
    return text.slice(0, text[end] === ';' ? end : end + 1);
}
/** `Scenario 2: Reset the counters` → `Reset the counters`; `3. Create a user` → `Create a user`. */
function cleanTitle(heading) {
    let title = heading.trim();
    const numbered = /^\d{1,3}(?:\.\d{1,3})*[.)]?\s{1,3}/.exec(title);
    if (numbered)
        title = title.slice(numbered[0].length);
    const labelled = TITLE_LABEL.exec(title);
    if (labelled && labelled[0].length < title.length)
        title = title.slice(labelled[0].length);
    return title.trim();
}
function quickstart_dedupe(scenarios) {
    const seen = new Set();
    return scenarios.filter(scenario => {
        const key = scenario.title.toLowerCase();
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/core/parse/research.ts


function parseResearch(doc) {
    const root = parseMarkdown(doc.text);
    const decisions = [];
    const all = sections(root);
    const byHeading = new Map(all.map(section => [section.heading, section]));
    for (const section of all) {
        if (section.depth === 1)
            continue;
        const labels = labelledLines(section.body);
        for (const [label, value] of labelledSubsections(section, byHeading))
            if (!labels.has(label))
                labels.set(label, value);
        const headingDecision = research_labelOf(withoutNumber(section.title));
        const decision = headingDecision?.label === 'decision' && headingDecision.value
            ? headingDecision.value
            : labels.get('decision');
        if (!decision)
            continue;
        decisions.push({
            title: decisionTitle(section.title),
            decision,
            rationale: labels.get('rationale'),
            alternatives: labels.get('alternatives'),
            source: positionOf(section.heading, doc.path)
        });
    }
    return { research: { decisions }, findings: [] };
}
/**
 * `## 3. Decision: Use a ring buffer` → `Use a ring buffer`; `### R-1 — Label printing` →
 * `Label printing`; `## Decision 4: Caching` and `## Topic 2: Batching` lose their label too.
 */
function decisionTitle(heading) {
    let title = withoutNumber(heading);
    const labelled = research_labelOf(title);
    if (labelled)
        title = labelled.value;
    const prefix = vocabulary_documents/* RESEARCH_TITLE_LABEL */.ov.exec(title);
    if (prefix)
        title = title.slice(prefix[0].length);
    return title.trim() || heading.trim();
}
function withoutNumber(heading) {
    const title = heading.trim();
    const numbered = /^(?:[A-Z]-?\d{1,3}\s{0,2}[:—–-]|R?\d{1,3}(?:\.\d{1,3})*[.)]?)\s{1,3}/.exec(title);
    return numbered ? title.slice(numbered[0].length) : title;
}
/**
 * Every `Label: value` line in paragraphs and list items of a section's own body. A label with
 * nothing after it (`**Decision**:`) takes the paragraph or list that follows.
 */
function labelledLines(nodes) {
    const labels = new Map();
    const visit = (list) => {
        list.forEach((node, index) => {
            if (node.type === 'paragraph') {
                const lines = plainText(node).split('\n');
                lines.forEach((line, at) => {
                    const found = research_labelOf(line);
                    if (!found || labels.has(found.label))
                        return;
                    // A value soft-wrapped over the next lines goes on until the next label.
                    let end = at + 1;
                    while (end < lines.length && !research_labelOf(lines[end]))
                        end++;
                    const wrapped = [found.value, ...lines.slice(at + 1, end).map(next => next.trim())]
                        .filter(Boolean)
                        .join(' ');
                    const value = wrapped || (end === lines.length ? blockText(list[index + 1]) : '');
                    if (value)
                        labels.set(found.label, value);
                });
            }
            else if (node.type === 'list') {
                for (const item of node.children)
                    visit(item.children);
            }
        });
    };
    visit(nodes);
    return labels;
}
/** `### Decision`, `### Rationale`, `### Alternatives Considered` under a topic's heading. */
function labelledSubsections(section, byHeading) {
    const found = [];
    for (const node of section.content) {
        if (node.type !== 'heading' || node.depth !== section.depth + 1)
            continue;
        const child = byHeading.get(node);
        const bare = child.title.replace(/:\s{0,3}$/, '');
        // `### Decision: Use X` is a decision of its own, not a label of the section above it.
        if (bare.includes(':'))
            continue;
        const label = research_labelOf(`${bare}:`);
        const value = child.body.map(blockText).filter(Boolean).join(' ');
        if (label && value)
            found.push([label.label, value]);
    }
    return found;
}
function blockText(node) {
    if (node?.type === 'paragraph')
        return plainText(node).split('\n').join(' ').trim();
    if (node?.type === 'list') {
        return node.children
            .map(item => plainText(item).split('\n').join(' ').trim())
            .filter(Boolean)
            .join('; ');
    }
    return '';
}
function research_labelOf(line) {
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 40)
        return undefined;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (vocabulary_documents/* RESEARCH_LABELS */.YG.decision.includes(key))
        return { label: 'decision', value };
    if (vocabulary_documents/* RESEARCH_LABELS */.YG.rationale.includes(key))
        return { label: 'rationale', value };
    if (key.startsWith(vocabulary_documents/* ALTERNATIVES_LABEL_PREFIX */.Fo))
        return { label: 'alternatives', value };
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/parse/spec.ts


function parseSpec(doc) {
    const { root, sections: all, title: h1 } = outline(doc.text);
    return {
        spec: {
            title: h1 ? stripPrefix(h1.title, vocabulary_documents/* SPEC_TITLE_PREFIX */.mU) : undefined,
            stories: userStories(all, doc.path),
            requirements: requirements(root.children, doc.path),
            keyEntities: keyEntities(all, doc.path)
        },
        findings: []
    };
}
function stripPrefix(text, prefix) {
    const colon = text.indexOf(':');
    return colon > 0 && text.slice(0, colon).trim().toLowerCase() === prefix
        ? text.slice(colon + 1).trim()
        : text.trim();
}
// ---------------------------------------------------------------------------------------------
// User stories
/** `User Story 2 - Title (Priority: P1)`, with `—`, `:` or `–` separators, bold or not. */
function readStoryHeading(title) {
    const match = vocabulary_documents/* STORY_HEADING */.Rv.exec(title.trim());
    if (!match)
        return undefined;
    let rest = match[2].trim();
    let priority;
    const open = rest.lastIndexOf('(');
    if (open >= 0) {
        const inner = rest.slice(open + 1, rest.indexOf(')', open) < 0 ? undefined : rest.indexOf(')', open));
        const p = /\bP(\d{1,2})\b/.exec(inner);
        if (p && vocabulary_documents/* PRIORITY_ASIDE */.Wb.test(inner)) {
            priority = `P${p[1]}`;
            rest = rest.slice(0, open).trim();
        }
    }
    rest = cutAtEmoji(rest).trim();
    return { number: Number(match[1]), title: rest || `User Story ${match[1]}`, priority };
}
/** `Title 🎯 MVP` → `Title`; letters of any script (`선반 정리`, `书架管理`) are kept. */
function cutAtEmoji(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i);
        if (code >= 0x2600 && /\p{So}/u.test(String.fromCodePoint(code)))
            return text.slice(0, i);
    }
    return text;
}
function userStories(all, file) {
    const stories = [];
    for (const section of all) {
        const heading = readStoryHeading(section.title);
        if (!heading || stories.some(story => story.number === heading.number))
            continue;
        stories.push({
            id: `US${heading.number}`,
            number: heading.number,
            title: heading.title,
            priority: heading.priority,
            scenarios: scenariosIn(section.content, file),
            source: positionOf(section.heading, file)
        });
    }
    if (stories.length > 0)
        return stories;
    const primary = all.find(section => vocabulary_documents/* PRIMARY_STORY_SECTION */.RR.test(section.title));
    if (!primary)
        return [];
    const acceptance = all.find(section => vocabulary_documents/* ACCEPTANCE_SECTION */.aX.test(section.title));
    const grouped = acceptance ? scenarioGroups(all, acceptance, file) : [];
    if (grouped.length >= 2)
        return grouped;
    return [
        {
            id: 'US1',
            number: 1,
            title: primaryTitle(primary),
            priority: undefined,
            scenarios: scenariosIn(acceptance?.content ?? primary.content, file),
            source: positionOf(primary.heading, file)
        }
    ];
}
/**
 * Acceptance scenarios numbered in groups under the one unnamed story (`#### Scenario 1: Client
 * sign-in`, `#### Scenario 2: Batch upload`), each with its own Given/When/Then: each group is a
 * story a team tests on its own, named by its title rather than by the story's first sentence.
 */
function scenarioGroups(all, acceptance, file) {
    const stories = [];
    for (const section of all.slice(all.indexOf(acceptance) + 1)) {
        if (section.depth <= acceptance.depth)
            break;
        const group = vocabulary_documents/* SCENARIO_GROUP */.hl.exec(section.title);
        if (!group)
            continue;
        const number = Number(group[1]);
        const scenarios = scenariosIn(section.content, file);
        if (scenarios.length === 0 || stories.some(story => story.number === number))
            continue;
        stories.push({
            id: `US${number}`,
            number,
            title: group[2].trim(),
            priority: undefined,
            scenarios,
            source: positionOf(section.heading, file)
        });
    }
    return stories;
}
/** The older format has one unnamed story: its first sentence is the best title there is. */
function primaryTitle(section) {
    const paragraph = section.body.find(node => node.type === 'paragraph');
    if (!paragraph)
        return 'Primary User Story';
    const text = plainText(paragraph).split('\n').join(' ').trim();
    const end = text.search(/[.!?](?:\s|$)/);
    const sentence = (end > 0 ? text.slice(0, end) : text).trim();
    return sentence.length > 100
        ? `${sentence.slice(0, sentence.lastIndexOf(' ', 100))}…`
        : sentence || 'Primary User Story';
}
function scenariosIn(nodes, file) {
    const scenarios = [];
    const add = (node) => {
        const text = plainText(node).split('\n').join(' ').trim();
        if (!vocabulary_documents/* SCENARIO_GIVEN */.x8.test(text) || !vocabulary_documents/* SCENARIO_THEN */.zM.test(text))
            return;
        scenarios.push({ ...givenWhenThen(text), text, source: positionOf(node, file) });
    };
    for (const node of nodes) {
        if (node.type === 'list')
            node.children.forEach(add);
        // Some specs write each scenario as its own paragraph: `**Given** …, **When** …, **Then** …`.
        else if (node.type === 'paragraph' && vocabulary_documents/* OPENS_WITH_GIVEN */.xg.test(plainText(node).trim()))
            add(node);
    }
    return scenarios;
}
function givenWhenThen(text) {
    // Positions are found in the lower-cased text, as the words are.
    const lower = text.toLowerCase();
    const [given, when, then] = [vocabulary_documents/* SCENARIO_GIVEN */.x8, vocabulary_documents/* SCENARIO_WHEN */.kT, vocabulary_documents/* SCENARIO_THEN */.zM].map(word => word.exec(lower));
    const at = (found) => found?.index ?? -1;
    const part = (found, end) => {
        if (!found)
            return undefined;
        const start = found.index;
        return clean(text.slice(start + found[0].length, end < 0 || end < start ? undefined : end));
    };
    return {
        given: part(given, at(when) >= 0 ? at(when) : at(then)),
        when: part(when, at(then)),
        then: part(then, -1)
    };
}
function clean(text) {
    let result = text.trim();
    while (result.endsWith(','))
        result = result.slice(0, -1).trim();
    return result;
}
// ---------------------------------------------------------------------------------------------
// Requirements and key entities
function requirements(nodes, file) {
    const found = [];
    const visitList = (list) => {
        for (const item of list.children) {
            const requirement = readRequirement(item, file);
            if (requirement && !found.some(existing => existing.id === requirement.id))
                found.push(requirement);
            for (const child of item.children)
                if (child.type === 'list')
                    visitList(child);
        }
    };
    for (const node of nodes)
        if (node.type === 'list')
            visitList(node);
    return found;
}
function readRequirement(item, file) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph')
        return undefined;
    const text = plainText(first).split('\n').join(' ').trim();
    const match = vocabulary_documents/* REQUIREMENT_ID */.sL.exec(text);
    if (!match)
        return undefined;
    return {
        id: match[1].toUpperCase(),
        text: text.slice(match[0].length).trim(),
        source: positionOf(item, file)
    };
}
function keyEntities(all, file) {
    const section = all.find(candidate => vocabulary_documents/* KEY_ENTITIES_SECTION */.Gx.test(candidate.title));
    if (!section)
        return [];
    const entities = [];
    for (const node of section.body) {
        // `**Relationships**:` and its list describe links between the entities above, not entities.
        if (node.type === 'paragraph' && vocabulary_documents/* RELATIONSHIP_LABEL */.Wf.test(plainText(node).trim()))
            break;
        if (node.type !== 'list')
            continue;
        for (const item of node.children) {
            const text = plainText(item).split('\n').join(' ').trim();
            const colon = text.search(/[:—–]| - /);
            const name = (colon > 0 ? text.slice(0, colon) : text).trim();
            if (!name || name.length > 60)
                continue;
            entities.push({
                name,
                description: colon > 0
                    ? text
                        .slice(colon + 1)
                        .replace(/^\s{0,2}-?\s{0,2}/, '')
                        .trim()
                    : '',
                source: positionOf(item, file)
            });
        }
    }
    return entities;
}

;// CONCATENATED MODULE: ./src/core/parse/feature.ts










function parseFeature(files) {
    const findings = [...files.findings];
    const take = (result) => {
        findings.push(...result.findings);
        return result;
    };
    const document = (name) => files.documents.find(doc => doc.relativePath === name);
    const planDoc = document('plan.md');
    if (!planDoc)
        findings.push(missingPlan(files));
    const specDoc = document('spec.md');
    const researchDoc = document('research.md');
    const dataModelDoc = document('data-model.md');
    const quickstartDoc = document('quickstart.md');
    const plan = planDoc ? take(parsePlan(planDoc)).plan : undefined;
    return {
        dir: files.dir,
        name: files.name,
        plan: plan &&
            withDesignTrees(plan, files.documents.filter(doc => doc !== planDoc)),
        spec: specDoc ? take(parseSpec(specDoc)).spec : undefined,
        research: researchDoc ? take(parseResearch(researchDoc)).research : undefined,
        dataModel: dataModelDoc ? take(parseDataModel(dataModelDoc)).dataModel : undefined,
        contracts: contractDocuments(files.documents.filter(isContract)).map(doc => take(parseContract(doc)).contract),
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
function withDesignTrees(plan, documents) {
    const drawn = plannedFromDesignTrees(documents.filter(doc => doc.relativePath !== 'tasks.md'), plan.structure);
    if (drawn.length === 0)
        return plan;
    const planned = [...(plan.structure.planned ?? [])];
    const at = new Map(planned.map((file, index) => [file.path, index]));
    for (const file of drawn) {
        const index = at.get(file.path);
        if (index === undefined) {
            at.set(file.path, planned.length);
            planned.push(file);
            continue;
        }
        const own = planned[index];
        const agrees = file.status === own.status || file.status === 'unmarked';
        if (own.note === undefined && file.note !== undefined && agrees)
            planned[index] = { ...own, note: file.note };
    }
    return { ...plan, structure: { ...plan.structure, planned } };
}
function isContract(doc) {
    return doc.relativePath.startsWith('contracts/');
}
function missingPlan(files) {
    return {
        ruleId: 'missing-plan',
        severity: 'error',
        message: `No implementation plan found in ${files.dir}: plan.md is required`,
        location: { file: `${files.dir}/plan.md`, line: 1, column: 1 }
    };
}
/** Order-independent of how the loader listed them; tasks.md is never an input. */
function hashDocuments(documents) {
    const parts = documents
        .filter(doc => doc.relativePath !== 'tasks.md')
        .map(doc => `${doc.relativePath}\u0000${doc.text}`)
        .sort();
    return sha256(parts.join('\u0000'));
}

// EXTERNAL MODULE: ./src/io/loader.ts + 2 modules
var loader = __webpack_require__(1717);
;// CONCATENATED MODULE: ./src/io/feature-folder.ts
/**
 * A feature folder as generation and checking both open it: its design documents loaded and
 * parsed, where its tasks.md is, and that tasks.md read with any trouble reading it reported.
 */



async function openFeature(repoRoot, featureDir, limits = loader/* DEFAULT_LIMITS */.dR) {
    const feature = parseFeature(await (0,loader/* loadFeature */.Lv)(repoRoot, featureDir, limits));
    return { feature, tasksPath: `${feature.dir}/tasks.md`, limits };
}
/** The feature's tasks.md as loaded; a finding about reading it (too large, unreadable) joins the feature's. */
async function readTasksFile(repoRoot, open) {
    const { feature, tasksPath, limits } = open;
    const loaded = await (0,loader/* loadTextFile */.Uz)(repoRoot, external_node_path_default().join(repoRoot, tasksPath), limits.markdownBytes);
    if (loaded.finding)
        feature.findings.push(loaded.finding);
    return loaded;
}

;// CONCATENATED MODULE: ./src/io/check-features.ts
/**
 * The I/O around checking: load each folder and its tasks.md, run the pure checker, and gather one
 * report. Shared by the CLI and the action.
 */






async function checkFeatures(repoRoot, featureDirs, options) {
    const features = [];
    for (const dir of featureDirs)
        features.push(await checkOne(repoRoot, dir, options));
    return {
        schemaVersion: 1,
        tool: { name: 'spec-tasks', version: version_VERSION },
        features,
        counts: countFindings(features)
    };
}
async function checkOne(repoRoot, featureDir, options) {
    const open = await openFeature(repoRoot, featureDir, options.limits);
    const { feature, tasksPath } = open;
    const listed = options.taskLists?.get(tasksPath);
    const tasks = listed !== undefined
        ? { document: { path: tasksPath, relativePath: 'tasks.md', text: listed } }
        : await readTasksFile(repoRoot, open);
    const taskList = tasks.document
        ? parseTaskList(tasks.document, { knownRoots: knownRoots(feature) })
        : undefined;
    const { template, text } = options.template;
    return checkFeature({ feature, taskList, expectedInputHash: generationInputHash(feature, template, text) }, options.settings);
}
function countFindings(features) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const feature of features)
        for (const found of feature.findings)
            counts[found.severity]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/io/generate-feature.ts
/**
 * The I/O around one generation: load the folder and its tasks.md, run the pure core, and write
 * the result when asked and allowed. Shared by the CLI and the action.
 */




async function generateFeature(repoRoot, featureDir, template, options) {
    const open = await openFeature(repoRoot, featureDir, options.limits);
    const { feature, tasksPath } = open;
    if (!feature.plan)
        return { feature, tasksPath, result: undefined, written: false };
    const existing = await readTasksFile(repoRoot, open);
    let result = generateTasks(feature, template.template, template.text, {
        existing: existing.document,
        force: options.force
    });
    if (existing.finding && !existing.document) {
        // A tasks.md we could not read is still somebody's file: never write over it.
        result = {
            ...result,
            status: 'refused',
            reason: `${tasksPath} exists but could not be read: ${existing.finding.message}`
        };
    }
    const mayWrite = options.write && (result.status === 'created' || result.status === 'updated');
    if (mayWrite)
        await (0,promises_.writeFile)(external_node_path_default().join(repoRoot, tasksPath), result.content, 'utf8');
    return { feature, tasksPath, result, written: mayWrite };
}

;// CONCATENATED MODULE: ./src/core/template/default-template.ts
/**
 * The tasks template spec-tasks uses when a repository has none of its own. It follows the
 * structure of the seed template (phases 3.1–3.5, tests first, `vllm/<component>/` code with
 * `tests/<component>/` mirroring it) in spec-tasks' own words.
 */
const DEFAULT_TEMPLATE_PATH = '(built-in)';
const DEFAULT_TEMPLATE_TEXT = `# Tasks: [FEATURE NAME]

**Input**: the design documents in \`specs/[###-feature-name]/\`
**Prerequisites**: plan.md (required); research.md, data-model.md, contracts/, quickstart.md when present

## How tasks are derived
- Every contract file gets a contract test; every endpoint gets an implementation task
- Every entity gets a model task; relationships get service tasks
- Every user story and quickstart scenario gets an integration test
- Research decisions become setup tasks
- Tests are written, and fail, before the code they test

## Format: \`[ID] [P?] Description\`
- **[P]**: may run in parallel: it touches no file another task of its phase touches, and waits for nothing unfinished
- Each task names the exact file it changes

## Path Conventions
- **Source code**: \`vllm/<component>/\` (for example \`vllm/entrypoints/\`, \`vllm/engine/\`, \`vllm/model_executor/\`)
- **Tests**: \`tests/<component>/\`, one test directory per source component
- **Special test categories**: \`tests/basic_correctness/\`, \`tests/benchmarks/\`, \`tests/distributed/\`
- Mark tests with pytest markers such as \`@pytest.mark.core_model\`, \`@pytest.mark.slow_test\` and \`@pytest.mark.distributed\`

## Phase 3.1: Setup
- [ ] T001 Create the project structure the implementation plan lists
- [ ] T002 Add the [language] dependencies the feature needs ([framework])
- [ ] T003 [P] Configure linting and formatting

## Phase 3.2: Tests First (TDD) ⚠️ FINISH BEFORE 3.3
**These tests are written first and must fail until the implementation exists.**
- [ ] T004 [P] Unit tests for [component] in tests/[component]/test_[feature].py
- [ ] T005 [P] API test in tests/entrypoints/test_[feature].py (if API change)
- [ ] T006 [P] End-to-end correctness test in tests/basic_correctness/ (if end-to-end feature)
- [ ] T007 [P] Benchmark in tests/benchmarks/ (if performance-sensitive)
- [ ] T008 [P] Model test in tests/models/ (if new model or model change)

## Phase 3.3: Core Implementation (ONLY once the tests fail)
- [ ] T009 [P] Core logic in vllm/[component]/[feature].py
- [ ] T010 [P] Model changes in vllm/model_executor/models/ (if new model or model change)
- [ ] T011 [P] Kernel in csrc/ (if performance-critical)
- [ ] T012 Engine wiring in vllm/engine/ (if orchestration change)
- [ ] T013 HTTP endpoint in vllm/entrypoints/ (if API change)
- [ ] T014 Input validation and error messages
- [ ] T015 Type hints and docstrings

## Phase 3.4: Integration & Platform Support
- [ ] T016 Check the feature on each supported accelerator (if hardware-specific)
- [ ] T017 Distributed execution test in tests/distributed/ (if multi-GPU feature)
- [ ] T018 Quantized model support (if quantization applies)
- [ ] T019 Plugin hook (if extensibility point)

## Phase 3.5: Polish & Quality
- [ ] T020 [P] \`ruff\` passes
- [ ] T021 [P] \`mypy\` passes
- [ ] T022 [P] Benchmarks meet the plan's performance goals (if performance-sensitive)
- [ ] T023 Update the user documentation in docs/
- [ ] T024 Confirm backward compatibility of public interfaces
- [ ] T025 Remove duplication left by the implementation

## Dependencies
- Setup before tests; tests before implementation; implementation before integration; integration before polish
- Tasks that share a file run in ID order

## Validation Checklist
- [ ] Every contract has a test
- [ ] Every entity has a model task
- [ ] Every test comes before the code it tests
- [ ] Parallel tasks are independent
- [ ] Every task names an exact file path
- [ ] No [P] task shares a file with another [P] task
`;

;// CONCATENATED MODULE: ./src/core/vocabulary/template.ts
/**
 * What the product knows about the words of a tasks template: the keywords of the conditions it
 * attaches to items, the words that give each phase its role, the labels of an example task and
 * of the Path Conventions section.
 */

/**
 * Decides which condition an item's "(if …)" names: checked in order, the first whose keyword
 * appears in the condition's words (lower-cased) wins; none is `unknown`.
 */
const template_CONDITION_KEYWORDS = [
    ['api-change', ['api', 'endpoint', 'contract']],
    ['end-to-end', ['end-to-end', 'end to end', 'e2e']],
    ['performance', ['performance', 'latency', 'throughput']],
    ['model-change', ['model']],
    ['multi-gpu', ['multi-gpu', 'multi gpu', 'distributed', 'multi-node']],
    ['orchestration', ['orchestration', 'engine', 'scheduler']],
    ['quantization', ['quantization', 'quantized']],
    ['extensibility', ['extensibility', 'plugin', 'extension']],
    ['hardware', ['hardware', 'gpu', 'platform']],
    ['applicable', ['applicable', 'needed', 'required']]
];
/** Decides which parenthesised asides are conditions: those opening with this word. */
const CONDITION_OPENINGS = ['if'];
const CONDITION_OPENING = (0,build/* leadingWordPattern */.Pj)('template-condition-opening', CONDITION_OPENINGS, 'i');
/** The word a phase heading opens with: `## Phase 3.2: Tests First`. */
const PHASE_WORD = 'phase';
const PHASE_HEADING = (0,build/* pattern */.T1)('template-phase-heading', `^${PHASE_WORD}\\b`, 'i');
/** A phase that repeats once per user story (matched on the lower-cased title). */
const STORY_PHASE = (0,build/* pattern */.T1)('template-story-phase', '\\buser stor(?:y|ies)\\b');
/** A phase of tests (matched on the lower-cased title). */
const TESTS_PHASE = (0,build/* pattern */.T1)('template-tests-phase', (0,build/* wholeWords */.pC)(['tests?'], true));
/**
 * Decides each phase's role from its title (lower-cased): checked in order, the first rule
 * whose pattern matches or whose words appear anywhere in the title wins; none is `core`.
 */
const PHASE_ROLE_RULES = [
    { role: 'story', pattern: STORY_PHASE, anywhere: [] },
    { role: 'setup', anywhere: ['setup', 'set up'] },
    { role: 'foundational', anywhere: ['foundation', 'prerequisite'] },
    { role: 'tests', pattern: TESTS_PHASE, anywhere: ['tdd'] },
    { role: 'integration', anywhere: ['integration', 'platform'] },
    { role: 'polish', anywhere: ['polish', 'cross-cutting'] }
];
/** Decides which bracketed label of an example task marks it parallel: `[P]`. */
const template_PARALLEL_LABEL = 'P';
/** Decides which bracketed labels of an example task name its story: `[US1]`, `[Story]` (pattern sources). */
const STORY_TASK_LABELS = ['US\\d*', 'Story'];
const STORY_TASK_LABEL = (0,build/* wholeValuePattern */.XJ)('template-story-task-label', STORY_TASK_LABELS, 'i', true);
/** Decides which word before an example's path goes with it: "Model in `src/models/`". */
const PATH_PREPOSITIONS = ['in', 'at', 'under', 'to'];
const PATH_PREPOSITION = (0,build/* pattern */.T1)('template-path-preposition', `\\s${(0,build/* alternation */.Ql)(PATH_PREPOSITIONS)}$`, 'i');
/** Decides which section states the template's path conventions. */
const PATH_CONVENTIONS_TITLES = ['path conventions'];
const PATH_CONVENTIONS_SECTION = (0,build/* anywherePattern */.sI)('template-path-conventions-section', PATH_CONVENTIONS_TITLES, 'i');
/**
 * Decides what an item of Path Conventions states, by the words of its label (lower-cased,
 * checked in this order): special test folders, the test root, the source root.
 */
const PATH_CONVENTION_LABELS = {
    specialTests: ['special', 'categor'],
    tests: ['test'],
    source: ['source']
};

;// CONCATENATED MODULE: ./src/core/template/conditions.ts
/**
 * Reads the condition a template attaches to an item, such as "(if API change)" or
 * "(if multi-GPU feature)", into a ConditionId the planner knows how to evaluate. Unknown
 * conditions are kept as `unknown` so the item is left out rather than emitted unconditionally.
 */

/** The keywords of each condition, checked in order; typed here so a new id must be a ConditionId. */
const conditions_KEYWORDS = template_CONDITION_KEYWORDS;
/**
 * Splits a trailing `(if …)` off an item's text. Only parentheses that start with "if" are
 * conditions: "(NVIDIA/AMD/Intel/etc.)" is part of the description.
 */
function splitCondition(text) {
    const trimmed = text.trimEnd();
    if (!trimmed.endsWith(')'))
        return { text: trimmed, condition: undefined };
    const open = trimmed.lastIndexOf('(');
    if (open < 0)
        return { text: trimmed, condition: undefined };
    const inner = trimmed.slice(open + 1, -1).trim();
    if (!CONDITION_OPENING.test(inner))
        return { text: trimmed, condition: undefined };
    return {
        text: trimmed.slice(0, open).trimEnd(),
        condition: { id: conditionId(inner), text: inner }
    };
}
function conditionId(words) {
    const lower = words.toLowerCase();
    for (const [id, keywords] of conditions_KEYWORDS) {
        if (keywords.some(keyword => lower.includes(keyword)))
            return id;
    }
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/core/template/parse-template.ts




function parseTemplate(text, path) {
    const root = parseMarkdown(text, { taskLists: true });
    const all = sections(root);
    const findings = [];
    const phases = collapseStoryPhases(all
        .filter(section => startsWithPhaseWord(section.title))
        .map(section => readPhase(section, path)));
    if (phases.length === 0) {
        findings.push({
            ruleId: 'parse-error',
            severity: 'error',
            message: `The tasks template ${path} has no "## Phase …" headings`,
            location: { file: path, line: 1, column: 1 }
        });
    }
    const template = {
        path,
        layout: phases.some(phase => phase.role === 'story') ? 'user-story' : 'classic',
        phases,
        paths: readPathConventions(all),
        testMarkers: readTestMarkers(root)
    };
    return { template, findings };
}
function startsWithPhaseWord(title) {
    return PHASE_HEADING.test(title);
}
function readPhase(section, file) {
    const { number, title } = splitPhaseTitle(section.title);
    return {
        title,
        number,
        role: phaseRole(title),
        items: parse_template_listItems(section.body).map(item => readItem(item, file)),
        source: positionOf(section.heading, file)
    };
}
/** `Phase 3.2: Tests First (TDD) ⚠️ MUST COMPLETE BEFORE 3.3` → `3.2`, `Tests First (TDD)`. */
function splitPhaseTitle(heading) {
    const words = heading.trim().split(/\s+/);
    const isPhase = words[0]?.toLowerCase() === PHASE_WORD && words.length > 1;
    const number = isPhase ? trimPhaseMarks(words[1]) : '';
    let title = isPhase ? trimPhaseMarks(words.slice(2).join(' ')) : heading;
    title = cutAtWarning(title);
    title = dropShoutedAside(title);
    return { number, title: title.trim() || `Phase ${number}` };
}
const SEPARATORS = ':.-–—';
/** `1:` → `1`, `: Setup.` → `Setup`: the marks between "Phase", its number and its title. */
function trimPhaseMarks(text) {
    return (0,pieces/* trimCharacters */.Bk)(text, SEPARATORS).trim();
}
/** Everything from a warning sign or an emoji on is an instruction to the author, not the title. */
function cutAtWarning(title) {
    for (let i = 0; i < title.length; i++) {
        const code = title.codePointAt(i);
        if (code >= 0x2600)
            return title.slice(0, i);
    }
    return title;
}
/** `(ONLY after tests are failing)` is an instruction; `(TDD)` and `(Priority: P1)` are part of the name. */
function dropShoutedAside(title) {
    const trimmed = title.trimEnd();
    if (!trimmed.endsWith(')'))
        return trimmed;
    const open = trimmed.lastIndexOf('(');
    const inner = trimmed.slice(open + 1, -1);
    const words = inner.split(' ');
    const shouted = words.length > 1 && /^[A-Z]{3,}$/.test(words[0]);
    return shouted ? trimmed.slice(0, open).trimEnd() : trimmed;
}
/** The rules of the vocabulary, typed here so a new role must be a PhaseRole. */
const ROLE_RULES = PHASE_ROLE_RULES;
function phaseRole(title) {
    const lower = title.toLowerCase();
    const rule = ROLE_RULES.find(({ pattern, anywhere }) => pattern?.test(lower) === true || anywhere.some(word => lower.includes(word)));
    return rule?.role ?? 'core';
}
/**
 * spec-kit's current template shows the story phase three times (User Story 1, 2, 3) as an
 * illustration; the planner repeats one story phase per real story, so only the first is kept.
 */
function collapseStoryPhases(phases) {
    const firstStory = phases.findIndex(phase => phase.role === 'story');
    return phases.filter((phase, index) => phase.role !== 'story' || index === firstStory);
}
function parse_template_listItems(nodes) {
    return nodes.filter((node) => node.type === 'list').flatMap(list => list.children);
}
function readItem(item, file) {
    const firstLine = plainText(item).split('\n')[0] ?? '';
    const labels = stripLabels(firstLine);
    const { text, condition } = splitCondition(labels.text);
    const path = itemPath(text);
    return {
        text: withoutPath(text, path),
        path,
        parallel: labels.parallel,
        condition,
        source: positionOf(item, file)
    };
}
/**
 * Removes the leading `T001`, `[P]` and `[US1]`/`[Story]` labels of an example task. spec-kit's
 * own template writes its Polish items with the placeholder ID `TXXX`, which is an ID too.
 */
function stripLabels(line) {
    let rest = line.trim();
    let parallel = false;
    const id = /^T(?:\d+|X{2,})\s+/.exec(rest);
    if (id)
        rest = rest.slice(id[0].length);
    for (let label = /^\[([^\]]{1,20})\]\s*/.exec(rest); label; label = /^\[([^\]]{1,20})\]\s*/.exec(rest)) {
        if (label[1] === template_PARALLEL_LABEL)
            parallel = true;
        else if (!STORY_TASK_LABEL.test(label[1]))
            break;
        rest = rest.slice(label[0].length);
    }
    return { text: rest, parallel };
}
/** The path an item names after "in" (`tests/[component]/test_[feature].py`, `vllm/models/`). */
function itemPath(text) {
    const words = text.split(' ');
    for (let i = words.length - 1; i >= 0; i--) {
        const word = stripPunctuation(words[i]);
        if (looksLikePath(word))
            return word;
    }
    return undefined;
}
/** The planner names the real file itself, so the template's example path leaves the text. */
function withoutPath(text, path) {
    if (!path)
        return text;
    const at = text.lastIndexOf(path);
    if (at < 0)
        return text;
    let before = text.slice(0, at).trimEnd();
    if (before.endsWith('`'))
        before = before.slice(0, -1).trimEnd();
    if (PATH_PREPOSITION.test(before))
        before = before.slice(0, before.lastIndexOf(' '));
    const after = text.slice(at + path.length).replace(/^`/, '');
    return (before + after).trim();
}
function stripPunctuation(word) {
    let result = word;
    while (result.length > 0 && '`,;:'.includes(result[0]))
        result = result.slice(1);
    while (result.length > 0 && '`,;:'.includes(result[result.length - 1]))
        result = result.slice(0, -1);
    return result;
}
function looksLikePath(word) {
    if (!word.includes('/') || word.includes('://') || word.startsWith('('))
        return false;
    const last = word.slice(word.lastIndexOf('/') + 1);
    return word.endsWith('/') || last.includes('.');
}
// ---------------------------------------------------------------------------------------------
// Path conventions
function readPathConventions(all) {
    const conventions = {
        sourceRoot: undefined,
        testRoot: undefined,
        mirrorTests: false,
        sourceExamples: [],
        specialTestDirs: []
    };
    const section = all.find(candidate => PATH_CONVENTIONS_SECTION.test(candidate.title));
    if (!section)
        return conventions;
    for (const item of parse_template_listItems(section.body)) {
        const text = plainText(item);
        const label = text.slice(0, Math.max(text.indexOf(':'), 0)).toLowerCase();
        const paths = parse_template_codeSpans(item);
        const says = (words) => words.some(word => label.includes(word));
        if (says(PATH_CONVENTION_LABELS.specialTests)) {
            conventions.specialTestDirs.push(...paths.filter(isDirectory));
        }
        else if (says(PATH_CONVENTION_LABELS.tests)) {
            const pattern = paths.find(isComponentPattern);
            if (pattern) {
                conventions.testRoot = rootOf(pattern);
                conventions.mirrorTests = true;
            }
        }
        else if (says(PATH_CONVENTION_LABELS.source)) {
            const pattern = paths.find(isComponentPattern);
            if (pattern)
                conventions.sourceRoot = rootOf(pattern);
            conventions.sourceExamples.push(...paths.filter(path => !isComponentPattern(path)));
        }
    }
    return conventions;
}
function parse_template_codeSpans(item) {
    const spans = [];
    const visit = (node) => {
        if (node.type === 'inlineCode' && node.value)
            spans.push(node.value.trim());
        for (const child of (node.children ?? []))
            visit(child);
    };
    visit(item);
    return spans;
}
function isDirectory(path) {
    return path.endsWith('/') && !path.includes(' ');
}
/** `vllm/<component>/` or `tests/[component]/`: a root followed by a placeholder. */
function isComponentPattern(path) {
    return /^[\w.-]+\/[<[]\w+[>\]]\/?$/.test(path);
}
function rootOf(pattern) {
    return pattern.slice(0, pattern.indexOf('/') + 1);
}
/** `@pytest.mark.core_model`: every decorator-like code span in the template, in order, once. */
function readTestMarkers(root) {
    const markers = [];
    const visit = (node) => {
        if (node.type === 'inlineCode' && node.value && /^@[\w.]+$/.test(node.value.trim())) {
            const marker = node.value.trim();
            if (!markers.includes(marker))
                markers.push(marker);
        }
        for (const child of (node.children ?? []))
            visit(child);
    };
    visit(root);
    return markers;
}

;// CONCATENATED MODULE: ./src/io/template-source.ts
/**
 * Finds the tasks template in effect: an explicit path, else the repository's own
 * (`.specify/templates/overrides/tasks-template.md`, then `.specify/templates/tasks-template.md`),
 * else the one built into spec-tasks.
 */





const REPOSITORY_TEMPLATES = [
    '.specify/templates/overrides/tasks-template.md',
    '.specify/templates/tasks-template.md'
];
class TemplateError extends Error {
}
async function loadTemplate(repoRoot, explicitPath) {
    const candidate = explicitPath ?? (await firstExisting(repoRoot, REPOSITORY_TEMPLATES));
    if (!candidate)
        return fromText(DEFAULT_TEMPLATE_TEXT, DEFAULT_TEMPLATE_PATH);
    const absolute = external_node_path_default().resolve(explicitPath ? process.cwd() : repoRoot, candidate);
    const { document, finding } = await (0,loader/* loadTextFile */.Uz)(repoRoot, absolute, loader/* DEFAULT_LIMITS */.dR.markdownBytes);
    if (!document) {
        throw new TemplateError(finding
            ? `${finding.location.file}: ${finding.message}`
            : `Cannot read the tasks template ${candidate}`);
    }
    return fromText(document.text, document.path);
}
/**
 * Parsed templates by path and text. One run loads the template once per repository root (the
 * CLI given folders of many repositories, the snapshot and fixture runs once per folder), and
 * nearly always it is the same built-in text: parsing it once saves a markdown parse per load.
 * Keyed by text as well as path, so an edited file is parsed afresh.
 */
const parsed = new Map();
/** Far above the templates one run meets; only keeps a long-lived process from growing. */
const MAX_PARSED = 32;
function parseOnce(text, templatePath) {
    const key = `${templatePath}\u0000${text}`;
    let result = parsed.get(key);
    if (!result) {
        if (parsed.size >= MAX_PARSED)
            parsed.clear();
        result = parseTemplate(text, templatePath);
        parsed.set(key, result);
    }
    return result;
}
function fromText(text, templatePath) {
    const { template, findings } = parseOnce(text, templatePath);
    if (template.phases.length === 0) {
        const detail = findings[0] ? `: ${findings[0].message}` : '';
        throw new TemplateError(`The tasks template ${templatePath} has no "## Phase" sections${detail}`);
    }
    // A copy of the findings: a caller may add to its list without touching the cached one.
    return { template, text, findings: [...findings] };
}
async function firstExisting(repoRoot, candidates) {
    for (const candidate of candidates) {
        try {
            await (0,promises_.access)(external_node_path_default().join(repoRoot, candidate));
            return candidate;
        }
        catch {
            // Not there: try the next location.
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/action/git-blob.ts
var git_blob = __webpack_require__(3640);
// EXTERNAL MODULE: ./src/action/rule-settings.ts + 1 modules
var rule_settings = __webpack_require__(9038);
;// CONCATENATED MODULE: ./src/action/work.ts
/**
 * The run's real work, imported only when there are feature folders to act on: check them, or
 * generate their task lists and check what would be written (or, for a list a person wrote, the
 * list as it is). Both give one check report, which the annotations, the summary, SARIF, the JSON
 * report and `fail-on` all follow.
 */








async function work(workspace, dirs, inputs, settings) {
    const rules = settings ?? (await (0,rule_settings.ruleSettings)(workspace, inputs));
    const template = await loadTemplate(workspace, inputs.template && external_node_path_default().resolve(workspace, inputs.template));
    const options = { settings: rules, template, limits: inputs.limits };
    if (inputs.command === 'check') {
        const report = await checkFeatures(workspace, dirs, options);
        return { report, sections: (0,comment/* checkedSections */.Qi)(report), generated: [] };
    }
    const outcomes = [];
    for (const dir of dirs)
        outcomes.push(await generateFeature(workspace, dir, template, {
            write: false,
            force: false,
            limits: inputs.limits
        }));
    // What would be written is what gets checked; a list a person wrote is checked as it is.
    const taskLists = new Map();
    const generated = [];
    for (const outcome of outcomes) {
        const result = outcome.result;
        if (!result || result.status === 'refused')
            continue;
        taskLists.set(outcome.tasksPath, result.content);
        generated.push({
            dir: outcome.feature.dir,
            path: outcome.tasksPath,
            content: result.content,
            workspaceBlobSha: await blobShaOnDisk(external_node_path_default().join(workspace, outcome.tasksPath))
        });
    }
    const report = await checkFeatures(workspace, dirs, { ...options, taskLists });
    const sections = outcomes.map((outcome, index) => {
        const checked = report.features[index];
        const result = outcome.result;
        return {
            dir: outcome.feature.dir,
            state: result ? result.status : 'no-plan',
            taskCount: result && result.status !== 'refused'
                ? result.plan.tasks.length
                : checked.taskList?.tasks.length,
            taskList: result && result.status !== 'refused' ? result.content : undefined,
            findings: checked.findings,
            committed: false
        };
    });
    return { report, sections, generated };
}
async function blobShaOnDisk(file) {
    try {
        return (0,git_blob/* gitBlobSha */.A)(await (0,promises_.readFile)(file));
    }
    catch {
        return undefined;
    }
}


/***/ })

};
