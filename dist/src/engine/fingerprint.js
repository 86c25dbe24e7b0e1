import { createHash } from 'node:crypto';
/**
 * A finding's identity for baselines and SARIF: the rule, the resource, the
 * unit it was declared in and what was found (the rule's key) — never a line
 * number, so it survives line shifts and unrelated edits.
 */
export function fingerprintOf(parts) {
    const text = [parts.ruleId, parts.unit, parts.address, parts.key ?? ''].join('\u0000');
    return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
