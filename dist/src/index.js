/**
 * leakproof as a library (`import { scan } from 'leakproof'`; ESM only, see
 * docs/library.md). The same runs as the CLI, in steps a program can hold:
 *
 *   loadRules → scan / scanFiles → applyPolicy (or the `policy` option) → formatReport / failsGate
 *
 * Everything exported here is the public surface; anything reached by a deeper
 * path is internal and may change in any release.
 */
import { TOOL_VERSION } from './version.js';
/** The installed leakproof's version (package.json). */
export const version = TOOL_VERSION;
export { scan } from './api/scan.js';
export { scanFiles } from './api/scan-files.js';
export { loadRules } from './api/rules.js';
export { applyPolicy, loadConfig } from './api/policy.js';
export { formatReport } from './api/format.js';
export { LeakproofError } from './api/errors.js';
export { failsGate } from './findings/report.js';
export { SEVERITIES, CATEGORIES } from './findings/finding.js';
export { REPORT_FORMATS } from './reporters/index.js';
