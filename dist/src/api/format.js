import { ruleInfosOf } from '../cli/commands/rule-infos.js';
import { REPORT_FORMATS, renderReport } from '../reporters/index.js';
import { LeakproofError } from './errors.js';
export function formatReport(report, format, options = {}) {
    if (!REPORT_FORMATS.includes(format))
        throw new LeakproofError(`unknown report format '${String(format)}' (expected ${REPORT_FORMATS.join(', ')})`);
    return renderReport(format, report, {
        ...(options.rules ? { rules: ruleInfosOf(options.rules) } : {}),
        color: !!options.color,
        showSuppressed: !!options.showSuppressed,
        ...(options.srcRoot ? { srcRoot: options.srcRoot } : {}),
    });
}
