import type { Category, Severity } from '../../findings/finding.js';
import { loadRuleSet } from './load-rules.js';

interface RuleRow {
  id: string;
  severity: Severity;
  category: Category;
  title: string;
}

export async function runRulesCommand(options: { rules: string[]; format: 'text' | 'json' }): Promise<number> {
  const ruleSet = await loadRuleSet(options.rules);
  const rows: RuleRow[] = [...ruleSet.rules, ...ruleSet.declarative]
    .map((r) => ({ id: r.id, severity: r.severity, category: r.category, title: r.title }))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (options.format === 'json') {
    process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(2, ...rows.map((r) => r.id.length));
  process.stdout.write(`${'ID'.padEnd(width)}  SEVERITY  CATEGORY          TITLE\n`);
  for (const r of rows) process.stdout.write(`${r.id.padEnd(width)}  ${r.severity.padEnd(8)}  ${r.category.padEnd(16)}  ${r.title}\n`);
  return 0;
}
