export function renderJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}
