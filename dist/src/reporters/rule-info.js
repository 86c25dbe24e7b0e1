/** Every rule that ran, plus any rule that only appears in findings (e.g. when the caller passed no rule list). */
export function rulesForReport(findings, rules = []) {
    const byId = new Map();
    for (const r of rules)
        byId.set(r.id, r);
    for (const f of findings) {
        if (byId.has(f.ruleId))
            continue;
        byId.set(f.ruleId, {
            id: f.ruleId,
            slug: f.ruleId.toLowerCase(),
            title: f.title,
            severity: f.severity,
            category: f.category,
            description: f.title,
            remediation: f.remediation.text,
            references: f.references,
            frameworks: f.frameworks,
        });
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
