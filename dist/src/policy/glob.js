/**
 * Globs for rule ids and resource addresses: `*` is any run of characters
 * (dots, brackets and slashes included, so `module.web.*` covers everything in
 * that module) and `?` is one character; everything else is literal.
 */
export function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`, 's');
}
export function matchesGlob(glob, text) {
    if (!/[*?]/.test(glob))
        return glob === text;
    return globToRegExp(glob).test(text);
}
