/** Text helpers shared by string functions: grapheme clusters and RE2 regular expressions. */
import { RE2JS } from 're2js';
/** Terraform counts and slices strings by Unicode grapheme cluster. */
export declare function graphemes(s: string): string[];
export declare function graphemeLength(s: string): number;
/**
 * Compiles a Terraform regular expression. Terraform's dialect is Go's regexp,
 * which is RE2, so the pattern goes to an RE2 engine unchanged: same syntax
 * (`(?P<n>...)`, `(?i)` anywhere, `\A`, `\z`, POSIX classes, `\pL`), same
 * errors for what RE2 rejects (backreferences, lookarounds), and matching in
 * time linear in the subject whatever the pattern, so a hostile pattern cannot
 * stall a scan.
 */
export declare function compileRe2(pattern: string): RE2JS;
/** One match: the whole match and each capture group, `undefined` for a group that took no part. */
export interface Re2Match {
    index: number;
    end: number;
    groups: Array<string | undefined>;
}
/** The first match of `re` in `subject` (Go's FindStringSubmatchIndex), or undefined. */
export declare function firstMatch(re: RE2JS, subject: string): Re2Match | undefined;
/**
 * Every successive non-overlapping match, as Go's FindAll and ReplaceAll see
 * them: an empty match right after the previous match is skipped, and after
 * an empty match the search moves on by one code point. Each search starts at
 * a position of the whole subject, so `^`, `\b` and friends see the real
 * context. `visit` returning false stops the walk (a caller's size limit).
 */
export declare function eachMatch(re: RE2JS, subject: string, visit: (m: Re2Match) => boolean | void): void;
/** Capture group names by index (index 0, the whole match, has none); '' for an unnamed group. */
export declare function groupNames(re: RE2JS): string[];
/**
 * Go regexp.Expand semantics for replace(): `$1`, `${1}`, `$name`, `${name}`,
 * `$$`. A name is the longest run of letters, digits and `_`; a name that is
 * not a group, or a group that took no part, expands to nothing; a `$` that
 * starts no valid reference stays as it is.
 */
export declare function expandReplacement(template: string, match: Re2Match, names: readonly string[]): string;
