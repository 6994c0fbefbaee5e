export const id = 270;
export const ids = [270];
export const modules = {

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_CLIENT_LIMITS: () => (/* binding */ DEFAULT_CLIENT_LIMITS),
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The one GitHub API client of a run: @actions/github's Octokit with the retry plugin (server
 * errors and dropped connections) and the throttling plugin (primary and secondary rate limits,
 * `retry-after`), both through getOctokit's plugin argument. Every wait and every request ends
 * within one budget for the whole run, so a struggling API cannot hold a runner for hours.
 */



const DEFAULT_CLIENT_LIMITS = {
    budgetMs: 3 * 60_000,
    retries: 2,
    rateLimitRetries: 2,
    maxRetryAfterSeconds: 60
};
function createClient(token, log, limits = DEFAULT_CLIENT_LIMITS) {
    const deadline = Date.now() + limits.budgetMs;
    const signal = AbortSignal.timeout(limits.budgetMs);
    const waitFits = (retryAfter, retryCount) => retryCount < limits.rateLimitRetries &&
        retryAfter <= limits.maxRetryAfterSeconds &&
        Date.now() + retryAfter * 1000 < deadline;
    const onLimit = (kind) => (retryAfter, options, _client, retryCount) => {
        const request = `${options.method ?? ''} ${options.url ?? ''}`.trim();
        if (waitFits(retryAfter, retryCount)) {
            log.info(`GitHub ${kind} on ${request}: retrying in ${retryAfter} s.`);
            return true;
        }
        log.warning(`GitHub ${kind} on ${request}: giving up (retry-after ${retryAfter} s).`);
        return false;
    };
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // Octokit's own log would print request details: only what is said here reaches the log.
        log: { debug: () => { }, info: () => { }, warn: () => { }, error: () => { } },
        // Rate limits (403 and 429) are the throttling plugin's: retried once per plugin, not twice.
        retry: { retries: limits.retries, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
    // After the budget every request, and every retry, is aborted rather than started.
    client.hook.before('request', options => {
        options.request = { ...options.request, signal };
    });
    return client;
}


/***/ })

};
