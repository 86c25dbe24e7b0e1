export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
export const CATEGORIES = ['public-datastore', 'open-firewall', 'public-storage', 'data-residency'];
/** Higher is more severe. */
export function severityRank(s) {
    return SEVERITIES.length - SEVERITIES.indexOf(s);
}
export function raiseSeverity(s, levels = 1) {
    const i = Math.max(0, SEVERITIES.indexOf(s) - levels);
    return SEVERITIES[i];
}
