/**
 * The yaml package parses flow collections (`[ ... ]`, `{ ... }`) by
 * recursion, so a file of a hundred thousand nested brackets overflows the
 * stack before any depth limit can be applied to the parsed tree. This linear
 * pre-scan finds where flow nesting first exceeds the limit, so that such a
 * file is refused with a position before it is parsed.
 */
/** The offset at which flow nesting first goes deeper than `maxDepth`, or undefined. */
export declare function flowNestingTooDeep(text: string, maxDepth: number): number | undefined;
