/**
 * Suppressions written next to the code: one shape for all of them, whatever
 * wrote them.
 *
 * - Comments (`# leakproof:ignore <rule-id> <reason> [exp:YYYY-MM-DD]`) are read
 *   by policy itself from the files that findings point at (inline-comments.ts),
 *   so no source has to know about them.
 * - Sources whose format carries suppressions as data hand them over as
 *   `SuppressionDirective`s with `target: { resource }`. CloudFormation, for
 *   example, turns a resource's
 *     Metadata: { leakproof: { ignore: [{ rule: LP-DB-001, reason: "..." }] } }
 *   into `{ ruleIds: ['LP-DB-001'], reason, origin: { file, line of the entry },
 *   target: { resource: '<logical id>' } }` and returns the list as
 *   `suppressions` on its source result; the scan passes them to applyPolicy
 *   as `PolicyInputs.sourceSuppressions`.
 */
export interface SuppressionDirective {
    /** Rule ids this directive silences. */
    ruleIds: string[];
    reason: string;
    /** Last day it applies (YYYY-MM-DD); after that it stops suppressing. */
    expires?: string;
    /** Where it is written, for warnings and the unused report. */
    origin: {
        file: string;
        line: number;
    };
    /**
     * What it covers. `comment`: a comment at origin, covering a finding on that
     * line, on the line below, or on the resource it heads. `resource`: every
     * finding on that resource address.
     */
    target: {
        kind: 'comment';
    } | {
        kind: 'resource';
        resource: string;
    };
}
export declare const describeDirective: (d: SuppressionDirective) => string;
