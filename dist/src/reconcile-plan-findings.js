/**
 * A plan may resolve, never hide. When a Terraform root folder is scanned
 * both from its .tf files and from a plan made from it, the two deployments'
 * findings are merged into one list:
 * - a finding both show (same fingerprint: rule, resource, what was found;
 *   else same rule, resource and declaration line, for instance keys the HCL
 *   could not expand) is reported once, as the plan shows it (resolved values),
 *   unless the .tf files show it definitely and more severe: then the .tf one
 *   stands, saying the plan disagrees;
 * - a finding only the plan shows is kept (the plan resolved an unknown);
 * - a finding only the .tf files show is kept with "(the plan <file> disagrees:
 *   stale plan?)", unless it was only a "possibly" verdict on unknown values,
 *   which the plan resolved to safe: then it is dropped, and a note says so.
 * The plan's findings must be fingerprinted with the folder as their
 * deployment (scan.ts does), so that the same finding has the same identity
 * from either input.
 */
import { severityRank } from './findings/finding.js';
const stripKeys = (address) => address.replace(/\[[^\]]*\]/g, '');
function looseKey(f) {
    return [f.ruleId, stripKeys(f.resource.address), f.location.file, f.location.startLine].join('\u0000');
}
function isPossibly(f) {
    return (f.evidence?.missing?.length ?? 0) > 0;
}
export function reconcilePlanFindings(pair) {
    const notes = [];
    const planNames = pair.plans.map((p) => p.plan);
    const disagrees = planNames.length === 1 ? `(the plan ${planNames[0]} disagrees: stale plan?)` : `(the plans ${planNames.join(', ')} disagree: stale plan?)`;
    const planFindings = pair.plans.flatMap((p) => p.findings);
    const byFingerprint = new Map();
    const byLoose = new Map();
    const add = (map, key, f) => {
        const list = map.get(key);
        if (list)
            list.push(f);
        else
            map.set(key, [f]);
    };
    for (const f of planFindings) {
        add(byFingerprint, f.fingerprint, f);
        add(byLoose, looseKey(f), f);
    }
    const replaced = new Set();
    const kept = [];
    let resolved = 0;
    for (const h of pair.hcl) {
        const matches = byFingerprint.get(h.fingerprint) ?? byLoose.get(looseKey(h));
        if (matches) {
            // The plan may not quietly lower what the code definitely shows.
            const strongest = Math.max(...matches.map((m) => severityRank(m.severity)));
            if (!isPossibly(h) && severityRank(h.severity) > strongest) {
                for (const m of matches)
                    replaced.add(m);
                kept.push({ ...h, message: `${h.message} ${disagrees}` });
            }
            continue;
        }
        if (isPossibly(h)) {
            resolved++;
            continue;
        }
        kept.push({ ...h, message: `${h.message} ${disagrees}` });
    }
    if (resolved > 0)
        notes.push(`${pair.folder}: ${resolved} "possibly" finding${resolved === 1 ? '' : 's'} of the .tf files dropped: ${planNames.join(', ')} resolved the unknown values to safe ones`);
    return { findings: [...planFindings.filter((f) => !replaced.has(f)), ...kept], notes };
}
