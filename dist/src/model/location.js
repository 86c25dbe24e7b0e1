export function formatLocation(loc) {
    if (!loc)
        return '(unknown location)';
    if (loc.startLine <= 0)
        return loc.file;
    return `${loc.file}:${loc.startLine}`;
}
