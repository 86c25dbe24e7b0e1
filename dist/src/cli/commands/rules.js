import { frameworkNamed, ruleControls } from '../../compliance/rule-controls.js';
import { UsageError } from '../errors.js';
import { loadRuleSet } from './load-rules.js';
export async function runRulesCommand(options) {
    const framework = options.framework ? frameworkNamed(options.framework) : undefined;
    if (framework && 'error' in framework)
        throw new UsageError(framework.error);
    const ruleSet = await loadRuleSet(options.rules);
    const rows = [...ruleSet.rules, ...ruleSet.declarative]
        .map((r) => ({
        id: r.id,
        severity: r.severity,
        category: r.category,
        title: r.title,
        controls: ruleControls(r.id).filter((c) => !framework || c.framework === framework.id),
    }))
        .filter((r) => !framework || r.controls.length > 0)
        .sort((a, b) => a.id.localeCompare(b.id));
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
        return 0;
    }
    const width = Math.max(2, ...rows.map((r) => r.id.length));
    const titleWidth = Math.max(5, ...rows.map((r) => r.title.length));
    // With --framework the last column lists that framework's control ids; otherwise which frameworks the rule serves.
    const controlsText = (r) => framework
        ? r.controls.map((c) => (c.role === 'informs' ? `(${c.control})` : c.control)).join(', ')
        : [...new Set(r.controls.map((c) => c.framework))].join(', ');
    process.stdout.write(`${'ID'.padEnd(width)}  SEVERITY  CATEGORY          ${'TITLE'.padEnd(titleWidth)}  ${framework ? `${framework.id.toUpperCase()} CONTROLS` : 'FRAMEWORKS'}\n`);
    for (const r of rows)
        process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(16)}  ${r.title.padEnd(titleWidth)}  ${controlsText(r)}`.trimEnd() + '\n');
    if (framework)
        process.stdout.write(`(controls in parentheses only list the rule's findings as evidence)\n`);
    return 0;
}
