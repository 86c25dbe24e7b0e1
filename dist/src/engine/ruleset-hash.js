/**
 * A fingerprint of the rules a run used, for run metadata and history: the
 * same tool version, the same rules (metadata and check code, built-in or
 * extra) and the same selection give the same hash, and any change to a
 * rule's logic or severity changes it. Where a rule was loaded from is left
 * out, so two checkouts of the same rules agree.
 */
import { createHash } from 'node:crypto';
export function rulesetHash(ruleSet, toolVersion) {
    const code = ruleSet.rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        category: r.category,
        title: r.title,
        resourceKinds: r.resourceKinds,
        frameworks: r.frameworks,
        check: r.check.toString(),
    }));
    const declarative = ruleSet.declarative.map(({ file: _file, ...rule }) => rule);
    const canonical = JSON.stringify({
        toolVersion,
        rules: code.sort((a, b) => a.id.localeCompare(b.id)),
        declarative: declarative.sort((a, b) => a.id.localeCompare(b.id)),
    });
    return `sha256:${createHash('sha256').update(canonical).digest('hex')}`;
}
