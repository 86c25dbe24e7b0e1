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
export const describeDirective = (d) => `${d.origin.file}:${d.origin.line} leakproof:ignore ${d.ruleIds.join(',')}${d.target.kind === 'resource' ? ` on ${d.target.resource}` : ''}`;
