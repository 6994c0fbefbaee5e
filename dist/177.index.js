export const id = 177;
export const ids = [177];
export const modules = {

/***/ 3640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ gitBlobSha)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Git's name for a file's content: the SHA-1 of `blob <size>\0` and the bytes. */

function gitBlobSha(content) {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}


/***/ }),

/***/ 1177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/fail-on.ts
var fail_on = __webpack_require__(7509);
// EXTERNAL MODULE: ./src/core/report/text.ts + 1 modules
var report_text = __webpack_require__(6276);
// EXTERNAL MODULE: ./src/io/config-file-name.ts
var config_file_name = __webpack_require__(2403);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/core/report/comment.ts
var report_comment = __webpack_require__(7091);
;// CONCATENATED MODULE: ./src/action/api/create-status.ts
/** The `spec-tasks` status on a commit: a commit pushed with GITHUB_TOKEN starts no workflow. */
async function createStatus(client, repository, sha, status) {
    await client.rest.repos.createCommitStatus({
        ...repository,
        sha,
        state: status.state,
        context: 'spec-tasks',
        description: status.description.slice(0, 140),
        ...(status.targetUrl ? { target_url: status.targetUrl } : {})
    });
}

;// CONCATENATED MODULE: ./src/action/api/errors.ts
/**
 * What an API error means for the run. Octokit's errors carry the HTTP status and GitHub's message;
 * neither holds the token (Octokit redacts the authorization header in the request it keeps).
 */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * A 403 that no wait cures: the token lacks a permission (GitHub says "Resource not accessible by
 * integration"), as on a pull request from a fork. Rate limits are the client's to retry.
 */
function isPermissionError(error) {
    if (httpStatus(error) !== 403)
        return false;
    const message = error instanceof Error ? error.message : '';
    return !/rate limit/i.test(message);
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/action/api/find-pull-request.ts
/** The open pull request whose head is this repository's branch, if there is one. */
async function findPullRequest(client, repository, branch) {
    const { data } = await client.rest.pulls.list({
        ...repository,
        head: `${repository.owner}:${branch}`,
        state: 'open',
        per_page: 1
    });
    return data[0]?.number;
}

;// CONCATENATED MODULE: ./src/action/api/create-comment.ts
async function createComment(client, repository, issueNumber, body) {
    const { data } = await client.rest.issues.createComment({
        ...repository,
        issue_number: issueNumber,
        body
    });
    return { id: data.id, body: data.body ?? '', htmlUrl: data.html_url };
}

;// CONCATENATED MODULE: ./src/action/api/delete-comment.ts
async function deleteComment(client, repository, commentId) {
    await client.rest.issues.deleteComment({ ...repository, comment_id: commentId });
}

;// CONCATENATED MODULE: ./src/action/api/list-comments.ts
/** Every comment on the pull request's conversation, oldest first. */
async function listComments(client, repository, issueNumber) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repository,
        issue_number: issueNumber,
        per_page: 100
    });
    return comments.map(comment => ({
        id: comment.id,
        body: comment.body ?? '',
        htmlUrl: comment.html_url
    }));
}

;// CONCATENATED MODULE: ./src/action/api/update-comment.ts
async function updateComment(client, repository, commentId, body) {
    await client.rest.issues.updateComment({ ...repository, comment_id: commentId, body });
}

;// CONCATENATED MODULE: ./src/action/publish/comment.ts
/**
 * The sticky comment: one per pull request and workflow job, found again by its marker. Created
 * once, edited in place after, not written at all when it would say the same. Two runs racing can
 * each create one; the oldest is kept and the others are deleted.
 */





async function upsertComment(client, repository, issueNumber, marker, body) {
    const ours = (await listComments(client, repository, issueNumber))
        .filter(comment => (0,report_comment/* hasMarker */.xY)(comment.body, marker))
        .sort((a, b) => a.id - b.id);
    const [kept, ...duplicates] = ours;
    if (!kept) {
        const created = await createComment(client, repository, issueNumber, body);
        return { url: created.htmlUrl, action: 'created', deleted: 0 };
    }
    for (const duplicate of duplicates)
        await deleteComment(client, repository, duplicate.id);
    if ((0,report_comment/* sameCommentContent */.fP)(kept.body, body))
        return { url: kept.htmlUrl, action: 'unchanged', deleted: duplicates.length };
    await updateComment(client, repository, kept.id, body);
    return { url: kept.htmlUrl, action: 'updated', deleted: duplicates.length };
}

;// CONCATENATED MODULE: ./src/action/api/compare-commits.ts
/** The files changed between two commits; GitHub lists at most 300 of them. */
async function compareCommits(client, repository, base, head) {
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
        ...repository,
        basehead: `${base}...${head}`
    });
    return (data.files ?? []).flatMap(file => file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]);
}

;// CONCATENATED MODULE: ./src/action/api/create-blob.ts
async function createBlob(client, repository, content) {
    const { data } = await client.rest.git.createBlob({
        ...repository,
        content: Buffer.from(content, 'utf8').toString('base64'),
        encoding: 'base64'
    });
    return data.sha;
}

;// CONCATENATED MODULE: ./src/action/api/create-commit.ts
/**
 * A commit of `tree` on `parent`. No author or committer is given: GitHub then makes the token's
 * identity both and signs the commit, so it shows as verified.
 */
async function createCommit(client, repository, message, tree, parent) {
    const { data } = await client.rest.git.createCommit({
        ...repository,
        message,
        tree,
        parents: [parent]
    });
    return data.sha;
}

;// CONCATENATED MODULE: ./src/action/api/create-tree.ts
/** A tree that is `baseTree` with these files set to these blobs. */
async function createTree(client, repository, baseTree, files) {
    const { data } = await client.rest.git.createTree({
        ...repository,
        base_tree: baseTree,
        tree: files.map(file => ({
            path: file.path,
            mode: '100644',
            type: 'blob',
            sha: file.blobSha
        }))
    });
    return data.sha;
}

;// CONCATENATED MODULE: ./src/action/api/get-branch-head.ts
/** The commit a branch points at now. */
async function getBranchHead(client, repository, branch) {
    const { data } = await client.rest.git.getRef({ ...repository, ref: `heads/${branch}` });
    return data.object.sha;
}

;// CONCATENATED MODULE: ./src/action/api/get-commit-tree.ts
/** The tree a commit records. */
async function getCommitTree(client, repository, commitSha) {
    const { data } = await client.rest.git.getCommit({ ...repository, commit_sha: commitSha });
    return data.tree.sha;
}

;// CONCATENATED MODULE: ./src/action/api/get-file-sha.ts

/** The blob SHA of a file at a commit, or undefined when the commit has no such file. */
async function getFileSha(client, repository, path, ref) {
    try {
        const { data } = await client.rest.repos.getContent({ ...repository, path, ref });
        if (Array.isArray(data) || data.type !== 'file')
            return undefined;
        return data.sha;
    }
    catch (error) {
        if (httpStatus(error) === 404)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/action/api/update-branch.ts
/**
 * Moves the branch to `commitSha`, never by force: GitHub refuses (422) unless the commit
 * descends from the branch's head, so work pushed meanwhile is never lost.
 */
async function updateBranch(client, repository, branch, commitSha) {
    await client.rest.git.updateRef({
        ...repository,
        ref: `heads/${branch}`,
        sha: commitSha,
        force: false
    });
}

// EXTERNAL MODULE: ./src/action/git-blob.ts
var git_blob = __webpack_require__(3640);
// EXTERNAL MODULE: ./src/core/text/pieces.ts
var pieces = __webpack_require__(5848);
;// CONCATENATED MODULE: ./src/io/discover.ts
/**
 * Finds feature folders: `specs/NNN-name/` (three or more digits) or `specs/YYYYMMDD-HHMMSS-name/`,
 * on disk or among the files a pull request changes, and the repository root they belong to.
 */



const DEFAULT_SPECS_DIR = 'specs';
function isFeatureFolderName(name) {
    return /^\d{3,}-[^-]/.test(name) || /^\d{8}-\d{6}-[^-]/.test(name);
}
/** Absolute paths of the feature folders under `<repoRoot>/<specsDir>`, sorted by name. */
async function discoverFeatures(repoRoot, specsDir = DEFAULT_SPECS_DIR) {
    const root = external_node_path_default().resolve(repoRoot, specsDir);
    let entries;
    try {
        entries = await (0,promises_.readdir)(root, { withFileTypes: true });
    }
    catch {
        return [];
    }
    return entries
        .filter(entry => entry.isDirectory() && isFeatureFolderName(entry.name))
        .map(entry => external_node_path_default().join(root, entry.name))
        .sort();
}
/** Repository-relative feature folders that contain any of these repository-relative files. */
function featuresTouchedBy(files, specsDir = DEFAULT_SPECS_DIR) {
    const prefix = trimSlashes(specsDir.split('\\').join('/')) + '/';
    const dirs = new Set();
    for (const file of files) {
        if (!file.startsWith(prefix))
            continue;
        const name = file.slice(prefix.length).split('/')[0];
        // A file directly under specs/ belongs to no feature.
        if (isFeatureFolderName(name) && file.length > prefix.length + name.length)
            dirs.add(prefix + name);
    }
    return [...dirs].sort();
}
/**
 * The repository a folder belongs to: the nearest ancestor with `.git` or `.specify`; failing
 * that, the parent of an enclosing `specs/` folder; failing that, the folder's parent for a
 * feature folder, or the folder itself for a working directory (`check` run where specs/ is).
 */
async function findRepoRoot(start, fallback = 'parent') {
    const from = path.resolve(start);
    for (let dir = from;; dir = path.dirname(dir)) {
        if ((await exists(path.join(dir, '.git'))) || (await exists(path.join(dir, '.specify'))))
            return dir;
        if (path.dirname(dir) === dir)
            break;
    }
    for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
        if (path.basename(dir) === DEFAULT_SPECS_DIR)
            return path.dirname(dir);
    }
    return fallback === 'self' ? from : path.dirname(from);
}
async function exists(file) {
    try {
        await stat(file);
        return true;
    }
    catch {
        return false;
    }
}
function trimSlashes(value) {
    return (0,pieces/* trimCharacters */.Bk)(value, '/');
}

;// CONCATENATED MODULE: ./src/action/api/list-pull-request-files.ts
/**
 * Every file the pull request changes, renamed ones under both names (the old folder may need its
 * tasks.md checked too). GitHub lists at most 3,000 files, in pages of 100.
 */
async function listPullRequestFiles(client, repository, pullNumber) {
    const files = await client.paginate(client.rest.pulls.listFiles, {
        ...repository,
        pull_number: pullNumber,
        per_page: 100
    });
    return files.flatMap(file => file.previous_filename ? [file.filename, file.previous_filename] : [file.filename]);
}

;// CONCATENATED MODULE: ./src/action/select-features.ts
/**
 * Which feature folders a run is about: the ones the `features` input names; else, on a pull
 * request, the ones its changed files touch (asked of the API), on a push the ones the pushed
 * range touches (the compare API), on a dispatch every folder. Where the API cannot say (too many
 * files, no permission, a new branch) every folder is taken, and a notice says why.
 */






/** GitHub lists at most this many files of a pull request, and of a comparison. */
const PULL_REQUEST_FILE_CAP = 3000;
const COMPARE_FILE_CAP = 300;
async function selectFeatures(context) {
    const { workspace, named, event } = context;
    if (named.length > 0)
        return { dirs: namedFolders(workspace, named), notices: [] };
    if (event.kind === 'pull_request')
        return pullRequestFeatures(context, event);
    if (event.kind === 'push')
        return pushFeatures(context, event);
    return everyFeature(context, []);
}
function namedFolders(workspace, named) {
    return named.map(dir => {
        const absolute = external_node_path_default().resolve(workspace, dir);
        const relative = external_node_path_default().relative(workspace, absolute);
        if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
            throw new Error(`Input "features": ${dir} is not a folder inside the workspace`);
        return absolute;
    });
}
async function everyFeature(context, notices) {
    return { dirs: await discoverFeatures(context.workspace, context.specsDir), notices };
}
async function pullRequestFeatures(context, event) {
    const capped = `The pull request changes more than ${PULL_REQUEST_FILE_CAP.toLocaleString('en-US')} files, more than GitHub lists: every feature folder under ${context.specsDir}/ is taken.`;
    if ((event.changedFiles ?? 0) > PULL_REQUEST_FILE_CAP)
        return everyFeature(context, [capped]);
    const client = await context.client();
    if (!client)
        return everyFeature(context, [
            "No github-token: the pull request's files cannot be listed, so every feature folder is taken."
        ]);
    let files;
    try {
        files = await listPullRequestFiles(client, context.repository, event.number);
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
        return everyFeature(context, [
            `The token may not list the pull request's files (it needs "pull-requests: read"): every feature folder is taken. ${errorMessage(error)}`
        ]);
    }
    if (files.length >= PULL_REQUEST_FILE_CAP)
        return everyFeature(context, [capped]);
    return touched(context, files, 'The pull request');
}
async function pushFeatures(context, event) {
    if (!event.before)
        return everyFeature(context, [
            'The push created the branch: there is no earlier commit to compare with, so every feature folder is taken.'
        ]);
    const client = await context.client();
    if (!client)
        return everyFeature(context, [
            'No github-token: the pushed commits cannot be compared, so every feature folder is taken.'
        ]);
    let files;
    try {
        files = await compareCommits(client, context.repository, event.before, event.after);
    }
    catch (error) {
        // A force push can leave `before` unknown to GitHub.
        if (httpStatus(error) !== 404 && !isPermissionError(error))
            throw error;
        return everyFeature(context, [
            `The pushed range ${event.before.slice(0, 7)}...${event.after.slice(0, 7)} cannot be compared (${errorMessage(error)}): every feature folder is taken.`
        ]);
    }
    if (files.length >= COMPARE_FILE_CAP)
        return everyFeature(context, [
            `The push changes ${COMPARE_FILE_CAP} files or more, more than GitHub compares: every feature folder under ${context.specsDir}/ is taken.`
        ]);
    return touched(context, files, 'The push');
}
function touched(context, files, what) {
    const dirs = featuresTouchedBy(files, context.specsDir).map(dir => external_node_path_default().resolve(context.workspace, dir));
    // A folder the change deletes has nothing left to act on.
    const present = dirs.filter(dir => (0,external_node_fs_.existsSync)(dir));
    if (present.length > 0)
        return { dirs: present, notices: [] };
    const reason = dirs.length > 0
        ? `only deletes feature folders under ${context.specsDir}/`
        : `changes no feature folder under ${context.specsDir}/`;
    return { dirs: [], notices: [`${what} ${reason}: nothing to do.`] };
}

;// CONCATENATED MODULE: ./src/action/publish/commit.ts











async function commitTaskLists(client, repository, request) {
    const blobs = new Map();
    let head = await getBranchHead(client, repository, request.branch);
    let since = request.runSha;
    const skipped = [];
    let files = request.files;
    for (let attempt = 0; attempt < 2; attempt++) {
        files = await unmovedFiles(client, repository, since, head, files, skipped);
        const changed = await changedFiles(client, repository, head, files, skipped);
        if (changed.length === 0)
            return { sha: undefined, committed: [], skipped, gaveUp: false };
        const entries = [];
        for (const file of changed) {
            const blobSha = blobs.get(file.path) ?? (await createBlob(client, repository, file.content));
            blobs.set(file.path, blobSha);
            entries.push({ path: file.path, blobSha });
        }
        const tree = await createTree(client, repository, await getCommitTree(client, repository, head), entries);
        const commit = await createCommit(client, repository, request.message, tree, head);
        try {
            await updateBranch(client, repository, request.branch, commit);
            return { sha: commit, committed: entries.map(entry => entry.path), skipped, gaveUp: false };
        }
        catch (error) {
            // 422: not a fast-forward, the branch moved since it was read.
            if (httpStatus(error) !== 422)
                throw error;
        }
        since = head;
        head = await getBranchHead(client, repository, request.branch);
        files = changed;
    }
    return { sha: undefined, committed: [], skipped, gaveUp: true };
}
/**
 * The files whose feature folders no commit between `since` and `head` touched: a list generated
 * from older design documents must not land on newer ones.
 */
async function unmovedFiles(client, repository, since, head, files, skipped) {
    if (since === head || files.length === 0)
        return files;
    const touched = await compareCommits(client, repository, since, head);
    // Past the comparison's cap GitHub does not say which files changed: take every folder as moved.
    const unknown = touched.length >= COMPARE_FILE_CAP;
    return files.filter(file => {
        const moved = unknown || touched.some(changed => changed.startsWith(`${file.dir}/`));
        if (moved)
            skipped.push({
                path: file.path,
                reason: `the branch changed ${file.dir}/ since ${since.slice(0, 7)}; the run for ${head.slice(0, 7)} decides`
            });
        return !moved;
    });
}
/** The files that differ from the branch's, where the branch's tasks.md is the one checked out. */
async function changedFiles(client, repository, head, files, skipped) {
    const changed = [];
    for (const file of files) {
        const onBranch = await getFileSha(client, repository, file.path, head);
        if (onBranch !== file.workspaceBlobSha) {
            skipped.push({
                path: file.path,
                reason: "the branch's tasks.md is not the one this run checked out"
            });
            continue;
        }
        if (onBranch !== (0,git_blob/* gitBlobSha */.A)(file.content))
            changed.push(file);
    }
    return changed;
}

;// CONCATENATED MODULE: ./src/action/publish/index.ts
/**
 * Where results go besides the job summary and annotations, as the `publish` input asks: a commit
 * of the generated lists with a `spec-tasks` status on it, then the sticky comment (which says
 * what was committed). Nothing is written for a pull request from a fork, and a write the token is
 * not allowed becomes a notice naming the permission, never a failed check: the findings are what
 * the check is about.
 */






const FORK_FOLLOW_UP = 'To comment on pull requests from forks, upload the report (the `report` output) as an artifact and post it from a workflow_run workflow, which runs with a token of the base repository.';
async function publish(context) {
    const { inputs, event, log } = context;
    const published = { commentUrl: undefined, commitSha: undefined };
    const wantsComment = inputs.publish === 'comment' || inputs.publish === 'both';
    const wantsCommit = inputs.publish === 'commit' || inputs.publish === 'both';
    if (!wantsComment && !wantsCommit)
        return published;
    if (event.kind === 'push') {
        log.info(`A push has no pull request to comment on and is not committed to: publish "${inputs.publish}" leaves the results in the job summary and annotations.`);
        return published;
    }
    if (event.kind === 'pull_request' && event.headRepo !== event.baseRepo) {
        log.notice(`This pull request comes from a fork (${event.headRepo ?? 'a deleted repository'}): its token may not write to ${event.baseRepo} or to the fork, so nothing is ${wantsCommit ? 'committed or ' : ''}commented. The results are in the job summary and annotations. ${FORK_FOLLOW_UP}`);
        return published;
    }
    const client = await context.client();
    if (!client) {
        log.notice('No github-token: nothing is published beyond the job summary and annotations.');
        return published;
    }
    const notes = [];
    const branch = event.kind === 'pull_request' ? event.headRef : event.branch;
    if (wantsCommit) {
        if (!branch)
            log.notice('The run is not on a branch: there is nothing to commit to.');
        else
            published.commitSha = await guarded(log, 'contents: write', 'commit the task lists', () => commit(context, client, branch, notes));
    }
    if (!wantsComment)
        return published;
    const issueNumber = event.kind === 'pull_request'
        ? event.number
        : branch
            ? await guarded(log, 'pull-requests: read', 'find the pull request of the branch', () => findPullRequest(client, context.repository, branch))
            : undefined;
    if (issueNumber === undefined) {
        log.info(`No open pull request for ${branch ? `branch ${branch}` : 'this ref'}: the results are in the job summary only.`);
        return published;
    }
    const body = (0,report_comment/* formatComment */.jw)({
        command: inputs.command,
        features: context.result.sections,
        notes,
        runUrl: context.runUrl
    }, { marker: (0,report_comment/* commentMarker */.Ql)(context.workflow, context.job) });
    const outcome = await guarded(log, 'pull-requests: write', 'comment on the pull request', () => upsertComment(client, context.repository, issueNumber, (0,report_comment/* commentMarker */.Ql)(context.workflow, context.job), body));
    if (outcome) {
        log.info(`Comment ${outcome.action}: ${outcome.url}${outcome.deleted > 0 ? ` (${outcome.deleted} duplicate${outcome.deleted === 1 ? '' : 's'} deleted)` : ''}`);
        published.commentUrl = outcome.url;
    }
    return published;
}
async function commit(context, client, branch, notes) {
    const { event, inputs, result, log } = context;
    const runSha = event.kind === 'pull_request'
        ? event.headSha
        : event.kind === 'workflow_dispatch'
            ? event.sha
            : event.after;
    const outcome = await commitTaskLists(client, context.repository, {
        branch,
        runSha,
        message: inputs.commitMessage,
        files: result.generated
    });
    for (const skipped of outcome.skipped) {
        log.notice(`${skipped.path} not committed: ${skipped.reason}.`);
        notes.push(`${skipped.path} was not committed: ${skipped.reason}.`);
    }
    const refused = result.sections.filter(section => section.state === 'refused');
    for (const section of refused)
        notes.push(`${section.dir}/tasks.md was written or edited by hand: it was checked, and not replaced.`);
    if (outcome.gaveUp) {
        log.warning(`Branch ${branch} moved twice while committing: nothing committed; the next run will.`);
        notes.push(`Not committed: branch ${branch} moved twice while committing.`);
        return undefined;
    }
    if (!outcome.sha) {
        log.info("Every generated tasks.md equals the branch's: nothing to commit.");
        return undefined;
    }
    markCommitted(result.sections, outcome.committed);
    notes.push(`Committed ${outcome.sha.slice(0, 7)} to ${branch}: ${outcome.committed.join(', ')}.`);
    log.info(`Committed ${outcome.sha} to ${branch}: ${outcome.committed.join(', ')}`);
    const counts = result.report.counts;
    const tasks = result.sections.reduce((sum, section) => sum + (section.taskCount ?? 0), 0);
    await guarded(log, 'statuses: write', 'set the spec-tasks status on the new commit', () => createStatus(client, context.repository, outcome.sha, {
        state: context.failing ? 'failure' : 'success',
        description: `${tasks} tasks; ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`,
        targetUrl: context.runUrl
    }));
    return outcome.sha;
}
function markCommitted(sections, paths) {
    for (const section of sections)
        if (paths.includes(`${section.dir}/tasks.md`))
            section.committed = true;
}
/**
 * Runs one publishing step; when the token lacks the permission, says which and goes on. Any other
 * API failure (after the client's retries) fails the step, as a broken API should.
 */
async function guarded(log, permission, what, step) {
    try {
        return await step();
    }
    catch (error) {
        if (!isPermissionError(error))
            throw error;
        log.notice(`The token may not ${what}: the workflow needs "permissions: ${permission}" (${errorMessage(error)}). The results are in the job summary and annotations.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/runner-report.ts
/** Findings as the runner shows them: annotations on the files, and a job summary. */

function annotate(report) {
    for (const feature of report.features) {
        for (const found of feature.findings) {
            const properties = annotationProperties(found);
            if (found.severity === 'error')
                core/* error */.z3(found.message, properties);
            else if (found.severity === 'warning')
                core/* warning */.$e(found.message, properties);
            else
                core/* notice */.lm(found.message, properties);
        }
    }
}
function annotationProperties(found) {
    return {
        title: `spec-tasks: ${found.ruleId}`,
        file: found.location.file,
        startLine: found.location.line,
        startColumn: found.location.column
    };
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}

;// CONCATENATED MODULE: ./src/action/run.ts
/**
 * A run with an event to act on: select the feature folders, then (imported only when there are
 * some) check them or generate their task lists, report to the runner (annotations, job summary,
 * SARIF, a JSON report, outputs), publish (commit, status, comment), and fail on the findings.
 */












async function run(inputs, event) {
    try {
        await act(inputs, event);
    }
    catch (error) {
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}
async function act(inputs, event) {
    const workspace = external_node_path_default().resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const repository = (0,action_event/* repositoryFromEnv */.iw)();
    // Read before the API is asked anything: a broken config fails the step even when no feature
    // is touched, as it fails the CLI. Without a file or rules, the parsers stay unloaded here.
    const settings = await earlySettings(workspace, inputs);
    const client = lazyClient(inputs.token);
    const selection = await selectFeatures({
        workspace,
        specsDir: inputs.specsDir,
        named: inputs.features,
        event,
        repository,
        client
    });
    for (const notice of selection.notices)
        core/* notice */.lm(notice);
    const relative = selection.dirs.map(dir => external_node_path_default().relative(workspace, dir).split((external_node_path_default()).sep).join('/'));
    core/* setOutput */.uH('features', JSON.stringify(relative));
    if (selection.dirs.length === 0) {
        setCounts({ error: 0, warning: 0, note: 0 }, 0);
        if (selection.notices.length === 0)
            core/* info */.pq(`No feature folders under ${inputs.specsDir}/: nothing to ${inputs.command}.`);
        return;
    }
    const { work } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(334), __webpack_require__.e(38), __webpack_require__.e(511)]).then(__webpack_require__.bind(__webpack_require__, 4511));
    const result = await work(workspace, selection.dirs, inputs, settings);
    const { report } = result;
    annotate(report);
    if (inputs.command === 'check') {
        const { formatReport } = await __webpack_require__.e(/* import() */ 314).then(__webpack_require__.bind(__webpack_require__, 9314));
        await writeSummary(formatReport(report, 'markdown', {}));
    }
    else {
        const { formatGenerateSummary } = await __webpack_require__.e(/* import() */ 582).then(__webpack_require__.bind(__webpack_require__, 8582));
        await writeSummary(formatGenerateSummary({
            command: 'generate',
            features: result.sections,
            notes: [],
            runUrl: undefined
        }));
    }
    if (inputs.sarifFile) {
        const { formatReport } = await __webpack_require__.e(/* import() */ 314).then(__webpack_require__.bind(__webpack_require__, 9314));
        await (0,promises_.writeFile)(external_node_path_default().resolve(workspace, inputs.sarifFile), formatReport(report, 'sarif', {}), 'utf8');
    }
    core/* setOutput */.uH('report', await writeJsonReport(report));
    const tasks = result.sections.reduce((sum, section) => sum + (section.taskCount ?? 0), 0);
    setCounts(report.counts, tasks);
    const failing = (0,fail_on/* failingCount */.e)(report.counts, inputs.failOn) > 0;
    const published = await publish({
        inputs,
        event,
        repository,
        client,
        result,
        failing,
        runUrl: runUrl(),
        workflow: workflowName(),
        job: process.env.GITHUB_JOB ?? '',
        log: { info: core/* info */.pq, notice: core/* notice */.lm, warning: core/* warning */.$e }
    });
    core/* setOutput */.uH('comment-url', published.commentUrl ?? '');
    core/* setOutput */.uH('commit-sha', published.commitSha ?? '');
    if (failing) {
        const { error, warning } = report.counts;
        core/* setFailed */.C1(`spec-tasks found ${(0,report_text/* plural */.LS)(error, 'error')} and ${(0,report_text/* plural */.LS)(warning, 'warning')} (failing on ${inputs.failOn})`);
    }
}
async function earlySettings(workspace, inputs) {
    const asked = inputs.config !== undefined ||
        inputs.rules !== '' ||
        (0,external_node_fs_.existsSync)(external_node_path_default().join(workspace, config_file_name/* CONFIG_FILE */.g));
    if (!asked)
        return undefined;
    const { ruleSettings } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(38)]).then(__webpack_require__.bind(__webpack_require__, 9038));
    return ruleSettings(workspace, inputs);
}
/** The client, made (and its libraries loaded) on first use; undefined without a token. */
function lazyClient(token) {
    let client;
    return () => {
        client ??= token
            ? Promise.all(/* import() */[__webpack_require__.e(239), __webpack_require__.e(270)]).then(__webpack_require__.bind(__webpack_require__, 1270)).then(module => module.createClient(token, { info: core/* info */.pq, warning: core/* warning */.$e }))
            : Promise.resolve(undefined);
        return client;
    };
}
function setCounts(counts, tasks) {
    core/* setOutput */.uH('errors', counts.error);
    core/* setOutput */.uH('warnings', counts.warning);
    core/* setOutput */.uH('notes', counts.note);
    core/* setOutput */.uH('tasks', tasks);
}
/** The JSON report in the runner's temporary folder, one file per step. */
async function writeJsonReport(report) {
    const { formatReport } = await __webpack_require__.e(/* import() */ 314).then(__webpack_require__.bind(__webpack_require__, 9314));
    const dir = external_node_path_default().join(process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), 'spec-tasks');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const step = (process.env.GITHUB_ACTION || 'report').replace(/[^\w.-]/g, '_');
    const file = external_node_path_default().join(dir, `${step}.json`);
    await (0,promises_.writeFile)(file, formatReport(report, 'json', {}), 'utf8');
    return file;
}
function runUrl() {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = process.env;
    if (!GITHUB_RUN_ID || !GITHUB_REPOSITORY)
        return undefined;
    return `${GITHUB_SERVER_URL || 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`;
}
/**
 * The workflow's file (from GITHUB_WORKFLOW_REF, without the branch it ran on), else its name: the
 * same workflow on every run of every branch, and a renamed workflow keeps its comment.
 */
function workflowName() {
    const ref = process.env.GITHUB_WORKFLOW_REF;
    const repository = process.env.GITHUB_REPOSITORY;
    if (ref && repository && ref.startsWith(`${repository}/`)) {
        const at = ref.lastIndexOf('@');
        return ref.slice(repository.length + 1, at < 0 ? undefined : at);
    }
    return process.env.GITHUB_WORKFLOW ?? '';
}


/***/ }),

/***/ 7091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qi: () => (/* binding */ checkedSections),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   fP: () => (/* binding */ sameCommentContent),
/* harmony export */   jw: () => (/* binding */ formatComment),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* unused harmony export mermaidGraph */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4201);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7698);
/* harmony import */ var _safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1319);
/* harmony import */ var _task_list_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2673);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6276);





const COMMENT_LIMIT_TEXT = `GitHub's ${_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._.toLocaleString('en-US')}-character comment limit`;
const RUN_LINK_START = '[Full results in the job summary of this run](';
/**
 * The hidden marker of one workflow's job: two workflows, or two jobs, each keep a comment of
 * their own. The names are percent-encoded, so neither can end the HTML comment.
 */
function commentMarker(workflow, job) {
    return `<!-- spec-tasks:comment workflow=${encodeURIComponent(workflow)} job=${encodeURIComponent(job)} -->`;
}
/** Whether a comment's body is one this marker made. */
function hasMarker(body, marker) {
    return body === marker || body.startsWith(`${marker}\n`);
}
/**
 * Whether two bodies say the same, ignoring the link to the run that made them: a run that finds
 * nothing new leaves the comment, and its link to an earlier run with the same results, alone.
 */
function sameCommentContent(a, b) {
    return withoutRunLink(a) === withoutRunLink(b);
}
function withoutRunLink(body) {
    const trimmed = body.trimEnd();
    const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
    return lastLine.startsWith(RUN_LINK_START)
        ? trimmed.slice(0, trimmed.length - lastLine.length).trimEnd()
        : trimmed;
}
/** The sections of a check: each folder's findings, and how many tasks its list has. */
function checkedSections(report) {
    return report.features.map(feature => {
        const status = (0,_task_list_status_js__WEBPACK_IMPORTED_MODULE_2__/* .taskListStatus */ .W)(feature);
        return {
            dir: feature.feature,
            state: status === 'checked' ? 'checked' : status === 'missing' ? 'no-tasks' : 'unreadable',
            taskCount: feature.taskList?.tasks.length,
            taskList: undefined,
            findings: feature.findings,
            committed: false
        };
    });
}
/** The comment (or, without a marker and with a larger limit, the job summary). */
function formatComment(run, options = {}) {
    const limit = options.maxLength ?? _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .GITHUB_COMMENT_LIMIT */ ._;
    const features = [...run.features].sort((a, b) => (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n6)(a.dir, b.dir));
    const sections = features.map(feature => sectionParts(feature, run.command));
    const render = (cap, shown) => renderBody(run, options, sections, cap, shown);
    const full = render(Infinity, sections.length);
    if (full.length <= limit)
        return full;
    // The largest cap under which every feature fits, parts shortened to at most that many characters.
    const largest = Math.max(0, ...sections.flatMap(parts => parts.cuttable.map(part => part.size)));
    if (render(0, sections.length).length <= limit) {
        let low = 0;
        let high = largest;
        while (low < high) {
            const middle = Math.ceil((low + high) / 2);
            if (render(middle, sections.length).length <= limit)
                low = middle;
            else
                high = middle - 1;
        }
        return render(low, sections.length);
    }
    // Too many features for even their headings: the last ones are named as left out.
    let low = 0;
    let high = sections.length - 1;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (render(0, middle).length <= limit)
            low = middle;
        else
            high = middle - 1;
    }
    return render(0, low);
}
function renderBody(run, options, sections, cap, shown) {
    const cuts = [];
    const rendered = sections.slice(0, shown).map(parts => {
        const body = parts.cuttable.map(part => {
            const { text, cut } = part.size <= cap ? part.render(Infinity) : part.render(cap);
            if (cut)
                cuts.push(cut);
            return text;
        });
        return [
            `<details><summary>${parts.summary}</summary>`,
            parts.intro,
            ...body.filter(text => text !== ''),
            '</details>'
        ].join('\n\n');
    });
    if (shown < sections.length)
        cuts.push(`the sections of ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(sections.length - shown, 'more feature')} (${sections
            .slice(shown)
            .map(parts => (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(parts.dir))
            .join(', ')})`);
    const blocks = [
        ...(options.marker ? [options.marker] : []),
        `## spec-tasks ${run.command}`,
        headline(run),
        ...run.notes.map(note => (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(note)),
        ...rendered
    ];
    if (cuts.length > 0)
        blocks.push(`_Shortened to stay within ${options.limitText ?? COMMENT_LIMIT_TEXT}: left out ${cuts.join('; ')}.${options.marker ? ' The job summary has everything.' : ''}_`);
    if (run.runUrl)
        blocks.push(`${RUN_LINK_START}${run.runUrl.replace(/[()\s]/g, encodeURIComponent)})`);
    return `${blocks.join('\n\n')}\n`;
}
function headline(run) {
    const counts = countFindings(run.features);
    const tasks = run.features.reduce((sum, feature) => sum + (feature.taskCount ?? 0), 0);
    const sentence = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .countsSentence */ .KS)(counts, run.features.length).replace(/\.$/, '');
    return `${icon(counts)} **${sentence}; ${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(tasks, 'task')}.**`;
}
function countFindings(features) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const feature of features)
        for (const found of feature.findings)
            counts[found.severity]++;
    return counts;
}
function icon(counts) {
    if (counts.error > 0)
        return '❌';
    return counts.warning > 0 ? '⚠️' : '✅';
}
function sectionParts(feature, command) {
    const counts = countFindings([feature]);
    const found = counts.error + counts.warning + counts.note;
    const details = [
        ...(feature.taskCount !== undefined ? [(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(feature.taskCount, 'task')] : []),
        found === 0 ? 'no findings' : severityCounts(counts)
    ].join(' · ');
    const summary = `${icon(counts)} ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeHtmlText */ .uD)(feature.dir)} · ${details}`;
    const cuttable = [];
    if (command === 'generate' && feature.taskList !== undefined) {
        cuttable.push(taskListPart(feature.dir, feature.taskList));
        const graph = mermaidGraph(feature.taskList);
        if (graph)
            cuttable.push(graphPart(feature.dir, graph));
    }
    cuttable.push(findingsPart(feature.dir, feature.findings));
    return { dir: feature.dir, summary, intro: stateSentence(feature), cuttable };
}
function severityCounts(counts) {
    return ['error', 'warning', 'note']
        .filter(severity => counts[severity] > 0)
        .map(severity => (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(counts[severity], severity))
        .join(', ');
}
function stateSentence(feature) {
    const tasks = (0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(feature.taskCount ?? 0, 'task');
    switch (feature.state) {
        case 'checked':
            return `tasks.md checked: ${tasks}.`;
        case 'no-tasks':
            return '_No tasks.md in this folder: nothing to check._';
        case 'unreadable':
            return '_tasks.md was not read; a finding says why._';
        case 'no-plan':
            return '_No task list: the folder has no plan.md._';
        case 'created':
            return feature.committed
                ? `tasks.md created with ${tasks} and committed.`
                : `${tasks}; the folder has no tasks.md yet.`;
        case 'updated':
            return feature.committed
                ? `tasks.md regenerated with ${tasks} and committed.`
                : `${tasks}; the folder's tasks.md differs from this list.`;
        case 'unchanged':
            return `${tasks}; the folder's tasks.md is this list.`;
        case 'refused':
            return "tasks.md was written or edited by hand, so it was checked as it is and not replaced: the findings are the hand-written list's.";
    }
}
/** The generated list's Mermaid graph, drawn on its own; the list itself shows it as source. */
function mermaidGraph(taskList) {
    const lines = taskList.split('\n');
    const start = lines.indexOf('```mermaid');
    if (start < 0)
        return undefined;
    const end = lines.indexOf('```', start + 1);
    if (end < 0)
        return undefined;
    return lines.slice(start + 1, end).join('\n');
}
function taskListPart(dir, taskList) {
    const heading = '**Task list**\n\n';
    const whole = `${heading}${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fencedBlock */ .zW)(taskList, 'markdown')}`;
    const lines = taskList.trimEnd().split('\n');
    return {
        size: whole.length,
        render(cap) {
            if (cap >= whole.length)
                return { text: whole, cut: undefined };
            // Room for the heading, the fences and the longest note; dropping lines never lengthens them.
            const overhead = whole.length - taskList.length + 2 + linesLeftOut(lines.length, lines.length).length;
            let room = cap - overhead;
            let kept = 0;
            while (kept < lines.length && lines[kept].length + 1 <= room)
                room -= lines[kept++].length + 1;
            return {
                text: `${heading}${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fencedBlock */ .zW)(lines.slice(0, kept).join('\n'), 'markdown')}\n\n${linesLeftOut(lines.length - kept, lines.length)}`,
                cut: `the task list of ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(dir)} after line ${kept} of ${lines.length}`
            };
        }
    };
}
function linesLeftOut(left, total) {
    return `_${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(left, 'more line')} of ${total} left out here._`;
}
function graphPart(dir, graph) {
    const whole = `**Dependency graph**\n\n${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .fencedBlock */ .zW)(graph, 'mermaid')}`;
    return {
        size: whole.length,
        render(cap) {
            if (cap >= whole.length)
                return { text: whole, cut: undefined };
            // Half a graph does not draw: it goes whole.
            return {
                text: '_Dependency graph left out here._',
                cut: `the dependency graph of ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(dir)}`
            };
        }
    };
}
function findingsPart(dir, findings) {
    const rows = (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(findings).map(findingRow);
    const header = '**Findings**\n\n| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |';
    const whole = rows.length === 0 ? '' : [header, ...rows].join('\n');
    return {
        size: whole.length,
        render(cap) {
            if (cap >= whole.length)
                return { text: whole, cut: undefined };
            let kept = 0;
            let used = header.length;
            const noteRoom = 80;
            while (kept < rows.length && used + rows[kept].length + 1 + noteRoom <= cap)
                used += rows[kept++].length + 1;
            const note = `_${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows.length - kept, 'more finding')} of ${rows.length} left out here._`;
            return {
                text: `${[header, ...rows.slice(0, kept)].join('\n')}\n\n${note}`,
                cut: `${(0,_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rows.length - kept, 'finding')} of ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(dir)}`
            };
        }
    };
}
const SEVERITY_LABEL = {
    error: '❌ error',
    warning: '⚠️ warning',
    note: 'ℹ️ note'
};
function findingRow(found) {
    const message = [
        (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(found.message),
        ...(found.related ?? []).map(related => `↳ ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(`${related.location.file}:${related.location.line}`)}${related.message ? ` ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(related.message)}` : ''}`)
    ].join('<br>');
    const cells = [
        SEVERITY_LABEL[found.severity],
        `\`${found.ruleId.replace(/[`|]/g, '')}\``,
        (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .safeInline */ .H1)(`${found.location.file}:${found.location.line}`),
        message
    ];
    return `| ${cells.join(' | ')} |`;
}


/***/ }),

/***/ 4201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ GITHUB_COMMENT_LIMIT),
/* harmony export */   j: () => (/* binding */ formatMarkdown)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7698);
/* harmony import */ var _task_list_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2673);
/* harmony import */ var _safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1319);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6276);




const GITHUB_COMMENT_LIMIT = 65536;
const SEVERITY_LABEL = {
    error: '❌ error',
    warning: '⚠️ warning',
    note: 'ℹ️ note'
};
function formatMarkdown(report, options = {}) {
    const limit = options.maxLength ?? GITHUB_COMMENT_LIMIT;
    const blocks = reportBlocks(report);
    const full = render(blocks, blocks.map(rowCount));
    if (full.length <= limit)
        return full;
    return hardCut(render(blocks, fitRows(blocks, limit)), limit);
}
function reportBlocks(report) {
    const findings = (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .allFindings */ .c4)(report);
    const blocks = [
        { kind: 'text', text: '## spec-tasks check' },
        { kind: 'text', text: summaryLine(report, findings.length) }
    ];
    if (findings.length > 0)
        blocks.push({
            kind: 'table',
            header: '| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |',
            rows: findings.map(findingRow)
        });
    for (const feature of (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFeatures */ .O7)(report.features))
        blocks.push(...featureBlocks(feature));
    return blocks;
}
function summaryLine(report, findingCount) {
    const sentence = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .countsSentence */ .KS)(report.counts, report.features.length);
    if (findingCount === 0)
        return `✅ ${sentence}`;
    return `${report.counts.error > 0 ? '❌' : '⚠️'} ${sentence}`;
}
function findingRow(found) {
    const message = [
        (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(found.message),
        ...(found.related ?? []).map(related => `↳ ${relatedText(related)}`)
    ].join('<br>');
    return tableRow([
        SEVERITY_LABEL[found.severity],
        `\`${found.ruleId.replace(/[`|]/g, '')}\``,
        (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(lineOf(found.location)),
        message
    ]);
}
function relatedText(related) {
    const where = (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(lineOf(related.location));
    return related.message ? `${where} ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(related.message)}` : where;
}
function lineOf(at) {
    return `${at.file}:${at.line}`;
}
function featureBlocks(feature) {
    const heading = {
        kind: 'text',
        text: `### Coverage: ${(0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(feature.feature)}`
    };
    const status = (0,_task_list_status_js__WEBPACK_IMPORTED_MODULE_1__/* .taskListStatus */ .W)(feature);
    if (status === 'missing')
        return [heading, { kind: 'text', text: '_No tasks.md in this folder: nothing to check._' }];
    if (status === 'refused')
        return [heading, { kind: 'text', text: '_tasks.md was not read; see the findings above._' }];
    if (feature.coverage.length === 0)
        return [
            heading,
            { kind: 'text', text: '_No contracts, entities, endpoints, stories or scenarios to cover._' }
        ];
    return [
        heading,
        {
            kind: 'table',
            header: '| Kind | Item | Tasks |\n| --- | --- | --- |',
            rows: feature.coverage.map(coverageRow)
        }
    ];
}
function coverageRow(item) {
    const tasks = item.tasks.length > 0 ? item.tasks.map(_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1).join(', ') : '⚠️ —';
    return tableRow([item.kind, (0,_safe_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .safeInline */ .H1)(item.name), tasks]);
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function rowCount(block) {
    return block.kind === 'table' ? block.rows.length : 0;
}
function render(blocks, kept) {
    return `${blocks.map((block, index) => renderBlock(block, kept[index])).join('\n\n')}\n`;
}
function renderBlock(block, kept) {
    if (block.kind === 'text')
        return block.text;
    const lines = [block.header, ...block.rows.slice(0, kept)];
    const left = block.rows.length - kept;
    if (left > 0)
        lines.push('', omittedNote(left));
    return lines.join('\n');
}
function omittedNote(left) {
    return `_${left} more row${left === 1 ? '' : 's'} left out to stay within GitHub's ${GITHUB_COMMENT_LIMIT}-character comment limit._`;
}
/**
 * How many rows of each table fit, earlier tables first: findings matter more than coverage.
 * Each table's room for its note is reserved up front at its longest, so the result always fits.
 */
function fitRows(blocks, limit) {
    const skeleton = blocks.map(block => block.kind === 'table' ? renderBlock(block, 0) : block.text);
    let room = limit - `${skeleton.join('\n\n')}\n`.length;
    let full = true;
    return blocks.map(block => {
        if (block.kind === 'text')
            return 0;
        let kept = 0;
        for (const row of block.rows) {
            const cost = row.length + 1;
            if (!full || cost > room) {
                full = false;
                break;
            }
            room -= cost;
            kept++;
        }
        return kept;
    });
}
/** Only when even the tables' headers do not fit, as with thousands of feature folders. */
function hardCut(text, limit) {
    if (text.length <= limit)
        return text;
    const note = "\n\n_Report cut to stay within GitHub's comment limit._\n";
    const cut = text.slice(0, Math.max(0, limit - note.length));
    return `${cut.slice(0, cut.lastIndexOf('\n') + 1).trimEnd()}${note}`;
}


/***/ }),

/***/ 1319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ safeInline),
/* harmony export */   uD: () => (/* binding */ safeHtmlText),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/* unused harmony export escapeTableCell */
/**
 * Text from a pull request's specs, made safe to post on GitHub as a comment or a job summary.
 *
 * Escaping the markdown (as the report tables do) keeps text in its cell and stops raw HTML, but
 * GitHub links mentions, issue references and bare URLs in the rendered text after markdown is
 * done, so a spec saying `@someone` or `fixes #1` would still ping a person or cross-reference an
 * issue. A zero-width space, written as an entity, goes between the sign and what follows: the
 * text reads the same and links nothing. Inside a fenced code block nothing is linked, so there the
 * only danger is a line that closes the fence, and the fence is made longer than any run of
 * backticks in the text.
 */
const ZERO_WIDTH_SPACE = '&#8203;';
/**
 * Text from design documents and task lists, made safe for a table cell: `|` would end the cell,
 * a newline the row, `<` could open HTML, and `*_~[]` and backticks would turn into formatting or
 * links. Backslash escapes and entities render as the plain characters.
 */
function escapeTableCell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]~|]/g, '\\$&')
        .replace(/\r\n|[\r\n]/g, '<br>');
}
/** Markdown-escaped text (for a table cell or a paragraph) that mentions and links nothing. */
function safeInline(text) {
    return defuseLinks(escapeTableCell(text));
}
/** Text for the inside of an HTML element (a `<summary>`), where markdown is not parsed. */
function safeHtmlText(text) {
    return defuseLinks(text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\r\n|[\r\n]/g, ' '));
}
/**
 * `@user` and `@org/team` (mentions), `#12`, `owner/repo#12`, `GH-12` and `fixes #12` (issue
 * references), and `https://…` or `www.…` (autolinks, which cross-reference an issue or pull
 * request they point at). The text must already be escaped: the `#` rule runs first so that it
 * never touches the entities the other rules add.
 */
function defuseLinks(escaped) {
    return escaped
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=\d)/gi, match => `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`)
        .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZERO_WIDTH_SPACE}`)
        .replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`)
        .replace(/\bwww\./gi, match => `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`);
}
/**
 * A fenced code block holding `text` verbatim: the fence is one backtick longer than the longest
 * run of backticks in the text (three at least), so no line of the text can close it.
 */
function fencedBlock(text, info = '') {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const body = text.endsWith('\n') ? text : `${text}\n`;
    return `${fence}${info}\n${body}${fence}`;
}


/***/ }),

/***/ 2673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ featuresWithoutTasks),
/* harmony export */   W: () => (/* binding */ taskListStatus)
/* harmony export */ });
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7698);

function taskListStatus(feature) {
    if (feature.tasksPath !== undefined)
        return 'checked';
    const tasksFile = `${feature.feature}/tasks.md`;
    return feature.findings.some(found => found.location.file === tasksFile) ? 'refused' : 'missing';
}
/** Features without a tasks.md, by folder. */
function featuresWithoutTasks(features) {
    return (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFeatures */ .O7)(features).filter(feature => taskListStatus(feature) === 'missing');
}


/***/ }),

/***/ 6276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KS: () => (/* binding */ countsSentence),
  vX: () => (/* binding */ formatText),
  LS: () => (/* binding */ plural)
});

// EXTERNAL MODULE: ./src/core/report/order.ts
var order = __webpack_require__(7698);
// EXTERNAL MODULE: ./src/core/report/task-list-status.ts
var task_list_status = __webpack_require__(2673);
;// CONCATENATED MODULE: ./src/core/report/terminal.ts
/**
 * Text from pull-request files made safe to print on a terminal, for every report or log line that
 * quotes a message or a path.
 */
// A raw escape sequence or bidi override could rewrite the terminal or hide text, and a raw newline
// would break the one-finding-a-line form that editors and scripts read.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Control, escape and bidi characters become visible `\n`, `\t`, `\u001b`… escapes. */
function terminalSafe(text) {
    return text.replace(UNSAFE, char => {
        if (char === '\n')
            return '\\n';
        if (char === '\r')
            return '\\r';
        if (char === '\t')
            return '\\t';
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}

;// CONCATENATED MODULE: ./src/core/report/text.ts



const SEVERITY_COLOR = {
    error: '\u001b[31m',
    warning: '\u001b[33m',
    note: '\u001b[36m'
};
const COLOR_OFF = '\u001b[39m';
const DIM_ON = '\u001b[2m';
const DIM_OFF = '\u001b[22m';
const SEVERITY_WIDTH = 'warning'.length;
function formatText(report, options = {}) {
    const color = options.color === true;
    const findings = (0,order/* allFindings */.c4)(report);
    const summary = countsSentence(report.counts, report.features.length);
    const groups = groupByFile(findings).map(group => formatGroup(group, color));
    const missing = (0,task_list_status/* featuresWithoutTasks */.A)(report.features).map(feature => `${terminalSafe(feature.feature)} has no tasks.md: nothing to check.`);
    const blocks = missing.length > 0 ? [...groups, missing.join('\n')] : groups;
    return [...blocks, summary].join('\n\n') + '\n';
}
/** `2 errors, 1 warning, 0 notes in 3 features`, or `No findings in 3 features.` */
function countsSentence(counts, featureCount) {
    const features = plural(featureCount, 'feature');
    if (counts.error + counts.warning + counts.note === 0)
        return `No findings in ${features}.`;
    return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${features}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
function groupByFile(findings) {
    const groups = [];
    for (const found of findings) {
        const last = groups[groups.length - 1];
        if (last && last[0].location.file === found.location.file)
            last.push(found);
        else
            groups.push([found]);
    }
    return groups;
}
function formatGroup(group, color) {
    const header = terminalSafe(group[0].location.file);
    const width = Math.max(...group.map(found => position(found.location).length));
    const lines = group.flatMap(found => [
        findingLine(found, width, color),
        ...(found.related ?? []).map(related => `  ↳ ${position(related.location)} ${terminalSafe(related.message)}`)
    ]);
    return [header, ...lines].join('\n');
}
function findingLine(found, width, color) {
    const where = position(found.location).padEnd(width);
    const severity = paint(found.severity.padEnd(SEVERITY_WIDTH), SEVERITY_COLOR[found.severity], COLOR_OFF, color);
    const rule = paint(found.ruleId, DIM_ON, DIM_OFF, color);
    return `${where}  ${severity}  ${terminalSafe(found.message)}  ${rule}`;
}
function paint(text, on, off, color) {
    return color ? `${on}${text}${off}` : text;
}
function position(location) {
    return `${terminalSafe(location.file)}:${location.line}:${location.column}`;
}


/***/ }),

/***/ 5848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ trimCharacters),
/* harmony export */   EN: () => (/* binding */ splitTopLevel),
/* harmony export */   K$: () => (/* binding */ firstIndexOf),
/* harmony export */   R: () => (/* binding */ trimSeparators),
/* harmony export */   au: () => (/* binding */ clausesOutsideParentheses),
/* harmony export */   iL: () => (/* binding */ matchingParen)
/* harmony export */ });
/**
 * Cutting a line of text into pieces: at the matching parenthesis, at separators outside
 * brackets, at the first of several markers, after leading separators.
 */
/** The index of the `)` that closes the `(` at `open`, or -1: `f(a(b)) c` from 1 → 6. */
function matchingParen(text, open) {
    let depth = 0;
    for (let at = open; at < text.length; at++) {
        if (text[at] === '(')
            depth++;
        else if (text[at] === ')' && --depth === 0)
            return at;
    }
    return -1;
}
/** `a, Map<b, c>, d` at `,` → `a`, ` Map<b, c>`, ` d`: separators inside brackets do not split. */
function splitTopLevel(text, separator) {
    const parts = [];
    let depth = 0;
    let from = 0;
    for (let at = 0; at < text.length; at++) {
        const char = text[at];
        if ('([{<'.includes(char))
            depth++;
        else if (')]}>'.includes(char))
            depth--;
        else if (char === separator && depth === 0) {
            parts.push(text.slice(from, at));
            from = at + 1;
        }
    }
    parts.push(text.slice(from));
    return parts;
}
/**
 * A note's clauses: `GET (list, filter); POST` → `GET (list, filter)`, `POST`. Split at commas
 * and semicolons outside parentheses, each trimmed, empty ones dropped; a stray `)` never makes
 * the depth negative.
 */
function clausesOutsideParentheses(text) {
    const clauses = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '(')
            depth++;
        else if (ch === ')')
            depth = Math.max(0, depth - 1);
        if (depth === 0 && (ch === ',' || ch === ';')) {
            clauses.push(current);
            current = '';
        }
        else
            current += ch;
    }
    return [...clauses, current].map(clause => clause.trim()).filter(Boolean);
}
/** Where the first of the needles occurs, or -1. */
function firstIndexOf(text, needles) {
    const found = needles.map(needle => text.indexOf(needle)).filter(at => at >= 0);
    return found.length > 0 ? Math.min(...found) : -1;
}
/**
 * The text without any of the `leading` characters at its start or the `trailing` ones at its
 * end: `` `/api/seeds`, `` less `` `*_[ `` and `` `*_:,;] `` → `/api/seeds`.
 */
function trimCharacters(text, leading, trailing = leading) {
    let start = 0;
    let end = text.length;
    while (start < end && leading.includes(text[start]))
        start++;
    while (end > start && trailing.includes(text[end - 1]))
        end--;
    return text.slice(start, end);
}
/** The text without leading spaces, colons, dashes, commas and semicolons, and trimmed. */
function trimSeparators(text) {
    let start = 0;
    while (start < text.length && ' \t:—–-,;'.includes(text[start]))
        start++;
    return text.slice(start).trim();
}


/***/ }),

/***/ 2403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ CONFIG_FILE)
/* harmony export */ });
/** Where the rule settings file is looked for, apart from the reader so that asking costs no parser. */
const CONFIG_FILE = '.spec-tasks.yml';


/***/ })

};
