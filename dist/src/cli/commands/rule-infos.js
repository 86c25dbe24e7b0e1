/** The metadata of every rule in a set, without checks: what reporters, history and evidence describe. */
export function ruleInfosOf(ruleSet) {
    return [...ruleSet.rules, ...ruleSet.declarative].map((r) => ({
        id: r.id,
        slug: r.slug,
        title: r.title,
        severity: r.severity,
        category: r.category,
        description: r.description,
        remediation: r.remediation,
        references: r.references,
        frameworks: r.frameworks,
    }));
}
