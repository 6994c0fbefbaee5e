export const id = 582;
export const ids = [582];
export const modules = {

/***/ 8582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatGenerateSummary: () => (/* binding */ formatGenerateSummary)
/* harmony export */ });
/* unused harmony export JOB_SUMMARY_LIMIT */
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7091);
/**
 * The job summary of `generate`: the comment's body without its marker, under the job summary's
 * own limit (1 MiB of UTF-8, so at most three bytes for each UTF-16 code unit counted here).
 */

const JOB_SUMMARY_LIMIT = Math.floor((1024 * 1024) / 3);
function formatGenerateSummary(run) {
    return (0,_comment_js__WEBPACK_IMPORTED_MODULE_0__/* .formatComment */ .jw)(run, {
        maxLength: JOB_SUMMARY_LIMIT,
        limitText: 'the 1 MiB limit of a job summary'
    });
}


/***/ })

};
