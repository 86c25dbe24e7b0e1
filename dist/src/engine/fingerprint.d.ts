/**
 * A finding's identity for baselines and SARIF: the rule, the resource, the
 * unit it was declared in and what was found (the rule's key) — never a line
 * number, so it survives line shifts and unrelated edits.
 */
export declare function fingerprintOf(parts: {
    ruleId: string;
    unit: string;
    address: string;
    key?: string;
}): string;
