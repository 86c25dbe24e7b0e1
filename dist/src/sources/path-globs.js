/**
 * Exclude patterns for the walker, read the way .gitignore reads them, against
 * paths relative to the scanned folder with forward slashes:
 * - a pattern without a slash (`.terragrunt-cache`, `*.bak.tf`) matches a name
 *   at any depth; one with a slash (`modules/legacy`) is anchored to the
 *   scanned folder (a leading `/` or `./` changes nothing);
 * - `*` and `?` stay within one path segment, `**` spans segments
 *   (`**\/cache/**`, `vendor/**`); a trailing `/` matches folders only;
 * - a pattern matching a folder excludes everything below it, and `x/**`
 *   matches the folder `x` itself, so the folder is skipped as one entry.
 */
/** The reason a skipped entry gives for an exclude (one wording, so the scan can count an exclude's entries). */
export function excludedReason(spec) {
    return `excluded by ${spec.pattern} (${spec.origin})`;
}
function segmentToRegExp(segment) {
    let out = '';
    for (const ch of segment) {
        if (ch === '*')
            out += '[^/]*';
        else if (ch === '?')
            out += '[^/]';
        else
            out += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return out;
}
/** Why a pattern can match nothing (empty, only slashes), else undefined: the caller refuses it as a usage error. */
export function excludeProblem(pattern) {
    if (pattern.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+/g, '') === '')
        return `exclude pattern '${pattern}' names no path (expected a glob such as vendor/** or **/.terragrunt-cache/**)`;
    return undefined;
}
/** Compiles one pattern; an empty pattern (or only slashes) matches nothing and is refused by the caller. */
export function compileExclude(spec) {
    let p = spec.pattern.trim().replace(/\\/g, '/');
    const directoryOnly = p.endsWith('/');
    p = p.replace(/\/+$/, '');
    const anchored = p.replace(/^\.\//, '').replace(/^\/+/, '').includes('/') || p.startsWith('/');
    p = p.replace(/^\.\//, '').replace(/^\/+/, '');
    // `x/**` names everything below x: match x itself so the folder is one skipped entry.
    const below = p.endsWith('/**');
    if (below)
        p = p.slice(0, -3);
    const segments = p.split('/').filter((s) => s !== '');
    let body = '';
    segments.forEach((segment, i) => {
        if (segment === '**')
            body += i === segments.length - 1 ? '.*' : '(?:[^/]+/)*';
        else
            body += segmentToRegExp(segment) + (i < segments.length - 1 ? '/' : '');
    });
    if (body.endsWith('/'))
        body = body.slice(0, -1);
    const re = new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${below ? '(?:/.*)?' : ''}$`, 's');
    return {
        ...spec,
        matches: (relPath, isDirectory) => segments.length > 0 && (!directoryOnly || isDirectory || below) && re.test(relPath),
    };
}
