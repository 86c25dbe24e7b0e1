import { ruleControls } from '../../compliance/rule-controls.js';
import { UsageError } from '../errors.js';
import { loadRuleSet } from './load-rules.js';
export async function runExplainCommand(ruleId, options) {
    const ruleSet = await loadRuleSet(options.rules);
    const all = [...ruleSet.rules, ...ruleSet.declarative];
    const rule = all.find((r) => r.id.toLowerCase() === ruleId.toLowerCase() || r.slug === ruleId);
    if (!rule)
        throw new UsageError(`no rule '${ruleId}'; 'leakproof rules' lists them`);
    const lines = [
        `${rule.id}  ${rule.title}`,
        `severity: ${rule.severity}    category: ${rule.category}    slug: ${rule.slug}`,
        `applies to: ${'sourceTypes' in rule && rule.sourceTypes.length ? rule.sourceTypes.join(', ') : rule.resourceKinds.join(', ')}`,
        '',
        rule.description.trim(),
        '',
        'How to fix:',
        rule.remediation.trim(),
    ];
    if (rule.references.length)
        lines.push('', 'References:', ...rule.references.map((r) => `  ${r}`));
    const controls = ruleControls(rule.id);
    if (controls.length)
        lines.push('', 'Compliance controls (compliance/*.yaml):', ...controls.map((c) => `  ${c.framework} ${c.control}${c.role === 'informs' ? ' (evidence only)' : ''}: ${c.title}`));
    else if (rule.frameworks.length)
        lines.push('', `Compliance controls: ${rule.frameworks.join(', ')}`);
    process.stdout.write(lines.join('\n') + '\n');
    return 0;
}
