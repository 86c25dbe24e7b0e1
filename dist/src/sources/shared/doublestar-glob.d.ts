type Token = {
    k: 'char';
    c: string;
} | {
    k: 'any';
} | {
    k: 'star';
} | {
    k: 'class';
    negated: boolean;
    ranges: Array<[string, string]>;
};
/** A path segment of a pattern: `**`, or a sequence of tokens. */
type Segment = {
    k: 'globstar';
} | {
    k: 'tokens';
    tokens: Token[];
    literal: string | undefined;
};
export interface Glob {
    /** One pattern per brace alternative, each split into segments. */
    readonly alternatives: Segment[][];
}
/** Compiles an absolute slash-separated pattern; a string is what is wrong with it. */
export declare function compileGlob(pattern: string): Glob | string;
/** Whether an absolute slash path matches the pattern. */
export declare function globMatches(glob: Glob, path: string): boolean;
/** Whether some path below the folder could match (so the folder is worth walking). */
export declare function globMayMatchBelow(glob: Glob, folder: string): boolean;
/** The folder the pattern's literal leading segments name, common to every alternative: where a walk starts. */
export declare function staticPrefix(glob: Glob): string;
export {};
