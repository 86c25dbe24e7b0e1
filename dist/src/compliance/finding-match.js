import { globToRegExp } from '../policy/glob.js';
/** `22-22,8000-8080` → ranges; an absent detail means the finding is about every port (an allow-all entry). */
function portRanges(text) {
    if (!text)
        return 'all';
    const ranges = [];
    for (const part of text.split(',')) {
        const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
        if (m)
            ranges.push([Number(m[1]), Number(m[2] ?? m[1])]);
    }
    return ranges.length > 0 ? ranges : 'all';
}
function matchesPorts(finding, ports) {
    const ranges = portRanges(finding.evidence?.details?.ports);
    if (ranges === 'all')
        return true;
    return ports.some((p) => ranges.some(([from, to]) => p >= from && p <= to));
}
function matchesSources(finding, family) {
    const sources = finding.evidence?.details?.sources;
    if (!sources)
        return true;
    const list = sources.split(',').map((s) => s.trim()).filter(Boolean);
    return list.some((s) => (family === 'ipv6' ? s.includes(':') : !s.includes(':')));
}
function matchesTypes(finding, types) {
    return types.some((t) => new RegExp(globToRegExp(t.toLowerCase()).source, 's').test(finding.resource.type.toLowerCase()));
}
export function findingMatchesRef(finding, ref) {
    if (finding.ruleId !== ref.id)
        return false;
    if (ref.ports && !matchesPorts(finding, ref.ports))
        return false;
    if (ref.sources && !matchesSources(finding, ref.sources))
        return false;
    if (ref.resourceTypes && !matchesTypes(finding, ref.resourceTypes))
        return false;
    return true;
}
/** A framework about one cloud judges only that cloud's findings. */
export function findingInFramework(finding, framework) {
    return !framework.provider || finding.resource.provider === framework.provider;
}
