/**
 * Globs for rule ids and resource addresses: `*` is any run of characters
 * (dots, brackets and slashes included, so `module.web.*` covers everything in
 * that module) and `?` is one character; everything else is literal.
 */
export declare function globToRegExp(glob: string): RegExp;
export declare function matchesGlob(glob: string, text: string): boolean;
