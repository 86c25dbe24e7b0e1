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
import { compileGlob, globMatches } from './shared/doublestar-glob.js';
/** The reason a skipped entry gives for an exclude (one wording, so the scan can count an exclude's entries). */
export function excludedReason(spec) {
    return `excluded by ${spec.pattern} (${spec.origin})`;
}
/** Keeps characters that the doublestar syntax gives a meaning (classes, braces) literal, as .gitignore-style excludes read them. */
function literalSegment(segment) {
    return segment === '**' ? segment : segment.replace(/[[\]{},]/g, '\\$&');
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
    // Matched by the doublestar table matcher, never a backtracking regular
    // expression: a pattern from a config in the scanned tree is hostile input.
    const doublestar = `${anchored ? '' : '**/'}${segments.map(literalSegment).join('/')}${below ? '/**' : ''}`;
    const glob = segments.length > 0 ? compileGlob(doublestar) : undefined;
    return {
        ...spec,
        matches: (relPath, isDirectory) => typeof glob === 'object' && (!directoryOnly || isDirectory || below) && globMatches(glob, relPath),
    };
}
